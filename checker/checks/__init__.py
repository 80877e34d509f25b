"""The checks a rule can name: one module per rule type, registered by its ID.

Each module has `ID`, a docstring with a passing and a failing example, and
`check(rule, context)` yielding findings.  Its YAML keys and default level are declared in
`checker.rules.RULE_TYPES`, which `config` validates against; a test keeps the two registries
naming the same types.
"""

from __future__ import annotations

from types import ModuleType

from checker.checks import compare, count, covered, derived, equal, present, within
from checker.checks import sum as sum_check

CHECKS: dict[str, ModuleType] = {
    module.ID: module for module in (equal, compare, sum_check, present, covered, count,
                                     within, derived)
}
INTERNAL: tuple[ModuleType, ...] = (count, within, derived)  # checks inside one document
