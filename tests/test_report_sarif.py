"""SARIF 2.1.0: valid against the published schema, every figure located, stable fingerprints.

tests/fixtures/sarif/sarif-schema-2.1.0.json is the published schema, unchanged: OASIS
sarif-spec, Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json (draft-07).
"""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import jsonschema
import pytest

from checker.baseline import apply, parse_json
from checker.baseline import render as render_baseline
from checker.documents import load
from checker.engine import check
from checker.findings import Outcome
from checker.report import sarif_report
from tests.conftest import FIXTURES, ROOT, SEEDS
from tests.report_cases import DRAFT, EXPECTED, run_case

SCHEMA = json.loads((FIXTURES / "sarif" / "sarif-schema-2.1.0.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def sarif(outcome: Outcome) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(sarif_report.render(outcome))
    errors = [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(log)]
    assert not errors, errors
    return log


def test_the_schema_is_the_published_one_and_it_rejects_what_is_not_sarif() -> None:
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert len(SCHEMA["definitions"]) == 52
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    wrong = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "crosscheck"}},
                                           "results": [{"level": "info",
                                                        "message": {"text": "x"}}]}]}
    assert not VALIDATOR.is_valid(wrong)  # "info" is not a SARIF level


def test_a_run_with_every_level_is_valid_sarif(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    log = sarif(outcome)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "crosscheck"
    assert run["tool"]["driver"]["version"] == importlib.metadata.version("crossreport-checker")
    results = run["results"]
    assert [(r["properties"]["kind"], r["level"], r["ruleId"]) for r in results] == [
        (kind, {"info": "note"}.get(level, level), rule) for kind, level, rule, _ in EXPECTED]


def test_one_descriptor_per_rule_with_its_help_and_results_point_at_them(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    run = sarif(outcome)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(outcome.rules)
    for rule in rules:
        assert rule["help"]["text"] == outcome.rule_help[rule["id"]]
        assert rule["shortDescription"]["text"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_every_figure_is_located_at_its_line_and_column(tmp_path: Path) -> None:
    outcome = run_case(tmp_path)
    results = sarif(outcome)["runs"][0]["results"]
    mismatch = results[0]
    located = []
    for location in mismatch["locations"]:
        physical = location["physicalLocation"]
        path = unquote(urlparse(physical["artifactLocation"]["uri"]).path)
        region = physical["region"]
        line = Path(path).read_text("utf-8").splitlines()[region["startLine"] - 1]
        written = line[region["startColumn"] - 1:region["endColumn"] - 1]
        assert written == region["snippet"]["text"]
        located.append(written)
    assert located == ["1.38万家", "1.36万家"]
    # a rule problem points at the rule in the rules file
    problem = results[3]["locations"][0]["physicalLocation"]
    assert unquote(problem["artifactLocation"]["uri"]).endswith("rules.yaml")
    assert problem["region"]["startLine"] == 22
    # a metric missing in a document points at the document
    missing = results[2]["locations"][0]["physicalLocation"]
    assert unquote(missing["artifactLocation"]["uri"]).endswith("review.txt")


def test_fingerprints_survive_line_moves_and_change_with_values(tmp_path: Path) -> None:
    def prints(outcome: Outcome) -> dict[str, str]:
        results = sarif(outcome)["runs"][0]["results"]
        return {r["ruleId"]: r["partialFingerprints"][sarif_report.FINGERPRINT_KEY]
                for r in results}

    before = run_case(tmp_path / "before")
    moved = run_case(tmp_path / "moved", draft="新增一段说明。\n\n另一段。\n" + DRAFT)
    changed = run_case(tmp_path / "changed", draft=DRAFT.replace("1.36万家", "1.37万家"))
    assert moved.findings[0].figures[1].line == before.findings[0].figures[1].line + 3
    assert prints(moved) == prints(before)
    assert prints(changed)["same-figures"] != prints(before)["same-figures"]
    assert prints(changed)["draft-figures-in-review"] == prints(before)["draft-figures-in-review"]


def test_the_seeds_in_auto_mode_and_with_the_project_rules_are_valid_sarif() -> None:
    documents = [load(str(path)) for path in sorted(SEEDS.glob("*.txt"))[:2]]
    auto = sarif(check(documents))
    assert auto["runs"][0]["tool"]["driver"]["rules"][0]["id"] == "auto"
    from checker.config import load_rules

    rules = load_rules(ROOT / "rules.yaml")
    outcome = check({key: load(path) for key, path in rules.documents.items()}, rules)
    results = sarif(outcome)["runs"][0]["results"]
    assert {r["level"] for r in results} == {"warning"} and len(results) == 3


def test_a_baseline_shows_as_suppressions_and_baseline_states(tmp_path: Path) -> None:
    first = run_case(tmp_path / "a")
    accepted = parse_json(render_baseline(first), str(tmp_path / "baseline.json"))
    changed = run_case(tmp_path / "a", draft=DRAFT.replace("120个", "130个"))
    results = sarif(apply(changed, accepted))["runs"][0]["results"]
    states = sorted((r["ruleId"], r["baselineState"], "suppressions" in r) for r in results)
    assert states == [
        ("baseline", "absent", False),  # the accepted 120个 is gone
        ("draft-figures-in-review", "new", False),  # 130个 is new
        ("ghost-present", "unchanged", True),
        ("ghost-within", "unchanged", True),
        ("same-figures", "unchanged", True),
    ]


@pytest.mark.parametrize("path,uri", [
    ("seeds/001.txt", "seeds/001.txt"),
    ("报告/解读 稿.txt", "%E6%8A%A5%E5%91%8A/%E8%A7%A3%E8%AF%BB%20%E7%A8%BF.txt"),
    ("/srv/报告.txt", "file:///srv/%E6%8A%A5%E5%91%8A.txt"),
])
def test_paths_become_uri_references(path: str, uri: str) -> None:
    assert sarif_report.uri(path) == uri
