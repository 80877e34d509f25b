"""`crosscheck extract --format csv`: one row per figure, the JSON fields as columns."""

from __future__ import annotations

import csv
import io

from checker.extraction import Figure
from checker.report.records import FIGURE_FIELDS, figure_record, plain_text


def render(figures: list[Figure]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIGURE_FIELDS)
    for figure in figures:
        row = figure_record(figure)
        row["value"], row["low"], row["high"] = (
            plain_text(figure.value), plain_text(figure.low), plain_text(figure.high))
        writer.writerow(["" if row[name] is None else row[name] for name in FIGURE_FIELDS])
    return out.getvalue()
