"""English extraction: the unit of a figure, from the words written with it and around it.

The notation is docs/figures.md's "Units of English figures": ISO codes for money, `%`,
`percentage points`, measures as symbols or singular nouns, rates as NUMERATOR/DENOMINATOR
($61 a barrel → USD/barrel), a count's noun in the singular (1,200 jobs → job).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from checker.extraction.english_names import (
    BREAK,
    NOUN_BREAK,
    OF_THE_NUMBER,
    WORD,
    Boundaries,
    Named,
    until,
    words_after,
)
from checker.extraction.numerals import Numeral
from checker.extraction.words import alternation, cased
from checker.lang import en

MONEY_BEFORE = {**en.CURRENCY_SYMBOLS, **{code: code for code in en.CURRENCY_CODES},
                "RMB": "CNY"}
UNIT_WORDS = {**en.MEASURE_UNITS, **en.DURATION_UNITS,
              **{word: "times" for word in en.TIMES_WORDS}}
_DENOMINATOR_WORDS = alternation(en.RATE_DENOMINATORS)
# $61 a barrel, RM120 a month, 90 miles/hour; after per, any noun (£4,960 per incident)
_RATE = re.compile(
    rf"(?:(?:\s*/\s*|\s+(?:a|an|each|every)\s+|-(?:a|an|per)-)(?P<den>{_DENOMINATOR_WORDS})\b"
    rf"|\s+per\s+(?P<per>{_DENOMINATOR_WORDS}|[A-Za-z]+)\b(?!-))"
    rf"(?P<ago>\s+(?:{alternation(en.NOT_RATE_AFTER)})\b"
    rf"(?!\s+(?:{alternation(en.PAID_BEFORE)})\b))?", re.IGNORECASE)
_TIMES = set(en.DURATION_UNITS.values())
_DENOMINATORS = {word.lower(): unit for word, unit in en.RATE_DENOMINATORS.items()}
_RATE_UNITS = {"mile/hour": "mph", "km/hour": "km/h"}
_HEADER_UNIT = re.compile(r"\((?P<unit>[^()]*)\)")
_PERCENT_AHEAD = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_PER_AFTER = re.compile(r"-(?:an?|per)-", re.IGNORECASE)
_AGED = re.compile(r"\bage[sd]?\s+(?:(?:from|between|of)\s+)?\Z", re.IGNORECASE)
def _any_word(words: Iterable[str]) -> re.Pattern[str]:
    """`\\b(?:words)\\b` with the case ignored, written to open with a class of the words'
    first letters (every character the case-blind letter matches), then the rest of the
    words of the letter taken: the regex engine skips to those letters at once, where a
    pattern that opens with \\b is tried at every character (28 µs a sentence for the index
    names).  Each letter's words keep the order of `alternation`."""
    rests: dict[str, list[str]] = {}
    for word in words:
        assert word[:1].isascii() and word[:1].isalpha()  # a first letter, as the class says
        rests.setdefault(word[0].lower(), []).append(word[1:])
    cases = {c: cased(c) for c in rests}
    branches = "|".join(f"(?<=[{cases[c]}])(?:{alternation(rest)})" for c, rest in rests.items())
    # (?<!\w.): no word character before the letter taken, as \b before it said
    return re.compile(rf"(?-i:[{''.join(cases.values())}])(?<!\w.)(?:{branches})\b",
                      re.IGNORECASE)


_INDEX_NAMES = _any_word(en.INDEX_NAMES)
# The counted noun of a subject: its last plural word (before rise, fall, range …).
_SUBJECT_NOUN = re.compile(r"\b([a-z]{3,}(?<!s)(?<!ss)s)(?:\s+(?:rise|fall|range|compared))*\Z")
_NUMBER_OF = re.compile(
    r"\bnumber of (?:the )?(?:[a-z-]+ )??([a-z-]+s|people|children|men|women|staff)\b")
# two more cuts, 3,000 additional staff: the noun after the word of more
MORE_NOUN = re.compile(r"\s+(?:more|further|additional|extra)\s+(?=[A-Za-z])", re.IGNORECASE)
_ADJUNCTS = set(en.PLURAL_ADJUNCTS)
_CRICKET = _any_word(en.CRICKET_WORDS)
WICKETS_AFTER = re.compile(r"[0-9] for \Z")
_RATE_WORDS = set(en.RATE_WORDS)


