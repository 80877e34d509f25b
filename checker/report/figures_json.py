"""`crosscheck extract --format json`: {"figures": [...]}."""

from __future__ import annotations

import json

from checker.extraction import Figure
from checker.report.records import figure_record


def render(figures: list[Figure]) -> str:
    return json.dumps({"figures": [figure_record(f) for f in figures]},
                      ensure_ascii=False, indent=2) + "\n"
