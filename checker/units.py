"""Unit dimensions: which units measure the same kind of quantity, and how to convert.

A unit belongs to a dimension (mass, length, area, volume, energy, power, money in one
currency) with a factor to the dimension's base unit: 万吨 and 亿斤 are both mass (a figure's
scale word is already in its value, so only 吨 and 斤 are looked up here), and 1 吨 is 2000 斤.
Figures of one dimension are compared after conversion; figures of different dimensions never
pair.  Money stays apart by currency (元 is never 美元); percent is never percentage points;
八成 is 80%.
Units not listed here (counts, shares, rates) are their own dimension, factor 1.
"""

from __future__ import annotations

from decimal import Decimal

_D = Decimal
# dimension -> {unit: factor to the base unit}; Chinese and English spellings alike.
_TABLE: dict[str, dict[str, Decimal]] = {
    "mass": {"吨": _D(1000), "千克": _D(1), "公斤": _D(1), "克": _D("0.001"), "斤": _D("0.5"),
             "毫克": _D("0.000001"), "tonnes": _D(1000), "tonne": _D(1000), "tons": _D(1000),
             "ton": _D(1000), "kilograms": _D(1), "kilogram": _D(1), "kg": _D(1),
             "grams": _D("0.001")},
    "length": {"公里": _D(1000), "千米": _D(1000), "米": _D(1), "厘米": _D("0.01"),
               "毫米": _D("0.001"), "km": _D(1000), "kilometres": _D(1000),
               "kilometers": _D(1000), "kilometre": _D(1000), "kilometer": _D(1000),
               "metres": _D(1), "meters": _D(1)},
    "area": {"平方米": _D(1), "平方公里": _D(1000000), "平方千米": _D(1000000),
             "公顷": _D(10000), "亩": _D(10000) / 15, "hectares": _D(10000),
             "hectare": _D(10000), "acres": _D("4046.8564224"), "square metres": _D(1),
             "square meters": _D(1), "square kilometres": _D(1000000),
             "square kilometers": _D(1000000)},
    "volume": {"立方米": _D(1), "方": _D(1), "立方": _D(1), "升": _D("0.001"),
               "毫升": _D("0.000001"), "cubic metres": _D(1), "cubic meters": _D(1),
               "litres": _D("0.001"), "liters": _D("0.001")},
    "energy": {"千瓦时": _D(1), "度": _D(1), "兆瓦时": _D(1000), "亿千瓦时": _D(100000000),
               "kwh": _D(1), "kilowatt-hours": _D(1), "kilowatt hours": _D(1),
               "gwh": _D(1000000), "twh": _D(1000000000)},
    "power": {"瓦": _D("0.001"), "千瓦": _D(1), "兆瓦": _D(1000), "吉瓦": _D(1000000),
              "kw": _D(1), "mw": _D(1000), "gw": _D(1000000)},
    "money CNY": {"元": _D(1), "人民币": _D(1), "CNY": _D(1), "RMB": _D(1)},
    "money USD": {"美元": _D(1), "USD": _D(1), "USX": _D("0.01")},  # USX: cents
    "money EUR": {"欧元": _D(1), "EUR": _D(1)},
    "money GBP": {"英镑": _D(1), "GBP": _D(1), "GBX": _D("0.01")},  # GBX: pence
    "money HKD": {"港元": _D(1), "HKD": _D(1)},
    "money JPY": {"日元": _D(1), "JPY": _D(1)},
    "percent": {"%": _D(1), "percent": _D(1), "per cent": _D(1), "成": _D(10)},
    "points": {"个百分点": _D(1), "百分点": _D(1), "percentage points": _D(1),
               "percentage point": _D(1), "pp": _D(1), "个基点": _D("0.01"),
               "基点": _D("0.01"), "basis points": _D("0.01"), "bp": _D("0.01")},
}
_UNITS: dict[str, tuple[str, Decimal]] = {
    unit: (dimension, factor) for dimension, units in _TABLE.items()
    for unit, factor in units.items()}


def dimension(unit: str | None) -> tuple[str, Decimal] | None:
    """The dimension of a unit and its factor to the dimension's base unit (None: no unit).
    A unit with no listed dimension is a dimension of its own (人 is people, 家 is firms);
    a rate (元/吨) is a dimension of its own too."""
    if unit is None:
        return None
    return _UNITS.get(unit) or _UNITS.get(unit.lower()) or (unit, _D(1))


def same_dimension(a: str | None, b: str | None) -> bool:
    """Whether two units measure the same kind of quantity (no unit on either side: yes)."""
    x, y = dimension(a), dimension(b)
    return x is None or y is None or x[0] == y[0]


def factor(unit: str | None) -> Decimal:
    """What one of this unit is in its dimension's base unit (1 when unknown)."""
    found = dimension(unit)
    return Decimal(1) if found is None else found[1]
