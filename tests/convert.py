"""The seeds (one paragraph a line) written as Markdown, HTML, Word and PDF, for the loader
tests.  Made here, in the tests, rather than kept as binaries: each writer is the way such a
file is commonly made, with the things that trip loaders up (wrapped lines, markup inside
paragraphs, entities, runs, pages).
"""

from __future__ import annotations

import html
import io
import re

# Characters that mean something in Markdown wherever they stand.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!&])")
_NUMBER = re.compile(r"(?<=[^\x00-\x7f])[0-9][0-9.,]*(?=[^\x00-\x7f])")


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


def _heading(line: str) -> bool:
    return len(line) < 24 and not line.endswith(("。", "；", "："))


def _wrap(line: str, width: int) -> list[str]:
    """Break a long paragraph where a Chinese character stands on both sides."""
    pieces, start = [], 0
    for index in range(width, len(line) - 1, width):
        if ord(line[index - 1]) > 0x2E80 and ord(line[index]) > 0x2E80:
            pieces.append(line[start:index])
            start = index
    return pieces + [line[start:]]


def to_markdown(text: str) -> str:
    out = ["---", "title: 999万", "---", ""]
    for number, line in enumerate(paragraphs(text)):
        if not line:
            out.append("")
            continue
        line = _MARKDOWN_SPECIAL.sub(r"\\\1", line)
        if number % 2:
            line = _NUMBER.sub(lambda m: f"**{m.group()}**", line, count=1)
        if _heading(line):
            out.append(("# " if len(out) < 6 else "## ") + line + "\n")
            continue
        wrapped = _wrap(line, 37)
        marker = ("- ", "  ") if number % 5 == 1 else ("> ", "> ") if number % 5 == 3 else ("", "")
        out.append(marker[0] + wrapped[0])
        out.extend(marker[1] + piece for piece in wrapped[1:])
        out.append("")
    out += ["<!-- 888万人 -->", "", "```", "", "```", ""]
    return "\n".join(out)


def to_html(text: str) -> str:
    out = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>999万</title>',
           "<style>p { margin: 0 } /* 888万 */</style>",
           '<script>var hidden = "777万元 < 3";</script></head>', "<body>",
           "<!-- 666万人 -->", '<div hidden><p>555万人</p></div>']
    for number, line in enumerate(paragraphs(text)):
        if not line:
            continue
        escaped = html.escape(line, quote=False).replace("“", "&ldquo;").replace("”", "&#x201D;")
        if number % 3 == 0:
            escaped = escaped.replace("，", "&#65292;")
        tag = "h2" if _heading(line) else "p"
        wrapped = _wrap(escaped, 41)
        out.append(f"<{tag} class=\"x\">" + "\n      ".join(wrapped) + f"</{tag}>")
    out.append("</body></html>\n")
    return "\n".join(out)


def to_docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        paragraph = document.add_paragraph()
        for start in range(0, len(line), 7):  # runs, as an edited Word file has them
            run = paragraph.add_run(line[start:start + 7])
            run.bold = bool(start % 2)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


PDF_FONT = "STSong-Light"  # one of the CID fonts every PDF reader has: no font file needed


def to_pdf(text: str, size: float = 10.5) -> tuple[bytes, dict[tuple[int, int], str]]:
    """A PDF of the paragraphs, first lines indented, wrapped to the page width as a
    typesetter does; with the text drawn on each (page, line)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    left, right, top, bottom = 60.0, 535.0, 780.0, 60.0
    drawn: dict[tuple[int, int], str] = {}
    page, line, y = 1, 0, top
    pdf.setFont(PDF_FONT, size)
    for paragraph in paragraphs(text):
        x, rest = left + 2 * size, paragraph
        while rest:
            count = 1
            while count <= len(rest) and pdfmetrics.stringWidth(
                    rest[:count], PDF_FONT, size) <= right - x:
                count += 1
            if y < bottom:
                pdf.showPage()
                pdf.setFont(PDF_FONT, size)
                page, line, y = page + 1, 0, top
            pdf.drawString(x, y, rest[:count - 1])
            line += 1
            drawn[(page, line)] = rest[:count - 1]
            rest, x, y = rest[count - 1:], left, y - size * 1.6
    pdf.save()
    return buffer.getvalue(), drawn
