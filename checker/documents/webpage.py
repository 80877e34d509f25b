"""HTML: the text a browser shows, with each run of it at its line and column of the source.

The standard library's html.parser reads the page (no dependency, and it never gives up on
broken markup).  Kept: the text of the body; dropped: markup, comments, the head (title,
meta), script, style, template, noscript, svg, form controls, and elements marked `hidden` or
`display: none`.  Entities are decoded.  Block elements (p, div, li, h1, tr …) and <br> end a
line, table cells are separated by a tab, and runs of white space collapse as in a browser: to
one space, or to nothing where a line break stands between Chinese characters (职工之家⏎1.38万家
reads 职工之家1.38万家).  <pre> keeps its white space.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import NamedTuple

from checker.documents.base import Document, TextBuilder, joiner
from checker.documents.encoding import decode
from checker.errors import CrosscheckError

BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend "
    "li main menu nav ol p pre section summary table tbody tfoot thead tr ul".split())
CELLS = frozenset({"td", "th"})
HIDDEN = frozenset(
    "head title script style template noscript svg math select option textarea iframe "
    "object embed audio video canvas map datalist".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_WHITE = re.compile("[ \t\n\r\f\xa0]+")  # HTML's white space, and &nbsp; (a space here)
_WORDS = re.compile("[ \t\n\r\f\xa0]+|[^ \t\n\r\f\xa0]+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)"
                      rb"|<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# WHATWG encoding labels that Python names otherwise (GB2312 and GBK pages are GB18030).
_LABELS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
           "chinese": "gb18030", "csgb2312": "gb18030", "iso-ir-58": "gb18030",
           "big5-hkscs": "big5hkscs", "cn-big5": "big5", "x-x-big5": "big5", "csbig5": "big5"}


class Piece(NamedTuple):
    kind: str  # "text" (as in the source), "char" (an entity, decoded), "break", "cell"
    text: str
    offset: int  # where it stands in the source
    pre: bool = False  # white space kept as written


def read_html(data: bytes, name: str, encoding: str | None = None) -> Document:
    source = decode(data, name, encoding, declared=declared_charset(data))
    builder = TextBuilder(source)
    write(builder, visible_pieces(source, name))
    document = builder.build(name)
    if not document.text.strip():
        raise CrosscheckError("no visible text in this HTML page", name)
    return document


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 1024 bytes (<meta charset>, <meta http-equiv>
    or an XML declaration), if any."""
    found = _CHARSET.search(data[:1024])
    if found is None:
        return None
    label = (found.group(1) or found.group(2)).decode("ascii", "replace").lower()
    return _LABELS.get(label, label)


def visible_pieces(source: str, name: str) -> list[Piece]:
    parser = _Reader(source)
    try:
        parser.feed(source)
        parser.close()
    except (AssertionError, ValueError) as error:  # html.parser on hopeless markup
        raise CrosscheckError(f"cannot read this HTML: {error}", name) from None
    return parser.pieces


def write(builder: TextBuilder, pieces: list[Piece]) -> None:
    """Add pieces to a builder, collapsing white space as a browser does."""
    space = ""  # white space seen since the last text: "" none, " " spaces, "\n" a line break
    line_start = True
    for piece in pieces:
        if piece.kind in ("break", "cell"):
            if piece.kind == "cell" and not line_start:
                builder.add_plain("\t")
            elif piece.kind == "break":
                builder.end_line()
                line_start = True
            space = ""
            continue
        if piece.pre:
            builder.add_at(piece.text, piece.offset)
            line_start = piece.text.endswith("\n")
            space = ""
            continue
        if piece.kind == "char":
            chunks = [(piece.text, piece.offset, True)]
        else:
            chunks = [(m.group(), piece.offset + m.start(), _WHITE.match(m.group()) is None)
                      for m in _WORDS.finditer(piece.text)]
        for text, offset, visible in chunks:
            if not visible:
                space = "\n" if "\n" in text or space == "\n" else " "
                continue
            if space and not line_start and builder.last not in "\t\n":
                builder.add_plain(joiner(builder.last, text) if space == "\n" else " ")
            builder.add_at(text, offset)
            space = ""
            line_start = False


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        # html.parser counts lines at \n only.
        self.starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self.pieces: list[Piece] = []
        self.hidden: list[str] = []  # open elements inside a hidden one
        self.pre = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden == ["head"] and tag == "body":
            self.hidden.clear()  # <head> left open: <body> closes it
        if self.hidden:
            if tag not in VOID:
                self.hidden.append(tag)
            return
        attributes = dict(attrs)
        if tag in HIDDEN or "hidden" in attributes or _DISPLAY_NONE.search(
                attributes.get("style") or ""):
            if tag not in VOID:
                self.hidden.append(tag)
            return
        self._boundary(tag)
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.hidden:
            self._boundary(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag in self.hidden:
                while self.hidden.pop() != tag:
                    pass
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in BLOCKS or tag == "br":
            self.pieces.append(Piece("break", "\n", self._offset()))

    def _boundary(self, tag: str) -> None:
        if tag in BLOCKS or tag == "br":
            self.pieces.append(Piece("break", "\n", self._offset()))
        elif tag in CELLS:
            self.pieces.append(Piece("cell", "\t", self._offset()))

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.pieces.append(Piece("text", data, self._offset(), self.pre > 0))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, written: str) -> None:
        if self.hidden:
            return
        text = html.unescape(written)
        if text == written:  # not an entity: the text as written
            self.pieces.append(Piece("text", written, self._offset(), self.pre > 0))
        elif _WHITE.fullmatch(text):
            self.pieces.append(Piece("text", " ", self._offset(), self.pre > 0))
        else:
            self.pieces.append(Piece("char", text, self._offset(), self.pre > 0))
