"""Baselines: findings accepted once and suppressed in later runs.

A baseline is a set of finding fingerprints (`Finding.fingerprint`: rule, kind, metric, and
the documents and values of the figures, never line numbers), so an accepted finding stays
accepted when text moves around it, and comes back as soon as a value changes.

- `render(outcome)` is the JSON that `crosscheck check --write-baseline FILE` writes: one
  entry a line, sorted, with the figures as written beside each fingerprint for people.
- `load(path)` reads a baseline back: that JSON, or a CSV or XLSX export of `crosscheck check`
  whose `decision` column an editor filled in: a finding any of whose rows says `accept` or
  `ignore` is in the baseline; an empty decision is not; anything else is a mistake, reported
  with its row.
- `apply(outcome, baseline)` moves the findings the baseline names to `Outcome.suppressed`
  and reports each entry that no longer matches any finding (`stale-baseline`, level info),
  so a baseline cannot silently rot.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from checker.errors import CrosscheckError, existing_file
from checker.extraction.intervals import plain
from checker.findings import Finding, Outcome, document_name

VERSION = 1
RULE = "baseline"  # the rule id of stale-entry findings
RULE_HELP = "every entry of the baseline still matches a finding"
DECISIONS = ("accept", "ignore")  # decision-column values that put a finding in the baseline
FINGERPRINT_COLUMN = "fingerprint"
DECISION_COLUMN = "decision"


@dataclass(frozen=True)
class Entry:
    """One accepted finding: its fingerprint, and what it was about (for people)."""

    fingerprint: str
    rule: str = ""
    kind: str = ""
    metric: str = ""
    figures: str = ""  # the figures as written and where, e.g. "217项 in seeds/001.txt"
    line: int | None = None  # its line (JSON) or row (CSV, XLSX) in the baseline file


@dataclass(frozen=True)
class Baseline:
    path: str
    entries: tuple[Entry, ...]

    def fingerprints(self) -> frozenset[str]:
        return frozenset(entry.fingerprint for entry in self.entries)


# --- writing -----------------------------------------------------------------------------

def render(outcome: Outcome) -> str:
    """The baseline of every finding of `outcome` (suppressed ones too), as JSON text."""
    base = outcome.base
    records: dict[str, dict[str, Any]] = {}
    for finding in (*outcome.findings, *outcome.suppressed):
        if finding.kind == "stale-baseline":
            continue
        fingerprint = outcome.fingerprint(finding)
        records.setdefault(fingerprint, {
            "fingerprint": fingerprint,
            "rule": finding.rule,
            "kind": finding.kind,
            "level": finding.level,
            "metric": finding.metric,
            "figures": [f"{f.text} = {plain(f.value)} in {document_name(f.document, base)}"
                        for f in finding.figures],
            "missing_in": [document_name(d, base) for d in finding.missing_in],
        })
    ordered = sorted(records.values(),
                     key=lambda r: (r["rule"], r["kind"], r["metric"], r["fingerprint"]))
    lines = [json.dumps(record, ensure_ascii=False) for record in ordered]
    head = (f'{{"version": {VERSION}, "tool": "crosscheck", '
            f'"rules_file": {json.dumps(outcome.rules_file, ensure_ascii=False)}, "findings": [')
    if not lines:
        return head + "]}\n"
    return head + "\n  " + ",\n  ".join(lines) + "\n]}\n"


# --- reading -----------------------------------------------------------------------------

def load(path: str | Path) -> Baseline:
    """Read a baseline file: JSON, or a .csv / .xlsx export with its decision column."""
    name = str(path)
    file = existing_file(path, "baseline file")
    suffix = file.suffix.lower()
    try:
        if suffix == ".xlsx":
            return parse_rows(_xlsx_rows(file), name)
        data = file.read_bytes()
    except OSError as error:
        raise CrosscheckError(f"cannot read baseline file: {error.strerror or error}",
                              name) from None
    if suffix == ".csv":
        return parse_csv(_decode_csv(data, name), name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CrosscheckError("baseline file is not UTF-8 text", name) from None
    return parse_json(text, name)


def parse_json(text: str, path: str = "baseline.json") -> Baseline:
    """A baseline written by `render`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CrosscheckError(f"not valid JSON: {error.msg}", path, error.lineno,
                              error.colno) from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise CrosscheckError("not a crosscheck baseline (expected {\"version\": 1, "
                              "\"findings\": [...]}; or give a .csv or .xlsx export)", path)
    if data.get("version") != VERSION:
        raise CrosscheckError(f"unsupported baseline version {data.get('version')!r}; "
                              f"expected {VERSION}", path)
    entries = []
    for index, record in enumerate(data["findings"]):
        fingerprint = record.get("fingerprint") if isinstance(record, dict) else None
        if not isinstance(fingerprint, str) or not fingerprint:
            raise CrosscheckError(f"entry {index + 1} has no fingerprint", path)
        at = text.find(f'"{fingerprint}"')
        figures = record.get("figures") or []
        entries.append(Entry(
            fingerprint, str(record.get("rule", "")), str(record.get("kind", "")),
            str(record.get("metric", "")),
            "; ".join(str(f) for f in figures) if isinstance(figures, list) else "",
            text.count("\n", 0, at) + 1 if at >= 0 else None,
        ))
    return Baseline(path, tuple(entries))


