"""Discrepancies injected into a copy of the interpretation, checked against the review with
no rules file (auto mode): every one must be reported on the line where it stands, and
consistent rewordings must not be."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from checker import Document, extract
from checker.align import pair
from checker.engine import check_auto
from checker.extraction import Figure
from tests.conftest import SEEDS

REVIEW = Document.from_text((SEEDS / "003_002d43a0e4edfa5b.txt").read_text("utf-8"), "review.txt")
INTERPRETATION_TEXT = (SEEDS / "001_db9e2ff62b27b720.txt").read_text("utf-8")
INTERPRETATION = Document.from_text(INTERPRETATION_TEXT, "interpretation.txt")
SHARED = [b for _, b, _ in pair(extract(REVIEW), extract(INTERPRETATION)).pairs]
FIGURE_IDS = [f"{f.line}:{f.text}" for f in SHARED]


def _replace(figure: Figure, new_text: str) -> Document:
    text = INTERPRETATION_TEXT[: figure.start] + new_text + INTERPRETATION_TEXT[figure.end:]
    return Document.from_text(text, "interpretation.txt")


def _changed_digit(text: str) -> str:
    digits = [m.start() for m in re.finditer(r"[0-9]", text)]
    if not digits:  # a Chinese numeral: 四 → 五
        return text.replace("四", "五", 1)
    at = digits[-1] if len(digits) > 1 else digits[0]
    return text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1:]


def test_the_unchanged_pair_gives_no_mismatch() -> None:
    outcome = check_auto([REVIEW, INTERPRETATION])
    assert [f for f in outcome.findings if f.kind in ("mismatch", "ambiguous")] == []
    missing = {f.figures[0].text for f in outcome.findings if f.kind == "missing"}
    assert {"217项", "7.7亿元", "1197名", "1714场"} <= missing


def _reported_at(document: Document, figure: Figure, kind: str) -> bool:
    outcome = check_auto([REVIEW, document])
    return any(
        finding.kind == kind
        and any(f.document == "interpretation.txt" and f.line == figure.line
                for f in finding.figures)
        for finding in outcome.findings
    )


@pytest.mark.parametrize("figure", SHARED, ids=FIGURE_IDS)
def test_a_changed_digit_is_a_mismatch_on_its_line(figure: Figure) -> None:
    assert _reported_at(_replace(figure, _changed_digit(figure.text)), figure, "mismatch")


REVIEW_SHARED = [a for a, _, _ in pair(extract(REVIEW), extract(INTERPRETATION)).pairs]


@pytest.mark.parametrize("figure", REVIEW_SHARED, ids=[f"{f.line}:{f.text}" for f in REVIEW_SHARED])
def test_a_changed_digit_in_the_review_is_a_mismatch_on_its_line(figure: Figure) -> None:
    text = REVIEW.text[: figure.start] + _changed_digit(figure.text) + REVIEW.text[figure.end:]
    outcome = check_auto([Document.from_text(text, "review.txt"), INTERPRETATION])
    assert any(
        finding.kind == "mismatch"
        and any(f.document == "review.txt" and f.line == figure.line for f in finding.figures)
        for finding in outcome.findings
    )


SCALED = [f for f in SHARED if f.scale in ("亿", "万")]


@pytest.mark.parametrize("figure", SCALED, ids=[f"{f.line}:{f.text}" for f in SCALED])
def test_a_changed_scale_is_a_mismatch_on_its_line(figure: Figure) -> None:
    swapped = figure.text.replace("亿", "\0").replace("万", "亿").replace("\0", "万")
    assert _reported_at(_replace(figure, swapped), figure, "mismatch")


QUALIFIED: list[tuple[Figure, Callable[[str], str]]] = []
for _figure in SHARED:
    if _figure.qualifier == "nearly":  # 近2000万人次 → 2000余万人次
        QUALIFIED.append((_figure, lambda t: re.sub(r"^近([0-9.]+)", r"\1余", t)))
    elif _figure.qualifier == "more_than":  # 3200余场 → 近3200场
        QUALIFIED.append((_figure, lambda t: "近" + t.replace("余", "", 1)))


@pytest.mark.parametrize("figure,change", QUALIFIED, ids=[f.text for f, _ in QUALIFIED])
def test_a_changed_qualifier_is_a_mismatch_on_its_line(
        figure: Figure, change: Callable[[str], str]) -> None:
    assert change(figure.text) != figure.text
    assert _reported_at(_replace(figure, change(figure.text)), figure, "mismatch")


@pytest.mark.parametrize("figure", SHARED, ids=FIGURE_IDS)
def test_a_dropped_figure_is_missing(figure: Figure) -> None:
    start = max(INTERPRETATION_TEXT.rfind(c, 0, figure.start) for c in "，,；;。、") + 1
    end = min(i for i in (INTERPRETATION_TEXT.find(c, figure.end) for c in "，,；;。")
              if i >= 0)
    document = Document.from_text(INTERPRETATION_TEXT[:start] + INTERPRETATION_TEXT[end:],
                                  "interpretation.txt")
    outcome = check_auto([REVIEW, document])
    assert any(
        finding.kind == "missing" and "interpretation.txt" in finding.missing_in
        and any(f.document == "review.txt" and f.value == figure.value for f in finding.figures)
        for finding in outcome.findings
    )


REWORDINGS = [
    ("1.38万家", "13800家"),
    ("300余万人次", "超过300万人次"),
    ("近2000万人次", "近两千万人次"),
    ("18亿元", "18.0亿元"),
    ("70%以上", "百分之七十以上"),
    ("12.6万件", "126,000件"),
]


@pytest.mark.parametrize("old,new", REWORDINGS)
def test_consistent_rewordings_align_and_pass(old: str, new: str) -> None:
    figure = next(f for f in SHARED if f.text == old)
    document = _replace(figure, new)
    outcome = check_auto([REVIEW, document])
    reported = [f for finding in outcome.findings for f in finding.figures
                if f.document == "interpretation.txt" and f.text == new]
    assert reported == []
    assert not [f for f in outcome.findings if f.kind in ("mismatch", "ambiguous")]
