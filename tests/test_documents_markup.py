"""What each loader reads and leaves out, and where it says each figure stands."""

from __future__ import annotations

import io
import sys

import pytest

from checker import CrosscheckError, extract
from checker.documents import Document, read
from tests import convert


def figures(document: Document) -> list[tuple[str, int, int, str]]:
    return [(f.text, f.line, f.column, f.where) for f in extract(document)]


def at(source: str, line: int, column: int, length: int) -> str:
    return source.split("\n")[line - 1][column - 1:column - 1 + length]


# --- HTML ----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>标题999万</title><meta charset="utf-8">
<style>p { color: red } /* 888万 */</style>
<script>if (a < b) { x = "777万元"; }</script></head>
<body><h1>北京市总工会</h1>
<p>全市共有职工之家
   1.38万家，覆盖职工300&#20313;万人&nbsp;。</p>
<!-- 666万 --><div hidden>555万人</div><p style="display: none">444万</p>
<table><tr><th>指标</th><th>数值</th></tr><tr><td>会员</td><td>1,234万人</td></tr></table>
<pre>代码
  12万吨</pre>
<p>A &amp; B<br>增长2.3&#37;，<b>约</b>5亿元</p>
<noscript>333万</noscript><template>222万</template><svg><text>111万</text></svg>
</body></html>"""


def test_html_reads_the_visible_text_only() -> None:
    document = read(PAGE.encode("utf-8"), "page.html")
    assert document.text == (
        "北京市总工会\n全市共有职工之家1.38万家，覆盖职工300余万人 。\n指标\t数值\n"
        "会员\t1,234万人\n代码\n  12万吨\nA & B\n增长2.3%，约5亿元\n")
    found = figures(document)
    assert [f[0] for f in found] == ["1.38万家", "300余万人", "1,234万人", "12万吨", "2.3%",
                                     "约5亿元"]
    # Each at its line and column of the page source (an entity counts where it starts).
    assert found[0][1:3] == (7, 4) and at(PAGE, 7, 4, 6) == "1.38万家"
    assert found[1][1:3] == (7, 15) and at(PAGE, 7, 15, 3) == "300"
    assert found[2][1:3] == (9, 58) and at(PAGE, 9, 58, 7) == "1,234万人"
    assert found[3][1:3] == (11, 3)
    assert found[4][1:3] == (12, 19) and at(PAGE, 12, 19, 3) == "2.3"


def test_html_declared_charset_and_detection() -> None:
    text = "<html><head><meta charset=\"gb2312\"></head><body><p>职工之家1.38万家</p></body></html>"
    assert read(text.encode("gbk"), "a.html").text == "职工之家1.38万家\n"
    old = ('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'
           "<p>覆盖职工300余万人</p>")
    assert read(old.encode("gbk"), "a.htm").text == "覆盖职工300余万人\n"
    wrong = '<meta charset="utf-8"><p>覆盖职工300余万人</p>'  # says UTF-8, is GBK
    assert read(wrong.encode("gbk"), "a.html").text == "覆盖职工300余万人\n"


@pytest.mark.parametrize("markup", [
    "<p>职工之家<b>1.38万家</p></div></span>", "<p <p>职工</p>", "&#xZZ; &bogus; &#99999999;",
    "<![CDATA[x]]><?php echo 1 ?><p>a", "<script>never closed 1.38万", "<", "&", "<!--",
    "<div hidden><p>x</div><p>职工300余万人", "<head><title>t</title><body>职工300余万人",
])
def test_broken_html_reads_without_raising(markup: str) -> None:
    try:
        document = read(markup.encode("utf-8"), "broken.html")
    except CrosscheckError as error:
        assert "no visible text" in str(error)
        return
    for figure in extract(document):
        assert document.text[figure.start:figure.end] == figure.text
    if "职工300余万人" in markup:
        assert "300余万人" in document.text


# --- Markdown -------------------------------------------------------------------------------

NOTE = """---
title: 999万
---
# 北京市总工会 **一** #

> 引用：职工之家1.38万家，
> 覆盖职工 &amp; `300万人` \\* x

