"""`sum`: parts add up to a total.

Keys:
- `total` (required): `document.metric`.
- `parts` (required): a list of `document.metric`.
- `tolerance`: `{absolute: N, relative: R}` slack (relative to the total).

The sum of the parts' intervals must overlap the total's interval.

PASS (review: 第一产业增加值312.5亿元, 第二产业增加值2286.9亿元, 第三产业增加值3263.0亿元,
地区生产总值5862.4亿元):

    - id: gdp-parts
      type: sum
      total: communique.gdp
      parts: [communique.primary, communique.secondary, communique.tertiary]

FAIL (地区生产总值5962.4亿元): a `mismatch` finding on the total and its parts.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import reduce

from checker import describe as words
from checker.checks.base import Context, finding, interval_holds, unmatched
from checker.extraction.intervals import Interval
from checker.findings import Finding
from checker.rules import Rule

ID = "sum"


def check(rule: Rule, context: Context) -> Iterator[Finding]:
    references = [rule.options["total"], *rule.options["parts"]]
    selections = [context.select(document, metric) for document, metric in references]
    figures = [s.figure for s in selections if s.figure is not None]
    for selection in selections:
        if selection.figure is None:
            yield unmatched(rule, selection.metric, [selection.document], context)
    if len(figures) < len(selections):
        return
    total, *parts = figures
    summed = reduce(lambda acc, part: acc + part.interval, parts, Interval.point(Decimal(0)))
    if not interval_holds(summed, total.interval, rule.options["tolerance"], total.value):
        added = " + ".join(part.text for part in parts)
        value = sum((part.value for part in parts), Decimal(0))
        place = words.precision(figures)
        yield finding(rule, "mismatch", rule.options["total"][1],
                      f"{added} = {words.amount(value, figures, place)} (stands for "
                      f"{words.interval(summed, figures, place)}) does not add up to "
                      f"{words.figure(total)} (stands for "
                      f"{words.interval(total.interval, figures, place)})",
                      figures=(total, *parts))
