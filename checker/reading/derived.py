"""Figures a document states together with the figures they follow from.

Read only where one sentence says it all, the figures next to each other:

- a change with both ends: 从1.2万家增加到1.5万家，增长25% (or …，增加3000家; 从40.3%提高到
  45.4%，提高5.1个百分点): the stated change follows from the two ends;
- a level with its change: 城镇新增就业52万人，比上年增加2万人，增长4%: the growth follows
  from the level and the increase; 达到1.5万家，比2020年的1.2万家增长25%: from both levels;
- a part with its share of a total stated with it: 地区生产总值5000亿元，其中第三产业2500亿元，
  占地区生产总值比重50% (or "…, accounting for 50% of the total").

Average yearly rates (年均, a year on average) and multiples (倍) are left alone: how many years,
and whether 增长3倍 means 3 or 4 times, the sentence does not say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from checker.extraction import Figure
from checker.extraction.intervals import Interval
from checker.reading.parts import Breakdown

UP = ("增加", "增长", "提高", "提升", "上升", "扩大", "增至", "升至", "提高至", "rose", "increased",
      "grew", "up")
DOWN = ("减少", "下降", "降低", "回落", "缩小", "降至", "减至", "fell", "decreased", "declined",
        "down")
AVERAGE = ("年均", "平均每年", "每年", "a year", "per year", "annual", "倍", "times")
# Growth of output is stated in real terms (at comparable prices) by convention, its levels in
# current prices: a rate of these does not follow from their levels.
REAL_MEASURES = ("生产总值", "增加值", "经济总量", "GDP", "GVA", "gross domestic", "output",
                 "value added")
# Growth on an adjusted basis (at comparable prices, on the same basis) is not the change of
# the levels as stated.
ADJUSTED = ("可比", "实际", "口径", "real terms", "like-for-like")
SHARE_BASES = ("", "总量", "总数", "总额", "全部", "总")
# Any word of AVERAGE or ADJUSTED in a span: one search, asked around every figure
_AVERAGED = re.compile("|".join(map(re.escape, AVERAGE + ADJUSTED)))
_CHANGE = "|".join(sorted(UP + DOWN, key=len, reverse=True))
# From one end to the other: 从A增加到B, 由A提高至B (a year and 的 may stand before each end).
_FROM = re.compile(r"[从由]\s*(?:[0-9]{4}年(?:底|末)?的?)?$")
_TO = re.compile(rf"^\s*(?P<verb>{_CHANGE})?[到至]\s*(?:[0-9]{{4}}年(?:底|末)?的?)?$")
# …B，增长C / B、提高C个百分点 / B (up C%)
_THEN = re.compile(rf"^\s*[，,、（(]\s*(?:同比|比上年|比去年|较上年|较去年)?(?P<verb>{_CHANGE})了?\s*$")
_DIRECT = re.compile(rf"^\s*(?P<verb>{_CHANGE})了?\s*$")
# Level B，比上年增加D
_BY = re.compile(rf"^\s*[，,、（(]\s*(?:比上年|比去年|较上年|较去年|同比)(?P<verb>{_CHANGE})了?\s*$")
# Level B，比2020年的A增长C
_OVER = re.compile(r"^\s*[，,、（(]?\s*(?:比|较)\s*(?:[0-9]{4}年|上年|去年|“[^”]{1,8}”)(?:底|末)?的?$")
_SHARE = re.compile(r"^\s*[，,、（(]\s*占(?P<base>[^，。；、,;0-9]{0,12}?)(?:的?比重|的?比例|的)?"
                    r"(?:为|达到|达|是)?\s*$")
_EN_SHARE = re.compile(r"^\s*,?\s*(?:accounting for|representing|or)\s*$")
_EN_SHARE_BASE = re.compile(r"^\s*of\s+(?:the\s+)?(?:total|all|the whole)\b")


@dataclass(frozen=True)
class Derivation:
    """A stated result, the stated figures it follows from, and what they allow."""

    relation: str  # change, growth, share
    inputs: tuple[Figure, ...]
    result: Figure
    expected: Interval  # the values the result may take, the inputs' rounding allowed
    unit: str  # %, 个百分点, or the unit of an absolute change


def read(text: str, figures: Sequence[Figure],
         breakdowns: Sequence[Breakdown] = ()) -> Iterator[Derivation]:
    ordered = sorted(figures, key=lambda f: f.start)
    for index, figure in enumerate(ordered):
        following = ordered[index + 1:index + 4]
        if _averaged(text, figure, following):
            continue
        yield from _change(text, figure, following)
        yield from _level(text, figure, following)
    for breakdown in breakdowns:
        yield from _shares(text, ordered, breakdown)


def _averaged(text: str, first: Figure, following: Sequence[Figure]) -> bool:
    end = following[-1].end if following else first.end
    span = text[max(0, first.start - 8):end + 2]
    return _AVERAGED.search(span) is not None


def stands(figure: Figure) -> Interval:
    """What a stated figure allows: its rounding, or the range its qualifier gives."""
    return figure.nominal if figure.qualifier is None else figure.interval


def _between(text: str, a: Figure, b: Figure) -> str:
    return text[a.end:b.start]


def _change(text: str, start: Figure, following: Sequence[Figure]) -> Iterator[Derivation]:
    """从A增加到B，增长C."""
    if len(following) < 2 or not _FROM.search(text[max(0, start.start - 12):start.start]):
        return
    end, result = following[0], following[1]
    to = _TO.match(_between(text, start, end))
    then = _THEN.match(_between(text, end, result))
    if not to or not then or end.unit != start.unit:
        return
    verb = to.group("verb") or then.group("verb")
    if (verb in DOWN) != (then.group("verb") in DOWN) or result.unit == "%" and _real(start):
        return
    derived = _difference(stands(start), stands(end), start, result, verb in DOWN)
    if derived is not None:
        yield Derivation("change", (start, end), result, *derived)


def _difference(low: Interval, high: Interval, base: Figure, result: Figure,
                down: bool) -> tuple[Interval, str] | None:
    """The change from `low` (stated as `base`) to `high`, in the result's terms."""
    change = (low - high) if down else (high - low)
    if result.unit == "%" and base.unit != "%":
        return change / low * Interval.point(Decimal(100)), "%"
    if result.unit == "个百分点" and base.unit == "%" or result.unit == "percentage points":
        return change, result.unit
    if result.unit == base.unit and result.unit not in ("%", None):
        return change, result.unit
    return None


