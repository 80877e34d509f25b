"""What an English figure counts: its metric, from the words around it.

A figure's metric is the noun phrase after it (12,600 households in …), or else the subject
before it (gross domestic product was 126 trillion yuan), found past asides (Trimmed mean
inflation, the preferred measure, was 3.1 per cent) and with the direction of a change
(employment rose by 21,400: "employment rise"); a figure with no subject of its own takes
the metric of the figure before it in the sentence (…, or 2.0 per cent; … to 4.1%; down from
3.4% in the June quarter).  Language knowledge is in lang/en.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np

from checker.extraction.stops import WINDOW, Stops, code_points, look_up, stop_levels
from checker.extraction.words import alternation, cased, trie
from checker.lang import en

_UNITS_IN_WORDS = trie(en.NUMBER_WORDS)
_UNDER_HUNDRED = rf"(?:{trie(en.TENS_WORDS)})(?:-(?:{_UNITS_IN_WORDS}))?|(?:{_UNITS_IN_WORDS})"
# (three hundred and eighty-three thousand; a hundred and twenty-one thousand)
_HUNDREDS = rf"\s+hundred(?:\s+and\s+(?:{_UNDER_HUNDRED}))?"
IN_WORDS = (rf"(?:{trie(en.TENS_WORDS)})(?:-(?:{_UNITS_IN_WORDS}))?(?:{_HUNDREDS})?"
            rf"|(?:{_UNITS_IN_WORDS})(?:{_HUNDREDS})?|a(?={_HUNDREDS}\s+(?:thousand|million|billion)\b)"
            rf"{_HUNDREDS}")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Stops: a clause ends at . ; : ! ? or a line's end not before a digit (2.5, 10:30), or at ", ";
# a sentence at a line's end or at . ! ? before a space.  Each pattern opens with the class of
# its first characters, which the regex engine skips to at once (a pattern that opens with an
# alternation is tried at every position).
_CLAUSE = re.compile(r"[.;:!?\n\r,](?:(?<!,)(?![0-9])|(?<=,)\s)")
_SENTENCE = re.compile(r"[.!?\n\r](?:(?<=[\n\r])|(?=\s))")
# The two patterns above as tables of code points (Boundaries.of): what each stop character
# is, and which characters \s matches (asked of the regex engine itself).  The patterns stay
# as the definition: tests/test_english_stops.py holds the tables to them.
_COMMA, _MARK, _SENTENCE_MARK, _LINE_END = 1, 2, 3, 4  # a clause stop from _MARK on
_STOP_KINDS = stop_levels(",", ";:", ".!?", "\n\r")  # the kinds above, in their order
_SPACE = np.zeros(0x3002, dtype=bool)  # (U+3000 is the last white space)
_SPACE[[ord(c) for c in re.findall(r"\s", np.arange(0x3002, dtype=np.uint32).tobytes().decode(
    "utf-32-le", "surrogatepass"))]] = True
# Abbreviations whose dots end no clause (i.e., e.g., vs.), and circa's before a sum (c.£2bn)
_ABBREVIATIONS = ("i.e.", "e.g.", "vs.", "viz.", "cf.", "approx.")
_CIRCA_BEFORE = re.compile(r"\s?[£$€0-9]")
_ASIDE = re.compile(r"\([^()]*\)")
_DASH_ASIDE = re.compile(r"(?:--|—)(?:(?!--|—).)*(?:--|—)")  # an aside between two dashes
_DASH = re.compile(r"--|—")
# (one token matches where one ends at a word's end: their trie matches as their alternation
# does, with one branch per first character, not one per word)
_TIME_TOKEN = (rf"(?:{trie([*en.TIME_CORE, *en.TIME_WORDS, *en.MONTHS, 'in'])}"
               r"|(?:19|20)\d{2}|[1-9]|1[0-2])")
# the word a time phrase ends with: when itself, not a word that joins (in September and …;
# "in" only inside it: the three months ending in June)
_TIME_END = rf"(?:{trie([*en.TIME_CORE, *en.MONTHS])}|(?:19|20)\d{{2}}|[1-9]|1[0-2])"
# in the year to the first quarter of 2014; for December 2013 to February 2014; in Q1 2014
# The pattern opens with a lead's first character, consumed, at a word's start, and a test
# of its second: both spelt case by case (as the case-ignoring match has them: İ and ı for
# i, ſ for s), so that the regex engine skips at once the positions no lead starts at (\b
# opened it, which had the engine try it at every character).  A lookbehind of a lead's
# first character opens its rest.
_TIME_PHRASE = re.compile(
    rf"(?-i:[{''.join(sorted({cased(w[0]) for w in en.TIME_LEADS}))}])(?<!\w.)"
    rf"(?=(?-i:[{''.join(sorted({cased(w[1]) for w in en.TIME_LEADS}))}]))"
    rf"(?:{'|'.join(f'(?<={w[0]}){w[1:]}' for w in en.TIME_LEADS)})(?:\s+{_TIME_TOKEN}\b)*"
    rf"\s+{_TIME_END}\b",
    re.IGNORECASE)
_TIME_CORE = re.compile(rf"\b(?:{'|'.join([*en.TIME_CORE, *en.MONTHS])}|(?:19|20)\d{{2}})\b",
                        re.IGNORECASE)
# a line that names the figure after its colon: a few words (no clause, no figure) and ": "
_LABEL = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9'’ ,&/-]{1,60}?)[ \t]*:[ \t]*")
_BULLET = "[*•·▪–—●○■□◆◇▶►-]"  # the marks a list's line may open with (— 0.50 percent: …)
# a list line's label and the few words after its colon up to a figure: "- Now (December):
# raised to " (_under_heading); the lines of such a list, and a heading's numbering
_TIMED_LINE = re.compile(rf"[ \t]*(?:{_BULLET}[ \t]*)?([A-Za-z0-9][A-Za-z0-9 ()]{{0,40}}?)"
                         r"[ \t]*:"
                         r"[ \t]*(?:[A-Za-z]+[ \t]+){0,3}")
_WHEN_LABELS = {*en.WHEN_LABELS, *en.MONTHS, *en.TIME_WORDS, *en.TIME_CORE}
_WHEN_OR_AGAINST = _WHEN_LABELS | set(en.BASIS_MARKS)
_TIMED_TOKEN = re.compile(r"(?:19|20)\d\d|q[1-4]")
_LIST_LINE = re.compile(rf"{_BULLET}\s")
_NUMBERING = re.compile(r"^\d{1,2}[.)]\s*")
# the date a name ends with, before the brackets of its value (… for May 2014 (0.4%))
_DATED_END = re.compile(rf"\s+(?:in|for|of|during)\s+(?:(?:{'|'.join(en.MONTHS)})\s+)?"
                        r"(?:19|20)\d\d\s*$", re.IGNORECASE)
# a numbered label that opens a line's sentence (Headline 3:, Figure 7:): no word of a name
_NUMBERED_LABEL = re.compile(r"[ \t]*(?-i:[A-Z][a-z]{2,11})[ \t]+\d{1,2}[ \t]*:[ \t]*")
_SENTENCE_ALONE = re.compile(r"[ \t]*[.!](?:\s|$)")  # a figure that ends its sentence
_ENUMERATOR = re.compile(r"^\s*(?:\(?[a-hA-H]\)|\([ivx]{1,4}\)|[ivx]{1,4}\))\s+")  # b) (c) iii)
# what may stand before a figure that leads its line, and what names it after: "* 0.8%: GDP
# growth", "4.7% – rise in GDP"
_LINE_LEAD = re.compile(rf"[ \t]*(?:{_BULLET}|\d{{1,2}}[.)])?[ \t]*")
_NAMED_AFTER = re.compile(r"[ \t]*(?::|–|—|-{1,2})[ \t]+(?=[A-Za-z])")
_EARLIER_ESTIMATE = re.compile(en.EARLIER_ESTIMATE + r"(?:\s+of\b)?", re.IGNORECASE)
_EARLIER_OPENS = {"the", "previously", "initially", "originally", "first", "initial", "previous",
                  "earlier", "original"}  # the first words _EARLIER_ESTIMATE may match
# a fall of 36,300 (in the claimant count); a fall in wage costs per hour of 0.3%; the
# 12-month change in the core PCE price index was 1.3 percent: what changed is named
_CHANGE_NOUN = "|".join(en.RISE_NOUNS + en.FALL_NOUNS)
_CHANGE_OF = re.compile(rf"\b(?:{_CHANGE_NOUN})s?\s+of\s*$", re.IGNORECASE)
_CHANGE_IN_OF = re.compile(
    rf"\b({_CHANGE_NOUN})s?\s+in\s+([A-Za-z][A-Za-z'’ &-]*?)\s+of\s*$", re.IGNORECASE)
_CHANGE_IN_WAS = re.compile(
    rf"\b({_CHANGE_NOUN}|change)s?\s+in\s+"
    r"([A-Za-z][A-Za-z'’ &-]*?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s*$", re.IGNORECASE)
_WAS_ENDS = (" was", " were", " is", " are", " been")  # how _CHANGE_IN_WAS ends
# y/y, q/q, m/m: what a change is measured against (context.py), never a name
_BASIS_MARK = re.compile(r"\s*(?<![A-Za-z])[yqm]/[yqm](?![A-Za-z])", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:" + "|".join(en.MONTHS) + r"|months?|quarters?|years?|weeks?)\b")
_DIGIT = re.compile("[0-9]")
_PERIOD_LETTERS = ("q", "h", "fy")  # the letters of a period's name before its number (Q4)
# "… was 6.5%. This was: down from 6.9% …": a sentence that says more of the figure before.
_GOES_ON = re.compile(r"(?:[:,;]|\b(?:and|or|but))[ \t\r\n]*$")
_GOES_ON_ENDS = (":", ",", ";", "and", "or", "but")
# "… and it is:", "… They were:": the list after it says more of the sentence's subject
_IT_IS = re.compile(r"\b(?:it|they)\s+(?:is|are|was|were)\s*:\s*$", re.IGNORECASE)
# "This follows a 0.7% increase in Q4 2013": the figure before, in another period
_THIS_WAS = re.compile(r"\s*(?:(?:this|that|these|it)\s+(?:was|were|is|are)\s*:"
                       r"|this\s+(?:follows|followed|compares|came|comes)\b)", re.IGNORECASE)
# The ages after "aged": 16 and over, 16 to 64, 16-64, 65+, from 16 to 24.
_AGE_SPAN = re.compile(r"\d{1,3}(?:\s*(?:-|–|to|and)\s*(?:\d{1,3}|over|older|above)|\+)?\b\s*")
_NOT_WORDS = re.compile(r"[^A-Za-z'’ \t-]")
# Numbers with their units in the words before a figure: left out of its subject (the
# employment rate for people aged 15 to 64 years was …).
_NUMBER_SPAN = re.compile(
    # the qualifier words tried at word starts only (at every character they cost 60 µs a text)
    rf"(?:(?<![A-Za-z])(?:aged\s+(?:from\s+)?)?(?:(?:{alternation(en.PREFIX_QUALIFIERS)})\s+)?)?"
    rf"[$£€]?[0-9][0-9,.]*(?:\s*(?:to|and|-|–)\s*[$£€]?[0-9][0-9,.]*)?"
    rf"(?:\s?(?:{alternation(en.SCALES)})\b)?"
    rf"(?:\s?(?:%|(?:{alternation(en.POINT_WORDS)}|{alternation(en.PERCENT_WORDS)})\b))?"
    rf"(?:\s+(?:{alternation({**en.MEASURE_UNITS, **en.DURATION_UNITS})})\b)?"
    rf"(?:\s+(?:{alternation(en.POSTFIX_QUALIFIERS)})\b)?",
    re.IGNORECASE,
)
BREAK = {*en.METRIC_BREAK, *en.BASIS_MARKS}
NOUN_BREAK = BREAK | set(en.RISE_WORDS) | set(en.FALL_WORDS) | set(en.VERBS)
_VERB_OPENS = re.compile(rf"\s*(?:{'|'.join(en.AUXILIARIES)})\b", re.IGNORECASE)
_SUBJECT_BREAK = NOUN_BREAK - {"of"}  # the number of JSA claimants has fallen: its subject
# What a change is "in" may join words (output per hour; the household and NPISH deflator)
_CHANGED_BREAK = NOUN_BREAK - {"per", "and", "&"}
_PREDICATE_BREAK = (BREAK - {"of"}) | {"the"}  # people are out of work; homes were built
# eight of the 11 regions, three of his last four races
OF_THE_NUMBER = re.compile(
    rf"\s+of\s+(?:(?:the|his|her|its|their|our|my|your)\s+)?(?:(?:last|first|next|past)\s+)?"
    rf"(?:[0-9][0-9,]*|{IN_WORDS})\s+(?=[A-Za-z])", re.IGNORECASE)
_TRAIL = set(en.METRIC_TRAIL)
_LEAD = set(en.METRIC_LEAD)
RISE = set(en.RISE_WORDS)
FALL = set(en.FALL_WORDS)
_CHANGE_NOUNS = {**{w: "rise" for w in en.RISE_NOUNS}, **{w: "fall" for w in en.FALL_NOUNS}}
_COMPARE = set(en.COMPARE_WORDS)
_PART = set(en.PART_WORDS)
_PART_PRONOUNS = set(en.PART_PRONOUNS)
_ADVERBIAL_START = set(en.ADVERBIAL_START)
_REPORTING = set(en.REPORTING_VERBS)
_SAID_TO_THAT = {"us", "me", "him", "her", "them", "you", "reporters", "that"}
_OF_NOUNS = set(en.OF_NOUNS)
_LEVEL_WORDS = set(en.LEVEL_WORDS)
_COMPARE_CUTS = set(en.COMPARE_CUTS)
_CONJUNCTIONS = set(en.CONJUNCTIONS)
_SUBORDINATORS = set(en.SUBORDINATORS)
_ASIDE_START = set(en.ASIDE_START)
_GENERIC = set(en.GENERIC_NOUNS)
_AUXILIARIES = set(en.AUXILIARIES)
_NOT_CHANGE_BEFORE_UP = set(en.NOT_CHANGE_BEFORE_UP)
_PREPOSITIONS = set(en.PREPOSITIONS)
_POSSESSIVES = set(en.POSSESSIVES)
_RELATIVES = set(en.RELATIVES)
_RISE_AFTER = set(en.RISE_AFTER)
_FALL_AFTER = set(en.FALL_AFTER)
# Words after a figure that say when or how it is measured, never what it is.
_NOT_NAMES = set(en.MONTHS) | set(en.NOT_NAMES_AFTER)
# Where the noun phrase after a rate or a change in points stops (_named_after): the unions
# made once here, not for each figure (they hold some hundreds of words)
_NOUN_OR_NOT_NAME = NOUN_BREAK | _NOT_NAMES
_NAME_AFTER_BREAK = _NOUN_OR_NOT_NAME | _RISE_AFTER | _FALL_AFTER | set(_CHANGE_NOUNS)
# Words between "to" and the level it reaches: rose by 254,000 to a record 30.6 million.
_LEVEL_LEAD = {"a", "an", "the", "record", "new", "fresh", "total", "high", "low"}
# … and construction a further 0.1 point: the change of the figure before, again.
_FURTHER = {"further", "another"}
_TRIMMED = _TRAIL | RISE | FALL | _COMPARE | _PART | _PART_PRONOUNS | set(en.FILLERS)
_ARTICLES = {"a", "an", "the"}
_INTERJECTIONS = set(en.INTERJECTIONS)
_SPEAKERS = set(en.SPEAKERS)
_PRONOUNS = {"it", "they", "it's", "it’s", "that's", "that’s", "this", "that"}
_MONTH_WORDS = set(en.MONTHS)
_TIME_FILLER = set(en.TIME_WORDS) | set(en.TIME_LEADS)
_TOKENS = re.compile(r"[a-z]+|[0-9]+")
_AGE_WORDS = {"aged", "from", "to", "and", "over", "under", "between", "older", "above"}
# … after shrinking 0.5%; after a 5.0% gain: "after" then only these before a figure makes it
# the value before, compared with (not "income after tax")
_AFTER_CHANGE = _ARTICLES | RISE | FALL | set(_CHANGE_NOUNS)
# Nouns that say what kind of number follows "of", not what it measures (at a rate of 0.8%)
_WEAK_OF = set(en.WEAK_OF_NOUNS)
MAX_WORDS = 8


@dataclass(frozen=True)
class Named:
    """A figure's name: its metric, the metric without its change word, and its subject
    (what "its" and "their" refer to in the clauses after it)."""

    metric: str = ""
    base: str = ""
    subject: str = ""
    own: str = ""  # the base without the owner "its" stood for (unemployment rate)
    change: str = ""  # rise, fall or nothing


@dataclass(frozen=True)
class Last:
    """The last figure named in prose that may name the figures after it in its sentence."""

    named: Named = Named()
    end: int = -1
    sentence: int = -1
    unit: str | None = None


@dataclass(frozen=True)
class Boundaries:
    """Where the clauses and sentences of a text end, found in one pass."""

    clauses: Stops
    sentences: Stops

    @classmethod
    def of(cls, text: str) -> Boundaries:
        """The stops that _CLAUSE and _SENTENCE find, every character tested at once (a
        match object for each stop costs more than the rest of this): a stop character and
        the one after it (a code point 0 past the end, neither digit nor space) say it."""
        points = code_points(text)
        kind = look_up(_STOP_KINDS, points)
        for start, end in _abbreviations(text):  # (i.e. 0.25%-0.50%: one clause goes on)
            kind[start:end] = 0
        following = np.zeros_like(points)
        following[:-1] = points[1:]
        spaced = look_up(_SPACE, following)
        digit = (following >= ord("0")) & (following <= ord("9"))
        comma = (kind == _COMMA) & spaced  # ", " ends a clause with its space
        clause = comma | (kind >= _MARK) & ~digit  # "." or ";" not before a digit (1.5, 3:2)
        # a line end right after a comma is in that comma's match already
        clause[1:] &= ~(comma[:-1] & (kind[1:] == _LINE_END))
        starts = np.flatnonzero(clause)
        ends = starts + 1 + comma[starts]
        sentence = (kind == _LINE_END) | (kind == _SENTENCE_MARK) & spaced
        # a line that ends in a colon, a comma or "and" goes on in the next (This was:\n up
        # 14.1 million from …,\n up 35.0 million on a year earlier, and\n up …)
        sentences = [at + 1 for at in np.flatnonzero(sentence).tolist()
                     if text[at] not in "\n\r" or not _goes_on(text, at)]
        return cls(Stops(starts.tolist(), ends.tolist(), len(text)),
                   Stops(sentences, sentences, len(text)))

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around text[start:end] (at most WINDOW characters either side)."""
        return self.clauses.back_to(start), self.clauses.forward_to(end)

    def sentence(self, start: int) -> int:
        """Where the sentence around `start` begins (at most 2 × WINDOW characters back)."""
        return self.sentences.back_to(start, window=2 * WINDOW)


