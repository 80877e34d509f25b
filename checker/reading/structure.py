"""Paragraphs and headings of a document's text: one paragraph a line, as the loaders write.

A heading is a Markdown heading (# …), or a short line that a section marker opens (第一章,
一、, （一）, 1.); its rank says which headings close its section (a lower rank is higher).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

CN_NUMBER = "[一二三四五六七八九十]{1,3}"
# Section markers at the start of a line, highest first; Markdown headings rank by their #s.
MARKER_RANKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"第{CN_NUMBER}[章部篇编]")),
    ("dun", re.compile(rf"{CN_NUMBER}、")),
    ("paren", re.compile(rf"[（(]{CN_NUMBER}[)）]")),
    ("dot", re.compile(r"[0-9]{1,2}[.．、](?![0-9])")),
    ("paren-arabic", re.compile(r"[（(][0-9]{1,2}[)）]")),
)
HEADING_LENGTH = 40  # a longer line, or one with a full stop in it, is prose
_MARKDOWN = re.compile(r"(#{1,6})\s+")
_DECORATION = re.compile(r"[*_\s>]*")  # **bold**, > quotes around the start of a line


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset of its first character (after indentation and emphasis marks)
    end: int  # offset of its end (before the line break)
    rank: int | None  # its heading rank, or None for prose
    gap: bool = False  # a blank line stands before it

    @property
    def heading(self) -> bool:
        return self.rank is not None


@dataclass(frozen=True)
class Structure:
    """The paragraphs of a text, in order."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def index(self, offset: int) -> int:
        """The paragraph an offset stands in (or the last one before it)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def section_end(self, index: int) -> int:
        """Where the section of heading `index` ends: at the next heading of its rank or
        higher, else the end of the text."""
        rank = self.paragraphs[index].rank
        for paragraph in self.paragraphs[index + 1:]:
            if paragraph.rank is not None and (rank is None or paragraph.rank <= rank):
                return paragraph.start
        return len(self.text)

    def sections(self, words: str) -> list[tuple[int, int]]:
        """The spans of the sections whose heading contains `words`."""
        return [(p.start, self.section_end(i)) for i, p in enumerate(self.paragraphs)
                if p.heading and words in self.text[p.start:p.end]]


def read(text: str) -> Structure:
    paragraphs: list[Paragraph] = []
    offset = 0
    gap = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = _DECORATION.match(body)
        start = lead.end() if lead else 0
        if start < len(body):
            paragraphs.append(Paragraph(offset + start, offset + len(body),
                                        heading_rank(body[start:]), gap))
            gap = False
        else:
            gap = True
        offset += len(line)
    return Structure(text, tuple(paragraphs), tuple(p.start for p in paragraphs))


def heading_rank(line: str) -> int | None:
    """Markdown headings rank 1-6; a short line opened by a section marker ranks 10 and up."""
    markdown = _MARKDOWN.match(line)
    if markdown:
        return len(markdown.group(1))
    if len(line) > HEADING_LENGTH or "。" in line.rstrip("。") or line.endswith(("；", ";")):
        return None
    rank = marker_rank(line)
    return None if rank is None else 10 + rank


def marker_rank(line: str) -> int | None:
    """The rank of the section marker that opens `line` (0 highest), or None."""
    for rank, (_, pattern) in enumerate(MARKER_RANKS):
        if pattern.match(line):
            return rank
    return None


def in_spans(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)
