"""Extraction: a document's text to the figures it states.

One compiled pattern scans the text once.  Its alternatives, tried in order at each position,
are names with numerals in them (十三五, 五一), dates and years, and figures (qualifier, number,
scale, unit, qualifier).  Each figure match is then judged (ordinal? identifier? a bare
integer?) and named (the metric) from the words around it.  docs/figures.md is the convention.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from checker import tables
from checker.documents import Document
from checker.intervals import Interval
from checker.lang import zh
from checker.numerals import Numeral, parse_arabic, parse_chinese, tidy
from checker.numerals import scaled as scale_numeral
from checker.stops import WINDOW, Stops

QUALIFIERS = ("more_than", "at_least", "nearly", "about", "at_most", "less_than")
NEARLY_SHARE = Decimal("0.10")  # 近X: the figure lies in [X - 10% of X, X)
ABOUT_SHARE = Decimal("0.05")  # 约X: within 5% of X (or its rounding, if wider)


@dataclass(frozen=True)
class Figure:
    """One figure stated in a document."""

    document: str
    line: int
    column: int
    start: int
    end: int
    text: str
    value: Decimal
    unit: str | None
    scale: str | None
    qualifier: str | None
    interval: Interval
    place: Decimal  # value of the last shown digit, scale applied (1.38万 → 100)
    metric: str
    context: str
    kind: str
    # The part of the file it stands in, for formats whose lines a person does not see as
    # such: "page 3, line 7" (PDF), "paragraph 12", "table 1, row 2, cell 3" (Word); else "".
    where: str = ""

    @property
    def low(self) -> Decimal | None:
        return self.interval.low

    @property
    def high(self) -> Decimal | None:
        return self.interval.high

    @property
    def nominal(self) -> Interval:
        """The rounding interval of the number as written, ignoring the qualifier (a range:
        its two ends)."""
        if self.qualifier == "range":
            return self.interval
        half = self.place / 2
        return Interval(self.value - half, self.value + half, True, False)

    @property
    def location(self) -> str:
        """file:line:column, and the page or paragraph where the file has them."""
        place = f"{self.document}:{self.line}:{self.column}"
        return f"{place} ({self.where})" if self.where else place


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


def _alternation(words: object, not_before: dict[str, str] | None = None,
                 not_after: dict[str, str] | None = None) -> str:
    """An alternation of words, longest first; a word given in `not_before` or `not_after` is
    kept from matching where the characters next to it make it part of another word (列 not
    before 入: 列入; 计 not after 预: 预计)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):  # type: ignore[call-overload]
        part = re.escape(word)
        if not_after and not_after.get(word):
            part = f"(?<![{not_after[word]}])" + part
        if not_before and not_before.get(word):
            part += f"(?![{not_before[word]}])"
        parts.append(part)
    return "|".join(parts)


