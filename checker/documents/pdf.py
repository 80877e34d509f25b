"""PDF: the text layer, each line located as "page P, line L".

Read with pdfminer.six (the `pdf` extra): it reads Chinese fonts through the CMaps it ships,
and gives each line of text its place on the page, which is what tells a line that wraps
inside a paragraph from one that ends it.  A line that reaches the right edge of the page's
text (punctuation hanging past the margin not counted: it would push the edge out by a
character), followed by one that is not indented, continues into it: the two read as one paragraph
(nothing between Chinese characters, a space between other words), so 职工之家1.38万⏎家 is one
figure again.  Spaces that pdfminer puts into the gaps of letter-spaced (justified) Chinese text and numbers
are dropped; spaces drawn as such are kept.
Table cells, which pdfminer reads as lines of their own, are put back in rows: the cells on
one baseline, left to right and split by tabs, when one of them is a number (and the row of
headers above), as the tables of HTML and Word read.
A figure's line counts the lines of all pages; `Document.where` gives page and line.
Scanned pages (no text layer) have nothing to read.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from checker.documents.base import Document, TextBuilder, joiner, wide
from checker.errors import CrosscheckError

FULL = 1.5  # a line ending within this many character heights of the right edge is full
INDENT = 0.5  # a line starting this many character heights in from the left is indented
_NUMERIC = set("0123456789.,%‰")
ROW_SLACK = 0.3  # cells whose baselines differ by less than this many heights share a row
HEADER_GAP = 3.0  # a table's header row stands at most this many heights above its first row
_NUMBER_CELL = re.compile(r"[-−+]?[0-9][0-9,.]*[%‰]?")
# Marks a typesetter may hang past the right margin (hanging punctuation): the edge of a
# line's text is where its last other character ends.
_HANGING = set("，。、；：？！,.;:?!”’」』）》〉】〕)\"'")


@dataclass(frozen=True)
class _Line:
    page: int
    number: int  # on its page
    text: str
    full: bool  # reaches the right edge of the page's text
    indented: bool
    dropped: frozenset[int]  # offsets of the spaces pdfminer put into letter-spaced text


def read_pdf(data: bytes, name: str, encoding: str | None = None) -> Document:
    lines = _lines(data, name)
    builder = TextBuilder()
    for index, line in enumerate(lines):
        _add_line(builder, line, index + 1)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and line.full and not following.indented:
            builder.add_plain(joiner(builder.last, following.text.lstrip()))
        else:
            builder.end_line()
    document = builder.build(name)
    text = document.text
    if not text.strip():
        raise CrosscheckError("no text layer to read (a scanned PDF?)", name)
    if text.count("(cid:") * 8 > len(text):
        raise CrosscheckError("the PDF's fonts do not map their glyphs to text", name)
    return document


def _add_line(builder: TextBuilder, line: _Line, number: int) -> None:
    label = f"page {line.page}, line {line.number}"
    text = line.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    gone = 0  # dropped spaces so far: columns count the characters a person sees
    for gap in sorted(line.dropped):
        if start <= gap < end:
            builder.add(text[start:gap], number, start - gone + 1, label)
            start, gone = gap + 1, gone + 1
    builder.add(text[start:end], number, start - gone + 1, label)


def _lines(data: bytes, name: str) -> list[_Line]:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:
        raise CrosscheckError("reading .pdf files needs pdfminer.six: "
                              "pip install 'crossreport-checker[pdf]'", name) from None
    found: list[_Line] = []
    try:
        for number, page in enumerate(
                extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True)), 1):
            found.extend(_page_lines(number, list(_text_lines(page))))
    except (PDFEncryptionError, PDFPasswordIncorrect):
        raise CrosscheckError("an encrypted PDF: save it without a password", name) from None
    except Exception as error:  # noqa: BLE001 - a hostile file can fail anyhow
        raise CrosscheckError(f"not a readable PDF ({type(error).__name__}: {error})",
                              name) from None
    return found


def _text_lines(item: Any) -> Any:
    """The horizontal text lines of a page (or a figure on it), in reading order."""
    from pdfminer.layout import LTTextLineHorizontal

    for child in item if hasattr(item, "__iter__") else ():
        if isinstance(child, LTTextLineHorizontal):
            yield child
        elif hasattr(child, "__iter__"):
            yield from _text_lines(child)


def _page_lines(page: int, lines: list[Any]) -> list[_Line]:
    from pdfminer.layout import LTChar

    kept = [line for line in lines if line.get_text().strip()]
    if not kept:
        return []
    left = min(line.x0 for line in kept)
    ends = {id(line): _end(line) for line in kept}
    right = max(ends.values())
    rows = _table_rows(kept)
    found: list[_Line] = []
    for line in kept:
        row = rows.get(id(line))
        if row is not None and row[0] is not line:
            continue  # a cell of a table row already written
        number = len(found) + 1
        if row is not None:  # the cells of the row, left to right, split by tabs
            text, dropped = "", set()
            for cell in row:
                cell_text, cell_dropped = _read(cell, LTChar)
                text += ("\t" if text else "") + cell_text
                dropped |= {len(text) - len(cell_text) + gap for gap in cell_dropped}
            found.append(_Line(page, number, text, False, False, frozenset(dropped)))
            continue
        text, dropped = _read(line, LTChar)
        found.append(_Line(page, number, text, ends[id(line)] >= right - FULL * line.height,
                           line.x0 > left + INDENT * line.height, frozenset(dropped)))
    return found


def _read(line: Any, char_type: type) -> tuple[str, set[int]]:
    """A line's text, and the offsets of the spaces pdfminer put into letter-spaced text."""
    parts = [(child.get_text(), isinstance(child, char_type)) for child in line]
    text = "".join(part for part, _ in parts).rstrip("\n")
    dropped, offset = set(), 0
    for part, drawn in parts:
        if part == " " and not drawn and 0 < offset < len(text) - 1 and _spread(
                text[offset - 1], text[offset + 1]):
            dropped.add(offset)
        offset += len(part)
    return text, dropped


