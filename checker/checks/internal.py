"""What the checks inside one document (count, within, derived) share: their scope (which
documents, which section) and how a stated count or item becomes a place in a finding."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from checker.checks.base import Context, finding
from checker.documents import Document
from checker.extraction import Figure
from checker.extraction.intervals import Interval
from checker.findings import Finding
from checker.reading import structure
from checker.rules import Rule


@dataclass(frozen=True)
class Scope:
    """One document to check, its figures, and the spans of it the rule covers."""

    document: Document
    figures: Sequence[Figure]
    spans: tuple[tuple[int, int], ...]

    def covers(self, offset: int) -> bool:
        return structure.in_spans(offset, self.spans)


def run(rule: Rule, context: Context,
        each: Callable[[Rule, Scope], Iterator[Finding]]) -> Iterator[Finding]:
    """A check inside one document, over each document (and section) the rule names.  A
    section no heading of a document names is reported, never silently passed."""
    keys = rule.options.get("documents") or tuple(context.documents)
    section = rule.options.get("section")
    for key in keys:
        document = context.documents[key]
        spans: tuple[tuple[int, int], ...] = ((0, len(document.text)),)
        if section:
            spans = tuple(structure.read(document.text).sections(section))
            if not spans:
                yield finding(rule, "unmatched-rule", section,
                              f"section {section!r} matches no heading in {key} "
                              f"({document.path})", missing_in=(document.path,),
                              source=(rule.source.path, rule.source.line,
                                      rule.source.column))
                continue
        yield from each(rule, Scope(document, context.figures[key], spans))


def place(document: Document, start: int, end: int, value: int, name: str) -> Figure:
    """A stated count (六个坚持) or an item as a place a finding points to: not a figure the
    extractor reports, only where it stands and what it says."""
    line, column = document.position(start)
    return Figure(document.path, line, column, start, end, document.text[start:end],
                  Decimal(value), None, None, None, Interval.point(Decimal(value)),
                  Decimal(1), name, document.line_text(line).strip()[:200], "count",
                  document.where(start))
