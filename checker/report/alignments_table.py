"""`crosscheck align` for a person: one row per group of aligned figures."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from checker.align import Alignment
from checker.report.records import plain_text


def render(alignments: list[Alignment]) -> Table:
    shared = sum(1 for a in alignments if len(a.documents) > 1)
    table = Table(title=f"{shared} aligned groups, {len(alignments) - shared} figures alone",
                  title_justify="left", show_lines=True)
    table.add_column("metric", overflow="fold")
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("figures", overflow="fold")
    for alignment in alignments:
        cell = Text()
        for index, figure in enumerate(alignment.figures):
            if index:
                cell.append("\n")
            cell.append(figure.text, style="bold")
            cell.append(f"  = {plain_text(figure.value)}  ", style="cyan")
            cell.append(figure.location, style="dim")
        for figure in alignment.alternatives:
            if figure not in alignment.figures:
                cell.append(f"\nor {figure.text}  {figure.document}:{figure.line}",
                            style="yellow")
        score = "ambiguous" if alignment.ambiguous else (
            f"{alignment.score:.1f}" if len(alignment.documents) > 1 else "alone")
        table.add_row(alignment.metric, score, cell)
    return table
