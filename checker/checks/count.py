"""`count`: a stated count (六个坚持, 五大工程, four retail sectors) and the items that follow it.

Keys:
- `documents`: the documents to check (default: all of them).
- `section`: only the section whose heading contains these words.

The items are read where they are laid out plainly after the count: 一是…二是…, 一要…,
第一…, (一)(二)…, numbered paragraphs, the headings of its section, a 、-list ending its
sentence (checker/reading/enumeration.py).  Where no such items follow, nothing is said.

PASS (干好工会工作的根本是必须始终做到六个坚持。 and then 一是 … 六是, one a paragraph):

    - {id: stated-counts, type: count, documents: [review]}

FAIL (the 六是 paragraph removed): a `count` finding on 六个坚持 and on the last item read,
"六个坚持 announces 6 items; 5 follow it (一是 … 五是)".
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.checks.base import Context, finding
from checker.checks.internal import Scope, place, run
from checker.findings import Finding
from checker.reading import enumeration
from checker.rules import Rule

ID = "count"


def check(rule: Rule, context: Context) -> Iterator[Finding]:
    return run(rule, context, _in_scope)


def _in_scope(rule: Rule, scope: Scope) -> Iterator[Finding]:
    document = scope.document
    for counted in enumeration.read(document.text):
        if counted.agrees or not scope.covers(counted.count.start):
            continue
        count, items = counted.count, counted.enumeration.items
        stated = place(document, count.start, count.end, count.number, count.noun)
        last = place(document, items[-1].start, items[-1].end, items[-1].number,
                     count.noun)
        found = " or ".join(str(n) for n in counted.enumeration.counts)
        span = items[0].text if len(items) == 1 else f"{items[0].text} … {items[-1].text}"
        yield finding(
            rule, "count", count.noun,
            f"{count.text} ({document.path}:{stated.line}) announces {count.number} "
            f"items; {found} follow it ({span}, lines {document.position(items[0].start)[0]}"
            f"–{last.line})",
            figures=(stated, last))