class Units(NamedTuple):
    """What a match says of its unit: scale word, percent or point word, currency, unit word."""

    scale: str
    pct: str
    currency: str | None
    word: str


# fallen for 20 consecutive months: a span of time in a row, not a count of things
_IN_A_ROW = re.compile(r"\s+(?:consecutive|straight|successive)\s+(months?|quarters?|years?|weeks?)\b",
                       re.IGNORECASE)


def kind_and_unit(text: str, m: re.Match[str], lead: int, kind: str, units: Units,
                  ) -> tuple[str, str | None]:
    """The kind of quantity and its unit from the words written with the number (`lead`:
    where the number starts, with its sign or currency)."""
    measure = UNIT_WORDS.get(units.word) or en.GLUED_UNITS.get(units.word)
    if units.pct in en.PERCENT_WORDS:
        return "percent", "%"
    if units.pct in en.POINT_WORDS:
        return "points", _POINT_UNITS[en.POINT_WORDS[units.pct]]
    if units.currency:
        return "money", (MONEY_BEFORE.get(units.currency) or en.CURRENCY_WORDS.get(" ".join(
            units.currency.lower().split())) or units.currency.upper())
    if measure == "GBX":
        return "money", measure  # 50p
    if units.word in en.DURATION_UNITS:
        return "duration", measure
    if measure == "times":
        return "ratio", measure  # three times
    if measure:
        return "measure", measure
    if _AGED.search(text, max(0, lead - 24), lead):
        return "duration", "year"  # aged from 16 to 64
    if kind != "ratio":
        next_word = (WORD.findall(text, m.end(), m.end() + 16) or [""])[0].lower()
        counted = (next_word and next_word not in BREAK) or OF_THE_NUMBER.match(
            text, m.end()) or MORE_NOUN.match(text, m.end())
        return ("count" if counted else "number"), None  # 1,200 jobs; 5 of the 11; two more cuts
    return kind, "times" if m.group("twice") else None


def unit_in_context(text: str, m: re.Match[str], span: tuple[int, int, int], kind: str,
                    unit: str | None, numeral: Numeral, stops: Boundaries,
                    cricket: dict[tuple[int, int], bool]) -> tuple[str, str | None]:
    """The unit as the words after the figure and its sentence make it: a rate ($61 a
    barrel), a count's noun, a cricket score, an index level."""
    start, end, clause_end = span
    if kind in ("money", "measure") and unit and "/" not in unit:
        unit = _rate(text, end, unit)
    in_a_row = _IN_A_ROW.match(text, end) if kind == "count" else None
    if in_a_row:
        return "duration", in_a_row.group(1).lower().removesuffix("s")
    if kind == "count":
        unit = _counted_noun(text, end, clause_end)  # 1,200 jobs: job
    if kind in ("count", "number") and unit is None and _about_cricket(
            text, (stops.sentence(start), stops.sentences.forward_to(end)), cricket):
        # cricket: 287 for six, bowled out for 108, an innings of 92
        kind, unit = "count", "wicket" if WICKETS_AFTER.search(
            text, max(0, m.start() - 6), m.start()) and numeral.value <= 10 else "run"
    if kind in ("count", "number") and unit is None and (
            "," in text[m.start("n"):m.end("n")] or "." in text[m.start("n"):m.end("n")]) and (
            _INDEX_NAMES.search(text, stops.sentence(start), start)):
        kind, unit = "points", "point"  # the Nikkei 225 rose 1.1% to 38,440.2
    return kind, unit


_WHY_OR_WHERE = re.compile(r" for |(?<=ed) in ")  # (but an increase in jobs counts jobs)