def _abbreviations(text: str) -> Iterator[tuple[int, int]]:
    """Where the abbreviations of _ABBREVIATIONS stand as words, and c. before a sum (found
    by str.find, which passes over a text far faster than a pattern tried at each place)."""
    for word in (*_ABBREVIATIONS, "c."):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (not at or not (text[at - 1].isalpha() or text[at - 1] == ".")) and (
                    word != "c." or _CIRCA_BEFORE.match(text, end)):
                yield at, end
            at = text.find(word, end)


def _goes_on(text: str, line_end: int) -> bool:
    """Whether the line that ends at `line_end` ends in a colon, a comma or "and" (the cheap
    test first: a line ends so only where its last word or mark is one of these)."""
    start = max(0, line_end - 24)
    return (text[start:line_end].rstrip(" \t\r\n").endswith(_GOES_ON_ENDS)
            and _GOES_ON.search(text, start, line_end) is not None)


def words_after(text: str, end: int, clause_end: int) -> list[str]:
    """The words right after a figure, up to anything but a word (a number, a bracket), past
    an age span (30.64 million people aged 16 and over in work: people in work); none before
    a basis mark (418,900 y/y)."""
    if _BASIS_MARK.match(text, end):
        return []
    cut = _NOT_WORDS.search(text, end, clause_end)
    found = [w.lower() for w in WORD.findall(text, end, cut.start() if cut else clause_end)]
    if found and found[-1] in _PERIOD_LETTERS and cut and text[cut.start()].isdigit():
        found.pop()  # a 0.7% increase in Q4 2013: the quarter's letter, no name
    aged = next((n for n in (1, 2) if found[-n:] in (["aged"], ["aged", "from"])), 0)
    age = _AGE_SPAN.match(text, cut.start()) if cut and aged else None
    if age is None:
        return found
    return found[:-aged] + (words_after(text, age.end(), clause_end)
                            if age.end() < clause_end else [])


