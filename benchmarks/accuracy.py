"""Accuracy on real documents: `python3 -m benchmarks.accuracy [--split dev|test] [--lang zh|en]`.

For each language and split, the labelled pairs of `tests/corpus/<lang>/<split>.tsv` are scored
by `../shared/tools/score_pairs.py`, the way the project's accuracy is judged: a folder in /tmp
gets links to the documents the labels name (official ones in `../shared/corpus/<lang>/`, the
retellings in `tests/corpus/<lang>/docs/`) and the labels as `shared_figures_spans.tsv`, and
the scorer runs `crosscheck extract|align|check` on each pair of documents.  Its per-row
report and last line are printed, then a summary with the share of pairs aligned to the right
partner by language and the pairs aligned to a wrong partner (counted here, in process, from
the same alignment the command prints).  `--jobs N` scores the document pairs in N processes
(every measure is a count over rows, so the parts add up); `--warm` runs the scorer's commands
in its process instead of starting `crosscheck` three times a pair, which the tests use: the
counts are the same, the start-up is paid once.

Tune on `dev` only; `test` is for reporting.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_pairs.py"
LANGUAGES = ("zh", "en")
SPLITS = ("dev", "test")
LABELS = "shared_figures_spans.tsv"
_LAST = re.compile(r"found=(\d+)/(\d+) aligned=(\d+)/(\d+) traps_ok=(\d+)/(\d+) "
                   r"flagged=(\d+)/(\d+) false_flags=(\d+)/(\d+)")


@dataclass(frozen=True)
class Score:
    """The measures of one language and split."""

    lang: str
    split: str
    found: int
    aligned: int
    rows: int
    traps_ok: int
    traps: int
    flagged: int
    disagreements: int
    false_flags: int
    agreements: int
    wrong: int  # rows whose figure was aligned with another figure of the other document

    @property
    def aligned_share(self) -> float:
        return self.aligned / self.rows if self.rows else 1.0

    @property
    def wrong_share(self) -> float:
        return self.wrong / self.rows if self.rows else 0.0

    def summary(self) -> str:
        return (f"{self.lang} {self.split}: aligned {self.aligned}/{self.rows} "
                f"({self.aligned_share:.3f}), found {self.found}/{self.rows}, "
                f"wrong pairs {self.wrong} ({self.wrong_share:.3f}), "
                f"traps kept apart {self.traps_ok}/{self.traps}, "
                f"flagged {self.flagged}/{self.disagreements}, "
                f"false flags {self.false_flags}/{self.agreements}")


def missing() -> str | None:
    """Why the corpus cannot be scored here, or None when it can."""
    if not (SHARED / "corpus").is_dir():
        return f"{SHARED / 'corpus'} is absent (a bare clone): no real documents to score"
    if not SCORER.is_file():
        return f"{SCORER} is absent: no scorer"
    return None


def labels(lang: str, split: str) -> Path:
    return ROOT / "tests" / "corpus" / lang / f"{split}.tsv"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _source(lang: str, name: str) -> Path:
    own = ROOT / "tests" / "corpus" / lang / "docs" / name
    return own if own.is_file() else SHARED / "corpus" / lang / name


@contextmanager
def folder(lang: str, split: str, rows: list[dict[str, str]] | None = None) -> Iterator[Path]:
    """A temporary folder with the split's labels (or the rows given of them) and links to
    the documents they name."""
    path = labels(lang, split)
    if rows is None:
        rows = _rows(path)
    with tempfile.TemporaryDirectory(prefix=f"accuracy-{lang}-{split}-") as tmp:
        place = Path(tmp)
        for name in sorted({r[k] for r in rows for k in ("doc_a", "doc_b") if r.get(k)}):
            os.symlink(_source(lang, name).resolve(), place / name)
        with path.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle, delimiter="\t"))
        with (place / LABELS).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, header, delimiter="\t", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        yield place


def score(lang: str, split: str, echo: bool = True, jobs: int = 1,
          warm: bool = False) -> Score | None:
    """Score one language and split (None when it has no labels yet), its document pairs
    shared among `jobs` processes, the scorer's commands run in process when `warm`."""
    if not labels(lang, split).is_file():
        return None
    parts = _parts(lang, _rows(labels(lang, split)), jobs)
    args = [(lang, split, part, warm) for part in parts]
    if len(args) > 1:
        with ProcessPoolExecutor(max_workers=len(args)) as pool:
            results = list(pool.map(_score_part, args))
    else:
        results = [_score_part(a) for a in args]
    counts = [0] * 11
    for out, err, part_counts in results:
        if echo:
            sys.stdout.write(out)
            sys.stderr.write(err)
        counts = [x + y for x, y in zip(counts, part_counts)]
    n = counts
    if echo and len(results) > 1:
        print(f"found={n[0]}/{n[1]} aligned={n[2]}/{n[3]} traps_ok={n[4]}/{n[5]} "
              f"flagged={n[6]}/{n[7]} false_flags={n[8]}/{n[9]} (all {len(results)} parts)")
    return Score(lang, split, found=n[0], aligned=n[2], rows=n[1], traps_ok=n[4], traps=n[5],
                 flagged=n[6], disagreements=n[7], false_flags=n[8], agreements=n[9],
                 wrong=n[10])