_AR = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_CN_CHARS = "〇零一二两三四五六七八九十百千万亿"
_CN = f"[{_CN_CHARS}]+(?:点[〇零一二三四五六七八九]+)?"
_SCALES = _alternation(zh.SCALES, {"千": zh.SCALE_NOT_BEFORE, "百": zh.SCALE_NOT_BEFORE})
_UNITS = _alternation(zh.UNITS, _UNIT_NOT_BEFORE)
_YEAR = r"(?:1[0-9]|20|21)[0-9]{2}"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
_CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
_CN_DAY = "(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DATE = (
    rf"{_YEAR}[-/.]{_MONTH}[-/.]{_DAY}(?![0-9])"
    rf"|{_YEAR}\s*[-—–~至到/]\s*(?:{_YEAR}|[0-9]{{2}})年?(?:{_alternation(zh.DATE_AFTER_YEAR)})?"
    r"|[0-9]{1,2}点(?:[0-9]{1,2}分|半)"
    rf"|{_YEAR}(?:{_alternation(zh.DATE_AFTER_YEAR)}|年)(?:{_MONTH}月(?:{_DAY}[日号])?)?"
    rf"|{_MONTH}\s*[-—–~至到]\s*{_MONTH}月"
    rf"|{_MONTH}月(?:{_DAY}[日号]|份|[上中下]旬|底|初|末|中)?"
    rf"|{_DAY}[日号](?![0-9])"
    rf"|[〇一二三四五六七八九]{{2,4}}年"
    rf"|{_CN_MONTH}月(?:{_CN_DAY}[日号])?"
    r"|[0-9]{1,2}[:：时][0-9]{2}分?"
)
_FIGURE = (
    rf"(?P<pre>{_alternation(zh.PREFIX_QUALIFIERS)})?"
    rf"(?:(?P<pct>{zh.PERCENT_PREFIX})(?P<pnum>{_AR}|{_CN})"
    rf"|(?P<den>{_AR}|{_CN})分之(?P<num>{_AR}|{_CN})|(?P<half>一半|半数)"
    rf"|(?P<cur>[{''.join(zh.CURRENCY_SIGNS)}])?"
    rf"(?<![A-Za-z0-9.])(?P<sign>(?<![0-9])[-+])?(?P<ar>{_AR})(?![A-Za-z0-9])|(?P<cn>{_CN}))"
    rf"(?P<suf1>{_alternation(zh.SUFFIX_QUALIFIERS)})?"
    rf"(?P<scale>{_SCALES})?"
    rf"(?P<suf2>余|多)?"
    rf"(?P<unit>(?:{_UNITS})(?:/(?:{_UNITS}))?|/(?:10万|十万|万|千|百万|10万人|万人|千人))?"
    rf"(?P<post>{_alternation(zh.POSTFIX_QUALIFIERS)})?"
)
_NAMES = _alternation(zh.NAMES)
# Every match begins with a digit, a numeral, a qualifier word or a name: the lookahead
# lets the regex engine skip all other positions at once (ten times faster on prose).
_FIRST = sorted(set("0123456789-+" + _CN_CHARS + "".join(zh.CURRENCY_SIGNS))
                | {w[0] for w in zh.PREFIX_QUALIFIERS}
                | {w[0] for w in zh.NAMES} | {zh.PERCENT_PREFIX[0]})
_PATTERN = re.compile(rf"(?=[{''.join(map(re.escape, _FIRST))}])"
                      rf"(?:(?P<name>{_NAMES})|(?P<date>{_DATE})|{_FIGURE})")
_NAME_SPANS = re.compile(
    r"“[^“”\n]{1,12}”|\"[^\"\n]{1,12}\"|「[^」\n]{1,12}」|『[^』\n]{1,12}』|《[^》\n]*》"
    r"|【[^】\n]{1,12}】|〈[^〉\n]*〉"
)
_FOLD = dict(zip(zh.FOLD_FROM, zh.FOLD_TO))
_FOLDABLE = re.compile(f"[{re.escape(zh.FOLD_FROM)}]")
_FIGURE_GROUPS = ("pre", "pct", "pnum", "cur", "sign", "ar", "cn", "suf1", "scale", "suf2",
                  "unit", "post")
_PLACE_UNITS = {"区", "县", "市", "省", "镇", "乡", "村"}
_LONE_PLACE_UNITS = {"名", "人", "位", "户", "家"}  # 千名劳动者, 百人以上: a bare 千/百 counts
# The head must end the phrase: 六个坚持。 is a name, 20个服务站 is a count.
_SLOGAN = re.compile(rf"(?:{_alternation(zh.SLOGAN_HEADS)})(?=\W|$|[的和与、])")
_ORDINAL_BEFORE = tuple(sorted(zh.ORDINAL_BEFORE, key=len, reverse=True))
_CONNECTORS = set(zh.SHARED_UNIT_CONNECTORS)
_ADDRESS = re.compile(r"[0-9]+号")
_UNIT_CELL = re.compile(rf"(?P<scale>{_SCALES})?(?P<unit>{_UNITS})")
_UNIT_IN_HEADER = re.compile(rf"[（(](?P<scale>{_SCALES})?(?P<unit>{_UNITS})[）)]")
_TABLE_UNIT = re.compile(
    rf"单位\s*[:：]\s*(?P<scale>{_SCALES})?(?P<unit>{_UNITS})(?=$|[\s,，、;；)）])",
    re.MULTILINE)
_LIST_JOINS = {"、", "和", "及", "与", "，", ",", "和和"}
_LIST_SPLIT = re.compile("[、和与及]")
_VAGUE_BEFORE = tuple(zh.VAGUE_BEFORE)
_TIME_OF_DAY = ("上午", "下午", "晚上", "早上", "凌晨", "中午", "傍晚", "晚", "早", "至", "到", "-",
                "—", "～", "~")