def until(words: list[str], stops: set[str], limit: int = MAX_WORDS) -> list[str]:
    taken: list[str] = []
    for word in words:
        if word in stops or len(taken) == limit:
            break
        taken.append(word)
    return taken


@dataclass(frozen=True)
class _Subject:
    """The words before a figure, read: the subject left after verbs and small words, and
    what the trimmed words said of the figure."""

    words: list[str]
    change: str = ""  # rise or fall
    level: bool = False  # … rose 8.4 per cent to 12,480: a level, not the change
    compare: bool = False  # … down from 3.4%: the value compared with
    part: bool = False  # … of whom about 29,000: a part of the figure before
    owner: str = ""  # what its/their stood for (its unemployment rate: the Capital region)
    pronoun: bool = False  # … it reached €586.2 billion: the subject is the one before
    adverbial: str = ""  # … on the quarter to 717,000: when or where, not what (its preposition)
    elided: bool = False  # … and imports by 1.7 percent (a further 0.1): the verb before


def _subject(segment: str, after_figure: bool, possessor: str, ranged: bool = False,
             ) -> _Subject:
    if "(" in segment:
        segment = _ASIDE.sub(" ", segment)
    if "--" in segment or "—" in segment:
        segment = _DASH_ASIDE.sub(" ", segment)  # the ratio--the proportion of …--was 64.3%
    segment = _TIME_PHRASE.sub(_unless_timeless, segment)
    if "/" in segment:
        segment = _BASIS_MARK.sub(" ", segment)
    if _DIGIT.search(segment):
        segment = _NUMBER_SPAN.sub(" ", segment)
    if "estimate" in segment or "reported" in segment or "published" in segment:
        # …, revised up from the previously estimated 0.6%: the earlier estimate of the
        # figure before, as "compared with" it
        segment = _EARLIER_ESTIMATE.sub(" compared ", segment)
    words = WORD.findall(segment.lower())
    # … 96,300 people and natural increase 28,100: after the conjunction; … said two-thirds
    cuts = [i for i, word in enumerate(words) if word in _REPORTING or word in _COMPARE_CUTS
            or (after_figure and word in _CONJUNCTIONS)
            or (word == "after" and set(words[i + 1:]) <= _AFTER_CHANGE)]
    compared = bool(cuts) and (words[cuts[-1]] in _COMPARE_CUTS or words[cuts[-1]] == "after")
    words = words[cuts[-1] + 1:] if cuts else words
    while cuts and words[:1] and words[0] in _SAID_TO_THAT:
        words.pop(0)  # … tells us that the saving ratio: whom it was said to, and "that"
    change, level, compare, part, pronoun = "", False, False, False, False
    popped: list[str] = []
    while words and (words[-1] in _TRIMMED or (
            (words[-1] in _CHANGE_NOUNS or words[-1] in _OF_NOUNS)
            and popped[-1:] in (["of"], ["by"]))):
        word = words.pop()
        if word == "up" and words[-1:] and words[-1] in _NOT_CHANGE_BEFORE_UP:
            word = words.pop()  # made up 17.9 per cent: a share, no change
        level = level or (word in _LEVEL_WORDS and all(p in _LEVEL_LEAD for p in popped))
        if ranged and word == "from" and not popped:
            # revised up from 2.7% to 5.0%; …, total fixed investment from 0.6% to 2.4%: the
            # two levels of the subject, compared with nothing
            level = True
        else:
            compare = compare or word in _COMPARE
        part = part or word in _PART or (word in _PART_PRONOUNS and words[-1:] == ["of"])
        if word in ("it", "they"):
            pronoun, words = True, []  # over the year to March it reached …
        if not change:
            change = ("rise" if word in RISE else "fall" if word in FALL
                      else _CHANGE_NOUNS.get(word, ""))
        popped.append(word)
    if popped == ["of"]:
        words = _phrase_of(words)
    if change and "with" in words[:-1]:
        # the recovery continuing with GDP in real terms growing by 0.8%: what grows follows
        # "with"
        words = words[len(words) - words[::-1].index("with"):]
    if words and words[-1] in _PRONOUNS and all(w in _LEAD for w in words[:-1]):
        pronoun, words = True, []  # They rose 0.1 per cent; now it's 1.5: the subject before
    if words and set(words) <= _INTERJECTIONS:
        words = []  # Yes, point eight per cent: a spoken answer names nothing
    compare = compare or (compared and all(w in _LEAD for w in words))  # compared with 11,510
    owner = ""
    adverbial = words[0] if words and words[0] in _ADVERBIAL_START else ""
    while words and words[0] in _LEAD:
        if words[0] in _POSSESSIVES:
            owner = possessor  # its unemployment rate: the Capital region's
        words.pop(0)
    words = words[-MAX_WORDS:]
    while len(words) > 1 and (words[0] in _PREPOSITIONS or words[0] in _MONTH_WORDS):
        words.pop(0)  # (the number) of people working part time …; July hiring
    return _Subject(words, "" if level or compare else change, level, compare, part,
                    owner if words else "", pronoun, adverbial, popped == ["by"] or bool(_FURTHER & set(popped)))


