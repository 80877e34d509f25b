"""Markdown for a pull-request comment: counts, a table per kind, prose that cannot break out."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from checker.report import markdown_report
from tests.report_cases import run_case


def tables(text: str) -> dict[str, list[list[str]]]:
    """Each '#### Title (n)' section's table rows, split on unescaped pipes."""
    found: dict[str, list[list[str]]] = {}
    title = ""
    for line in text.splitlines():
        if line.startswith("#### "):
            title = line[5:]
            found[title] = []
        elif title and line.startswith("| ") and not line.startswith("| ---"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            found[title].append(cells)
    return {t: rows[1:] for t, rows in found.items()}  # without the header row


def test_summary_and_a_table_per_kind(tmp_path: Path) -> None:
    text = markdown_report.render(run_case(tmp_path))
    assert text.startswith("### ❌ crosscheck: 2 errors, 1 warning, 1 info\n")
    assert "8 figures in 2 documents" in text
    found = tables(text)
    assert list(found) == ["Mismatches (1)", "Missing values (1)", "Unsupported figures (1)",
                           "Rule problems (1)"]
    mismatch, = found["Mismatches (1)"]
    assert len(mismatch) == 5 and mismatch[0] == "🔴 error"
    assert "**1.38万家** `" in mismatch[3] and "review.txt:3`" in mismatch[3]
    assert "<br>**1.36万家** `" in mismatch[3] and "13800" not in mismatch[3]


def test_prose_is_escaped(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    odd = replace(outcome.findings[0], metric="a|b <script>x</script>",
                  message="第一行\n| not a row | *bold* [link](x)")
    text = markdown_report.render(replace(outcome, findings=(odd,)))
    row, = tables(text)["Mismatches (1)"]
    assert len(row) == 5
    assert row[2] == r"a\|b &lt;script&gt;x&lt;/script&gt;"
    assert row[4].startswith(r"第一行<br>\| not a row \| \*bold\* \[link\](x)")
    assert "<script>" not in text


def test_long_tables_are_cut(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    many = tuple(replace(outcome.findings[1], metric=f"m{i}") for i in range(130))
    text = markdown_report.render(replace(outcome, findings=many))
    assert len(tables(text)["Unsupported figures (130)"]) == markdown_report.MAX_ROWS
    assert "… and 30 more" in text


def test_no_findings(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    text = markdown_report.render(replace(outcome, findings=()))
    assert text.startswith("### ✅ crosscheck: 0 errors, 0 warnings, 0 infos")
    assert "No findings: the figures agree." in text
