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

from dataclasses import replace
from types import ModuleType

from checker.documents import Document
from checker.extraction import chinese, context, english, table_cells
from checker.extraction.figure import QUALIFIERS, Figure

LANGUAGES: tuple[ModuleType, ...] = (english, chinese)

__all__ = ["LANGUAGES", "QUALIFIERS", "Figure", "extract", "extract_text"]


def extract(document: Document) -> list[Figure]:
    """Every figure in a document, in the order they stand."""
    language = next(module for module in LANGUAGES if module.claims(document.text))
    written = document.text
    if language is english and ("[" in written or english.SUPERSCRIPT.search(written)):
        # reference markers (0.8%[3]) read as blanks, offsets kept; the clauses shown as written
        document = replace(document, text=english.without_references(written))
    figures: list[Figure] = language.extract(document)
    figures = context.read(document.text, figures, english=language is english)
    figures = table_cells.named(document.text, figures, english=language is english)
    if document.text is not written:
        figures = [replace(f, context=_as_written(f, document.text, written)) for f in figures]
    return figures


def _as_written(figure: Figure, read: str, written: str) -> str:
    """A figure's clause as the file writes it (`read`: the text it was read from, of the same
    length): the clause holds the figure, so it is looked for up to the figure's end."""
    at = read.rfind(figure.context, 0, figure.end + len(figure.context))
    return written[at:at + len(figure.context)] if at >= 0 else figure.context


def extract_text(text: str, path: str = "<text>") -> list[Figure]:
    """Convenience for tests and scripts: extract from a string."""
    return extract(Document.from_text(text, path))
