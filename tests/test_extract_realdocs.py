"""Chinese extraction measured on real documents nobody on this project wrote: three 2026
provincial government work reports, labelled blind (tests/realdocs/README.md).  The documents
are read in place from ../shared/corpus/zh/; the tests skip when it is absent.

A figure is matched to a label by position (line and column of its first character), as
tests/test_extract_styles.py does.  A range read as one figure (5%—6%, 0—6岁, qualifier
"range", its interval spanning both ends) matches both end labels it covers: the labels make
a range two figures, the English branch makes it one.  Scored per document: recall (labels
found), precision (figures labelled), and among matched figures the agreement of value, unit,
qualifier and interval; metrics are one reader's wording, so they are compared loosely (one
name inside the other, or close by rapidfuzz), and kinds are only reported.  No extracted
figure may overlap a labelled non-figure, except those listed in READ_OTHERWISE.

Run with -s to see the table.  The floors are the numbers reached; raise them as extraction
improves, never lower them to let a change through.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from rapidfuzz import fuzz

from checker import extract, load
from checker.extraction import Figure

HERE = Path(__file__).resolve().parent
LABELS = HERE / "realdocs" / "zh"
CORPUS = HERE.parents[1] / "shared" / "corpus" / "zh"
DOCUMENTS = ["gwr2026_hebei", "gwr2026_jilin", "gwr2026_ningxia"]

# name: (recall, precision, value, unit, qualifier, interval, metric (loose)), the shares
# reached.
# Before the first fixes (2026-12-06): Hebei recall 1.000, precision 0.930; Jilin 0.987, 0.974
# (unit 0.996); Ningxia 0.967, 0.940 (unit 0.996); metric (loose) 0.985, 0.969, 0.937; 25
# labelled non-figures overlapped.
FLOORS: dict[str, tuple[float, ...]] = {
    "gwr2026_hebei": (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
    "gwr2026_jilin": (0.987, 0.991, 1.0, 1.0, 1.0, 1.0, 0.986),
    "gwr2026_ningxia": (0.985, 0.989, 1.0, 1.0, 1.0, 1.0, 0.955),
}

# Known differences between a label and docs/figures.md or an earlier decision of the project
# (tests/fixtures/*.yaml headers, tests/fixtures/labels/NOTES.md), where the convention wins.
# They are scored as they fall (they count against the numbers above); listed here so that
# nobody "fixes" the extractor or the label to make them go away, and checked to be still
# there (test_known_differences_are_still_there).  (document, line, column): reason.
_THRESHOLD = ("亿元以上 with no numeral is the threshold 1e8 yuan, at_least: style_workreport.yaml "
              "(17:64) and hard_citybulletin.yaml (29:8) label it a figure")
_THAT_YEAR = ("这一年 points back to a year (a time), not a duration: "
              "tests/fixtures/labels/NOTES.md (seed 003, L21)")
_CITIES = ("五市 counts cities with the measure word 市 (docs/figures.md: a count with a measure "
           "word); the labels leave it out without listing it as a non-figure")
LABEL_CONVENTION_DIFFERENCES: dict[tuple[str, int, int], str] = {
    ("gwr2026_jilin", 39, 25): _THRESHOLD,
    ("gwr2026_jilin", 39, 404): _THRESHOLD,
    ("gwr2026_ningxia", 29, 399): _THAT_YEAR,
    ("gwr2026_ningxia", 34, 165): _THAT_YEAR,
    ("gwr2026_ningxia", 49, 83): "学前一年 names a school stage (the last preschool year), as "
                                 "九年义务教育 in zh.NAMES, not a period stated",
    ("gwr2026_ningxia", 56, 35): _CITIES,
    ("gwr2026_ningxia", 97, 209): _CITIES,
    ("gwr2026_ningxia", 98, 323): "四类村庄: 类 is a measure word (zh.UNITS, count), so four "
                                  "classes are a count; that they form a fixed classification "
                                  "is knowledge the text does not state",
}

# Labels the extractor knowingly misses (no convention against them: a gap left, with why).
# Also checked to be still there.
_MEDALS = ("9金、5银、6铜: a medal tally, numbers with no measure word; one such tally in the 29 "
           "reports of the corpus, so a rule for it would fit one sentence")
KNOWN_GAPS: dict[tuple[str, int, int], str] = {
    ("gwr2026_jilin", 25, 315): _MEDALS,
    ("gwr2026_jilin", 25, 318): _MEDALS,
    ("gwr2026_jilin", 25, 321): _MEDALS,
    ("gwr2026_ningxia", 86, 161): "新增千万吨产能: a bare 千万 + unit with no qualifier stays vague; "
                                  "elsewhere in the corpus it is a size class or a name "
                                  "(千万吨炼化基地, 千万吨粮食增产计划, 百万亩造林绿化工程)",
}
# Kind only (reported, not scored): Ningxia labels 750千伏 / 330千伏 (32:98, 32:104, 86:420,
# 86:426) count, where its own header and zh.UNITS make 千伏 a measure.

# Labelled non-figures the extractor reads as figures, knowingly: the differences above that
# are non-figures in the labels.
READ_OTHERWISE: dict[tuple[str, int, int], str] = {
    key: reason for key, reason in LABEL_CONVENTION_DIFFERENCES.items()
    if key in {("gwr2026_jilin", 39, 25), ("gwr2026_jilin", 39, 404),
               ("gwr2026_ningxia", 98, 323)}}


@dataclass
class Score:
    labels: int
    figures: int
    recalled: int
    labelled: int
    value: int
    unit: int
    qualifier: int
    interval: int
    exact: int  # matched label by label (not through a range): the interval's denominator
    metric: int
    kind: int
    misses: list[dict[str, Any]]
    extras: list[Figure]
    disagreements: list[tuple[str, dict[str, Any], Figure]]
    overlaps: list[dict[str, Any]]

    def shares(self) -> tuple[float, ...]:
        matched = max(self.recalled, 1)
        return (self.recalled / max(self.labels, 1), self.labelled / max(self.figures, 1),
                self.value / matched, self.unit / matched, self.qualifier / matched,
                self.interval / max(self.exact, 1), self.metric / matched)


def _read(path: Path) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def _span(item: dict[str, Any] | Figure) -> tuple[int, int, int]:
    if isinstance(item, Figure):
        return item.line, item.column, item.column + len(item.text)
    return item["line"], item["column"], item["column"] + len(str(item["text"]))


def _covers(figure: Figure, label: dict[str, Any]) -> bool:
    """A range figure covering an end label: same line, the label's span inside its own."""
    line, start, end = _span(figure)
    label_line, label_start, label_end = _span(label)
    return (figure.qualifier == "range" and line == label_line and start <= label_start
            and label_end <= end)


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _metric_close(found: str, wanted: str | None) -> bool:
    if not wanted:
        return True  # durations carry no metric label
    if not found:
        return False
    return wanted in found or found in wanted or fuzz.ratio(found, wanted) >= 60


