"""The rounding a figure implies, and its interval in its dimension's base unit.

A figure stands for the values that round to it.  Decimals and scale words say the place
(1.38万 is [13750, 13850); 2.4萬 is [23500, 24500)).  Trailing zeros say it too, in news that
rounds: 52,000 may be 52,300 rounded to thousands.  Read as rounding, a number of five digits
or more written out in full with at least three trailing zeros keeps two significant digits
(52,000 → [51500, 52500); 300,000 → [295000, 305000)), so plausible rounding agrees and a
tenfold slip does not; smaller numbers (2000) and numbers with a scale word (1100万) are as
exact as they are written.  Figures are compared as XBRL compares duplicate facts: they agree
when their intervals, in one unit, overlap.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from checker.extraction.intervals import Interval
from checker.lang import zh
from checker.units import dimension, factor

if TYPE_CHECKING:
    from checker.extraction.figure import Figure

ROUND_ZEROS = 3  # trailing zeros from which a whole number may be a rounding
ROUND_FROM = 10000  # and the least such number: 2000 is as often exact as rounded
KEPT_DIGITS = 2  # significant digits a rounding keeps at least
_HUNDRED = Decimal(100)


def implied_place(figure: Figure) -> Decimal:
    """The place a figure is rounded to: its last shown digit's, or that of its trailing
    zeros where they may be a rounding (52,000 → 1000)."""
    value = abs(figure.value)
    if figure.place != 1 or value < ROUND_FROM:  # 1100万, 2.4萬 say their place; 2000 exact
        return figure.place
    digits = str(int(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < ROUND_ZEROS:
        return figure.place
    place = Decimal(10) ** min(zeros, len(digits) - KEPT_DIGITS)
    return max(place, figure.place)


def rounded(figure: Figure) -> Interval:
    """The values a figure as written stands for, its qualifier aside, with the rounding its
    trailing zeros imply; a range, its two ends (zero to 0.25%: the place of "zero" says
    nothing of the range)."""
    if figure.qualifier == "range":
        return figure.interval
    half = implied_place(figure) / 2
    return Interval(figure.value - half, figure.value + half, True, False)


def in_base_unit(interval: Interval, unit: str | None) -> Interval:
    """An interval of a figure in `unit`, converted to its dimension's base unit (吨 → kg)."""
    scale = factor(unit)
    return interval if scale == 1 else _scaled(interval, scale)


def compared(a: Figure, b: Figure) -> tuple[Interval, Interval]:
    """The intervals two figures are compared by: with the same qualifier (both plain, both
    余, both 近 …) the numbers as written, each with its rounding; with different qualifiers,
    the intervals they stand for; in one unit where their units differ (万吨 and 亿斤)."""
    if a.qualifier == b.qualifier:
        left, right = rounded(a), rounded(b)
    else:
        left, right = a.interval, b.interval
    if a.unit != b.unit:
        left, right = in_base_unit(left, a.unit), in_base_unit(right, b.unit)
    # one in six and 17.8%: a share told as a fraction is a hundredth of its percent
    if is_share(a) and _in_percent(b):
        left = _scaled(left, _HUNDRED)
    elif is_share(b) and _in_percent(a):
        right = _scaled(right, _HUNDRED)
    # minus 0.2 points and a fall of 0.2 points: one change, told with a sign or a word
    if a.value < 0 < b.value and states_fall(b):
        right = _negated(right)
    elif b.value < 0 < a.value and states_fall(a):
        left = _negated(left)
    elif opposed(a, b):  # a rise of 1.8% and a fall of 1.8%: one change, told two ways
        if a.metric.endswith(_FALL_ENDS):
            left = _negated(left)
        else:
            right = _negated(right)
    return left, right


_FALLS = ("fall", *zh.FALL_WORDS)  # English names end their change in "rise" or "fall"


_FALL_ENDS, _RISE_ENDS = " fall", " rise"  # the change an English name ends with


def opposed(a: Figure, b: Figure) -> bool:
    """Whether two English figures state changes of one size in opposite directions (rose
    1.8%, a fall of 1.8%): values of one sign, names that end in "rise" and "fall"."""
    return (a.value > 0 and b.value > 0
            and {a.metric.endswith(_FALL_ENDS), b.metric.endswith(_FALL_ENDS)} == {True, False}
            and (a.metric.endswith(_RISE_ENDS) or b.metric.endswith(_RISE_ENDS)))


def same_size(a: Figure, b: Figure) -> bool:
    """Whether two figures state changes of one size in opposite directions (rose 0.2%, fell
    by 0.2%): one change with its direction slipped, or two changes that only a name tells
    apart."""
    if not opposed(a, b):
        return False
    left, right = compared(a, b)
    return spans_agree(_negated(left), right)


