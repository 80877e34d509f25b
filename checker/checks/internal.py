"""What the checks inside one document (count, within, derived) share: their scope (which
documents, which section) and how a stated count or item becomes a place in a finding."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from checker.checks.base import Context
from checker.documents import Document
from checker.extraction import Figure
from checker.extraction.intervals import Interval
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


def scopes(rule: Rule, context: Context) -> Iterator[Scope]:
    keys = rule.options.get("documents") or tuple(context.documents)
    section = rule.options.get("section")
    for key in keys:
        document = context.documents.get(key)
        if document is None:
            continue
        if section:
            spans = tuple(structure.read(document.text).sections(section))
        else:
            spans = ((0, len(document.text)),)
        if spans:
            yield Scope(document, context.figures[key], spans)


def place(document: Document, start: int, end: int, value: int, name: str) -> Figure:
    """A stated count (六个坚持) or an item as a place a finding points to: not a figure the
    extractor reports, only where it stands and what it says."""
    line, column = document.position(start)
    return Figure(document.path, line, column, start, end, document.text[start:end],
                  Decimal(value), None, None, None, Interval.point(Decimal(value)),
                  Decimal(1), name, document.line_text(line).strip()[:200], "count",
                  document.where(start))
