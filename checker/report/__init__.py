"""Output formats: one small module per format, each a function from results to text.

No format decides the exit code or reads files; the command line writes what they return
(text; bytes for xlsx; a Rich renderable for rich).
`CHECK_FORMATS` maps the names `crosscheck check --format` takes to their modules.
"""

from __future__ import annotations

from types import ModuleType

from checker.report import (
    concise_report,
    csv_report,
    github_report,
    json_report,
    junit_report,
    markdown_report,
    rich_report,
    sarif_report,
    xlsx_report,
)

CHECK_FORMATS: dict[str, ModuleType] = {
    "rich": rich_report,
    "concise": concise_report,
    "json": json_report,
    "sarif": sarif_report,
    "github": github_report,
    "junit": junit_report,
    "csv": csv_report,
    "xlsx": xlsx_report,
    "markdown": markdown_report,
}
# What a file name's ending says about the format to write into it (crosscheck check -o FILE).
SUFFIXES = {".json": "json", ".sarif": "sarif", ".xml": "junit", ".csv": "csv",
            ".xlsx": "xlsx", ".md": "markdown", ".txt": "rich"}
