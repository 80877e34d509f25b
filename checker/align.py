"""Alignment: which figures in different documents count the same thing.

Figures are paired by the similarity of their metric names (rapidfuzz WRatio, scored in bulk
with `process.cdist`), only within compatible units (people with people, money with money, %
never with percentage points), and never by value: a changed value is what the checks must
catch, and an equal value under another metric is a trap.  When a figure has two candidates
within `margin` points of each other, the alignment is marked ambiguous instead of guessed.

Cost: each document is prepared once (names, clauses, unit families); names are scored family
by family, each distinct pair once, and clauses only where names pass, so a long review
against an article costs in proportion to the review.  A corpus is not aligned pair by pair
(that grows with the square of its documents): each document is aligned with the
`neighbours` documents that share the rarest metric names with it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]
from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

from checker import english_words
from checker.extraction import Figure
from checker.extraction.figure import measure_unit
from checker.extraction.intervals import Interval
from checker.lang import en, zh
from checker.names import metric_key, says_nothing, simplified
from checker.rounding import (
    agree,
    in_base_unit,
    is_share,
    rounded,
    same_size,
    slipped,
    slipped_specifically,
    spans_agree,
    states_change,
    states_fall,
)
from checker.units import dimension, factor

THRESHOLD = 72.0  # the lowest metric-name score (0-100) that pairs two figures
MARGIN = 3.0  # candidates this close to the best make an alignment ambiguous
SAME_UNIT_BONUS = 4.0  # units are evidence too: 人次 with 人次 beats 人次 with 人
SECOND_CHOICE = 6.0  # a partner this far below a figure's best candidate is no partner
CONTEXT_WEIGHT = 0.15  # share of the score that the surrounding clause decides
VALUE_TIE = 15.0  # between candidates of like scores, one whose value agrees is taken
# (within MARGIN: where the names cannot tell two candidates apart, the values may)
SPECIFIC_MAX = 3  # a value of more significant digits weighs up to this many VALUE_TIEs
REPEAT_REACH = 256  # a repeat is looked for among this many earlier statements of its size
HEADLINE_CHARS = 60  # a story's headline: the start of its first line, told again below
ABBREVIATION = 90.0  # the name score of a name and its abbreviation (社零 of 社会消费品零售)
SPECIFIC_RESTATES = 60.0  # the name score at which a specific value said twice is one statement
CLAUSE_SAYS = 50.0  # the English clause score (0-100) at which a lone equal value pairs
ASSIGN_SLACK = 1.0  # a pair at the threshold still counts this much in the assignment
# What a value that each of two documents states once adds to the names' score of that pair
# (_stated_once): names of one fact that a retelling rewords pair on it, and it outweighs a
# like name whose value differs.
STATED_ONCE = 20.0
RIVAL = 60.0  # a name this like a figure's (0-100) is a rival to the partner its value finds
NAMED_ELSEWHERE = 80.0  # a left-over English figure whose name pairs this well is not paired
# by value
SAYS_NO_NAME = 2  # characters: a Chinese "name" this short is a verb or a fragment (外送, 评价)

# Units that count the same kind of thing (docs/figures.md); others only match themselves.
_FAMILIES = {
    "people": {"名", "人", "位"},
    "organisations": {"家", "个", "所", "座"},
}
_SHARES = ("percent", "points", "duration")  # kinds that pair only with their own kind
_UNIT_FAMILY = {unit: name for name, units in _FAMILIES.items() for unit in units}
_NOISE = str.maketrans("", "", "的了“”\"'‘’「」《》（）() \u3000")
_NUMERAL_FOLD = str.maketrans("0123456789０１２３４５６７８９两", "〇一二三四五六七八九〇一二三四五六七八九二")
_NUMERAL_CHARS = re.compile("[〇一二三四五六七八九十]")
_DIGITS = re.compile(r"[0-9０-９.,，%％〇零一二两三四五六七八九十百千万亿]+")
_HAN = re.compile("[\u4e00-\u9fff]")
_CONTRIBUTION = re.compile(en.CONTRIBUTION, re.IGNORECASE)
_NAMED_RATE = re.compile(r"\b(?:rate|ratio)\b")  # (metrics are in lower case)


@dataclass(frozen=True)
class Alignment:
    """Figures in different documents taken to count the same thing."""

    metric: str
    score: float  # the lowest pair score inside the group
    figures: tuple[Figure, ...]
    alternatives: tuple[Figure, ...] = field(default=())  # near-equal candidates, if ambiguous
    # The documents its figures were compared with, in a corpus too large to compare every
    # document with every other; None when they were compared with all.
    compared: tuple[str, ...] | None = None

    @property
    def ambiguous(self) -> bool:
        return bool(self.alternatives)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.document for f in self.figures))


@dataclass(frozen=True)
class Pairing:
    """The result of aligning two documents' figures."""

    pairs: tuple[tuple[Figure, Figure, float], ...]
    ambiguous: tuple[tuple[Figure, tuple[Figure, ...], float], ...]
    only_left: tuple[Figure, ...]
    only_right: tuple[Figure, ...]
    # The paired figures that their document states again (a summary's figure told again in
    # its body), each with those repeats: one statement, paired once.
    repeats: tuple[tuple[Figure, tuple[Figure, ...]], ...] = ()
    # The figures paired as a second telling of a fact whose first telling in their document
    # is paired already (_told_again); their pairs are among `pairs`.
    again: tuple[Figure, ...] = ()

    def restated(self, figure: Figure) -> tuple[Figure, ...]:
        """Where a paired figure's document states it again (nowhere: ())."""
        return next((again for leader, again in self.repeats if leader is figure), ())


def family(figure: Figure) -> str:
    """The unit family a figure belongs to: the key that decides who may pair with it."""
    # Extraction (issue 12): a range (4 to 6 per cent, 3至5年) pairs only with ranges, and an
    # English count's unit is its counted noun (job, person), which pairs as no unit did.
    if figure.qualifier == "range":
        return f"range {family(replace(figure, qualifier=None))}"
    if figure.kind == "percent" and _CONTRIBUTION.search(figure.metric):
        return "points"  # a contribution of 0.3% to growth: 0.3 points of it
    if figure.kind in _SHARES:
        return figure.kind
    if is_share(figure):
        return "percent"  # 三分之一, one in five: a share of something, 20% of it told otherwise
    unit = measure_unit(figure)
    if unit is None and figure.kind == "number" and _NAMED_RATE.search(figure.metric) \
            and 0 <= figure.value <= 100:
        return "percent"  # a table's row "Employment rate (aged 16-64)  73.1": a percent
    if unit is None:
        return "*"  # 12.15万 with no unit may count anything but a share
    base = unit.split("/")[0]
    if base in _UNIT_FAMILY:
        return _UNIT_FAMILY[base]
    found = dimension(base)
    return base if found is None else found[0]  # 吨 and 斤 are both mass


def compatible(a: Figure, b: Figure) -> bool:
    fa, fb = family(a), family(b)
    if fa == fb:
        return True
    if a.qualifier == "range" or b.qualifier == "range":
        return False  # a range pairs only with a range of its own family (issue 12)
    return (fa == "*" and fb not in _SHARES) or (fb == "*" and fa not in _SHARES)


def comparable(figures: Sequence[Figure]) -> list[Figure]:
    """The figures that take part in alignment: named or with a unit, and no durations; a
    change from one level to another (revised up from 2.7% to 5.0%) as its two levels
    (_ends)."""
    # (a count of years in a row, 连续16年居全国首位, 20 consecutive months, is named, and no
    # span: it takes part; an answer key's 6895公里 has no name, and pairs by its value alone,
    # _pair_nameless; a number with neither name nor unit tells nothing)
    return [end for f in figures
            if (f.metric or f.unit) and (f.kind != "duration" or zh.IN_A_ROW in f.metric
                                         or f.metric.endswith(en.IN_A_ROW))
            for end in _ends(f)]


# revised down from 0.4% to 0.1%, fell from 6.9% to 6.5%: extraction reads one figure that
# spans both (issue 12), but the text states two levels, each of which other documents state
# (…, total fixed investment from 0.6% to 2.4%: a clause of a subject alone, the verb told
# before it, states two levels too)
_CHANGED_FROM = re.compile(rf"\b(?:{'|'.join(en.LEVEL_CHANGE_VERBS)})(?:\s+[\w-]+){{0,3}}\s+from\s+$"
                           r"|^\W*(?:(?:and|or)\s+)?(?:[A-Za-z][\w'’-]*\s+){1,4}from\s+$",
                           re.IGNORECASE)
