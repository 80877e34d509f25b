"""Baselines: written, read back (JSON, and CSV/XLSX exports with decisions), applied."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from checker import baseline
from checker.cli import main
from checker.errors import CrosscheckError
from checker.report import csv_report, xlsx_report
from tests.report_cases import DRAFT, run_case, summary, write_case


def test_a_written_baseline_reads_back_and_suppresses_exactly_its_findings(
        tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    text = baseline.render(outcome)
    records = json.loads(text)["findings"]
    assert len(records) == 4 and len(text.splitlines()) == 6  # one entry a line
    assert {r["fingerprint"] for r in records} == {outcome.fingerprint(f)
                                                  for f in outcome.findings}
    assert "1.38万家 = 13800 in review.txt" in records[-1]["figures"]  # relative to the rules
    accepted = baseline.parse_json(text, "baseline.json")
    applied = baseline.apply(outcome, accepted)
    assert applied.findings == () and applied.suppressed == outcome.findings
    assert not applied.reaches("info")
    # written twice, byte for byte the same
    assert baseline.render(run_case(tmp_path)) == text


def test_accepted_findings_survive_line_moves(tmp_path: Path) -> None:
    accepted = baseline.parse_json(baseline.render(run_case(tmp_path / "a")))
    moved = run_case(tmp_path / "b", draft="前言。\n\n\n" + DRAFT)
    applied = baseline.apply(moved, accepted)
    assert applied.findings == () and len(applied.suppressed) == 4


def test_a_changed_value_is_new_and_its_old_entry_stale(tmp_path: Path) -> None:
    text = baseline.render(run_case(tmp_path))
    accepted = baseline.parse_json(text, "baseline.json")
    changed = run_case(tmp_path, draft=DRAFT.replace("1.36万家", "1.35万家"))
    applied = baseline.apply(changed, accepted)
    assert summary(applied)[0] == ("mismatch", "error", "same-figures", ("1.38万家", "1.35万家"))
    stale = applied.findings[1]
    assert (stale.kind, stale.level, stale.rule) == ("stale-baseline", "info", "baseline")
    assert "1.36万家" in stale.message and "remove it from baseline.json" in stale.message
    path, line, _ = stale.source or ("", 0, 0)
    assert path == "baseline.json"
    assert '"1.36万家 = 13600' in text.splitlines()[line - 1]
    assert len(applied.suppressed) == 3 and applied.rule_help["baseline"]


def fill_decisions(rows: list[list[str]], decisions: dict[str, str]) -> list[list[str]]:
    """An editor's work: a decision on the first row of each kind named."""
    header = rows[0]
    kind, decision = header.index("kind"), header.index("decision")
    done = set()
    for row in rows[1:]:
        if row[kind] in decisions and row[kind] not in done:
            row[decision] = decisions[row[kind]]
            done.add(row[kind])
    return rows


@pytest.mark.parametrize("encoding,delimiter", [("utf-8-sig", ","), ("gb18030", ","),
                                                ("utf-8", ";")])
def test_an_exported_csv_with_decisions_is_a_baseline(encoding: str, delimiter: str,
                                                      tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    rows = list(csv.reader(io.StringIO(csv_report.render(outcome).lstrip("\ufeff"))))
    rows = fill_decisions(rows, {"mismatch": "Accept", "unmatched-rule": " ignore "})
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    path = tmp_path / "decided.csv"
    path.write_bytes(out.getvalue().encode(encoding))  # as a spreadsheet saves it
    applied = baseline.apply(outcome, baseline.load(path))
    assert [f.kind for f in applied.suppressed] == ["mismatch", "unmatched-rule"]
    assert [f.kind for f in applied.findings] == ["unsupported", "missing"]


def test_an_exported_workbook_with_decisions_is_a_baseline(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    path = tmp_path / "findings.xlsx"
    path.write_bytes(xlsx_report.render(outcome))
    book = openpyxl.load_workbook(path)
    sheet = book["findings"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=4, column=header.index("decision") + 1, value="accept")  # the 120个 row
    book.save(path)
    applied = baseline.apply(outcome, baseline.load(path))
    assert [f.kind for f in applied.suppressed] == ["unsupported"]
    assert len(applied.findings) == 3


@pytest.mark.parametrize("content,words,line", [
    ("finding,decision,fingerprint\n1,acept,abc\n", "unknown decision 'acept'", 2),
    ("finding,decision,fingerprint\n1,,abc\n2,accept,\n", "no fingerprint", 3),
    ("finding,rule\n1,x\n", "no 'fingerprint' column", 1),
])
def test_a_bad_decision_names_its_row(content: str, words: str, line: int,
                                      tmp_path: Path) -> None:
    path = tmp_path / "decided.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CrosscheckError) as caught:
        baseline.load(path)
    assert words in caught.value.message and caught.value.line == line


@pytest.mark.parametrize("content,words", [
    ('{"version": 1, "findings": [}', "not valid JSON"),
    ('{"version": 2, "findings": []}', "unsupported baseline version 2"),
    ('[1, 2]', "not a crosscheck baseline"),
    ('{"version": 1, "findings": [{"rule": "x"}]}', "entry 1 has no fingerprint"),
])
def test_a_bad_baseline_file_is_one_clear_error(content: str, words: str,
                                                tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CrosscheckError) as caught:
        baseline.load(path)
    assert words in caught.value.message


def test_the_command_line_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_case(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["check", "-q"]).exit_code == 1
    written = runner.invoke(main, ["check", "--write-baseline", "baseline.json"])
    assert written.exit_code == 0, written.output
    assert "recorded 4 findings in baseline.json" in written.output
    assert "4 suppressed by the baseline baseline.json" in written.output
    again = runner.invoke(main, ["check", "--baseline", "baseline.json", "-f", "json"])
    assert again.exit_code == 0
    data = json.loads(again.output)
    assert data["summary"]["findings"] == 0 and data["summary"]["suppressed"] == 4
    (tmp_path / "draft.txt").write_text(DRAFT.replace("120个", "130个"), encoding="utf-8")
    changed = runner.invoke(main, ["check", "--baseline", "baseline.json", "-f", "json"])
    assert changed.exit_code == 0  # the new figure and the stale entry are info
    kinds = [f["kind"] for f in json.loads(changed.output)["findings"]]
    assert kinds == ["unsupported", "stale-baseline"]
    strict = runner.invoke(main, ["check", "--baseline", "baseline.json", "--fail-level", "info"])
    assert strict.exit_code == 1 and "[baseline] stale-baseline" in strict.output
    missing = runner.invoke(main, ["check", "--baseline", "nope.json"])
    assert missing.exit_code == 2 and "nope.json: baseline file not found" in missing.output
