"""`derived`: a figure stated with the figures it follows from, in one sentence.

Keys:
- `documents`: the documents to check (default: all of them).
- `section`: only the section whose heading contains these words.

A change with both ends (从1.2万家增加到1.5万家，增长25%), a level with its change (52万人，比上年
增加2万人，增长4%; 达到1.5万家，比2020年的1.2万家增长25%), a part with its share of a total
stated with it (…其中第三产业2500亿元，占地区生产总值比重50%): the stated result must lie in
what its inputs allow after rounding (interval arithmetic).  checker/reading/derived.py reads
them; average yearly rates and multiples (年均, 倍) are left alone.

PASS (高新技术企业从1.2万家增加到1.5万家，增长25%。 1.2万 and 1.5万 allow 16% to 34.8%):

    - {id: derived, type: derived, documents: [review]}

FAIL (…增长45%): a `derived` finding, "from 1.2万家 to 1.5万家 allows 16% to 34.8%; 45%
is stated".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from checker.checks.base import Context, finding
from checker.checks.internal import Scope, run
from checker.extraction import Figure
from checker.extraction.intervals import Interval, plain
from checker.findings import Finding
from checker.reading import derived, parts
from checker.rules import Rule

ID = "derived"
_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_WORDS = {"change": "from {0} to {1}", "growth": "{1} over {0}", "share": "{0} of {1}"}


def check(rule: Rule, context: Context) -> Iterator[Finding]:
    return run(rule, context, _in_scope)


def _in_scope(rule: Rule, scope: Scope) -> Iterator[Finding]:
    text = scope.document.text
    breakdowns = list(parts.read(text, scope.figures))
    for derivation in derived.read(text, scope.figures, breakdowns):
        result = derivation.result
        if not scope.covers(result.start) or derivation.expected.overlaps(
                derived.stands(result)):
            continue
        inputs = _WORDS[derivation.relation].format(*(f.text for f in derivation.inputs))
        yield finding(
            rule, "derived", min(derivation.inputs, key=lambda f: f.start).metric,
            f"{inputs} allows {_range(derivation.expected, result)}; "
            f"{result.text} is stated ({result.document}:{result.line})",
            figures=(result, *derivation.inputs))


def _range(interval: Interval, result: Figure) -> str:
    """The interval in the terms the result is written in: 4374.3亿元 to 4374.5亿元."""
    number = _NUMBER.search(result.text)
    factor, suffix = Decimal(1), result.unit or ""
    if number is not None and Decimal(number.group().replace(",", "")):
        factor = result.value / Decimal(number.group().replace(",", ""))
        suffix = result.text[number.end():].strip()
    low, high = (plain((value / factor).quantize(Decimal("0.01"))) + suffix
                 if value is not None else "?" for value in (interval.low, interval.high))
    return low if low == high else f"{low} to {high}"
