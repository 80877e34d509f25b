"""What the finding formats share: the discrepancy list as rows, places, sections, summary.

One row per finding and figure (a finding with no figure, such as a rule problem, gets one
row at the place in the rules or baseline file it is about).  CSV and XLSX write these rows;
the `decision` column is left empty for an editor, and a filled-in export reads back as a
baseline (checker.baseline) through its `fingerprint` and `decision` columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from checker import describe as words
from checker.baseline import DECISION_COLUMN, FINGERPRINT_COLUMN
from checker.findings import LEVELS, Finding, Outcome

COLUMNS = (
    "finding", "rule", "level", "kind", "metric", "document", "line", "column", "where",
    "figure", "value", "unit", "message", DECISION_COLUMN, FINGERPRINT_COLUMN,
)
ARTICLE_COLUMN = "article"  # first after `finding` when articles were checked (check_articles)
SECTIONS = (  # kind, title: the order and headings of the human formats
    ("mismatch", "Mismatches"),
    ("missing", "Missing values"),
    ("count", "Stated counts and their items"),
    ("within", "Totals and their parts"),
    ("derived", "Figures and what they follow from"),
    ("unsupported", "Unsupported figures"),
    ("ambiguous", "Ambiguous alignments"),
    ("unmatched-rule", "Rule problems"),
    ("unused-metric", "Unused metrics"),
    ("stale-baseline", "Stale baseline entries"),
)


PROBLEM_KINDS = ("unmatched-rule", "unused-metric", "stale-baseline")  # about files, not figures


@dataclass(frozen=True)
class Place:
    """Where a finding points: a figure in a document, or a node of the rules/baseline file."""

    path: str
    line: int | None
    column: int | None
    length: int = 0
    text: str = ""  # the figure as written
    value: Decimal | None = None
    unit: str | None = None
    where: str = ""  # page and line (PDF), paragraph or table cell (Word)
    stands_for: str = ""  # what a qualified figure stands for: (2000万, ∞); else ""

    @property
    def shown(self) -> str:
        """The figure for people, as written: 1.38万家, 超过2000万人次 (2000万, ∞)."""
        return f"{self.text} {self.stands_for}" if self.stands_for else self.text


def columns(outcome: Outcome) -> tuple[str, ...]:
    """The columns of the discrepancy list: COLUMNS, with the article each finding is about
    after the finding number when articles were checked against references."""
    return ("finding", ARTICLE_COLUMN, *COLUMNS[1:]) if outcome.articles else COLUMNS


def by_article(outcome: Outcome) -> list[tuple[str | None, list[Finding]]]:
    """The findings per article, every article in order (those with no finding too); all
    of them under None when no articles were checked against references."""
    if not outcome.articles:
        return [(None, list(outcome.findings))]
    groups: dict[str, list[Finding]] = {article: [] for article in outcome.articles}
    for finding in outcome.findings:
        groups.setdefault(finding.article or "", []).append(finding)
    return list(groups.items())


def places(finding: Finding) -> list[Place]:
    """Every figure of the finding; else the rules or baseline file place it names; else the
    documents a metric is missing in (a whole document: no line)."""
    if finding.figures:
        return [Place(f.document, f.line, f.column, len(f.text), f.text, f.value, f.unit,
                      f.where, words.interval(f.interval, (f,)) if f.qualifier else "")
                for f in finding.figures]
    if finding.source:
        path, line, column = finding.source
        return [Place(path, line or None, column or None)]
    return [Place(document, None, None) for document in finding.missing_in]


def message(finding: Finding) -> str:
    """The finding's message, with how far apart the figures are when that is known."""
    if finding.difference and finding.difference not in finding.message:
        return f"{finding.message} (difference {finding.difference})"
    return finding.message


def finding_rows(outcome: Outcome) -> list[dict[str, Any]]:
    """The discrepancy list: a dict per finding and figure, keyed by COLUMNS."""
    rows: list[dict[str, Any]] = []
    for number, finding in enumerate(outcome.findings, start=1):
        common = {
            "finding": number, ARTICLE_COLUMN: finding.article or "", "rule": finding.rule, "level": finding.level,
            "kind": finding.kind, "metric": finding.metric, "message": message(finding),
            DECISION_COLUMN: "", FINGERPRINT_COLUMN: outcome.fingerprint(finding),
        }
        for place in places(finding) or [Place("", None, None)]:
            rows.append({**common, "document": place.path, "line": place.line,
                         "column": place.column, "where": place.where, "figure": place.text,
                         "value": place.value, "unit": place.unit or ""})
    return rows


def rule_ids(outcome: Outcome) -> list[str]:
    """The rules of the run in file order, then any other rule a finding names (baseline)."""
    ids = list(dict.fromkeys(outcome.rules))
    for finding in (*outcome.findings, *outcome.suppressed):
        if finding.rule not in ids:
            ids.append(finding.rule)
    return ids


def counts_text(outcome: Outcome) -> str:
    """"0 errors, 3 warnings, 0 infos" (and how many a baseline suppressed)."""
    counts = outcome.counts()
    text = ", ".join(f"{counts[level]} {level}{'' if counts[level] == 1 else 's'}"
                     for level in LEVELS)
    if outcome.baseline_file:
        text += f"; {len(outcome.suppressed)} suppressed by the baseline {outcome.baseline_file}"
    return text


def scope_text(outcome: Outcome) -> str:
    """"213 figures in 4 documents, 61 aligned metrics, 12 rules from rules.yaml"."""
    source = f"from {outcome.rules_file}" if outcome.rules_file else "(auto mode)"
    return (f"{sum(outcome.figure_counts)} figures in {len(outcome.documents)} documents, "
            f"{outcome.aligned_metrics} aligned metrics, {len(outcome.rules)} rules {source}"
            + (f"; {reference_text(outcome)}" if outcome.references else ""))


def reference_text(outcome: Outcome) -> str:
    """"measured against the reference review.txt" (auto mode)."""
    plural = "s" if len(outcome.references) > 1 else ""
    text = f"measured against the reference{plural} {', '.join(outcome.references)}"
    return f"{len(outcome.articles)} articles, each {text} only" if outcome.articles else text
