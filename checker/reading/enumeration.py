"""Stated counts (六个坚持, 五大工程, four retail sectors) and the items that follow them.

A stated count is a small number, a measure word and a noun.  Its items are read only where
the text lays them out plainly, right after the count:

- markers in the same paragraph (…六个坚持：一是…；二是…), or opening the paragraphs that
  follow it (一是 / 一要 / 第一 / （一） / 1. / (1) / ①), numbered 1, 2, 3 … without a gap;
- the headings one rank below a heading that states the count;
- a 、-list closing the sentence (四个一批：谋划一批、开工一批、建设一批、竣工一批。);
- in English, a block of short lines after a line ending in a colon.

Anything else (a list before the count, items in a comma-list, numbering that restarts or
skips) is not read: the count then has no enumeration, and nothing can be said of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker.extraction.numerals import parse_chinese
from checker.reading.structure import CN_NUMBER, MARKER_RANKS, Paragraph, Structure, marker_rank
from checker.reading.structure import read as read_structure

# --- the words, as data ------------------------------------------------------------------

ZH_MEASURES = "方面 个 大 项 条 点 种 类 件 张 批 招 支".split()
ZH_NOT_NOUN = ("月", "年", "小时", "百分点", "多", "以上", "左右", "亿", "万", "千", "百", "点",
               "星期", "季度", "工作日", "倍", "人", "次", "国家", "省", "市", "县", "区")
ZH_NOT_AFTER = "第前后这那每近约超逾余上下以0-9０-９〇零一二两三四五六七八九十百千万"
EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10}
EN_NOT_WORDS = {"of", "the", "its", "their", "to", "in", "per", "percent", "and", "or", "a",
                "from", "for", "with", "by", "on", "at", "were", "was", "are", "is", "months",
                "years", "quarters", "weeks", "days", "times", "points", "consecutive"}
LEAD = 12  # the farthest (in characters) the first item may stand after a count
TAIL = 12  # the most words after a count before its paragraph ends, for items to follow it
PROSE_BEFORE_ITEMS = 2  # paragraphs of prose allowed between a heading count and its items
LIST_ITEM = 24  # the longest item of a 、-list

_ZH_COUNT = re.compile(
    rf"(?<![{ZH_NOT_AFTER}])(?P<number>十[一二三四五六七八九]?|[两二三四五六七八九]|1[0-9]|[2-9])"
    rf"(?P<measure>{'|'.join(ZH_MEASURES)})(?P<noun>[\u4e00-\u9fff]{{1,8}})")
_EN_COUNT = re.compile(
    rf"\b(?P<number>{'|'.join(EN_NUMBERS)})\s+(?P<noun>(?:[a-z][a-z-]*\s+){{0,3}}[a-z][a-z-]*s)"
    r"\b", re.IGNORECASE)

# Item markers: a style, its pattern (the number in group "n").  Inline markers follow a
# clause stop; paragraph markers open a paragraph.
_CN = f"(?P<n>{CN_NUMBER})"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
MARKERS: dict[str, re.Pattern[str]] = {
    "shi": re.compile(rf"{_CN}是(?![否的])"),
    "yao": re.compile(rf"{_CN}要(?![素求])"),
    "di": re.compile(rf"第{_CN}(?:是|[，,：:]|、(?![一二三四五六七八九十]))"),  # not 第一、二轮
    "paren": re.compile(rf"[（(]{_CN}[)）]"),
    "dun": re.compile(rf"{_CN}、"),
    "dot": re.compile(r"(?P<n>[0-9]{1,2})[.．、](?![0-9])"),
    "paren-arabic": re.compile(r"[（(](?P<n>[0-9]{1,2})[)）]"),
    "circled": re.compile(f"(?P<n>[{_CIRCLED}])"),
    "paren-latin": re.compile(r"\((?P<n>[a-j])\)"),
}
_NUMERAL_PIECE = re.compile(rf"第?(?:{CN_NUMBER}|[0-9]+)$")
_BULLET = re.compile(r"(?P<indent>[ \t]*)[-•●▪*·]\s+(?=\S)")
_INLINE_STYLES = ("shi", "yao", "di", "paren", "paren-arabic", "circled", "paren-latin")
_CLAUSE_STOP = "：:；;，,。.！!？?"
_HEADING_STYLES = tuple(name for name, _ in MARKER_RANKS)


@dataclass(frozen=True)
class StatedCount:
    start: int
    end: int
    text: str  # 六个坚持
    number: int
    noun: str


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    text: str  # the marker, or the item's first words
    number: int  # its place in the enumeration (1-based)


@dataclass(frozen=True)
class Enumeration:
    """The items read after a stated count: how they were laid out, and each one."""

    layout: str  # inline, paragraphs, headings, list, lines
    items: tuple[Item, ...]
    readings: tuple[int, ...] = ()  # the numbers of items it may hold (A、B和C: 2 or 3)

    @property
    def counts(self) -> tuple[int, ...]:
        return self.readings or (len(self.items),)


@dataclass(frozen=True)
class Counted:
    count: StatedCount
    enumeration: Enumeration

    @property
    def agrees(self) -> bool:
        return self.count.number in self.enumeration.counts


def stated_counts(text: str) -> Iterator[StatedCount]:
    for match in _ZH_COUNT.finditer(text):
        noun = match.group("noun")
        if noun.startswith(ZH_NOT_NOUN) or match.group("measure") == "点" and noun[0] in "半钟":
            continue
        number = small_number(match.group("number"))
        yield StatedCount(match.start(), match.end(), match.group(), number, noun)
    for match in _EN_COUNT.finditer(text):
        words = match.group("noun").lower().split()
        if any(word in EN_NOT_WORDS for word in words):
            continue
        yield StatedCount(match.start(), match.end(), match.group(),
                          EN_NUMBERS[match.group("number").lower()], match.group("noun"))


def named(text: str, count: StatedCount) -> bool:
    """A count in quotes (“十件民生实事”) or in a list of such (一个中心、两个服务、三个着力) is
    the name of a programme defined elsewhere: what follows may be a selection of its items."""
    listed = text[count.end:count.end + 1] == "、" and _ZH_COUNT.match(text, count.end + 1) \
        or text[max(0, count.start - 1):count.start] == "、" and any(
            m.end() == count.start - 1 for m in _ZH_COUNT.finditer(text, max(0, count.start - 12),
                                                                   count.start - 1))
    opened = text.rfind("“", max(0, count.start - 20), count.start)
    return bool(listed) or (
        opened >= 0 and "”" not in text[opened:count.start]
        and "”" in text[count.end:count.end + 12])


def read(text: str, structure: Structure | None = None) -> list[Counted]:
    """Each stated count whose items can be read with confidence, with those items.

    Where two counts announce the same items (a heading 六个坚持 and its first sentence),
    only the one nearer the items is kept.
    """
    structure = structure or read_structure(text)
    found: dict[int, Counted] = {}
    for count in sorted(stated_counts(text), key=lambda c: c.start):
        if named(text, count):
            continue
        enumeration = _enumeration(text, structure, count)
        if enumeration is not None and enumeration.items:
            found[enumeration.items[0].start] = Counted(count, enumeration)
    return sorted(found.values(), key=lambda c: c.count.start)


def _enumeration(text: str, structure: Structure, count: StatedCount) -> Enumeration | None:
    index = structure.index(count.start)
    paragraph = structure.paragraphs[index]
    if paragraph.heading:
        return _under_heading(text, structure, index)
    after = text[count.end:paragraph.end]
    inline = _inline(text, count, paragraph)
    if inline is not None:
        return inline
    listed = _listed(text, count, paragraph)
    if listed is not None:
        return listed
    if _closes_paragraph(after) and index + 1 < len(structure.paragraphs):
        return _following(text, structure, index + 1, count)
    return None


def _closes_paragraph(after: str) -> bool:
    """The count stands at the end of its paragraph: a few words (工作, 方面) and a stop."""
    stripped = after.rstrip("*_ ")
    return (len(stripped) <= TAIL and stripped.endswith(("：", ":", "。"))
            and not any(stop in stripped[:-1] for stop in "，,。；;：:、（("))


def _marker(style: str, text: str, at: int) -> tuple[int, re.Match[str]] | None:
    match = MARKERS[style].match(text, at)
    if match is None:
        return None
    raw = match.group("n")
    if raw in _CIRCLED:
        return _CIRCLED.index(raw) + 1, match
    if len(raw) == 1 and "a" <= raw <= "j":
        return ord(raw) - ord("a") + 1, match
    return small_number(raw), match


def small_number(raw: str) -> int:
    """一 … 十九, or 1 … 19, as an int (0 when it is not one)."""
    if raw.isdigit():
        return int(raw)
    numeral = parse_chinese(raw)
    return int(numeral.value) if numeral is not None else 0


def _opening(text: str, at: int, styles: tuple[str, ...]) -> tuple[str, int, re.Match[str]] | None:
    """The item marker (style, number, match) that starts at `at`, if any."""
    for style in styles:
        found = _marker(style, text, at)
        if found is not None:
            return style, found[0], found[1]
    return None


def _inline(text: str, count: StatedCount, paragraph: Paragraph) -> Enumeration | None:
    """…六个坚持：一是…；二是…: markers after clause stops in the count's paragraph."""
    lead = text[count.end:min(paragraph.end, count.end + LEAD)]
    first = None
    for offset, char in enumerate(lead):
        if char in "：:，,。；;":  # 六个坚持：一是… / 抓好三个方面。一是…
            first = _opening(text, count.end + offset + 1 + _spaces(text, count.end + offset + 1),
                             _INLINE_STYLES)
            break
        if char == ".":
            return None
    if first is None or first[1] != 1:
        return None
    style = first[0]
    numbers = [first[1:]] + _inline_markers(text, style, first[2].end(), paragraph.end)
    items = _sequence(numbers)
    if items is None:
        return None
    following = text[paragraph.end:paragraph.end + 200].lstrip("\r\n *_")
    after = _marker(style, following, 0)
    if after is not None and after[0] == len(items) + 1:
        return None  # the list goes on in the next paragraph: laid out two ways, not read
    return Enumeration("inline", items)


