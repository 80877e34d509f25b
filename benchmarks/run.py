"""The performance benchmark: `python3 -m benchmarks.run` from the project root.

Prints, in one run on one machine:

1. extraction throughput (MB/s of UTF-8 text) of crosscheck and of a plain compiled-regex
   extractor on the seeds repeated to about 10 MB, and their ratio;
2. wall time and peak memory of `check` in auto mode for a ~450,000-character review against
   ten articles, for the review doubled, and for corpora of 100, 500 and 2,000 articles;
   the size of the proofing page (--format html) of the review and ten articles;
3. the newsroom: `check_articles` of 100, 500, 2,000 and 5,000 articles against one review
   (time per article, peak memory), and 2,000 articles with `--jobs 1` and `--jobs 2`;
4. start-up: `crosscheck --version` and `crosscheck --help`.

Each check runs in a fresh process, so its peak memory (the process's maximum resident set)
is its own.  The targets are checked here and nowhere else (never in timed unit tests); the
exit code is 1 when one is missed.  `--quick` runs smaller sizes to try the script out.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from statistics import median
from typing import Any

from benchmarks import corpus
from checker import Document, extract
from checker.engine import check, check_articles
from checker.extraction import chinese_scan
from checker.parallel import extract_all, process_pool
from checker.report import html_report

ROOT = Path(__file__).resolve().parent.parent
REVIEW_CHARS = 450_000
CORPORA = (100, 500, 2000)
NEWSROOM = (100, 500, 2000, 5000)  # articles against one review
NEWSROOM_CHAPTERS = 16  # the review: seeds/003 told for 16 districts, about 87,000 characters
JOBS_ARTICLES = 2000
RUNS = 3  # of each timing that is repeated (the best counts; the spread is printed)

# Targets (issues 6, 12 and 17).
MIN_THROUGHPUT_RATIO = 0.11  # no regression: crosscheck extraction / plain regex extraction
MIN_ENGLISH_RATIO = 0.5  # English extraction per MB / Chinese, same run (issue 12)
MAX_CHECK_OVER_EXTRACT = 3.0  # check(review + ten articles) / extracting them
MAX_HTML_MB = 10  # the proofing page of the review and ten articles
MAX_DOUBLING = 2.2  # check(review doubled + ten articles) / check(review + ten articles)
MAX_PEAK_MB = 500.0  # at 2,000 documents, and at 5,000 articles against a review
MAX_PER_ARTICLE_SPREAD = 0.15  # time per article, each size within this of their mean
MIN_JOBS_SPEEDUP = 1.6  # --jobs 2 over --jobs 1, 2,000 articles against a review
MAX_START_SECONDS = 0.15  # crosscheck --version, crosscheck --help
TABLE_ROWS = (1000, 4000)  # a table of bare numbers, in English and in Chinese
MAX_TABLE_GROWTH = 4.4  # its extraction, 4x the rows: at most 1.1 times linear (session 16)

# The baseline: Arabic number, 万/亿 scale, 余/多, %, one measure word, 近/约/以上.
PLAIN = re.compile(r"(?P<pre>近|约)?(?P<number>[0-9]+(?:\.[0-9]+)?)(?P<scale>万|亿)?"
                   r"(?P<more>余|多)?(?P<unit>%|[个家人名项元场次件户所座位台])?(?P<post>以上)?")
SCALE = {"万": 1e4, "亿": 1e8}


def plain_extract(text: str) -> list[tuple[int, int, float, str | None, str | None]]:
    """Every match as (start, end, value with its scale, unit, qualifier)."""
    return [(m.start(), m.end(), float(m["number"]) * SCALE.get(m["scale"] or "", 1.0),
             m["unit"], m["pre"] or m["more"] or m["post"]) for m in PLAIN.finditer(text)]


def best_of(runs: int, work: Callable[[], object]) -> float:
    return alternated(runs, work)[0]


def alternated(runs: int, *works: Callable[[], object]) -> list[float]:
    """The best time of each work, run in turn `runs` times, so that a burst of other work
    on the machine falls on all of them alike."""
    times: list[list[float]] = [[] for _ in works]
    for _ in range(runs):
        for work, spent in zip(works, times):
            start = time.perf_counter()
            work()
            spent.append(time.perf_counter() - start)
    return [min(spent) for spent in times]


def table_text(rows: int, chinese: bool) -> str:
    """A table of `rows` rows of bare numbers under a note and a header (one cell a row names
    the region): the shape a statistics office's annex has."""
    if chinese:
        head = "单位：万人\n\n地区\t2023年\t2024年\t2025年\n"
        body = "".join(f"第{i}区\t{i * 1.5:.1f}\t{i * 2.5:.1f}\t{i * 3.5:.1f}\n"
                       for i in range(1, rows + 1))
    else:
        head = "Thousands, seasonally adjusted. Change in per cent.\n\nRegion\tQ1 2014\tQ2 2014\tQ3 2014\n"
        body = "".join(f"Region {i}\t{i * 1.5:.1f}\t{i * 2.5:.1f}\t{i * 3.5:.1f}\n"
                       for i in range(1, rows + 1))
    return head + body


