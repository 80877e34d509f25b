"""`crosscheck check` outputs: several --format/--output pairs, --quiet, --color, exit codes."""

from __future__ import annotations

import csv
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.report import CHECK_FORMATS
from tests.report_cases import write_case

COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-7](;[0-9]+)*m")  # a foreground colour
ANSI = re.compile(r"\x1b\[")


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_case(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("CROSSCHECK_RULES", raising=False)
    return tmp_path


def test_several_pairs_in_one_run_and_the_summary_on_the_terminal(case: Path) -> None:
    result = CliRunner().invoke(main, [
        "check", "-f", "sarif", "-o", "out.sarif", "-f", "junit", "-o", "out.xml",
        "-f", "csv", "-o", "out.csv", "-f", "xlsx", "-o", "out.xlsx",
        "-f", "markdown", "-o", "comment.md", "-f", "rich", "-o", "report.txt",
        "-o", "out.json", "-o", "more.sarif",  # formats from the file names
    ])
    assert result.exit_code == 1, result.output
    # Not a terminal: the concise format, one line a finding and one summing up.
    assert result.output.startswith("review.txt:3:10: error [same-figures] mismatch homes: ")
    assert len(result.output.splitlines()) == 5
    assert json.loads((case / "out.sarif").read_text("utf-8"))["version"] == "2.1.0"
    assert (case / "more.sarif").read_text("utf-8") == (case / "out.sarif").read_text("utf-8")
    assert ET.parse(case / "out.xml").getroot().get("failures") == "4"
    assert len(list(csv.reader((case / "out.csv").open(encoding="utf-8-sig")))) == 6
    assert openpyxl.load_workbook(case / "out.xlsx")["findings"].max_row == 6
    assert (case / "comment.md").read_text("utf-8").startswith("### ❌ crosscheck")
    assert json.loads((case / "out.json").read_text("utf-8"))["summary"]["findings"] == 4
    report = (case / "report.txt").read_text("utf-8")
    assert "Mismatches (1)" in report and not ANSI.search(report)


@pytest.mark.parametrize("args,words", [
    (["-f", "xlsx"], "--format xlsx writes a workbook: give --output FILE"),
    (["-f", "json", "-f", "csv"], "only one format can go to the terminal"),
    (["-o", "out.pdf"], "--output out.pdf: give its --format"),
    (["-f", "json", "-o", "no/such/folder/out.json"], "no/such/folder/out.json: cannot write"),
    (["--baseline", "b.json", "--color", "sometimes"], "Invalid value for '--color'"),
])
def test_output_mistakes_are_one_line_and_exit_two(args: list[str], words: str,
                                                   case: Path) -> None:
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code == 2
    assert words in result.output
    if not words.startswith("Invalid"):
        assert len(result.output.strip().splitlines()) == 1


def test_quiet_prints_nothing_but_writes_files_and_keeps_the_exit_code(case: Path) -> None:
    runner = CliRunner()
    quiet = runner.invoke(main, ["check", "-q", "-o", "out.sarif"])
    assert (quiet.exit_code, quiet.output) == (1, "")
    assert (case / "out.sarif").is_file()
    assert runner.invoke(main, ["check", "-q", "--fail-level", "never"]).exit_code == 0
    github = runner.invoke(main, ["check", "-q"], env={"GITHUB_ACTIONS": "true"})
    assert (github.exit_code, github.output) == (1, "")
    asked = runner.invoke(main, ["check", "-q", "-f", "json"])  # asked for: still printed
    assert json.loads(asked.output)["summary"]["findings"] == 4


@pytest.mark.parametrize("fmt", sorted(set(CHECK_FORMATS) - {"xlsx"}))
@pytest.mark.parametrize("fail_level,code", [("error", 1), ("never", 0)])
def test_the_fail_level_decides_the_exit_code_whatever_the_format(
        fmt: str, fail_level: str, code: int, case: Path) -> None:
    result = CliRunner().invoke(main, ["check", "-f", fmt, "--fail-level", fail_level])
    assert result.exit_code == code, result.output
    assert result.output


def test_colour_follows_the_flag_and_no_color(case: Path) -> None:
    runner = CliRunner()
    always = runner.invoke(main, ["check", "--color", "always", "-o", "report.txt",
                                  "-f", "rich", "-f", "rich"], env={"NO_COLOR": "1"})
    assert COLOUR.search(always.output)  # the flag wins over NO_COLOR
    assert not ANSI.search((case / "report.txt").read_text("utf-8"))  # files: never
    never = runner.invoke(main, ["check", "-f", "rich", "--color", "never"],
                          env={"FORCE_COLOR": "1"})
    assert not ANSI.search(never.output) and "Mismatches (1)" in never.output
    auto = runner.invoke(main, ["check", "-f", "rich"],
                         env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert ANSI.search(auto.output) and not COLOUR.search(auto.output)  # bold, no colour
    piped = runner.invoke(main, ["check", "-f", "rich"],
                          env={"FORCE_COLOR": None, "NO_COLOR": None})
    assert not ANSI.search(piped.output)  # not a terminal


def test_a_key_path_pair_without_a_rules_file_is_a_clear_error(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "draft=new.txt"], env={"CROSSCHECK_RULES": None})
    assert result.exit_code == 2 and "KEY=PATH replaces a document of a rules file" in \
        result.output


def test_all_outputs_or_none(case: Path) -> None:
    """One output that cannot be written: none is, and nothing is left behind."""
    (case / "out").mkdir()
    result = CliRunner().invoke(main, ["check", "-o", "out/good.json", "-o", "out/good.csv",
                                       "-o", "nodir/x.sarif"])
    assert result.exit_code == 2 and "nodir/x.sarif: cannot write" in result.output
    assert list((case / "out").iterdir()) == []
    written = CliRunner().invoke(main, ["check", "-q", "-o", "out/good.json"])
    assert written.exit_code == 1 and [p.name for p in (case / "out").iterdir()] == [
        "good.json"]
    assert (case / "out" / "good.json").stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("args", [
    ["-o", "a.json", "-o", "a.json"],
    ["-o", "a.json", "-f", "sarif", "-o", "./a.json"],
    ["--write-baseline", "b.json", "-o", "b.json"],
])
def test_two_outputs_to_one_file_are_refused(args: list[str], case: Path) -> None:
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code == 2 and "is written twice in one run" in result.output
    assert not (case / "a.json").exists() and not (case / "b.json").exists()


@pytest.mark.parametrize("name", ["review.txt", "rules.yaml", "baseline.json"])
def test_an_output_linked_to_an_input_is_refused(name: str, case: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["check", "-q", "--write-baseline", "baseline.json"]
                         ).exit_code == 0
    os.link(case / name, case / "linked.json")
    before = (case / name).read_bytes()
    result = runner.invoke(main, ["check", "--baseline", "baseline.json", "-o", "linked.json"])
    assert result.exit_code == 2 and "linked.json: is an input" in result.output
    assert (case / name).read_bytes() == before


@pytest.mark.parametrize("args,rules", [
    (["--select", "same-figures"], ["same-figures"]),
    (["--select", "ghost-*", "--select", "same-figures"],
     ["same-figures", "ghost-present", "ghost-within"]),
    (["--ignore", "same-figures,ghost-*"], ["draft-figures-in-review"]),
    (["--select", "ghost-*", "--ignore", "ghost-within"], ["ghost-present"]),
])
def test_select_and_ignore_choose_the_rules_that_run(args: list[str], rules: list[str],
                                                     case: Path) -> None:
    result = CliRunner().invoke(main, ["check", "-f", "json", *args])
    data = json.loads(result.output)
    assert data["summary"]["rules"] == len(rules)
    assert sorted({f["rule"] for f in data["findings"]}) == sorted(rules)


def test_select_mistakes_and_the_baseline(case: Path) -> None:
    runner = CliRunner()
    typo = runner.invoke(main, ["check", "--select", "same-figure"])
    assert typo.exit_code == 2 and "--select same-figure: no such rule in rules.yaml" in \
        typo.output
    auto = runner.invoke(main, ["check", "--ignore", "auto", "review.txt", "draft.txt"])
    assert auto.exit_code == 2 and "auto mode has none to choose" in auto.output
    assert runner.invoke(main, ["check", "-q", "--write-baseline", "b.json"]).exit_code == 0
    chosen = runner.invoke(main, ["check", "-f", "json", "--baseline", "b.json",
                                  "--select", "same-figures"])
    assert chosen.exit_code == 0
    assert json.loads(chosen.output)["findings"] == []  # the other rules' entries: not stale
