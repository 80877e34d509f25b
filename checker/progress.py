"""A progress bar for the command line, on stderr: shown only when stderr is a terminal and
only once a run has taken more than a second, so short runs and pipes stay quiet.

It is a `checker.parallel.Progress` callback: the library reports (stage, done, total) and
knows nothing of terminals.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from checker.parallel import Progress as Callback

DELAY = 1.0  # seconds before the bar appears
STAGES = {"extract": "extracting figures", "align": "aligning documents",
          "check": "checking articles"}


@contextmanager
def progress_bar(console: Console | None = None, delay: float = DELAY) -> Iterator[Callback]:
    """A callback that draws the stages of a run as bars, for the duration of the block."""
    console = console or Console(stderr=True)
    started = time.monotonic()
    bars: list[Progress] = []
    tasks: dict[str, TaskID] = {}

    def report(stage: str, done: int, total: int) -> None:
        if not console.is_terminal:
            return
        if not bars:
            if time.monotonic() - started < delay:
                return
            bars.append(Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(),
                                 console=console, transient=True))
            bars[0].start()
        if stage not in tasks:
            tasks[stage] = bars[0].add_task(STAGES.get(stage, stage), total=total)
        bars[0].update(tasks[stage], completed=done, total=total)

    try:
        yield report
    finally:
        if bars:
            bars[0].stop()
