"""Check the English quantity test set: every item parses, every surface is found
in its sentence, values are numbers and units follow the notation of README.md.

Run from anywhere: ``python tests/quantities/validate.py``. Exit code 0 when clean,
1 with one line per problem otherwise. The set of units used is printed for review.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "corpus" / "en"
FILES = ("en_official_dev.yaml", "en_official_test.yaml", "en_news_dev.yaml", "en_news_test.yaml",
         "en_news2_dev.yaml")

CURRENCIES = {
    "USD", "AUD", "CAD", "HKD", "SGD", "NZD", "MYR", "INR", "GBP", "GBX", "EUR", "JPY",
    "CNY", "CHF", "KRW", "ZAR", "BRL", "AED", "SAR", "IDR", "PHP", "THB", "TWD", "SEK",
    "NOK", "DKK", "MXN", "NGN", "KES", "PKR", "VND", "RUB", "TRY",
}
PERCENT = {"%", "percentage points", "basis points"}
MEASURES = {
    "kg", "g", "mg", "km", "m", "cm", "mm", "GB", "TB", "MB", "KB", "GHz", "MHz", "MW",
    "GW", "kW", "W", "Hz", "kWh", "MWh", "GWh", "TWh", "mAh", "km/h", "mph", "Mbps", "Gbps",
    "tonne", "mile", "inch", "foot", "yard", "barrel", "hectare", "acre", "hp", "litre",
    "gallon", "ounce", "lb", "nm", "sq ft", "square metre", "carat", "degree", "megapixel",
    "°C", "°F",
}
DURATIONS = {"year", "quarter", "month", "week", "day", "hour", "minute", "second"}
SCORES = {"point", "goal", "run", "wicket", "times"}
KNOWN = CURRENCIES | PERCENT | MEASURES | DURATIONS | SCORES
COUNT_NOUN = re.compile(r"^[a-z][a-z-]*( [a-z][a-z-]*)?$")
# words ending in s that are singular all the same
SINGULAR_S = {"business", "bus", "status", "series", "analysis", "species", "gas", "class",
              "access", "chassis", "address", "campus", "virus", "bonus", "census"}


def spans(sentence: str, surface: str) -> list[int]:
    """Start offsets where ``surface`` stands as a whole: not glued to a letter or digit
    on either side, nor to a fraction slash or sign before it (1/2 inside 3-1/2)."""
    found = []
    start = sentence.find(surface)
    while start != -1:
        before = sentence[start - 1] if start else " "
        end = start + len(surface)
        after = sentence[end] if end < len(sentence) else " "
        glued_before = before.isalnum() or before in "/-.,£$€¥₹" and surface[0].isdigit()
        glued_after = after.isalnum() and surface[-1].isalnum()
        if not glued_before and not glued_after:
            found.append(start)
        start = sentence.find(surface, start + 1)
    return found


def unit_problem(unit: object) -> str | None:
    if unit is None:
        return None
    if not isinstance(unit, str) or not unit:
        return "unit must be a string or null"
    if unit in KNOWN:
        return None
    if "/" in unit and unit != "km/h":
        num, _, den = unit.partition("/")
        for part in (num, den):
            if part not in KNOWN and not COUNT_NOUN.match(part):
                return f"compound unit part {part!r} unknown"
        if den.endswith("s") and den not in SINGULAR_S:
            return f"denominator {den!r} should be singular"
        return None
    if not COUNT_NOUN.match(unit):
        return f"unit {unit!r} is neither in the notation nor a lower-case noun"
    last = unit.split()[-1]
    if last.endswith("s") and last not in SINGULAR_S:
        return f"count noun {unit!r} should be singular"
    return None


def is_number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_file(name: str, units: Counter[str], problems: list[str]) -> tuple[int, int]:
    path = HERE / name
    if not path.exists():
        problems.append(f"{name}: missing")
        return 0, 0
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(items, list):
        problems.append(f"{name}: top level must be a list")
        return 0, 0
    official = name.startswith("en_official")
    n_quantities = 0
    seen: set[object] = set()
    for i, item in enumerate(items, 1):
        where = f"{name} item {i}"
        if not isinstance(item, dict):
            problems.append(f"{where}: not a mapping")
            continue
        if official:
            keys = {"doc", "start", "end", "head", "quantities"}
            if set(item) != keys:
                problems.append(f"{where}: keys {sorted(item)} != {sorted(keys)}")
                continue
            doc = CORPUS / item["doc"]
            if not doc.exists():
                problems.append(f"{where}: no document {item['doc']}")
                continue
            text = doc.read_text(encoding="utf-8")
            start, end = item["start"], item["end"]
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                problems.append(f"{where}: bad offsets {start}..{end}")
                continue
            sentence = text[start:end]
            if sentence[:20] != item["head"]:
                problems.append(f"{where}: head {item['head']!r} != {sentence[:20]!r}")
            if sentence != sentence.strip():
                problems.append(f"{where}: sentence has surrounding whitespace")
            key: object = (item["doc"], start)
        else:
            if set(item) != {"text", "quantities"}:
                problems.append(f"{where}: keys {sorted(item)} != ['quantities', 'text']")
                continue
            sentence = item["text"]
            if not isinstance(sentence, str) or not sentence.strip():
                problems.append(f"{where}: empty text")
                continue
            key = sentence
        if key in seen:
            problems.append(f"{where}: duplicate sentence")
        seen.add(key)
        quantities = item["quantities"] or []
        taken: list[tuple[int, int]] = []
        for q in quantities:
            n_quantities += 1
            qwhere = f"{where} {q.get('surface')!r}" if isinstance(q, dict) else where
            if not isinstance(q, dict) or not isinstance(q.get("surface"), str):
                problems.append(f"{qwhere}: quantity needs a surface string")
                continue
            allowed = {"surface", "value", "low", "high", "unit", "occurrence"}
            if set(q) - allowed or "unit" not in q:
                problems.append(f"{qwhere}: keys {sorted(q)}")
            if "value" in q:
                if "low" in q or "high" in q or not is_number(q["value"]):
                    problems.append(f"{qwhere}: value must be a number, without low/high")
            elif not (is_number(q.get("low")) and is_number(q.get("high")) and q["low"] <= q["high"]):
                problems.append(f"{qwhere}: a range needs numbers low <= high")
            occurrence = q.get("occurrence", 1)
            found = spans(sentence, q["surface"])
            if not isinstance(occurrence, int) or occurrence < 1 or len(found) < occurrence:
                problems.append(f"{qwhere}: surface found {len(found)} time(s), occurrence {occurrence}")
                continue
            if len(found) > 1 and "occurrence" not in q:
                pass  # first occurrence meant; a later one is labelled with occurrence: N
            s = found[occurrence - 1]
            span = (s, s + len(q["surface"]))
            if any(a < span[1] and span[0] < b for a, b in taken):
                problems.append(f"{qwhere}: overlaps another surface")
            taken.append(span)
            problem = unit_problem(q.get("unit"))
            if problem:
                problems.append(f"{qwhere}: {problem}")
            units[str(q.get("unit"))] += 1
    return len(items), n_quantities


def main() -> int:
    problems: list[str] = []
    units: Counter[str] = Counter()
    for name in FILES:
        n_items, n_quantities = check_file(name, units, problems)
        print(f"{name}: {n_items} sentences, {n_quantities} quantities")
    print("units used:", ", ".join(f"{u} ({n})" for u, n in sorted(units.items())))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
