"""`equal`: the documents state the same value for the same metric.

Keys:
- `documents` (required): two or more document keys; the first is the reference.
- `metrics` (default `shared`): metric ids, or `shared` for every metric that aligns between
  the first document and each other one (alignment by metric names and units), and every
  metric the file declares in `metrics:` that both documents state under one of its names,
  aligned or not.
- `tolerance`: `{absolute: N, relative: R}` slack added to the comparison (default none).

Figures agree when the values they stand for overlap: 1.38万家 agrees with 13800家 and
超过300万 with 300余万; 12.6万件 does not agree with 12.8万件, nor 近2000万 with 2000余万.

PASS (review: 职工之家1.38万家; interpretation: 职工之家13800家):

    - {id: same-totals, type: equal, documents: [review, interpretation], metrics: shared}

FAIL (interpretation: 职工之家1.39万家): a `mismatch` finding on both figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker import describe as words
from checker.checks.base import (
    Context,
    ambiguous,
    consistent,
    finding,
    unmatched,
)
from checker.extraction import Figure
from checker.findings import Finding
from checker.names import metric_key
from checker.rounding import compared
from checker.rules import Rule

ID = "equal"


def check(rule: Rule, context: Context) -> Iterator[Finding]:
    documents = rule.options["documents"]
    tolerance = rule.options["tolerance"]
    if rule.options["metrics"] == "shared":
        yield from _shared(rule, context, documents, tolerance)
        return
    for metric in rule.options["metrics"]:
        selections = [context.select(document, metric) for document in documents]
        found = [s for s in selections if s.figure is not None]
        if not found:
            yield unmatched(rule, metric, documents, context)
            continue
        for selection in found:
            if selection.rivals:
                yield finding(rule, "ambiguous", metric,
                              f"{metric} matches several figures in {selection.document}",
                              level="warning",
                              figures=(selection.figure, *selection.rivals))
        first = found[0].figure
        assert first is not None
        for selection in found[1:]:
            other = selection.figure
            assert other is not None
            if not consistent(first, other, tolerance):
                yield mismatch(rule, metric, first, other)


def _shared(rule: Rule, context: Context, documents: tuple[str, ...],
            tolerance: dict[str, float] | None) -> Iterator[Finding]:
    reference = documents[0]
    aligned = 0
    for other in documents[1:]:
        pairing = context.pairing(reference, other)
        aligned += len(pairing.pairs)
        compared = {(id(a), id(b)) for a, b, _ in pairing.pairs}
        for a, b, _ in pairing.pairs:
            if not consistent(a, b, tolerance):
                yield mismatch(rule, a.metric, a, b,
                               (*pairing.restated(a), *pairing.restated(b)))
        for a, group, _ in pairing.ambiguous:
            yield ambiguous(rule, a, group)
        # Declared metrics are compared too, whether or not the names aligned by themselves.
        for metric in context.metrics:
            first = _named(context, reference, metric)
            second = _named(context, other, metric)
            if first is None or second is None or (id(first), id(second)) in compared:
                continue
            compared.add((id(first), id(second)))
            aligned += 1
            if not consistent(first, second, tolerance):
                yield mismatch(rule, metric, first, second)
    if not aligned:
        yield finding(rule, "unmatched-rule", "shared",
                      f"no metric aligns between {' and '.join(documents)}",
                      source=(rule.source.path, rule.source.line, rule.source.column))


def _named(context: Context, document: str, metric: str) -> Figure | None:
    """The figure of a declared metric in a document when its own name holds one of the
    metric's names (the review's 未建会企业 is not the article's 组织3万余家企业, which the
    fuzzy selection alone would take)."""
    figure = context.select(document, metric).figure
    if figure is None:
        return None
    own = metric_key(figure.metric)
    names = context.metrics[metric].names
    return figure if any(metric_key(name) in own for name in names) else None


def mismatch(rule: Rule, metric: str, a: Figure, b: Figure,
             restated: tuple[Figure, ...] = ()) -> Finding:
    """Two figures of one metric that cannot both be right (`restated`: where their documents
    state them again, told in the message too, so that an editor mends every one)."""
    message = words.disagreement(metric, a, b, *compared(a, b))
    if restated:
        message += "; stated again at " + ", ".join(words.place(f) for f in restated)
    return finding(rule, "mismatch", metric, message, figures=(a, b),
                   difference=words.difference(a, b), restated=restated)