def _inline_markers(text: str, style: str, start: int, end: int
                    ) -> list[tuple[int, re.Match[str]]]:
    """Markers of a style after a clause stop (；二是), between `start` and `end`."""
    found = []
    for match in MARKERS[style].finditer(text, start, end):
        before = text[match.start() - 1] if match.start() else ""
        if before in _CLAUSE_STOP or before.isspace() or before in "*_":
            marker = _marker(style, text, match.start())
            if marker is not None:
                found.append(marker)
    return found


def _spaces(text: str, at: int) -> int:
    count = 0
    while at + count < len(text) and text[at + count] in " *_":
        count += 1
    return count


def _sequence(numbers: list[tuple[int, re.Match[str]]]) -> tuple[Item, ...] | None:
    """Markers numbered 1, 2, 3 … in order; None when one repeats, skips or goes back."""
    items = []
    for expected, (number, match) in enumerate(numbers, start=1):
        if number != expected:
            return None
        items.append(Item(match.start(), match.end(), match.group(), number))
    return tuple(items)


def _following(text: str, structure: Structure, start: int, count: StatedCount,
               prose_allowed: int = 0, end: int | None = None) -> Enumeration | None:
    """Items opening the paragraphs from `start` on (after at most `prose_allowed` paragraphs
    of prose), or headings one rank below, up to `end`."""
    paragraphs = structure.paragraphs
    limit = len(text) if end is None else end
    for index in range(start, min(len(paragraphs), start + prose_allowed + 1)):
        paragraph = paragraphs[index]
        if paragraph.start >= limit:
            return None
        if paragraph.rank is not None and paragraph.rank <= 6:
            return _headings(text, structure, index, limit)
        opening = _opening(text, paragraph.start, tuple(MARKERS))
        if opening is not None and opening[1] == 1:
            return _paragraph_items(text, structure, index, opening[0], limit)
        if opening is not None:
            return None
        if count.text and text[max(0, paragraph.start - 8):paragraph.start].rstrip() \
                .endswith(("：", ":")) and text[paragraph.end - 1] == "。":
            return _dun_list(text, paragraph.start, paragraph.end - 1)
        bullets = _bullets(structure, index)
        if bullets is not None:
            return bullets
        lines = _lines_block(structure, index, count)
        if lines is not None:
            return lines
    return None