def _phrase_of(words: list[str]) -> list[str]:
    """The noun phrase that "of" before a figure completes, where a preposition opens it (at
    an offering rate of 0.25 percent; and by a per-counterparty limit of $30 billion; with a
    trade deficit of £5.5 billion): it names the figure, not the clause it ends.  Where a verb
    opens it (net trade made a contribution of 0.3%), the subject before stays; so do the words
    before a phrase that says only what kind of number it is (fell to a rate of 6.5%)."""
    for size in range(1, 5):
        at = len(words) - size - 1
        if at < 1 or words[at + 1] in _PREPOSITIONS:
            break
        if words[at] in _ARTICLES:
            phrase = words[at + 1:]
            if words[at - 1] in _PREPOSITIONS and not set(phrase) <= _WEAK_OF:
                return phrase
            break
    return words


def _unless_timeless(phrase: re.Match[str]) -> str:
    """A phrase that says when, taken out of a figure's subject (growth of output per hour in
    the year to the first quarter of 2014: growth of output per hour); kept where it names
    no time (for the federal funds rate, in the 16 to 24 age group)."""
    return " " if _TIME_CORE.search(phrase.group()) else phrase.group()


# the states that the synonyms of names give (in work, out of work, in employment)
_STATES = sorted({tuple(phrase.split()) for names in en.METRIC_SYNONYMS for phrase in names
                  if phrase.split()[0] in _PREPOSITIONS or phrase.startswith(("out of ",
                                                                             "without "))},
                 key=lambda phrase: (-len(phrase), phrase))


