"""Where the outputs of `crosscheck check` go: the terminal and the files of --output.

The command line side of the report formats (which only turn an Outcome into text, bytes or
a Rich renderable): pairing each `--output FILE` with its `--format`, the default format of
the terminal, colour, and writing.  No click here; mistakes raise CrosscheckError.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from checker.errors import CrosscheckError
from checker.report import CHECK_FORMATS, SUFFIXES

if TYPE_CHECKING:  # imported where used: the command line starts without them
    from rich.console import Console, RenderableType

    from checker.findings import Outcome

STDOUT = "-"
BINARY = ("xlsx",)
COLORS = ("auto", "always", "never")
EXTRACT_SUFFIXES = {".json": "json", ".csv": "csv", ".txt": "rich"}  # crosscheck extract -o


@dataclass(frozen=True)
class Target:
    """One output: a format and where it goes (STDOUT for the terminal)."""

    fmt: str
    path: str = STDOUT
    chosen: bool = True  # named with --format or --output (not the default summary)


def default_format(environ: Mapping[str, str], stdout_is_terminal: bool) -> str:
    """The Rich report on a terminal; when piped, GitHub annotations inside GitHub Actions,
    else the concise format (one finding per line)."""
    if stdout_is_terminal:
        return "rich"
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "concise"


def plan(formats: Sequence[str], outputs: Sequence[str], default: str) -> list[Target]:
    """The n-th --output takes the n-th --format; an output past the formats takes the format
    its file name ends in; a format past the outputs goes to the terminal (one at most).
    With no format for the terminal, it gets `default`: the summary."""
    targets: list[Target] = []
    for index, path in enumerate(outputs):
        fmt = formats[index] if index < len(formats) else _format_of(path)
        targets.append(Target(fmt, path))
    extra = list(formats[len(outputs):])
    if len(extra) > 1:
        raise CrosscheckError(f"--format {' and --format '.join(extra)}: only one format can "
                              f"go to the terminal; give each of the others an --output FILE")
    if extra and extra[0] in BINARY:
        raise CrosscheckError(f"--format {extra[0]} writes a workbook: give --output FILE")
    targets.append(Target(extra[0]) if extra else Target(default, chosen=False))
    return targets


def _format_of(path: str) -> str:
    for suffix, fmt in SUFFIXES.items():
        if path.lower().endswith(suffix):
            return fmt
    raise CrosscheckError(f"--output {path}: give its --format (or name the file with one of "
                          f"{', '.join(SUFFIXES)})")


def console(color: str, file: IO[str] | None = None) -> Console:
    """A console honouring --color: auto leaves it to the terminal, NO_COLOR and FORCE_COLOR;
    always and never override them."""
    from rich.console import Console

    if color == "always":
        return Console(file=file, force_terminal=True, no_color=False)
    if color == "never":
        return Console(file=file, color_system=None)
    return Console(file=file)


def emit(target: Target, outcome: Outcome, color: str) -> None:
    """Render the outcome in the target's format and write it where the target says.

    The rich report is coloured (as --color says) only on the terminal; files get plain text.
    """
    if target.path != STDOUT:
        write_files({target.path: file_content(target, outcome)})
        return
    rendered = CHECK_FORMATS[target.fmt].render(outcome)
    if isinstance(rendered, (str, bytes)):
        write(target, rendered)
    else:
        console(color).print(rendered)


def file_content(target: Target, outcome: Outcome) -> bytes:
    """What the target's file holds: the outcome in its format (the rich one as plain text)."""
    return as_bytes(CHECK_FORMATS[target.fmt].render(outcome))


def as_bytes(rendered: str | bytes | RenderableType) -> bytes:
    """What a file gets of a rendered report: text in UTF-8, a Rich renderable as plain
    text 120 columns wide."""
    if isinstance(rendered, bytes):
        return rendered
    if not isinstance(rendered, str):
        from rich.console import Console

        buffer = io.StringIO()
        Console(file=buffer, width=120, color_system=None).print(rendered)
        rendered = buffer.getvalue()
    return rendered.encode("utf-8")


def check_paths(paths: Sequence[str | None], inputs: Sequence[str]) -> None:
    """Refuse an output that is an input (by name, or by device and inode: a hard link or a
    symbolic link to it) and two outputs to one file."""
    read = {_identity(path) for path in inputs}
    seen: dict[object, str] = {}
    for path in paths:
        if path is None or path == STDOUT:
            continue
        key = _identity(path)
        if key in read:
            raise CrosscheckError("is an input: crosscheck never writes to its inputs; "
                                  "choose another --output", path)
        if key in seen:
            raise CrosscheckError(f"is written twice in one run (as {seen[key]} and {path}): "
                                  f"give each output a file of its own", path)
        seen[key] = path


def _identity(path: str) -> object:
    """What tells files apart: device and inode when the file exists, else the full path."""
    try:
        status = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (status.st_dev, status.st_ino)


def write(target: Target, content: str | bytes) -> None:
    """Write to the target's file, or to standard output (bytes only when not a terminal)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if target.path != STDOUT:
        write_files({target.path: data})
        return
    if isinstance(content, bytes) and sys.stdout.isatty():
        raise CrosscheckError(f"--format {target.fmt} writes a workbook: redirect standard "
                              f"output to a file, or give --output FILE")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def write_files(files: Mapping[str, bytes]) -> None:
    """Write every file or none: each goes to a temporary file beside it, and they are moved
    into place only once all of them were written."""
    written: list[tuple[str, str]] = []
    try:
        for path, data in files.items():
            written.append((_temporary(path, data), path))
        for temporary, path in written:
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise CrosscheckError(f"cannot write: {error.strerror or error}", path) from None
    finally:
        for temporary, _ in written:
            with contextlib.suppress(OSError):
                os.unlink(temporary)  # left only when something failed


def _temporary(path: str, data: bytes) -> str:
    """A new file holding `data` in the folder of `path` (so that renaming it is atomic)."""
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=os.path.dirname(path) or ".", prefix=f".{os.path.basename(path)}.",
            suffix=".tmp")
    except OSError as error:
        raise CrosscheckError(f"cannot write: {error.strerror or error}", path) from None
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o666 & ~_umask())  # as a plain new file gets, not mkstemp's 0600
    except OSError as error:
        os.unlink(temporary)
        raise CrosscheckError(f"cannot write: {error.strerror or error}", path) from None
    return temporary


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
