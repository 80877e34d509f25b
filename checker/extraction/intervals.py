"""Intervals of exact decimals, open or closed at each end, possibly unbounded.

A figure stands for an interval (1.38万 is anything in [13750, 13850)); checks compare
intervals, and rule expressions compute with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Interval:
    low: Decimal | None  # None: unbounded below
    high: Decimal | None  # None: unbounded above
    low_closed: bool = True
    high_closed: bool = True

    @classmethod
    def point(cls, value: Decimal) -> Interval:
        return cls(value, value)

    @property
    def bounds(self) -> str:
        """Interval notation of the ends: "[)", "(]", "[]" or "()"."""
        return ("[" if self.low_closed else "(") + ("]" if self.high_closed else ")")

    def contains(self, value: Decimal) -> bool:
        return self.overlaps(Interval.point(value))

    def overlaps(self, other: Interval) -> bool:
        """True when some value lies in both intervals."""
        return _below(self, other) and _below(other, self)

    def widen(self, amount: Decimal) -> Interval:
        """Grow both ends by `amount` (an absolute tolerance)."""
        return Interval(
            None if self.low is None else self.low - amount,
            None if self.high is None else self.high + amount,
            True,
            True,
        )

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            _combine(self.low, other.low, lambda a, b: a + b),
            _combine(self.high, other.high, lambda a, b: a + b),
            self.low_closed and other.low_closed,
            self.high_closed and other.high_closed,
        )

    def __neg__(self) -> Interval:
        return Interval(
            None if self.high is None else -self.high,
            None if self.low is None else -self.low,
            self.high_closed,
            self.low_closed,
        )

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __mul__(self, other: Interval) -> Interval:
        return _extremes(self, other, lambda a, b: a * b)

    def __truediv__(self, other: Interval) -> Interval:
        if other.contains(Decimal(0)):
            return Interval(None, None, False, False)
        inverse = Interval(
            None if other.high is None else 1 / other.high,
            None if other.low is None else 1 / other.low,
            other.high_closed,
            other.low_closed,
        )
        if other.high is None:
            inverse = Interval(Decimal(0), inverse.high, False, inverse.high_closed)
        if other.low is None:
            inverse = Interval(inverse.low, Decimal(0), inverse.low_closed, False)
        return self * inverse

    def __str__(self) -> str:
        low = "-inf" if self.low is None else _plain(self.low)
        high = "inf" if self.high is None else _plain(self.high)
        return f"{self.bounds[0]}{low}, {high}{self.bounds[1]}"


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _below(a: Interval, b: Interval) -> bool:
    """True when a's low end is below b's high end (so that they can meet)."""
    if a.low is None or b.high is None:
        return True
    if a.low < b.high:
        return True
    return a.low == b.high and a.low_closed and b.high_closed


def _combine(a: Decimal | None, b: Decimal | None, op: object) -> Decimal | None:
    if a is None or b is None:
        return None
    return op(a, b)  # type: ignore[operator, no-any-return]


def _extremes(a: Interval, b: Interval, op: object) -> Interval:
    """Interval product: the extremes of the four corner products (unbounded ends widen it)."""
    if None in (a.low, a.high, b.low, b.high):
        return Interval(None, None, False, False)
    corners = [
        (op(x, y), xc and yc)  # type: ignore[operator]
        for x, xc in ((a.low, a.low_closed), (a.high, a.high_closed))
        for y, yc in ((b.low, b.low_closed), (b.high, b.high_closed))
    ]
    low = min(c[0] for c in corners)
    high = max(c[0] for c in corners)
    return Interval(
        low,
        high,
        any(c[1] for c in corners if c[0] == low),
        any(c[1] for c in corners if c[0] == high),
    )


def plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 13800, 0.5, 467000000."""
    return _plain(value)
