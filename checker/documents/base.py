"""A loaded document: its text, and where each part of that text stands in the file.

Offsets everywhere after this stage are character offsets into `Document.text`.  For a plain
text file that text is the file as decoded, and a line and column are the file's own.  For the
other formats `Document.text` is the readable text (what a person copying it out would get:
one line per paragraph, table cells separated by tabs) and `Places` maps each offset of it
back to where a person finds it: a line and column of the source for Markdown and HTML, a
paragraph or table cell of a Word file, a page and line of a PDF.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

_LINE_END = re.compile("\r\n?|\n")
_LINE = re.compile("[^\r\n]*(?:\r\n?|\n)?")  # a line with its end


@dataclass(frozen=True)
class Places:
    """Runs of `Document.text`, each starting at `offsets[i]` and standing at line `lines[i]`,
    column `columns[i]` of the file, in the part of it that `labels[i]` names ("" when the
    line and column say enough: Markdown, HTML).  Characters of a run follow one another on
    that line."""

    offsets: tuple[int, ...]
    lines: tuple[int, ...]
    columns: tuple[int, ...]
    labels: tuple[str, ...]

    def run(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.offsets, offset) - 1)


@dataclass(frozen=True)
class Document:
    path: str  # as the user gave it
    text: str
    line_starts: tuple[int, ...] = field(repr=False, compare=False, default=())
    places: Places | None = field(repr=False, compare=False, default=None)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", places: Places | None = None
                  ) -> Document:
        """A document of `text`; its lines end at \\n, \\r\\n or a lone \\r, as editors
        count them."""
        starts = [0]
        starts.extend(m.end() for m in _LINE_END.finditer(text))
        return cls(path, text, tuple(starts), places)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a character offset, in the file as a
        person opens it (for a PDF, lines count through all pages; see `where`)."""
        if self.places is not None and self.places.offsets:
            run = self.places.run(offset)
            return (self.places.lines[run],
                    self.places.columns[run] + offset - self.places.offsets[run])
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def where(self, offset: int) -> str:
        """The part of the file an offset stands in, for a person: "page 3, line 7",
        "paragraph 12", "table 1, row 2, cell 3"; "" when line and column say it all."""
        if self.places is None or not self.places.offsets:
            return ""
        return self.places.labels[self.places.run(offset)]

    def line_text(self, line: int) -> str:
        """Line `line` (1-based) of `text`."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


def wide(char: str) -> bool:
    """A character of Chinese (or Japanese) text: full width, or CJK punctuation (“ ” —)."""
    width = unicodedata.east_asian_width(char)
    return width in ("W", "F") or (width == "A" and not char.isalnum())


def joiner(left: str, right: str) -> str:
    """What a line break inside a paragraph reads as: nothing next to Chinese characters
    (1.38⏎万家 is 1.38万家) or before a sign (90⏎%), a space before a word of another script
    (in⏎2019, cases,⏎2019)."""
    if not left or not right or wide(left[-1]) or wide(right[0]):
        return ""
    return " " if right[0].isalnum() and (left[-1].isalnum() or left[-1] in ",.;:!?)]}'\"") \
        else ""


class TextBuilder:
    """Collects the readable text of a document with where each run of it came from."""

    def __init__(self, source: str = "") -> None:
        self._source_starts = Document.from_text(source).line_starts if source else (0,)
        self._parts: list[str] = []
        self._length = 0
        self._offsets: list[int] = []
        self._lines: list[int] = []
        self._columns: list[int] = []
        self._labels: list[str] = []
        self._next: tuple[int, int, str] | None = None  # where a continuing run would be
        self.last = ""  # the last character added

    def add(self, text: str, line: int, column: int, label: str = "") -> None:
        """Text that stands at `line`, `column` of the file, on one line of it."""
        if not text:
            return
        if self._next != (line, column, label):
            self._offsets.append(self._length)
            self._lines.append(line)
            self._columns.append(column)
            self._labels.append(label)
        self._append(text)
        self._next = (line, column + len(text), label)

    def add_at(self, text: str, offset: int) -> None:
        """Text copied from the source (given to the builder) at a character offset."""
        for piece in _LINE.finditer(text):
            if piece.group():
                at = offset + piece.start()
                line = bisect.bisect_right(self._source_starts, at)
                self.add(piece.group(), line, at - self._source_starts[line - 1] + 1)

    def add_plain(self, text: str) -> None:
        """Text that stands nowhere in the file: a separator, a line-break joiner."""
        if text:
            self._append(text)
            self._next = None

    def end_line(self) -> None:
        """End the current line, unless nothing is on it."""
        if self.last and self.last != "\n":
            self.add_plain("\n")

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)
        self.last = text[-1]

    def build(self, path: str) -> Document:
        places = Places(tuple(self._offsets), tuple(self._lines), tuple(self._columns),
                        tuple(self._labels))
        return Document.from_text("".join(self._parts), path, places)