def table_growth(rows: tuple[int, int], runs: int) -> dict[str, list[float]]:
    """Per language, the best time of extracting a table of each number of `rows`."""
    return {language: [best_of(runs, functools.partial(
        extract, Document.from_text(table_text(size, language == "zh"), f"table.{language}.txt")))
        for size in rows] for language in ("zh", "en")}


def _extract_all(documents: list[Document]) -> None:
    for document in documents:
        extract(document)


def throughput(megabytes: float) -> dict[str, float]:
    documents = corpus.repeated_seeds(megabytes)
    size = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    figures = sum(len(extract(d)) for d in documents)
    matches = sum(len(plain_extract(d.text)) for d in documents)
    ours, plain = alternated(3, lambda: [extract(d) for d in documents],
                             lambda: [plain_extract(d.text) for d in documents])
    # Our pattern's scan alone, nothing judged, named or built: how much of the budget the
    # regex engine itself takes before any Python work per figure.
    scan = best_of(3, lambda: [list(chinese_scan._PATTERN.finditer(d.text)) for d in documents])
    with ProcessPoolExecutor(max_workers=2) as pool:
        pooled = best_of(2, lambda: extract_all(documents, pool))
    rates = {"mb": size, "documents": len(documents), "figures": figures, "matches": matches,
             "ours": size / ours, "plain": size / plain, "pooled": size / pooled,
             "scan": size / scan}
    # English in the same run: the official reports where the shared corpus is present (real
    # documents, as the seeds are), and the dense fixture documents.  Each English round is
    # timed right after a round of the seeds of the same size, and each side keeps its best
    # round, so that other work on the machine weighs on both alike.
    chinese = corpus.repeated_seeds(megabytes / 5)
    chinese_mb = sum(len(d.text.encode("utf-8")) for d in chinese) / 1e6
    for key, official in (("official", True), ("fixtures", False)):
        texts = corpus.english_texts(official)
        if texts:
            english = corpus.repeated(texts, megabytes / 5, f"english-{key}")
            mb = sum(len(d.text.encode("utf-8")) for d in english) / 1e6
            seeds_time, english_time = alternated(3, functools.partial(_extract_all, chinese),
                                                  functools.partial(_extract_all, english))
            rates[f"english_{key}"] = mb / english_time
            rates[f"chinese_{key}"] = chinese_mb / seeds_time
            rates[f"english_{key}_figures"] = sum(len(extract(d)) for d in english) / mb
    return rates


def scenario(kind: str, size: int) -> dict[str, Any]:
    """One check in this process: build the documents, time extracting them alone, then
    time check() (which extracts again, aligns and checks)."""
    if kind == "review":
        documents = corpus.review_and_articles(size)
    else:
        documents = corpus.articles(size)
    runs = 2 if kind == "review" else 1
    extracting = best_of(runs, lambda: [extract(d) for d in documents])
    outcomes = []
    checking = best_of(runs, lambda: outcomes.append(check(documents)))
    outcome = outcomes[-1]
    peak = peak_megabytes()
    started = time.perf_counter()
    page = html_report.render(outcome) if kind == "review" else ""
    return {
        "html_mb": len(page.encode("utf-8")) / 1_000_000,
        "html_s": time.perf_counter() - started,
        "documents": len(documents),
        "chars": sum(len(d.text) for d in documents),
        "review_chars": len(documents[0].text) if kind == "review" else 0,
        "figures": sum(outcome.figure_counts),
        "findings": len(outcome.findings),
        "extract": extracting,
        "check": checking,
        "peak_mb": peak,
    }


