"""The concise format: one finding per line, `path:line:col: level [rule] kind metric: ...`,
the default when standard output is not a terminal."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.report import concise_report
from tests.report_cases import run_case, write_case

LINE = re.compile(r"^(?P<place>[^:]+(?::\d+(?::\d+)?)?): (?P<level>error|warning|info) "
                  r"\[(?P<rule>[^\]]+)\] (?P<kind>[a-z-]+)(?: (?P<metric>[^:]+))?: (?P<msg>.+)$")


def test_one_line_per_finding_at_its_first_figure(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    lines = concise_report.render(outcome).splitlines()
    assert len(lines) == len(outcome.findings) + 1
    parsed = [LINE.match(line) for line in lines[:-1]]
    assert all(parsed), lines
    assert [(m["place"], m["level"], m["rule"], m["kind"], m["metric"])
            for m in parsed if m] == [
        (f"{tmp_path}/review.txt:3:10", "error", "same-figures", "mismatch", "homes"),
        (f"{tmp_path}/draft.txt:2:16", "info", "draft-figures-in-review", "unsupported",
         "开展培训班"),
        (f"{tmp_path}/review.txt", "warning", "ghost-present", "missing", "ghost"),
        (f"{tmp_path}/rules.yaml:22:5", "error", "ghost-within", "unmatched-rule", "ghost"),
    ]  # in the order of the rules
    assert lines[-1].startswith("crosscheck: 2 errors, 1 warning, 1 info (")
    assert "mismatch homes: 1.38万家 (" in lines[0]  # the metric once, not again in front


def test_a_message_of_several_lines_stays_on_one(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    first = replace(outcome.findings[0], message="two\nlines")
    assert concise_report.line(first).endswith(": two lines (difference -0.02万 (-1.4%))")


@pytest.mark.parametrize("env,starts", [
    ({"GITHUB_ACTIONS": None}, "review.txt:3:10: error [same-figures] mismatch homes: "),
    ({"GITHUB_ACTIONS": "true"}, "::error file=review.txt,line=3,col=10,"),
])
def test_the_default_when_piped(env: dict[str, str | None], starts: str, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    write_case(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check"], env={"CROSSCHECK_RULES": None, **env})
    assert result.exit_code == 1 and result.output.startswith(starts)
    assert "╭" not in result.output and "┃" not in result.output
