"""`crosscheck extract --format csv`: one row per figure, the JSON fields as columns, in UTF-8
with a byte-order mark (as `check --format csv`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from checker.extraction import Figure
from checker.report.csv_report import BOM
from checker.report.records import FIGURE_FIELDS, figure_record, plain_text


def render(figures: list[Figure], documents: Sequence[str] = ()) -> str:
    """`documents`: the paths the figures come from (unused: every figure names its own)."""
    out = io.StringIO()
    out.write(BOM)  # as `check --format csv` writes: Excel opens the Chinese text right
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIGURE_FIELDS)
    for figure in figures:
        row = figure_record(figure)
        row["value"], row["low"], row["high"] = (
            plain_text(figure.value), plain_text(figure.low), plain_text(figure.high))
        writer.writerow(["" if row[name] is None else row[name] for name in FIGURE_FIELDS])
    return out.getvalue()
