"""`crosscheck align --format json`: {"alignments": [{"metric", "score", "figures"}]}."""

from __future__ import annotations

import json

from checker.align import Alignment
from checker.report.records import figure_record


def render(alignments: list[Alignment]) -> str:
    records = [
        {
            "metric": alignment.metric,
            "score": alignment.score,
            "ambiguous": alignment.ambiguous,
            "documents": list(alignment.documents),
            "figures": [figure_record(f) for f in alignment.figures],
            "alternatives": [figure_record(f) for f in alignment.alternatives
                             if f not in alignment.figures],
        }
        for alignment in alignments
    ]
    return json.dumps({"alignments": records}, ensure_ascii=False, indent=2) + "\n"