def _table_rows(lines: list[Any]) -> dict[int, list[Any]]:
    """The rows of tables on a page: lines (cells, which pdfminer reads as lines of their own)
    that stand on one baseline, one of them a number (职工之家 | 13800), and the row of as many
    cells right above such rows (指标 | 数量（家）), its header.  Each cell's id maps to its
    row's cells, left to right; lines of prose side by side (columns) have no number cells."""
    rows: list[list[Any]] = []
    for line in lines:
        row = next((r for r in rows if abs(r[0].y0 - line.y0) < ROW_SLACK * line.height), None)
        if row is None:
            rows.append([line])
        else:
            row.append(line)
    rows = sorted((sorted(row, key=lambda cell: cell.x0) for row in rows if len(row) > 1),
                  key=lambda row: -row[0].y0)
    numbered = [any(_NUMBER_CELL.fullmatch(cell.get_text().strip()) for cell in row)
                for row in rows]
    chosen: dict[int, list[Any]] = {}
    for index, row in enumerate(rows):
        below = index + 1 < len(rows) and numbered[index + 1] and len(rows[index + 1]) == len(
            row) and row[0].y0 - rows[index + 1][0].y0 < HEADER_GAP * row[0].height
        if numbered[index] or below:
            chosen.update((id(cell), row) for cell in row)
    return chosen


def _end(line: Any) -> float:
    """Where a line's text ends, punctuation hanging past the margin left out: the right
    edge of its last character that is not a hanging mark."""
    from pdfminer.layout import LTChar

    chars = [child for child in line if isinstance(child, LTChar) and child.get_text().strip()]
    for char in reversed(chars):
        if char.get_text() not in _HANGING:
            return float(char.x1)
    return float(line.x1)


def _spread(before: str, after: str) -> bool:
    """A space pdfminer saw in a gap between letter-spaced characters, not a word space:
    next to Chinese, or inside a number (1 . 3 8 万)."""
    return wide(before) or wide(after) or (before in _NUMERIC and after in _NUMERIC)
