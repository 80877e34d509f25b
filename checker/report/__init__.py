"""Output formats: one small module per format, each a function from results to text.

No format decides the exit code or reads files; the command line writes what they return
(text; bytes for xlsx; a Rich renderable for rich).
`CHECK_FORMATS` maps the names `crosscheck check --format` takes to their modules, and
`EXTRACT_FORMATS` those of `crosscheck extract`; a module is imported when its format is
first used, so the command line starts without Rich, openpyxl and the rest.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from types import ModuleType


class Formats(Mapping[str, ModuleType]):
    """Format names to the modules of checker.report that render them, imported on use."""

    def __init__(self, modules: Mapping[str, str]) -> None:
        self._modules = dict(modules)

    def __getitem__(self, name: str) -> ModuleType:
        return importlib.import_module(f"checker.report.{self._modules[name]}")

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


CHECK_FORMATS = Formats({
    "rich": "rich_report",
    "concise": "concise_report",
    "json": "json_report",
    "sarif": "sarif_report",
    "github": "github_report",
    "junit": "junit_report",
    "csv": "csv_report",
    "xlsx": "xlsx_report",
    "markdown": "markdown_report",
    "html": "html_report",
})
EXTRACT_FORMATS = Formats({"rich": "figures_table", "json": "figures_json", "csv": "figures_csv"})
# What a file name's ending says about the format to write into it (crosscheck check -o FILE).
SUFFIXES = {".json": "json", ".sarif": "sarif", ".xml": "junit", ".csv": "csv",
            ".xlsx": "xlsx", ".md": "markdown", ".txt": "rich", ".html": "html", ".htm": "html"}
