"""What every check works with: the documents' figures, metric selection, consistency."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz

from checker import describe as words
from checker.align import MARGIN, THRESHOLD, Pairing, comparable, pair
from checker.documents import Document
from checker.extraction import Figure
from checker.extraction.intervals import Interval
from checker.findings import Finding
from checker.names import metric_key
from checker.rounding import agree
from checker.rules import MetricDef, Rule


@dataclass(frozen=True)
class Selection:
    """The figure of a document that a named metric stands for (or None)."""

    document: str
    metric: str
    figure: Figure | None
    score: float = 0.0
    rivals: tuple[Figure, ...] = ()  # other figures, with other values, named as well


@dataclass
class Context:
    """The figures of the documents of one run, by document key, and what rules can ask."""

    figures: Mapping[str, Sequence[Figure]]
    paths: Mapping[str, str]
    metrics: Mapping[str, MetricDef] = field(default_factory=dict)
    threshold: float = THRESHOLD
    margin: float = MARGIN
    documents: Mapping[str, Document] = field(default_factory=dict)  # their text, by key
    _pairings: dict[tuple[str, str], Pairing] = field(default_factory=dict)
    _selections: dict[tuple[str, str], Selection] = field(default_factory=dict)

    def pairing(self, left: str, right: str) -> Pairing:
        key = (left, right)
        if key not in self._pairings:
            self._pairings[key] = pair(self.figures[left], self.figures[right], self.threshold,
                                       self.margin)
        return self._pairings[key]

    def pairings(self) -> list[Pairing]:
        """The pairings made so far, each pair of documents once."""
        done: dict[frozenset[str], Pairing] = {}
        for (left, right), pairing in self._pairings.items():
            done.setdefault(frozenset((left, right)), pairing)
        return list(done.values())

    def selections(self) -> list[Selection]:
        """The figures chosen for metrics so far, in the order the rules asked for them."""
        return list(self._selections.values())

    def aligned_pairs(self) -> int:
        """Figure pairs aligned so far, each pair of documents counted once."""
        return sum(len(pairing.pairs) for pairing in self.pairings())

    def select(self, document: str, metric: str) -> Selection:
        key = (document, metric)
        if key not in self._selections:
            self._selections[key] = self._select(document, self.metrics[metric])
        return self._selections[key]

    def fitting(self, document: str, definition: MetricDef) -> list[tuple[float, int, Figure]]:
        """The figures of a document that a metric's names and filters accept, with their
        scores and places in the document's comparable figures, in document order."""
        names = [metric_key(name) for name in definition.names]
        scored: list[tuple[float, int, Figure]] = []
        for index, figure in enumerate(comparable(self.figures[document])):
            if definition.units and figure.unit not in definition.units:
                continue
            if definition.kinds and figure.kind not in definition.kinds:
                continue
            if definition.context and not any(w in figure.context for w in definition.context):
                continue
            key = metric_key(figure.metric)
            if any(word in figure.metric for word in definition.exclude):
                continue
            score = max(100.0 if name == key else float(fuzz.WRatio(name, key))
                        for name in names)
            if score >= self.threshold:
                scored.append((score, index, figure))
        return scored

    def _select(self, document: str, definition: MetricDef) -> Selection:
        scored = self.fitting(document, definition)
        if not scored:
            return Selection(document, definition.id, None)
        scored.sort(key=lambda item: (-item[0], item[1]))
        best_score, _, best = scored[0]
        rivals = tuple(dict.fromkeys(
            f for s, _, f in scored[1:]
            if s >= best_score - self.margin and (f.value, f.unit) != (best.value, best.unit)))
        return Selection(document, definition.id, best, best_score, rivals)


def consistent(a: Figure, b: Figure, tolerance: Mapping[str, float] | None = None) -> bool:
    """Two figures agree when the values they stand for overlap.

    With the same qualifier (both plain, both 余, both 近 …) the numbers as written are
    compared, each with its rounding (checker.rounding: 52,000 may be 52,300 rounded); with
    different qualifiers, the intervals they stand for.  Units of one dimension are converted
    (万吨 and 亿斤).
    """
    return agree(a, b, _slack(a.value, b.value, tolerance))


def _slack(x: Decimal, y: Decimal, tolerance: Mapping[str, float] | None) -> Decimal:
    if not tolerance:
        return Decimal(0)
    absolute = Decimal(str(tolerance.get("absolute", 0)))
    relative = Decimal(str(tolerance.get("relative", 0))) * max(abs(x), abs(y))
    return max(absolute, relative)


def interval_holds(interval: Interval, value: Interval, tolerance: Mapping[str, float] | None,
                   scale: Decimal) -> bool:
    """Whether two computed intervals overlap, with the tolerance taken relative to `scale`."""
    slack = _slack(scale, scale, tolerance)
    return (interval.widen(slack) if slack else interval).overlaps(value)


describe = words.figure  # a figure for a message: 1.38万家 (review.txt:59)


def finding(rule: Rule, kind: str, metric: str, message: str, **fields: Any) -> Finding:
    """A finding of a rule, with the rule's own message in front when it has one."""
    text = f"{rule.message}: {message}" if rule.message else message
    return Finding(kind=kind, level=fields.pop("level", rule.level), rule=rule.id,
                   metric=metric, message=text, **fields)


def ambiguous(rule: Rule, figure: Figure, candidates: Sequence[Figure]) -> Finding:
    """A figure with several near-equal partners: reported, not guessed."""
    return finding(rule, "ambiguous", figure.metric,
                   f"{describe(figure)} could align with any of "
                   f"{', '.join(describe(f) for f in candidates)}",
                   level="warning", figures=(figure, *candidates))


def unmatched(rule: Rule, metric: str, documents: Sequence[str], context: Context) -> Finding:
    """A rule whose metric matches no figure is reported, never silently passed."""
    names = ", ".join(context.metrics[metric].names) if metric in context.metrics else metric
    paths = tuple(context.paths.get(document, document) for document in documents)
    where = " or ".join(f"{document} ({path})" for document, path in zip(documents, paths))
    return finding(rule, "unmatched-rule", metric,
                   f"metric {metric!r} ({names}) matches no figure in {where}",
                   missing_in=paths,
                   source=(rule.source.path, rule.source.line, rule.source.column))