_TO_LEVEL = re.compile(r"\s+to\s+")
_WOULD_BE_REVISED = re.compile(r"\b(?:would|could|might|may)\s+(?:\w+\s+)?be\s+revised\b",
                               re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _ends(figure: Figure) -> tuple[Figure, ...]:
    """A range said as a change from one level to another, as the two levels it states (the
    level after no longer a revision, where the change is one); any other figure, itself."""
    if figure.qualifier != "range" or figure.low is None or figure.high is None:
        return (figure,)
    at = figure.context.find(figure.text)
    join = _TO_LEVEL.search(figure.text)
    if at < 0 or join is None or not _CHANGED_FROM.search(figure.context, max(0, at - 40), at):
        return (figure,)
    first = _LEADING_NUMBER.search(figure.text, 0, join.start())
    second = _LEADING_NUMBER.search(figure.text, join.end())
    if first is None or second is None:
        return (figure,)
    scenarios: tuple[str | None, str | None]
    if _WOULD_BE_REVISED.search(figure.context, max(0, at - 60), at):
        # would be revised down from 0.4% to 0.1%: the estimate now, then what it may become
        scenarios = (None if figure.scenario == "revision" else figure.scenario, "forecast")
    else:  # revised up from 2.7% to 5.0%: the estimate before, then the estimate now
        scenarios = (figure.scenario, None if figure.scenario == "revision" else figure.scenario)
    rising = float(first.group().replace(",", "")) <= float(second.group().replace(",", ""))
    levels = (figure.low, figure.high) if rising else (figure.high, figure.low)
    metric = figure.metric.removesuffix(" range")
    half = figure.place / 2
    return tuple(replace(
        figure, start=figure.start + start, end=figure.start + end,
        column=figure.column + start, text=figure.text[start:end], value=level,
        qualifier=None, interval=Interval(level - half, level + half, True, False),
        metric=metric, scenario=scenario)
        for start, end, level, scenario in (
            (0, join.start(), levels[0], scenarios[0]),
            (join.end(), len(figure.text), levels[1], scenarios[1])))


def scores(left: Sequence[Figure], right: Sequence[Figure], threshold: float = THRESHOLD,
           ) -> np.ndarray:
    """Score matrix of metric similarity; zero where units are incompatible or names differ.

    Where two names pass the threshold, the clauses around the figures (their digits taken
    out) break ties: 企业 in 组织3万余家企业参与竞赛 is the 企业 of the same clause elsewhere.
    """
    return _scores(_Side.of(left, collapse=False), _Side.of(right, collapse=False), threshold)


@dataclass(frozen=True)
class _Group:
    """Some figures of a side (their indices) with their distinct metric names, each scored
    once: `codes` says which name each figure has."""

    rows: np.ndarray
    names: tuple[str, ...]
    codes: np.ndarray
    letters: _Letters | None = None  # the characters of the side's names, where counted
    letter_rows: np.ndarray | None = None  # the rows of `letters` that are these names

    @classmethod
    def of(cls, rows: np.ndarray, names: Sequence[str],
           letters: _Letters | None = None) -> _Group:
        numbered: dict[str, int] = {}
        codes = [numbered.setdefault(names[i], len(numbered)) for i in rows.tolist()]
        distinct = tuple(numbered)
        return cls(rows, distinct, np.array(codes, dtype=np.intp), letters,
                   None if letters is None else np.array(
                       [letters.row[name] for name in distinct], dtype=np.intp))

    @functools.cached_property
    def anagrams(self) -> dict[str, list[int]]:
        """The names by their characters sorted: a name told in another order has the same
        key (read once, where Chinese names are scored)."""
        keyed: dict[str, list[int]] = {}
        for n, name in enumerate(self.names):
            keyed.setdefault("".join(sorted(name)), []).append(n)
        return keyed


@dataclass(frozen=True)
class _Letters:
    """The characters of a side's names, counted once so that _bulk can pass over the pairs
    of names that share too few of them to reach the threshold (_may_pass): a sparse row
    per name, one column per character and occurrence (the second 增 of a name is not its
    first), folded into _LETTER_COLUMNS columns.  Two rows multiplied count the characters
    the two names share, or more where two of them fold into one column, never fewer."""

    matrix: Any  # scipy.sparse.csr_matrix, a row per name of `row`
    row: dict[str, int]
    lengths: np.ndarray  # per row, the name's length
    spaced: np.ndarray  # per row, whether the name holds whitespace (_may_pass)

    @classmethod
    def count(cls, names: Sequence[str]) -> _Letters:
        row = {name: at for at, name in enumerate(dict.fromkeys(names))}
        lengths = np.array([len(name) for name in row], dtype=np.int64)
        # every character of every name at once: its code point, its name, and which
        # occurrence of that character in its name it is (1, 2, …), by a stable sort
        codes = np.frombuffer("".join(row).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        owner = np.repeat(np.arange(len(row)), lengths)
        order = np.argsort(owner * 0x110000 + codes, kind="stable")
        key = (owner * 0x110000 + codes)[order]
        at = np.arange(len(key))
        first = np.maximum.accumulate(np.where(np.r_[True, key[1:] != key[:-1]], at, 0))
        times = np.empty_like(at)
        times[order] = at - first + 1
        columns = (codes * _OCCURRENCES + np.minimum(times, _OCCURRENCES)) % _LETTER_COLUMNS
        matrix = csr_matrix((np.ones(len(columns), dtype=np.int32), columns.astype(np.int32),
                             np.r_[0, np.cumsum(lengths)]), shape=(len(row), _LETTER_COLUMNS))
        return cls(matrix, row, lengths,
                   np.array([_SPACE.search(name) is not None for name in row], dtype=bool))


_SPACE = re.compile(r"\s")  # str.isspace()'s characters, which rapidfuzz splits tokens at
_LETTER_COLUMNS = 4093  # a prime, so that few characters fold into one column
_OCCURRENCES = 8  # occurrences of a character told apart (more count as the 8th)


_STAR_ONLY = "* only"  # the group a family this side lacks may pair with: figures with no unit


@dataclass(frozen=True)
class _Side:
    """One document's figures as alignment compares them, prepared once: repeats collapsed,
    metric and context keys computed, figures grouped by unit family (`groups`) and by the
    families they may pair with (`partners`, see compatible())."""

    figures: tuple[Figure, ...]
    repeats: tuple[tuple[Figure, ...], ...]  # per figure, its repeats in the document
    contexts: tuple[str, ...]
    units: np.ndarray  # "" for none
    settings: np.ndarray  # per figure, its _setting(), "" where unknown
    hulls: np.ndarray  # per figure, the floats around any value it may be compared by (_hull)
    signs: np.ndarray  # per figure, the sign of its value (-1, 0, 1)
    groups: dict[str, _Group]  # family -> its figures
    partners: dict[str, _Group]  # family of the other side -> the figures it may pair with
    # English prose throughout: names are compared word by word (english_words), by the
    # content words of each figure's metric instead of its key.
    english: bool = False
    nameless: tuple[int, ...] = ()  # the figures whose names say nothing (says_nothing)
    keys: tuple[str, ...] = ()  # per figure, its metric_key()
    # (figure, name): the other names its repeats give one statement (a summary's and the
    # body's), by which it is scored too (_with_aliases)
    aliases: tuple[tuple[int, str], ...] = ()

    @functools.cached_property
    def digits(self) -> np.ndarray:
        """Per figure, log10 of its value's size and of its place (the last digit told): how
        many digits two values have at the finer place, asked of many pairs at once."""
        return np.array([(math.log10(abs(f.value)) if f.value else -math.inf,
                          math.log10(f.place) if f.place > 0 else math.inf)
                         for f in self.figures], dtype=float).reshape(-1, 2)

    @functools.cached_property
    def stated_once(self) -> dict[tuple[str, str, str | None], int]:
        """_stated_once() of its figures, read once for all the documents it is paired with."""
        return _stated_once(self.figures)

    @functools.cached_property
    def words(self) -> tuple[str, ...]:
        """Per figure, the content words of its own name (english_words.key), read once for
        all the documents it is paired with."""
        return tuple(english_words.key(f.metric) for f in self.figures)

    @classmethod
    def of(cls, figures: Sequence[Figure], collapse: bool = True) -> _Side:
        keys = [metric_key(f.metric) for f in figures]
        english = bool(figures) and not any(_HAN.search(f.context) for f in figures)
        # English names restate each other word for word (the economic inactivity rate was
        # … : the economic inactivity rate), whatever small words stand between
        words = [f" {key} " if english and (key := english_words.key(f.metric)) else ""
                 for f in figures]
        own = [_setting(f) for f in figures]  # each figure's context, read once
        leaders = list(range(len(figures)))
        repeats: dict[int, list[int]] = {}
        if collapse:  # repeats of one statement in one document count once
            seen: dict[str, dict[int | None, list[int]]] = {}
            spans: list[Interval] = []  # per figure, its rounded value in its base unit
            lows: list[float] = []  # and the ends of that, as floats (_float_ends)
            highs: list[float] = []
            texts = [f.text for f in figures]
            # leaders of three digits or more, by family and value to three digits
            specific: dict[tuple[str, str], list[int]] = {}
            headline = [_in_headline(f) for f in figures]  # asked of each pair: read once
            leaders = []
            for index, figure in enumerate(figures):
                kind = family(figure)
                same = seen.setdefault(kind, {})
                spans.append(in_base_unit(rounded(figure), figure.unit))
                low, high = _float_ends(spans[index])
                lows.append(low)
                highs.append(high)
                magnitudes = _magnitudes(spans[index])
                # Only the candidates whose value may be the same are compared by name and
                # asked whether they repeat it: the same text, or spans whose ends as floats
                # overlap (_same_value's test implies it), which rules out nearly all at once.
                text = texts[index]
                alike = [k for k in _filed_alike(seen, kind, magnitudes)
                         if texts[k] == text or (lows[k] <= high and low <= highs[k])]
                first = next((k for k in _named_alike(alike, keys, words, headline, index)
                              if _repeats(figures[k], spans[k], figure, spans[index], own[k],
                                          own[index])), None)
                value = _specific_value(kind, spans[index])
                if value is not None:  # the earlier of the two, as a statement is told first
                    by_value = next((k for k in specific.get(value, ()) if (
                        first is None or k < first) and _restates_value(
                        keys[k], figures[k], spans[k], keys[index], figure, spans[index],
                        own[k], own[index])), None)
                    first = by_value if by_value is not None else first
                if first is not None:
                    repeats[first].append(index)
                else:
                    for magnitude in magnitudes:
                        same.setdefault(magnitude, []).append(index)
                    if value is not None:
                        specific.setdefault(value, []).append(index)
                    repeats[index] = []
                    leaders.append(index)
            leaders = _fold_nameless(figures, spans, leaders, repeats,
                                     {i for i in leaders if says_nothing(keys[i])
                                      or (english and not words[i])}, own)
        compared = [w.strip() for w in words] if english else keys
        # A statement and its repeats: the shortest name that says something, and what any of
        # them says of the context (a headline says less than the story).
        names = [min((compared[k] for k in (i, *repeats.get(i, ()))),
                     key=lambda name: (not name or says_nothing(name),
                                       name == compared[i] and _in_headline(figures[i]),
                                       len(name)))
                 for i in leaders]
        settings = [[next((v for v in values if v), "") for values in
                     zip(*(own[k] for k in (i, *repeats[i])))] if repeats.get(i) else own[i]
                    for i in leaders]
        # (only of repeats that state the value as it is: one read as rounded alike may
        # be another statement, 5%左右 and 4.6%左右)
        aliases = tuple((n, name) for n, i in enumerate(leaders)
                        for name in dict.fromkeys(compared[k] for k in repeats.get(i, ())
                                                  if figures[k].value == figures[i].value)
                        if name and name != names[n] and not says_nothing(name))
        families = np.array([family(figures[i]) for i in leaders], dtype=str)
        star = families == "*"
        # English names are scored word by word (english_words), not by their characters
        letters = None if english else _Letters.count(names)
        groups = {name: _Group.of(np.flatnonzero(families == name), names, letters)
                  for name in dict.fromkeys(families.tolist())}
        partners = {"*": _Group.of(np.flatnonzero(~np.isin(families, _SHARES)), names, letters),
                    _STAR_ONLY: _Group.of(np.flatnonzero(star), names, letters)}
        for name, group in groups.items():
            if name in _SHARES:
                partners[name] = group
            elif name != "*":
                partners[name] = _Group.of(np.flatnonzero((families == name) | star), names,
                                           letters)
        return cls(
            tuple(figures[i] for i in leaders),
            tuple(tuple(figures[k] for k in repeats.get(i, ())) for i in leaders),
            tuple(_context_key(figures[i]) for i in leaders),
            np.array([figures[i].unit or "" for i in leaders], dtype=str),
            np.array(settings, dtype=str).reshape(len(leaders), SETTING_PARTS),
            np.array([_hull(figures[i]) for i in leaders], dtype=float).reshape(len(leaders), 2),
            np.array([(figures[i].value > 0) - (figures[i].value < 0) for i in leaders],
                     dtype=np.int8),
            groups,
            partners,
            english,
            tuple(n for n, i in enumerate(leaders) if says_nothing(keys[i])),
            tuple(keys[i] for i in leaders),
            aliases,
        )

    def partners_of(self, name: str) -> _Group | None:
        """The figures here that a figure of family `name` may pair with (compatible())."""
        if name in self.partners:
            return self.partners[name]
        return None if name in _SHARES else self.partners[_STAR_ONLY]

    def __len__(self) -> int:
        return len(self.figures)


def _setting(figure: Figure) -> tuple[str, ...]:
    """A figure's context as alignment compares it, "" where the text does not say: its time
    (a year, or a span of years for what measures the whole span: an average over 2021-2025
    is not 2025's growth, but a level reached in the span may be that of any year in it),
    the part of the year, the basis, the scenario and the scope."""
    named = _named_before(figure)
    span = figure.period is not None and figure.period[:1].isdigit()
    when = figure.period if span and _of_whole_span(named) else None if span else figure.year
    part = None if span else figure.period
    # A plan's figure says so (目标, 预期, 力争, expected); one that does not is a result.
    chinese = _HAN.search(figure.context) is not None
    scenario = figure.scenario or ("result" if chinese else "")
    if scenario == "forecast" and not chinese:
        scenario = "target"  # inflation expected to rise toward 2 percent: the aim's 2 percent
    # So does an average over years (年均增长5%): one that does not is of one period.
    averaged = "average" if _AVERAGE.search(named) else "single"
    # A local scope whose place the text leaves unsaid (全省, in a story that names no province
    # most) may be any place's: only a place named (上海) or the country's stands apart.
    scope = None if figure.scope == "local" else figure.scope
    return tuple("" if v is None else str(v)
                 for v in (when, part, figure.basis, scenario, scope, averaged))


_SPAN_QUANTITY = re.compile("|".join(zh.SPAN_QUANTITY + zh.CHANGE_WORDS + zh.RATE_OF_CHANGE))
_LEVEL_REACHED = re.compile(f"(?:{'|'.join(zh.LEVEL_VERBS)})$")
_AVERAGE = re.compile("|".join(zh.AVERAGE_WORDS + en.AVERAGE_WORDS), re.IGNORECASE)
SETTING_PARTS = 6  # _setting(): the context fields, and whether the figure is an average


def _of_whole_span(named: str) -> bool:
    """Whether a figure said of a span of years (`named`: _named_before() of it) measures the
    whole span (年均增长5.9%, 累计新增就业, any change over it) rather than a level reached
    inside it (达到1.98万亿元, 提升至7.6万元)."""
    return bool(_SPAN_QUANTITY.search(named)) and not _LEVEL_REACHED.search(named)


def _named_before(figure: Figure) -> str:
    """A figure's metric and the words of its clause before it, in simplified script."""
    before = figure.context[:max(0, figure.context.find(figure.text))]
    return simplified(f"{figure.metric} {before}")


def _float_ends(span: Interval) -> tuple[float, float]:
    """The ends of a span as floats, unbounded ends infinite: rounding to a float never
    changes the order of two ends, so spans whose float ends do not overlap do not."""
    return (-math.inf if span.low is None else float(span.low),
            math.inf if span.high is None else float(span.high))


_HULL_SLACK = 1e-9  # relative: far more than floats and decimal products ever round by


def _hull(figure: Figure) -> tuple[float, float]:
    """Floats, a little wide, around every value that rounding.agree() may compare a figure
    by: its rounding and its interval, in its unit or in its dimension's base unit (two
    figures of one unit are compared unconverted, which overlap as they would converted).
    Figures whose hulls do not overlap do not agree, unless one is negated (values of
    opposite signs, which _pair leaves to agree())."""
    scale = factor(figure.unit)  # in_base_unit()'s, looked up once
    ends = []
    for interval in (rounded(figure), figure.interval):
        for end, unbounded in ((interval.low, -math.inf), (interval.high, math.inf)):
            if end is None:
                ends.append(unbounded)
            else:
                ends.append(float(end))
                if scale != 1:
                    ends.append(float(end * scale))
    low, high = min(ends), max(ends)
    return low - abs(low) * _HULL_SLACK, high + abs(high) * _HULL_SLACK


def _magnitudes(span: Interval) -> tuple[int | None, ...]:
    """The powers of ten a figure's rounded value spans in its base unit (`span`): a repeat
    of it (_same_value) overlaps it, so it spans one of them; None for values down to zero."""
    if span.low is None or span.high is None or span.low <= 0:
        return (None,)
    return tuple(range(span.low.adjusted(), span.high.adjusted() + 1))


def _filed_alike(seen: dict[str, dict[int | None, list[int]]], kind: str,
                 magnitudes: tuple[int | None, ...]) -> list[int]:
    """_filed() among the figures of family `kind`, and, a figure with no unit, of the
    families it may pair with (将近五万亿 and 4.93万亿元 in one script: a spoken retelling
    leaves 元 unsaid), or the other way round, in document order."""
    own = _filed(seen[kind], magnitudes)
    if kind in _SHARES or kind.startswith("range "):
        return own
    others = ([same for name, same in seen.items() if name != kind and name not in _SHARES
               and not name.startswith("range ")] if kind == "*" else
              [seen["*"]] if "*" in seen else [])
    if not others:
        return own
    return sorted({*own, *(k for same in others for k in _filed(same, magnitudes))})


def _filed(same: dict[int | None, list[int]], magnitudes: tuple[int | None, ...]) -> list[int]:
    """The earlier figures filed under any of these magnitudes (or under None, or all of
    them for None), in document order: the last REPEAT_REACH of each, so that a long
    document's figures are not each compared with every other (a statement's repeat follows
    it within far fewer statements of its size)."""
    if len(magnitudes) == 1 and magnitudes[0] is not None:
        # One magnitude, nearly every figure's: its list and None's hold no figure in
        # common (a figure filed under None is filed under nothing else), each in order.
        own, low = same.get(magnitudes[0], []), same.get(None)
        if not low:
            return own[-REPEAT_REACH:]
        return sorted(own[-REPEAT_REACH:] + low[-REPEAT_REACH:])
    lists = same.values() if magnitudes == (None,) else (
        same.get(m, []) for m in (*magnitudes, None))
    return sorted({k for indices in lists for k in indices[-REPEAT_REACH:]})


def _named_alike(candidates: list[int], keys: Sequence[str], words: Sequence[str],
                 headline: Sequence[bool], index: int) -> Iterator[int]:
    """The earlier figures (`candidates`) whose names may restate that of figure `index` of
    their document: the same key, or one key inside the other (a headline's 封关首年GDP增长4%
    and the story's GDP增长4%), or, English, one name's content words (`words`, space-padded,
    "" for none) all among the other's (_within), or a
    like name in the headline (`headline`: whether each figure stands in it), whose figures
    are told again below in other words.  One pass, that stops where the caller does (at
    the first that restates it)."""
    key, word = keys[index], words[index]
    return (k for k in candidates
            if (other := keys[k]) == key or (key and other and (other in key or key in other))
            or (word and words[k] and _within(words[k], word))
            or (headline[k] and fuzz.WRatio(other, key) >= THRESHOLD))


def _within(a: str, b: str) -> bool:
    """Whether the content words of one English name (space-padded words()) are all among
    the other's: told in a row (the jobless rate held at … : Unemployment rate, …), the cheap
    case asked first, or in any order and with others between (inflation goal; confident that
    inflation would move back to its goal)."""
    left, right = set(a.split()), set(b.split())
    if not (left - english_words.CHANGES and right - english_words.CHANGES):
        return False  # "having risen 2.8%" names no more than a rise: not Japan's growth
    if a in b or b in a:
        return True
    return left <= right or right <= left


def _repeats(first: Figure, first_span: Interval, other: Figure, other_span: Interval,
             first_setting: tuple[str, ...], other_setting: tuple[str, ...]) -> bool:
    """Whether a figure whose name may restate an earlier one's (_named_alike) restates it:
    the same value (spans: each one's rounded value in its base unit) and contexts (their
    _setting()s) that do not differ, and told alike as a fall or not (unit wage costs were
    0.3% lower; total pay just 0.3%: two statements)."""
    if first.text != other.text and not _same_value(first, other, first_span, other_span):
        return False
    if _falls(first) != _falls(other):
        return False
    return _settings_agree(first_setting, other_setting)


def _falls(figure: Figure) -> bool:
    """Whether a figure states a decrease: a value below zero, or a name that tells a fall."""
    return figure.value < 0 or (figure.value > 0 and states_fall(figure))


def _restates_value(key: str, first: Figure, first_span: Interval, other_key: str,
                    other: Figure, other_span: Interval, first_setting: tuple[str, ...],
                    other_setting: tuple[str, ...]) -> bool:
    """湖北经济总量6.27万亿元 … 十四五末经济总量62661亿元: a value of three or more digits
    (_specific_value) said twice under like names, in contexts that do not differ, is one
    statement."""
    return (_same_value(first, other, first_span, other_span)
            and _falls(first) == _falls(other)
            and (first.qualifier == other.qualifier == "range"
                 or fuzz.WRatio(key, other_key) >= SPECIFIC_RESTATES)
            and _settings_agree(first_setting, other_setting))


def _specific_value(kind: str, span: Interval) -> tuple[str, str] | None:
    """A figure's family (`kind`) and its value to three significant digits, if its rounding
    (`span`, as rounded() reads it) leaves three or more (62661亿元, 6.27万亿元; not 5%, nor 120,000
    of a news story): two such in one document agree by chance too rarely to count.  The
    key under which its restatements are looked for.  So are both ends of a range (the
    target range of 1/4 to 1/2 percent, told in a headline, a story and its factbox), which
    a document states once, whatever each telling calls it."""
    if span.low is None or span.high is None or span.high <= span.low:
        return None
    if kind.startswith("range "):
        return kind, f"{span.low:.3e} {span.high:.3e}"
    middle = (span.low + span.high) / 2
    if abs(middle) < 100 * (span.high - span.low):
        return None
    return kind, f"{middle:.2e}"


def _fold_nameless(figures: Sequence[Figure], spans: Sequence[Interval], leaders: list[int],
                   repeats: dict[int, list[int]], nameless: set[int],
                   own: Sequence[tuple[str, ...]]) -> list[int]:
    """A statement whose words name nothing (`nameless`: a headline's 今年目标3.38万亿元, an
    English list's bare "- 0.8%") is a repeat of the one other statement of its document with
    its value and context, if there is exactly one (the leaders left, in order; `repeats` is
    updated)."""
    folded: set[int] = set()
    for i in leaders:
        if i not in nameless:
            continue
        figure = figures[i]
        same = [k for k in leaders if k != i and k not in folded and k not in nameless
                and family(figures[k]) == family(figure)
                and (_same_value(figures[k], figure, spans[k], spans[i])
                     or _same_value(figure, figures[k], spans[i], spans[k]))
                and _settings_agree(own[k], own[i])]
        if len(same) > 1:  # 4%左右 may be 4.5%左右 rounded; the one written alike is it
            same = [k for k in same if (figures[k].value, figures[k].unit)
                    == (figure.value, figure.unit)]
        if len(same) == 1:
            repeats[same[0]] = sorted([*repeats[same[0]], i, *repeats.pop(i)])
            folded.add(i)
    return [i for i in leaders if i not in folded]


def _in_headline(figure: Figure) -> bool:
    """Whether a figure stands in what may be a story's headline: the start of its first
    line."""
    return figure.line == 1 and figure.column <= HEADLINE_CHARS


_ROUGHLY = {None, "about", "nearly", "more_than"}  # how a value is told without its digits


def _same_value(a: Figure, b: Figure, span_a: Interval, span_b: Interval) -> bool:
    """Whether two figures of one document state one value, perhaps in other units and
    rounded (33757.93亿元，约合3.38万亿元): their spans, each one's rounded value in its base
    unit, overlap; an exact value and one told roughly (约, 将近, 多) in either order, too
    (将近五万亿 … 4.93万亿元), but not a bound (以上, 以内: a target's)."""
    if a.qualifier != b.qualifier and not (
            b.qualifier == "about" or {a.qualifier, b.qualifier} <= _ROUGHLY):
        return False
    return spans_agree(span_a, span_b, a.qualifier == b.qualifier == "range")


def same_context(a: Figure, b: Figure) -> bool:
    """Whether two figures may state one fact as far as their contexts tell: every part
    that both state is the same (a year is not a span of years; a figure that is no
    target is a result)."""
    return _settings_agree(_setting(a), _setting(b))


def _settings_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two _setting()s agree wherever both are known (as _same_context, for one
    pair, at less cost).  A loop, not all() of a generator: alignment asks this of every
    pair of a document's figures with like names, where most settings are equal."""
    if a == b:
        return True
    for x, y in zip(a, b):
        if x != y and x and y:
            return False
    return True


def _same_context(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row by row, whether two figures' contexts agree wherever both are known."""
    known = (left != "") & (right != "")
    same: np.ndarray = np.all(~known | (left == right), axis=1)
    return same


_PARALLEL_FROM = 10_000  # pairs of names: scored on all cores


def _scores(left: _Side, right: _Side, threshold: float) -> np.ndarray:
    """scores() on prepared sides: names are scored in bulk within unit families only, each
    distinct pair of names once, and clauses only where the names pass the threshold."""
    matrix = np.zeros((len(left), len(right)))
    weights = (english_words.Weights.of(_distinct_names(left), _distinct_names(right))
               if left.english and right.english else None)
    for name, group in left.groups.items():
        partners = right.partners_of(name)
        if partners is None or not partners.rows.size:
            continue
        names = _with_aliases(_bulk(group, partners, threshold, weights, name), group,
                              partners, (left.aliases, right.aliases), threshold, weights, name)
        hit_r, hit_c = np.nonzero(names >= threshold)
        if not hit_r.size:
            continue
        rows, cols = group.rows[hit_r], partners.rows[hit_c]
        same = _same_context(left.settings[rows], right.settings[cols])
        rows, cols, hit_r, hit_c = rows[same], cols[same], hit_r[same], hit_c[same]
        if not rows.size:
            continue
        contexts = process.cpdist([left.contexts[i] for i in rows],
                                  [right.contexts[j] for j in cols],
                                  scorer=fuzz.ratio, dtype=np.float32).astype(float)
        # a clause with nothing beside its figure and name says nothing either way
        said = np.array([bool(left.contexts[i]) and bool(right.contexts[j])
                         for i, j in zip(rows.tolist(), cols.tolist())], dtype=bool)
        contexts = np.where(said, contexts, names[hit_r, hit_c])
        values = (1 - CONTEXT_WEIGHT) * names[hit_r, hit_c] + CONTEXT_WEIGHT * contexts
        # a number with no unit may count what the other counts, not at any size: 50 (basis
        # points left unsaid) is no $30 billion, though both are limits
        unitless = (left.units[rows] == "") != (right.units[cols] == "")
        if unitless.any():
            values = np.where(unitless & _sizes_apart(left.hulls[rows], right.hulls[cols]),
                              0.0, values)
        same_unit = ((left.units[rows] == right.units[cols]) & (left.units[rows] != "")
                     & (values != 0.0))
        matrix[rows, cols] = np.where(same_unit, np.minimum(100.0, values + SAME_UNIT_BONUS),
                                      values)
    return matrix


def _with_aliases(names: np.ndarray, group: _Group, partners: _Group,
                  aliases: tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]],
                  threshold: float, weights: english_words.Weights | None,
                  family: str) -> np.ndarray:
    """_bulk()'s scores of `group` against `partners`, where a statement told under two names
    in its document (GDP in current prices … GDP at current market prices rose by 1.3%)
    scores by the nearer of them: a retelling may use either."""
    for side, (rows, other) in enumerate(((group.rows, partners), (partners.rows, group))):
        if not aliases[side]:
            continue  # (most documents tell no statement under two names)
        at = {row: n for n, row in enumerate(rows.tolist())}
        own = [(at[i], name) for i, name in aliases[side] if i in at]
        if not own:
            continue
        told = _Group.of(np.arange(len(own)), [name for _, name in own])
        scores = (_bulk(told, other, threshold, weights, family) if side == 0
                  else _bulk(other, told, threshold, weights, family).T)
        for k, (n, _) in enumerate(own):
            if side == 0:
                names[n] = np.maximum(names[n], scores[k])
            else:
                names[:, n] = np.maximum(names[:, n], scores[k])
    return names


UNITLESS_REACH = 1e4  # how far apart in size a unitless figure and its partner may be


def _sizes_apart(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row by row, whether two figures' values (their _hull()s) are more than UNITLESS_REACH
    times apart in size: no rounding, slip of a scale word or unit left unsaid spans that."""
    # (an open end, "more than 5,000", is infinite: the size is the finite one)
    a = np.maximum(np.where(np.isfinite(left), np.abs(left), 0.0).max(axis=1), 1e-12)
    b = np.maximum(np.where(np.isfinite(right), np.abs(right), 0.0).max(axis=1), 1e-12)
    apart: np.ndarray = np.maximum(a, b) > UNITLESS_REACH * np.minimum(a, b)
    return apart


def _bulk(left: _Group, right: _Group, threshold: float,
          weights: english_words.Weights | None = None, family: str = "") -> np.ndarray:
    """WRatio of the names of one group with those of another (0 well below the threshold),
    each distinct pair of names scored once; English names, word by word with `weights`."""
    if weights is not None:
        scored = english_words.cdist(left.names, right.names, weights, threshold,
                                     rates=family.endswith(("percent", "points")))
        english: np.ndarray = scored[left.codes[:, None], right.codes[None, :]].astype(float)
        return english
    # The cut-off is a little under the threshold: scores are compared after the float32
    # rounding, as they always were.
    cutoff = max(0.0, threshold - 0.01)
    if (left.letters is None or right.letters is None
            or len(left.names) * len(right.names) < _FILTER_FROM):
        workers = -1 if len(left.names) * len(right.names) >= _PARALLEL_FROM else 1
        names = process.cdist(left.names, right.names, scorer=fuzz.WRatio, dtype=np.float32,
                              score_cutoff=cutoff, workers=workers)
    else:  # only the pairs that share enough characters are scored; the others stay 0
        rows, columns = _may_pass(left, right, cutoff)
        names = np.zeros((len(left.names), len(right.names)), dtype=np.float32)
        if rows.size:
            names[rows, columns] = process.cpdist(
                [left.names[i] for i in rows.tolist()],
                [right.names[j] for j in columns.tolist()], scorer=fuzz.WRatio,
                dtype=np.float32, score_cutoff=cutoff,
                workers=-1 if rows.size >= _PARALLEL_FROM else 1)
    # a name told in another order (新增城镇就业, 城镇新增就业): its characters, sorted, alike
    small, large = sorted((left.anagrams, right.anagrams), key=len)
    for key in small:
        if key in large:
            for i in left.anagrams[key]:
                for j in right.anagrams[key]:
                    names[i, j] = max(names[i, j], REORDERED)  # (alike in order: 100)
    for i, j in zip(*np.nonzero(names)):
        a, b = left.names[i], right.names[j]
        if _numerals_differ(a, b):
            names[i, j] = 0.0
            continue
        stems = _stems(a, b)
        if stems is not None:
            names[i, j] = (ABBREVIATION if _abbreviates(*stems) else
                           fuzz.WRatio(*stems, score_cutoff=max(0.0, threshold - 0.01)))
    result: np.ndarray = names[left.codes[:, None], right.codes[None, :]].astype(float)
    return result


REORDERED = 95.0  # the score of a name told in another order (its characters all alike)
_FILTER_FROM = 400  # pairs of names: from here, those that cannot pass are left out first


def _may_pass(left: _Group, right: _Group, cutoff: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of names (of `left`, of `right`; both counted) whose WRatio may reach `cutoff`,
    by the characters they share: an upper bound of WRatio, so that scoring only these
    leaves every score as cdist gives it.

    For names without whitespace (metric keys have none), every token scorer inside WRatio
    sees one token each and comes down to `ratio` or `partial_ratio`: WRatio is the larger
    of the ratio, 2·LCS / (l1 + l2), and, only where one name is 1.5 times as long as the
    other or more, partial_ratio × 0.9 (or less: 0.6 from 8 times), which compares the shorter
    name with a piece of the longer no longer than it: at most 2c / (shorter + c), the common
    subsequence being no longer than c, the characters the names share.  Names with
    whitespace are always scored."""
    assert left.letters is not None and right.letters is not None
    assert left.letter_rows is not None and right.letter_rows is not None
    lengths_l = left.letters.lengths[left.letter_rows]
    lengths_r = right.letters.lengths[right.letter_rows]
    shared = (left.letters.matrix[left.letter_rows]
              @ right.letters.matrix[right.letter_rows].T).tocoo()
    rows, columns = shared.row.astype(np.intp), shared.col.astype(np.intp)
    common = shared.data.astype(float)
    one, two = lengths_l[rows], lengths_r[columns]
    short, long = np.minimum(one, two), np.maximum(one, two)
    bound = 200.0 * common / (one + two)
    partial = np.where(2 * long >= 3 * short, 0.9 * 200.0 * common / (short + common), 0.0)
    keep = np.maximum(bound, partial) >= cutoff - 1e-6  # a hair under: never one too few
    rows, columns = rows[keep], columns[keep]
    spaced_l = left.letters.spaced[left.letter_rows]
    spaced_r = right.letters.spaced[right.letter_rows]
    if spaced_l.any() or spaced_r.any():
        spaced = np.zeros((len(lengths_l), len(lengths_r)), dtype=bool)
        spaced[spaced_l, :] = True
        spaced[:, spaced_r] = True
        spaced[rows, columns] = False
        more_rows, more_columns = np.nonzero(spaced)
        rows, columns = np.concatenate([rows, more_rows]), np.concatenate([columns, more_columns])
    return rows, columns


_CHANGE_TAIL = re.compile("(?:" + "|".join(sorted(
    {metric_key(word) for word in zh.CHANGE_WORDS + zh.GENERIC_METRICS}, key=len, reverse=True))
    + ")$")


def _stems(a: str, b: str) -> tuple[str, str] | None:
    """Two names that end in the same change or share (…增速, …占比) without it, when both
    name something before it: 入境游客增速 and 国内生产总值增速 share only the word every
    growth rate has, which says nothing of what grew."""
    tail_a, tail_b = _CHANGE_TAIL.search(a), _CHANGE_TAIL.search(b)
    if tail_a is None or tail_b is None or tail_a.group() != tail_b.group():
        return None
    stem_a, stem_b = a[:tail_a.start()], b[:tail_b.start()]
    return (stem_a, stem_b) if len(stem_a) > 1 and len(stem_b) > 1 else None


def _abbreviates(a: str, b: str) -> bool:
    """Whether the shorter of two names is an abbreviation of the longer: its characters
    in their order, the first the same (社零总额 of 社会消费品零售总额)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 2 or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _numerals_differ(a: str, b: str) -> bool:
    """Names that both hold numerals, and not the same ones, name different things however
    alike the rest: 第一产业增加值 and 第三产业增加值, 一季度 and 二季度."""
    x, y = _numerals(a), _numerals(b)
    return bool(x) and bool(y) and x != y


@functools.lru_cache(maxsize=65536)
def _numerals(name: str) -> frozenset[str]:
    return frozenset(_NUMERAL_CHARS.findall(name.translate(_NUMERAL_FOLD)))


def _context_key(figure: Figure) -> str:
    return _DIGITS.sub("", figure.context.replace(figure.text, "")).translate(_NOISE)


def pair(left: Sequence[Figure] | Prepared, right: Sequence[Figure] | Prepared,
         threshold: float = THRESHOLD, margin: float = MARGIN) -> Pairing:
    """Align two documents' figures (or their prepare()d forms) one to one, best scores first.

    A figure whose best partner has a rival within `margin` is ambiguous, unless the order of
    the document settles it: reports tell their figures in much the same order, so of the
    candidates, the one alone between the partners of its confident neighbours wins.
    """
    return _pair(_prepared(left), _prepared(right), threshold, margin)


# Newsroom scale (engine.check_articles): a reference is prepared once and paired with many
# articles, on any worker.  Only _Side.of and _pair are used, so scoring stays as it is above.
Prepared = _Side  # a document's figures prepared for alignment (picklable)


def prepare(figures: Sequence[Figure]) -> Prepared:
    """A document's figures prepared once, to `pair` with many others."""
    return _Side.of(comparable(figures))


def _prepared(figures: Sequence[Figure] | Prepared) -> _Side:
    return figures if isinstance(figures, _Side) else prepare(figures)


def _pair(left: _Side, right: _Side, threshold: float, margin: float) -> Pairing:
    lead_l, lead_r = left.figures, right.figures
    matrix = _scores(left, right, threshold)
    _pair_nameless(left, right, matrix, threshold)
    _pair_nameless(right, left, matrix.T, threshold)
    if left.english and right.english:
        _pair_by_clause(left, right, matrix, threshold)
    weights = _PairWeights()  # the English word weights, made once if either pass asks
    _pair_stated_once(left, right, matrix, threshold, weights)
    match_l: dict[int, tuple[int, float]] = {}
    match_r: dict[int, tuple[int, float]] = {}
    row_best = matrix.max(axis=1, initial=0.0)
    column_best = matrix.max(axis=0, initial=0.0)
    hit_l, hit_r = np.nonzero(matrix)
    values = matrix[hit_l, hit_r]
    # A candidate far below its own best is no partner: its counterpart was taken, it is a
    # missing figure (its value counts, below; those that no value could save go first).
    floor = np.maximum(row_best[hit_l], column_best[hit_r]) - SECOND_CHOICE
    near = values + VALUE_TIE * SPECIFIC_MAX >= floor
    hit_l, hit_r, values, floor = hit_l[near], hit_r[near], values[near], floor[near]
    # Between near-equal candidates, the one that agrees: two 2.2万家 and 4.9万家 of one name,
    # of 2020 and of now, each with its own.
    # (asked only where the values may agree)
    ties = np.zeros(len(hit_l))
    maybe = _may_agree(left.hulls[hit_l], left.signs[hit_l], right.hulls[hit_r],
                       right.signs[hit_r])
    for n in np.flatnonzero(maybe).tolist():
        a, b = lead_l[hit_l[n]], lead_r[hit_r[n]]
        ties[n] = VALUE_TIE * _value_evidence(a, b) * _specific(a, b)
        if not ties[n] and same_size(a, b):
            # a change of the size told, in the other direction: the name's penalty for
            # opposite directions (english_words.OPPOSED) is what the size gives back
            ties[n] = english_words.OPPOSED
    # a value of three digits or more told with two swapped or one changed (749,000 and
    # 794,000) is evidence of one fact too, as much as a value of two digits that agrees
    for n in _may_be_slips(left, right, hit_l, hit_r, ~maybe).tolist():
        if slipped_specifically(lead_l[hit_l[n]], lead_r[hit_r[n]]):
            ties[n] = VALUE_TIE
    keep = values + ties >= floor
    hit_l, hit_r, values, ties = hit_l[keep], hit_r[keep], values[keep], ties[keep]
    for i, j, _ in one_to_one(hit_l, hit_r, values + ties, threshold):
        match_l[i] = (j, float(matrix[i, j]))
        match_r[j] = (i, float(matrix[i, j]))
    _pair_left_over(left, right, matrix, threshold, match_l, match_r, weights)
    _pair_unmarked_aims(left, right, matrix, threshold, match_l, match_r)
    # Rivals: figures on the other side that could as well be the partner (within `margin`),
    # and are not taken by a clearly better match of their own.
    lefts = np.array(list(match_l), dtype=np.intp)
    rights = np.array([j for j, _ in match_l.values()], dtype=np.intp)
    floor = np.maximum(1e-9, np.array([s for _, s in match_l.values()]) - margin)
    near_r = _near(matrix[lefts], floor, rights, _taken(match_r, matrix.shape[1]), margin)
    near_l = _near(matrix[:, rights].T, floor, lefts, _taken(match_l, matrix.shape[0]), margin)
    # A rival matters only where the verdict hangs on it: a partner that agrees stays, and
    # one that tells the change's size in the other direction (the slip is the verdict).
    doubtful = {i: ([], []) if _stays(lead_l[i], lead_r[match_l[i][0]]) else (r, l)
                for i, r, l in zip(match_l, near_r, near_l)}
    anchors = sorted((i, match_l[i][0]) for i, (r, l) in doubtful.items() if not r and not l)
    anchor_l = np.array([a for a, _ in anchors], dtype=np.intp)
    anchor_r = np.array([b for _, b in anchors], dtype=np.intp)

    def settled_by_order(position: int, options: list[int], side: int) -> int | None:
        """The option that keeps the document order of the confident pairs best (fewest
        anchors on the wrong side of it), if one alone does."""
        own, other = (anchor_l, anchor_r) if side == 0 else (anchor_r, anchor_l)
        crossings = np.count_nonzero(
            (own < position)[None, :] != (other[None, :] < np.array(options)[:, None]),
            axis=1).tolist()
        best = min(crossings)
        return options[crossings.index(best)] if crossings.count(best) == 1 else None

    ambiguous_ids: set[int] = set()
    for i, (right_rivals, left_rivals) in sorted(doubtful.items()):
        j, score = match_l[i]
        if right_rivals:
            chosen = settled_by_order(i, [j, *right_rivals], 0)
            if chosen is not None and (chosen == j or chosen not in match_r):
                if chosen != j:
                    del match_r[j]
                    match_l[i] = (chosen, float(matrix[i, chosen]))
                    match_r[chosen] = (i, float(matrix[i, chosen]))
                    j = chosen
                right_rivals = []
        if left_rivals:
            chosen = settled_by_order(j, [i, *left_rivals], 1)
            if chosen == i:
                left_rivals = []
        if right_rivals or left_rivals:
            ambiguous_ids.add(i)
            doubtful[i] = (right_rivals, left_rivals)

    pairs = []
    ambiguous = []
    for i, (j, score) in sorted(match_l.items()):
        if i in ambiguous_ids:
            right_rivals, left_rivals = doubtful[i]
            group = (lead_r[j], *(lead_r[k] for k in right_rivals),
                     *(lead_l[k] for k in left_rivals))
            ambiguous.append((lead_l[i], group, score))
        else:
            pairs.append((lead_l[i], lead_r[j], score))
    rival_figures = {id(f) for _, group, _ in ambiguous for f in group}
    only_left = tuple(f for i, f in enumerate(lead_l)
                      if i not in match_l and id(f) not in rival_figures)
    only_right = tuple(f for j, f in enumerate(lead_r)
                       if j not in match_r and id(f) not in rival_figures)
    alone = {id(f) for f in (*only_left, *only_right)}
    told = _told_again(left, right, matrix, match_l, match_r, weights, alone, threshold)
    joined = {id(f) for pair in told for f in pair[:2]}
    told += _told_with_a_slip(left, right, matrix, match_l, match_r, weights, alone - joined,
                              threshold)
    seconds = tuple(b if id(b) in alone else a for a, b, _ in told)  # the second tellings
    if told:
        pairs = sorted([*pairs, *told], key=lambda p: (p[0].start, p[1].start))
        told_ids = {id(f) for f in seconds}  # (by identity: figures compare by every field)
        only_left = tuple(f for f in only_left if id(f) not in told_ids)
        only_right = tuple(f for f in only_right if id(f) not in told_ids)
    paired = {id(a) for a, _, _ in pairs} | {id(b) for _, b, _ in pairs}
    repeats = tuple((leader, again) for side in (left, right)
                    for leader, again in zip(side.figures, side.repeats)
                    if again and id(leader) in paired)
    return Pairing(tuple(pairs), tuple(ambiguous), only_left, only_right, repeats, seconds)


def _told_again(left: _Side, right: _Side, matrix: np.ndarray,
                match_l: dict[int, tuple[int, float]], match_r: dict[int, tuple[int, float]],
                weights: _PairWeights, alone: set[int], threshold: float,
                ) -> list[tuple[Figure, Figure, float]]:
    """Pairs of a figure left alone with the figure its name picks out on the other side
    (the best by MARGIN), when their values agree and that one is paired already with a
    figure of the alone one's document named like it: one fact told twice in a document in
    words the repeats did not take as one (a flash's "*FED SETS IOER AT 0.50 PCT", the
    story's interest on excess reserves at 0.50%), the second telling in the fact's group.
    (A second telling with another value joins only as a slip, _told_with_a_slip: in the
    documents measured, most such are other facts of like names, a third or a part.)"""
    found: list[tuple[Figure, Figure, float]] = []
    for side, other, scores, matched in ((right, left, matrix.T, match_l),
                                         (left, right, matrix, match_r)):
        lonely = np.array([j for j, figure in enumerate(side.figures) if id(figure) in alone],
                          dtype=np.intp)
        if not lonely.size or not matched:
            continue
        lines = scores[lonely]
        picked = lines.argmax(axis=1)
        best = lines[np.arange(len(lonely)), picked]
        second = (np.partition(lines, -2, axis=1)[:, -2] if lines.shape[1] > 1
                  else np.zeros(len(lonely)))
        clear = ((best >= threshold) & (best - second >= MARGIN)
                 & np.isin(picked, np.fromiter(matched, dtype=np.intp))
                 # (values that may agree, a test far cheaper than agree())
                 & _may_agree(side.hulls[lonely], side.signs[lonely], other.hulls[picked],
                              other.signs[picked]))
        for j, i, score in zip(lonely[clear].tolist(), picked[clear].tolist(),
                               best[clear].tolist()):
            figure = side.figures[j]
            partner = matched[i][0]  # the figure of `side` that `i` was paired with
            # (a value that agrees within its rounding, not one past an open end: 62,700 is
            # "more than 21,000", and the year's rise, not the quarter's)
            if not (_tells_like(side, j, partner, weights(left, right), threshold)
                    and _value_evidence(other.figures[i], figure) == 1.0):
                continue
            pair = ((other.figures[i], figure) if side is right else (figure, other.figures[i]))
            found.append((*pair, score))
    return found


def _told_with_a_slip(left: _Side, right: _Side, matrix: np.ndarray,
                      match_l: dict[int, tuple[int, float]], match_r: dict[int, tuple[int, float]],
                      weights: _PairWeights, alone: set[int], threshold: float,
                      ) -> list[tuple[Figure, Figure, float]]:
    """Pairs of a figure left alone with a paired figure of the other side that it names
    (at the threshold) and whose value it tells with a slip (rounding.slipped), where one such
    figure alone is named and the alone one's document tells that fact again under a like
    name: one fact told twice, once wrong (GDP迈上5.4万亿元 above 地区生产总值5.3万亿元), so
    that the check reports the wrong telling.  Only in the document of fewer figures (a long
    report states many facts of like names: sub-groups, other periods; a retelling mostly
    one fact once), and only where the other document states its value nowhere, told as
    finely (that would be another fact of a like name: the range before, a part)."""
    found: list[tuple[Figure, Figure, float]] = []
    for side, other, scores, matched in ((right, left, matrix.T, match_l),
                                         (left, right, matrix, match_r)):
        if len(side.figures) >= len(other.figures) or not matched:
            continue
        paired = np.fromiter(matched, dtype=np.intp)
        for j, figure in enumerate(side.figures):
            if id(figure) not in alone:
                continue
            line = scores[j, paired]
            near = line >= threshold
            slips = [(i, score) for i, score in zip(paired[near].tolist(), line[near].tolist())
                     if slipped(figure, other.figures[i])
                     and _tells_like(side, j, matched[i][0], weights(left, right), threshold)]
            if len(slips) != 1 or _stated_finely(other, figure):
                continue
            i, score = slips[0]
            pair = ((other.figures[i], figure) if side is right else (figure, other.figures[i]))
            found.append((*pair, score))
    return found


def _stated_finely(side: _Side, figure: Figure) -> bool:
    """Whether a figure of `side` (or a repeat of one) has the value of `figure` (of the other
    side), of its kind, bounded and told at least as finely or equal: 5万亿元 and 超1000亿元
    do not say whose 5.4万亿元 it is, 0.7 percentage point says whose seven-tenths of a point."""
    maybe = np.flatnonzero(_may_agree(side.hulls, side.signs, np.array(_hull(figure)),
                                      np.sign(float(figure.value))))
    kind = family(figure)
    told = [side.figures[k] for k in maybe.tolist()]
    told += [again for repeats in side.repeats for again in repeats]  # (of their own values)
    return any(family(f) == kind and (f.place <= figure.place or f.value == figure.value)
               and _value_evidence(f, figure) == 1.0 for f in told)


def _tells_like(side: _Side, j: int, partner: int, weights: english_words.Weights | None,
                threshold: float) -> bool:
    """Whether figure `j` of a side may tell again the fact its `partner` there tells: their
    settings agree and their names are alike."""
    return (_settings_agree(tuple(side.settings[j]), tuple(side.settings[partner]))
            and _named_alike_within(side, j, partner, weights, threshold))


def _named_alike_within(side: _Side, j: int, k: int,
                        weights: english_words.Weights | None, threshold: float) -> bool:
    """Whether two figures of one document have names alike enough to be one fact's."""
    if side.english and weights is not None:
        return english_words.score(side.words[j], side.words[k], weights,
                                   rates=True) >= threshold
    return fuzz.WRatio(side.keys[j], side.keys[k]) >= threshold


def _stays(a: Figure, b: Figure) -> bool:
    """Whether a pair holds against rivals of like names: its values agree, state one
    change in opposite directions (rose 0.2%, fell 0.2%: a slip of direction) or differ by
    a slip of a specific value (749,000 and 794,000)."""
    return agree(a, b) or same_size(a, b) or slipped_specifically(a, b)


def _pair_nameless(side: _Side, other: _Side, matrix: np.ndarray, threshold: float) -> None:
    """A figure whose words name nothing (今年目标70万人, 预期目标为3%) pairs, at the threshold,
    with the one figure of the other document that has its value, unit and context, if there
    is exactly one: its value is all it says."""
    for i in side.nameless:
        if matrix[i].any():
            continue
        same = [j for j in range(len(other)) if _stated_alike(side, i, other, j)]
        if len(same) == 1:
            matrix[i, same[0]] = threshold


def _pair_stated_once(left: _Side, right: _Side, matrix: np.ndarray, threshold: float,
                      weights: _PairWeights) -> None:
    """A value each document states once (36,300, 1.04 million and 1.04m, 25 basis points
    and a quarter of a percentage point), in contexts that do not differ, is evidence of one
    fact: it adds to the score of names that pair, and pairs names that a retelling reworded
    past recognition (the claimant count / people claiming jobseeker's allowance) where
    neither figure has a named candidate at all and their names do not speak against it
    (_named_apart).  A figure with a candidate keeps it: its value may be a slip (a discount
    rate of 1.25 for 1.00) that another fact happens to share.  Values of one digit (5%, 2,
    7 percent) are stated of too many things to tell anything."""
    once_l, once_r = left.stated_once, right.stated_once
    for key, i in once_l.items():
        j = once_r.get(key)
        if j is not None and bool(_same_context(left.settings[i:i + 1],
                                                right.settings[j:j + 1])[0]) \
                and _planned_alike(left.figures[i], right.figures[j]):
            if not matrix[i, j] and (
                    matrix[i].any() or matrix[:, j].any()
                    or _named_apart(left, i, right, j, weights(left, right))):
                continue
            matrix[i, j] = min(100.0, max(float(matrix[i, j]), threshold) + STATED_ONCE)


def _pair_left_over(left: _Side, right: _Side, matrix: np.ndarray, threshold: float,
                    match_l: dict[int, tuple[int, float]],
                    match_r: dict[int, tuple[int, float]], weights: _PairWeights) -> None:
    """After the names have paired what they can, a figure left over on each side with one
    value that each document states once (whatever its qualifier: up to $30bn, $30 billion),
    in contexts that do not differ, is one fact whose names a retelling reworded past
    recognition (53.7% of the week's pay / average weekly pay; spending by firms / business
    investment), unless either has an English name that pairs well elsewhere
    (NAMED_ELSEWHERE): a story's unit labour costs up 1.4% are not the release's EU growth of
    1.4%; or an unpaired figure of a like name, a change for a change or a level for a level,
    is its rival (_has_rival: the discount rate's slip); or unless two
    Chinese names, each long enough to name something (SAYS_NO_NAME), have no character in
    common (口袋公园 and 博物馆, 48个 each; 外送 345亿千瓦时 is the 输出 345亿度)."""
    once_l, once_r = _by_value(left.stated_once), _by_value(right.stated_once)
    for value, i in once_l.items():
        j = once_r.get(value)
        if j is None or i in match_l or j in match_r:
            continue
        # (Chinese names that share characters score that high for other facts too: 增长,
        # 总额; a name without a character in common speaks against them instead, below)
        if (left.english and max(matrix[i].max(initial=0.0),
                                 matrix[:, j].max(initial=0.0)) > NAMED_ELSEWHERE
                or _count_other_things(left.figures[i], right.figures[j])
                or not _planned_alike(left.figures[i], right.figures[j])
                or (_nothing_in_common(left, i, right, j)
                    and min(len(left.keys[i]), len(right.keys[j])) > SAYS_NO_NAME)
                or not bool(_same_context(left.settings[i:i + 1],
                                          right.settings[j:j + 1])[0])):
            continue
        if _has_rival(left, i, right, j, (match_l, match_r),
                      weights(left, right)):  # (the dearest test)
            continue
        matrix[i, j] = threshold
        match_l[i] = (j, threshold)
        match_r[j] = (i, threshold)


SCENARIO = 3  # _setting(): where the scenario stands


def _pair_unmarked_aims(left: _Side, right: _Side, matrix: np.ndarray, threshold: float,
                        match_l: dict[int, tuple[int, float]],
                        match_r: dict[int, tuple[int, float]]) -> None:
    """Chinese figures, one told as a plan (目标, 力争, a part of aims) and left free, the other
    told as nothing (a story's 新培育智能工厂200家, its time left to the reader) and free or
    paired with a value it disagrees with (_open_to_aims): a Chinese figure that says no
    scenario is a result (_setting), but where the two are named alike (the threshold),
    written alike (value, qualifier, unit) and agree in the rest of their contexts, and
    neither has another such partner, they are the plan told twice."""
    if left.english or right.english:
        return
    found: dict[int, list[int]] = {}
    back: dict[int, list[int]] = {}
    written: dict[tuple[object, ...], list[int]] = {}  # the right side's free figures
    for j, b in enumerate(right.figures):
        if _open_to_aims(b, match_r.get(j), left):
            written.setdefault(_written(b), []).append(j)
    for i, a in enumerate(left.figures):
        if not _open_to_aims(a, match_l.get(i), right):
            continue
        for j in written.get(_written(a), ()):
            if i in match_l and j in match_r:
                continue  # (two figures paired elsewhere: neither pairing is undone for this)
            if (a.scenario is None) == (right.figures[j].scenario is None):
                continue
            sa, sb = list(left.settings[i]), list(right.settings[j])
            sa[SCENARIO] = sb[SCENARIO] = ""
            if not _settings_agree(tuple(sa), tuple(sb)):
                continue
            if fuzz.WRatio(left.keys[i], right.keys[j]) < threshold:
                continue
            found.setdefault(i, []).append(j)
            back.setdefault(j, []).append(i)
    for i, js in found.items():
        if len(js) == 1 and len(back[js[0]]) == 1:
            j = js[0]
            if i in match_l:
                del match_r[match_l[i][0]]
            if j in match_r:
                del match_l[match_r[j][0]]
            matrix[i, j] = threshold
            match_l[i] = (j, threshold)
            match_r[j] = (i, threshold)


def _open_to_aims(figure: Figure, taken: tuple[int, float] | None, other: _Side) -> bool:
    """Whether a figure may pair as a plan told twice (_pair_unmarked_aims): free, or told as
    nothing and paired with a figure whose value disagrees (a story's 17万人左右 with the
    report's result of 18.9万人, where the report's aim of 17万人左右 is left free)."""
    return taken is None or (figure.scenario is None
                             and not agree(figure, other.figures[taken[0]]))


def _written(figure: Figure) -> tuple[object, ...]:
    """A figure's value as written: family, value, qualifier and unit."""
    return family(figure), figure.value, figure.qualifier, figure.unit


def _nothing_in_common(left: _Side, i: int, right: _Side, j: int) -> bool:
    """Chinese names without a character in common (口袋公园 and 博物馆, 48个 each)."""
    return not left.english and not (set(_HAN.findall(left.keys[i]))
                                     & set(_HAN.findall(right.keys[j])))


def _count_other_things(a: Figure, b: Figure) -> bool:
    """Whether two counts each name the thing they count, and not the same one (45 schools,
    at least 45 councils)."""
    return (a.kind == b.kind == "count" and a.unit is not None and b.unit is not None
            and a.unit != b.unit)


def _by_value(once: dict[tuple[str, str, str | None], int]) -> dict[tuple[str, str], int]:
    """The figures of `_stated_once` by their value alone, without those whose value two of
    them state with other qualifiers (about 7 percent and more than 7 percent)."""
    found: dict[tuple[str, str], int | None] = {}
    for (kind, value, _), index in once.items():
        found[kind, value] = None if (kind, value) in found else index
    return {key: index for key, index in found.items() if index is not None}


def _named_apart(left: _Side, i: int, right: _Side, j: int,
                 weights: english_words.Weights | None = None) -> bool:
    """Whether the names of figure `i` of one side and `j` of the other speak against their
    pairing on a value alone: Chinese names without a character in common (口袋公园 and
    博物馆, 48个 each), or a rival name (_has_rival)."""
    return (_nothing_in_common(left, i, right, j)
            or _has_rival(left, i, right, j, weights=weights))


def _word_weights(left: _Side, right: _Side) -> english_words.Weights:
    """The weights of the words of two English sides' names (english_words.Weights)."""
    return english_words.Weights.of(list(left.words), list(right.words))


class _PairWeights:
    """The english_words.Weights of one pair of sides, made at the first call that asks (None
    unless both sides are English): the passes that pair on values share them."""

    def __init__(self) -> None:
        self.made: english_words.Weights | None = None

    def __call__(self, left: _Side, right: _Side) -> english_words.Weights | None:
        if self.made is None and left.english and right.english:
            self.made = _word_weights(left, right)
        return self.made


def _has_rival(left: _Side, i: int, right: _Side, j: int,
               taken: tuple[Container[int], Container[int]] = ((), ()),
               weights: english_words.Weights | None = None) -> bool:
    """Whether a figure on either side, not one of those `taken`, has a name like the other
    figure's (RIVAL) and more like it than the two are to each other: the discount rate of a
    story's 1.25 percent is the release's discount rate (at 1.00: a slip), not the release's
    core inflation at 1.25.  English names, often half a clause, may share nothing and still
    name one fact; they are likened as everywhere else, by the words that tell them apart
    (english_words): by characters, "average weekly pay rise" has a rival in any other pay
    that rose.  (`weights`: the two sides' english_words.Weights, where already made.)"""
    a, b = left.figures[i], right.figures[j]
    if left.english and right.english:
        names_l, names_r = list(left.words), list(right.words)
        weighed = weights or _word_weights(left, right)

        def alike(key: str, names: list[str], cutoff: float) -> bool:
            return any(english_words.score(key, name, weighed, rates=True) >= cutoff
                       for name in names)
        own = english_words.score(names_l[i], names_r[j], weighed, rates=True)
    else:
        names_l, names_r = list(left.keys), list(right.keys)

        def alike(key: str, names: list[str], cutoff: float) -> bool:
            return bool(names) and max(process.cdist([key], names, scorer=fuzz.WRatio,
                                                     score_cutoff=cutoff)[0]) > 0
        own = fuzz.WRatio(names_l[i], names_r[j])
    if own >= 100:
        return False  # no name is more like either
    for side, names, key, figure, skip, gone in ((left, names_l, names_r[j], b, i, taken[0]),
                                                 (right, names_r, names_l[i], a, j, taken[1])):
        group = side.partners_of(family(figure))  # its figures compatible() with `figure`
        rivals = [names[k] for k in (group.rows.tolist() if group is not None else ())
                  if k != skip and k not in gone
                  and (not gone or states_change(side.figures[k]) == states_change(figure))]
        if alike(key, rivals, max(RIVAL, own + 0.01)):
            return True
    return False


_SAID_AS_FRACTION = re.compile(r"/|\b(?:half|third|quarter|fifth|tenth)s?\b", re.IGNORECASE)


def _stated_once(figures: Sequence[Figure]) -> dict[tuple[str, str, str | None], int]:
    """The figures whose value (in its family's base unit, with its qualifier) no other
    statement of the document has, by that value, when it says something specific."""
    found: dict[tuple[str, str, str | None], int | None] = {}
    for index, figure in enumerate(figures):
        span = figure.nominal if figure.qualifier == "range" else Interval(
            figure.value, figure.value, True, True)
        if figure.qualifier != "range" and abs(figure.value) < 10 and (
                (figure.place >= 1 and figure.value == figure.value.to_integral_value())
                or _SAID_AS_FRACTION.search(figure.text)):
            continue  # 5%, 7 percent; a quarter of a percent, 1/4: said of too many things
        base = in_base_unit(span, figure.unit)
        if base.low is None or base.high is None:
            continue
        key = (family(figure), f"{base.low.normalize():e} {base.high.normalize():e}",
               None if figure.qualifier == "about" else figure.qualifier)
        found[key] = None if key in found else index
    return {key: index for key, index in found.items() if index is not None}


def _stated_alike(side: _Side, i: int, other: _Side, j: int) -> bool:
    """Whether figure `i` of one side and `j` of the other may pair by their value alone: of
    compatible units, one value written alike (or agreeing within its rounding), contexts
    that do not differ."""
    a, b = side.figures[i], other.figures[j]
    return (compatible(a, b) and _value_evidence(a, b) == 1.0
            and bool(_same_context(side.settings[i:i + 1], other.settings[j:j + 1])[0])
            and _planned_alike(a, b))


def _planned_alike(a: Figure, b: Figure) -> bool:
    """Whether two figures that only their value may pair are told alike as plans: an English
    figure that says no scenario may be any (_setting), but a value alone pairs a forecast, an
    aim or an earlier estimate only with one told as such (the Committee expects the
    unemployment rate to be 4.7 percent; mortgage rates were little changed at 4.7 percent)."""
    return a.scenario == b.scenario or _HAN.search(a.context) is not None


def _pair_by_clause(left: _Side, right: _Side, matrix: np.ndarray, threshold: float) -> None:
    """English names are often half a clause (the Fed's board of governors voted to pay;
    In work 30.64m): two figures that no name pairs pair, at the threshold, where one states
    the other's value alike, in its context, in a clause whose content words say the same
    (required and excess reserves), when each is the other's only such figure.  The pair then
    competes with the pairs names make (a value that agrees weighs in: VALUE_TIE)."""
    # only values that may agree are asked, of every pair of figures
    maybe = _may_agree(left.hulls[:, None], left.signs[:, None], right.hulls[None],
                       right.signs[None]) & (matrix == 0)
    rows, cols = np.nonzero(maybe)
    if not rows.size:
        return
    bags_l = {i: english_words.key(f"{left.figures[i].metric} {left.figures[i].context}")
              for i in set(rows.tolist())}
    bags_r = {j: english_words.key(f"{right.figures[j].metric} {right.figures[j].context}")
              for j in set(cols.tolist())}
    weights = english_words.Weights.of(list(bags_l.values()), list(bags_r.values()))
    found: dict[int, list[int]] = {}
    for i, j in zip(rows.tolist(), cols.tolist()):
        if (_stated_alike(left, i, right, j)
                and english_words.score(bags_l[i], bags_r[j], weights,
                                        rates=True) >= CLAUSE_SAYS):
            found.setdefault(i, []).append(j)
    taken = [j for js in found.values() for j in js]
    for i, js in found.items():
        if len(js) == 1 and taken.count(js[0]) == 1:
            matrix[i, js[0]] = threshold


def _may_agree(hulls_a: np.ndarray, signs_a: np.ndarray, hulls_b: np.ndarray,
               signs_b: np.ndarray) -> np.ndarray:
    """Elementwise (the arrays broadcast; hulls end in their two floats), whether two
    figures' values may agree (rounding.agree): hulls that overlap (_hull), or values of
    opposite signs, which agree() alone can tell (minus 0.2 points and a fall of 0.2)."""
    may: np.ndarray = (((hulls_a[..., 0] <= hulls_b[..., 1]) & (hulls_b[..., 0] <= hulls_a[..., 1]))
                       | (signs_a * signs_b < 0))
    return may


def _may_be_slips(left: _Side, right: _Side, rows: np.ndarray, columns: np.ndarray,
                  among: np.ndarray) -> np.ndarray:
    """The candidates (indices into rows and columns, `among` them) whose two values have
    one number of digits, three or more, at the finer place, and differ by a number of at
    most two significant digits: those that rounding.slipped_specifically may find alike but
    for a slip (a test far cheaper)."""
    chosen = np.flatnonzero(among)
    size_l, place_l = left.digits[rows[chosen]].T
    size_r, place_r = right.digits[columns[chosen]].T
    place = np.minimum(place_l, place_r)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        # (a value of 0 has no digits to slip)
        digits_l = np.floor(size_l - place + 1e-9)
        digits_r = np.floor(size_r - place + 1e-9)
        # one digit changed or two swapped: the values differ by a number of one or two
        # significant digits (700 - 300 = 400; 794 - 749 = 45)
        whole_l, whole_r = np.rint(10.0 ** (size_l - place)), np.rint(10.0 ** (size_r - place))
        apart = np.abs(whole_l - whole_r)
        tenths = apart / 10.0 ** np.floor(np.log10(apart)) * 10
        small = (apart > 0) & (np.abs(tenths - np.rint(tenths)) < 1e-6)
    result: np.ndarray = chosen[(digits_l == digits_r) & (digits_l >= 2) & small]
    return result


def _specific(a: Figure, b: Figure) -> float:
    """How much more than VALUE_TIE a value that agrees weighs for how much it says: 1 for
    values of one or two significant digits (5%, 0.4%, 20,000), up to SPECIFIC_MAX for four
    or more (121,000 fewer unemployed is the release's 121,000, not its 24,000 that a name
    like it counts)."""
    digits = min(len(abs(f.value).normalize().as_tuple().digits) for f in (a, b))
    return float(min(SPECIFIC_MAX, max(1, digits - 1)))


def _value_evidence(a: Figure, b: Figure) -> float:
    """How much two figures' values say they are one fact: 1 for one value written alike
    (20%以上 and 20%以上) or values that agree within their rounding (3507.6亿元 and 约3500亿元),
    half where one is open and agrees with any value past it (1244万人 and 1200万人以上), else 0."""
    if not agree(a, b):
        return 0.0
    if a.qualifier == b.qualifier and a.value == b.value and a.unit == b.unit:
        return 1.0
    bounded = all(f.interval.low is not None and f.interval.high is not None
                  and math.isfinite(f.interval.high) for f in (a, b))
    return 1.0 if bounded else 0.5


def one_to_one(rows: np.ndarray, columns: np.ndarray, values: np.ndarray, floor: float,
               ) -> list[tuple[int, int, float]]:
    """The pairs (row, column, score) of the candidates given that are best overall, one to
    one: an assignment solver (scipy's linear_sum_assignment) maximises the summed margins of
    the chosen scores over `floor`, so that a good pair does not take the partner of another
    when both can have one; a figure is left unpaired rather than forced."""
    if not rows.size:
        return []
    row_ids, row_at = np.unique(rows, return_inverse=True)
    column_ids, column_at = np.unique(columns, return_inverse=True)
    gain = np.zeros((len(row_ids), len(column_ids)))
    gain[row_at, column_at] = values - floor + ASSIGN_SLACK
    chosen_r, chosen_c = linear_sum_assignment(gain, maximize=True)
    pairs = [(int(row_ids[r]), int(column_ids[c]), float(gain[r, c] + floor - ASSIGN_SLACK))
             for r, c in zip(chosen_r.tolist(), chosen_c.tolist()) if gain[r, c] > 0]
    return sorted(pairs)


def _taken(matches: dict[int, tuple[int, float]], size: int) -> np.ndarray:
    """The score each figure was taken with (minus infinity where it was not)."""
    scores = np.full(size, -np.inf)
    scores[list(matches)] = [score for _, score in matches.values()]
    return scores


def _near(lines: np.ndarray, floor: np.ndarray, partners: np.ndarray, taken: np.ndarray,
          margin: float) -> list[list[int]]:
    """For each line of scores, the other figures scoring at least its floor, save its
    partner and those taken by a better match than the line gives them."""
    near = (lines >= floor[:, None]) & (taken[None, :] < lines - margin)
    near[np.arange(len(partners)), partners] = False
    result: list[list[int]] = [[] for _ in range(len(partners))]
    for line, k in zip(*(a.tolist() for a in np.nonzero(near))):
        result[line].append(k)
    return result


NEIGHBOURS = 20  # in a larger corpus, each document is aligned with this many like it
_COMMON = 50  # times NEIGHBOURS: documents a name may be in and still tell them apart


def align(documents: Sequence[Sequence[Figure]], threshold: float = THRESHOLD,
          margin: float = MARGIN, neighbours: int = NEIGHBOURS,
          progress: Callable[[str, int, int], None] | None = None) -> list[Alignment]:
    """Groups of figures that count the same thing, across any number of documents.

    Every pair of documents is aligned one to one; a group is a set of connected pairs.  Every
    comparable figure is in exactly one group (alone, if nothing else counts the same thing);
    a statement repeated in one document joins its first occurrence.  A group that holds two
    different figures of one document, or whose pairing had a near-equal rival, is ambiguous.

    With more than `neighbours` + 1 documents (a corpus), a document is aligned only with the
    `neighbours` documents that share the most metric names with it, the rarest counting
    most (and with those that chose it): the work grows with the documents, not with their
    pairs.  Each alignment then names the documents its figures were compared with.
    `progress`, if given, is called with ("align", pairs of documents done, pairs in all).
    """
    sides = [_Side.of(comparable(figures)) for figures in documents]
    paths = [side.figures[0].document if len(side) else "" for side in sides]
    everyone = len(sides) <= neighbours + 1
    pairs = (list(combinations(range(len(sides)), 2)) if everyone
             else _neighbour_pairs(sides, neighbours))
    parent: dict[int, int] = {}
    score_of: dict[int, float] = {}
    alternatives: dict[int, tuple[Figure, ...]] = {}
    again: set[int] = set()  # the figures paired as a second telling (Pairing.again)

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for done, (left, right) in enumerate(pairs, 1):
        result = _pair(sides[left], sides[right], threshold, margin)
        for a, b, score in result.pairs:
            ra, rb = find(id(a)), find(id(b))
            low = min(score_of.get(ra, 100.0), score_of.get(rb, 100.0), score)
            if ra != rb:
                parent[rb] = ra
            score_of[ra] = low
        again.update(id(f) for f in result.again)
        for a, group, score in result.ambiguous:
            alternatives[id(a)] = alternatives.get(id(a), ()) + group
            root = find(id(a))
            score_of[root] = min(score_of.get(root, 100.0), score)
        if progress is not None:
            progress("align", done, len(pairs))

    compared = None if everyone else _compared(paths, pairs)
    groups: dict[int, list[tuple[Figure, tuple[Figure, ...]]]] = {}
    for side in sides:
        for leader, repeats in zip(side.figures, side.repeats):
            groups.setdefault(find(id(leader)), []).append((leader, repeats))
    alignments = []
    for root, entries in groups.items():
        members = [leader for leader, _ in entries]
        rivals: list[Figure] = []
        for member in members:
            rivals.extend(alternatives.get(id(member), ()))
        # (a fact's second telling in a document, Pairing.again, is no rival of its first)
        docs = [f.document for f in members if id(f) not in again]
        twice = len(set(docs)) < len(docs)
        if twice:
            rivals.extend(members)
        inside = set(members)
        alignments.append(Alignment(
            metric=members[0].metric,
            score=round(score_of.get(root, 100.0), 1) if len(members) > 1 or rivals else 0.0,
            figures=tuple(f for leader, repeats in entries for f in (leader, *repeats)),
            alternatives=tuple(f for f in dict.fromkeys(rivals) if f not in inside or twice),
            compared=None if compared is None else compared(docs),
        ))
    return alignments


def _compared(paths: Sequence[str], pairs: Sequence[tuple[int, int]],
              ) -> Callable[[Sequence[str]], tuple[str, ...]]:
    """The documents that figures of some documents were compared with (their own too)."""
    position = {path: index for index, path in enumerate(paths)}
    near: dict[str, set[int]] = {path: {index} for index, path in enumerate(paths)}
    for left, right in pairs:
        near[paths[left]].add(right)
        near[paths[right]].add(left)
    alone = {path: tuple(paths[i] for i in sorted(indices)) for path, indices in near.items()}

    def of(documents: Sequence[str]) -> tuple[str, ...]:
        if len(set(documents)) == 1:
            return alone.get(documents[0], (documents[0],))
        indices = set().union(*(near.get(d, {position.get(d, -1)}) for d in documents))
        return tuple(paths[i] for i in sorted(indices) if i >= 0)

    return of


def _distinct_names(side: _Side) -> list[str]:
    return list(dict.fromkeys([*(name for group in side.groups.values() for name in group.names),
                               *(name for _, name in side.aliases)]))


def _neighbour_pairs(sides: Sequence[_Side], neighbours: int) -> list[tuple[int, int]]:
    """The pairs of documents worth aligning in a corpus: each document with the
    `neighbours` documents most like it, by the metric names they share weighted by rarity
    (idf).  Names in more than half of a large corpus are left out: they tell least and
    cost most."""
    count = len(sides)
    postings: dict[str, list[int]] = {}
    for index, side in enumerate(sides):
        for name in _distinct_names(side):
            postings.setdefault(name, []).append(index)
    usable = {name: np.array(docs) for name, docs in postings.items()
              if 1 < len(docs) <= max(count // 2, _COMMON * neighbours)}
    weight = {name: math.log(count / len(docs)) for name, docs in usable.items()}
    chosen: set[tuple[int, int]] = set()
    for index, side in enumerate(sides):
        names = [name for name in _distinct_names(side) if name in usable]
        if not names:
            continue
        others = np.concatenate([usable[name] for name in names])
        weights = np.concatenate([np.full(len(usable[name]), weight[name]) for name in names])
        likeness = np.bincount(others, weights=weights, minlength=count)
        likeness[index] = 0.0
        best = np.argsort(-likeness, kind="stable")[:neighbours]
        chosen.update((min(index, int(k)), max(index, int(k))) for k in best if likeness[k] > 0)
    return sorted(chosen)
