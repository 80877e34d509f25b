"""The `crosscheck` command: a thin layer over the library API.

It parses options, calls the pipeline, writes what the report modules return, and turns the
outcome into an exit code (checker.errors.ExitCode).  User errors become one line on stderr.
"""

from __future__ import annotations

import dataclasses
import difflib
import fnmatch
import functools
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from checker import outputs
from checker.errors import EXIT_CODES_HELP, CrosscheckError, ExitCode
from checker.report import CHECK_FORMATS, EXTRACT_FORMATS

# The pipeline is imported inside the commands that run it, so that --version and --help
# start at once (numpy, the extractors' patterns and Rich take most of a second to load).
if TYPE_CHECKING:
    from checker.documents import Document
    from checker.extraction import Figure
    from checker.findings import Outcome
    from checker.rules import RuleSet

DEFAULT_RULES = "rules.yaml"
FAIL_LEVELS = ["error", "warning", "info", "never"]

F = TypeVar("F", bound=Callable[..., Any])

_encoding_option = click.option(
    "--encoding", default=None, help="Encoding of the input files (default: detect).")
_color_option = click.option(
    "--color", type=click.Choice(outputs.COLORS), default="auto", show_default=True,
    help="Colour on the terminal (auto honours NO_COLOR and FORCE_COLOR).")
_jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
    help="Extract (and check articles against --reference) in N processes (0: one per CPU).")


def _user_errors(command: F) -> F:
    """Show a CrosscheckError, or input nested too deeply to read, as one line and exit 2
    (a traceback only with --debug)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (CrosscheckError, RecursionError) as error:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            # RecursionError: input nested deeper than a reader follows (YAML [[[[…).
            message = error if isinstance(error, CrosscheckError) else "input nested too deeply"
            click.echo(f"crosscheck: {message}", err=True)
            sys.exit(ExitCode.USAGE)

    return wrapper  # type: ignore[return-value]


class _Terminated(BaseException):
    """SIGTERM, raised where the program is so that temporary files are cleaned up."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


