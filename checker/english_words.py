"""English metric names compared word by word, the words weighed by what they tell apart.

An English metric name is often half a sentence (committee today reaffirmed its view that the
current range; fed's board of governors voted to pay), and the words that say what a figure
measures are few among them.  Two names are compared by their content words: stop words,
number words and month names out, each word reduced to a simple stem (prices → price,
unemployed and unemployment → unemploy), synonyms folded to one word (lang/en.py).  Each
word weighs by how rare it is among the metric names of the two documents at hand (inverse
document frequency over the pair's names), so that "unemployment", "reserve" or "discount"
decide and "rate", "percent" or "committee" weigh little.

The score (0-100) is a weighted overlap of the two sets: mostly how much of the lighter name
the other covers (a rewrite shortens a name), and partly how much of both (so that an extra
word that is rare, like "hour" in manufacturing output per hour, keeps the names apart).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from checker.lang import en

ONE_SIDED = 0.1  # what a word only one document uses weighs, against one both use
COVER_SHARE = 0.6  # the share of the score that says how much of the lighter name is covered
# What a rise and a fall of names otherwise alike lose: they pair only where the rest says the
# same (unit wage costs rose 1.8% / a decrease of 1.8% in unit wage costs: one change, told
# with opposite signs, a mismatch); measured 5, 15, 20, 25, 30 on dev: 25 keeps every trap
OPPOSED = 25.0
_WORD = re.compile(r"[a-z][a-z'’]*")
_SYNONYMS = {word: group[0] for group in en.METRIC_SYNONYMS for word in group}
_SYNONYM = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _SYNONYMS), key=len, reverse=True)) + r")\b")
_PLACE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, en.PLACES), key=len, reverse=True)) + r")\b")
_MEASURED_AS = re.compile(r"\b(?:" + "|".join(map(re.escape, en.MEASURED_AS)) + r")\b")
PLACE_MARK = "@"  # a place in a key: @united_kingdom
_CHANGE_WORDS = {"rise": (*en.RISE_WORDS, *en.RISE_NOUNS, *en.RISE_AFTER),
                 "fall": (*en.FALL_WORDS, *en.FALL_NOUNS, *en.FALL_AFTER)}
CHANGES = frozenset(_CHANGE_WORDS)
_STOP = frozenset((*en.STOP_WORDS, *en.AUXILIARIES, *en.METRIC_LEAD, *en.PREPOSITIONS,
                   *en.NUMBER_WORDS, *en.TENS_WORDS, *en.MONTHS, *en.REPORTING_VERBS, *en.FILLERS,
                   # the mark a value compared with carries in its name tells no metric apart
                   "compared"))
# Suffixes taken off a word, longest first, while a stem of 3 letters or more is left.
_SUFFIXES = ("ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "s")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A word without its inflection, and without a final e or doubled consonant, so that
    the forms of a word meet (prices, price → pric; approved, approve → approv; slipped,
    slip → slip; employment, employed → employ; but employees → employe)."""
    word = en.IRREGULAR_PLURALS.get(word, word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            root = word[: -len(suffix)]
            if suffix == "es" and not root.endswith(("s", "x", "z", "ch", "sh")):
                root += "e"  # rates → rate, but taxes → tax
            word = root + ("y" if suffix in ("ies", "ied") else "")
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]  # slipped → slip
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


_CHANGE = {form: change for change, forms in _CHANGE_WORDS.items()
           for word in forms for form in (word, stem(word))}


_GROWTH_ALONE = re.compile(r"\s*(?:the\s+|annual\s+|quarterly\s+)?growth\s*")


@functools.lru_cache(maxsize=65536)
def words(metric: str) -> tuple[str, ...]:
    """The content words of a metric name, stemmed, in order, each once; a change word
    (rose, fell, increase, decline) as "rise" or "fall"."""
    text = unicodedata.normalize("NFKC", metric).lower().replace("’", "'")
    if " terms" in text or "adjusted" in text or " prices" in text or "measures" in text:
        text = _MEASURED_AS.sub(" ", text)
    text = _SYNONYM.sub(lambda m: _SYNONYMS[m.group(0)], text.replace("-", " "))
    found = [PLACE_MARK + en.PLACES[m.group(0)].replace(" ", "_")
             for m in _PLACE.finditer(text)]
    text = _PLACE.sub(" ", text)
    for word in _WORD.findall(text):
        word = word.removesuffix("'s").strip("'")
        if (word in _STOP or len(word) < 2) and word not in _CHANGE:
            continue
        word = _CHANGE.get(word) or _CHANGE.get(stem(word)) or stem(word)
        if word not in found:
            found.append(word)
    if found == ["rise"] and _GROWTH_ALONE.fullmatch(text):
        return ("gdp", "rise")  # growth of 0.8%, annual growth: the economy's
    return tuple(found)


