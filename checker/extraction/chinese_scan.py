"""Chinese extraction, first step: where the figures stand and what each says.

One compiled pattern scans the text once.  Its alternatives, tried in order at each position,
are names with numerals in them (十三五, 五一), dates and years, and figures (qualifier, number,
scale, unit, qualifier).  Each figure match is then judged (ordinal? identifier? a bare
integer?) into a `Candidate`, which `chinese_names` names.  docs/figures.md is the convention.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from checker.extraction import tables
from checker.extraction.figure import MAX_DIGITS
from checker.extraction.numerals import Numeral, parse_arabic, parse_chinese, tidy
from checker.extraction.numerals import scaled as scale_numeral
from checker.extraction.stops import WINDOW
from checker.extraction.words import alternation, led, trie
from checker.lang import zh

# --- the pattern -------------------------------------------------------------------------

_UNIT_NOT_BEFORE = {
    "市": "场民值委级区政长", "区": "域县内间别", "县": "城域级委", "省": "份级委会", "乡": "镇村",
    "村": "民委", "人": "民员才工大", "家": "庭属长乡", "名": "称单义列", "台": "湾阶", "种": "植类子",
    "支": "持援付出撑部", "起": "来步草", "成": "员果立功本交长绩都", "度": "过", "天": "津然",
    "处": "理置室", "例": "如会", "套": "餐", "门": "户槛", "片": "区", "克": "服", "款": "项",
    "条": "件例款", "类": "似", "组": "织成建", "队": "伍员", "份": "额", "期": "间待望盼限末工建项",
    "节": "约日能点", "首": "都次先席", "道": "路德理", "课": "题程", "班": "组子倒次", "本": "地市报领",
    "部": "分署长", "位": "于置", "次": "要序", "单": "位", "周": "边围期末", "米": "粮",
    "项": "目", "场": "所地馆景合", "点": "位", "对": "象于接", "头": "等", "批": "准示评",
    "股": "东份票权本市", "年": "龄级制期", "轮": "车汽摩电驱", "篇": "章", "册": "子", "张": "家",
    "列": "入为车出举表席明支", "尾": "巴声款矿气部端", "羽": "毛绒", "口": "岸罩径号腔子碑味头袋气",
    "眼": "睛光前里镜界", "桶": "装", "方": "面案式向法针便位正能阵舱志言",
}


_AR = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
CN_CHARS = "〇零一二两三四五六七八九十百千万亿"
# (a 千 that begins a unit ends the numeral: 两千万千瓦 is 2000万 千瓦, not 2000.1万 瓦)
_CN = f"(?:(?!千[瓦米克卡伏帕])[{CN_CHARS}])+(?:点[〇零一二三四五六七八九]+)?"
# The word lists are tries (words.trie): the regex engine tries one branch per first
# character at each figure, not each of 200 measure words in turn; they match the same.
_SCALES = (trie(zh.SCALES, {"千": zh.SCALE_NOT_BEFORE, "百": zh.SCALE_NOT_BEFORE})
           + f"|(?:{alternation(zh.MONEY_ONLY_SCALES)})(?=(?:{alternation(zh.MONEY_AFTER_SCALE)}))")
_SCALE_VALUES = {**zh.SCALES, **zh.MONEY_ONLY_SCALES}
_UNITS = led(zh.UNITS, trie(zh.UNITS, _UNIT_NOT_BEFORE))
_YEAR = r"(?:1[0-9]|20|21)[0-9]{2}"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
_CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
_CN_DAY = "(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
DATE = (
    rf"{_YEAR}[-/.]{_MONTH}[-/.]{_DAY}(?![0-9])"
    rf"|{_YEAR}\s*[-—–~至到/]\s*(?:{_YEAR}|[0-9]{{2}})年?(?:{alternation(zh.DATE_AFTER_YEAR)})?"
    r"|[0-9]{1,2}点(?:[0-9]{1,2}分|半)"
    rf"|{_YEAR}(?:{alternation(zh.DATE_AFTER_YEAR)}|年)(?:{_MONTH}月(?:{_DAY}[日号])?)?"
    rf"|{_MONTH}\s*[-—–~至到]\s*{_MONTH}月"
    rf"|{_MONTH}月(?:{_DAY}[日号]|份|[上中下]旬|底|初|末|中)?"
    rf"|{_DAY}[日号](?![0-9])"
    rf"|[〇一二三四五六七八九]{{2,4}}年"
    rf"|{_CN_MONTH}月(?:{_CN_DAY}[日号])?"
    r"|[0-9]{1,2}[:：时][0-9]{2}分?"
)
_FIGURE = (
    rf"(?P<pre>{trie(zh.PREFIX_QUALIFIERS)})?"
    rf"(?:(?P<pct>{zh.PERCENT_PREFIX})(?P<pnum>{_AR}|{_CN})"
    rf"|(?P<den>{_AR}|{_CN})分之(?P<num>{_AR}|{_CN})|(?P<half>一半|半数)"
    rf"|(?P<cur>[{''.join(zh.CURRENCY_SIGNS)}])?"
    rf"(?<![A-Za-z0-9._])(?P<sign>(?<![0-9])[-+])?(?P<ar>{_AR})(?![A-Za-z0-9_])|(?P<cn>{_CN}))"
    rf"(?P<suf1>{alternation(zh.SUFFIX_QUALIFIERS)}"
    rf"|(?:{alternation(zh.SCALE_SUFFIX_QUALIFIERS)})(?={_SCALES}))?"
    rf"(?P<scale>{_SCALES})?"
    rf"(?P<suf2>余|多)?"
    rf"(?P<unit>(?:{_UNITS})(?:/(?:{_UNITS}|{alternation(zh.PER_ONLY)}))?"
    rf"|/(?:10万|十万|万|千|百万|10万人|万人|千人))?"
    # 两成五, 九成三: tenths of a 成 after it (25%, 93%)
    rf"(?P<tenth>(?<=成)[一二三四五六七八九](?![0-9〇零一二两三四五六七八九十百千万亿]))?"
    rf"(?P<post>{trie(zh.POSTFIX_QUALIFIERS)})?"
)
_NAMES = led(zh.NAMES, trie(zh.NAMES))
# Every match begins with a digit, a numeral, a qualifier word or a name: the lookahead
# lets the regex engine skip all other positions at once (ten times faster on prose).
_FIRST = sorted(set("0123456789-+" + CN_CHARS + "".join(zh.CURRENCY_SIGNS))
                | {w[0] for w in zh.PREFIX_QUALIFIERS}
                | {w[0] for w in zh.NAMES} | {zh.PERCENT_PREFIX[0]})
_PATTERN = re.compile(rf"(?=[{''.join(map(re.escape, _FIRST))}])"
                      rf"(?:(?P<name>{_NAMES})|(?P<date>{DATE})|{_FIGURE})")
# (a 【】 that opens with a digit holds a figure: 【5696亿元】全区地区生产总值)
# (a quote that holds a figure with its unit quotes a statement: GDP“增长4.5%左右”, no name)
_QUOTED_FIGURE = r"(?![^“”「」『』\"\n]{0,12}?[0-9][0-9.]*(?:%|％|万|亿|[个家人元件项倍]))"
_NAME_SPANS = re.compile(
    rf"“{_QUOTED_FIGURE}[^“”\n]{{1,12}}”|\"{_QUOTED_FIGURE}[^\"\n]{{1,12}}\""
    rf"|「{_QUOTED_FIGURE}[^」\n]{{1,12}}」|『{_QUOTED_FIGURE}[^』\n]{{1,12}}』|《[^》\n]*》"
    r"|【(?![0-9])[^】\n]{1,12}】|〈[^〉\n]*〉"
)
_NOT_FIGURES = ("name", "date")  # matches of the pattern that are no figure
_PLACE_UNITS = {"区", "县", "市", "省", "镇", "乡", "村"}
_LONE_PLACE_UNITS = {"名", "人", "位", "户", "家"}  # 千名劳动者, 百人以上: a bare 千/百 counts
# The head must end the phrase: 六个坚持。 is a name, 20个服务站 is a count.
_SLOGAN = re.compile(rf"(?:{alternation(zh.SLOGAN_HEADS)})(?=\W|$|[的和与、])")
_ORDINAL_BEFORE = tuple(sorted(zh.ORDINAL_BEFORE, key=len, reverse=True))
# their last characters: a set look-up rules out most numbers before the words are tried
_ORDINAL_ENDS = frozenset(word[-1] for word in _ORDINAL_BEFORE)
_CONNECTORS = set(zh.SHARED_UNIT_CONNECTORS)
_ADDRESS = re.compile(r"[0-9]+号")
_DIGITS = frozenset("0123456789")  # what an _ADDRESS match starts with
_UNIT_CELL = re.compile(rf"(?P<scale>{_SCALES})?(?P<unit>{_UNITS})")
_UNIT_IN_HEADER = re.compile(rf"[（(](?P<scale>{_SCALES})?(?P<unit>{_UNITS})[）)]")
_TABLE_UNIT = re.compile(
    rf"单位\s*[:：]\s*(?P<scale>{_SCALES})?(?P<unit>{_UNITS})(?=$|[\s,，、;；)）])",
    re.MULTILINE)
_VAGUE_BEFORE = tuple(zh.VAGUE_BEFORE)
_TIME_OF_DAY = ("上午", "下午", "晚上", "早上", "凌晨", "中午", "傍晚", "晚", "早", "至", "到", "-",
                "—", "～", "~")
_SESSION_AFTER = tuple(zh.SESSION_AFTER)
_PHASE_AFTER = tuple(zh.PHASE_AFTER)
_CLOSING_QUOTES = ("”", "’", "」", "』", "\"")
_MEASURED_YEARS = re.compile(alternation(zh.MEASURED_YEARS))
_CLAUSE_STOPS = "，。；：！？,;!?\n"
_PROGRAMME_AFTER = tuple(zh.PROGRAMME_AFTER)
_ONE_DURATION_BEFORE = tuple(zh.ONE_DURATION_BEFORE)
_ONE_DURATION_AFTER = tuple(zh.ONE_DURATION_AFTER)


class Candidate(NamedTuple):
    """A figure before it is named: where it stands and what it says."""

    start: int
    end: int
    numeral: Numeral
    scale: str | None
    unit: str | None
    qualifier: str | None
    unbounded: bool
    kind: str
    metric: str | None = None  # named already: a table cell takes its row and column names
    upper: Numeral | None = None  # a range (5%—6%, 3至5年): its second end


# --- finding candidates ------------------------------------------------------------------

def candidates(text: str) -> list[Candidate]:
    name_spans = [m.span() for m in _NAME_SPANS.finditer(text)]
    # the last name span that starts by the match at hand: the matches come in order, so it
    # is found by moving on from the one before, not by a search for each match
    span = 0
    found: list[Candidate] = []
    # Numbers with no unit yet, in a list that a later number may give one (12、15和20个;
    # 0.3、2.6和2.9个百分点).  Left without one, a decimal is a figure still; an integer not.
    pending: list[Candidate] = []

    def settle() -> None:  # called where `pending` holds some (most often it holds none)
        found.extend(c for c in pending if c.kind == "number")
        pending.clear()

    ordinal_end = -1  # where the last ordinal ended: 第1、2、3名 are all ordinals
    for match in _PATTERN.finditer(text):
        if match.lastgroup in _NOT_FIGURES:  # the group of a name or a date encloses all
            if pending:
                settle()
            continue
        offset = match.start()
        if name_spans:
            while span + 1 < len(name_spans) and name_spans[span + 1][0] <= offset:
                span += 1
            if name_spans[span][0] < offset < name_spans[span][1]:  # inside a name
                if pending:
                    settle()
                continue
        if ordinal_end >= 0 and _connected(text, ordinal_end, offset):
            ordinal_end = match.end()
            continue
        candidate = _judge(text, match)
        if candidate is None:
            if pending:
                settle()
            ordinal_end = match.end() if text.endswith("第", 0, offset) else -1
            continue
        ordinal_end = -1
        if candidate.unit is None and candidate.kind in ("bare", "number") and tables.in_cell(
                text, offset, match.end()):
            candidate = _table_figure(text, match, candidate)
        if pending and not _connected(text, pending[-1].end, candidate.start):
            settle()
        if (candidate.unit is None and candidate.scale is None and candidate.qualifier is None
                and candidate.kind in ("bare", "number") and candidate.metric is None):
            pending.append(candidate)
            continue
        if pending:
            if candidate.unit:
                found.extend(_share_unit(c, candidate) for c in pending)
                pending.clear()
            else:
                settle()
        found.append(candidate)
    if pending:
        settle()
    found.sort(key=lambda c: c.start)
    return _join_ranges(text, found)


_RANGE_JOINS = {"至", "到", "-", "—", "–", "~", "～", "——", "－", "－－"}


def _join_ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """5%—6%, 3至5年, 10—15亿元: two numbers of one unit joined by 至/到/—/~ are one figure, a
    range from the first to the second (5%-6% too, where the pattern read -6%)."""
    joined: list[Candidate] = []
    for cand in found:
        first = joined[-1] if joined else None
        if (first is None or first.upper is not None or first.unit != cand.unit
                or first.kind != cand.kind or first.qualifier or cand.qualifier
                or first.metric is not None or cand.metric is not None):
            joined.append(cand)
            continue
        between = text[first.end:cand.start].strip()
        upper = cand.numeral
        if not between and text.startswith(("-", "－"), cand.start) and upper.value < 0:
            upper = upper._replace(value=-upper.value)  # 5%-6%: the dash joins, no minus
        elif between not in _RANGE_JOINS:
            joined.append(cand)
            continue
        joined[-1] = first._replace(end=cand.end, upper=upper, qualifier="range",
                                    scale=cand.scale or first.scale)
    return joined


def _table_figure(text: str, m: re.Match[str], bare: Candidate) -> Candidate:
    """A number alone in a table cell is a figure, named by its row's first cell and its
    column's header.  Its unit comes from the column header (比上年增长（%）, 产量（万吨）),
    else from a unit cell to its left (商品煤 | 万吨 | 8,652.3 | 8,417.6), else from its row's
    first cell (人口（万人） | 1200), else from a unit stated for the whole table above it
    (单位：亿元).  Rows of years are headers, not figures."""
    numeral = bare.numeral
    cells, column = tables.row_at(text, bare.start)
    unit_left = next((found for found in (_UNIT_CELL.fullmatch(cell)
                                          for cell in reversed(cells[1:column])) if found), None)
    row_unit = _UNIT_IN_HEADER.search(cells[0])
    if unit_left is None and row_unit is None and tables.years_row(cells):
        return bare  # 年份 | 2019 | 2020: a header of years
    header = tables.header_of(text, bare.start, len(cells), column)
    name = cells[0] + (f"（{header}）" if header else "")
    unit_cell = ((_UNIT_IN_HEADER.search(header) if header else None) or unit_left or row_unit
                 or _TABLE_UNIT.search(tables.lines_above(text, bare.start, len(cells))))
    if unit_cell is None or bare.unit is not None:
        return bare._replace(kind="number" if bare.kind == "bare" else bare.kind, metric=name)
    scale, unit = unit_cell.group("scale"), unit_cell.group("unit")
    scaled = _with_scale(numeral, scale)
    kind = "percent" if unit in ("%", "‰") else zh.UNITS[unit.split("/")[0]]
    return bare._replace(numeral=scaled, scale=scale, unit=unit, kind=kind, metric=name)


def _connected(text: str, end: int, start: int) -> bool:
    between = text[end:start].strip()
    return between in _CONNECTORS


def _with_scale(numeral: Numeral, scale: str | None) -> Numeral:
    """The numeral times its scale word (万, 亿 …), if it has one."""
    return scale_numeral(numeral, _SCALE_VALUES[scale]) if scale else numeral


def _share_unit(member: Candidate, owner: Candidate) -> Candidate:
    """12、15和20个: a number in a list takes the unit (and scale) of the last one."""
    return member._replace(numeral=_with_scale(member.numeral, owner.scale),
                           scale=owner.scale, unit=owner.unit, kind=owner.kind)


class _Number(NamedTuple):
    """The number of a figure match, read."""

    raw: str  # as written, without sign or currency
    numeral: Numeral  # signed, no scale applied
    arabic: bool
    start: int  # where it starts, with its sign or currency sign


class _Groups(NamedTuple):
    """The groups of a match of _PATTERN, in its order, read at once: the judging of a match
    reads most of them, and a look-up by name for each costs several times as much."""

    name: str | None
    date: str | None
    pre: str | None
    pct: str | None
    pnum: str | None
    den: str | None
    num: str | None
    half: str | None
    cur: str | None
    sign: str | None
    ar: str | None
    cn: str | None
    suf1: str | None
    scale: str | None
    suf2: str | None
    unit: str | None
    tenth: str | None
    post: str | None


assert tuple(_PATTERN.groupindex) == _Groups._fields  # (and so in the pattern's order)


def _judge(text: str, m: re.Match[str]) -> Candidate | None:
    """A figure candidate from a pattern match, or None when it is not a figure: read the
    number, rule out the places where a number states no quantity, read its qualifier and
    the kind of quantity it states."""
    g = _Groups._make(m.groups())
    if g.den or g.half:
        return _fraction(m, g)
    number = _number(m, g)
    if number is None:
        return None
    unit = _unit(g)
    before = _before(text, g, number.start)
    if _states_no_quantity(text, m, g, number, unit, before):
        return None
    kind_and_unit = _kind(text, m, g, number, unit)
    if kind_and_unit is None:
        return None
    if kind_and_unit[0] == "bare":  # a bare integer has no qualifier: none is read
        return Candidate(number.start, m.end("cn") if g.cn else m.end("ar"),
                         number.numeral, None, None, None, False, "bare")
    return _candidate(m, g, number, *kind_and_unit, before)


def _number(m: re.Match[str], g: _Groups) -> _Number | None:
    """The number as written, parsed and signed; None for a run of digits too long to be a
    quantity (a code or noise) or a numeral that does not parse."""
    pct, pnum, ar, cn, sign, currency = g.pct, g.pnum, g.ar, g.cn, g.sign, g.cur
    raw = pnum or ar or cn
    assert raw is not None  # (a figure match that is no fraction holds one of them)
    start = m.start("pnum") if pct else m.start("ar") if ar else m.start("cn")
    if len(raw) > MAX_DIGITS:
        return None
    arabic = bool(ar) or bool(pnum and pnum[0].isdigit())
    numeral = parse_arabic(raw) if arabic else parse_chinese(raw)
    if numeral is None:
        return None
    if sign:  # 自然增长率为-1.48‰, GDP +5.8%
        start = m.start("sign")
        if sign == "-":
            numeral = Numeral(-numeral.value, numeral.place, numeral.step)
    if currency:
        start = m.start("cur")
    return _Number(raw, numeral, arabic, start)


def _unit(g: _Groups) -> str | None:
    """The measure word as normalised, or the currency of a sign before the number (￥300 is
    300元)."""
    unit, currency = g.unit, g.cur
    unit = zh.UNIT_ALIASES.get(unit, unit) if unit else unit
    if currency and not unit:
        unit = zh.CURRENCY_SIGNS[currency]
    return unit


def _before(text: str, g: _Groups, number_start: int) -> str:
    """The few characters before the number, without its qualifier word."""
    before = text[max(0, number_start - 6):number_start]
    prefix = g.pre
    if prefix and before.endswith(prefix):
        before = before[: -len(prefix)]
    return before


def _states_no_quantity(text: str, m: re.Match[str], g: _Groups, number: _Number,
                        unit: str | None, before: str) -> bool:
    """Ordinals, identifiers, names, times of day: numbers that state no quantity."""
    numeral = number.numeral
    if before[-1:] in _ORDINAL_ENDS and before.endswith(_ORDINAL_BEFORE):
        return True
    if not number.arabic and _chinese_numeral_states_no_quantity(text, m, g, number, unit,
                                                                 before):
        return True
    if unit == "点" and (before.endswith(_TIME_OF_DAY) or text.startswith(
            ("钟", "半", "整", "至", "到", "-", "—", "～", "~"), m.end())):
        return True  # 上午8点, 8点半: a time of day, not index points
    if text.startswith("兑", m.end()) and numeral.value == 1:
        return True  # 1美元兑7.0467元: the base of an exchange rate
    if unit == "次" and text.startswith(_SESSION_AFTER, m.end()):
        return True  # 人大四次会议: a session
    if zh.UNITS.get(unit or "") == "duration" and text.startswith(_PROGRAMME_AFTER, m.end()):
        return True  # 三年行动, 五年规划: the name of a programme
    if text[m.end():m.end() + 1] in _DIGITS and _ADDRESS.match(text, m.end()):
        return True  # 横七条12号: part of an address
    # 12345市民热线: an identifier
    return unit is not None and unit.split("/")[0] in _PLACE_UNITS and numeral.value > 1000


def _chinese_numeral_states_no_quantity(text: str, m: re.Match[str], g: _Groups,
                                        number: _Number, unit: str | None, before: str) -> bool:
    raw, numeral = number.raw, number.numeral
    prefix, pct, scale, post = g.pre, g.pct, g.scale, g.post
    if numeral.digit_sequence:
        return True  # 二〇一九, 一二九: codes and years
    if raw in ("〇", "零"):
        return True  # 零部件
    if raw == "一" and not scale and zh.UNITS.get(unit or "") != "ratio" and not (
            zh.UNITS.get(unit or "") == "duration" and _states_one_duration(text, m, g, before)):
        return True  # the article: 一批, 一张蓝图, 关键一年 (but 约一成 is 10%, 过去一年 a year)
    if all(ch in "十百千万亿" for ch in raw) and raw != "十" and not pct and (
            (unit not in _LONE_PLACE_UNITS and not (prefix and unit) and not raw.startswith("十")
             and not (unit and zh.POSTFIX_QUALIFIERS.get(post or "") in ("at_least", "at_most")))
            # 亿元以上, 亿元及以上: a threshold
            or before.endswith(_VAGUE_BEFORE)
            or (before.endswith(("（", "(")) and text.startswith(("）", ")"), m.end()))):
        # 百家争鸣; 数百名, 上万人: no number stated; 人口（万人）: a unit.  十万, 十亿 state
        # tens of a scale, where 百家 and 千万 (an adverb) do not; 数十万 stays vague.
        return True
    if unit == "期" and (before.endswith(_CLOSING_QUOTES)
                        or text.startswith(_PHASE_AFTER, m.end())):
        return True  # 机场三期扩建, “三北”六期: a phase of a project
    # 四个意识, 六个坚持
    return bool(unit and unit.startswith("个") and _SLOGAN.match(text, m.end("unit")))


def _states_one_duration(text: str, m: re.Match[str], g: _Groups, before: str) -> bool:
    """一年, 一个月 as a duration of one (过去一年, 一年来, 一年多, 不到一年), not the article
    (关键一年, 最大的一年) nor a time (这一年: that year)."""
    return (bool(g.pre) or before.endswith(_ONE_DURATION_BEFORE)
            or text.startswith(_ONE_DURATION_AFTER, m.end("unit")))


def _kind(text: str, m: re.Match[str], g: _Groups, number: _Number, unit: str | None,
          ) -> tuple[str, str | None] | None:
    """What kind of quantity the figure states, with its unit (a percentage's is %); `bare`
    for an integer with nothing to say what it counts; None for a section number."""
    raw = number.raw
    pct, scale = g.pct, g.scale
    if pct:
        return "percent", "%"
    if unit and unit.startswith("/"):
        return "percent", unit  # 8.62/10万: a rate per 100,000
    if unit == "年" and _measured(text, m.start()):
        return "measure", unit  # 人均受教育年限达到11.7年: an average, not a period
    if unit:
        return zh.UNITS[unit.split("/")[0]], unit
    if scale or (not number.arabic and any(ch in raw for ch in "万亿")):
        return "number", unit
    if "." in raw or "点" in raw:
        line_start = text.rfind("\n", max(0, m.start() - WINDOW), m.start()) + 1
        if not text[line_start:m.start()].strip(" \u3000") and not tables.in_cell(
                text, m.start(), m.end()):
            return None  # 1.2 主要指标 at the start of a line: a section number
        return "number", unit
    return "bare", unit


def _measured(text: str, offset: int) -> bool:
    """Whether the clause before `offset` names a measure counted in years (受教育年限): looked
    for in the window first, the clause's start found only where the window has one."""
    return (_MEASURED_YEARS.search(text, max(0, offset - WINDOW), offset) is not None
            and _MEASURED_YEARS.search(text, _clause_start(text, offset), offset) is not None)


def _clause_start(text: str, offset: int) -> int:
    """Where the clause that `offset` stands in begins (at most WINDOW characters back)."""
    floor = max(0, offset - WINDOW)
    return max(text.rfind(stop, floor, offset) for stop in _CLAUSE_STOPS) + 1 or floor


def _candidate(m: re.Match[str], g: _Groups, number: _Number, kind: str, unit: str | None,
               before: str) -> Candidate | None:
    """The candidate: the qualifier words before and after the number read (超过, 近, 约; 余,
    多, 以上, 左右), its scale applied; durations read their qualifiers their own way."""
    prefix, pct, suf1, scale, suf2, post = g.pre, g.pct, g.suf1, g.scale, g.suf2, g.post
    qualifier = None
    unbounded = False
    end = m.end()
    if prefix:
        if before[-1:] and before[-1] in zh.PREFIX_NOT_AFTER.get(prefix[-1], ""):
            prefix = None  # 最近, 制约: part of another word
        else:
            qualifier = zh.PREFIX_QUALIFIERS[prefix]
            unbounded = prefix in zh.UNBOUNDED_MORE_THAN
    if not prefix:
        start = m.start("pct") if pct else number.start
    else:
        start = m.start("pre")
    suffix = suf1 or suf2  # the qualifier word right after the number or its scale (余, 多, 来)
    if suffix:
        qualifier = zh.SUFFIX_QUALIFIERS.get(suffix) or zh.SCALE_SUFFIX_QUALIFIERS[suffix]
        unbounded = False
    if post == "多" and zh.UNITS.get(unit or "") not in ("duration", "ratio"):
        # 5年多 is more than five years, 三成多 more than 30%; 3万人多次 is not
        post, end = None, m.start("post")
    if post:
        if unit is None and not pct and scale is None and _bare_integer(number.raw):
            end = m.start("post")  # 市级以上: 以上 of a word, not a number
        else:
            qualifier = zh.POSTFIX_QUALIFIERS[post]
            unbounded = False
    numeral = number.numeral
    tenth = g.tenth
    if tenth:  # 两成五: 2.5成, told to a tenth
        place = Decimal("0.1")
        digit = parse_chinese(tenth)
        assert digit is not None  # the pattern took one of 一 to 九
        numeral = Numeral(numeral.value + digit.value * place, place, place)
    if kind == "duration":
        if (number.arabic and unit == "年" and "," not in number.raw and numeral.place == 1
                and 1000 <= numeral.value <= 2200 and not qualifier):
            return None  # a year the date pattern did not take
        if prefix in ("近",):
            qualifier, start = None, number.start  # 近五年: recent, not nearly
        if suffix == "来":
            qualifier = None
    if suffix == "来":
        qualifier = "about"
    if unit == "%" or unit == "‰":
        kind = "percent"
    return Candidate(start, end, _with_scale(numeral, scale), scale, unit, qualifier, unbounded,
                     kind)


_SCALE_WORD = re.compile("[万亿萬億]")


def _bare_integer(raw_number: str) -> bool:
    """A number that is no figure by itself (an integer with no unit, no decimals and no
    scale word): 市级以上 has no 以上 of a number, while 0.02以下 and 一万亿以上 (a sum told in
    its scale word) have."""
    return ("." not in raw_number and "点" not in raw_number
            and not _SCALE_WORD.search(raw_number))


def _fraction(m: re.Match[str], g: _Groups) -> Candidate | None:
    """三分之一, 4分之3, 一半: a share, its value the quotient to four decimal places."""
    prefix, post = g.pre, g.post
    if g.half:
        value = Decimal("0.5")
        end = m.end("half")
    else:
        parts = []
        for raw in (g.den, g.num):
            assert raw is not None  # the pattern took both
            parts.append(parse_arabic(raw) if raw[0].isdigit() else parse_chinese(raw))
        denominator, numerator = parts
        if denominator is None or numerator is None or not denominator.value:
            return None
        value = (numerator.value / denominator.value).quantize(Decimal("0.0001"))
        end = m.end("num")
    qualifier = zh.PREFIX_QUALIFIERS.get(prefix) if prefix else None
    unbounded = prefix in zh.UNBOUNDED_MORE_THAN
    if post and m.start("post") == end and post in zh.POSTFIX_QUALIFIERS:
        qualifier, unbounded, end = zh.POSTFIX_QUALIFIERS[post], False, m.end("post")
    place = Decimal("0.0001")
    start = m.start("pre") if prefix else m.start("den") if g.den else m.start("half")
    return Candidate(start, end, Numeral(tidy(value), place, place), None, None,
                      qualifier, unbounded, "ratio")