@functools.cache
def score(name: str) -> Score:
    labels = _read(LABELS / f"{name}.yaml")
    nonfigures = _read(LABELS / f"{name}_nonfigures.yaml")
    figures = extract(load(CORPUS / f"{name}.txt"))
    by_start = {(f.line, f.column): f for f in figures}
    used: set[int] = set()
    recalled = value = unit = qualifier = interval = exact = metric = kind = 0
    misses: list[dict[str, Any]] = []
    disagreements: list[tuple[str, dict[str, Any], Figure]] = []
    for label in labels:
        figure = by_start.get((label["line"], label["column"]))
        through_range = figure is None or figure.qualifier == "range"
        if figure is None:
            figure = next((f for f in figures if _covers(f, label)), None)
        if figure is None:
            misses.append(label)
            continue
        recalled += 1
        used.add(id(figure))
        wanted = _decimal(label["value"])
        if through_range and figure.qualifier == "range":
            ok_value = figure.low is not None and figure.high is not None and (
                figure.low <= wanted <= figure.high)  # type: ignore[operator]
            ok_qualifier = True  # a range has no qualifier of its ends
        else:
            exact += 1
            ok_value = figure.value == wanted
            ok_qualifier = figure.qualifier == label["qualifier"]
            ok_interval = (figure.low, figure.high, figure.interval.bounds) == (
                _decimal(label["low"]), _decimal(label["high"]), label["bounds"])
            interval += ok_interval
            if not ok_interval:
                disagreements.append(("interval", label, figure))
        ok_unit = figure.unit == label["unit"]
        value += ok_value
        unit += ok_unit
        qualifier += ok_qualifier
        metric += _metric_close(figure.metric, label["metric"])
        kind += figure.kind == label["kind"]
        for field, ok in (("value", ok_value), ("unit", ok_unit), ("qualifier", ok_qualifier)):
            if not ok:
                disagreements.append((field, label, figure))
    extras = [f for f in figures if id(f) not in used]
    overlaps = [item for item in nonfigures
                if (name, item["line"], item["column"]) not in READ_OTHERWISE
                and any(_overlap(_span(f), _span(item)) for f in figures)]
    return Score(len(labels), len(figures), recalled, len(figures) - len(extras), value, unit,
                 qualifier, interval, exact, metric, kind, misses, extras, disagreements, overlaps)