def newsroom(size: int, jobs: int = 1) -> dict[str, Any]:
    """check_articles of `size` articles against one review, in this process (`jobs` 1) or
    in a pool of `jobs` processes started for the run, as --jobs does."""
    review = corpus.review(NEWSROOM_CHAPTERS)
    articles = [corpus.article(corpus.REVIEW_SEED, n % NEWSROOM_CHAPTERS, n)
                for n in range(size)]
    start, cpu = time.perf_counter(), _cpu_seconds()
    with process_pool(jobs) as executor:
        outcome = check_articles([review], articles, executor=executor)
    return {
        "cpu": _cpu_seconds() - cpu,  # this process's and its pool's
        "articles": size,
        "review_chars": len(review.text),
        "chars": sum(len(d.text) for d in articles),
        "figures": sum(outcome.figure_counts),
        "findings": len(outcome.findings),
        "check": time.perf_counter() - start,
        "peak_mb": peak_megabytes(),
    }


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (a pool's workers)."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _spin() -> float:
    start = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - start


def free_cores() -> float:
    """How much faster two processes get through twice the work of one, on this machine now:
    2 when both cores are free, 1 when other work leaves the time of one core."""
    alone = _spin()
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(int, range(2)))  # started
        start = time.perf_counter()
        list(pool.map(_spin_task, range(2)))
        both = time.perf_counter() - start
    return 2 * alone / both


def _spin_task(_: int) -> float:
    return _spin()


