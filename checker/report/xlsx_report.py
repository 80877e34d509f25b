"""`crosscheck check --format xlsx --output FILE`: the discrepancy list as a workbook.

The rows and columns of the CSV export (rows.columns) on a sheet named `findings`: the header
frozen and filtered, the figure cells highlighted, levels coloured, lines and values as
numbers, and the `decision` column offering accept or ignore.  Text is always stored as text,
never as a formula.  A filled-in workbook reads back as a baseline (checker.baseline).
Returns bytes; the command line refuses to write them to a terminal.
"""

from __future__ import annotations

import io
import re
import zipfile

from checker.findings import Outcome
from checker.report.records import number
from checker.report.rows import columns, finding_rows

SHEET = "findings"
FIXED_TIME = "2000-01-01T00:00:00Z"  # the workbook's created and modified times
_W3CDTF = re.compile(rb"(?<=>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(?=</dcterms:)")
WIDTHS = {"finding": 8, "article": 34, "rule": 28, "level": 9, "kind": 14, "metric": 22, "document": 34,
          "line": 7, "column": 8, "figure": 16, "value": 14, "unit": 7, "message": 70,
          "decision": 11, "fingerprint": 24}
FIGURE_FILL = "FFF2CC"  # light yellow
LEVEL_FONTS = {"error": "C00000", "warning": "B7791F", "info": "2F6EBA"}


def render(outcome: Outcome) -> bytes:
    from openpyxl import Workbook  # imported here: only this format needs it
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.worksheets[0]
    sheet.title = SHEET
    names = columns(outcome)
    sheet.append(list(names))
    header_fill = PatternFill("solid", fgColor="D9D9D9")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
    figure_fill = PatternFill("solid", fgColor=FIGURE_FILL)
    column = {name: index for index, name in enumerate(names, start=1)}
    rows = finding_rows(outcome)
    for row_number, row in enumerate(rows, start=2):
        for name, index in column.items():
            value = number(row[name]) if name == "value" else row[name]
            cell = sheet.cell(row=row_number, column=index, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, even when it starts with "="
        sheet.cell(row=row_number, column=column["figure"]).fill = figure_fill
        sheet.cell(row=row_number, column=column["figure"]).font = Font(bold=True)
        sheet.cell(row=row_number, column=column["value"]).fill = figure_fill
        sheet.cell(row=row_number, column=column["level"]).font = Font(
            color=LEVEL_FONTS.get(row["level"], "000000"), bold=row["level"] == "error")
        sheet.cell(row=row_number, column=column["message"]).alignment = Alignment(
            wrap_text=True, vertical="top")
    for name, index in column.items():
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(name, 12)
    last = max(len(rows) + 1, 2)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(names))}{last}"
    decision = get_column_letter(column["decision"])
    choices = DataValidation(type="list", formula1='"accept,ignore"', allow_blank=True)
    choices.add(f"{decision}2:{decision}{max(last, 1000)}")
    sheet.add_data_validation(choices)
    out = io.BytesIO()
    book.save(out)
    return fixed(out.getvalue())


def fixed(workbook: bytes) -> bytes:
    """The workbook with the time of writing taken out, so that the same findings give the
    same bytes: the document properties' created and modified times, and the archive's file
    times, are set to one fixed moment."""
    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _W3CDTF.sub(FIXED_TIME.encode(), data)
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)),
                            data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
