"""`crosscheck check --format sarif`: SARIF 2.1.0, for code scanning and SARIF viewers.

One run; a reporting descriptor per rule with its help text; a result per finding with its
level (info is SARIF's `note`), message, the physical location of every figure involved
(start and end line and column, in Unicode code points, and the figure as the snippet), and a `partialFingerprints` entry made of rule, kind, metric,
documents and values, so a result keeps its identity when lines move.  Findings a baseline
suppressed are kept as results with an external suppression; with a baseline, results carry
`baselineState` (stale baseline entries are `absent`).
"""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from checker.findings import Finding, Outcome
from checker.report.rows import Place, message, places, rule_ids

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "crosscheck/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(outcome: Outcome) -> str:
    ids = rule_ids(outcome)
    results = [_result(outcome, f, ids) for f in outcome.findings]
    results += [_result(outcome, f, ids, suppressed=True) for f in outcome.suppressed]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "crosscheck",
            "fullName": "crossreport-checker",
            "version": _version(),
            "rules": [_descriptor(rule, outcome) for rule in ids],
        }},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    properties = {"rulesFile": outcome.rules_file, "baselineFile": outcome.baseline_file,
                  "references": list(outcome.references) or None, "summary": outcome.summary()}
    run["properties"] = {key: value for key, value in properties.items() if value is not None}
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _descriptor(rule: str, outcome: Outcome) -> dict[str, Any]:
    text = outcome.rule_help.get(rule) or rule
    return {
        "id": rule,
        "name": rule,
        "shortDescription": {"text": text},
        "fullDescription": {"text": text},
        "help": {"text": text},
    }


def _result(outcome: Outcome, finding: Finding, ids: list[str],
            suppressed: bool = False) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": ids.index(finding.rule),
        "kind": "fail",
        "level": LEVELS[finding.level],
        "message": {"text": message(finding)},
        "locations": [_location(place) for place in places(finding)],
        "partialFingerprints": {FINGERPRINT_KEY: outcome.fingerprint(finding)},
        "properties": {
            **({"article": finding.article} if finding.article is not None else {}),
            "kind": finding.kind,
            "metric": finding.metric,
            **({"difference": finding.difference} if finding.difference else {}),
            **({"missingIn": list(finding.missing_in)} if finding.missing_in else {}),
        },
    }
    if outcome.baseline_file:
        result["baselineState"] = ("absent" if finding.kind == "stale-baseline"
                                   else "unchanged" if suppressed else "new")
    if suppressed:
        result["suppressions"] = [{"kind": "external",
                                   "justification": f"accepted in {outcome.baseline_file}"}]
    return result


def _location(place: Place) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri(place.path)}}
    if place.line:
        region: dict[str, Any] = {"startLine": place.line, "startColumn": place.column or 1}
        if place.length:
            region.update(endLine=place.line, endColumn=(place.column or 1) + place.length,
                          snippet={"text": place.text})
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    if place.text:
        location["message"] = {"text": place.shown}
    return location


def uri(path: str) -> str:
    """A path as a URI reference: relative paths stay relative (to the repository root, for
    code scanning); non-ASCII characters are percent-encoded as UTF-8."""
    pure = PurePath(path)
    if pure.is_absolute():
        return "file://" + quote(pure.as_posix() if pure.as_posix().startswith("/")
                                 else "/" + pure.as_posix())
    return quote(pure.as_posix())


def _version() -> str:
    """The installed version of crosscheck (tool.driver.version)."""
    try:
        return importlib.metadata.version("crossreport-checker")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree, not installed
        return "0+unknown"
