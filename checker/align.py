"""Alignment: which figures in different documents count the same thing.

Figures are paired by the similarity of their metric names (rapidfuzz WRatio, scored in bulk
with `process.cdist`), only within compatible units (people with people, money with money, %
never with percentage points), and never by value: a changed value is what the checks must
catch, and an equal value under another metric is a trap.  When a figure has two candidates
within `margin` points of each other, the alignment is marked ambiguous instead of guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
from rapidfuzz import fuzz, process

from checker.figures import Figure
from checker.lang import zh

THRESHOLD = 72.0  # the lowest metric-name score (0-100) that pairs two figures
MARGIN = 3.0  # candidates this close to the best make an alignment ambiguous
SAME_UNIT_BONUS = 4.0  # units are evidence too: 人次 with 人次 beats 人次 with 人
SECOND_CHOICE = 6.0  # a partner this far below a figure's best candidate is no partner
CONTEXT_WEIGHT = 0.15  # share of the score that the surrounding clause decides

# Units that count the same kind of thing (docs/figures.md); others only match themselves.
_FAMILIES = {
    "people": {"名", "人", "位"},
    "organisations": {"家", "个", "所", "座"},
}
_UNIT_FAMILY = {unit: name for name, units in _FAMILIES.items() for unit in units}
_NOISE = str.maketrans("", "", "的了“”\"'‘’「」《》（）() \u3000")
_FOLD = str.maketrans(zh.FOLD_FROM, zh.FOLD_TO)
_CANONICAL = {word: group[0] for group in zh.METRIC_SYNONYMS for word in group}
_SYNONYM = re.compile("|".join(sorted(map(re.escape, _CANONICAL), key=len, reverse=True)))
_DIGITS = re.compile(r"[0-9０-９.,，%％〇零一二两三四五六七八九十百千万亿]+")


@dataclass(frozen=True)
class Alignment:
    """Figures in different documents taken to count the same thing."""

    metric: str
    score: float  # the lowest pair score inside the group
    figures: tuple[Figure, ...]
    alternatives: tuple[Figure, ...] = field(default=())  # near-equal candidates, if ambiguous

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


def family(figure: Figure) -> str:
    """The unit family a figure belongs to: the key that decides who may pair with it."""
    if figure.kind in ("percent", "points", "duration"):
        return figure.kind
    if figure.unit is None:
        return "*"  # 12.15万 with no unit may count anything but a share
    base = figure.unit.split("/")[0]
    return _UNIT_FAMILY.get(base, base)


def compatible(a: Figure, b: Figure) -> bool:
    fa, fb = family(a), family(b)
    if fa == fb:
        return True
    shares = ("percent", "points", "duration")
    return (fa == "*" and fb not in shares) or (fb == "*" and fa not in shares)


def metric_key(metric: str) -> str:
    """A metric name as compared: folded to simplified forms, without quotes and particles,
    with synonyms replaced by one name."""
    key = metric.translate(_FOLD).translate(_NOISE)
    return _SYNONYM.sub(lambda m: _CANONICAL[m.group(0)], key)


def comparable(figures: Sequence[Figure]) -> list[Figure]:
    """The figures that take part in alignment: not durations, and named."""
    return [f for f in figures if f.kind != "duration" and f.metric]


def scores(left: Sequence[Figure], right: Sequence[Figure], threshold: float = THRESHOLD,
           ) -> np.ndarray:
    """Score matrix of metric similarity; zero where units are incompatible or names differ.

    Where two names pass the threshold, the clauses around the figures (their digits taken
    out) break ties: 企业 in 组织3万余家企业参与竞赛 is the 企业 of the same clause elsewhere.
    """
    if not left or not right:
        return np.zeros((len(left), len(right)))
    names = process.cdist([metric_key(f.metric) for f in left],
                          [metric_key(f.metric) for f in right],
                          scorer=fuzz.WRatio, dtype=np.float32).astype(float)
    contexts = process.cdist([_context_key(f) for f in left], [_context_key(f) for f in right],
                             scorer=fuzz.ratio, dtype=np.float32).astype(float)
    matrix = np.where(names >= threshold,
                      (1 - CONTEXT_WEIGHT) * names + CONTEXT_WEIGHT * contexts, 0.0)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if matrix[i, j] == 0.0:
                continue
            if not compatible(a, b):
                matrix[i, j] = 0.0
            elif a.unit == b.unit and a.unit is not None:
                matrix[i, j] = min(100.0, matrix[i, j] + SAME_UNIT_BONUS)
    return matrix


def _context_key(figure: Figure) -> str:
    return _DIGITS.sub("", figure.context.replace(figure.text, "")).translate(_NOISE)


def _collapse(figures: Sequence[Figure]) -> tuple[list[Figure], dict[int, list[Figure]]]:
    """Repeats of one statement in one document (same metric, unit and text) count once."""
    leaders: list[Figure] = []
    repeats: dict[int, list[Figure]] = {}
    seen: dict[tuple[str, str | None, str], int] = {}
    for figure in figures:
        key = (metric_key(figure.metric), figure.unit, figure.text)
        if key in seen:
            repeats[seen[key]].append(figure)
        else:
            seen[key] = len(leaders)
            repeats[len(leaders)] = []
            leaders.append(figure)
    return leaders, repeats


def pair(left: Sequence[Figure], right: Sequence[Figure], threshold: float = THRESHOLD,
         margin: float = MARGIN) -> Pairing:
    """Align two documents' figures one to one, best scores first.

    A figure whose best partner has a rival within `margin` is ambiguous, unless the order of
    the document settles it: reports tell their figures in much the same order, so of the
    candidates, the one alone between the partners of its confident neighbours wins.
    """
    lead_l, _ = _collapse(comparable(left))
    lead_r, _ = _collapse(comparable(right))
    matrix = scores(lead_l, lead_r, threshold)
    match_l: dict[int, tuple[int, float]] = {}
    match_r: dict[int, tuple[int, float]] = {}
    row_best = matrix.max(axis=1, initial=0.0)
    column_best = matrix.max(axis=0, initial=0.0)
    for negative, i, j in sorted((-float(matrix[i, j]), int(i), int(j))
                                 for i, j in zip(*np.nonzero(matrix))):
        if -negative < max(row_best[i], column_best[j]) - SECOND_CHOICE:
            continue  # its own counterpart was taken: a missing figure, not this one's pair
        if i not in match_l and j not in match_r:
            match_l[i] = (j, -negative)
            match_r[j] = (i, -negative)

    def rivals(axis: int, fixed: int, partner: int, score: float) -> list[int]:
        """Indices on the other side that could as well be `fixed`'s partner, and are not
        taken by a clearly better match of their own."""
        line = matrix[fixed] if axis == 0 else matrix[:, fixed]
        taken_by = match_r if axis == 0 else match_l
        return [k for k in map(int, np.nonzero(line >= max(1e-9, score - margin))[0])
                if k != partner and (k not in taken_by or taken_by[k][1] < line[k] - margin)]

    doubtful = {i: (rivals(0, i, j, s), rivals(1, j, i, s)) for i, (j, s) in match_l.items()}
    anchors = sorted((i, match_l[i][0]) for i, (r, l) in doubtful.items() if not r and not l)

    def settled_by_order(position: int, options: list[int], side: int) -> int | None:
        """The option that keeps the document order of the confident pairs best (fewest
        anchors on the wrong side of it), if one alone does."""
        keyed = anchors if side == 0 else [(b, a) for a, b in anchors]
        crossings = [sum((own < position) != (other < option) for own, other in keyed)
                     for option in options]
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
    return Pairing(tuple(pairs), tuple(ambiguous), only_left, only_right)


def align(documents: Sequence[Sequence[Figure]], threshold: float = THRESHOLD,
          margin: float = MARGIN) -> list[Alignment]:
    """Groups of figures that count the same thing, across any number of documents.

    Every pair of documents is aligned one to one; a group is a set of connected pairs.  Every
    comparable figure is in exactly one group (alone, if nothing else counts the same thing);
    a statement repeated in one document joins its first occurrence.  A group that holds two
    different figures of one document, or whose pairing had a near-equal rival, is ambiguous.
    """
    parent: dict[int, int] = {}
    score_of: dict[int, float] = {}
    alternatives: dict[int, tuple[Figure, ...]] = {}
    leaders: list[Figure] = []
    repeats: dict[int, list[Figure]] = {}
    for figures in documents:
        doc_leaders, doc_repeats = _collapse(comparable(figures))
        leaders.extend(doc_leaders)
        for index, more in doc_repeats.items():
            repeats[id(doc_leaders[index])] = more

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for left, right in combinations(documents, 2):
        result = pair(left, right, threshold, margin)
        for a, b, score in result.pairs:
            ra, rb = find(id(a)), find(id(b))
            low = min(score_of.get(ra, 100.0), score_of.get(rb, 100.0), score)
            if ra != rb:
                parent[rb] = ra
            score_of[ra] = low
        for a, group, score in result.ambiguous:
            alternatives[id(a)] = alternatives.get(id(a), ()) + group
            root = find(id(a))
            score_of[root] = min(score_of.get(root, 100.0), score)

    groups: dict[int, list[Figure]] = {}
    for leader in leaders:
        groups.setdefault(find(id(leader)), []).append(leader)
    alignments = []
    for root, members in groups.items():
        rivals: list[Figure] = []
        for member in members:
            rivals.extend(alternatives.get(id(member), ()))
        docs = [f.document for f in members]
        if len(set(docs)) < len(docs):
            rivals.extend(members)
        everything = [f for member in members for f in (member, *repeats.get(id(member), ()))]
        alignments.append(Alignment(
            metric=members[0].metric,
            score=round(score_of.get(root, 100.0), 1) if len(members) > 1 or rivals else 0.0,
            figures=tuple(everything),
            alternatives=tuple(f for f in dict.fromkeys(rivals) if f not in members or
                               len(set(docs)) < len(docs)),
        ))
    return alignments