_SESSION_AFTER = tuple(zh.SESSION_AFTER)


class _Candidate(NamedTuple):
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


def extract(document: Document) -> list[Figure]:
    """Every figure in a document, in the order they stand."""
    text = document.text
    from checker.english import extract_english, is_english  # it builds on this module

    if is_english(text):
        return extract_english(document)
    # Folding by substitution: foldable characters are rare, so this beats str.translate.
    folded = _FOLDABLE.sub(lambda found: _FOLD[found.group()], text)
    candidates = _candidates(folded)
    return _name_figures(document, candidates)


def extract_text(text: str, path: str = "<text>") -> list[Figure]:
    """Convenience for tests and scripts: extract from a string."""
    return extract(Document.from_text(text, path))


# --- finding candidates ------------------------------------------------------------------

def _candidates(text: str) -> list[_Candidate]:
    name_spans = [(m.start(), m.end()) for m in _NAME_SPANS.finditer(text)]
    span_starts = [s for s, _ in name_spans]
    found: list[_Candidate] = []
    # Numbers with no unit yet, in a list that a later number may give one (12、15和20个;
    # 0.3、2.6和2.9个百分点).  Left without one, a decimal is a figure still; an integer not.
    pending: list[_Candidate] = []

    def settle() -> None:
        found.extend(c for c in pending if c.kind == "number")
        pending.clear()

    ordinal_end = -1  # where the last ordinal ended: 第1、2、3名 are all ordinals
    for match in _PATTERN.finditer(text):
        if match.group("name") is not None or match.group("date") is not None:
            settle()
            continue
        if _inside_name(match.start(), span_starts, name_spans):
            settle()
            continue
        if ordinal_end >= 0 and _connected(text, ordinal_end, match.start()):
            ordinal_end = match.end()
            continue
        candidate = _judge(text, match)
        if candidate is None:
            settle()
            ordinal_end = match.end() if text.endswith("第", 0, match.start()) else -1
            continue
        ordinal_end = -1
        if candidate.unit is None and candidate.kind in ("bare", "number") and tables.in_cell(
                text, match.start(), match.end()):
            candidate = _table_figure(text, match, candidate)
        if pending and not _connected(text, pending[-1].end, candidate.start):
            settle()
        if (candidate.unit is None and candidate.scale is None and candidate.qualifier is None
                and candidate.kind in ("bare", "number") and candidate.metric is None):
            pending.append(candidate)
            continue
        if pending and candidate.unit:
            found.extend(_share_unit(c, candidate) for c in pending)
            pending.clear()
        settle()
        found.append(candidate)
    settle()
    found.sort(key=lambda c: c.start)
    return _join_ranges(text, found)


_RANGE_JOINS = {"至", "到", "-", "—", "–", "~", "～", "——", "－", "－－"}


