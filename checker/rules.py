"""Rules as data: a rule set, its rules and metrics, and the rule types with their options.

`config` reads rules.yaml into these records and validates every rule's options against
`RULE_TYPES`; the checks (`checker/checks/<type>.py`, one module a type) run them; the JSON
Schema (`rules_schema`) is generated from the same registry.  Neither side imports the other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

METRIC_KINDS = ("count", "money", "percent", "points", "measure", "ratio", "number")


@dataclass(frozen=True)
class Source:
    """Where a node of the rules file stands (1-based)."""

    path: str
    line: int
    column: int


@dataclass(frozen=True)
class MetricDef:
    """A named metric: the names it goes by in report prose, and optional filters."""

    id: str
    names: tuple[str, ...]
    units: tuple[str, ...] = ()  # empty: any unit
    kinds: tuple[str, ...] = ()
    context: tuple[str, ...] = ()  # words the figure's clause must contain (any of them)
    exclude: tuple[str, ...] = ()  # words its metric must not contain
    source: Source | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    level: str
    message: str | None
    options: Mapping[str, Any]
    source: Source
    option_sources: Mapping[str, Source] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleSet:
    path: str
    version: int
    documents: Mapping[str, str]  # key -> path of the document (relative to the rules file)
    document_sources: Mapping[str, Source]
    metrics: Mapping[str, MetricDef]
    rules: tuple[Rule, ...]
    threshold: float | None = None
    margin: float | None = None


@dataclass(frozen=True)
class Option:
    """One key a check takes: its type (a name below), whether it must be given, a default."""

    type: str
    required: bool = False
    default: Any = None
    help: str = ""


@dataclass(frozen=True)
class RuleType:
    """A rule type: its id (`type:` in rules.yaml), default level and options (`CONF`)."""

    id: str
    default_level: str
    conf: Mapping[str, Option]


# The scope of a check inside one document (count, within, derived).
SCOPE = {
    "documents": Option("document-list", help="the documents to check (default: all of them)"),
    "section": Option("text", help="only the section whose heading contains these words"),
}

RULE_TYPES: dict[str, RuleType] = {rule_type.id: rule_type for rule_type in (
    RuleType("equal", "error", {
        "documents": Option("documents", required=True, help="the documents that must agree"),
        "metrics": Option("metrics-or-shared", default="shared",
                          help="metric ids, or 'shared' for every metric that aligns"),
        "tolerance": Option("tolerance", help="{absolute: N, relative: R}"),
    }),
    RuleType("compare", "error", {
        "expr": Option("expression", required=True,
                       help="e.g. industry.medals + culture.medals <= review.medals"),
    }),
    RuleType("sum", "error", {
        "total": Option("reference", required=True, help="document.metric of the total"),
        "parts": Option("references", required=True, help="a list of document.metric"),
        "tolerance": Option("tolerance", help="{absolute: N, relative: R}"),
    }),
    RuleType("present", "error", {
        "documents": Option("document-list", required=True, help="the documents to look in"),
        "metrics": Option("metrics", required=True, help="the metric ids that must appear"),
    }),
    RuleType("covered", "warning", {
        "source": Option("document", required=True, help="the document figures come from"),
        "derived": Option("document", required=True, help="the document that repeats them"),
    }),
    RuleType("count", "error", SCOPE),
    RuleType("within", "error", SCOPE),
    RuleType("derived", "error", SCOPE),
)}


def metrics_used(rule: Rule) -> set[str] | None:
    """The metric ids a rule names, found through its options' types; None when it uses
    every declared metric (`metrics: shared`)."""
    used: set[str] = set()
    for key, option in RULE_TYPES[rule.type].conf.items():
        value = rule.options.get(key)
        if value is None:
            continue
        if option.type in ("metrics", "metrics-or-shared"):
            if value == "shared":
                return None
            used.update(value)
        elif option.type == "reference":
            used.add(value[1])
        elif option.type == "references":
            used.update(metric for _, metric in value)
        elif option.type == "expression":
            used.update(reference.metric for reference in value.references())
    return used


def unused_metrics(rules: RuleSet) -> list[MetricDef]:
    """The metrics the file declares that no rule uses, in file order."""
    used: set[str] = set()
    for rule in rules.rules:
        named = metrics_used(rule)
        if named is None:
            return []
        used |= named
    return [metric for key, metric in rules.metrics.items() if key not in used]