def _counted(after: list[str], noun_needed: bool = False) -> str:
    """What a count counts, from the words after it: the noun (12,600 households), with what
    is said of it at once (10,350 homes were finished), or that alone where the noun only
    says that people are counted (136,200 people are out of work; 20 million were trained)."""
    noun = until([w for w in after if not w.startswith(("a-", "an-", "per-"))], NOUN_BREAK)
    if not noun:  # 30.64m in work: a state that names whom it counts, the noun left unsaid
        state = next((phrase for phrase in _STATES if tuple(after[:len(phrase)]) == phrase), ())
        if state:
            return " ".join(state)
    if noun_needed and not noun:
        return ""
    rest = after[len(noun):]
    core = [w for w in noun if w not in _GENERIC]
    predicate: list[str] = []
    if rest[:1] and (rest[0] in _AUXILIARIES or (noun and not core)):
        while rest[:1] and rest[0] in _AUXILIARIES:
            rest = rest[1:]
        lead = rest[:1] if rest[:1] == ["in"] else []  # … people were in employment
        predicate = lead + until(rest[len(lead):], _PREDICATE_BREAK, 3)
        where = rest[len(lead) + len(predicate):]
        if len(predicate) == 1 and predicate[0].endswith("ed") and where[:1] == ["in"]:
            # 1.07 million people were employed in public administration: where, too
            place = where[2:] if where[1:2] == ["the"] else where[1:]
            predicate += ["in", *until(place, _PREDICATE_BREAK, 4)]
    return " ".join(core + predicate)


def metric_of(text: str, clause_start: int, start: int, end: int, clause_end: int, kind: str,
            last: Last, sentence: int, stops: Boundaries, ranged: bool = False,
            ) -> tuple[Named, bool]:
    """The name of a figure in prose (`ranged`: a range, from its first number to its
    second), and whether it stands in an aside (in brackets, or in a clause of which/who),
    whose figures do not name the figures after them; where its words name nothing, the
    heading of the list whose line it leads (_under_heading)."""
    named, aside = _metric_of(text, clause_start, start, end, clause_end, kind, last, sentence,
                              stops, ranged)
    # (the heading is looked for only where the words name nothing but when)
    heading = _under_heading(text, start) if set(named.base.split()) <= _WHEN_LABELS else ""
    if heading:
        return Named(f"{heading} {named.change}".strip(), heading, heading, heading,
                     named.change), aside
    if (named.base and set(named.base.split()) <= _WHEN_OR_AGAINST and last.sentence == sentence
            and last.named.metric and last.end <= start):
        # Vacancies 648k for Apr-Jun, +117k yoy; ULCs +0.1% QoQ, +1.4% YoY: a name that
        # only says when or against what is the figure before's, its change its own
        base = last.named.base or last.named.metric
        return Named(f"{base} {named.change}".strip(), base, last.named.subject,
                     last.named.own, named.change), aside
    return named, aside


