"""`crosscheck check --format junit`: JUnit XML, for CI test reports.

One test suite (the rules file, or auto mode), or one per article when articles were checked
against references; a test case per rule, in file order; a `<failure>` per finding of that
rule, its type the level and kind, its message the finding's, its text the figures and where
they stand.  A rule without findings is a passing test case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.findings import Finding, Outcome
from checker.report.rows import by_article, message, places, rule_ids

# Characters XML 1.0 cannot hold, even escaped (control characters but tab, LF and CR).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(outcome: Outcome) -> str:
    ids = rule_ids(outcome)
    groups = by_article(outcome)
    root = ET.Element("testsuites", {"name": "crosscheck", **_totals(len(ids) * len(groups),
                                                                      len(outcome.findings))})
    for article, findings in groups:
        suite = ET.SubElement(root, "testsuite", {
            "name": _xml(article or outcome.rules_file or "crosscheck (auto mode)"),
            **_totals(len(ids), len(findings)), "skipped": "0",
        })
        for rule in ids:
            case = ET.SubElement(suite, "testcase", {"classname": "crosscheck",
                                                      "name": _xml(rule), "time": "0"})
            for finding in findings:
                if finding.rule == rule:
                    failure = ET.SubElement(case, "failure", {
                        "type": f"{finding.level} {finding.kind}",
                        "message": _xml(message(finding)),
                    })
                    failure.text = _xml(_details(finding))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _totals(tests: int, failures: int) -> dict[str, str]:
    return {"tests": str(tests), "failures": str(failures), "errors": "0", "time": "0"}


def _details(finding: Finding) -> str:
    lines = [f"{finding.level} {finding.kind}: {finding.metric}", message(finding)]
    for place in places(finding):
        where = ":".join(str(part) for part in (place.path, place.line, place.column) if part)
        lines.append(f"{where}  {place.shown}" if place.text else where)
    if finding.missing_in:
        lines.append(f"missing in: {', '.join(finding.missing_in)}")
    return "\n".join(lines)


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
