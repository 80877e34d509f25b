"""The `crosscheck` command: a thin layer over the library API.

It parses options, calls the pipeline, writes what the report modules return, and turns the
outcome into an exit code (checker.errors.ExitCode).  User errors become one line on stderr.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from checker.align import align
from checker.config import RuleSet, load_rules
from checker.documents import Document, load
from checker.engine import check
from checker.errors import CrosscheckError, ExitCode
from checker.figures import Figure, extract
from checker.report import (
    CHECK_FORMATS,
    alignments_json,
    alignments_table,
    figures_csv,
    figures_json,
    figures_table,
)

DEFAULT_RULES = "rules.yaml"
FAIL_LEVELS = ["error", "warning", "info", "never"]

F = TypeVar("F", bound=Callable[..., Any])


def _user_errors(command: F) -> F:
    """Show a CrosscheckError as one line and exit 2 (a traceback only with --debug)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CrosscheckError as error:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            click.echo(f"crosscheck: {error}", err=True)
            sys.exit(ExitCode.USAGE)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(package_name="crossreport-checker")
def main(debug: bool) -> None:
    """Extract the figures of reports and check that they agree across documents."""


def _load_all(paths: tuple[str, ...], encoding: str | None) -> list[Document]:
    return [load(path, encoding) for path in paths]


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Output format.")
@click.option("--encoding", default=None, help="Encoding of the input files (default: detect).")
@_user_errors
def extract_command(paths: tuple[str, ...], fmt: str, encoding: str | None) -> None:
    """List every figure in the documents at PATHS."""
    figures: list[Figure] = []
    for document in _load_all(paths, encoding):
        figures.extend(extract(document))
    if fmt == "json":
        click.echo(figures_json.render(figures), nl=False)
    elif fmt == "csv":
        click.echo(figures_csv.render(figures), nl=False)
    else:
        Console().print(figures_table.render(figures))


@main.command("check")
@click.argument("paths", nargs=-1)
@click.option("--rules", "rules_path", default=None, metavar="FILE",
              help=f"The rules file (default: {DEFAULT_RULES} in this folder, if any).")
@click.option("--format", "fmt", type=click.Choice(sorted(CHECK_FORMATS)), default="rich",
              show_default=True, help="Output format.")
@click.option("--fail-level", type=click.Choice(FAIL_LEVELS), default="error",
              show_default=True, help="Exit 1 when a finding is at this level or above.")
@click.option("--encoding", default=None, help="Encoding of the input files (default: detect).")
@_user_errors
def check_command(paths: tuple[str, ...], rules_path: str | None, fmt: str, fail_level: str,
                  encoding: str | None) -> None:
    """Check that the figures of documents agree.

    With PATHs, the documents are checked against each other (auto mode): every figure that
    aligns across them must agree, and figures found in only one are reported as missing.
    With --rules FILE, or with no PATHs and a rules.yaml in this folder, the documents the
    rules file names are checked against its rules; KEY=PATH replaces its document KEY
    (check a new draft with the same rules).
    """
    rules = _rules_for(paths, rules_path)
    if rules is None:
        if len(paths) < 1:
            raise CrosscheckError(f"give the documents to check, or a rules file "
                                  f"(--rules, or {DEFAULT_RULES} in this folder)")
        outcome = check(_load_all(paths, encoding))
    else:
        outcome = check(_rule_documents(rules, paths, encoding), rules)
    rendered = CHECK_FORMATS[fmt].render(outcome)
    if isinstance(rendered, str):
        click.echo(rendered, nl=False)
    else:
        Console().print(rendered)
    sys.exit(ExitCode.FINDINGS if outcome.reaches(fail_level) else ExitCode.OK)


def _rules_for(paths: tuple[str, ...], rules_path: str | None) -> RuleSet | None:
    """The rule set to use: --rules; else rules.yaml here, unless plain PATHs are given
    (documents to check against each other: auto mode)."""
    if rules_path is not None:
        return load_rules(rules_path)
    if any("=" not in p for p in paths) or not Path(DEFAULT_RULES).is_file():
        return None
    return load_rules(DEFAULT_RULES)


def _rule_documents(rules: RuleSet, paths: tuple[str, ...],
                    encoding: str | None) -> dict[str, Document]:
    chosen = dict(rules.documents)
    named = {str(Path(p).resolve()): key for key, p in rules.documents.items()}
    for path in paths:
        key, equals, replacement = path.partition("=")
        if equals:
            if key not in chosen:
                raise CrosscheckError(f"unknown document {key!r}; {rules.path} names: "
                                      f"{', '.join(chosen)}")
            chosen[key] = replacement
        elif str(Path(path).resolve()) not in named:
            raise CrosscheckError(f"{path} is not a document of {rules.path}; write KEY={path} "
                                  f"to put it in place of one of: {', '.join(chosen)}")
    documents = {}
    for key, path in chosen.items():
        try:
            documents[key] = load(path, encoding)
        except CrosscheckError as error:
            source = rules.document_sources.get(key)
            if source is None or path != rules.documents[key]:
                raise
            raise CrosscheckError(f"{error.message} (document {key!r} of {source.path}, "
                                  f"line {source.line})", error.path, error.line) from None
    return documents


@main.command("align")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--encoding", default=None, help="Encoding of the input files (default: detect).")
@_user_errors
def align_command(paths: tuple[str, ...], fmt: str, encoding: str | None) -> None:
    """Show which figures of the documents at PATHS count the same thing, with scores."""
    documents = sorted(_load_all(paths, encoding), key=lambda d: d.path)
    alignments = align([extract(document) for document in documents])
    if fmt == "json":
        click.echo(alignments_json.render(alignments), nl=False)
    else:
        Console().print(alignments_table.render(alignments))
