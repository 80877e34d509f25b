"""The `crosscheck` command: a thin layer over the library API.

It parses options, calls the pipeline, writes what the report modules return, and turns the
outcome into an exit code (checker.errors.ExitCode).  User errors become one line on stderr.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.console import Console

from checker.documents import Document, load
from checker.errors import CrosscheckError, ExitCode
from checker.figures import Figure, extract
from checker.report import figures_csv, figures_json, figures_table

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
