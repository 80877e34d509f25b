"""`crosscheck extract --format json`: {"figures": [...]}."""

from __future__ import annotations

import json
from collections.abc import Sequence

from checker.extraction import Figure
from checker.report.records import figure_record


def render(figures: list[Figure], documents: Sequence[str] = ()) -> str:
    """`documents`: the paths the figures come from (unused: every figure names its own)."""
    return json.dumps({"figures": [figure_record(f) for f in figures]},
                      ensure_ascii=False, indent=2) + "\n"
