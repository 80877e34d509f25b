"""Errors a user can cause, and the exit codes the command line gives."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0  # nothing reached the fail level
    FINDINGS = 1  # a finding reached the fail level
    USAGE = 2  # bad usage, bad rules file, unreadable input
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), never 1: that means findings
    TERMINATED = 143  # SIGTERM (128 + SIGTERM)


EXIT_CODES_HELP = (
    "Exit codes: 0 no finding reaches --fail-level; 1 one does; 2 usage errors, a bad rules "
    "file or unreadable input; 130 interrupted (Ctrl-C); 143 terminated (SIGTERM)."
)


class CrosscheckError(Exception):
    """A problem with the user's input: shown as one line, never as a traceback."""

    def __init__(
        self, message: str, path: str | None = None, line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = [str(part) for part in (self.path, self.line, self.column) if part is not None]
        return f"{':'.join(where)}: {self.message}" if where else self.message


def existing_file(path: str | Path, what: str) -> Path:
    """The path as a Path, or a CrosscheckError when it is missing or not a file."""
    file = Path(path)
    if not file.is_file():
        raise CrosscheckError(f"{what} not found" if not file.exists()
                              else f"{what} is not a file", str(path))
    return file
