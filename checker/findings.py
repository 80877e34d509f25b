"""Findings: what the checks report, and the outcome of a whole run."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from checker.extraction import Figure
from checker.extraction.intervals import plain

LEVELS = ("error", "warning", "info")  # most severe first
KINDS = ("mismatch", "missing", "count", "within", "derived", "unsupported", "ambiguous",
         "unmatched-rule", "unused-metric", "stale-baseline")
FINGERPRINT_VERSION = 1


@dataclass(frozen=True)
class Finding:
    """One discrepancy, gap or doubt, with the figures it is about."""

    kind: str  # one of KINDS
    level: str  # one of LEVELS
    rule: str  # the rule id ("auto" in auto mode)
    metric: str
    message: str
    figures: tuple[Figure, ...] = ()
    missing_in: tuple[str, ...] = ()  # documents where the metric should stand and does not
    difference: str | None = None  # how far apart the figures are, for people
    source: tuple[str, int, int] | None = None  # the rules file node, for rule problems
    article: str | None = None  # the article checked against references (check_articles)
    # where the documents state the figures again (a mismatch is to be mended there too)
    restated: tuple[Figure, ...] = ()

    def sort_key(self) -> tuple[Any, ...]:
        first = self.figures[0] if self.figures else None
        return (
            LEVELS.index(self.level),
            KINDS.index(self.kind),
            self.rule,
            first.document if first else "",
            first.start if first else -1,
            self.metric,
            self.message,
        )

    def fingerprint(self, base: str = "") -> str:
        """A stable identity: rule, kind, metric, and the documents and values of its figures.

        No line numbers, columns or message (messages name lines), so the fingerprint survives
        edits elsewhere in the documents.  Document paths are taken relative to `base` (the
        folder of the rules file) and written with forward slashes, so the fingerprint does not
        depend on the folder crosscheck runs from.
        """
        parts = [f"v{FINGERPRINT_VERSION}", self.rule, self.kind, self.metric]
        for figure in self.figures:
            parts += [document_name(figure.document, base), plain(figure.value),
                      figure.unit or "", figure.qualifier or ""]
        parts += ["missing in"] + [document_name(d, base) for d in self.missing_in]
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
        return digest[:20]


def document_name(path: str, base: str = "") -> str:
    """A document path relative to `base` when it lies inside it, with forward slashes."""
    pure = PurePath(path)
    if base:
        try:
            pure = pure.relative_to(base)
        except ValueError:
            pass
    return pure.as_posix()


@dataclass(frozen=True)
class Outcome:
    """Everything a run found, ready for any report format."""

    documents: tuple[str, ...]
    figure_counts: tuple[int, ...]  # per document, in the order of `documents`
    aligned_metrics: int
    rules: tuple[str, ...]  # rule ids, in file order ("auto" in auto mode)
    findings: tuple[Finding, ...]
    rules_file: str | None = None
    rule_help: dict[str, str] = field(default_factory=dict)  # rule id -> what it checks
    suppressed: tuple[Finding, ...] = ()  # findings a baseline accepted (not in `findings`)
    baseline_file: str | None = None
    references: tuple[str, ...] = ()  # the documents differences are measured from
    # For reports that show the documents themselves (html): each document's text and
    # figures, in the order of `documents`, and the groups of figures taken as counterparts
    # (the same fact in different documents).  Empty when an Outcome is built by hand.
    texts: tuple[str, ...] = field(default=(), repr=False, compare=False)
    figures: tuple[tuple[Figure, ...], ...] = field(default=(), repr=False, compare=False)
    counterparts: tuple[tuple[Figure, ...], ...] = field(default=(), repr=False,
                                                         compare=False)
    # The articles, each checked against the references only (check_articles): then every
    # finding names its article, and findings come grouped by article.
    articles: tuple[str, ...] = ()

    @property
    def base(self) -> str:
        """The folder documents are named relative to: the rules file's ("" in auto mode)."""
        parent = str(PurePath(self.rules_file).parent) if self.rules_file else ""
        return "" if parent == "." else parent

    def fingerprint(self, finding: Finding) -> str:
        """The finding's fingerprint, its documents named relative to the rules file."""
        return finding.fingerprint(self.base)

    def counts(self) -> dict[str, int]:
        by_level = Counter(f.level for f in self.findings)
        return {level: by_level.get(level, 0) for level in LEVELS}

    def summary(self) -> dict[str, Any]:
        by_kind = Counter(f.kind for f in self.findings)
        return {
            "documents": len(self.documents),
            "figures": sum(self.figure_counts),
            "aligned_metrics": self.aligned_metrics,
            "rules": len(self.rules),
            "findings": len(self.findings),
            "suppressed": len(self.suppressed),
            **({"articles": len(self.articles)} if self.articles else {}),
            "by_level": self.counts(),
            "by_kind": {kind: by_kind.get(kind, 0) for kind in KINDS},
        }

    def reaches(self, fail_level: str) -> bool:
        """True when a finding is at `fail_level` or more severe ("never" never is)."""
        if fail_level == "never":
            return False
        worst = LEVELS.index(fail_level)
        return any(LEVELS.index(f.level) <= worst for f in self.findings)