def unit_from_name(text: str, span: tuple[int, int, int], kind: str, unit: str | None,
                   named: Named) -> tuple[str, str | None]:
    """What the name says of the unit: the number of employees counts employees; the
    unemployment rate's points are percentage points."""
    start, end, clause_end = span
    counted = _NUMBER_OF.search(named.metric) if kind in ("count", "number") else None
    if counted and unit is None:
        kind, unit = "count", singular(counted.group(1))  # the number of employees rose by …
    elif kind in ("count", "number") and unit is None and "\t" not in text[start:end]:
        # (people working part time for economic reasons, employed in HM Forces: what is
        # counted stands before "for", or "in" after a participle)
        subject = _SUBJECT_NOUN.search(_WHY_OR_WHERE.split(named.metric, maxsplit=1)[0])
        if subject:  # mortgage approvals rose to 61,300; sales of season tickets rose from …
            kind, unit = "count", singular(subject.group(1))
    if unit == "point" and (_RATE_WORDS.intersection(named.metric.split())
                            or _PERCENT_AHEAD.search(text, end, clause_end)):
        unit = "percentage points"  # the unemployment rate fell by 0.2 points to 4.1%
    return kind, unit


def _about_cricket(text: str, sentence: tuple[int, int],
                   seen: dict[tuple[int, int], bool]) -> bool:
    """Whether a sentence speaks of cricket (wickets, overs, innings …), read once a sentence."""
    if sentence not in seen:
        seen[sentence] = _CRICKET.search(text, *sentence) is not None
    return seen[sentence]


def _rate(text: str, end: int, unit: str) -> str:
    """The unit of money or a measure with the rate after it: $61 a barrel → USD/barrel,
    RM120 a month → MYR/month, 90 miles per hour → mph; $1,840 a year ago is no rate."""
    rate = _RATE.match(text, end)
    if rate is None:
        return unit
    word = " ".join((rate.group("den") or rate.group("per")).lower().split())
    denominator = _DENOMINATORS.get(word) or singular(word)
    if rate.group("ago") and denominator in _TIMES:
        return unit
    per = f"{unit}/{denominator}"
    return _RATE_UNITS.get(per, per)


def _counted_noun(text: str, end: int, clause_end: int) -> str | None:
    """The noun a count counts, singular and lower case: 1,200 jobs → job, 136,200 unemployed
    people → person, 5 of the 11 regions → region; None when no noun follows."""
    if _PER_AFTER.match(text, end):
        return None  # a 56,000-a-year target: a rate, not a count of targets
    of_the = OF_THE_NUMBER.match(text, end) or MORE_NOUN.match(text, end)
    phrase = until(words_after(text, of_the.end() if of_the else end, clause_end),
                    NOUN_BREAK, 4)
    if not phrase:
        return None
    noun = next((word for word in phrase if plural(word) and word not in _ADJUNCTS), phrase[-1])
    at = text[end:clause_end].lower().find(noun)  # the noun as written, for the rate after it
    per = _rate(text, end + at + len(noun), singular(noun)) if at >= 0 else ""
    if per.endswith(tuple(f"/{time}" for time in _TIMES)):
        return per  # 200,000 cars a year: car/year; 220,000 barrels a day
    return singular(noun)


def plural(word: str) -> bool:
    return word in en.IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


def singular(noun: str) -> str:
    """A noun in the singular, lower case: cities → city, people → person, taxes → tax."""
    noun = noun.lower().strip("'’")
    if noun in en.IRREGULAR_PLURALS:
        return en.IRREGULAR_PLURALS[noun]
    if len(noun) <= 3 or not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
        return noun
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return noun[:-2]
    return noun[:-1]


_POINT_UNITS = {"pp": "percentage points", "bp": "basis points", "points": "point"}


def bracket_unit(cell: str) -> tuple[str, str | None, str | None]:
    """The kind, unit and scale a table cell gives in brackets: (%), (thousands), ($m),
    (£ billion), (per cent)."""
    bracket = _HEADER_UNIT.search(cell)
    kind, unit, scale = "number", None, None
    if not bracket:
        return kind, unit, scale
    words = re.findall(r"%|[$£€]|[A-Za-z']+", bracket.group("unit").lower())
    for word in words:
        if word in ("%", "percent", "per", "cent"):
            kind, unit = "percent", "%"
        elif word in ("pp", "points"):
            kind, unit = "points", "percentage points"
        elif word.rstrip("s") in en.SCALES or word in ("'000", "000s"):
            scale = word.rstrip("s")
        elif word in en.CURRENCY_SYMBOLS:
            kind, unit = "money", en.CURRENCY_SYMBOLS[word]
        elif word in en.CURRENCY_WORDS or word.upper() in en.CURRENCY_CODES:
            kind, unit = "money", en.CURRENCY_WORDS.get(word) or word.upper()
    return kind, unit, scale
