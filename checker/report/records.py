"""Plain records of figures for the machine formats (JSON, CSV, SARIF …)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from checker.extraction import Figure
from checker.extraction.intervals import plain

FIGURE_FIELDS = (
    "document", "line", "column", "start", "end", "text", "value", "unit", "scale",
    "qualifier", "low", "high", "bounds", "metric", "context", "kind", "where",
)


def number(value: Decimal | None) -> int | float | None:
    """A decimal as a JSON number: an int when whole, else the nearest float."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def figure_record(figure: Figure) -> dict[str, Any]:
    """The fields of a figure, in FIGURE_FIELDS order, ready for json.dumps."""
    return {
        "document": figure.document,
        "line": figure.line,
        "column": figure.column,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "value": number(figure.value),
        "unit": figure.unit,
        "scale": figure.scale,
        "qualifier": figure.qualifier,
        "low": number(figure.low),
        "high": number(figure.high),
        "bounds": figure.interval.bounds,
        "metric": figure.metric or None,
        "context": figure.context,
        "kind": figure.kind,
        "where": figure.where or None,
    }


def plain_text(value: Decimal | None) -> str:
    """A decimal for people and CSV cells: 13800, 0.5, empty for unbounded."""
    return "" if value is None else plain(value)
