"""crosscheck: extract the figures of reports and check that they agree.

The pipeline, one stage a module, data flowing one way:

    documents.load(path)             -> Document
    figures.extract(document)        -> list[Figure]
    align.align([figures, ...])      -> list[Alignment]
    config.load_rules(path)          -> RuleSet
    engine.check(documents, rules)   -> Outcome (its findings)
    engine.check_articles(references, articles) -> Outcome, findings grouped by article
    report.<format>.render(outcome)  -> text

Everything here is importable without click or Rich.  The names load on first use (PEP 562),
so that `crosscheck --version` and `--help` do not wait for numpy and the extractors.
"""

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checker.align import Alignment, align
    from checker.config import load_rules
    from checker.documents import Document, load
    from checker.engine import check, check_articles
    from checker.errors import CrosscheckError, ExitCode
    from checker.extraction import Figure, extract, extract_text
    from checker.findings import Finding, Outcome
    from checker.rules import RuleSet

_HOMES = {
    "checker.align": ("Alignment", "align"),
    "checker.config": ("load_rules",),
    "checker.documents": ("Document", "load"),
    "checker.engine": ("check", "check_articles"),
    "checker.errors": ("CrosscheckError", "ExitCode"),
    "checker.extraction": ("Figure", "extract", "extract_text"),
    "checker.findings": ("Finding", "Outcome"),
    "checker.rules": ("RuleSet",),
}
_HOME = {name: module for module, names in _HOMES.items() for name in names}

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


def __getattr__(name: str) -> Any:
    """An API name, imported from its module the first time it is asked for."""
    if name not in _HOME:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """Importing the submodule checker.align would bind the package's `align` to it; the API's
    `align` stays the function, as when this file imported everything at once."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _HOME and isinstance(value, types.ModuleType):
            return  # the module is still sys.modules["checker.align"]
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
