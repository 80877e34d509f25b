"""The check of a corpus on a Dask cluster (processes, two workers) finds exactly what it
finds in one process.  The README's Dask example is this test's code (a test below keeps
them the same)."""

from __future__ import annotations

import re
import textwrap

import pytest

import checker
from benchmarks import corpus
from tests.conftest import ROOT

pytest.importorskip("dask.distributed",
                    reason="Dask is optional: pip install 'crossreport-checker[dask]'")

START, END = "    # README: Dask\n", "    # README: end\n"


def test_the_corpus_check_on_a_dask_cluster_finds_what_one_process_finds() -> None:
    references = [corpus.review(4)]
    articles = [corpus.article(corpus.REVIEW_SEED, n % 4, n) for n in range(40)]
    here = checker.check_articles(references, articles)
    corpus_here = checker.check(articles)

    # README: Dask
    from dask.distributed import Client, LocalCluster

    with LocalCluster(processes=True, n_workers=2, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        executor = client.get_executor()  # a concurrent.futures.Executor
        outcome = checker.check_articles(references, articles, executor=executor)
        corpus_outcome = checker.check(articles, executor=executor)  # auto mode
    # README: end

    assert outcome.findings == here.findings and len(here.findings) > 60
    assert outcome == here
    assert corpus_outcome == corpus_here and len(corpus_here.findings) > 60


def test_the_readme_shows_this_code() -> None:
    source = (ROOT / "tests" / "test_dask.py").read_text("utf-8")
    ours = textwrap.dedent(source[source.index(START) + len(START):source.index(END)])
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    assert any(ours.strip() in block for block in blocks)