def _metric_of(text: str, clause_start: int, start: int, end: int, clause_end: int, kind: str,
               last: Last, sentence: int, stops: Boundaries, ranged: bool = False,
               ) -> tuple[Named, bool]:
    label = _label(text, start)
    if label:
        return Named(label, label, label, label), False
    led = _led_line(text, start, end, stops)
    if led:
        return led, False
    same = (last.sentence == sentence or _THIS_WAS.match(text, sentence) is not None
            and last.sentence == stops.sentence(max(0, sentence - 1))
            ) and last.end <= start and bool(last.named.metric)
    floor = max(clause_start, last.end) if same else clause_start
    if (not same and last.named.metric and last.end <= start and not text[sentence:start].strip()
            and _SENTENCE_ALONE.match(text, end)
            and last.sentence == stops.sentence(max(0, sentence - 1))):
        # … more than 30.6 million people in work in this country. Thirty point six million.:
        # a figure said again as a sentence of its own
        return last.named, False
    segment = text[floor:start]
    if "—" in segment and text.count("—", sentence, floor) % 2:
        # 2.12 million unemployed — still too many, friends, far too many — but that is
        # 121,000 fewer: an aside of clauses, closed in the figure's clause
        segment = segment[segment.rindex("—") + 1:]
    if floor == clause_start:  # 3. b) Joblessness held at 5.1%: a list's letter, no word
        segment = _ENUMERATOR.sub("", segment, count=1)
    valued = False  # named by the words right before its brackets
    if "(" in segment and ")" not in segment[segment.rindex("("):]:
        if same and not segment[:segment.rindex("(")].strip():
            inside = WORD.findall(segment[segment.rindex("(") + 1:].lower())
            if inside[:1] and inside[0] in _LEVEL_WORDS and last.named.change:
                # fell by 121,000 (to 2.12 million): the level the change reached
                told = last.named
                return Named(told.base, told.base, told.subject, told.own), True
            return last.named, True  # £250m ($492 million): the same figure in another unit
        paren = segment.rindex("(")
        counted = last.unit or ""  # a count's unit is its noun (person, job)
        noun_only = same and counted.isalpha() and counted.islower() and len(
            WORD.findall(segment[:paren])) == 1  # three-quarters of a million people (749,000)
        if noun_only:
            return last.named, True  # the figure before, counted in digits
        named_before = _DATED_END.sub("", segment[:paren])
        if WORD.search(segment, paren) is None and WORD.search(named_before[-3:]):
            # the jobless rate for adult women (3.6 percent); as imports (-1.2%) fell: a
            # figure that opens its brackets right after a name is the value of that name
            # (the growth rate for total pay for May 2014 (0.4%): its date aside)
            segment = _listed_after_dash(named_before)
            aside, valued = False, True
        else:
            segment = segment[paren + 1:]
            aside = True
    else:
        first = WORD.search(text, clause_start, start)
        aside = (clause_start > sentence and first is not None
                 and first.group().lower() in _RELATIVES)
    read = _subject(segment, floor > clause_start, last.named.subject if same else "", ranged)
    if valued and read.words:
        # the rates decreased for adult women (3.5 percent): the level of the rate, its
        # change said of the list
        read = replace(read, words=[w for w in read.words if w not in RISE and w not in FALL])
    if valued and same and read.words and not read.adverbial and not read.change:
        # the rate fell for adult women (3.6 percent) and Hispanics (5.4 percent): the name
        # before, for the group this one is of
        swapped = _swapped_scope(last.named.base, replace(read, adverbial="for"))
        if swapped:
            read = replace(read, words=swapped.split())
    if same and not read.words and last.end < clause_start and not segment.strip():
        # Both the number of unemployed, 5.9 million, and the jobless rate, 3.7 percent, rose:
        # a figure set off by commas right after a name of its own, not the figure before's
        between = _subject(text[last.end:clause_start], True, "")
        if between.words and not (between.compare or between.part or between.pronoun):
            read = between
    if (not same and read.words and read.words[0] in _AUXILIARIES and clause_start > sentence
            and _VERB_OPENS.match(text, clause_start)):
        # …, when compared with a year ago, has been rising since 2012 and was 2.2% higher: a
        # clause that opens with its verb has its subject in a clause before
        read = replace(read, words=[])
    after = words_after(text, end, clause_end)
    if after and after[0] in _EARLIER_OPENS and _EARLIER_ESTIMATE.match(
            " ".join(after[:4]).removeprefix("the ")):
        after = []  # the 1.4 per cent first estimated: an estimate, no name (context reads it)
    # (the patterns asked only of a segment that may end as they do)
    tail = segment[-12:].rstrip()
    changed = None if " in " not in segment else (
        _CHANGE_IN_OF.search(segment) if tail.endswith(" of") else
        _CHANGE_IN_WAS.search(segment) if tail.endswith(_WAS_ENDS) else None)
    if changed:
        # a fall in wage costs per hour of around 0.3%: what changed stands between
        what = _what_changed(WORD.findall(changed.group(2).lower()))
        if what:
            return _change_named(what, _CHANGE_NOUNS.get(changed.group(1).lower(), "")), aside
    if read.change and after[:1] == ["in"] and _CHANGE_OF.search(segment):
        # a fall of 36,300 in the claimant count: what changed follows "in"
        what = _what_changed(after[1:])
        if what and what[0] not in _NOT_NAMES:
            return _change_named(what, read.change), aside
    part = read.part or (len(after) >= 2 and after[0] == "of" and after[1] in _PART_PRONOUNS)
    if part and after[:1] == ["of"]:
        after = after[2:]  # about 29,000 of them for a year or longer
    change = read.change or ("rise" if after[:1] and after[0] in _RISE_AFTER else
                             "fall" if after[:1] and after[0] in _FALL_AFTER else "")
    if read.elided and same and not change:
        change = last.named.change  # … grew by 2.4 percent and imports by 1.7 percent
    counted = ""
    if (kind in ("count", "number", "measure", "ratio") or (kind == "money" and not read.words)
            ) and not (same and read.compare):  # compared with 175,000 completed in 2024
        # Capital spending of $3.4 billion included …: money is named before it;
        # of whom 29,000 had been looking for work: a part is named from the figure before
        # 418,900 fewer claimants than a year ago: what is counted follows the change word
        counted = _counted(after[1:] if after[:1] and (
            after[0] in _RISE_AFTER or after[0] in _FALL_AFTER) else after, part)
        if counted and kind == "ratio":
            counted = f"share of {counted}"  # one in five employed people: a share of them
    if counted:
        return Named(f"{counted} {change}".strip(), counted, counted, counted, change), aside
    own = "" if read.pronoun or (same and read.adverbial) else " ".join(read.words)
    subject = f"{read.owner} {own}".strip()
    if same and read.words and read.words[-1].endswith(("'s", "’s")):
        # … above the Capital's 3.2%: the Capital's unemployment, after the Far North's
        head = " ".join(until(last.named.base.split(), _PREPOSITIONS))
        subject = f"{read.words[-1][:-2]} {head}"
    if subject and not (same and (read.compare or read.part)):
        base = subject  # from 9 to 12 million tonnes: 9 is the value compared with
        metric = f"{subject} {'compared' if read.compare else change}".strip()
    elif same and (read.compare or part):
        base = last.named.own if after[:1] == ["in"] else last.named.base  # …, against 6.9% in
        phrase = [w for w in after[:MAX_WORDS] if w not in _AUXILIARIES and w != "the"]
        when = next((n for n, w in enumerate(phrase) if w in _PREPOSITIONS and any(
            _TIME_CORE.fullmatch(later) for later in phrase[n + 1:n + 4])), None)
        if when is not None:  # … down from 8.2% in September: when, no name (context reads it)
            phrase = phrase[:when]
        while phrase and phrase[-1] in _PREPOSITIONS:
            phrase.pop()
        if phrase and phrase[0] in _CHANGE_NOUNS:
            # … rose 0.5%, following a 1.8% increase in Q4 2013; This follows a 0.7% increase:
            # the same change, of another period
            metric = f"{base} {_CHANGE_NOUNS[phrase[0]]}"
        else:
            metric = " ".join([base, *(phrase or ["compared"])])  # … down from 4.8 per cent
    elif same:
        base = last.named.base
        swapped = _swapped_scope(base, read)
        if swapped:  # the rate for men was 78.1% and for women 68.1%: the rate for women
            base = swapped
            metric = f"{base} {change or last.named.change}".strip()
        elif read.level or change:
            metric = f"{base} {'' if read.level else change}".strip()
        else:
            metric, change = last.named.metric, last.named.change
    elif read.pronoun and last.named.base and last.end <= start and (
            last.sentence == sentence or last.sentence == stops.sentence(max(0, sentence - 1))):
        base = last.named.base  # … 1.9%. It rose 0.1 per cent: what the figure before measured
        metric = f"{base} {change}".strip()
    elif read.pronoun and (before := _previous_subject(text, sentence, stops)):
        base = before  # The claimant count has fallen … It stood at 1.04 million: its subject
        metric = f"{base} {change}".strip()
    else:
        base = _subject_before_asides(text, sentence, clause_start, stops) or " ".join(
            w for w in until(after, NOUN_BREAK) if w in _GENERIC)
        metric = f"{base} {change}".strip() if base else ""
    if kind in ("percent", "points"):
        # a 1/4 percentage point increase in the discount rate; the 0 to 1/4 percent target
        # range for the federal funds rate; a 2 percent objective: what stands after it
        named, whole = _named_after(after)
        if whole or metric.rsplit(" ", 1)[-1] != named:  # (a change said once)
            metric = named if whole else f"{metric} {named}".strip()
        if whole:  # … to 1.25 percent: the level of the discount rate, after its increase
            base = subject = own = named.rsplit(" ", 1)[0]
            change = named.rsplit(" ", 1)[1]
    if kind in ("percent", "ratio") and after[:1] == ["of"]:
        share = [w for w in until(after[1:], BREAK) if w != "the"]
        if share and kind == "percent":
            # 73.1% of people aged from 16 to 64 were in work: the people in work
            ageless = [w for n, w in enumerate(after[1:]) if not _in_age(after[1:], n)]
            noun = until(ageless, NOUN_BREAK)
            if noun and ageless[len(noun):len(noun) + 1] and ageless[len(noun)] in _AUXILIARIES:
                share = _counted(ageless).split() or share
        if share:  # 16.7 per cent of GSP
            if same:  # 78.1% of men and 68.1% of women: the share is its own, not the one before
                metric = metric.split(" share of ")[0] if " share of " in metric else (
                    "" if metric.startswith("share of ") else metric)
            of = " " if share[0] == "in" else " of "  # the share in work, of men employed
            metric = f"{metric} share{of}{' '.join(share)}".strip()
    of_the = OF_THE_NUMBER.match(text, end)
    if of_the:  # Employment increased in 9 of the 12 regions: regions
        counted = _counted(words_after(text, of_the.end(), clause_end))
        metric = f"{counted} {metric}".strip()
    return Named(metric, base or metric, subject or base, own or base or metric, change), aside


