"""Tables in text: rows of cells split by tabs or runs of spaces, as the loaders write the
tables of HTML, Word and PDF files (粮食产量\t万吨\t69541\t1.3), or by the pipes of a
plain-text or Markdown table (| 指标 | 2025年完成 | 2026年目标 |).

Layout only, no language: whether a number fills a cell, the cells of its row, the header of
its column.  The extractors decide what the cells mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import ClassVar

WINDOW = 200  # the farthest a row is looked for around a number, in characters
CAPTION_LENGTH = 80  # a longer line above a table is prose, not its caption
CELL_SPLIT = re.compile(r"\t+| {2,}|\u3000+|[ \t]*\|[ \t]*")
RULE_CELL = re.compile(r":?-{2,}:?|={2,}")  # |---|:---:|, a Markdown table's rule under its header
DIGIT_CELL = re.compile(r"[-−+]?[0-9][0-9,.]*%?")
YEAR_CELL = re.compile(r"(?:1[0-9]|20|21)[0-9]{2}年?")


def in_cell(text: str, start: int, end: int) -> bool:
    """True when text[start:end] fills a cell of a table row: a tab (or a run of spaces, or
    the line's end) on both sides, and at least three cells in the row, or two when the
    line above or below has two cells as well (指标 | 数量（家）, then a row per item)."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    opened = before.endswith(("\t", "\n", "|")) or before in ("  ", "| ") or start == 0
    closed = (after.startswith(("\t", "\n", "\r", "|")) or after in ("  ", " |")
              or end == len(text))
    if not (opened and closed):
        return False
    width = len(row_at(text, start)[0])
    return width >= 3 or (width == 2 and _beside_as_wide(text, start, width))


def _beside_as_wide(text: str, offset: int, width: int) -> bool:
    """Whether the line above or below the one around `offset` has `width` cells too."""
    return any(len(_cells(line, 0)[0]) == width for line in (next(_lines_up(text, offset), ""),
                                                             _line_below(text, offset)))


def row_start(text: str, offset: int) -> int:
    """Where the line (row) around `offset` starts."""
    return text.rfind("\n", max(0, offset - WINDOW), offset) + 1


def row_at(text: str, offset: int) -> tuple[list[str], int]:
    """The cells of the row around `offset`, and the index of the cell `offset` is in."""
    start = row_start(text, offset)
    end = text.find("\n", offset, offset + WINDOW)
    return _cells(text[start:end if end >= 0 else offset + WINDOW], offset - start)


def _cells(line: str, offset: int) -> tuple[list[str], int]:
    found: list[str] = []
    column = 0
    position = 0
    for piece in CELL_SPLIT.split(line):
        at = line.find(piece, position)
        if piece.strip():
            if at <= offset:
                column = len(found)
            found.append(piece.strip())
        position = at + len(piece)
    return found, column


def years_row(cells: list[str]) -> bool:
    """A row whose numbers are all years (年份 | 2019 | 2020 | 2021): a header."""
    numbers = [cell for cell in cells if DIGIT_CELL.fullmatch(cell)]
    return (len(numbers) > 1 or "年" in cells[0]) and bool(numbers) and all(
        YEAR_CELL.fullmatch(cell) for cell in numbers)


def _no_figures(cells: list[str]) -> bool:
    """A header row of bare numbers: no figures in its cells, or only years."""
    return years_row(cells) or not any(DIGIT_CELL.fullmatch(cell) for cell in cells)


def header_of(text: str, offset: int, width: int, column: int) -> str:
    """The header of a column: the nearest line above in the same table (as many cells) that
    holds no figures, or only years."""
    return _header_above(text, offset, width, column, _no_figures)


_BOUNDS_CELL = re.compile(r"[|\t\n\u3000]|  ")
_NOT_YEAR_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]")


def words_header_of(text: str, offset: int, width: int, column: int) -> str:
    """The header of a column whose cells hold figures with their units (9.3万亿元, 5%左右):
    the nearest line above with as many cells and no number in them but years (指标 |
    2025年完成 | 2026年目标), past a Markdown rule; "" where the rows above end first."""
    return _header_above(text, offset, width, column, _no_numbers_but_years)


def _no_numbers_but_years(cells: list[str]) -> bool:
    """A header row of cells with their units: no number in its cells but years."""
    return not any(_NOT_YEAR_NUMBER.search(cell) for cell in cells)


def _header_above(text: str, offset: int, width: int, column: int,
                  is_header: Callable[[list[str]], bool]) -> str:
    """The cell in `column` of the nearest line above `offset` whose cells `is_header` takes
    for a header, among the rows above of `width` cells (past the rule under a Markdown
    table's header, |---|---|); "" where those rows end first."""
    found = _header_line(text, offset, width, is_header)
    if found is None:
        return ""
    above = found[1]
    return above[column] if column < len(above) else ""


def _header_line(text: str, offset: int, width: int, is_header: Callable[[list[str]], bool],
                 ) -> tuple[int, tuple[str, ...]] | None:
    """Where the nearest line above `offset` that `is_header` takes for a header starts, and
    its cells, among the rows above of `width` cells (see _header_above).  Asked of every
    cell of a row, and by more than one reader: looked up once a row (_Read)."""
    start = row_start(text, offset)
    headers = _Read.of(text).headers
    key = (start, width, is_header)
    if key not in headers:
        headers[key] = _header_line_of_row(text, start, width, is_header)
    return headers[key]


