"""Rule checks on small written documents (tests/fixtures/rule_cases.yaml), and the
project's rules.yaml on the seeds."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker import load
from checker.config import load_rules
from checker.engine import check_rules
from tests.conftest import FIXTURES, ROOT

CASES = yaml.safe_load((FIXTURES / "rule_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_rule_case(case: dict[str, Any], tmp_path: Path) -> None:
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text(case["rules"], encoding="utf-8")
    rules = load_rules(rules_file)
    for key, text in case["documents"].items():
        (tmp_path / Path(rules.documents[key]).name).write_text(text, encoding="utf-8")
    documents = {key: load(path) for key, path in rules.documents.items()}
    outcome = check_rules(documents, rules)
    got = [(f.kind, f.rule) for f in outcome.findings]
    assert got == [(e["kind"], e["rule"]) for e in case["findings"]], outcome.findings
    for finding, expected in zip(outcome.findings, case["findings"]):
        if "metric" in expected:
            assert finding.metric == expected["metric"]
        if "lines" in expected:
            assert [f.line for f in finding.figures] == expected["lines"]
        message = finding.message.replace(f"{tmp_path}{os.sep}", "")
        for words in expected.get("says", []):
            assert words in message, message
        for text in expected.get("never", []):
            assert text not in message, message
        if "difference" in expected:
            assert finding.difference == expected["difference"]


def test_project_rules_pass_on_the_seeds_with_only_the_known_warnings() -> None:
    rules = load_rules(ROOT / "rules.yaml")
    documents = {key: load(path) for key, path in rules.documents.items()}
    outcome = check_rules(documents, rules)
    assert outcome.counts()["error"] == 0
    assert sorted(f.figures[0].text for f in outcome.findings) == ["217项", "6个", "7.7亿元"]
    assert {f.kind for f in outcome.findings} == {"unsupported"}
    assert outcome.aligned_metrics > 40
    assert outcome.references == (rules.documents["review"],)  # equal's first, covered's source


def test_project_rules_catch_a_sector_report_that_overstates_its_medals(
        tmp_path: Path) -> None:
    rules = load_rules(ROOT / "rules.yaml")
    documents = {key: load(path) for key, path in rules.documents.items()}
    industry = documents["industry"].text.replace("首都劳动奖章158名", "首都劳动奖章1580名")
    changed = tmp_path / "industry.txt"
    changed.write_text(industry, encoding="utf-8")
    documents["industry"] = load(changed)
    outcome = check_rules(documents, rules)
    errors = [f for f in outcome.findings if f.level == "error"]
    assert [(f.rule, f.kind) for f in errors] == [("sector-medals-within-city", "mismatch")]
    assert {f.text for f in errors[0].figures} == {"首都劳动奖章1580名"[6:], "76名", "1390名"}
