"""`crosscheck check` for a person at a terminal: a summary and a table per kind of finding
(under a heading per article, when articles were checked against references).

Each finding shows its figures as written, their values and places, and the clause each
stands in with the figure highlighted.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from checker import describe as words
from checker.extraction import Figure
from checker.findings import LEVELS, Finding, Outcome
from checker.report.rows import PROBLEM_KINDS, SECTIONS, by_article, reference_text

LEVEL_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(outcome: Outcome) -> RenderableType:
    parts: list[RenderableType] = [_summary(outcome)]
    for article, found in by_article(outcome):
        if article is not None:
            if not found:
                continue
            parts.append(Text(f"\n{article}", style="bold underline"))
        for kind, title in SECTIONS:
            findings = [f for f in found if f.kind == kind]
            if findings:
                parts.append(_table(kind, title, findings))
    if not outcome.findings:
        parts.append(Text("No findings: the figures agree.", style="green"))
    return Group(*parts)


def _summary(outcome: Outcome) -> Panel:
    counts = outcome.counts()
    lines = Text()
    for path, figures in zip(outcome.documents, outcome.figure_counts):
        lines.append(f"{path}", style="bold")
        lines.append(f"  {figures} figures\n")
    lines.append(f"{sum(outcome.figure_counts)} figures, {outcome.aligned_metrics} aligned "
                 f"metrics, {len(outcome.rules)} rules"
                 + (f" from {outcome.rules_file}" if outcome.rules_file else " (auto mode)")
                 + "\n")
    if outcome.references:
        lines.append(f"{reference_text(outcome)}\n")
    lines.append("findings: ")
    for index, level in enumerate(LEVELS):
        lines.append(f"{counts[level]} {level}{'s' if counts[level] != 1 else ''}",
                     style=LEVEL_STYLES[level] if counts[level] else "dim")
        if index < len(LEVELS) - 1:
            lines.append(", ")
    if outcome.baseline_file:
        lines.append(f"\n{len(outcome.suppressed)} accepted in the baseline "
                     f"{outcome.baseline_file}", style="dim")
    return Panel(lines, title="crosscheck", title_align="left", expand=False)


def _table(kind: str, title: str, findings: list[Finding]) -> Table:
    table = Table(title=f"{title} ({len(findings)})", title_justify="left", show_lines=True,
                  expand=False)
    table.add_column("level", no_wrap=True)
    table.add_column("rule", overflow="fold")
    table.add_column("metric", overflow="fold")
    if kind == "missing":
        table.add_column("where present", overflow="fold", ratio=3)
        table.add_column("where missing", overflow="fold", ratio=1)
    else:
        table.add_column("figures", overflow="fold", ratio=3)
    if kind == "mismatch":
        table.add_column("difference", no_wrap=True, justify="right")
    if kind in PROBLEM_KINDS:
        table.add_column("problem", overflow="fold", ratio=2)
    for finding in findings:
        level = Text(finding.level, style=LEVEL_STYLES[finding.level])
        row: list[RenderableType] = [level, finding.rule, finding.metric]
        if kind == "missing":
            row += [_figures(finding.figures), "\n".join(finding.missing_in)]
        elif kind in PROBLEM_KINDS:
            row += [_figures(finding.figures), finding.message]
        else:
            row.append(_figures(finding.figures))
        if kind == "mismatch":
            row.append(finding.difference or "")
        table.add_row(*row)
    return table


def _figures(figures: tuple[Figure, ...]) -> Text:
    text = Text()
    for index, figure in enumerate(figures):
        if index:
            text.append("\n")
        text.append(figure.text, style="bold")
        if figure.qualifier:  # what 超过, 近, 约 … make of the number
            text.append(f"  {words.interval(figure.interval, (figure,))}", style="cyan")
        text.append(f"  {figure.location}\n", style="dim")
        text.append_text(highlight(figure))
    return text


def highlight(figure: Figure) -> Text:
    """The clause a figure stands in, with the figure picked out."""
    context = figure.context
    at = context.find(figure.text)
    clause = Text(context, style="dim")
    if at >= 0:
        clause.stylize("bold reverse", at, at + len(figure.text))
    return clause
