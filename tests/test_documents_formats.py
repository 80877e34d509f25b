"""Every format gives the figures the plain text gives, each at a place a person can find.

The seeds are written as Markdown, HTML, Word and PDF (tests/convert.py) and re-encoded; the
figures read from each must be those of the seed, and each figure's location must point at
it in the file as a person opens it.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from checker import Figure, extract, load
from checker.documents import read
from tests import convert
from tests.conftest import SEEDS

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
IDS = [p.stem[:3] for p in SEED_PATHS]


def key(figure: Figure) -> tuple[object, ...]:
    """What a figure says, wherever it stands."""
    return (figure.text, figure.value, figure.unit, figure.scale, figure.qualifier,
            figure.kind, figure.interval, figure.metric, figure.context)


def plain(path: Path) -> list[Figure]:
    return extract(load(path))


def source_at(lines: list[str], figure: Figure) -> str:
    return lines[figure.line - 1][figure.column - 1:]


def starts_with_figure(written: str, figure: Figure, markup: str = "") -> bool:
    """The text at a figure's place begins with the figure (markup between its characters
    and a line break inside it allowed)."""
    shown = written.translate(str.maketrans("", "", markup))
    common = min(len(shown), len(figure.text))
    return common > 0 and shown[:common] == figure.text[:common]


MARKUP = [(convert.to_markdown, "seed.md", "*\\"), (convert.to_html, "seed.html", "")]


@pytest.mark.parametrize("write,name,markup", MARKUP, ids=["markdown", "html"])
@pytest.mark.parametrize("path", SEED_PATHS, ids=IDS)
def test_markup_gives_the_figures_of_the_text_at_source_lines(
        path: Path, write: Callable[[str], str], name: str, markup: str) -> None:
    source = write(path.read_text("utf-8"))
    figures = extract(read(source.encode("utf-8"), name))
    assert [key(f) for f in figures] == [key(f) for f in plain(path)]
    lines = source.split("\n")
    for figure in figures:
        assert starts_with_figure(source_at(lines, figure), figure, markup), figure
        assert figure.where == ""


@pytest.mark.parametrize("path", SEED_PATHS, ids=IDS)
def test_docx_gives_the_figures_of_the_text_by_paragraph(path: Path) -> None:
    text = path.read_text("utf-8")
    figures = extract(read(convert.to_docx(text), "seed.docx"))
    wanted = plain(path)
    assert [key(f) for f in figures] == [key(f) for f in wanted]
    paragraphs = text.split("\n")
    for figure, original in zip(figures, wanted):
        assert figure.where == f"paragraph {original.line}"  # one paragraph a seed line
        assert paragraphs[original.line - 1][figure.column - 1:].startswith(figure.text)


@pytest.mark.parametrize("path", SEED_PATHS, ids=IDS)
def test_pdf_gives_the_figures_of_the_text_by_page_and_line(path: Path) -> None:
    data, drawn = convert.to_pdf(path.read_text("utf-8"))
    figures = extract(read(data, "seed.pdf"))
    assert [key(f) for f in figures] == [key(f) for f in plain(path)]
    pages = {page for page, _ in drawn}
    assert len(pages) > 1 or len(drawn) < 40
    for figure in figures:
        page, line = map(int, re.fullmatch(r"page (\d+), line (\d+)", figure.where).groups())  # type: ignore[union-attr]
        assert starts_with_figure(drawn[(page, line)][figure.column - 1:], figure), figure


def test_a_figure_wrapped_across_pdf_pages_is_one_figure() -> None:
    """Filler long enough that 1.38万家 starts on the last line of page 1 and ends on page 2."""
    for length in range(1800, 2100):
        text = "职" * length + "1.38万家，覆盖职工300余万人。"
        data, drawn = convert.to_pdf(text)
        last = max(line for page, line in drawn if page == 1)
        if drawn[(1, last)].endswith(("1.38", "1.38万")):
            break
    else:
        raise AssertionError("no filler length splits the figure across the pages")
    figures = extract(read(data, "wrapped.pdf"))
    assert [(f.text, f.value) for f in figures] == [
        ("1.38万家", Decimal(13800)), ("300余万人", Decimal(3000000))]
    assert figures[0].where == f"page 1, line {last}"
    assert figures[1].where == "page 2, line 1"


def test_letter_spaced_pdf_text_reads_without_the_gaps() -> None:
    from reportlab.pdfgen import canvas

    convert.to_pdf("")  # registers the font
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    line = pdf.beginText(60, 700)
    line.setFont(convert.PDF_FONT, 12)
    line.setCharSpace(4)  # as justified Chinese text is set
    line.textLine("职工之家1.38万家，覆盖职工300余万人。")
    pdf.drawText(line)
    pdf.save()
    document = read(buffer.getvalue(), "spaced.pdf")
    assert document.text == "职工之家1.38万家，覆盖职工300余万人。\n"
    assert [(f.text, f.column) for f in extract(document)] == [("1.38万家", 5),
                                                               ("300余万人", 16)]


ENCODINGS = ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk"]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("path", SEED_PATHS, ids=IDS)
def test_re_encoded_seeds_give_the_same_figures(path: Path, encoding: str,
                                                tmp_path: Path) -> None:
    text = path.read_text("utf-8")
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{path.name} has characters {encoding} cannot write")
    copy = tmp_path / path.name
    copy.write_bytes(data)
    assert [(f.start, f.line, f.column, key(f)) for f in extract(load(copy))] == [
        (f.start, f.line, f.column, key(f)) for f in plain(path)]


TRADITIONAL = ("職工之家1.38萬家，覆蓋職工300餘萬人；全市工會會員兩百萬人，比上年增長２．３％。"
               "新建站點不少於１２０個，服務逾兩萬戶，約為3億美元，年均增長5.8個百分點。")
SIMPLIFIED = ("职工之家1.38万家，覆盖职工300余万人；全市工会会员两百万人，比上年增长2.3%。"
              "新建站点不少于120个，服务逾两万户，约为3亿美元，年均增长5.8个百分点。")


@pytest.mark.parametrize("encoding", ["big5", "utf-8", "utf-16", "gb18030"])
def test_traditional_and_full_width_text_reads_like_simplified(encoding: str) -> None:
    """Big5 is detected, and 萬 億 兩 個 餘 於 戶 and full-width digits read as their
    simplified and ASCII forms; figures keep their text and places as written."""
    assert len(TRADITIONAL) == len(SIMPLIFIED)
    document = read(TRADITIONAL.encode(encoding), "traditional.txt")
    assert document.text == TRADITIONAL
    figures = extract(document)
    simplified = extract(read(SIMPLIFIED.encode("utf-8"), "simplified.txt"))

    def reading(f: Figure) -> tuple[object, ...]:
        return (f.start, f.end, f.value, f.unit, f.scale, f.qualifier, f.kind, f.interval)

    assert [reading(f) for f in figures] == [reading(f) for f in simplified]
    assert [f.text for f in figures] == [TRADITIONAL[f.start:f.end] for f in figures]
    assert len(figures) == 8


def test_big5_and_gbk_are_told_apart_on_short_lines() -> None:
    for text in ["职工之家1.38万家", "全市工会会员123万人，增长2.3%。", "覆盖职工300余万人"]:
        assert read(text.encode("gbk"), "a.txt").text == text
    for text in ["職工之家1.38萬家", "全市工會會員123萬人，增長2.3%。", "覆蓋職工300餘萬人"]:
        assert read(text.encode("big5"), "a.txt").text == text


def test_fold_tables_are_one_to_one() -> None:
    from checker.lang import zh

    assert len(zh.FOLD_FROM) == len(zh.FOLD_TO)
    for source, target in zip(zh.FOLD_FROM, zh.FOLD_TO):
        assert source != target
        assert len(codecs.encode(source, "utf-8")) >= 2  # only non-ASCII forms are folded


def test_pdf_lines_are_joined_when_punctuation_hangs_past_the_margin() -> None:
    """A typesetter hangs a comma past the right margin, and sets the next line a character
    short (no line may begin with the mark that follows it): that line still runs on."""
    from reportlab.pdfgen import canvas

    convert.to_pdf("")  # registers the font
    size, left = 10.5, 60.0
    lines = [(left + 2 * size, "二〇二五年全市经济运行总体平稳就业形势保持稳定社会大局和谐安，"),
             (left, "城镇新增就业人数稳步增长重点群体就业得到有效保障市人力资源和社"),
             (left, "会保障局全年组织招聘活动共计1200场。")]
    # The margin is 32 characters out; the first line's comma hangs past it, the second
    # line ends a character short of it.
    assert [len(text) + (x - left) / size for x, text in lines[:2]] == [33, 31]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    pdf.setFont(convert.PDF_FONT, size)
    for number, (x, text) in enumerate(lines):
        pdf.drawString(x, 700 - number * size * 1.6, text)
    pdf.save()
    document = read(buffer.getvalue(), "hanging.pdf")
    assert "人力资源和社会保障局" in document.text
    figure, = extract(document)
    assert "社会保障局" in figure.metric and figure.where == "page 1, line 3"


TWO_COLUMNS = [("指标", "数量（家）"), ("职工之家", "13800"), ("工会服务站", "357")]


def _two_column_html() -> bytes:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in TWO_COLUMNS)
    return f"<p>全市工会基本情况如下。</p><table>{rows}</table>".encode()


def _two_column_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("全市工会基本情况如下。")
    table = document.add_table(rows=len(TWO_COLUMNS), cols=2)
    for row, cells in enumerate(TWO_COLUMNS):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _two_column_pdf() -> bytes:
    """Each cell drawn on its own, as a table is: pdfminer reads every cell as a line."""
    from reportlab.pdfgen import canvas

    convert.to_pdf("")  # registers the font
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    pdf.setFont(convert.PDF_FONT, 10.5)
    pdf.drawString(60, 720, "全市工会基本情况如下。")
    for row, (label, number) in enumerate(TWO_COLUMNS):
        pdf.drawString(80, 700 - row * 19, label)
        pdf.drawString(260, 700 - row * 19, number)
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize("name,make", [
    ("table.html", _two_column_html), ("table.docx", _two_column_docx),
    ("table.pdf", _two_column_pdf),
    ("table.txt", lambda: "全市工会基本情况如下。\n指标\t数量（家）\n职工之家\t13800\n工会服务站\t357\n"
                          .encode()),
])
def test_a_two_column_table_gives_figures_with_the_unit_of_its_header(
        name: str, make: Callable[[], bytes]) -> None:
    figures = extract(read(make(), name))
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("13800", Decimal(13800), "家"), ("357", Decimal(357), "家")]
    assert [f.metric.split("（")[0] for f in figures] == ["职工之家", "工会服务站"]


def test_two_cells_of_prose_are_no_table() -> None:
    text = "附件\t2\n全市工会基本情况如下。\n"  # one line of two cells, none around it
    assert extract(read(text.encode(), "note.txt")) == []
