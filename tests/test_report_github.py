"""GitHub workflow commands: one annotation per figure, escaped as the runner expects, and
chosen by itself inside GitHub Actions."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.report import github_report
from tests.report_cases import run_case, write_case

COMMAND = re.compile(r"^::(?P<level>error|warning|notice)(?: (?P<props>[^:]*))?::(?P<data>.*)$")


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse(output: str) -> list[tuple[str, dict[str, str], str]]:
    commands = []
    for line in output.splitlines():
        match = COMMAND.match(line)
        if match:
            props = dict(p.split("=", 1) for p in (match["props"] or "").split(",") if p)
            commands.append((match["level"], {k: unescape(v) for k, v in props.items()},
                             unescape(match["data"])))
    return commands


@pytest.mark.parametrize("text,data,prop", [
    ("plain 职工之家", "plain 职工之家", "plain 职工之家"),
    ("100% sure", "100%25 sure", "100%25 sure"),
    ("two\r\nlines", "two%0D%0Alines", "two%0D%0Alines"),
    ("rule: a, b", "rule: a, b", "rule%3A a%2C b"),
    ("%0A literally", "%250A literally", "%250A literally"),
])
def test_escaping_follows_the_runner(text: str, data: str, prop: str) -> None:
    assert github_report.escape_data(text) == data
    assert github_report.escape_property(text) == prop
    assert unescape(prop) == text


def test_one_annotation_per_figure_at_its_place(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    output = github_report.render(outcome)
    commands = parse(output)
    mismatch = outcome.findings[0]
    expected = [("error", f.document, str(f.line), str(f.column)) for f in mismatch.figures]
    assert [(level, p["file"], p["line"], p["col"]) for level, p, _ in commands[:2]] == expected
    assert all(data == mismatch.message + f" (difference {mismatch.difference})"
               for _, _, data in commands[:2])
    assert commands[0][1]["title"] == "same-figures: mismatch homes"
    levels = [level for level, _, _ in commands]
    assert levels == ["error", "error", "notice", "warning", "error"]  # info is a notice
    rule_problem = commands[-1][1]
    assert rule_problem["file"].endswith("rules.yaml") and rule_problem["line"] == "22"
    assert output.splitlines()[-1].startswith("crosscheck: 2 errors, 1 warning, 1 info")


def test_a_message_with_line_breaks_stays_one_command(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    finding = replace(outcome.findings[1], message="第一行\n第二行, 100%: done", rule="a,b:c")
    line, = github_report.commands(finding)
    assert "\n" not in line
    (_, props, data), = parse(line)
    assert data == "第一行\n第二行, 100%: done"
    assert props["title"].startswith("a,b:c: unsupported")


def test_chosen_inside_github_actions_when_piped(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    write_case(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    inside = runner.invoke(main, ["check"], env={"GITHUB_ACTIONS": "true"})
    assert inside.exit_code == 1
    assert inside.output.startswith("::error file=review.txt,line=3,col=10,")
    outside = runner.invoke(main, ["check"], env={"GITHUB_ACTIONS": None})
    assert outside.exit_code == 1 and "::error" not in outside.output
    assert "review.txt:3:10: error [same-figures] mismatch homes:" in outside.output
    chosen = runner.invoke(main, ["check", "--format", "json"], env={"GITHUB_ACTIONS": "true"})
    assert chosen.output.startswith("{")