def _overlap(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _report(name: str, result: Score) -> str:
    shares = result.shares()
    head = (f"{name}: {result.labels} labels, {result.figures} figures; recall {shares[0]:.3f}, "
            f"precision {shares[1]:.3f}; value {shares[2]:.3f}, unit {shares[3]:.3f}, "
            f"qualifier {shares[4]:.3f}, interval {shares[5]:.3f}, "
            f"metric (loose) {shares[6]:.3f}, kind (reported) "
            f"{result.kind / max(result.recalled, 1):.3f}; "
            f"{len(result.overlaps)} non-figures overlapped")
    lines = [head]
    lines += [f"  missed {m['line']}:{m['column']} {m['text']}" for m in result.misses]
    lines += [f"  extra  {f.line}:{f.column} {f.text} ({f.kind}, {f.metric})"
              for f in result.extras]
    lines += [f"  {field:9} {label['line']}:{label['column']} {label['text']}: label "
              f"{label['value']} {label['unit']} {label['qualifier']} [{label['low']}, "
              f"{label['high']}] / found {f.value} {f.unit} {f.qualifier} [{f.low}, {f.high}]"
              for field, label, f in result.disagreements]
    lines += [f"  overlap {o['line']}:{o['column']} {o['text']}" for o in result.overlaps]
    return "\n".join(lines)


needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(),
                                  reason=f"the real documents are not here: {CORPUS}")


@needs_corpus
@pytest.mark.parametrize("name", DOCUMENTS)
def test_real_report_scores(name: str) -> None:
    result = score(name)
    print(_report(name, result))
    names = ("recall", "precision", "value", "unit", "qualifier", "interval", "metric")
    below = [f"{field} {got:.3f} < {floor}" for field, got, floor
             in zip(names, result.shares(), FLOORS[name]) if got < floor]
    assert not below, below


@needs_corpus
@pytest.mark.parametrize("name", DOCUMENTS)
def test_real_report_non_figures_stay_unread(name: str) -> None:
    result = score(name)
    assert not result.overlaps, [(o["line"], o["column"], o["text"]) for o in result.overlaps]


@needs_corpus
def test_known_differences_are_still_there() -> None:
    """Each listed difference is still a missed label, an unlabelled figure or an overlapped
    non-figure: once extraction or the labels change, the list must shrink with them."""
    stale = []
    for name in DOCUMENTS:
        result = score(name)
        places = ({(m["line"], m["column"]) for m in result.misses}
                  | {(f.line, f.column) for f in result.extras})
        stale += [key for key in (*LABEL_CONVENTION_DIFFERENCES, *KNOWN_GAPS)
                  if key[0] == name and key[1:] not in places]
    assert not stale