class _Main(click.Group):
    """The command group, exiting 130 on Ctrl-C and 143 on SIGTERM (never 1: findings)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            previous = signal.signal(signal.SIGTERM, _terminate)
        except ValueError:  # not the main thread: leave signals alone
            previous = None
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("\ncrosscheck: interrupted", err=True)
            sys.exit(ExitCode.INTERRUPTED)
        except _Terminated:
            click.echo("crosscheck: terminated", err=True)
            sys.exit(ExitCode.TERMINATED)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EXIT_CODES_HELP)
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(None, "-V", "--version", package_name="crossreport-checker")
def main(debug: bool) -> None:
    """Extract the figures of reports and check that they agree across documents."""


def _debug_too(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.find_root().params["debug"] = True


# --debug after the subcommand as well as before it (crosscheck check --debug ...).
_debug_option = click.option("--debug", is_flag=True, expose_value=False, callback=_debug_too,
                             is_eager=True, help="Show tracebacks for errors.")
STDIN = "-"
_stdin_option = click.option(
    "--stdin-name", default="<stdin>", show_default=True, metavar="NAME",
    help="The name of the document read from standard input (PATH -) in findings; its "
         "ending (.md, .html …) says its format.")


def _load_all(paths: tuple[str, ...], encoding: str | None,
              stdin_name: str = "<stdin>") -> list[Document]:
    """The documents PATHS name (files, folders, quoted globs; - for standard input),
    ordered by path."""
    from checker.documents import expand_paths, load
    if paths.count(STDIN) > 1:
        raise CrosscheckError("standard input (-) can be read only once")
    files = [path for path in paths if path != STDIN]
    documents = [load(path, encoding) for path in expand_paths(files)] if files else []
    if STDIN in paths:
        documents.append(_load_stdin(encoding, stdin_name))
    return sorted(documents, key=lambda d: d.path)


def _load_stdin(encoding: str | None, name: str) -> Document:
    from checker.documents import read

    return read(sys.stdin.buffer.read(), name, encoding)


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(list(EXTRACT_FORMATS)), default=None,
              help="Output format (default: the one the --output file name ends in, else "
                   "rich: a table per document).")
@click.option("--output", "-o", default=None, metavar="FILE",
              help="Write the figures to FILE (.json, .csv, .txt) instead of the terminal.")
@click.option("--quiet", "-q", is_flag=True,
              help="Nothing on the terminal unless asked for with --format (--output FILE is "
                   "still written).")
@_color_option
@_encoding_option
@_stdin_option
@_jobs_option
@_debug_option
@_user_errors
def extract_command(paths: tuple[str, ...], fmt: str | None, output: str | None, quiet: bool,
                    color: str, encoding: str | None, stdin_name: str, jobs: int) -> None:
    """List every figure in the documents at PATHS.

    PATHS are files (.txt, .md, .html, .docx, .pdf), folders (the documents in them) or
    quoted globs; documents are listed in order of their paths.
    """
    from checker.parallel import extract_all, process_pool
    from checker.progress import progress_bar

    if fmt is None and output is not None:
        fmt = next((f for suffix, f in outputs.EXTRACT_SUFFIXES.items()
                    if output.lower().endswith(suffix)), None)
        if fmt is None:
            raise CrosscheckError(f"--output {output}: give its --format (or name the file "
                                  f"with one of {', '.join(outputs.EXTRACT_SUFFIXES)})")
    documents = _load_all(paths, encoding, stdin_name)
    if output is not None:
        outputs.check_paths([output], [d.path for d in documents])
    figures: list[Figure] = []
    with process_pool(jobs) as executor, progress_bar() as progress:
        for found in extract_all(documents, executor, progress):
            figures.extend(found)
    rendered = EXTRACT_FORMATS[fmt or "rich"].render(figures, [d.path for d in documents])
    if output is not None:
        outputs.write_files({output: outputs.as_bytes(rendered)})
    elif isinstance(rendered, str):
        if fmt is not None or not quiet:
            click.echo(rendered, nl=False)
    elif not quiet:
        outputs.console(color).print(rendered)


@main.command("check", epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1)
@click.option("--rules", "rules_path", default=None, metavar="FILE",
              help=f"The rules file (default: $CROSSCHECK_RULES, else {DEFAULT_RULES} in this "
                   f"folder or the nearest parent folder that has one).")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(sorted(CHECK_FORMATS)),
              help="Output format; repeat it, each with an --output, for several (default: rich "
                   "on a terminal, else concise, or github in GitHub Actions).")
@click.option("--output", "-o", "outputs_", multiple=True, metavar="FILE",
              help="Write the n-th --format to FILE (without one, the format its name ends in: "
                   ".sarif .xml .csv .xlsx .md .json .html); the terminal still gets the "
                   "report.")
@click.option("--reference", "references", multiple=True, metavar="DOC",
              help="Auto mode: measure the other documents against DOC (default: the first "
                   "document named). Differences are theirs minus the reference's. With two "
                   "or more other documents, each is checked against the references only.")
@click.option("--select", "select", multiple=True, metavar="ID,...",
              help="Run only these rules (ids of the rules file; * ? globs: 'sector-*').")
@click.option("--ignore", "ignore", multiple=True, metavar="ID,...",
              help="Leave these rules out (ids or globs, as --select).")
@click.option("--fail-level", type=click.Choice(FAIL_LEVELS), default="error",
              show_default=True, help="Exit 1 when a finding is at this level or above.")
@click.option("--baseline", "baseline_path", default=None, metavar="FILE",
              help="Leave out the findings FILE accepted (a --write-baseline file, or a CSV/XLSX "
                   "export whose decision column says accept or ignore); report stale entries.")
@click.option("--write-baseline", default=None, metavar="FILE",
              help="Record the findings in FILE and accept them for this run.")
@click.option("--quiet", "-q", is_flag=True,
              help="No report on the terminal unless a --format is sent there (files are still "
                   "written, the exit code tells).")
@_color_option
@_encoding_option
@_stdin_option
@click.option("--no-internal", "no_internal", is_flag=True,
              help="Auto mode: skip the checks inside each document (stated counts, totals "
                   "and parts, derived figures).")
@_jobs_option
@_debug_option
@_user_errors
def check_command(paths: tuple[str, ...], rules_path: str | None, formats: tuple[str, ...],
                  outputs_: tuple[str, ...], references: tuple[str, ...],
                  select: tuple[str, ...], ignore: tuple[str, ...], fail_level: str,
                  baseline_path: str | None,
                  write_baseline: str | None, quiet: bool, color: str,
                  encoding: str | None, stdin_name: str, no_internal: bool,
                  jobs: int) -> None:
    """Check that the figures of documents agree.

    With PATHs, the documents are checked against each other (auto mode): every figure that
    aligns across them must agree with the reference's (--reference, or the first document
    named), and figures found in only one are reported as missing.  With --reference and
    two or more other documents (articles), each article is checked against the references
    only, never against another article, and findings are grouped by article.
    With --rules FILE, or with no PATHs and a rules file found (see --rules), the documents
    the rules file names are checked against its rules; KEY=PATH replaces its document KEY
    (check a new draft with the same rules).
    """
    from checker import baseline

    targets = outputs.plan(formats, outputs_, outputs.default_format(os.environ,
                                                                     sys.stdout.isatty()))
    rules = _rules_for(paths, rules_path)
    if rules is not None and references:
        raise CrosscheckError("--reference is for auto mode: in a rules file, the first "
                              "document of an `equal` rule and the `source` of `covered` are "
                              "the references")
    if rules is not None:
        rules = _chosen(rules, select, ignore)
    elif select or ignore:
        raise CrosscheckError("--select and --ignore choose rules of a rules file; auto mode "
                              "has none to choose")
    if rules is None:
        if len(paths) < 1:
            raise CrosscheckError(f"give the documents to check, or a rules file (--rules, "
                                  f"CROSSCHECK_RULES, or {DEFAULT_RULES} here or above)")
        if all("=" in p for p in paths) and not any(Path(p).exists() for p in paths):
            raise CrosscheckError(f"KEY=PATH replaces a document of a rules file, and there "
                                  f"is none (--rules, CROSSCHECK_RULES, or {DEFAULT_RULES})")
        documents = _load_all((*references, *paths), encoding, stdin_name)
        if len(documents) < 2:
            if no_internal:
                raise CrosscheckError(
                    "only one document: auto mode compares documents with each other, and "
                    "--no-internal leaves out the checks inside it, so nothing would be "
                    "checked; give two or more (the same file twice counts once)",
                    documents[0].path)
            click.echo(f"crosscheck: only one document ({documents[0].path}): nothing is "
                       f"compared across documents; the checks inside it ran", err=True)
        named = _references(references or (paths[0],), documents, stdin_name)
        per_article = bool(references) and len(documents) - len(named) > 1
        outcome = _check(documents, None, jobs, named, internal=not no_internal,
                         per_article=per_article)
    else:
        outcome = _check(_rule_documents(rules, paths, encoding, stdin_name), rules, jobs)
    inputs = [p for p in (*outcome.documents, outcome.rules_file, baseline_path) if p]
    outputs.check_paths([*(t.path for t in targets), write_baseline], inputs)
    files: dict[str, bytes] = {}
    recorded = len(outcome.findings)
    if write_baseline is not None:
        text = baseline.render(outcome)
        files[write_baseline] = text.encode("utf-8")
        outcome = baseline.apply(outcome, baseline.parse_json(text, write_baseline))
    elif baseline_path is not None:
        outcome = baseline.apply(outcome, baseline.load(baseline_path))
    files.update((t.path, outputs.file_content(t, outcome))
                 for t in targets if t.path != outputs.STDOUT)
    outputs.write_files(files)  # all of them, or none
    if write_baseline is not None and not quiet:
        click.echo(f"crosscheck: recorded {recorded} findings in {write_baseline}", err=True)
    for target in targets:
        if target.path == outputs.STDOUT and (target.chosen or not quiet):
            outputs.emit(target, outcome, color)
    sys.exit(ExitCode.FINDINGS if outcome.reaches(fail_level) else ExitCode.OK)


def _check(documents: list[Document] | dict[str, Document], rules: RuleSet | None,
           jobs: int, references: tuple[str, ...] = (), internal: bool = True,
           per_article: bool = False) -> Outcome:
    """check() (or check_articles(), each other document against the references), in
    `jobs` processes, with a progress bar on a terminal."""
    from checker.engine import check, check_articles
    from checker.parallel import process_pool
    from checker.progress import progress_bar

    with process_pool(jobs) as executor, progress_bar() as progress:
        if per_article and isinstance(documents, list):
            by_path = {d.path: d for d in documents}
            return check_articles([by_path[path] for path in references], documents,
                                  executor=executor, progress=progress, internal=internal)
        return check(documents, rules, references=references, executor=executor,
                     progress=progress, internal=internal)


def _chosen(rules: RuleSet, select: tuple[str, ...], ignore: tuple[str, ...]) -> RuleSet:
    """The rule set with only the rules --select names (all without it), less those --ignore
    names.  A pattern that matches no rule is a mistake (a typo would select nothing)."""
    ids = [rule.id for rule in rules.rules]

    def matching(option: str, values: tuple[str, ...]) -> set[str]:
        found: set[str] = set()
        for pattern in (p.strip() for value in values for p in value.split(",") if p.strip()):
            matches = fnmatch.filter(ids, pattern)
            if not matches:
                raise CrosscheckError(f"--{option} {pattern}: no such rule in {rules.path} "
                                      f"(its rules: {', '.join(ids)})")
            found.update(matches)
        return found

    from checker.rules import unused_metrics

    chosen = matching("select", select) if select else set(ids)
    chosen -= matching("ignore", ignore)
    selected = dataclasses.replace(rules, rules=tuple(r for r in rules.rules if r.id in chosen))
    # A metric only the rules left out use is not unused: it leaves with them.
    was_unused = {metric.id for metric in unused_metrics(rules)}
    gone = {metric.id for metric in unused_metrics(selected)} - was_unused
    return dataclasses.replace(selected, metrics={key: metric for key, metric in
                                                  rules.metrics.items() if key not in gone})


def _references(named: tuple[str, ...], documents: list[Document],
                stdin_name: str) -> tuple[str, ...]:
    """The loaded documents that the PATHs `named` stand for (the first file of a folder or
    glob), as their paths."""
    from checker.documents import expand_paths

    by_file = {os.path.realpath(d.path): d.path for d in documents}
    found: list[str] = []
    for path in named:
        first = stdin_name if path == STDIN else by_file[
            os.path.realpath(expand_paths([path])[0])]
        if first not in found:
            found.append(first)
    return tuple(found)


def _rules_for(paths: tuple[str, ...], rules_path: str | None) -> RuleSet | None:
    """The rule set to use: --rules; else, unless plain PATHs are given (documents to check
    against each other: auto mode), the rules file _find_rules finds, if any."""
    from checker.config import load_rules

    if rules_path is not None:
        return load_rules(rules_path)
    if any("=" not in p for p in paths):
        return None
    found = _find_rules()
    return load_rules(found) if found is not None else None


def _find_rules() -> str | None:
    """$CROSSCHECK_RULES; else rules.yaml in this folder or the nearest parent folder that has
    one, looking no further up than the root of a git repository."""
    named = os.environ.get("CROSSCHECK_RULES")
    if named:
        return named
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / DEFAULT_RULES).is_file():
            return DEFAULT_RULES if folder == here else os.path.relpath(folder / DEFAULT_RULES)
        if (folder / ".git").exists():
            return None
    return None


@main.group("rules")
def rules_group() -> None:
    """Validate a rules file, or print the JSON Schema of the rules format."""


@rules_group.command("validate")
@click.argument("file", required=False)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing when the file is valid.")
@_debug_option
@_user_errors
def rules_validate_command(file: str | None, quiet: bool) -> None:
    """Check the rules FILE (default: as `check` finds it) without running it: its syntax,
    keys, types, references and expressions, and that its documents exist."""
    path = file if file is not None else _find_rules()
    if path is None:
        raise CrosscheckError(f"no rules file: give FILE, set CROSSCHECK_RULES, or add "
                              f"{DEFAULT_RULES} here")
    from checker.config import load_rules
    from checker.rules import unused_metrics

    rules = load_rules(path)
    for key, document in rules.documents.items():
        if not Path(document).is_file():
            where = rules.document_sources[key]
            raise CrosscheckError(f"document {key!r}: {document} not found", where.path,
                                  where.line, where.column)
    for metric in unused_metrics(rules):
        place = (f"{metric.source.path}:{metric.source.line}:{metric.source.column}"
                 if metric.source else path)
        click.echo(f"{place}: warning: metric {metric.id!r} is declared but no rule uses it "
                   f"(unused-metric)", err=True)
    if not quiet:
        click.echo(f"{path}: valid: {len(rules.documents)} documents, {len(rules.metrics)} "
                   f"metrics, {len(rules.rules)} rules")


@rules_group.command("schema")
def rules_schema_command() -> None:
    """Print the JSON Schema of rules files (for editors; also shipped as
    checker/rules.schema.json)."""
    from checker import rules_schema

    click.echo(rules_schema.render(), nl=False)


def _rule_documents(rules: RuleSet, paths: tuple[str, ...], encoding: str | None,
                    stdin_name: str = "<stdin>") -> dict[str, Document]:
    from checker.documents import load

    chosen = dict(rules.documents)
    named = {str(Path(p).resolve()): key for key, p in rules.documents.items()}
    for path in paths:
        key, equals, replacement = path.partition("=")
        if equals:
            if key not in chosen:
                close = difflib.get_close_matches(key, list(chosen), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise CrosscheckError(f"{path}: {rules.path} has no document {key!r}{hint}; "
                                      f"KEY=PATH replaces one of its documents: "
                                      f"{', '.join(chosen)}")
            chosen[key] = replacement
        elif str(Path(path).resolve()) not in named:
            raise CrosscheckError(f"{path} is not a document of {rules.path}; write KEY={path} "
                                  f"to put it in place of one of: {', '.join(chosen)}")
    if list(chosen.values()).count(STDIN) > 1:
        raise CrosscheckError("standard input (-) can be read only once")
    documents = {}
    for key, path in chosen.items():
        try:
            documents[key] = (_load_stdin(encoding, stdin_name) if path == STDIN
                              else load(path, encoding))
        except CrosscheckError as error:
            source = rules.document_sources.get(key)
            if path != rules.documents[key]:
                raise CrosscheckError(f"{error.message} (given as {key}={path}, in place of "
                                      f"document {key!r} of {rules.path})", error.path,
                                      error.line) from None
            if source is None:
                raise
            raise CrosscheckError(f"{error.message} (document {key!r} of {source.path}, "
                                  f"line {source.line})", error.path, error.line) from None
    return documents


@main.command("init")
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "-o", "output", default=DEFAULT_RULES, show_default=True,
              metavar="FILE", help="Where to write the rules ('-': standard output).")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@_encoding_option
@_debug_option
@_user_errors
def init_command(paths: tuple[str, ...], output: str, force: bool, encoding: str | None) -> None:
    """Draft a rules.yaml from the documents at PATHS, the first one the reference: a metric
    for each group of figures they share, an `equal` rule over them and a `covered` rule;
    what it is unsure of is written commented out, with the reason."""
    from checker import draft
    from checker.config import parse_rules
    from checker.documents import expand_paths, load

    ordered = list(dict.fromkeys(p for path in paths for p in expand_paths([path])))
    if len(ordered) < 2:
        raise CrosscheckError("init needs two documents or more: the reference first, then "
                              "the documents that repeat its figures")
    target = None if output == "-" else Path(output)
    if target is not None:
        if any(target.resolve() == Path(p).resolve() for p in ordered):
            raise CrosscheckError("is one of the documents; choose another --output", output)
        if target.exists() and not force:
            raise CrosscheckError("exists; use --force to overwrite it", output)
    documents = [load(path, encoding) for path in ordered]
    text = draft.draft(documents, base=target.parent if target is not None else Path.cwd())
    parse_rules(text, output)  # the draft must read back as valid rules
    if target is None:
        click.echo(text, nl=False)
        return
    outputs.write_files({output: text.encode("utf-8")})
    unsure = text.count("\n  # unsure, ")
    click.echo(f"crosscheck: wrote {output}; check it with `crosscheck rules validate "
               f"{output}` and run `crosscheck check --rules {output}`"
               + (f" ({unsure} unsure metrics left commented out)" if unsure else ""),
               err=True)


@main.command("align")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@_encoding_option
@_stdin_option
@_debug_option
@_user_errors
def align_command(paths: tuple[str, ...], fmt: str, encoding: str | None,
                  stdin_name: str) -> None:
    """Show which figures of the documents at PATHS count the same thing, with scores."""
    from rich.console import Console

    from checker.align import align
    from checker.extraction import extract
    from checker.report import alignments_json, alignments_table

    documents = _load_all(paths, encoding, stdin_name)
    alignments = align([extract(document) for document in documents])
    if fmt == "json":
        click.echo(alignments_json.render(alignments), nl=False)
    else:
        Console().print(alignments_table.render(alignments))