def _paragraph_items(text: str, structure: Structure, first: int, style: str,
                     limit: int) -> Enumeration | None:
    """Paragraphs opened by markers of one style, 1, 2, 3 …, until a paragraph of a higher
    rank, a Markdown heading, a new list of the same style, or `limit`."""
    own_rank = marker_rank(text[structure.paragraphs[first].start:]) \
        if style in _HEADING_STYLES else None
    numbers: list[tuple[int, re.Match[str]]] = []
    for paragraph in structure.paragraphs[first:]:
        if paragraph.start >= limit:
            break
        if paragraph.rank is not None and paragraph.rank <= 6:
            break
        found = _marker(style, text, paragraph.start)
        if style in _INLINE_STYLES and _inline_markers(
                text, style, paragraph.start + (found[1].end() - paragraph.start if found else 0),
                paragraph.end):
            return None  # markers of the style inside paragraphs too: nested or mixed
        if found is not None:
            if found[0] == 1 and numbers:
                break  # a new list begins
            numbers.append(found)
            continue
        rank = marker_rank(text[paragraph.start:paragraph.end])
        if rank is not None and (own_rank is None or rank < own_rank):
            break
        if own_rank is None and paragraph.heading:
            break
    items = _sequence(numbers)
    return None if items is None else Enumeration("paragraphs", items)


