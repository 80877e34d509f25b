"""Finding the rules file, `crosscheck rules validate`, and the JSON Schema of rules files."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from checker import rules_schema
from checker.checks import CHECKS
from checker.cli import main
from checker.rules import RULE_TYPES
from tests.conftest import ROOT
from tests.report_cases import RULES, write_case

SCHEMA = rules_schema.rules_schema()
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)


def errors(document: Any) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(document)]


def test_the_shipped_schema_is_the_generated_one_and_the_command_prints_it() -> None:
    shipped = resources.files("checker").joinpath(rules_schema.SCHEMA_FILE).read_text("utf-8")
    assert shipped == rules_schema.render(), "regenerate: crosscheck rules schema > " \
                                              "checker/rules.schema.json"
    assert "rules.schema.json" in (ROOT / "setup.cfg").read_text("utf-8")  # package data
    printed = CliRunner().invoke(main, ["rules", "schema"])
    assert printed.exit_code == 0 and json.loads(printed.output) == SCHEMA
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def test_the_project_rules_and_the_test_rules_validate() -> None:
    assert errors(yaml.safe_load((ROOT / "rules.yaml").read_text("utf-8"))) == []
    assert errors(yaml.safe_load(RULES)) == []


def test_every_check_and_option_is_in_the_schema() -> None:
    branches = {branch["if"]["properties"]["type"]["const"]: branch["then"]
                for branch in SCHEMA["definitions"]["rule"]["allOf"]}
    assert set(branches) == set(CHECKS) == set(RULE_TYPES)
    for name, rule_type in RULE_TYPES.items():
        assert set(rule_type.conf) <= set(branches[name]["properties"])
        required = {key for key, option in rule_type.conf.items() if option.required}
        assert set(branches[name]["required"]) == {"id", "type"} | required


BASE = yaml.safe_load(RULES)


def with_rule(**rule: Any) -> dict[str, Any]:
    return {**BASE, "rules": [rule]}


@pytest.mark.parametrize("document,where", [
    (with_rule(id="x", type="equal", documents=["review", "draft"], colour="red"), "$.rules[0]"),
    (with_rule(id="x", type="equal", documents=["review"]), "$.rules[0].documents"),
    (with_rule(id="x", type="equal", documents=["review", "draft"], level="fatal"),
     "$.rules[0].level"),
    (with_rule(id="x", type="compare"), "$.rules[0]"),
    (with_rule(id="x", type="compare", expr="review.homes + draft.homes"), "$.rules[0].expr"),
    (with_rule(id="x", type="sum", total="review", parts=["draft.homes"]), "$.rules[0].total"),
    (with_rule(id="x", type="equal", documents=["review", "draft"],
               tolerance={"relative": -1}), "$.rules[0].tolerance.relative"),
    (with_rule(id="x", type="equl", documents=["review", "draft"]), "$.rules[0].type"),
    (with_rule(type="equal", documents=["review", "draft"]), "$.rules[0]"),
    ({**BASE, "version": 2}, "$.version"),
    ({**BASE, "rules": []}, "$.rules"),
    ({**BASE, "metrics": {"homes": {"unit": "家"}}}, "$.metrics.homes"),
    ({**BASE, "metrics": {"homes": {"names": ["职工之家"], "kind": "currency"}}},
     "$.metrics.homes"),
    ({**BASE, "settings": {"treshold": 70}}, "$.settings"),
])
def test_the_schema_rejects_what_load_rules_rejects(document: dict[str, Any], where: str,
                                                    tmp_path: Path) -> None:
    found = errors(document)
    assert found and any(error.startswith(where) for error in found), found
    write_case(tmp_path)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "validate", str(path)])
    assert result.exit_code == 2, result.output


def test_validate_names_the_place_of_a_mistake(tmp_path: Path) -> None:
    runner = CliRunner()
    rules = write_case(tmp_path)
    good = runner.invoke(main, ["rules", "validate", str(rules)])
    assert good.exit_code == 0
    assert good.output == f"{rules}: valid: 2 documents, 3 metrics, 4 rules\n"
    assert runner.invoke(main, ["rules", "validate", "-q", str(rules)]).output == ""
    rules.write_text(RULES.replace("metrics: [homes, members]", "metrics: [homes, member]"),
                     encoding="utf-8")
    bad = runner.invoke(main, ["rules", "validate", str(rules)])
    assert bad.exit_code == 2
    assert bad.output.startswith(f"crosscheck: {rules}:11:22:") and "unknown metric 'member'" in \
        bad.output and len(bad.output.splitlines()) == 1
    rules.write_text(RULES, encoding="utf-8")
    (tmp_path / "draft.txt").unlink()
    gone = runner.invoke(main, ["rules", "validate", str(rules)])
    assert gone.exit_code == 2 and f"{rules}:2:" in gone.output and "'draft'" in gone.output


def test_the_rules_file_is_found_here_above_or_through_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    write_case(tmp_path / "project")
    deep = tmp_path / "project" / "drafts" / "2024"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    found = runner.invoke(main, ["check", "-f", "json"], env={"CROSSCHECK_RULES": None})
    assert found.exit_code == 1
    data = json.loads(found.output)
    assert data["rules_file"] == "../../rules.yaml"
    assert data["documents"][0]["path"] == "../../review.txt"
    assert runner.invoke(main, ["rules", "validate"], env={"CROSSCHECK_RULES": None}
                         ).output.startswith("../../rules.yaml: valid")
    other = write_case(tmp_path / "elsewhere", draft="全市建成职工之家13800家。会员总数450万人。\n")
    through_env = runner.invoke(main, ["check", "-f", "json"], env={"CROSSCHECK_RULES": str(other)})
    assert json.loads(through_env.output)["rules_file"] == str(other)
    named = runner.invoke(main, ["check", "-f", "json", "--rules", str(other)],
                          env={"CROSSCHECK_RULES": "nope.yaml"})
    assert json.loads(named.output)["rules_file"] == str(other)
    missing = runner.invoke(main, ["check"], env={"CROSSCHECK_RULES": "nope.yaml"})
    assert missing.exit_code == 2 and "nope.yaml: rules file not found" in missing.output


def test_the_search_stops_at_the_repository_root(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    write_case(tmp_path)  # a rules.yaml outside the repository
    repository = tmp_path / "repo"
    (repository / ".git").mkdir(parents=True)
    (repository / "docs").mkdir()
    monkeypatch.chdir(repository / "docs")
    result = CliRunner().invoke(main, ["check"], env={"CROSSCHECK_RULES": None})
    assert result.exit_code == 2 and "give the documents to check" in result.output


def test_validate_warns_of_a_metric_no_rule_uses(tmp_path: Path) -> None:
    rules = write_case(tmp_path)
    rules.write_text(RULES.replace("  ghost: {names: [不存在的指标]}\n",
                                   "  ghost: {names: [不存在的指标]}\n  spare: {names: [职工书屋]}\n"),
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "validate", str(rules)])
    assert result.exit_code == 0
    assert result.stderr == (f"{rules}:7:10: warning: metric 'spare' is declared but no rule "
                             f"uses it (unused-metric)\n")
    assert result.stdout.endswith("valid: 2 documents, 4 metrics, 4 rules\n")