def start_up(argument: str) -> list[float]:
    """Wall times of `crosscheck ARGUMENT` (the installed script beside this Python)."""
    script = Path(sys.executable).parent / "crosscheck"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "checker"]
    times = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run([*command, argument], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def peak_megabytes() -> float:
    """This process's peak resident memory.  VmHWM, where there is one: ru_maxrss would
    count the parent's memory too, from before this process was started (exec keeps it)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_fresh_process(kind: str, size: int, jobs: int = 1) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--scenario", kind,
                           str(size), "--jobs", str(jobs)], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, to try it out")
    parser.add_argument("--scenario", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--newsroom", action="store_true",
                        help="only the newsroom and start-up parts (3 and 4)")
    args = parser.parse_args()
    if args.scenario:
        kind, size = args.scenario[0], int(args.scenario[1])
        found = newsroom(size, args.jobs) if kind == "newsroom" else scenario(kind, size)
        print(json.dumps(found))
        return 0
    scale = 0.1 if args.quick else 1.0
    if args.newsroom:
        return 0 if all(newsroom_section(scale) + start_up_section()) else 1
    results = []

    speed = throughput(10 * scale)
    ratio = speed["ours"] / speed["plain"]
    results.append(ratio >= MIN_THROUGHPUT_RATIO)
    print(f"Extraction, the seeds repeated to {speed['mb']:.1f} MB "
          f"({speed['documents']:.0f} documents)")
    print(f"  plain regex   {speed['plain']:7.2f} MB/s  {speed['matches']:9.0f} matches")
    print(f"  crosscheck    {speed['ours']:7.2f} MB/s  {speed['figures']:9.0f} figures")
    print(f"  crosscheck    {speed['pooled']:7.2f} MB/s  in 2 processes (--jobs 2)")
    print(f"  its scan only {speed['scan']:7.2f} MB/s  (the pattern alone: nothing judged, "
          f"named or built; ratio {speed['scan'] / speed['plain']:.2f})")
    print(f"  ratio {ratio:.2f} (target: no regression, >= {MIN_THROUGHPUT_RATIO} in the same "
          f"run): {verdict(results[-1])}")
    print(f"  Chinese (the seeds)          {speed['ours']:7.2f} MB/s  "
          f"{speed['figures'] / speed['mb']:7.0f} figures/MB")
    for key, label in (("official", "English (official reports)"),
                       ("fixtures", "English (dense fixtures)")):
        if f"english_{key}" not in speed:
            print(f"  {label:<28} skipped: {corpus.ENGLISH_OFFICIAL} is absent")
            continue
        english = speed[f"english_{key}"] / speed[f"chinese_{key}"]
        line = (f"  {label:<28} {speed[f'english_{key}']:7.2f} MB/s  "
                f"{speed[f'english_{key}_figures']:7.0f} figures/MB  "
                f"{english:.2f} of the Chinese rate ({speed[f'chinese_{key}']:.2f} MB/s "
                f"beside it)")
        if key == "official":
            results.append(english >= MIN_ENGLISH_RATIO)
            line += f" (target >= {MIN_ENGLISH_RATIO}): {verdict(results[-1])}"
        print(line)

    rows = tuple(max(10, round(size * scale)) for size in TABLE_ROWS)
    tables = table_growth((rows[0], rows[1]), RUNS)
    for language, (small, large) in tables.items():
        results.append(large / small <= MAX_TABLE_GROWTH)
        print(f"  a table of bare numbers ({language}), {rows[0]:,} -> {rows[1]:,} rows: "
              f"{small:.2f} -> {large:.2f} s, {large / small:.2f}x the time for "
              f"{rows[1] / rows[0]:.0f}x the rows (target <= {MAX_TABLE_GROWTH}): "
              f"{verdict(results[-1])}")

    chapters = max(2, round(REVIEW_CHARS * scale / len(corpus.chapter(corpus.REVIEW_SEED, 0))))
    print("\nCheck in auto mode: a review against ten articles")
    print(f"  {'input':<30}{'documents':>10}{'chars':>11}{'extract s':>11}{'check s':>10}"
          f"{'check/extract':>15}{'peak MB':>9}")
    review = {}
    for label, size in (("review + 10 articles", chapters),
                        ("review doubled + 10 articles", 2 * chapters)):
        review[label] = r = in_fresh_process("review", size)
        print(f"  {label:<30}{r['documents']:>10}{r['chars']:>11,}{r['extract']:>11.2f}"
              f"{r['check']:>10.2f}{r['check'] / r['extract']:>15.2f}{r['peak_mb']:>9.0f}")
    single, double = review.values()
    results.append(single["check"] / single["extract"] <= MAX_CHECK_OVER_EXTRACT)
    print(f"  review of {single['review_chars']:,} characters: check / extract "
          f"{single['check'] / single['extract']:.2f} (target <= {MAX_CHECK_OVER_EXTRACT}): "
          f"{verdict(results[-1])}")
    results.append(single["html_mb"] < MAX_HTML_MB)
    print(f"  its proofing page (--format html): {single['html_mb']:.1f} MB, written in "
          f"{single['html_s']:.2f} s (target < {MAX_HTML_MB} MB): {verdict(results[-1])}")
    growth = double["check"] / single["check"]
    results.append(growth <= MAX_DOUBLING)
    print(f"  doubling the review: {growth:.2f}x the time (target <= {MAX_DOUBLING}): "
          f"{verdict(results[-1])}")

    print("\nCheck in auto mode: a corpus of articles")
    print(f"  {'documents':<12}{'chars':>12}{'figures':>9}{'findings':>10}{'extract s':>11}"
          f"{'check s':>10}{'ms/document':>13}{'peak MB':>9}")
    runs = {}
    for count in CORPORA:
        size = max(10, round(count * scale))
        runs[size] = r = in_fresh_process("articles", size)
        print(f"  {size:<12,}{r['chars']:>12,}{r['figures']:>9,}{r['findings']:>10,}"
              f"{r['extract']:>11.2f}{r['check']:>10.2f}{1000 * r['check'] / size:>13.1f}"
              f"{r['peak_mb']:>9.0f}")
    sizes = sorted(runs)
    for small, large in itertools.pairwise(sizes):
        growth = runs[large]["check"] / runs[small]["check"]
        print(f"  {large:,} / {small:,} documents: {growth:.2f}x the time for "
              f"{large / small:.0f}x the documents")
    largest = runs[sizes[-1]]
    results.append(largest["peak_mb"] <= MAX_PEAK_MB)
    print(f"  peak memory at {sizes[-1]:,} documents: {largest['peak_mb']:.0f} MB "
          f"(target <= {MAX_PEAK_MB:.0f}): {verdict(results[-1])}")
    results += newsroom_section(scale)
    results += start_up_section()
    return 0 if all(results) else 1


def newsroom_section(scale: float) -> list[bool]:
    """check_articles against one review: time per article by size, memory, --jobs 2."""
    results = []
    print("\nNewsroom: articles checked against one review only (check_articles)")
    print(f"  {'articles':<12}{'chars':>12}{'figures':>9}{'findings':>10}{'check s':>10}"
          f"{'ms/article':>12}{'CPU s':>8}{'CPU ms/article':>16}{'peak MB':>9}")
    per_article = {}
    largest: dict[str, Any] = {}
    for count in NEWSROOM:
        size = max(10, round(count * scale))
        runs = [in_fresh_process("newsroom", size) for _ in range(1 if count > 2000 else 2)]
        r = largest = min(runs, key=lambda run: float(run["cpu"]))
        per_article[size] = 1000 * r["cpu"] / size
        print(f"  {size:<12,}{r['chars']:>12,}{r['figures']:>9,}{r['findings']:>10,}"
              f"{r['check']:>10.2f}{1000 * r['check'] / size:>12.2f}{r['cpu']:>8.2f}"
              f"{per_article[size]:>16.2f}{r['peak_mb']:>9.0f}")
    mean = sum(per_article.values()) / len(per_article)
    spread = max(abs(t - mean) / mean for t in per_article.values())
    results.append(spread <= MAX_PER_ARTICLE_SPREAD)
    # CPU time, since wall time on a shared machine follows the other work as much as ours.
    print(f"  against a review of {largest['review_chars']:,} characters; CPU time per "
          f"article {min(per_article.values()):.2f} to {max(per_article.values()):.2f} ms, "
          f"at most {100 * spread:.0f}% from their mean (target <= "
          f"{100 * MAX_PER_ARTICLE_SPREAD:.0f}%): {verdict(results[-1])}")
    results.append(largest["peak_mb"] <= MAX_PEAK_MB)
    print(f"  peak memory at {largest['articles']:,} articles: {largest['peak_mb']:.0f} MB "
          f"(target <= {MAX_PEAK_MB:.0f}): {verdict(results[-1])}")
    size = max(10, round(JOBS_ARTICLES * scale))
    times: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    free = []
    for _ in range(RUNS):  # alternated, so a burst of other work hits both alike
        free.append(free_cores())
        for jobs, seconds in times.items():
            run = in_fresh_process("newsroom", size, jobs)
            seconds.append(run["check"])
            cpu[jobs].append(run["cpu"])
    for jobs, seconds in times.items():
        print(f"  {size:,} articles, --jobs {jobs}: best {min(seconds):.2f} s of {RUNS} "
              f"({', '.join(f'{s:.2f}' for s in seconds)}), CPU {min(cpu[jobs]):.2f} s")
    print(f"  two processes on this machine now: {min(free):.2f}x to {max(free):.2f}x as fast "
          f"as one (2: both cores free; 1: the other work leaves us one)")
    speedup = min(times[1]) / min(times[2])
    results.append(speedup >= MIN_JOBS_SPEEDUP)
    print(f"  --jobs 2 is {speedup:.2f}x as fast as --jobs 1 (target >= {MIN_JOBS_SPEEDUP}; "
          f"median of the runs {median(times[1]) / median(times[2]):.2f}x): "
          f"{verdict(results[-1])}")
    return results


def start_up_section() -> list[bool]:
    results = []
    print("\nStart-up")
    for argument in ("--version", "--help"):
        seconds = start_up(argument)
        results.append(min(seconds) <= MAX_START_SECONDS)
        print(f"  crosscheck {argument:<10} best {min(seconds):.3f} s, median "
              f"{median(seconds):.3f} s of {len(seconds)} (target <= {MAX_START_SECONDS}): "
              f"{verdict(results[-1])}")
    return results


if __name__ == "__main__":
    sys.exit(main())
