"""`crosscheck check --format json`: the outcome for machines, byte-stable."""

from __future__ import annotations

import json
from typing import Any

from checker.findings import Finding, Outcome
from checker.report.records import figure_record

VERSION = 1


def finding_record(finding: Finding) -> dict[str, Any]:
    """A finding for json.dumps; `article` first when it is about an article checked against
    references (check_articles)."""
    return {
        **({"article": finding.article} if finding.article is not None else {}),
        "kind": finding.kind,
        "level": finding.level,
        "rule": finding.rule,
        "metric": finding.metric,
        "message": finding.message,
        "difference": finding.difference,
        "missing_in": list(finding.missing_in),
        "figures": [figure_record(f) for f in finding.figures],
        **({"restated": [figure_record(f) for f in finding.restated]}
           if finding.restated else {}),
    }


def render(outcome: Outcome) -> str:
    document = {
        "version": VERSION,
        "rules_file": outcome.rules_file,
        "references": list(outcome.references),
        "documents": [{"path": path, "figures": count}
                      for path, count in zip(outcome.documents, outcome.figure_counts)],
        "summary": outcome.summary(),
        "findings": [{**finding_record(f), "fingerprint": outcome.fingerprint(f)}
                     for f in outcome.findings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
