"""`crosscheck extract` for a person: a Rich table of figures per document."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from rich.console import Group
from rich.table import Table

from checker.extraction import Figure
from checker.report.records import plain_text

_QUALIFIER_MARKS = {"more_than": ">", "at_least": "≥", "nearly": "<≈", "about": "≈",
                    "at_most": "≤", "less_than": "<"}


def render(figures: list[Figure], documents: Sequence[str] = ()) -> Group:
    """A table per document: those of `documents` in their order (one with no figures gets
    an empty table), then any other document a figure names."""
    by_document: dict[str, list[Figure]] = {document: [] for document in documents}
    for document, group in groupby(figures, key=lambda f: f.document):
        by_document.setdefault(document, []).extend(group)
    tables = []
    for document, rows in by_document.items():
        table = Table(title=f"{document}: {len(rows)} figures", title_justify="left",
                      expand=False)
        table.add_column("line:col", no_wrap=True)
        table.add_column("figure", no_wrap=True, style="bold")
        table.add_column("value", justify="right", no_wrap=True)
        table.add_column("unit", no_wrap=True)
        table.add_column("q", no_wrap=True)
        table.add_column("metric")
        table.add_column("kind", no_wrap=True, style="dim")
        for f in rows:
            table.add_row(f"{f.line}:{f.column}" + (f" ({f.where})" if f.where else ""), f.text, plain_text(f.value), f.unit or "",
                          _QUALIFIER_MARKS.get(f.qualifier or "", ""), f.metric, f.kind)
        tables.append(table)
    return Group(*tables)
