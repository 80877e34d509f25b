"""`crosscheck check --format github`: GitHub Actions workflow commands (annotations).

One `::error`, `::warning` or `::notice` line (info is GitHub's notice) per finding and
figure, so the annotation shows at every figure involved, whichever document a pull request
changed; a finding without figures points at its place in the rules or baseline file.  A
plain summary line follows.  `crosscheck check` picks this format by itself when
GITHUB_ACTIONS=true and standard output is not a terminal.

Escaping follows the runner: in the message, % CR LF become %25 %0D %0A; in the properties
(file, title), : and , become %3A and %2C as well.
"""

from __future__ import annotations

from checker.findings import Finding, Outcome
from checker.report.rows import counts_text, message, places, scope_text

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(outcome: Outcome) -> str:
    lines = [line for finding in outcome.findings for line in commands(finding)]
    lines.append(f"crosscheck: {counts_text(outcome)} ({scope_text(outcome)})")
    return "\n".join(lines) + "\n"


def commands(finding: Finding) -> list[str]:
    command = COMMANDS[finding.level]
    title = f"{finding.rule}: {finding.kind}" + (f" {finding.metric}" if finding.metric else "")
    if finding.article is not None:
        title += f" (article {finding.article})"
    text = escape_data(message(finding))
    found = places(finding)
    if not found:
        return [f"::{command} title={escape_property(title)}::{text}"]
    lines = []
    for place in found:
        properties = [f"file={escape_property(place.path)}"]
        if place.line:
            properties.append(f"line={place.line}")
            if place.column:
                properties.append(f"col={place.column}")
                if place.length:
                    properties.append(f"endColumn={place.column + place.length}")
        properties.append(f"title={escape_property(title)}")
        lines.append(f"::{command} {','.join(properties)}::{text}")
    return lines


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
