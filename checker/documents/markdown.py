"""Markdown: the text it renders to, with each run at its line and column of the source.

markdown-it-py (CommonMark, with GitHub tables and strikethrough; already installed with
Rich) reads the block structure and the inline syntax, so `**1.38万家**`, `[职工之家](url)`,
`# 标题`, `> 引用` and `\\*` read as the words they show.  Each piece of rendered text is then
found, in order, in the source lines of its block, so a figure's line and column point into
the Markdown file.  A paragraph is one line of `Document.text`: its soft line breaks read as
nothing between Chinese characters and as a space between other words.  Code keeps its
lines, table cells are separated by tabs, embedded HTML shows its visible text, and YAML
front matter is not content.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from checker.documents.base import Document, TextBuilder, joiner
from checker.documents.encoding import decode
from checker.documents.webpage import Piece, visible_pieces, write
from checker.errors import CrosscheckError

_FRONT_MATTER = re.compile(r"---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)
# Container and heading markers at the start of a block's first line: > - * + 1. 1) #.
_BLOCK_PREFIX = re.compile(
    r"[ \t]*(?:(?:>|[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$)[ \t]*)*(?:#{1,6}(?=[ \t]|$)[ \t]*)?")
_LINE_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?[ \t]*)*")  # of a paragraph's later lines
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read_markdown(data: bytes, name: str, encoding: str | None = None) -> Document:
    text = decode(data, name, encoding)
    source = text.replace("\r\n", "\n").replace("\r", "\n")  # as markdown-it reads it
    front = _FRONT_MATTER.match(source)
    if front:
        source = re.sub(r"[^\n]", " ", front.group()) + source[front.end():]
    parser = MarkdownIt("commonmark", {"html": True})
    parser.enable(["table", "strikethrough"])
    parser.disable("text_join", ignoreInvalid=True)  # keep entities and escapes apart
    reader = _Reader(source, name)
    reader.read(parser.parse(source))
    document = reader.builder.build(name)
    if not document.text.strip():
        raise CrosscheckError("no text in this Markdown file", name)
    return document


class _Reader:
    def __init__(self, source: str, name: str) -> None:
        self.source = source
        self.name = name
        self.builder = TextBuilder(source)
        self.starts = Document.from_text(source).line_starts
        self.resume: dict[int, int] = {}  # line → where the last piece found on it ended

    def read(self, tokens: list[Token]) -> None:
        in_cell = first_cell = False
        for token in tokens:
            if token.type == "tr_open":
                self.builder.end_line()
                first_cell = True
            elif token.type in ("th_open", "td_open"):
                if not first_cell:
                    self.builder.add_plain("\t")
                in_cell, first_cell = True, False
            elif token.type in ("th_close", "td_close"):
                in_cell = False
            elif token.type == "inline" and token.map:
                if not in_cell:
                    self.builder.end_line()
                self._inline(token, token.map[0], token.map[1])
            elif token.type in ("fence", "code_block") and token.map:
                self.builder.end_line()
                self._code(token)
            elif token.type == "html_block" and token.map:
                self.builder.end_line()
                self._html(token)

    # --- where things stand in the source ------------------------------------------------

    def _line_start(self, line: int) -> int:
        return self.starts[min(line, len(self.starts) - 1)]

    def _line_end(self, offset: int) -> int:
        end = self.source.find("\n", offset)
        return len(self.source) if end < 0 else end

    def _next_line(self, offset: int) -> int:
        """After a line break: the start of the next line's text, past > markers."""
        end = self.source.find("\n", offset)
        if end < 0:
            return len(self.source)
        return _LINE_PREFIX.match(self.source, end + 1).end()  # type: ignore[union-attr]

    def _place(self, shown: str, written: str, cursor: int, limit: int) -> int:
        """Add `shown`, written as `written` at or after `cursor`; the offset after it."""
        at = self.source.find(written, cursor, self._line_end(cursor))
        if at < 0:
            at = self.source.find(written, cursor, limit)
        if at >= 0:
            self.builder.add_at(shown, at)
            return at + len(written)
        for char in shown:  # rendered otherwise than written (a code span over two lines)
            at = self.source.find(char, cursor, limit)
            if at >= 0:
                self.builder.add_at(char, at)
                cursor = at + 1
            else:
                self.builder.add_plain(char)
        return cursor

    # --- blocks -----------------------------------------------------------------------

    def _inline(self, token: Token, first: int, last: int) -> None:
        start = self._line_start(first)
        if first in self.resume:  # a table row: this cell starts after the one before
            cursor = self.resume[first]
        else:
            cursor = _BLOCK_PREFIX.match(self.source, start).end()  # type: ignore[union-attr]
        limit = self._line_start(last) if last < len(self.starts) else len(self.source)
        pending = ""  # a line break waiting for the text after it
        for child in token.children or []:
            if child.type in ("softbreak", "hardbreak"):
                cursor = self._next_line(cursor)
                pending = child.type
                continue
            if child.type in ("text", "code_inline"):
                shown = written = child.content
            elif child.type == "text_special":  # an entity or an escape: &amp; \*
                shown, written = child.content, child.markup
            elif child.type in ("html_inline", "image"):
                # Not shown, but passed over: a tag (<br> breaks the line), an image's alt text.
                if _BR.match(child.content):
                    pending = "hardbreak"
                hidden = [child.content] if child.type == "html_inline" else [
                    c.content for c in child.children or []]
                for written in hidden:
                    at = self.source.find(written, cursor, limit) if written else -1
                    cursor = at + len(written) if at >= 0 else cursor
                continue
            else:
                continue
            if not shown:
                continue
            if pending == "hardbreak":
                self.builder.end_line()
            elif pending:
                self.builder.add_plain(joiner(self.builder.last, shown))
            pending = ""
            cursor = self._place(shown, written, cursor, limit)
        self.resume[first] = cursor

    def _code(self, token: Token) -> None:
        assert token.map is not None
        first = token.map[0] + (1 if token.type == "fence" else 0)
        for index, line in enumerate(token.content.split("\n")[:-1]):
            if index:
                self.builder.add_plain("\n")
            start = self._line_start(first + index)
            written = self.source[start:self._line_end(start)]
            if line and written.endswith(line):
                self.builder.add_at(line, start + len(written) - len(line))
            elif line:
                self._place(line, line, start, len(self.source))

    def _html(self, token: Token) -> None:
        assert token.map is not None
        start = self._line_start(token.map[0])
        first_line = token.content.split("\n", 1)[0]
        written = self.source[start:self._line_end(start)]
        base = start + (len(written) - len(first_line) if written.endswith(first_line) else 0)
        pieces = visible_pieces(token.content, self.name)
        write(self.builder, [Piece(p.kind, p.text, p.offset + base, p.pre) for p in pieces])