def _parts(lang: str, rows: list[dict[str, str]], jobs: int) -> list[list[dict[str, str]]]:
    """The rows in at most `jobs` parts, whole document pairs each, of about equal work
    (the longest pairs first, each to the lightest part so far; the same parts every run)."""
    pairs: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in rows:
        pairs.setdefault((r["doc_a"], r["doc_b"]), []).append(r)
    weight = {key: sum(_source(lang, name).stat().st_size for name in key if name)
              for key in pairs}
    parts: list[list[dict[str, str]]] = [[] for _ in range(max(1, min(jobs, len(pairs))))]
    loads = [0] * len(parts)
    for key in sorted(pairs, key=lambda k: (-weight[k], k)):
        lightest = loads.index(min(loads))
        parts[lightest].extend(pairs[key])
        loads[lightest] += weight[key]
    return parts


def _score_part(args: tuple[str, str, list[dict[str, str]], bool]) -> tuple[str, str, list[int]]:
    """The scorer's output, errors and counts (its last line's ten, then wrong pairs) for
    some rows of one language and split."""
    lang, split, rows, warm = args
    with folder(lang, split, rows) as place:
        if warm:
            out, err = _score_here(place)
        else:
            command = f"{sys.executable} -m checker"
            run = subprocess.run([sys.executable, str(SCORER), str(place), command],
                                 capture_output=True, text=True, check=False)
            out, err = run.stdout, run.stderr
        last = _LAST.search(out)
        if last is None:
            raise RuntimeError(f"score_pairs printed no result line: {err[-500:]}")
        return out, err, [int(g) for g in last.groups()] + [wrong_pairs(place)]


def _score_here(place: Path) -> tuple[str, str]:
    """Run the scorer in this process with its commands run here too: the same counting and
    the same command line, each command in an empty folder as the scorer runs it."""
    from click.testing import CliRunner

    from checker.cli import main as crosscheck

    spec = importlib.util.spec_from_file_location("score_pairs", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    def run_json(_command: str, args: list[str]) -> object:
        here = os.getcwd()
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)
            try:
                result = CliRunner().invoke(crosscheck, args, catch_exceptions=False)
            finally:
                os.chdir(here)
        try:
            return json.loads(result.stdout)
        except json.JSONDecodeError:
            return {}

    setattr(scorer, "run_json", run_json)  # noqa: B010 - the scorer's one way out
    out, argv = io.StringIO(), sys.argv
    sys.argv = [str(SCORER), str(place), "crosscheck"]
    try:
        with redirect_stdout(out):
            scorer.main()
    finally:
        sys.argv = argv
    return out.getvalue(), ""


def wrong_pairs(place: Path) -> int:
    """Labelled rows (not traps) whose figure in one document is aligned with figures of the
    other document, none of them its labelled partner."""
    from checker import align, extract, load  # the package of this tree

    rows = [r for r in _rows(place / LABELS)
            if r["fig_a"] and r["fig_b"] and r["agree"].upper() != "TRAP"]
    by_pair: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in rows:
        by_pair.setdefault((r["doc_a"], r["doc_b"]), []).append(r)
    wrong = 0
    for (a, b), found in sorted(by_pair.items()):
        paths = [str(place / a), str(place / b)]
        texts = [Path(p).read_text(encoding="utf-8") for p in paths]
        groups = align([extract(load(p)) for p in paths])
        where: dict[tuple[str, int, int], int] = {}
        for index, group in enumerate(groups):
            for figure in group.figures:
                where[(os.path.basename(figure.document), figure.start, figure.end)] = index
        members: dict[int, list[tuple[str, int, int]]] = {}
        for key, index in where.items():
            members.setdefault(index, []).append(key)
        for r in found:
            spans = [_span(texts[0], r["surface_a"], r["fig_a"]),
                     _span(texts[1], r["surface_b"], r["fig_b"])]
            if None in spans:
                continue
            for own, other, name, other_name in ((0, 1, a, b), (1, 0, b, a)):
                span, partner = spans[own], spans[other]
                assert span is not None and partner is not None
                index = next((i for (d, s, e), i in where.items()
                              if d == name and s < span[1] and span[0] < e), None)
                if index is None:
                    continue
                there = [(s, e) for d, s, e in members[index] if d == other_name]
                if there and not any(s < partner[1] and partner[0] < e for s, e in there):
                    wrong += 1
                    break
    return wrong


def _span(text: str, surface: str, figure: str) -> tuple[int, int] | None:
    start = text.find(surface)
    inner = surface.find(figure)
    if start < 0 or inner < 0:
        return None
    return start + inner, start + inner + len(figure)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=SPLITS, action="append")
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--jobs", type=int, default=1, help="processes to share the pairs")
    parser.add_argument("--warm", action="store_true",
                        help="run the scorer's commands in process (same counts, no start-ups)")
    args = parser.parse_args(argv)
    why = missing()
    if why:
        print(f"accuracy: {why}", file=sys.stderr)
        return 2
    results = []
    for split in args.split or ("test", "dev"):
        for lang in args.lang or LANGUAGES:
            print(f"== {lang} {split}", flush=True)
            result = score(lang, split, jobs=args.jobs, warm=args.warm)
            if result is None:
                print(f"(no labels: {labels(lang, split).relative_to(ROOT)})")
                continue
            results.append(result)
    print("== summary")
    for result in results:
        print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