def _in_age(words: list[str], at: int) -> bool:
    """Whether words[at] belongs to an age said in words (aged from to, aged and over): the
    numbers are out of `words` already."""
    start = at
    while start > 0 and words[start] in _AGE_WORDS and words[start] != "aged":
        start -= 1
    return words[start] == "aged" and all(w in _AGE_WORDS for w in words[start:at + 1])


def _only_when(segment: str) -> bool:
    """Whether a clause says only when (March to May 2014; the first quarter of 2014)."""
    words = _TOKENS.findall(segment.lower())
    return bool(words) and all(_TIME_CORE.fullmatch(w) or w in _TIME_FILLER or w.isdigit()
                               for w in words)


def _listed_after_dash(segment: str) -> str:
    """Rates for the other groups--adult men (3.2 percent): the words before a list that a dash
    opens, for the group the list names ("rates for adult men"); the segment as it is where
    no dash opens a list."""
    dashes = list(_DASH.finditer(segment))
    if len(dashes) % 2 == 0:
        return segment
    before, listed = segment[:dashes[-1].start()], segment[dashes[-1].end():]
    at = before.rfind(" for ")
    return f"{before[:at]} for {listed}" if at >= 0 else listed


def _swapped_scope(base: str, read: _Subject) -> str:
    """The name of a figure that restates the one before for another group or place (the
    employment rate for men was 78.1% and for women 68.1%; unemployment in London and in
    Wales): the name before with its phrase of that preposition replaced ("" if none)."""
    if not read.adverbial or not read.words or read.change:
        return ""
    words = base.split()
    if read.adverbial not in words or read.words[0] == read.adverbial:
        phrase = read.words[1:] if read.words[0] == read.adverbial else read.words
    else:
        phrase = read.words
    if read.adverbial not in words or not phrase or any(w in _NOT_NAMES for w in phrase):
        return ""
    return " ".join([*words[:words.index(read.adverbial) + 1], *phrase])


def _label(text: str, start: int) -> str:
    """The name a line gives the figure right after its colon (a factbox, a list: "Jobless
    rate, September: 5.1 percent"; "Core PCE prices, 12 months to August: +1.4 percent"):
    the words before the colon without those that say when ("" where the line is prose)."""
    line = text.rfind("\n", 0, start) + 1
    found = _LABEL.fullmatch(text, line, start)
    if found is None or found.group(1).strip().lower() in _SPEAKERS:
        return ""  # (HOST: Three per cent: a speaker, no label)
    parts = [part for part in found.group(1).lower().split(",")
             if part.strip() and not _WHEN.search(part)]
    words = WORD.findall(" ".join(parts[:1]))
    return " ".join(words) if 0 < len(words) <= MAX_WORDS else ""


