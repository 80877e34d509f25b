"""Work on many documents at once, here or on any `concurrent.futures.Executor`.

Extraction is independent per document, and so is the check of an article against its
references (engine.check_articles), so both spread over processes (`--jobs N` uses a local
`ProcessPoolExecutor`) or over a cluster: anything with the Executor interface will do, such
as Dask's `client.get_executor()`.  Only `submit` and the futures it returns are used;
documents travel to the workers in batches of about `BATCH_CHARS` characters and their
results come back in the order the documents were given.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from typing import TypeVar

from checker.documents import Document
from checker.extraction import Figure, extract

BATCH_CHARS = 200_000  # one task's worth of text: big enough to outweigh sending it
Progress = Callable[[str, int, int], None]  # (stage, done, total), e.g. ("extract", 3, 10)
T = TypeVar("T")


def extract_all(documents: Sequence[Document], executor: Executor | None = None,
                progress: Progress | None = None) -> list[list[Figure]]:
    """The figures of each document (extract()), in the order of `documents`.

    With an executor, batches of documents are extracted on its workers.  `progress`, if
    given, is called with ("extract", documents done, documents in all) as they finish.
    """
    return map_documents(_extract_batch, documents, executor, progress, "extract")


def map_documents(work: Callable[[list[Document]], list[T]], documents: Sequence[Document],
                  executor: Executor | None = None, progress: Progress | None = None,
                  stage: str = "extract", batch_chars: int | None = None) -> list[T]:
    """`work` over the documents, one result per document, in the order of `documents`.

    `work` takes a list of documents and returns a list of results; on an executor it runs
    once per batch of about `batch_chars` (default BATCH_CHARS) characters, so it must pickle
    (a module-level function, or a functools.partial of one: what the partial holds travels
    with each batch).  Here, it runs document by document.  `progress` hears (stage, done,
    total).
    """
    total = len(documents)
    results: list[T] = []
    if executor is None:
        for document in documents:
            results.extend(work([document]))
            if progress is not None:
                progress(stage, len(results), total)
        return results
    found: dict[int, T] = {}
    batches: dict[Future[list[T]], range] = {}
    for batch in _batches(documents, batch_chars):
        batches[executor.submit(work, [documents[i] for i in batch])] = batch
    for future in as_completed(batches):
        found.update(zip(batches[future], future.result()))
        if progress is not None:
            progress(stage, len(found), total)
    return [found[index] for index in range(total)]


def _extract_batch(documents: list[Document]) -> list[list[Figure]]:
    return [extract(document) for document in documents]


def _batches(documents: Sequence[Document], chars: int | None = None) -> Iterator[range]:
    """Runs of consecutive documents of about `chars` (BATCH_CHARS) characters (a longer
    document goes alone)."""
    chars = chars or BATCH_CHARS
    start = size = 0
    for index, document in enumerate(documents):
        if size and size + len(document.text) > chars:
            yield range(start, index)
            start, size = index, 0
        size += len(document.text)
    if start < len(documents):
        yield range(start, len(documents))


@contextmanager
def process_pool(jobs: int) -> Iterator[Executor | None]:
    """A pool of `jobs` processes (0: one per CPU) for the duration of a run; None, to
    extract in this process, for one job."""
    workers = jobs if jobs > 0 else os.cpu_count() or 1
    if workers == 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_quiet_worker) as pool:
        yield pool


def _quiet_worker() -> None:
    """Ctrl-C and SIGTERM reach the workers too: they stop at once and without a traceback,
    and the main process says what happened (crosscheck exits 130 or 143)."""
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)


def _stop(signum: int, frame: object) -> None:
    os._exit(128 + signum)