def parse_csv(text: str, path: str = "findings.csv") -> Baseline:
    """An exported CSV (comma, semicolon or tab separated, as a spreadsheet saved it)."""
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    return parse_rows(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), path)


def parse_rows(rows: Iterable[Sequence[Any]], path: str) -> Baseline:
    """The rows of an exported sheet, header first: the accepted findings' fingerprints."""
    iterator = iter(rows)
    header = [_cell(value).lower() for value in next(iterator, [])]
    for column in (FINGERPRINT_COLUMN, DECISION_COLUMN):
        if column not in header:
            raise CrosscheckError(f"no {column!r} column in the first row: not an export of "
                                  f"crosscheck check --format csv or xlsx", path, 1)
    where = {name: header.index(name) for name in header if name}
    accepted: dict[str, Entry] = {}
    for number, row in enumerate(iterator, start=2):
        cells = {name: _cell(row[index]) if index < len(row) else ""
                 for name, index in where.items()}
        decision = cells[DECISION_COLUMN].lower()
        if not decision:
            continue
        if decision not in DECISIONS:
            raise CrosscheckError(f"unknown decision {cells[DECISION_COLUMN]!r}; expected "
                                  f"{' or '.join(DECISIONS)} (or nothing)", path, number)
        fingerprint = cells[FINGERPRINT_COLUMN]
        if not fingerprint:
            raise CrosscheckError("a decision but no fingerprint in this row", path, number)
        figure = " in ".join(part for part in (cells.get("figure", ""),
                                               cells.get("document", "")) if part)
        accepted.setdefault(fingerprint, Entry(
            fingerprint, cells.get("rule", ""), cells.get("kind", ""), cells.get("metric", ""),
            figure, number))
    return Baseline(path, tuple(accepted.values()))


def _cell(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _decode_csv(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), or GB18030: what Excel writes when it saves a CSV on a
    Chinese Windows."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CrosscheckError("baseline CSV is neither UTF-8 nor GB18030 text", path)


def _xlsx_rows(file: Path) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook  # only XLSX baselines need it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(file, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError) as error:
        raise CrosscheckError(f"not a readable XLSX workbook ({error})", str(file)) from None
    try:
        sheet = book["findings"] if "findings" in book.sheetnames else book.worksheets[0]
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


# --- applying ----------------------------------------------------------------------------

def apply(outcome: Outcome, baseline: Baseline) -> Outcome:
    """The outcome with the baseline's findings suppressed and its stale entries reported."""
    accepted = baseline.fingerprints()
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    current: set[str] = set()
    for finding in outcome.findings:
        fingerprint = outcome.fingerprint(finding)
        current.add(fingerprint)
        (suppressed if fingerprint in accepted else kept).append(finding)
    # An entry of a rule that did not run (--select, --ignore) is not stale.
    stale = [_stale(entry, baseline.path) for entry in baseline.entries
             if entry.fingerprint not in current
             and (not entry.rule or entry.rule in outcome.rules or entry.rule == RULE)]
    rule_help = {**outcome.rule_help, RULE: RULE_HELP} if stale else outcome.rule_help
    return replace(outcome, findings=(*kept, *stale), suppressed=(*outcome.suppressed,
                                                                   *suppressed),
                   baseline_file=baseline.path, rule_help=rule_help)


def _stale(entry: Entry, path: str) -> Finding:
    about = ", ".join(part for part in (entry.rule, entry.kind, entry.metric) if part)
    figures = f": {entry.figures}" if entry.figures else ""
    return Finding(
        kind="stale-baseline", level="info", rule=RULE, metric=entry.metric,
        message=f"baseline entry {entry.fingerprint} ({about}{figures}) matches no finding "
                f"any more; remove it from {path}",
        source=(path, entry.line, 1) if entry.line else None,
    )
