"""crosscheck: extract the figures of reports and check that they agree.

The pipeline, one stage a module, data flowing one way:

    documents.load(path)             -> Document
    figures.extract(document)        -> list[Figure]
    align.align([figures, ...])      -> list[Alignment]
    config.load_rules(path)          -> RuleSet
    engine.check(documents, rules)   -> Outcome (its findings)
    engine.check_articles(references, articles) -> Outcome, findings grouped by article
    report.<format>.render(outcome)  -> text

Everything here is importable without click or Rich.
"""

from checker.align import Alignment, align
from checker.config import load_rules
from checker.documents import Document, load
from checker.engine import check, check_articles
from checker.errors import CrosscheckError, ExitCode
from checker.extraction import Figure, extract, extract_text
from checker.findings import Finding, Outcome
from checker.rules import RuleSet

__all__ = [
    "Alignment",
    "CrosscheckError",
    "Document",
    "ExitCode",
    "Figure",
    "Finding",
    "Outcome",
    "RuleSet",
    "align",
    "check",
    "check_articles",
    "extract",
    "extract_text",
    "load",
    "load_rules",
]