def key(metric: str) -> str:
    """A metric name as compared here: its content words (words()), in order."""
    return " ".join(words(metric))


@dataclass(frozen=True)
class Weights:
    """How much each word tells apart, among the names of two documents."""

    idf: dict[str, float]  # log(N / names holding it), over the names of both documents
    shared: frozenset[str]  # the words that both documents use

    @classmethod
    def of(cls, left: Sequence[str], right: Sequence[str]) -> Weights:
        """The weights of the words of two documents' names (key()s)."""
        names = set(left) | set(right)
        count = Counter(word for name in names for word in set(name.split()))
        shared = {w for n in left for w in n.split()} & {w for n in right for w in n.split()}
        total = len(names)
        return cls({word: math.log((1 + total) / n) for word, n in count.items()},
                   frozenset(shared))

    def of_word(self, word: str) -> float:
        return self.idf.get(word, 0.0)

    def in_common(self, word: str) -> float:
        """A word's weight where its absence from the other name is weighed: a word that
        only one document uses tells none of the other's figures apart (a rewrite's own
        words: held, running, figures compare), and weighs little."""
        return self.of_word(word) * (1.0 if word in self.shared else ONE_SIDED)


def score(left: str, right: str, weights: Weights, rates: bool = False) -> float:
    """How alike two names (key()s) are, 0-100, by the weights of the words they share.

    A change (rose by 21,400) never pairs with a level (reached 30.6 million), and a rise
    with a fall only OPPOSED points below; among `rates` (per cent), a name may leave its
    rise unsaid (GDP growth of 0.8%, GDP rose 0.8%, GDP: 0.8%)."""
    a, b = set(left.split()), set(right.split())
    pa, pb = _places(a), _places(b)
    if pa and pb and not pa & pb:
        return 0.0  # the UK's unemployment rate is not the US's
    # a place both name is a word they share (China's growth held at about 7 percent);
    # one that only one names may be the other's unsaid scope
    a, b = (a - pa) | (pa & pb), (b - pb) | (pa & pb)
    ca, cb = a & CHANGES, b & CHANGES
    opposed = len(ca) == len(cb) == 1 and ca != cb
    if ca != cb and not (rates and not (ca and cb)) and not opposed:
        return 0.0
    a, b = a - CHANGES, b - CHANGES
    common = a & b
    shared = sum(weights.in_common(w) for w in common)
    if not shared:
        return 0.0
    cover = shared / min(sum(weights.in_common(w) for w in a),
                         sum(weights.in_common(w) for w in b))
    weight = weights.of_word
    both = 2 * sum(weight(w) for w in common) / (sum(weight(w) for w in a | b)
                                                + sum(weight(w) for w in common))
    value = 100.0 * (COVER_SHARE * cover + (1 - COVER_SHARE) * both)
    return max(0.0, value - OPPOSED) if opposed else value


def _places(words: set[str]) -> set[str]:
    return {w for w in words if w.startswith(PLACE_MARK)}


def cdist(left: Sequence[str], right: Sequence[str], weights: Weights, threshold: float,
          rates: bool = False) -> np.ndarray:
    """score() of every name on the left with every name on the right (0 below the
    threshold), as float32 like rapidfuzz's cdist; only pairs that share a word are scored
    (the others score 0), so that the work grows with the pairs that may match."""
    result = np.zeros((len(left), len(right)), dtype=np.float32)
    holding: dict[str, list[int]] = {}
    for j, b in enumerate(right):
        for word in set(b.split()) - CHANGES:
            holding.setdefault(word, []).append(j)
    for i, a in enumerate(left):
        near = {j for word in set(a.split()) for j in holding.get(word, ())}
        for j in sorted(near):
            value = score(a, right[j], weights, rates)
            if value >= threshold - 0.01:
                result[i, j] = value
    return result
