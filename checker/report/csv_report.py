"""`crosscheck check --format csv`: the discrepancy list for a spreadsheet.

One row per finding and figure (rows.columns): finding number (then the article, when articles
were checked against references), rule, level, kind, metric,
document, line, column, the figure as written, its value and unit, the message, an empty
`decision` column for an editor (accept, ignore) and the finding's fingerprint, by which a
filled-in export reads back as a baseline.  UTF-8 with a byte-order mark and CRLF line ends,
so Excel opens the Chinese text correctly.  A text cell that a spreadsheet would take for a
formula (=, @, or + or - before anything but a number) is written with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import re

from checker.findings import Outcome
from checker.report.records import plain_text
from checker.report.rows import columns, finding_rows

BOM = "\ufeff"
_NUMBER = re.compile(r"[+-]?[0-9.,]+%?")


def render(outcome: Outcome) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    names = columns(outcome)
    writer.writerow(names)
    for row in finding_rows(outcome):
        cells = {**row, "value": plain_text(row["value"])}
        writer.writerow([_cell(cells[name]) for name in names])
    return BOM + out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    if text[:1] in ("=", "@", "\t", "\r") or (text[:1] in ("+", "-")
                                              and not _NUMBER.fullmatch(text)):
        return "'" + text
    return text
