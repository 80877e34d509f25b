"""`compare`: arithmetic over figures, compared: parts within a whole, sums within totals.

Keys:
- `expr` (required): `document.metric` references, numbers (also 2万, 1.5亿), + - * / (× ÷),
  parentheses and one comparison: <= >= < > == != (≤ ≥ ≠).

Each reference stands for the interval of its figure (qualifiers included), and the comparison
fails only when no values in those intervals satisfy it.

PASS (industry: 首都劳动奖章158名; culture: 首都劳动奖章76名; review: 劳动奖章1390名):

    - id: sector-medals-within-city
      type: compare
      expr: industry.capital_labor_medals + culture.capital_labor_medals <= review.labor_medals

FAIL (review: 劳动奖章139名): a `mismatch` finding naming the three figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import describe as words
from checker.checks.base import Context, finding, unmatched
from checker.expressions import (
    Negation,
    Node,
    Operation,
    Reference,
    certainly_false,
    evaluate,
)
from checker.extraction import Figure
from checker.extraction.intervals import Interval
from checker.findings import Finding
from checker.rules import Rule

ID = "compare"


def check(rule: Rule, context: Context) -> Iterator[Finding]:
    comparison = rule.options["expr"]
    figures: dict[str, Figure] = {}
    missing = False
    for reference in comparison.references():
        selection = context.select(reference.document, reference.metric)
        if selection.figure is None:
            missing = True
            yield unmatched(rule, reference.metric, [reference.document], context)
        else:
            figures[str(reference)] = selection.figure
            if selection.rivals:
                yield finding(rule, "ambiguous", reference.metric,
                              f"{reference} matches several figures",
                              level="warning", figures=(selection.figure, *selection.rivals))
    if missing:
        return

    def lookup(reference: Reference) -> Interval:
        return figures[str(reference)].interval

    left = evaluate(comparison.left, lookup)
    right = evaluate(comparison.right, lookup)
    if certainly_false(comparison.operator, left, right):
        metric = ", ".join(dict.fromkeys(r.metric for r in comparison.references()))
        values = ", ".join(f"{name} = {words.figure(figure)}"
                           for name, figure in figures.items())
        used = tuple(dict.fromkeys(figures.values()))
        place = words.precision(used)
        # A product or a ratio is in no figure's scale or unit: plain numbers then.
        terms = () if _product(comparison.left) or _product(comparison.right) else used
        yield finding(rule, "mismatch", metric,
                      f"{comparison.text} does not hold: {values}; the left side is "
                      f"{words.interval(left, terms, place)}, the right side "
                      f"{words.interval(right, terms, place)}",
                      figures=used)


def _product(node: Node) -> bool:
    """Whether the expression multiplies or divides."""
    if isinstance(node, Operation):
        return node.operator in "*/" or _product(node.left) or _product(node.right)
    return isinstance(node, Negation) and _product(node.operand)
