"""`crosscheck check --format concise`: one finding per line, for tools and logs.

    path:line:col: level [rule] kind metric: message

like the diagnostics of ruff and gcc, so editors, pre-commit and CI logs can jump to the place.
The place is the finding's first figure (the article's, when articles were checked against
references: the lines of an article come together and start with its path; a rule problem: its node in the rules or baseline
file; a metric missing from a whole document: the document, with no line).  A last line sums
up the run.  This is the default when standard output is not a terminal and no --format is
given (the Rich tables wrap `file:line:col` across lines there).
"""

from __future__ import annotations

from checker.findings import Finding, Outcome
from checker.report.rows import counts_text, message, places, scope_text


def render(outcome: Outcome) -> str:
    lines = [line(finding) for finding in outcome.findings]
    lines.append(f"crosscheck: {counts_text(outcome)} ({scope_text(outcome)})")
    return "\n".join(lines) + "\n"


def line(finding: Finding) -> str:
    """One finding: its place, level, rule, kind, metric and message, on one line."""
    found = places(finding)
    where = ""
    if found:
        place = next((p for p in found if p.path == finding.article), found[0])
        where = place.path
        if place.line:
            where += f":{place.line}"
            if place.column:
                where += f":{place.column}"
        where += ": "
    metric = f" {finding.metric}" if finding.metric else ""
    text = " ".join(message(finding).split())  # one line, whatever the message holds
    text = text.removeprefix(f"{finding.metric}: ") if finding.metric else text
    return f"{where}{finding.level} [{finding.rule}] {finding.kind}{metric}: {text}"