def slipped(a: Figure, b: Figure) -> bool:
    """Whether two values differ as a slip of the pen does: written to the finer one's last
    digit, alike but for one digit changed, added or left out, or two neighbours swapped
    (129.6 and 126.9, 4.4 and 4.3, 900亿 and 9000亿); other values (86 and 1900, 0.8 and
    3.0) are other facts."""
    digits = _slip_digits(a, b)
    return digits is not None and OSA.distance(*digits) <= 1


def slipped_specifically(a: Figure, b: Figure) -> bool:
    """Whether two values of three or more digits differ by one digit changed or two
    swapped (749,000 and 794,000; 17.8% and 18.7%): too specific to be alike by chance, so
    evidence that they are one fact told wrong, as an agreeing value is that it is told
    right."""
    digits = _slip_digits(a, b)
    return (digits is not None and len(digits[0]) == len(digits[1]) >= 3
            and OSA.distance(*digits) == 1)


def _slip_digits(a: Figure, b: Figure) -> tuple[str, str] | None:
    """Two values' digits, written to the finer one's last digit less the zeros both end in
    (5.3万亿 and 5.4万亿: "53" and "54"), for values of one sign."""
    place = min(a.place, b.place)
    if place <= 0 or (a.value < 0) != (b.value < 0):
        return None
    first, second = (str(int((abs(f.value) / place).to_integral_value())) for f in (a, b))
    while first.endswith("0") and second.endswith("0") and len(first) > 1 and len(second) > 1:
        first, second = first[:-1], second[:-1]
    return first, second


def states_change(figure: Figure) -> bool:
    """Whether an English figure is told as a change (its name ends in "rise" or "fall"), not
    as a level."""
    return (figure.metric.endswith((_RISE_ENDS, _FALL_ENDS))
            or figure.metric in (_RISE_ENDS.strip(), _FALL_ENDS.strip()))


def states_fall(figure: Figure) -> bool:
    """Whether a figure's name states a fall (agriculture fall, 能耗下降): its value is the
    size of a decrease."""
    return figure.metric.endswith(_FALLS)


def _negated(interval: Interval) -> Interval:
    return Interval(None if interval.high is None else -interval.high,
                    None if interval.low is None else -interval.low,
                    interval.high_closed, interval.low_closed)


def is_share(figure: Figure) -> bool:
    """Whether a figure is a share told as a fraction (三分之一, one in five, two-thirds), not
    a multiple (2.42倍, doubled)."""
    return (figure.kind == "ratio" and figure.unit is None
            and figure.interval.low is not None and 0 <= figure.interval.low <= 1)


def _in_percent(figure: Figure) -> bool:
    """Whether a figure is told in percent or in a unit of it (17.8%, 五成)."""
    found = dimension(figure.unit)
    return figure.kind == "percent" or (found is not None and found[0] == "percent")


def _scaled(interval: Interval, by: Decimal) -> Interval:
    """An interval with both ends multiplied by `by` (> 0)."""
    return Interval(None if interval.low is None else interval.low * by,
                    None if interval.high is None else interval.high * by,
                    interval.low_closed, interval.high_closed)


def agree(a: Figure, b: Figure, slack: Decimal = Decimal(0)) -> bool:
    """Whether two figures can state the same value (compared(); `slack` widens the first)."""
    if (a.value == b.value and a.unit == b.unit and a.qualifier == b.qualifier
            and a.qualifier != "range" and not opposed(a, b)):
        return True  # one number, as written, in one unit: each rounding holds it
    left, right = compared(a, b)
    if slack:
        left = left.widen(slack)
    return spans_agree(left, right, a.qualifier == b.qualifier == "range")


def spans_agree(left: Interval, right: Interval, ranges: bool = False) -> bool:
    """Whether two figures' intervals can state one value: they overlap; two stated `ranges`
    (1/4 to 1/2 percent and 0.25%-0.50%), end by end, each within the rounding of the coarser
    of its two tellings: a range that shares only part of the other (0.25%-0.6%; zero to
    0.25%, the range before) is another."""
    if not left.overlaps(right):
        return False
    if (not ranges or left.low is None or left.high is None or right.low is None
            or right.high is None):
        return True
    return _ends_agree(left.low, right.low) and _ends_agree(left.high, right.high)


def _ends_agree(a: Decimal, b: Decimal) -> bool:
    """Whether two ends of ranges are one number, within half a unit of the last place of the
    coarser (0.5 and 0.50; 1/3 and 0.33; not 0.5 and 0.6, nor 5.5 and 6)."""
    place = max(a.normalize().as_tuple().exponent, b.normalize().as_tuple().exponent)
    assert isinstance(place, int)  # (finite ends)
    return a == b or abs(a - b) < Decimal(5).scaleb(place - 1)