def _under_heading(text: str, start: int) -> str:
    """The name of a figure on a list's line whose label says only when ("- Now (December):
    raised to 1/4 to 1/2 percent", "June 2014: 6.5%"): the heading of the list, the first line
    above its lines that is not one of them, when it is a short title (7. Interest on excess
    reserves (IOER)); "" for any other figure."""
    line = text.rfind("\n", 0, start) + 1
    found = _TIMED_LINE.fullmatch(text, line, start)
    if found is None or not all(
            w in _WHEN_LABELS or _TIMED_TOKEN.fullmatch(w)
            for w in found.group(1).lower().replace("(", " ").replace(")", " ").split()):
        return ""
    above = line - 1
    while above > 0:
        top = text.rfind("\n", 0, above) + 1
        heading = text[top:above].strip()
        if heading and not _LIST_LINE.match(heading):
            words = WORD.findall(heading)
            if heading[-1] in ".!?" or not 0 < len(words) <= MAX_WORDS or _DIGIT.search(
                    _NUMBERING.sub("", heading)):
                return ""
            return " ".join(w.lower() for w in words)
        above = top - 1
    return ""


def _led_line(text: str, start: int, end: int, stops: Boundaries) -> Named | None:
    """The name of a figure that leads its line (after a bullet at most) and is named after a
    colon or a dash (BY THE NUMBERS: "0.8%: GDP growth, January to March"; "4.7% – rise in GDP
    in cash terms"): the words after it to the clause's end; None for any other figure."""
    line = text.rfind("\n", 0, start) + 1
    if not _LINE_LEAD.fullmatch(text, line, start):
        return None
    dash = _NAMED_AFTER.match(text, end)
    if dash is None:
        return None
    clause_end = stops.clauses.forward_to(dash.end())
    words = WORD.findall(text, dash.end(), clause_end)
    after = [w.lower() for w in words]
    named, whole = _named_after(after)
    if whole:  # rise in GDP in cash terms: GDP rise
        base, change = named.rsplit(" ", 1)
        return Named(named, base, base, base, change)
    read = _subject(text[dash.end():clause_end], False, "")
    base = " ".join(read.words)
    if not base:
        return None
    metric = f"{base} {read.change}".strip()
    return Named(metric, base, base, base, read.change)


def _named_after(after: list[str]) -> tuple[str, bool]:
    """The noun phrase right after a rate or a change in points that names it, and whether
    it names it whole: "increase in the discount rate" does (discount rate rise, whatever
    voted to approve it); "target range for the federal funds rate" adds to the subject
    before it; nothing is said by "in the quarter", "over the year", "higher than …"."""
    # a word or two may tell the change's kind first: a 0.4% annual rise in output per hour
    lead = next((n for n, w in enumerate(after[:3]) if w in _CHANGE_NOUNS), 0)
    if lead and any(w in NOUN_BREAK for w in after[:lead]):
        lead = 0
    change = _CHANGE_NOUNS.get(after[lead], "") if after else ""
    if change and after[lead + 1:lead + 2] in (["in"], ["of"]):
        what = _what_changed(after[lead + 2:])
        if what and what[0] not in _NOT_NAMES:
            return " ".join([*what, change]), True
        return change, False
    if after[:1] in (["off"], ["away"]):
        return "", False  # knocked 0.2 points off the total: the verb's particle, no name
    nouns = until(after, _NAME_AFTER_BREAK, 4)
    if not nouns:
        return "", False
    rest = after[len(nouns):]
    if rest[:1] in (["for"], ["of"]):
        nouns += [w for w in until(rest[1:], _NOUN_OR_NOT_NAME, 5) if w != "the"]
    return " ".join(nouns), False


def _what_changed(words: list[str]) -> list[str]:
    """The noun phrase a change is "in" (or "of"), from its first words (the per hour and
    the and kept, the articles left out); none where it only says when (in the fourth
    quarter)."""
    what = [w for w in until(words, _CHANGED_BREAK) if w != "the"]
    return what if what and not _WHEN.fullmatch(what[-1]) else []


def _change_named(what: list[str], change: str) -> Named:
    """The name of a change in what `what` says (its base, subject and own name alike)."""
    name = " ".join(what)
    return Named(f"{name} {change}".strip(), name, name, name, change)


def _previous_subject(text: str, sentence: int, stops: Boundaries) -> str:
    """The subject that opens the sentence before (The claimant count has fallen for 20
    months. It stood at 1.04 million): what a pronoun that opens a figure's sentence stands
    for where no figure before it names it; "" where that sentence opens otherwise."""
    if sentence <= 0:
        return ""
    words = WORD.findall(text[stops.sentence(sentence - 1):sentence].lower())
    while words and words[0] in _LEAD:
        words.pop(0)
    lead = until(words, _SUBJECT_BREAK)
    if not lead or lead[0] in _PREPOSITIONS or len(lead) == len(words) or not (
            words[len(lead)] in _AUXILIARIES or words[len(lead)] in RISE
            or words[len(lead)] in FALL):
        return ""
    return " ".join(lead)


def _subject_before_asides(text: str, sentence: int, clause_start: int, stops: Boundaries,
                           ) -> str:
    """The subject of a sentence whose figure's clause has none (Rents, up 6.8%, …;
    Trimmed mean inflation, the preferred measure of …, was 3.1 per cent): the nearest
    clause before it that is not itself an aside."""
    label = _NUMBERED_LABEL.match(text, sentence)
    if label and label.end() < clause_start:
        sentence = label.end()  # (what follows it opens the sentence, no aside)
    starts = [sentence, *stops.clauses.ends_between(sentence, clause_start)]
    for index in range(len(starts) - 2, -1, -1):
        segment = text[starts[index]:starts[index + 1]]
        pointer = _IT_IS.search(segment)
        if pointer:  # The number of JSA claimants has fallen … and it is:\n down 36,300 …
            lead = until(WORD.findall(segment[:pointer.start()].lower()), _SUBJECT_BREAK)
            while lead and lead[0] in _LEAD:
                lead.pop(0)
            if lead:
                return " ".join(lead[:MAX_WORDS])
        if segment.strip(" \t:").lower() in _SPEAKERS:
            continue  # HOST: / GUEST: / Q: a speaker, no subject
        if index and _only_when(segment):
            continue  # The rate for the latest period, March to May 2014, was 6.5%: when
        first = (WORD.findall(segment) or [""])[0].lower()
        if (index and (first in _ASIDE_START or first in _SUBORDINATORS
                       or first.endswith("ed"))) or first in _PREPOSITIONS:
            continue  # …, the preferred measure of …,  / …, published last week, / In 2023,
        words = _subject(segment, False, "").words
        if words:
            return " ".join(words)
    return ""
