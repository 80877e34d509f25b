"""`crosscheck check --format markdown`: a summary and tables, for a pull-request comment.

A heading with the counts, a line on what was checked, the documents, then a table per kind
of finding (as in the terminal report; under a heading per article when articles were checked
against references) with each figure as written, its value and place.  Text
from the documents is escaped, so a report's prose cannot break the table or add markup.  At
most MAX_ROWS findings a table, so the comment stays within what a forge accepts.
"""

from __future__ import annotations

import html
import re

from checker.findings import Finding, Outcome
from checker.report.rows import (
    SECTIONS,
    Place,
    by_article,
    counts_text,
    message,
    places,
    scope_text,
)

MAX_ROWS = 100
LEVEL_MARKS = {"error": "🔴 error", "warning": "🟡 warning", "info": "🔵 info"}
_MARKUP = re.compile(r"([\\`*_\[\]|~#])")


def render(outcome: Outcome) -> str:
    counts = outcome.counts()
    verdict = "❌" if counts["error"] else "⚠️" if counts["warning"] else "✅"
    parts = [f"### {verdict} crosscheck: {escape(counts_text(outcome))}",
             "",
             escape(scope_text(outcome)) + ".",
             "",
             "| document | figures |",
             "| --- | ---: |"]
    parts += [f"| `{code(path)}` | {figures} |"
              for path, figures in zip(outcome.documents, outcome.figure_counts)]
    for article, found in by_article(outcome):
        heading = "####"
        if article is not None:
            if not found:
                continue
            parts += ["", f"#### `{code(article)}`"]
            heading = "#####"
        for kind, title in SECTIONS:
            findings = [f for f in found if f.kind == kind]
            if findings:
                parts += ["", f"{heading} {title} ({len(findings)})", ""] + _table(findings)
    if not outcome.findings:
        parts += ["", "No findings: the figures agree."]
    return "\n".join(parts) + "\n"


def _table(findings: list[Finding]) -> list[str]:
    lines = ["| level | rule | metric | figures | message |",
             "| --- | --- | --- | --- | --- |"]
    for finding in findings[:MAX_ROWS]:
        figures = "<br>".join(_place(place) for place in places(finding))
        lines.append(f"| {LEVEL_MARKS[finding.level]} | `{code(finding.rule)}` | "
                     f"{escape(finding.metric)} | {figures} | {escape(message(finding))} |")
    if len(findings) > MAX_ROWS:
        lines.append(f"\n… and {len(findings) - MAX_ROWS} more (see the full report).")
    return lines


def _place(place: Place) -> str:
    where = f"`{code(place.path)}:{place.line}`" if place.line else f"`{code(place.path)}`"
    if not place.text:
        return where
    gloss = f" {escape(place.stands_for)}" if place.stands_for else ""
    return f"**{escape(place.text)}**{gloss} {where}"


def escape(text: str) -> str:
    """Text for a table cell: no HTML, no Markdown syntax, no line breaks, no pipes."""
    text = html.escape(text, quote=False)
    return _MARKUP.sub(r"\\\1", text).replace("\r", "").replace("\n", "<br>")


def code(text: str) -> str:
    """Text for inside a code span in a table cell."""
    return text.replace("`", "'").replace("|", "\\|").replace("\n", " ")
