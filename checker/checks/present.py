"""`present`: metrics that must be stated in given documents.

Keys:
- `documents` (required): one or more document keys.
- `metrics` (required): metric ids.

PASS (review and interpretation both state 职工之家):

    - {id: key-totals, type: present, documents: [review, interpretation],
       metrics: [worker_homes]}

FAIL (the interpretation drops 职工之家): a `missing` finding listing where it stands and
where it is missing.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.checks.base import Context, finding
from checker.findings import Finding
from checker.rules import Rule

ID = "present"


def check(rule: Rule, context: Context) -> Iterator[Finding]:
    documents = rule.options["documents"]
    for metric in rule.options["metrics"]:
        selections = [context.select(document, metric) for document in documents]
        absent = tuple(s.document for s in selections if s.figure is None)
        if not absent:
            continue
        present = tuple(s.figure for s in selections if s.figure is not None)
        where = ", ".join(context.paths.get(d, d) for d in absent)
        yield finding(rule, "missing", metric, f"{metric} is not stated in {where}",
                      figures=present,
                      missing_in=tuple(context.paths.get(d, d) for d in absent))
