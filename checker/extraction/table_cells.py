"""Figures that fill a table's cells with their own units (| 城镇新增就业 | 115.8万人 | 100万人以上 |,
| Output per hour | 0.4% |): named by their row's first cell and set in the time their
column's header states (2025年完成, 2026年目标, Q1 2014), which prose reading around them
cannot see.  Bare numbers in cells the language extractors name by their row already (their
`_table_figure`); those are left as they are."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.extraction import context, tables
from checker.extraction.figure import Figure

# footnote marks and an aside in brackets after a row's name (LFS), (new measure), [1], ①
_MARKERS = re.compile(r"(?:[\s*†‡①-⑳]|\[[^\]]*\]|[（(][^（()）]*[)）])+$")


_MINUS = ("-", "−", "–")
_SIGNED_CHANGES = ("percent", "points", "count", "number", "money")


def named(text: str, figures: list[Figure], english: bool) -> list[Figure]:
    """The figures, those in table cells named and set by their row and column."""
    if "|" not in text and "\t" not in text and "  " not in text and "\u3000" not in text:
        return figures  # prose only: no cells
    headers: dict[str, context.Setting] = {}  # a header's reading, once per distinct header
    out = []
    for figure in figures:
        cell = tables.cell_of(text, figure.start, figure.end)
        if cell is None or cell[1] == 0:
            out.append(figure)  # not in a cell
            continue
        cells, column = cell
        by_row = _named_by_row(figure.metric, cells[0])
        header = (tables.header_of if by_row else tables.words_header_of)(
            text, figure.start, len(cells), column)
        if header and header not in headers:
            headers[header] = context.of_words(header, english)
        said = headers.get(header) if header else None
        if by_row:  # named by its row already (employment (thousands)): set by its column
            out.append(_set(figure, said) if said is not None else figure)
            continue
        row = _MARKERS.sub("", cells[0]).strip() or cells[0]
        row = row.lower() if english else row
        # a signed cell is a change, as its sign says (| output per hour | -0.1% |: a fall)
        change = (" rise" if figure.text[:1] == "+" else " fall" if figure.text[:1] in _MINUS
                  else "") if english and figure.kind in _SIGNED_CHANGES else ""
        named = replace(figure, metric=row + change)
        out.append(_set(named, said) if said is not None else named)
    return out


def _set(figure: Figure, said: context.Setting) -> Figure:
    """A figure set in what its column's header says of the time, the basis, the scenario
    and the scope; the rest as read around it."""
    return replace(figure, year=figure.year if said.year is None else said.year,
                   period=said.period or figure.period, basis=said.basis or figure.basis,
                   scenario=said.scenario or figure.scenario, scope=said.scope or figure.scope)


def _named_by_row(metric: str, row: str) -> bool:
    """Whether a figure's name is its row's already, as a table path names it (粮食产量（万吨）;
    employment (thousands))."""
    rest = metric.lower().removeprefix(row.lower())
    return len(rest) < len(metric) and rest.startswith(("（", " ("))