def _header_line_of_row(text: str, start: int, width: int, is_header: Callable[[list[str]], bool],
                        ) -> tuple[int, tuple[str, ...]] | None:
    offset = start
    for line in islice(_lines_up(text, offset), 40):  # rows above, at most
        start -= len(line) + 1
        above, _ = _cells(line, 0)
        if above and all(RULE_CELL.fullmatch(cell) for cell in above):
            continue
        if len(above) != width:
            return None
        if is_header(above):
            return start, tuple(above)
    return None


def caption_of(text: str, offset: int, width: int, longest: int) -> str:
    """The note above the table around `offset`, read from above its header row (a header
    as header_of() finds it, so that every row asks the same few lines, not every row
    above it): up to three lines, past one blank line, none longer than `longest`; "" for a
    table without a header in reach."""
    found = _header_line(text, offset, width, _no_figures)
    return "" if found is None else lines_above(text, found[0], width, 3, True, longest)


def lines_above(text: str, offset: int, width: int, count: int = 2,
                past_blank: bool = False, longest: int = CAPTION_LENGTH) -> str:
    """The lines, at most `count`, just above the table around `offset` (its rows: the lines
    of `width` cells), where a caption or a table-wide unit stands (单位：亿元); a blank line
    or a line of prose longer than `longest` ends them (`past_blank`: a blank line right above
    the table does not: "Change in per cent.", a blank line, then the table)."""
    caption: list[str] = []
    blank = past_blank
    top = _block_top(text, row_start(text, offset), width)
    for line in _lines_up(text, top):
        if not caption and len(_cells(line, 0)[0]) == width:
            continue  # (past a blank line, the rows of a table of as many cells above it)
        line = line.strip()
        if not caption and not line and blank:
            blank = False
            continue
        if len(caption) == count or not line or len(line) > longest:
            break  # a blank line or a paragraph of prose: the table's caption is behind it
        caption.insert(0, line)
    return "\n".join(caption)


class _Read:
    """What is read of the rows of the text last asked about, by a line's start: every cell
    of a row asks for its header and its table's caption, and each row finds its table's top
    one row up (cells are read in order), not by walking to it.  (One text at a time: a
    document is read whole before the next.)"""

    text: ClassVar[str | None] = None
    tops: ClassVar[dict[tuple[int, int], int]] = {}  # (width, line start) -> the rows' top
    headers: ClassVar[dict[tuple[int, int, Callable[[list[str]], bool]],
                           tuple[int, tuple[str, ...]] | None]] = {}

    @classmethod
    def of(cls, text: str) -> type[_Read]:
        if cls.text is not text:
            cls.text, cls.tops, cls.headers = text, {}, {}
        return cls


def _block_top(text: str, start: int, width: int) -> int:
    """The start of the first of the lines of `width` cells right above the line at `start`
    and of that line (itself, if the line above has other cells)."""
    found = _Read.of(text).tops
    walked = []
    at = start
    while (width, at) not in found:
        if at <= 1:
            found[width, at] = at
            break
        above = row_start(text, at - 1)
        if len(_cells(text[above:at - 1], 0)[0]) != width:
            found[width, at] = at
            break
        walked.append(at)
        at = above
    top = found[width, at]
    for row in walked:
        found[width, row] = top
    return top


def _line_below(text: str, offset: int) -> str:
    """The line after the one around `offset` ("" at the end of the text)."""
    end = text.find("\n", offset)
    if end < 0:
        return ""
    following = text.find("\n", end + 1)
    return text[end + 1:following if following >= 0 else len(text)]


def _lines_up(text: str, offset: int) -> Iterator[str]:
    """The lines above the one around `offset`, nearest first."""
    start = row_start(text, offset)
    while start > 1:
        above_start = row_start(text, start - 1)
        yield text[above_start:start - 1]
        start = above_start


def cell_of(text: str, start: int, end: int) -> tuple[list[str], int] | None:
    """The cells of the table row that text[start:end] fills a cell of (with at most a
    marker or two beside it: 20%以上①), and that cell's index; None outside a table: a row
    is a table's when the line above or below has as many cells."""
    if not (_BOUNDS_CELL.search(text, max(0, start - 4), start + 1) or start < 4) or not (
            _BOUNDS_CELL.search(text, end - 1, end + 4) or end + 4 > len(text)):
        return None  # (a cell's figure has a border or a line's end within a marker or two)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end, end + WINDOW)
    if start - line_start > WINDOW or line_end < 0 and len(text) - end > WINDOW:
        return None  # a line of prose, longer than any table row
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if "|" not in line and "\t" not in line and "  " not in line and "\u3000" not in line:
        return None
    cells, column = _cells(line, start - line_start)
    if len(cells) < 2 or len(cells[column]) > end - start + 2 or text[start:end] not in cells[
            column]:
        return None
    return (cells, column) if _beside_as_wide(text, start, len(cells)) else None
