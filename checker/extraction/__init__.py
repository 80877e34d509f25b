"""Extraction: a document's text to the figures it states.

    figure.py            the record (`Figure`) and the interval a figure stands for
    intervals.py         intervals with open and closed ends, and their arithmetic
    numerals.py          Arabic and Chinese numerals to exact values
    words.py, stops.py   word lists as patterns; clause and sentence stops
    tables.py            rows and cells of tables in plain text
    table_cells.py       figures in cells with their units: named by their row, timed by
                         their column's header
    context.py           a figure's year, period, basis, scenario and scope, read around it
    chinese*.py          Chinese: scan (chinese_scan), name (chinese_names), entry (chinese)
    english*.py          English: scan and build (english), units (english_units), name
                         (english_names)

Each language module has `claims(text)` and `extract(document)`; the first in `LANGUAGES`
that claims a text extracts it (Chinese claims what no other language does).  Adding a
language is adding its module here and its word lists in `checker/lang/`.
"""

from __future__ import annotations

from types import ModuleType

from checker.documents import Document
from checker.extraction import chinese, context, english, table_cells
from checker.extraction.figure import QUALIFIERS, Figure

LANGUAGES: tuple[ModuleType, ...] = (english, chinese)

__all__ = ["LANGUAGES", "QUALIFIERS", "Figure", "extract", "extract_text"]


def extract(document: Document) -> list[Figure]:
    """Every figure in a document, in the order they stand."""
    language = next(module for module in LANGUAGES if module.claims(document.text))
    figures: list[Figure] = language.extract(document)
    figures = context.read(document.text, figures, english=language is english)
    return table_cells.named(document.text, figures, english=language is english)


def extract_text(text: str, path: str = "<text>") -> list[Figure]:
    """Convenience for tests and scripts: extract from a string."""
    return extract(Document.from_text(text, path))
