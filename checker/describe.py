"""Figures in words, for the messages of findings.

A figure is told as it is written (1.38万家, with its place: review.txt:59), the values it
stands for in the document's own terms ((2000万, ∞), [1800万, 2000万)), and when two figures
cannot agree, which bound breaks.  Numbers keep the scale the figure was written in (万, 亿,
million) and are rounded to the precision of the figures, never shown as 362863710000 or
with a 28-digit fraction.  Every check words its messages through here, so that one change
(a figure's context, why two figures were paired) reaches all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from checker.extraction import Figure
from checker.extraction.intervals import Interval, plain
from checker.lang import en, zh
from checker.rounding import opposed

_SCALES: dict[str, int] = {**zh.SCALES, **en.SCALES}
_SHOWN_UNITS = ("%", "‰", "个百分点", "percentage points")  # kept beside interval bounds
SIGNIFICANT = 4  # digits kept of a computed value with no place of its own (a ratio)


def figure(fig: Figure) -> str:
    """A figure for a message: 1.38万家 (review.txt:59)."""
    return f"{fig.text} ({place(fig)})"


def place(fig: Figure) -> str:
    """Where a figure stands: document and line."""
    return f"{fig.document}:{fig.line}"


def amount(value: Decimal, like: Sequence[Figure], place: Decimal | None = None) -> str:
    """`value` as the figures `like` are written: in their scale when they share one
    (2000万, 4.67 billion), rounded to `place` when one is given (see `rounded`)."""
    if place is not None:
        value = rounded(value, place)
    scales = {f.scale for f in like}
    scale = scales.pop() if len(scales) == 1 else None
    if scale is None or scale not in _SCALES or value == 0:
        return plain(value)
    shown = plain(value / _SCALES[scale])
    return f"{shown} {scale}" if scale.isascii() and len(scale) > 2 else f"{shown}{scale}"


def precision(figures: Sequence[Figure]) -> Decimal:
    """The place computed values are rounded to: a tenth of the finest figure's last digit
    (so that 1.38万's bounds, 1.375万 and 1.385万, still show)."""
    return min((f.place for f in figures if f.place > 0), default=Decimal(0)) / 10


def rounded(value: Decimal, place: Decimal) -> Decimal:
    """`value` rounded to `place`, keeping at least SIGNIFICANT significant digits (a ratio
    of two counts has none of their places)."""
    if value == 0:
        return value
    finest = Decimal(1).scaleb(value.adjusted() - SIGNIFICANT + 1)
    step = min(place, finest) if place > 0 else finest
    return (value / step).quantize(Decimal(1)) * step


def interval(span: Interval, like: Sequence[Figure], place: Decimal | None = None) -> str:
    """An interval in the figures' terms: [1800万, 2000万), (2000万, ∞); its bounds rounded
    to `place` when one is given (a computed interval)."""
    low = "-∞" if span.low is None else bound(span.low, like, place)
    high = "∞" if span.high is None else bound(span.high, like, place)
    return f"{span.bounds[0]}{low}, {high}{span.bounds[1]}"


def bound(value: Decimal, like: Sequence[Figure], place: Decimal | None = None) -> str:
    """An end of an interval: its amount, and the unit when it is a share (10.65%)."""
    units = {f.unit for f in like}
    unit = units.pop() if len(units) == 1 else None
    return amount(value, like, place) + (unit if unit in _SHOWN_UNITS else "")


def disagreement(metric: str, a: Figure, b: Figure, left: Interval, right: Interval) -> str:
    """Why two figures of one metric cannot both be right: what each stands for (`left` for
    a, `right` for b, as the check compared them) and which bound breaks."""
    text = (f"{metric}: {figure(a)} stands for {interval(left, (a,))}, "
            f"{figure(b)} for {interval(right, (b,))}")
    broken = _bound(a, b, left, right)
    if opposed(a, b):  # 1.8% and 1.8%: say why they differ
        broken = ("the first is told as a fall, the second as a rise"
                  if a.metric.endswith(" fall") else
                  "the first is told as a rise, the second as a fall")
    return f"{text}; {broken}" if broken else text


def _bound(a: Figure, b: Figure, left: Interval, right: Interval) -> str:
    """Which bounds keep two disjoint intervals apart, in words: "近2000万人次 ends below
    2000万 and 超过2000万人次 starts above it"."""
    if left.low is not None and right.high is not None and left.low >= right.high:
        upper, lower, high, low = b, a, right, left
    elif right.low is not None and left.high is not None and right.low >= left.high:
        upper, lower, high, low = a, b, left, right
    else:
        return ""
    assert high.high is not None and low.low is not None
    top = bound(high.high, (upper,))
    bottom = "it" if high.high == low.low else bound(low.low, (lower,))
    return (f"{upper.text} ends {'at' if high.high_closed else 'below'} {top} and "
            f"{lower.text} starts {'at' if low.low_closed else 'above'} {bottom}")


def difference(a: Figure, b: Figure) -> str | None:
    """How far b is from a, the reference, in a's scale: "-0.02万 (-1.4%)".  None when the
    numbers are the same and only their qualifiers keep them apart (超过2000万, 近2000万)."""
    delta = b.value - a.value
    if not delta:
        return None
    sign = "+" if delta > 0 else ""
    text = f"{sign}{amount(delta, (a,))}"
    if a.value:
        share = (delta / abs(a.value) * 100).quantize(Decimal("0.1"))
        text += f" ({sign}{plain(share)}%)" if share else f" ({sign.strip('+')}<0.1%)"
    return text
