"""`within`: a total and its parts, as one document states them.

Keys:
- `documents`: the documents to check (default: all of them).
- `section`: only the section whose heading contains these words.

Parts introduced by 其中, 包括, "of which", "including" are some of the total: their sum must
not exceed it.  Parts introduced by 分别 right after the total, and the rows above a table's
合计/Total row, are all of it: they must add up to it.  Both within the rounding of each
figure (interval arithmetic, as `sum` does: 41520 and 28715 stated to the unit leave
12805 ± 1 for the rest, so 12806 agrees).  checker/reading/parts.py reads the breakdowns.

PASS (全系统共有工会会员近37万人（其中行业工会联合会、区总工会双重管理会员26万人）):

    - {id: parts, type: within, documents: [review]}

FAIL (其中…双重管理会员38万人): a `within` finding, "26万人 … exceed the total 近37万人".
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import reduce

from checker.checks.base import Context, finding
from checker.checks.internal import Scope, run
from checker.extraction.intervals import Interval, plain
from checker.findings import Finding
from checker.reading import parts
from checker.reading.derived import stands
from checker.rules import Rule

ID = "within"


def check(rule: Rule, context: Context) -> Iterator[Finding]:
    return run(rule, context, _in_scope)


def _in_scope(rule: Rule, scope: Scope) -> Iterator[Finding]:
    for breakdown in parts.read(scope.document.text, scope.figures):
        total = breakdown.total
        if not scope.covers(total.start):
            continue
        summed = reduce(lambda acc, part: acc + stands(part), breakdown.parts,
                        Interval.point(Decimal(0)))
        allowed = stands(total)
        if not breakdown.complete:
            allowed = Interval(None, allowed.high, False, allowed.high_closed)
        if summed.overlaps(allowed):
            continue
        added = " + ".join(part.text for part in breakdown.parts)
        value = plain(sum((part.value for part in breakdown.parts), Decimal(0)))
        verb = "do not add up to" if breakdown.complete else "exceed"
        yield finding(
            rule, "within", total.metric,
            f"the parts after {breakdown.word} ({added} = {value}) {verb} the total "
            f"{total.text} ({plain(total.value)}, {total.document}:{total.line})",
            figures=(total, *breakdown.parts))
