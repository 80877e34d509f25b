"""Properties of the extractor on any input (hypothesis), and its work on adversarial input.

- It never raises, and every figure it gives is consistent: its text is the document's text
  at its offsets, its line and column are those of its start, and its interval contains its
  value (except where the value is the interval's open bound: 超过300万, 300余万, 近2000万,
  不足1万).
- A number written in any supported form reads back as its value: Arabic with or without
  thousands separators, with 万/亿, full-width, Chinese numerals, 百分之.
- Work grows linearly with the input, even on a 1 MB line of digits, of 余 or of 万.
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker import Figure, extract_text
from checker.documents import Document
from checker.lang import zh

OPEN_AT_VALUE = ("more_than", "nearly", "less_than")  # the value is the interval's open end
ALPHABET = (
    "0123456789.,%‰-+~/:" + "〇零一二两三四五六七八九十百千万亿点" + "余多来约近超过逾不足以上下左右第届每次"
    + "个名家人元美元吨年月日号倍成项场" + "，。；：、（）()“”《》【】「」\n\r \t\u3000\xa0"
    + "萬億兩個餘於戶０１２３．％，" + "职工之家会员增长比重GDPa"
)
SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def consistent(text: str) -> list[Figure]:
    document = Document.from_text(text, "x.txt")
    from checker import extract

    figures = extract(document)
    previous_end = 0
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.start >= previous_end  # in order, not overlapping
        previous_end = figure.end
        assert text[figure.start:figure.end] == figure.text
        assert document.position(figure.start) == (figure.line, figure.column)
        interval = figure.interval
        if interval.low is not None and interval.high is not None:
            assert interval.low <= interval.high
        assert interval.contains(figure.value) or figure.qualifier in OPEN_AT_VALUE, figure
    return figures


@SETTINGS
@given(st.text())
@example("\x00\ud7ff\U0010ffff")
@example("9" * 400 + "万" * 400 + "余" * 400)
def test_any_text_extracts_without_raising(text: str) -> None:
    consistent(text)


@SETTINGS
@given(st.text(alphabet=ALPHABET, max_size=300))
@example("超过300万人，300余万人，近2000万人次，不足1万元，约1.34亿，70%以上，不超过5%")
@example("1,000,000,000,000,000,000,000,000,000万亿元")
@example("-0.0%以上，十来个，两万余，百分之七十点五")
def test_report_like_text_extracts_without_raising(text: str) -> None:
    consistent(text)


# --- every form of a number reads back as its value ----------------------------------------

_DIGITS = "零一二三四五六七八九"


def _four(number: int) -> str:
    """A number below 10000 in Chinese numerals: 1205 → 一千二百零五."""
    out, zero = "", False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // place % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out, zero = out + "零", False
        out += _DIGITS[digit] + name
    return out


def chinese(number: int) -> str:
    """A number below 10^12 in Chinese numerals: 120050000 → 一亿二千零五万."""
    out, zero = "", False
    for section, name in ((number // 10**8, "亿"), (number // 10**4 % 10**4, "万"),
                          (number % 10**4, "")):
        if section == 0:
            zero = zero or bool(out)
            continue
        if out and (zero or section < 1000):
            out += "零"
        out, zero = out + _four(section) + name, False
    return out[1:] if out.startswith("一十") else out


def test_chinese_numeral_writer() -> None:  # the test's own helper, checked
    assert [chinese(n) for n in (2, 10, 15, 105, 1205, 10005, 120050000, 300000000000)] == [
        "二", "十", "十五", "一百零五", "一千二百零五", "一万零五", "一亿二千零五万", "三千亿"]


FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def _forms(number: int, decimal: Decimal) -> list[tuple[str, Decimal]]:
    forms = [(f"{number}", Decimal(number)), (chinese(number), Decimal(number)),
             (f"{decimal}万", decimal * 10**4), (f"{decimal}亿", decimal * 10**8),
             (f"{decimal}萬", decimal * 10**4), (f"{number}".translate(FULL_WIDTH), Decimal(number))]
    if number >= 1000:
        forms.append((f"{number:,}", Decimal(number)))
    return forms


@SETTINGS
@given(number=st.integers(min_value=2, max_value=10**12 - 1),
       decimal=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2),
       unit=st.sampled_from(["家", "人", "个", "元", "万元", "吨", ""]))
@example(number=10005, decimal=Decimal("1.38"), unit="家")
def test_every_form_of_a_number_reads_back(number: int, decimal: Decimal, unit: str) -> None:
    for written, value in _forms(number, decimal):
        scaled = any(word in written for word in "万亿萬")
        if (not unit and not scaled) or (unit == "万元" and scaled):
            continue  # a bare integer is no figure; 1.38万万元 is no way to write one
        scale = Decimal(10**4) if unit == "万元" else Decimal(1)
        figures = consistent(f"全市职工之家共有{written}{unit}。")
        assert len(figures) == 1, (written, unit, figures)
        assert figures[0].value == value * scale, (written, unit)


@SETTINGS
@given(percent=st.integers(min_value=1, max_value=99), tenths=st.integers(0, 9))
def test_percentages_in_every_form(percent: int, tenths: int) -> None:
    for written in (f"{percent}.{tenths}%", f"{percent}.{tenths}％",
                    f"百分之{chinese(percent)}点{_DIGITS[tenths]}"):
        figures = consistent(f"占全市的比重为{written}。")
        assert [(f.value, f.unit) for f in figures] == [
            (Decimal(f"{percent}.{tenths}").normalize() if tenths else Decimal(percent), "%")], written


@SETTINGS
@given(number=st.integers(min_value=2, max_value=10**8),
       before=st.sampled_from(["", *zh.PREFIX_QUALIFIERS]),
       after=st.sampled_from(["", *zh.POSTFIX_QUALIFIERS]))
def test_qualified_figures_stand_for_intervals_around_their_value(number: int, before: str,
                                                                 after: str) -> None:
    figures = consistent(f"全市职工之家共有{before}{number}家{after}。")
    assert [f.value for f in figures] == [Decimal(number)]


# --- linear work on adversarial input ------------------------------------------------------

def _seconds(run: Callable[[], object]) -> float:
    """The least processor time of three runs, without the collector."""
    best = float("inf")
    for _ in range(3):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


_RANDOM = "".join(random.Random(5).choice(ALPHABET) for _ in range(4096))
ADVERSARIAL = [  # (name, unit repeated, characters in the larger input)
    ("digits", "1", 1 << 20),  # 1 MB lines
    ("yu", "余", 1 << 20),
    ("wan", "万", 1 << 20),
    ("chinese numerals", "三百万", 1 << 20),
    ("qualifiers", "超过", 1 << 20),
    ("figures", "1余万", 1 << 17),  # a figure every three characters
    ("separators", "1,000,", 1 << 17),
    ("percent words", "百分之", 1 << 17),
    ("report-like", _RANDOM, 1 << 17),
    ("short lines", "职工1.38万家\n", 1 << 17),
]


@pytest.mark.parametrize("unit,size", [(u, s) for _, u, s in ADVERSARIAL],
                         ids=[name for name, _, _ in ADVERSARIAL])
def test_work_grows_linearly_on_adversarial_input(unit: str, size: int) -> None:
    """Four times the input, about four times the work: the bound (8) is generous either
    way, and far below the 16 of quadratic work."""
    small = (unit * (size // 4 // len(unit) + 1))[:size // 4]
    large = (unit * (size // len(unit) + 1))[:size]
    ratio = _seconds(lambda: extract_text(large)) / max(_seconds(lambda: extract_text(small)),
                                                        1e-3)
    assert ratio < 8, f"{ratio:.1f} times the work for four times the input"


# --- the loaders on any input ------------------------------------------------------------------

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), st.text(alphabet=ALPHABET + "#*_`[]<>|&;\\=!pdiv/",
                                                  max_size=300).map(str.encode)))
def test_loaders_refuse_or_read_any_bytes_and_point_inside_the_file(data: bytes) -> None:
    """Any bytes, under any name: a document or a CrosscheckError, nothing else; and every
    figure's line and column stand inside the file."""
    from checker import CrosscheckError, extract
    from checker.documents import decode, read
    from checker.documents.webpage import declared_charset

    for name in ("x.txt", "x.md", "x.html", "x.docx", "x.pdf", "x"):
        try:
            document = read(data, name)
        except CrosscheckError:
            continue
        text = decode(data, name, declared=declared_charset(data))  # as the loader read it
        source = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for figure in extract(document):
            assert document.text[figure.start:figure.end] == figure.text
            assert 1 <= figure.line <= len(source)
            assert 1 <= figure.column <= len(source[figure.line - 1]) + 1
