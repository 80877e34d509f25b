"""The discrepancy list as CSV and XLSX, read back with the csv module and openpyxl."""

from __future__ import annotations

import csv
import io
import time
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from checker.report import csv_report, xlsx_report
from checker.report.rows import COLUMNS, places
from tests.report_cases import REVIEW, run_case

# One row per finding and figure: (finding, kind, document, line, figure, value, unit).
ROWS = [
    ("1", "mismatch", "review.txt", "3", "1.38万家", "13800", "家"),
    ("1", "mismatch", "draft.txt", "1", "1.36万家", "13600", "家"),
    ("2", "unsupported", "draft.txt", "2", "120个", "120", "个"),
    ("3", "missing", "review.txt", "", "", "", ""),
    ("4", "unmatched-rule", "rules.yaml", "22", "", "", ""),
]


def test_csv_is_utf8_with_a_bom_and_a_row_per_finding_and_figure(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    text = csv_report.render(outcome)
    data = text.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["finding"], r["kind"], Path(r["document"]).name, r["line"], r["figure"],
             r["value"], r["unit"]) for r in rows] == ROWS
    assert all(r["decision"] == "" for r in rows)
    assert rows[0]["fingerprint"] == rows[1]["fingerprint"] != rows[2]["fingerprint"]
    assert rows[0]["fingerprint"] == outcome.fingerprint(outcome.findings[0])
    assert rows[0]["level"] == "error" and rows[2]["level"] == "info"
    assert "1.38万家" in rows[0]["message"] and "difference -0.02万 (-1.4%)" in rows[0]["message"]
    assert text.count("\r\n") == len(rows) + 1


@pytest.mark.parametrize("cell,written", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("+1+2", "'+1+2"),
    ("-5个百分点", "'-5个百分点"),
    ("-5%", "-5%"),
    ("-3.5", "-3.5"),
    ("职工之家", "职工之家"),
])
def test_csv_cells_never_become_formulas(cell: str, written: str, tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    odd = replace(outcome.findings[1], metric=cell)
    rows = list(csv.DictReader(io.StringIO(
        csv_report.render(replace(outcome, findings=(odd,))).lstrip("\ufeff"))))
    assert rows[0]["metric"] == written


def test_xlsx_has_the_same_rows_a_frozen_filtered_header_and_highlighted_figures(
        tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    odd = replace(outcome.findings[1], metric="=1+1")
    path = tmp_path / "findings.xlsx"
    path.write_bytes(xlsx_report.render(replace(outcome, findings=(*outcome.findings, odd))))
    book = openpyxl.load_workbook(path)
    sheet = book["findings"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == list(COLUMNS)
    column = {name: index for index, name in enumerate(COLUMNS)}
    assert [(str(r[column["finding"]]), r[column["kind"]], Path(str(r[column["document"]])).name,
             "" if r[column["line"]] is None else str(r[column["line"]]),
             r[column["figure"]] or "", "" if r[column["value"]] is None else str(r[column["value"]]),
             r[column["unit"]] or "") for r in values[1:6]] == list(ROWS)
    assert values[1][column["value"]] == 13800 and isinstance(values[1][column["line"]], int)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:O{len(values)}"
    figure = sheet.cell(row=2, column=column["figure"] + 1)
    assert figure.fill.fgColor.rgb.endswith(xlsx_report.FIGURE_FILL)
    assert sheet.cell(row=2, column=column["message"] + 1).fill.fgColor.rgb == "00000000"
    formula = sheet.cell(row=len(values), column=column["metric"] + 1)
    assert (formula.value, formula.data_type) == ("=1+1", "s")  # text, not a formula
    choices, = sheet.data_validations.dataValidation
    decision = get_column_letter(COLUMNS.index("decision") + 1)
    assert choices.formula1 == '"accept,ignore"' and f"{decision}2" in str(choices.sqref)


def test_the_workbook_is_the_same_bytes_whenever_it_is_written(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    first = xlsx_report.render(outcome)
    time.sleep(1.1)  # the properties' times have seconds
    assert xlsx_report.render(outcome) == first


def test_a_place_shows_what_a_qualified_figure_stands_for(tmp_path: Path) -> None:
    outcome = run_case(tmp_path, review=REVIEW.replace("会员总数达到450万人", "会员总数超过460万人"))
    shown = [place.shown for finding in outcome.findings for place in places(finding)]
    assert "超过460万人 (460万, ∞)" in shown and "450万人" in shown and "1.38万家" in shown