def _level(text: str, level: Figure, following: Sequence[Figure]) -> Iterator[Derivation]:
    """B，比上年增加D，增长C / B，比2020年的A增长C / B，较2020年的A增加D."""
    if len(following) < 2:
        return
    second, result = following[0], following[1]
    if second.unit != level.unit or level.unit in ("%", None):
        return
    real = _real(level)
    then = _THEN.match(_between(text, second, result))
    by = _BY.match(_between(text, level, second))
    if then is not None and by is not None and result.unit == "%" and not real:
        down = then.group("verb") in DOWN
        if (by.group("verb") in DOWN) != down:
            return
        increment = stands(second)
        before = (stands(level) + increment) if down else (stands(level) - increment)
        yield Derivation("growth", (level, second), result,
                         increment / before * Interval.point(Decimal(100)), "%")
        return
    direct = _DIRECT.match(_between(text, second, result))
    if direct is None or _OVER.match(_between(text, level, second)) is None:
        return
    if result.unit == "%" and real:
        return
    derived = _difference(stands(second), stands(level), second, result,
                          direct.group("verb") in DOWN)
    if derived is not None:
        yield Derivation("growth" if result.unit == "%" else "change", (second, level), result,
                         *derived)


def _real(figure: Figure) -> bool:
    return any(word in figure.metric or word in figure.context[:40] for word in REAL_MEASURES)


def _shares(text: str, figures: Sequence[Figure], breakdown: Breakdown) -> Iterator[Derivation]:
    """A part of a breakdown, then its share: …其中第三产业2500亿元，占比重50%."""
    total = breakdown.total
    for part in breakdown.parts:
        after = [f for f in figures if f.start >= part.end][:1]
        if not after or after[0].unit != "%":
            continue
        share = after[0]
        gap = _between(text, part, share)
        chinese = _SHARE.match(gap)
        english = _EN_SHARE.match(gap) and _EN_SHARE_BASE.match(text, share.end)
        if chinese is not None:
            base = chinese.group("base")
            if base not in SHARE_BASES and base not in total.metric:
                continue
        elif not english:
            continue
        yield Derivation("share", (part, total), share,
                         stands(part) / stands(total) * Interval.point(Decimal(100)), "%")
