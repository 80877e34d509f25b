"""`covered`: every figure of a derived document has a counterpart in its source.

Keys:
- `source` (required): the document the figures come from.
- `derived` (required): the document that repeats them (an article, an interpretation).

A figure of the derived document whose metric aligns with nothing in the source is an
`unsupported` finding: the source does not back it.

PASS (the interpretation's 职工之家1.38万家 stands in the review):

    - {id: interpretation-in-review, type: covered, source: review,
       derived: interpretation, level: warning}

FAIL (the interpretation adds 涉及金额7.7亿元, which the review does not state): an
`unsupported` finding on that figure.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.checks.base import Context, ambiguous, describe, finding
from checker.findings import Finding
from checker.rules import Rule

ID = "covered"


def check(rule: Rule, context: Context) -> Iterator[Finding]:
    source, derived = rule.options["source"], rule.options["derived"]
    pairing = context.pairing(derived, source)
    for figure in pairing.only_left:
        yield finding(rule, "unsupported", figure.metric,
                      f"{describe(figure)} has no counterpart in "
                      f"{context.paths.get(source, source)}",
                      figures=(figure,), missing_in=(context.paths.get(source, source),))
    for figure, group, _ in pairing.ambiguous:
        yield ambiguous(rule, figure, group)
