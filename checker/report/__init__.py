"""Output formats: one small module per format, each a function from results to text.

No format decides the exit code or reads files; the command line writes what they return.
`CHECK_FORMATS` maps the names `crosscheck check --format` takes to their modules.
"""

from __future__ import annotations

from types import ModuleType

from checker.report import json_report, rich_report

CHECK_FORMATS: dict[str, ModuleType] = {
    "rich": rich_report,
    "json": json_report,
}