def _headings(text: str, structure: Structure, first: int, limit: int) -> Enumeration | None:
    """The Markdown headings of the rank of the first one, until one of a higher rank."""
    rank = structure.paragraphs[first].rank
    items: list[Item] = []
    for paragraph in structure.paragraphs[first:]:
        if paragraph.start >= limit or paragraph.rank is not None and rank is not None \
                and paragraph.rank < rank:
            break
        if paragraph.rank == rank:
            line = text[paragraph.start:paragraph.end].lstrip("# ")
            items.append(Item(paragraph.start, paragraph.end, line[:20], len(items) + 1))
    return Enumeration("headings", tuple(items)) if len(items) >= 2 else None


def _under_heading(text: str, structure: Structure, index: int) -> Enumeration | None:
    """The items in the section of a heading that states a count."""
    end = structure.section_end(index)
    if index + 1 >= len(structure.paragraphs):
        return None
    return _following(text, structure, index + 1, StatedCount(0, 0, "", 0, ""),
                      PROSE_BEFORE_ITEMS, end)


def _listed(text: str, count: StatedCount, paragraph: Paragraph) -> Enumeration | None:
    """四个一批：谋划一批、开工一批、建设一批、竣工一批。 A 、-list right after the count that ends
    its sentence."""
    opener = re.match(r"[：:]|，?(?:即|包括|分别是|分别为)", text[count.end:paragraph.end])
    if opener is None:
        return None
    body_start = count.end + opener.end()
    stop = re.search(r"[。；;]|$", text[body_start:paragraph.end])
    assert stop is not None
    return _dun_list(text, body_start, body_start + stop.start())


def _dun_list(text: str, start: int, end: int) -> Enumeration | None:
    """Items split by 、, short and without commas; 和/及 in the last may join one more
    (A、B和C: 2 or 3 items).  None for anything else, or a list left open (…等)."""
    body = text[start:end]
    if not body or any(mark in body for mark in "，,：:（(“\"") or body.endswith("等") \
            or "、" not in body:
        return None
    pieces = body.split("、")
    if any(not piece or len(piece) > LIST_ITEM or _NUMERAL_PIECE.match(piece)
           for piece in pieces[:-1]) or not pieces[-1] or len(pieces[-1]) > LIST_ITEM:
        return None  # 第一、二轮: numerals joined, no items
    joins = len(re.findall(r"以及|和|及|与", pieces[-1]))
    items = []
    offset = start
    for number, piece in enumerate(pieces, start=1):
        items.append(Item(offset, offset + len(piece), piece, number))
        offset += len(piece) + 1
    return Enumeration("list", tuple(items), tuple(range(len(pieces), len(pieces) + joins + 1)))


def _bullets(structure: Structure, index: int) -> Enumeration | None:
    """Bulleted lines (- • ● ▪ *, then a space) from paragraph `index`, at the indentation of
    the first; deeper ones belong to an item, a shallower one or any other line ends them."""
    text = structure.text
    items: list[Item] = []
    indent = None
    for paragraph in structure.paragraphs[index:]:
        line_start = text.rfind("\n", 0, paragraph.start) + 1
        bullet = _BULLET.match(text, line_start)
        if bullet is None:
            break
        depth = len(bullet.group("indent").expandtabs(4))
        if indent is None:
            indent = depth
        if depth < indent:
            break
        if depth == indent:
            items.append(Item(bullet.end(), paragraph.end, text[bullet.end():bullet.end() + 20],
                              len(items) + 1))
    return Enumeration("bullets", tuple(items)) if len(items) >= 2 else None


def _lines_block(structure: Structure, index: int, count: StatedCount) -> Enumeration | None:
    """English: a block of at least two short lines, right after a line that ends in a colon
    with the count, no blank line between them, and a blank line after."""
    if not count.text or not count.text[0].isascii():
        return None
    paragraphs = structure.paragraphs
    text = structure.text
    if paragraphs[index - 1].end < count.end or not text[:paragraphs[index - 1].end].rstrip() \
            .endswith(":"):
        return None
    items: list[Item] = []
    for position in range(index, len(paragraphs)):
        paragraph = paragraphs[position]
        if items and paragraph.gap:
            break
        if paragraph.end - paragraph.start > 200:
            return None
        items.append(Item(paragraph.start, paragraph.end,
                          text[paragraph.start:paragraph.start + 30], len(items) + 1))
    else:
        return None  # the text ends inside the block: no blank line closes it
    return Enumeration("lines", tuple(items)) if len(items) >= 2 else None
