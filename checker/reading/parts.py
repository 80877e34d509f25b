"""Totals and their parts, as a document states them.

A breakdown is read where the words say it plainly:

- 其中 / 包括 / "of which" / "including" right after a total (…1.2亿人次，其中国内游客1.1亿人次、
  入境游客100万人次): the parts are the figures in the same unit after it, up to the end of the
  sentence (or a ；).  They are some of the total, so they cannot exceed it.
- 分别 right after a total (两类企业共30家，分别为10家和20家): the parts are all of it, so they
  must add up to it.
- a table row named 合计 / 总计 / Total: each column's other rows add up to it.

A figure that states a change (比上年增加2万人, up 3,000) is not a part, nor is a figure in
brackets (a part of a part); a figure in another unit is left out; a rate or an average
(每千人, 人均) is no total and no part.  Where the total is not the figure right before the
word, nothing is read; a table with 其中 / of which rows (nested parts) is not read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checker.extraction import Figure
from checker.extraction.figure import measure_unit
from checker.extraction.tables import CELL_SPLIT

PART_WORDS = {"其中": False, "包括": False, "分别为": True, "分别是": True, "分别达到": True,
              "分别达": True, "分别": True}
EN_PART_WORDS = {"of which": False, "including": False}
CHANGE_WORDS = ("增加", "增长", "减少", "下降", "提高", "降低", "上升", "回落", "扩大", "缩小",
                "增", "减", "多", "少", "up", "down", "rise", "fall", "rose", "fell",
                "increase", "decrease", "higher", "lower", "more", "less", "change")
RATE_WORDS = ("每", "人均", "平均", "均", "per ", "average")
TOTAL_ROWS = ("合计", "总计", "总数", "全部", "total", "all")
SUB_ROWS = ("其中", "of which", "including", "  ")
PARTS_END = re.compile(r"[。；;！？!?\n]|\.(?:\s|$)")
KINDS = ("count", "money", "measure")
PERIOD_WORDS = ("累计", "历年", "五年", "十四五", "十三五", "以来", "cumulative", "since")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}年?")
_BETWEEN = re.compile(r"[\s，,（(]*")  # what may stand between a total and its word
# In English, the noun of the total too: 30.64 million people in work (including …
_EN_BETWEEN = re.compile(r" [A-Za-z][A-Za-z' -]{0,40}?\s*[(,]\s*")


@dataclass(frozen=True)
class Breakdown:
    total: Figure
    parts: tuple[Figure, ...]
    word: str  # 其中, 分别, of which, or the total row's name
    complete: bool  # the parts claim to be all of the total


def read(text: str, figures: Sequence[Figure]) -> Iterator[Breakdown]:
    ordered = sorted(figures, key=lambda f: f.start)
    yield from _prose(text, ordered)
    yield from _tables(text, ordered)


def _prose(text: str, figures: list[Figure]) -> Iterator[Breakdown]:
    words = {**PART_WORDS, **EN_PART_WORDS}
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    starts = [f.start for f in figures]
    ends = [f.end for f in figures]  # figures do not overlap: their ends are in order too
    for match in pattern.finditer(text):
        before = bisect.bisect_right(ends, match.start())
        total = _total(text, figures[before - 1], match.start()) if before else None
        if total is None:
            continue
        complete = words[match.group()]
        end = PARTS_END.search(text, match.end())
        stop = end.start() if end else len(text)
        nested = re.search("|".join(map(re.escape, words)), text[match.end():stop])
        if nested and complete:
            continue  # 分别…其中: two breakdowns in one; not read
        if nested:
            stop = match.end() + nested.start()
        following = figures[bisect.bisect_left(starts, match.end()):
                            bisect.bisect_right(ends, stop)]
        parts = [f for f in following if _same_measure(f, total)
                 and not _in_aside(text, match.end(), f.start)]
        if match.group() in EN_PART_WORDS and (
                not parts or text[match.end():parts[0].start].strip(" :")):
            continue  # "including all large retailers employing 100 people": 100 is no part
        if complete and len(parts) != len(following):
            continue  # 分别 over figures of other units: not all parts of this total
        if len(parts) < (2 if complete else 1) or any(
                _change(text, f) or _rate(text, f) for f in parts):
            continue
        if _periods(text[match.end():parts[-1].start]) - _periods(
                text[max(0, total.start - 30):total.start]):
            continue  # 今年新增10万人，其中五年累计…: a part of another period
        yield Breakdown(total, tuple(parts), match.group(), complete)


def _total(text: str, total: Figure, at: int) -> Figure | None:
    """The figure that ends right before the word (only a comma or bracket between, or in
    English the total's noun), if it can be a total."""
    gap = text[total.end:at]
    if not (_BETWEEN.fullmatch(gap) or _EN_BETWEEN.fullmatch(gap)) or total.kind not in KINDS \
            or _change(text, total) or _rate(text, total):
        return None
    return total


def _periods(words: str) -> set[str]:
    """The period words (累计, 五年, 2024年) in `words`."""
    return {w for w in PERIOD_WORDS if w in words} | set(_YEAR.findall(words))


def _in_aside(text: str, start: int, at: int) -> bool:
    """A figure in brackets opened after the word is a part of a part (医院146个（三级甲等医院9个）)."""
    between = text[start:at]
    return max(between.rfind("（"), between.rfind("(")) > max(between.rfind("）"),
                                                            between.rfind(")"))


def _same_measure(part: Figure, total: Figure) -> bool:
    # an English count's unit is its noun (students of people in work): measure_unit
    return measure_unit(part) == measure_unit(total) and part.kind == total.kind


def _change(text: str, figure: Figure) -> bool:
    """A figure that states a change: a change word right before it, or in its name's end."""
    before = text[max(0, figure.start - 6):figure.start].lower()
    before = re.split(r"[，,、；;。（(]", before)[-1]
    words = [w for w in CHANGE_WORDS if len(w) > 1]
    # 增/减/多/少 alone only right before the figure (增2万人, 多3家): 新增就业 is a level
    return any(word in before for word in words) or before.rstrip("了 ").endswith(
        tuple(w for w in CHANGE_WORDS if len(w) == 1)) or figure.metric.endswith(tuple(words))


def _rate(text: str, figure: Figure) -> bool:
    """A figure per head or per unit (每千人6.6批次, 人均, per head) is no total of parts."""
    before = re.split(r"[，,、；;。]", text[max(0, figure.start - 12):figure.start])[-1].lower()
    after = text[figure.end:figure.end + 4]
    return any(word in before for word in RATE_WORDS) or after.startswith(("/", "per"))


# --- tables ------------------------------------------------------------------------------

def _tables(text: str, figures: list[Figure]) -> Iterator[Breakdown]:
    for block in _blocks(text):
        total_rows = [i for i, (_, cells) in enumerate(block)
                      if cells and cells[0].lower() in TOTAL_ROWS]
        if len(total_rows) != 1 or any(
                cells and cells[0].lower().startswith(SUB_ROWS) or line.startswith(SUB_ROWS)
                for line, cells in ((text[s:e], c) for (s, e), c in block)):
            continue
        index = total_rows[0]
        body = block[index + 1:] if index <= 1 else block[:index]
        body = [row for row in body if _numbers_from(text, row, figures)]
        if len(body) < 2:
            continue
        total_cells = _numbers_from(text, block[index], figures)
        for column, total in total_cells.items():
            if total.kind not in KINDS and (total.kind != "number" or total.scale is None):
                continue  # shares, changes, indices: no sums of the rows; amounts have a
                # unit or a scale (Employment (thousands))
            parts = []
            for row in body:
                part = _numbers_from(text, row, figures).get(column)
                if part is None or not _same_measure(part, total):
                    break
                parts.append(part)
            else:
                yield Breakdown(total, tuple(parts), block[index][1][0], True)


def _blocks(text: str) -> Iterator[list[tuple[tuple[int, int], list[str]]]]:
    """Runs of consecutive lines that are table rows (three cells or more)."""
    block: list[tuple[tuple[int, int], list[str]]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        # a row has a tab: the lines of prose, nearly all, are not split into cells
        cells = [c.strip() for c in CELL_SPLIT.split(body) if c.strip()] if "\t" in body else []
        if len(cells) >= 3:
            block.append(((offset, offset + len(body)), cells))
        else:
            if len(block) >= 3:
                yield block
            block = []
        offset += len(line)
    if len(block) >= 3:
        yield block


def _numbers_from(text: str, row: tuple[tuple[int, int], list[str]], figures: list[Figure]
                  ) -> dict[int, Figure]:
    """The figures filling the cells of a row, by column (the first cell is its name)."""
    (start, end), _ = row
    found: dict[int, Figure] = {}
    first = bisect.bisect_left(figures, start, key=lambda f: f.start)
    for figure in figures[first:bisect.bisect_left(figures, end, key=lambda f: f.start)]:
        if figure.end <= end:
            column = len(CELL_SPLIT.findall(text[start:figure.start].lstrip()))
            if column > 0:
                found[column] = figure
    return found
