"""The record every extractor produces: a `Figure`, and the interval it stands for.

This is the bottom of extraction: it imports nothing of the extractors, and everything
after extraction (alignment, checks, reports) reads figures through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from checker.extraction.intervals import Interval
from checker.extraction.numerals import Numeral, tidy

QUALIFIERS = ("more_than", "at_least", "nearly", "about", "at_most", "less_than", "range")
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
    # Its context, as the text states it (None where it does not; extraction/context.py).
    year: int | None = None
    period: str | None = None
    basis: str | None = None
    scenario: str | None = None
    scope: str | None = None

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


def record(fields: dict[str, Any]) -> Figure:
    """`Figure(**fields)`, every field given, at a fifth of its cost: the frozen dataclass's
    __init__ sets each field through object.__setattr__ (Figure has no __post_init__ to run),
    and extraction makes a record for every figure of every document."""
    figure = object.__new__(Figure)
    object.__setattr__(figure, "__dict__", fields)
    return figure


def interval_of(numeral: Numeral, qualifier: str | None, unbounded: bool) -> Interval:
    """The interval a figure stands for: docs/figures.md, "The interval a figure stands for"."""
    if qualifier is None:  # most figures: v ± place/2 (of a tidy value, tidy), made at once
        half = numeral.place / 2
        return _interval(numeral.value - half, numeral.value + half, True, False)
    raw = _raw_interval(numeral, qualifier, unbounded)
    return _interval(None if raw.low is None else tidy(raw.low),
                     None if raw.high is None else tidy(raw.high), raw.low_closed, raw.high_closed)


def _interval(low: Decimal | None, high: Decimal | None, low_closed: bool, high_closed: bool,
              ) -> Interval:
    """`Interval(low, high, low_closed, high_closed)` at a fraction of its cost, as `record`
    makes a Figure (Interval, a frozen dataclass, has no __post_init__ to run either): one is
    made for every figure."""
    interval = object.__new__(Interval)
    object.__setattr__(interval, "__dict__", {"low": low, "high": high, "low_closed": low_closed,
                                              "high_closed": high_closed})
    return interval


def measure_unit(figure: Figure) -> str | None:
    """The unit a figure's value is measured in, as figures are compared: an English count's
    unit is the noun it counts (job, person), which says what is counted, not in what: None,
    as for a count with no unit."""
    if figure.kind == "count" and figure.unit is not None and figure.unit.isascii():
        return None
    return figure.unit


def range_interval(first: Numeral, second: Numeral) -> Interval:
    """The interval of a range (4 to 6 per cent, 3至5年): from its lower end to its upper end,
    both included."""
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
MAX_DIGITS = 24  # longer numerals are not figures (and would overflow exact arithmetic)