1. 1
2. 职工[之家](http://example.org "12万")![图12万人](a.png)共有
   1.38万家，**覆盖职工**300余万人

| 指标 | 数值 |
| --- | ---: |
| 职工之家 | 1.38万家 |
| 1万人 | 1万人 |

<div>
<p>职工300余万人</p>
</div>

```
code 500万
```
Across 2019
lines<br>增长2.3%
"""


def test_markdown_reads_what_it_renders_to() -> None:
    document = read(NOTE.encode("utf-8"), "note.md")
    assert document.text == (
        "北京市总工会 一\n引用：职工之家1.38万家，覆盖职工 & 300万人 * x\n1\n"
        "职工之家共有1.38万家，覆盖职工300余万人\n指标\t数值\n职工之家\t1.38万家\n1万人\t1万人\n"
        "职工300余万人\ncode 500万\nAcross 2019 lines\n增长2.3%")
    found = figures(document)
    assert [f[0] for f in found] == ["1.38万家", "300万人", "1.38万家", "300余万人", "1.38万家",
                                     "1万人", "1万人", "300余万人", "500万", "2.3%"]
    for text, line, column, _ in found:  # each found where it is written
        assert at(NOTE, line, column, len(text)) == text
    assert [f[1:3] for f in found[4:7]] == [(15, 10), (16, 3), (16, 9)]  # duplicate cells


def test_markdown_positions_with_windows_line_ends() -> None:
    note = "# 标题\r\n\r\n职工之家1.38万家，\r\n覆盖职工300余万人。\r\n"
    found = figures(read(note.encode("utf-8"), "crlf.md"))
    assert [f[:3] for f in found] == [("1.38万家", 3, 5), ("300余万人", 4, 5)]


# --- Word -------------------------------------------------------------------------------------

def test_docx_tables_are_read_cell_by_cell_and_merged_cells_once() -> None:
    import docx

    word = docx.Document()
    word.add_paragraph("职工之家1.38万家")
    word.add_paragraph("")
    paragraph = word.add_paragraph("第一行")
    paragraph.add_run().add_break()
    paragraph.add_run("覆盖职工300余万人")
    table = word.add_table(rows=3, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "指标", "2019年", "数值"
    table.cell(1, 0).text, table.cell(1, 2).text = "会员", "1,234万人"
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "合并单元格300万人"
    table.cell(2, 2).add_table(rows=1, cols=1).cell(0, 0).text = "内嵌5亿元"
    word.add_paragraph("表后12万吨")
    buffer = io.BytesIO()
    word.save(buffer)
    document = read(buffer.getvalue(), "report.docx")
    assert document.text == ("职工之家1.38万家\n\n第一行\n覆盖职工300余万人\n指标\t2019年\t数值\n"
                             "会员\t\t1,234万人\n合并单元格300万人\t内嵌5亿元\n表后12万吨\n")
    assert figures(document) == [
        ("1.38万家", 1, 5, "paragraph 1"),
        ("300余万人", 4, 5, "paragraph 3"),
        ("1,234万人", 6, 5, "table 1, row 2, cell 3"),
        ("300万人", 7, 6, "table 1, row 3, cell 1"),
        ("5亿元", 7, 14, "table 1, row 3, cell 2"),
        ("12万吨", 8, 3, "paragraph 4"),
    ]


def test_missing_optional_libraries_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    word = convert.to_docx("职工")
    monkeypatch.setitem(sys.modules, "docx", None)
    monkeypatch.setitem(sys.modules, "pdfminer.high_level", None)
    with pytest.raises(CrosscheckError, match=r"python-docx: pip install 'crossreport-checker\[docx\]'"):
        read(word, "a.docx")
    with pytest.raises(CrosscheckError, match=r"pdfminer.six: pip install 'crossreport-checker\[pdf\]'"):
        read(b"%PDF-1.4\n", "a.pdf")


# --- PDF ---------------------------------------------------------------------------------------

def _pdf(draw: object, **options: object) -> bytes:
    from reportlab.pdfgen import canvas

    convert.to_pdf("")  # registers the font
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True, **options)  # type: ignore[arg-type]
    draw(pdf)  # type: ignore[operator]
    pdf.save()
    return buffer.getvalue()


def test_pdf_without_a_text_layer_or_with_a_password_is_refused() -> None:
    scanned = _pdf(lambda pdf: pdf.rect(50, 50, 200, 200, fill=1))
    with pytest.raises(CrosscheckError, match="no text layer"):
        read(scanned, "scan.pdf")

    def text(pdf: object) -> None:
        pdf.setFont(convert.PDF_FONT, 12)  # type: ignore[attr-defined]
        pdf.drawString(60, 700, "职工之家1.38万家")  # type: ignore[attr-defined]

    from reportlab.lib import pdfencrypt

    locked = _pdf(text, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    with pytest.raises(CrosscheckError, match="encrypted"):
        read(locked, "locked.pdf")
    assert extract(read(_pdf(text), "open.pdf"))[0].where == "page 1, line 1"


def test_a_docx_too_big_once_unpacked_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.documents import word

    monkeypatch.setattr(word, "MAX_UNPACKED", 1000)
    with pytest.raises(CrosscheckError, match="refused: more than"):
        read(convert.to_docx("职工之家1.38万家"), "bomb.docx")