def _join_ranges(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """5%—6%, 3至5年, 10—15亿元: two numbers of one unit joined by 至/到/—/~ are one figure, a
    range from the first to the second (5%-6% too, where the pattern read -6%)."""
    joined: list[_Candidate] = []
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


def _table_figure(text: str, m: re.Match[str], bare: _Candidate) -> _Candidate:
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


def _inside_name(offset: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] < offset < spans[index][1]


def _connected(text: str, end: int, start: int) -> bool:
    between = text[end:start].strip()
    return between in _CONNECTORS


def _with_scale(numeral: Numeral, scale: str | None) -> Numeral:
    """The numeral times its scale word (万, 亿 …), if it has one."""
    return scale_numeral(numeral, zh.SCALES[scale]) if scale else numeral


def _share_unit(member: _Candidate, owner: _Candidate) -> _Candidate:
    """12、15和20个: a number in a list takes the unit (and scale) of the last one."""
    return member._replace(numeral=_with_scale(member.numeral, owner.scale),
                           scale=owner.scale, unit=owner.unit, kind=owner.kind)


def _judge(text: str, m: re.Match[str]) -> _Candidate | None:
    """A figure candidate from a pattern match, or None when it is not a figure."""
    prefix, pct, pnum, cur, sign, ar, cn, suf1, scale, suf2, unit, post = m.group(
        *_FIGURE_GROUPS)
    if m.group("den") or m.group("half"):
        return _fraction(m, prefix, post)
    raw_number = pnum or ar or cn
    number_start = m.start("pnum") if pct else m.start("ar") if ar else m.start("cn")
    if len(raw_number) > MAX_DIGITS:
        return None  # a run of digits this long is a code or noise, not a quantity
    is_arabic = bool(ar) or bool(pnum and pnum[0].isdigit())
    numeral = parse_arabic(raw_number) if is_arabic else parse_chinese(raw_number)
    if numeral is None:
        return None
    if sign:  # 自然增长率为-1.48‰, GDP +5.8%
        number_start = m.start("sign")
        if sign == "-":
            numeral = Numeral(-numeral.value, numeral.place, numeral.step)
    percent = bool(pct)
    unit = zh.UNIT_ALIASES.get(unit, unit) if unit else unit
    if cur and not unit:
        unit = zh.CURRENCY_SIGNS[cur]  # ￥300 is 300元
    if cur:
        number_start = m.start("cur")
    start = m.start("pct") if percent else number_start
    end = m.end()

    # Where the number stands: ordinals, identifiers, names.
    before = text[max(0, number_start - 6):number_start]
    if prefix and before.endswith(prefix):
        before = before[: -len(prefix)]
    if before.endswith(_ORDINAL_BEFORE):
        return None
    if not is_arabic:
        if numeral.digit_sequence:
            return None  # 二〇一九, 一二九: codes and years
        if raw_number in ("〇", "零"):
            return None  # 零部件
        if raw_number == "一" and not scale and zh.UNITS.get(unit or "") != "ratio":
            return None  # the article: 一批, 一张蓝图, 这一年 (but 约一成 is 10%)
        if all(ch in "十百千万亿" for ch in raw_number) and raw_number != "十" and not percent and (
                (unit not in _LONE_PLACE_UNITS and not (prefix and unit)
                 and not (unit and zh.POSTFIX_QUALIFIERS.get(post or "") in ("at_least", "at_most")))
                # 亿元以上, 亿元及以上: a threshold
                or before.endswith(_VAGUE_BEFORE)
                or (before.endswith(("（", "(")) and text.startswith(("）", ")"), m.end()))):
            return None  # 百家争鸣; 数百名, 上万人: no number stated; 人口（万人）: a unit
        if unit and unit.startswith("个") and _SLOGAN.match(text, m.end("unit")):
            return None  # 四个意识, 六个坚持
    if unit == "点" and (before.endswith(_TIME_OF_DAY) or text.startswith(
            ("钟", "半", "整", "至", "到", "-", "—", "～", "~"), m.end())):
        return None  # 上午8点, 8点半: a time of day, not index points
    if text.startswith("兑", m.end()) and numeral.value == 1:
        return None  # 1美元兑7.0467元: the base of an exchange rate
    if unit == "次" and text.startswith(_SESSION_AFTER, m.end()):
        return None  # 人大四次会议: a session
    if _ADDRESS.match(text, m.end()):
        return None  # 横七条12号: part of an address
    if unit and unit.split("/")[0] in _PLACE_UNITS and numeral.value > 1000:
        return None  # 12345市民热线: an identifier

    # Qualifiers.
    qualifier = None
    unbounded = False
    if prefix:
        if before[-1:] and before[-1] in zh.PREFIX_NOT_AFTER.get(prefix[-1], ""):
            prefix = None  # 最近, 制约: part of another word
        else:
            qualifier = zh.PREFIX_QUALIFIERS[prefix]
            unbounded = prefix in zh.UNBOUNDED_MORE_THAN
    if not prefix:
        start = m.start("pct") if percent else number_start
    else:
        start = m.start("pre")
    suffix = suf1 or suf2
    if suffix:
        qualifier = zh.SUFFIX_QUALIFIERS[suffix]
        unbounded = False
    if post == "多" and zh.UNITS.get(unit or "") != "duration":
        post, end = None, m.start("post")  # 5年多 is more than five years; 3万人多次 is not
    if post:
        if unit is None and not percent and scale is None and _is_integer(raw_number):
            post = None  # 市级以上: 以上 of a word, not a number
            end = m.start("post")
        else:
            qualifier = zh.POSTFIX_QUALIFIERS[post]
            unbounded = False

    # What kind of quantity.
    if percent:
        kind, unit = "percent", "%"
    elif unit and unit.startswith("/"):
        kind = "percent"  # 8.62/10万: a rate per 100,000
    elif unit:
        kind = zh.UNITS[unit.split("/")[0]]
    elif scale or (not is_arabic and any(ch in raw_number for ch in "万亿")):
        kind = "number"
    elif "." in raw_number or "点" in raw_number:
        line_start = text.rfind("\n", max(0, m.start() - WINDOW), m.start()) + 1
        if not text[line_start:m.start()].strip(" \u3000") and not tables.in_cell(
                text, m.start(), m.end()):
            return None  # 1.2 主要指标 at the start of a line: a section number
        kind = "number"
    else:
        kind = "bare"
    if kind == "duration":
        if (is_arabic and unit == "年" and "," not in raw_number and numeral.place == 1
                and 1000 <= numeral.value <= 2200 and not qualifier):
            return None  # a year the date pattern did not take
        if prefix in ("近",):
            qualifier, start = None, number_start  # 近五年: recent, not nearly
        if suffix == "来":
            qualifier = None
    if kind == "bare":
        return _Candidate(number_start, m.end("cn") if cn else m.end("ar"),
                          numeral, None, None, None, False, "bare")

    # Apply the scale.
    scaled = _with_scale(numeral, scale)
    if suffix == "来":
        qualifier = "about"
    if unit == "%" or unit == "‰":
        kind = "percent"
    return _Candidate(start, end, scaled, scale, unit, qualifier, unbounded, kind)


def _is_integer(raw_number: str) -> bool:
    """A number that is no figure by itself (an integer with no unit): 市级以上 has no 以上
    of a number, while 0.02以下 has."""
    return "." not in raw_number and "点" not in raw_number


def _fraction(m: re.Match[str], prefix: str | None, post: str | None) -> _Candidate | None:
    """三分之一, 4分之3, 一半: a share, its value the quotient to four decimal places."""
    if m.group("half"):
        value = Decimal("0.5")
        end = m.end("half")
    else:
        parts = []
        for group in ("den", "num"):
            raw = m.group(group)
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
    start = m.start("pre") if prefix else m.start("den") if m.group("den") else m.start("half")
    return _Candidate(start, end, Numeral(tidy(value), place, place), None, None,
                      qualifier, unbounded, "ratio")


def interval_of(numeral: Numeral, qualifier: str | None, unbounded: bool) -> Interval:
    """The interval a figure stands for: docs/figures.md, "The interval a figure stands for"."""
    raw = _raw_interval(numeral, qualifier, unbounded)
    if qualifier is None:
        return raw  # v ± place/2 of a tidy value is tidy
    return Interval(None if raw.low is None else tidy(raw.low),
                    None if raw.high is None else tidy(raw.high), raw.low_closed, raw.high_closed)


def range_interval(first: Numeral, second: Numeral) -> Interval:
    """The interval of a range: from its lower end to its upper end, both included."""
    low, high = sorted((first.value, second.value))
    return Interval(low, high, True, True)


def _raw_interval(numeral: Numeral, qualifier: str | None, unbounded: bool) -> Interval:
    value, place, step = numeral.value, numeral.place, numeral.step
    if qualifier is None:
        return Interval(value - place / 2, value + place / 2, True, False)
    if qualifier == "more_than":
        return Interval(value, None if unbounded else value + step, False, False)
    if qualifier == "at_least":
        return Interval(value, None, True, False)
    if qualifier == "nearly":
        return Interval(value - abs(value) * NEARLY_SHARE, value, True, False)
    if qualifier == "about":
        spread = max(place / 2, abs(value) * ABOUT_SHARE)
        return Interval(value - spread, value + spread, True, True)
    if qualifier == "at_most":
        return Interval(None, value, False, True)
    if qualifier == "less_than":
        return Interval(None, value, False, False)
    raise ValueError(qualifier)


# --- naming figures ----------------------------------------------------------------------

_CLAUSE_END = set("，。；：！？,;:!?\n\r∶")
_SEGMENT_END = _CLAUSE_END | set("、\t")
_SEGMENT_STOP = re.compile("[" + "".join(re.escape(c) for c in sorted(_SEGMENT_END)) + "]")
_SENTENCE_END = set("。；！？;!?\n")
_OPEN = "（("
_PARENTHESES = re.compile("[（()）]")
_CLOSE = "）)"
_QUOTE_CHARS = re.compile(f"[{re.escape(zh.QUOTES)} \u3000\xa0]")
_DATE_IN_WORDS = re.compile(f"(?=[0-9{_CN_CHARS}])(?:{_DATE})")
_LEAD = tuple(sorted(zh.METRIC_LEAD + ["来"], key=len, reverse=True))
_TRAIL = tuple(sorted(zh.METRIC_TRAIL, key=len, reverse=True))
_COMPARISON = tuple(sorted(zh.COMPARISON_WORDS, key=len, reverse=True))
# Leading words (never all of the words) and trailing words, trimmed in one pass.
_ENUMERATOR = r"[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}(?:是|、)"  # 1.教育支出, 二是
_ENDS_RE = re.compile(f"^(?:{_alternation(_LEAD + _COMPARISON, zh.METRIC_LEAD_NOT_BEFORE)}"
                      f"|{_ENUMERATOR})(?=.)"
                      f"|(?:{_alternation(_TRAIL, None, zh.METRIC_TRAIL_NOT_AFTER)})\\Z")
_COMPARISON_RE = re.compile(f"^(?:{_alternation(_COMPARISON)})")
# 能耗比上年下降3.8%: the comparison inside the words goes, the change stays (能耗下降);
# 同比 and 环比 stay, as they tell year-on-year from month-on-month.
_COMPARISON_BEFORE_CHANGE = re.compile(
    f"(?<=.)(?:{_alternation(set(_COMPARISON) - {'同比', '环比'})})"
    f"(?=(?:{_alternation(zh.CHANGE_WORDS)})\\Z)")
_CHANGE = set(zh.CHANGE_WORDS)
_GENERIC = set(zh.GENERIC_METRICS)
_SHARE_KINDS = ("percent", "points", "ratio")  # figures that are a share of something
_EMPTY = set(zh.METRIC_EMPTY)
_CHANGE_SUFFIX_RE = re.compile(f"(?<=.)(?:{_alternation(_CHANGE | set(zh.COMPARISON_WORDS))})\\Z")
# 中 ends a noun (企业中), except where it begins one (中国企业, 中小企业).
_BREAK = re.compile(_alternation(zh.METRIC_BREAK).replace("中", "中(?![国央华心小部共层型间医文])"))
_MAX_METRIC = 20
MAX_DIGITS = 24  # longer numerals are not figures (and would overflow exact arithmetic)
_AFTER_STOP = re.compile("[（()）《》]")
_CONJUNCTIONS = "和与及或、"
_AFTER_NOT_NOUN = set(_CONJUNCTIONS + "—–-～~至到")


def _name_figures(document: Document, found: list[_Candidate]) -> list[Figure]:
    original = document.text
    text = original  # metrics and contexts are named in the words as written
    bounds = _Boundaries.of(text)
    metrics: list[str] = []
    previous_metric = ""
    previous_sentence = -1
    for index, cand in enumerate(found):
        prev_end = found[index - 1].end if index else 0
        next_start = found[index + 1].start if index + 1 < len(found) else len(text)
        sentence = bounds.sentences.back_to(cand.start)
        if sentence != previous_sentence:
            previous_metric = ""
            previous_sentence = sentence
        metric = ""
        if cand.metric is not None:
            metric = cand.metric
        elif cand.kind != "duration":
            metric = _metric(text, bounds, cand, max(prev_end, sentence), next_start,
                             previous_metric)
            if metric and not _in_parentheses(text, sentence, cand.start):
                previous_metric = metric
        metrics.append(metric)
    _distribute_lists(text, bounds, found, metrics)
    figures: list[Figure] = []
    for cand, metric in zip(found, metrics):
        clause_start = bounds.clauses.back_to(cand.start)
        clause_end = bounds.clauses.forward_to(cand.end)
        line, column = document.position(cand.start)
        figures.append(Figure(
            document=document.path,
            line=line,
            column=column,
            start=cand.start,
            end=cand.end,
            text=original[cand.start:cand.end],
            value=(cand.numeral.value if cand.upper is None
                   else min(cand.numeral.value, cand.upper.value)),
            unit=cand.unit.replace("％", "%") if cand.unit else None,
            scale=cand.scale,
            qualifier=cand.qualifier,
            interval=(interval_of(cand.numeral, cand.qualifier, cand.unbounded)
                      if cand.upper is None else range_interval(cand.numeral, cand.upper)),
            place=cand.numeral.place,
            metric=metric,
            context=original[clause_start:clause_end].strip(),
            kind=cand.kind,
            where=document.where(cand.start),
        ))
    return figures


def _distribute_lists(text: str, bounds: _Boundaries, found: list[_Candidate],
                      metrics: list[str]) -> None:
    """城镇、农村居民人均可支配收入分别增长5.1%和7.6%: the n-th figure of a list after 分别
    belongs to the n-th subject before it (城镇居民人均可支配收入增长, 农村居民…增长).

    Parallel subjects share the head of the last one; the others name only what sets them
    apart, as many characters as the first one has (城镇 | 农村 + 居民人均可支配收入), or
    the first lends its modifier to the others (首批典型 + 县、镇、村); subjects of one length
    are whole names (出口、进口分别为…).
    """
    index = 0
    while index < len(found):
        end = index + 1
        while end < len(found) and text[found[end - 1].end:found[end].start].strip() in _LIST_JOINS:
            end += 1
        count = end - index
        if count >= 2:
            first = found[index]
            before = text[bounds.clauses.back_to(first.start):first.start]
            subject, marker, verb = before.rpartition("分别")
            subject, verb = _strip(subject), _strip(verb)
            items = [item for item in _LIST_SPLIT.split(subject) if item]
            if items and items[0].startswith("第"):  # 第一、二、三产业: 第二, 第三
                items = [items[0]] + [i if i.startswith("第") else "第" + i for i in items[1:]]
            change = next((words for words in (subject + verb, verb) if words in _CHANGE), "")
            if marker and len(items) == count:
                for offset, item in enumerate(items):
                    metrics[index + offset] = _list_item(items, offset) + change
            elif marker and len(subject) <= 2:
                _follow_figures_before(bounds, found, metrics, index, count, change)
        index = end


def _follow_figures_before(bounds: _Boundaries, found: list[_Candidate], metrics: list[str],
                           index: int, count: int, change: str) -> None:
    """城镇居民收入54188元，农村居民收入23119元，实际分别增长4.4%和6.3%: with no subjects
    before 分别, the list's figures follow the as many figures before it in the sentence, when
    those name different things and are of one kind or all levels (no shares)."""
    if index < count:
        return
    sentence = bounds.sentences.back_to(found[index].start)
    before = range(index - count, index)
    names = [_base(metrics[i]) for i in before]
    kinds = {found[i].kind for i in before}
    if (found[index - count].start >= sentence and all(names) and len(set(names)) == count
            and (len(kinds) == 1 or not kinds & set(_SHARE_KINDS))):
        for offset, name in enumerate(names):
            metrics[index + offset] = name + change


def _list_item(items: list[str], offset: int) -> str:
    """The full name of the offset-th of parallel subjects: the last one lends its head
    (城镇、农村居民收入 → 城镇居民收入), the first one its modifier (典型县、镇、村 → 典型镇)."""
    first, last, item = items[0], items[-1], items[offset]
    if len(last) > len(first) and offset < len(items) - 1:
        return item + last[len(first):]
    if len(last) < len(first) and offset > 0:
        return first[: len(first) - len(last)] + item
    return item


def _in_parentheses(text: str, floor: int, offset: int) -> bool:
    """True when an aside (…) is open at `offset`: its figures do not name what follows."""
    before = text[max(floor, offset - WINDOW):offset]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


@dataclass(frozen=True)
class _Boundaries:
    """Sentence, clause and segment stops of a text, found in one pass (each set holds the
    one before it: a sentence stop is a clause stop is a segment stop)."""

    sentences: Stops
    clauses: Stops
    segments: Stops

    @classmethod
    def of(cls, text: str) -> _Boundaries:
        segments = [found.start() for found in _SEGMENT_STOP.finditer(text)]
        clauses = [at for at in segments if text[at] in _CLAUSE_END]
        sentences = [at for at in clauses if text[at] in _SENTENCE_END]
        length = len(text)
        return cls(Stops.single(sentences, length), Stops.single(clauses, length),
                   Stops.single(segments, length))


def _metric(text: str, bounds: _Boundaries, cand: _Candidate, floor: int, ceiling: int,
            previous: str) -> str:
    """The words naming what a figure counts, from the words before or after it.

    After a measure word comes the noun it counts (选派1058名职工赴…); with none there, the
    noun stands before the number (职工之家1.38万家).  A percentage names its base after 的
    (90.4%的建会企业…).  A number after a bare change word (…，比上年增长2.3%) takes the
    metric of the last figure named in the sentence (without the change that one states),
    and a number with no words of its own before it (5%—6%, 17.01%和16.02%) takes that metric
    whole.
    """
    before = _words_before(text, bounds.segments.back_to(cand.start, floor), cand.start)
    after = _words_after(text, cand, min(bounds.segments.forward_to(cand.end), ceiling))
    if after and (cand.kind not in _SHARE_KINDS or len(before) <= 2
                  or text.startswith("的", cand.end)):  # 确保70%以上工会经费…; 赤字率拟按3%安排
        return after
    if previous and not before:
        return previous
    share = before.startswith("占") and before.endswith(tuple(_GENERIC))
    changed_rate = any(before.startswith(g) and before[len(g):] in _CHANGE  # 增速加快
                       for g in _GENERIC)
    if previous and (before in _GENERIC or before in _CHANGE or share or changed_rate):
        return _base(previous) + before  # 税收收入…，占…的比重为73.8%
    return before


def _base(metric: str) -> str:
    """A metric without the change it states: 工业增加值同比增长 → 工业增加值."""
    while True:
        trimmed = _CHANGE_SUFFIX_RE.sub("", metric, count=1)
        if trimmed == metric:
            return metric
        metric = trimmed


def _words_before(text: str, segment_start: int, start: int) -> str:
    words = text[segment_start:start]
    words = _drop_parentheses(words)
    words = _QUOTE_CHARS.sub("", _DATE_IN_WORDS.sub("", words))
    words = _strip(_COMPARISON_BEFORE_CHANGE.sub("", words))
    if "的" in words[:-1]:
        cut = words.rindex("的")
        tail = words[cut + 1:]
        if tail in _GENERIC and "占" in words[:cut]:
            words = words[:cut] + tail  # 民营经济占全市的比重 → 民营经济占全市比重
        elif len(tail) >= 3 or tail in _GENERIC:  # 成立之初的直属工会 → 直属工会; 达标的城市 stays
            words = tail
    words = _strip(words)
    return words[-_MAX_METRIC:]


def _strip(words: str) -> str:
    """Trim the words that surround a metric without naming it (其中…, …达到)."""
    while True:
        trimmed = _ENDS_RE.sub("", words)
        if trimmed == words:
            break
        words = trimmed
    words = _COMPARISON_RE.sub("", words, count=1)
    return "" if words in _EMPTY else words


def _drop_parentheses(words: str) -> str:
    """Drop closed (…) groups; inside an unclosed one, keep only its words (the figure
    stands inside it: …（其中双重管理会员26万人）)."""
    if not _PARENTHESES.search(words):
        return words
    groups: list[list[str]] = [[]]
    for ch in words:
        if ch in _OPEN:
            groups.append([])
        elif ch in _CLOSE:
            if len(groups) > 1:
                groups.pop()
        else:
            groups[-1].append(ch)
    return "".join(groups[-1])


def _words_after(text: str, cand: _Candidate, end: int) -> str:
    words = text[cand.end:end]
    words = _AFTER_STOP.split(words, maxsplit=1)[0]
    words = _QUOTE_CHARS.sub("", words)
    if cand.kind in _SHARE_KINDS and words.startswith("的"):
        return words[1:_MAX_METRIC + 1]
    if words.startswith("的") or words[:1] in _AFTER_NOT_NOUN:
        return ""  # 86.17亿元和个人所得税…, 5%—6%: what follows is the next item, not a noun
    for cut in _BREAK.finditer(words):
        if cut.start() == 0 or cut.start() >= 2:  # 大中城市: 中 one char in is no break
            words = words[: cut.start()]
            break
    return words[:12].rstrip(_CONJUNCTIONS)
