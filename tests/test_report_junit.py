"""JUnit XML: a test case per rule, a failure per finding, parseable whatever the text holds."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace
from pathlib import Path

from checker.report import junit_report
from tests.report_cases import EXPECTED, run_case


def test_a_case_per_rule_and_a_failure_per_finding(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    root = ET.fromstring(junit_report.render(outcome))
    assert root.tag == "testsuites"
    suite, = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == list(outcome.rules)
    failures = {case.get("name"): case.findall("failure") for case in cases}
    assert Counter({rule: len(found) for rule, found in failures.items() if found}) == Counter(
        rule for _, _, rule, _ in EXPECTED)
    for attributes in (root.attrib, suite.attrib):
        assert attributes["tests"] == str(len(outcome.rules))
        assert attributes["failures"] == str(len(outcome.findings))
    mismatch, = failures["same-figures"]
    assert mismatch.get("type") == "error mismatch"
    assert mismatch.get("message") == (f"{outcome.findings[0].message} "
                                       f"(difference {outcome.findings[0].difference})")
    lines = (mismatch.text or "").splitlines()
    assert any(line.endswith("review.txt:3:10  1.38万家") for line in lines)
    assert any(line.endswith("draft.txt:1:12  1.36万家") for line in lines)
    assert "13800" not in (mismatch.text or "")


def test_rules_without_findings_are_passing_cases(tmp_path: Path) -> None:
    outcome = run_case(tmp_path, draft="全市建成职工之家13800家。会员总数450万人。\n")
    root = ET.fromstring(junit_report.render(outcome))
    assert root.get("failures") == "2"  # only the two ghost rules fail
    passing = [c.get("name") for c in root.iter("testcase") if not c.findall("failure")]
    assert passing == ["same-figures", "draft-figures-in-review"]


def test_control_characters_cannot_break_the_xml(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    odd = replace(outcome.findings[0], message="bell\x07 and <tag> & \x1b[31m\x00")
    root = ET.fromstring(junit_report.render(replace(outcome, findings=(odd,))))
    failure = next(root.iter("failure"))
    assert failure.get("message", "").startswith("bell\ufffd and <tag> & \ufffd[31m\ufffd")
