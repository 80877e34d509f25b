"""Extraction on an executor (a local process pool standing in for a cluster's), the progress
callback and bar, --jobs, and alignment of a corpus too large to compare every pair."""

from __future__ import annotations

import io
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import numpy as np
import pytest
from click.testing import CliRunner
from rapidfuzz import fuzz
from rich.console import Console

from checker import Document, extract, load, load_rules
from checker import parallel as parallel_module
from checker.align import (
    _DIGITS,
    _NOISE,
    CONTEXT_WEIGHT,
    REORDERED,
    SAME_UNIT_BONUS,
    THRESHOLD,
    compatible,
    metric_key,
    same_context,
    scores,
)
from checker.align import align as align_figures
from checker.cli import main
from checker.engine import check, check_auto
from checker.extraction import Figure
from checker.parallel import extract_all
from checker.progress import progress_bar
from tests.conftest import ROOT, SEEDS

PATHS = sorted(str(p) for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    with ProcessPoolExecutor(max_workers=2) as executor:
        yield executor


def test_extraction_on_an_executor_gives_the_same_figures_in_order(
        pool: ProcessPoolExecutor, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [load(path) for path in PATHS]
    monkeypatch.setattr(parallel_module, "BATCH_CHARS", 8000)  # several batches
    assert len(list(parallel_module._batches(documents))) > 2
    assert extract_all(documents, pool) == [extract(d) for d in documents]


def test_check_on_an_executor_gives_the_same_outcome(pool: ProcessPoolExecutor) -> None:
    documents = [load(path) for path in PATHS[:2]]
    assert check(documents, executor=pool) == check(documents)


def test_rules_on_an_executor_give_the_same_outcome(pool: ProcessPoolExecutor) -> None:
    rules = load_rules(str(ROOT / "rules.yaml"))
    documents = {key: load(ROOT / path) for key, path in rules.documents.items()}
    assert check(documents, rules, executor=pool) == check(documents, rules)


def test_progress_is_reported_for_each_stage(pool: ProcessPoolExecutor) -> None:
    calls: list[tuple[str, int, int]] = []
    documents = [load(path) for path in PATHS[:3]]
    check(documents, executor=pool, progress=lambda *call: calls.append(call))
    assert calls[-1] == ("align", 3, 3)  # three pairs of documents
    assert [c for c in calls if c[0] == "extract"][-1] == ("extract", 3, 3)


def test_progress_bar_only_on_a_terminal_and_after_the_delay() -> None:
    quiet = io.StringIO()
    with progress_bar(Console(file=quiet, force_terminal=False), delay=0) as report:
        report("extract", 1, 2)
    assert quiet.getvalue() == ""
    early = io.StringIO()
    with progress_bar(Console(file=early, force_terminal=True), delay=60) as report:
        report("extract", 1, 2)
    assert early.getvalue() == ""
    shown = io.StringIO()
    with progress_bar(Console(file=shown, force_terminal=True), delay=0) as report:
        report("extract", 1, 2)
    assert "extracting figures" in shown.getvalue()


@pytest.mark.parametrize("command", [["extract", "--format", "csv"], ["check", "-f", "json"]])
def test_jobs_do_not_change_the_output(command: list[str]) -> None:
    runner = CliRunner()
    one = runner.invoke(main, [*command, *PATHS[:3]])
    two = runner.invoke(main, [*command, "--jobs", "2", *PATHS[:3]])
    assert one.exit_code == two.exit_code
    assert one.output == two.output


def test_score_matrix_is_the_score_of_each_cell() -> None:
    """The bulk, blocked scoring equals the plain definition, cell by cell."""
    left = extract(load(PATHS[3]))
    right = extract(load(PATHS[1]))
    matrix = scores(left, right)
    expected = np.zeros_like(matrix)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            key_a, key_b = metric_key(a.metric), metric_key(b.metric)
            name = float(np.float32(fuzz.WRatio(key_a, key_b)))
            if sorted(key_a) == sorted(key_b):  # a name told in another order
                name = max(name, REORDERED)
            if name < THRESHOLD or not compatible(a, b) or not same_context(a, b):
                continue
            clause = float(np.float32(fuzz.ratio(_clause(a), _clause(b))))
            value = (1 - CONTEXT_WEIGHT) * name + CONTEXT_WEIGHT * clause
            if a.unit is not None and a.unit == b.unit:
                value = min(100.0, value + SAME_UNIT_BONUS)
            expected[i, j] = value
    assert np.count_nonzero(expected) > 40
    assert np.array_equal(matrix, expected)


def _clause(figure: Figure) -> str:
    """The clause around a figure without its digits, as alignment compares it."""
    return _DIGITS.sub("", figure.context.replace(figure.text, "")).translate(_NOISE)


STORIES = [
    "朝阳区新建职工书屋{0}个，培训农民工35{0}人次，发放助学金8{0}万元。",
    "海淀区建成母婴关爱室{0}家，服务困难职工24{0}户，慰问劳模3{0}名。",
    "通州区组织技能竞赛{0}场，参赛职工1.{0}万人，评出技术能手9{0}名。",
]


def _corpus() -> list[list[Figure]]:
    """Two articles on each story, with the same figures."""
    return [extract(Document.from_text(story.format(1), f"{key}{copy}.txt"))
            for key, story in zip("abc", STORIES) for copy in (1, 2)]


def test_a_corpus_aligns_each_document_with_those_like_it() -> None:
    documents = _corpus()
    groups = align_figures(documents, neighbours=1)
    for group in groups:
        assert len(group.documents) == 2 and group.documents[0][0] == group.documents[1][0]
        assert group.compared == group.documents  # compared only with its sibling
        assert not group.ambiguous


def test_a_small_run_compares_every_document_with_every_other() -> None:
    documents = _corpus()
    everyone = align_figures(documents)
    assert all(group.compared is None for group in everyone)
    assert [[f.text for f in g.figures] for g in everyone] == \
        [[f.text for f in g.figures] for g in align_figures(documents, neighbours=1)]


def test_missing_lists_only_the_documents_compared() -> None:
    texts = {"a1.txt": STORIES[0].format(1), "a2.txt": STORIES[0].format(1).split("，")[0],
             **{f"b{n}.txt": STORIES[1].format(n) for n in range(1, 22)}}
    outcome = check_auto([Document.from_text(t, p) for p, t in texts.items()])
    missing = [f for f in outcome.findings if f.kind == "missing"
               and f.figures[0].document == "a1.txt"]
    assert missing and all(f.missing_in == ("a2.txt",) for f in missing)
