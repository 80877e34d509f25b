"""English extraction: report prose to the same Figure records as for Chinese.

One compiled pattern finds numbers with their qualifier, currency, scale and unit
("more than 1.38 million", "$4.67 billion", "5.2 percent", "0.5 percentage points",
"69,541 tonnes"); years, dates, ordinals and identifiers are left out.  The first number of
a range takes the unit of the second (between 3.9 and 4.4 per cent, aged 15 to 64 years).
Each figure is named by `english_names`.  Language knowledge is in lang/en.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import numpy as np

from checker.documents import Document
from checker.extraction import tables
from checker.extraction.english_names import (
    FALL,
    IN_WORDS,
    NOUN_BREAK,
    OF_THE_NUMBER,
    RISE,
    WORD,
    Boundaries,
    Last,
    Named,
    metric_of,
)
from checker.extraction.english_units import (
    MONEY_BEFORE,
    MORE_NOUN,
    UNIT_WORDS,
    WICKETS_AFTER,
    Units,
    bracket_unit,
    kind_and_unit,
    plural,
    unit_from_name,
    unit_in_context,
)
from checker.extraction.figure import MAX_DIGITS, Figure, interval_of, range_interval, record
from checker.extraction.numerals import Numeral, parse_arabic, scaled
from checker.extraction.stops import code_points
from checker.extraction.words import alternation, cased, trie
from checker.lang import en

# Digits: a fraction as the FOMC writes it (1/4, 1-1/4), lakh grouping (1,69,900), thousands
# separators, decimals.
# Fractions of one character each (1¼ percent, 3½ per cent): their code points' ranges.
_VULGAR_RANGES = ((0xBC, 0xBE), (0x2153, 0x215E))
_VULGAR = "".join(chr(c) for low, high in _VULGAR_RANGES for c in range(low, high + 1))
_THIN_SPACES = "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin spaces
_THIN_SPACE = re.compile(f"[{_THIN_SPACES}]")
_NUMBER = (rf"(?:[0-9]{{1,2}}[ -]?)?[{_VULGAR}](?![0-9])"
           r"|(?:[0-9]{1,2}[- ])?[1-9]/[2-9](?![0-9/])"  # (2 1/4 percent, as the US press has it)
           r"|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?"
           r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
           # a continental house style: spaces between thousands (30 640 000, £44 100) and
           # a decimal comma before one or two digits (0,4 %, £27,90), which no thousands
           # separator stands before
           rf"|(?<![0-9])[0-9]{{1,3}}(?:[ {_THIN_SPACES}][0-9]{{3}})+(?![0-9A-Za-z]|[.,][0-9])"
           r"|(?:(?<=[£€$])[0-9]{1,3},[0-9]{1,2}(?![0-9]|[.,][0-9])|[0-9]{1,3},[0-9]{1,2}"
           r"(?=\s?(?:%|(?:per ?cent|percent|percentage|points?|million|billion|bn)\b)))"
           r"|[0-9]+(?:\.[0-9]+)?")
# three-quarters, two thirds of; one-third, one quarter of (but four-quarter is a duration)
_FRACTIONS = (rf"{alternation(w for w in en.FRACTION_WORDS if w.endswith('s'))}"
              rf"|(?<=one[- ])(?:{alternation(w for w in en.FRACTION_WORDS if not w.endswith('s'))})")
# After a fraction, its scale: three-quarters of a million, a third of a billion, half a million
_OF_A_SCALE = (r"(?:(?<=quarter)|(?<=quarters)|(?<=third)|(?<=thirds)|(?<=half)|(?<=fifth)"
               r"|(?<=fifths)|(?<=tenth)|(?<=tenths))\s+(?:of\s+)?an?\s+"
               r"(?=(?:million|billion|trillion)\b)")
# The number itself: a fraction (three-quarters, two thirds of, a third of, half of), a ratio
# (one in five), digits, or words.
_FIRST_LETTERS = "".join(sorted({w[0] for w in [*en.NUMBER_WORDS, *en.TENS_WORDS, "a", "h",
                                                 "q", "zero", "p"]}))  # q: a quarter-point rise
# Decimals said aloud (a transcript, a broadcast): three point one, nought point eight, and
# "point eight per cent" with the nought left out; the digits after "point" one word each.
_DIGIT_WORDS = {"nought": 0, "zero": 0, "oh": 0, **{w: v for w, v in en.NUMBER_WORDS.items()
                                                    if v < 10 and w != "zero"}}
_SPOKEN_DIGITS = rf"(?:\s+(?:{'|'.join(_DIGIT_WORDS)})\b)+"
_SPOKEN_DECIMAL = rf"\s+point{_SPOKEN_DIGITS}"
_NUMERAL = (rf"(?P<n>(?=[0-9{_VULGAR}{_FIRST_LETTERS}])(?:(?P<num>{_NUMBER})"
            rf"(?:\s+in\s+(?P<dden>[1-9][0-9]{{0,2}})(?![0-9]|[.,][0-9]))?"  # 3 in 10 voters
            rf"|(?P<twice>twice)\b"
            rf"|(?P<half>half)(?=\s+(?:of|the|an?|its|their|his|her|our|all)\b)"
            rf"|(?:(?<![0-9%]\s)a\s+(?:mere\s+|full\s+|further\s+|scant\s+)?|(?=quarter-|half-))"
            rf"(?P<afrac>third|quarter|fifth|tenth|half)"
            rf"(?=\s+of\b|[\s-](?:percentage\s+)?points?\b|\s+(?:per\s?cent|percent)\b"
            # (after roughly, about …: any word)
            rf"|\s+(?:to|from|in|on|since|over|last|this|by)\b|\s*[,.;)]|(?(pre)\s|(?!)))"
            rf"|(?P<words>(?:{IN_WORDS})(?P<wdec>{_SPOKEN_DECIMAL})?"
            rf"|nought(?P<ndec>{_SPOKEN_DECIMAL})"
            rf"|point(?P<pdec>{_SPOKEN_DIGITS})(?=\s+(?:per\s?cent|percent)\b)"
            rf"|an?(?=\s+(?:million|billion|trillion|thousand)\b)"
            rf"|a(?:\s+full|\s+whole)?(?=\s+percentage\s+point\b)"  # (a full percentage point)
            rf")"
            # two and a half; one and three-quarters
            rf"(?:\s+and\s+(?:an?\s+(?P<andfrac>half|quarter)\b"
            rf"|(?P<andtop>two|three|four)[-\s](?P<andden>thirds?|quarters?|fifths?)\b))?"
            rf"(?:-(?P<fden>{_FRACTIONS})|\s+(?P<sden>{_FRACTIONS})(?=\s+of\b)"
            rf"|\s+in\s+(?P<rden>{IN_WORDS}|[0-9]{{1,3}}))?))")
# Every match begins with a digit, a sign, a currency symbol or a word: the lookahead lets the
# regex engine skip the other positions (inside words, spaces) at once.
_SYMBOLS = "".join(sorted({w[0] for w in MONEY_BEFORE if not w[0].isalpha()}))


# a slash, but not one before a rate's denominator (£478/week is a rate, 2014/15 no figure)
_NOT_PER = rf"/(?!(?:{alternation(en.RATE_DENOMINATORS)})\b)"


def _pattern(joined: bool) -> re.Pattern[str]:
    """The figure pattern; `joined` for the second number of a range, which may follow a
    hyphen (4-6%, $40-45)."""
    # (c.£2bn, c.6.7%: circa glued to the sum it qualifies)
    alone = "" if joined else r"(?:(?<=(?<![A-Za-z])c\.)|(?<![\w.,:/+-]))"
    number_alone = "" if joined else (r"(?:(?<=(?<![A-Za-z])c\.)|(?<![\w.,:/])(?<![\w.,:/+]\+))")
    return re.compile(
        rf"(?=[0-9{_VULGAR}+\-−{re.escape(_SYMBOLS)}]|(?<![A-Za-z])[A-Za-z])"
        rf"(?:(?P<pre>{trie(en.PREFIX_QUALIFIERS)})(?:\s+|(?<=c\.)(?=[$£€0-9])))?"
        rf"{alone}(?:(?P<sign>[-−+])|(?P<minus>minus)\s+)?"
        rf"(?:(?P<cur>(?-i:{trie(MONEY_BEFORE)}))\s?|{number_alone})"
        rf"{_NUMERAL}"
        # three-quarters of a million, half a million: a fraction of the scale
        rf"(?:(?:\s?|{_OF_A_SCALE})(?P<scale>{alternation(en.SCALES)})\b)?"
        rf"(?:(?:\s?|(?<=quarter)-|(?<=half)-|(?<=[0-9])-(?=basis-|percentage-)|(?<=half)\s+a\s+"
        # a quarter of a percentage point, three-quarters of a (percentage) point
        rf"|(?<=[a-z])\s+of\s+(?:an?|one)\s+(?=percentage\s+point\b|per\s?cent\b|point\b))(?P<pct>%|(?:{alternation(en.POINT_WORDS)}|{alternation(en.PERCENT_WORDS)})\b))?"
        rf"(?(pct)|(?:(?P<glued>(?-i:{alternation(en.GLUED_UNITS)}))(?![A-Za-z0-9])"
        rf"|\s+(?P<cur2>{alternation(en.CURRENCY_WORDS)})\b"
        rf"|(?:\s+|-)(?P<unit>{alternation(UNIT_WORDS)})(?!\w))?)"  # 3% year on year: no unit
        rf"(?:\s+(?P<post>{alternation(en.POSTFIX_QUALIFIERS)})\b)?"
        # 56,000-a-year is a figure, 15-64 is not (but 4-6% is a range; a 12-month-change)
        # (a colon and a space after it: "0.8%: GDP growth" is a list's line, 10:30 no figure)
        # (a slash before a rate's denominator is no date's: £478/week)
        rf"(?(unit)(?!\w|{_NOT_PER}|:\S)|(?!\w|{_NOT_PER}|:\S|-(?!an?-|per-|[$£€]?[0-9])|[.,][0-9]))",
        re.IGNORECASE,
    )


_PATTERN = _pattern(joined=False)
_JOINED = _pattern(joined=True)
# Where a match can have its number (_matches): digits and number words (found in the text in
# lower case); and where it can begin, up to _REACH characters before: a qualifier, a currency,
# a sign.
_SIGNS = re.escape("+-−" + _SYMBOLS)
_TRIGGER_WORDS = {*en.NUMBER_WORDS, *en.TENS_WORDS, *en.FRACTION_WORDS, "minus", "twice",
                  "nought", "point",
                  "percentage", "million", "billion", "trillion", "thousand", "zero"}


_WORD_TRIGGERS = re.compile(f"(?:{trie(_TRIGGER_WORDS)})(?![a-z])")
# The same words after a character that is no letter: the regex engine skips to such
# characters at once, where it would try the words at every letter that begins one.  The words
# are letters only, so a match inside a word never hides one that begins a word (the only
# ones kept).
_WORD_TRIGGERS_AFTER = re.compile(f"[^a-z]({_WORD_TRIGGERS.pattern})")
# (tried at each of the 32 characters before a number: the pattern opens with a class of the
# characters its matches start with, spelt case by case, which the regex engine skips to at
# once, as it does not past a lookahead; the character taken, a lookbehind of it reads the
# words from where it stands, so that each match is that character)
_QUALIFIER_FIRSTS = sorted({w[0].lower() for w in en.PREFIX_QUALIFIERS} | {"a"})
_STARTS = re.compile(
    rf"(?-i:[{''.join(map(cased, _QUALIFIER_FIRSTS))}"
    rf"{re.escape(''.join(sorted({w[0] for w in MONEY_BEFORE})))}{_SIGNS}])"
    rf"(?:(?<=(?<![A-Za-z])(?=(?i:{alternation(en.PREFIX_QUALIFIERS)}|an?)\s"
    rf"|{alternation(MONEY_BEFORE)}).)"
    rf"|(?<=[{_SIGNS}]))")
_REACH = 32
_SPACED_DIGITS = re.compile(r"[0-9] [0-9]")
_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2} $")
_CLOCK = re.compile(rf" ?(?:{alternation(en.CLOCK_AFTER)})(?!\w)", re.IGNORECASE)
_STREET = re.compile(rf"(?: [A-Z][a-z]+){{1,2}} (?:{alternation(en.STREET_WORDS)})\b")
_MIXED_CASE_BEFORE = re.compile(r"(?<![\w])[a-z]+[A-Z][A-Za-z]* \Z")  # iOS, macOS, iPadOS
_RANGE_JOIN = re.compile(r"\s*(?:to|and|–|—)\s+|\s*[–—]\s*|-(?=[$£€]?[0-9])",
                         re.IGNORECASE)
_MONTHS = set(en.MONTHS)
_NOT_NAMES_BEFORE = set(en.NOT_NAMES_BEFORE)
_NOT_HALF_AFTER = set(en.NOT_HALF_AFTER)
_NAME_BEFORE = re.compile(r"(?<![\w&'’.-])([A-Za-z][\w&'’-]*) \Z")
# … and the numbers listed after the first (Tables 10 and 11, Figures 3, 4 and 5)
_NAME_LIST_BEFORE = re.compile(r"(?<![\w&'’.-])([A-Za-z][\w&'’-]*) [0-9]{1,3}[a-z]?"
                               r"(?:(?:, | and | or | to | & )[0-9]{1,3}[a-z]?)*"
                               r"(?:,? (?:and|or|to|&) |, )\Z")
_HYPHEN_NUMBER = re.compile(r"-[$£€]?[0-9]")
_NOT_ONE_BEFORE = set(en.NOT_ONE_BEFORE)
_ZERO_AFTER = set(en.ZERO_AFTER)
# zero to 0.25 percent, zero to a quarter of a percent: a range's low end
_ZERO_TO = re.compile(r"\s+(?:to|and)\s+(?:[0-9]|an?\s+(?:quarter|half)\b)")
_RACES = set(en.RACES)
_RESOLUTIONS = {"1", "2", "4", "5", "6", "8", "12", "16"}
_RACE_TIME = re.compile(r"\s+in\s+[0-9]+(?:[.:][0-9]+)*\s*(?:s|secs?|seconds|min|mins|minutes)\b")
# … and the population is now 8.5 million: a figure with a predicate of its own
_OWN_PREDICATE = re.compile(r"\b(?:and|but|while|whereas)\s+(?:the\s+)?(?:[a-z]+\s+){1,3}"
                            r"(?:is|was|are|were|stood|stands)\b")
_NOT_ONE_NOUNS = set(en.NOT_ONE_NOUNS)
_ORDINAL_BEFORE = set(en.ORDINAL_BEFORE)
_OVER_AS_QUALIFIER_AFTER = set(en.OVER_AS_QUALIFIER_AFTER)
_UP_AS_DIRECTION_AFTER = set(en.UP_AS_DIRECTION_AFTER)
# Counted on the UTF-8 bytes, where C does the counting: ASCII letters are the bytes kept by
# _NOT_LETTERS, and a character of U+4000-U+9FFF (Chinese, nearly all) has a lead byte E4-E9.
_NOT_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_NOT_CHINESE_LEADS = bytes(b for b in range(256) if not 0xE4 <= b <= 0xE9)


def claims(text: str) -> bool:
    """True when a text is English prose rather than Chinese (judged on its first 20,000
    characters: letters far outnumber Chinese characters)."""
    sample = text[:20000].encode("utf-8", "surrogatepass")
    chinese = len(sample.translate(None, _NOT_CHINESE_LEADS))
    needed = 10 * chinese + (20 if chinese else 0)  # letters more than this (a short line too)
    if len(sample) - 3 * chinese <= needed:
        # each such character is three bytes, none a letter: the other bytes are too few to
        # be letters enough, and are not counted (Chinese prose, one pass instead of two)
        return False
    return len(sample.translate(None, _NOT_LETTERS)) > needed


# A reference marker: [3] right after a word, a figure or a mark (0.8%[3], saving ratio[4]),
# or opening a line of the references (a link's [1](…) is no marker); superscript digits
# after a figure or a word (0.2%³, 2.12 million²), not a unit's (m², km²).  The pattern is
# its shape alone, whose first character the regex engine skips to at once; what stands
# before it is asked of each match (_reference_start), not at every position of the text.
_REFERENCE_SHAPE = re.compile(r"\[[0-9]{1,3}\](?!\()|[⁰¹²³⁴-⁹]{1,3}")
_AFTER_A_FIGURE = frozenset("0123456789%)]")  # (what a superscript marker may follow)


SUPERSCRIPT = re.compile("[⁰¹²³⁴-⁹]")  # (a text that holds none has no such marker)


def _reference_start(text: str, start: int) -> int | None:
    """Where the marker whose shape stands at text[start] starts, with the spaces before it
    that open its line; None where it is no marker."""
    before = text[start - 1] if start else ""
    if text[start] == "[":
        if before and not before.isspace() and before != "[":
            return start
        line = text.rfind("\n", 0, start) + 1
        if (line or not start) and not text[line:start].strip(" \t"):
            return line if line else start
        return None
    if before and before in _AFTER_A_FIGURE:
        return start
    two = text[max(0, start - 2):start]
    if len(two) == 2 and all("a" <= c <= "z" for c in two) and two not in ("km", "cm"):
        return start
    return None


def without_references(text: str) -> str:
    """The text with its reference markers blanked, one space for each character, so that
    offsets hold: a marker is no figure, and stands between no figure and its words."""
    pieces = []
    done = 0
    for m in _REFERENCE_SHAPE.finditer(text):
        start = _reference_start(text, m.start())
        if start is not None:
            pieces += [text[done:start], " " * (m.end() - start)]
            done = m.end()
    return "".join(pieces) + text[done:] if pieces else text


def extract(document: Document) -> list[Figure]:
    text = document.text
    stops = Boundaries.of(text)
    figures: list[Figure] = []
    last = Last()
    ranges: set[int] = set()  # where the second numbers of ranges start: inside their range
    cricket: dict[tuple[int, int], bool] = {}  # sentences read for cricket words
    counted: tuple[int, str, int] = (-1, "", 0)  # the sentence, noun and end of a count
    for m in _matches(text):
        if m.start("n") in ranges:
            continue
        found = _figure(document, m, last, ranges, stops, cricket)
        if found is None:
            continue
        figure, named = found
        if named is not None:
            last = named
        if figure.kind == "count" and figure.unit:
            counted = (stops.sentence(figure.start), figure.unit, figure.end)
        elif (figure.kind in ("count", "number") and figure.unit is None
              and counted[0] == stops.sentence(figure.start) and "\t" not in figure.context
              and not _OWN_PREDICATE.search(text, counted[2], figure.start)):
            # 9.3 million subscribers …, taking its total to 269.6 million: subscriber
            figure = replace(figure, kind="count", unit=counted[1])
        figures.append(figure)
    return figures


# after a count of periods: fallen for 20 consecutive months; twenty months in a row
_STREAK_AFTER_COUNT = re.compile(
    rf"\s+(?:{alternation(en.STREAK_WORDS)})\s+(?:{alternation(en.PERIODS)})s?\b"
    rf"|\s+(?:{alternation(en.STREAK_AFTER)})\b", re.IGNORECASE)


def _streak_name(text: str, span: tuple[int, int, int, int], last: Last,
                 stops: Boundaries) -> Named:
    """A run's name: what ran (the words before, as a sum's), its change, and IN_A_ROW;
    `span`'s end is that of the words that say it is a run."""
    clause_start, start, end, clause_end = span
    named, _ = metric_of(text, clause_start, start, end, clause_end, "money", last,
                         stops.sentence(start), stops)
    base = named.base or named.metric
    metric = " ".join(f"{base} {named.change} {en.IN_A_ROW}".split())
    return Named(metric, base, named.subject, named.own, named.change)


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _PATTERN in a text, as finditer gives them, found faster: the pattern is
    tried only at the word starts and signs shortly before a digit or a number word (where a
    qualifier or a currency may begin), not at every word of the text."""
    digits = _digit_runs(text)
    lowered = text.lower()
    # a number every 40 characters (tables, dense releases): the plain scan is as quick; and
    # a character whose lower case is longer would shift the positions
    if len(digits) * 40 > len(text) or len(lowered) != len(text):
        yield from _PATTERN.finditer(text)
        return
    words = [found.start(1) for found in _WORD_TRIGGERS_AFTER.finditer(lowered)
             if not text[found.start(1) - 1].isalpha()]
    if _WORD_TRIGGERS.match(lowered):
        words.append(0)
    triggers = sorted(set(digits).union(words))
    end = 0
    for trigger in triggers:
        if trigger < end:
            continue
        for start in [found.start() for found in _STARTS.finditer(
                text, max(end, trigger - _REACH), trigger)] + [trigger]:
            m = _PATTERN.match(text, start)
            if m is not None:
                yield m
                end = m.end()
                break


def _digit_runs(text: str) -> list[int]:
    """Where each run of digits (0-9, and the fractions of one character) of a text starts,
    as a search for [0-9]+ finds them: every character is tested at once, with no match
    object made for each run (a number every few words in a release)."""
    points = code_points(text)
    digit = (points >= ord("0")) & (points <= ord("9"))
    for low, high in _VULGAR_RANGES:
        digit |= (points >= low) & (points <= high)
    starts: list[int] = np.flatnonzero(digit & ~np.concatenate(([False], digit[:-1]))).tolist()
    return starts


def _units(m: re.Match[str]) -> tuple[str, str, str | None, str]:
    """The scale word, percent or point word, currency and unit word (lower case; a unit
    glued to the digits as written, 5G being no 5g) of a match."""
    scale, pct, cur, cur2, unit, glued = m.group("scale", "pct", "cur", "cur2", "unit", "glued")
    return ((scale or "").lower(), _spaced(pct), cur or cur2, _spaced(unit) or (glued or ""))


def _spaced(words: str | None) -> str:
    """Words in lower case with single spaces (per  cent → per cent)."""
    if not words:
        return ""
    words = words.lower()
    return " ".join(words.split()) if " " in words or "\n" in words else words


def _unit_key(units: tuple[str, str, str | None, str]) -> tuple[str, str]:
    """What a range's two ends must share: their percent or point word and their unit."""
    _, pct, _, unit = units
    return en.PERCENT_WORDS.get(pct, pct), UNIT_WORDS.get(unit) or en.GLUED_UNITS.get(unit, "")


def _continental(raw: str) -> str:
    """Digits as written in a continental house style, in English style: 30 640 000 as
    30640000, 0,4 as 0.4 (a comma before one or two digits is a decimal one)."""
    if " " in raw or _THIN_SPACE.search(raw):
        return _THIN_SPACE.sub("", raw.replace(" ", ""))
    whole, comma, decimals = raw.rpartition(",")
    return f"{whole}.{decimals}" if comma and len(decimals) <= 2 else raw


def _one_in(top: Decimal, bottom: int) -> Numeral:
    """One in six: a share rounded to the nearest "in" (one in five and one in seven are the
    next ones a writer could have said), so its place is the step to those, top / bottom²
    (one in six stands for 15.4% to 18.2%; 17.8% is one in six)."""
    value = (top / bottom).quantize(_PLACE).normalize()
    step = max(_PLACE, (top / bottom / bottom).quantize(_PLACE))
    return Numeral(value, step, step)


def _numeral(m: re.Match[str]) -> tuple[Numeral | None, str]:
    """The number of a match and the kind it makes by itself: a ratio for fractions
    (three-quarters, a third of, half of) and ratios (one in five), their quotient to four
    places as in Chinese; a word numeral shows its last non-zero place (twenty → u = 10, as
    两千万)."""
    raw, per = m.group("num", "dden")
    if raw and per and "/" not in raw and raw.isdigit():  # 3 in 10 voters: a share
        return _one_in(Decimal(raw), int(per)), "ratio"
    if raw and raw[-1] in _VULGAR:  # 1¼, ½: to four places, as 1-1/4 is
        whole = raw[:-1].rstrip(" -")
        exact = (Decimal(whole or 0) + Decimal(str(unicodedata.numeric(raw[-1])))).quantize(_PLACE)
        return Numeral(exact.normalize(), _PLACE, _PLACE), ""
    if raw and "/" not in raw:  # digits, the usual case
        if not raw.isdigit():
            raw = _continental(raw)
        return (parse_arabic(raw), "") if len(raw) <= MAX_DIGITS else (None, "")
    twice, half, afrac, words, fden, sden, rden = m.group(
        "twice", "half", "afrac", "words", "fden", "sden", "rden")
    place = _PLACE
    if twice:
        return Numeral(Decimal(2), Decimal(1), Decimal(1)), "ratio"
    if half or afrac:
        part = en.FRACTION_WORDS[(afrac or "half").lower()]
        return Numeral((Decimal(1) / part).quantize(place).normalize(), place, place), "ratio"
    denominator = fden or sden or rden
    if denominator:
        top = _in_words(words)
        below = denominator.lower()
        bottom = (en.FRACTION_WORDS[below] if below in en.FRACTION_WORDS
                  else int(below) if below.isdigit() else _in_words(below))
        if not bottom:
            return None, ""
        if rden:
            return _one_in(Decimal(top), bottom), "ratio"
        return Numeral((Decimal(top) / bottom).quantize(place).normalize(), place, place), "ratio"
    spoken = m.group("wdec") or m.group("ndec") or m.group("pdec")
    if spoken:  # three point one: 3.1, to the places said
        said = "".join(str(_DIGIT_WORDS[w]) for w in spoken.lower().split()
                       if w in _DIGIT_WORDS)
        units = 0 if m.group("ndec") or m.group("pdec") else _in_words(
            words[:len(words) - len(spoken)])
        step = Decimal(10) ** -len(said)
        return Numeral(Decimal(f"{units}.{said}"), step, step), ""
    if words:
        digits = str(_in_words(words))
        step = Decimal(10) ** (len(digits) - len(digits.rstrip("0"))) if digits != "0" else \
            Decimal(1)
        andfrac, andtop = m.group("andfrac"), m.group("andtop")
        if andfrac or andtop:  # two and a half: 2.5; one and three-quarters: 1.75
            part = en.FRACTION_WORDS[(andfrac or m.group("andden")).lower()]
            extra = (Decimal(en.NUMBER_WORDS[andtop.lower()]) if andtop else Decimal(1)) / part
            step = (Decimal(1) / part).quantize(_PLACE).normalize()
            return Numeral(Decimal(digits) + extra.quantize(_PLACE).normalize(), step, step), ""
        return Numeral(Decimal(digits), step, step), ""
    if len(raw) > MAX_DIGITS:
        return None, ""
    if "/" in raw:  # 1/4, 1-1/4, 2 1/4: the FOMC's fractions, to four places
        whole, _, fraction = raw.replace(" ", "-").rpartition("-")
        over, _, under = fraction.partition("/")
        exact = (Decimal(whole or 0) + Decimal(over) / Decimal(under)).quantize(place)
        return Numeral(exact.normalize(), place, place), ""
    return parse_arabic(raw), ""


_PLACE = Decimal("0.0001")  # fractions to four places, as in Chinese
_OF_SCALE_PLACE = Decimal("0.05")


def _in_words(words: str) -> int:
    """twenty-five → 25, two hundred → 200, twelve → 12, a dozen → 12."""
    value = 0
    for word in re.split(r"[-\s]+", words.lower()):
        if word == "hundred":
            value *= 100
        elif word == "dozen":
            value = (value or 1) * 12
        elif word in ("a", "an"):
            value += 1  # a million
        else:
            value += en.NUMBER_WORDS.get(word) or en.TENS_WORDS.get(word, 0)
    return value


def _is_figure(text: str, m: re.Match[str], measured: bool) -> bool:
    """False for a number that is no figure: a year, a date, an ordinal or identifier, a list
    label, a phone number, a number in a name (FTSE 100, Windows 11); a word numeral with
    nothing it counts (one of the, the two)."""
    raw, cur, words = m.group("num", "cur", "words")
    raw = raw or ""
    start, end = m.start("n"), m.end("n")
    before = text[max(0, start - 24):start - (len(cur or ""))]
    last_word = (WORD.findall(before) or [""])[-1].lower()
    after = text[m.end():m.end() + 16]
    if (last_word in _ORDINAL_BEFORE and not (m.group("pct") and before.endswith(" "))) \
            or before.rstrip().endswith("#"):
        return False  # (a percent after one is a figure: a round 1%, Table 10 (1.0%))
    # opens at 8 a.m.; 221 Harbour Road (the characters after say whether to look at all)
    if raw and not cur:
        tail = text[end:end + 6]
        if (("m" in tail or "M" in tail) and _CLOCK.match(text, end)
                or tail[1:2].isupper() and _STREET.match(text, end)):
            return False
    if raw and "." in raw and not measured and _MIXED_CASE_BEFORE.search(before):
        return False  # iOS 17.4: a version
    if not raw:
        twice, half, afrac, fden, sden, rden = m.group(
            "twice", "half", "afrac", "fden", "sden", "rden")
        if twice:
            return True  # twice: 2 times
        if half or afrac:
            return last_word not in _NOT_HALF_AFTER  # the first half of the year is a period
        if fden or sden or rden:
            return True  # three-quarters, two thirds of, one in five
    elif m.group("dden"):
        return True  # 3 in 10
    if words:
        next_word = _first_word(after)
        if words.lower() == "zero":  # rates near zero, inflation was zero (not zero-hours)
            if _ZERO_TO.match(after):
                return True  # zero to 0.25 percent: a range's low end
            return ((bool(m.group("pre")) or last_word in _ZERO_AFTER)
                    and not after.startswith("-")
                    and (not next_word or after.lstrip()[:1] in ".,;:!?)" or measured
                         or next_word in NOUN_BREAK))
        if measured or m.group("wdec") or m.group("ndec"):
            return True  # a decimal said aloud (one point five) is a figure, unit or none
        of_the = OF_THE_NUMBER.match(text, m.end()) is not None
        if WICKETS_AFTER.search(text, max(0, m.start() - 6), m.start()):
            return True  # 287 for six: wickets
        if words.lower() == "one":  # one of the five banks, one analyst
            return of_the or (next_word not in NOUN_BREAK and next_word not in _NOT_ONE_NOUNS
                              and last_word not in _NOT_ONE_BEFORE and after[:1] == " ")
        return (bool(next_word) and next_word not in NOUN_BREAK or of_the
                or MORE_NOUN.match(text, m.end()) is not None)  # two more cuts
    # +388 1 555 0142: digits grouped by spaces are a phone number; a year before a number
    # with its point or comma is a time (In June 2014 1.04 million people …)
    spaced = bool(_SPACED_DIGITS.search(text, max(0, start - 2), start + 1)
                  and not (raw and ("." in raw or "," in raw)
                           and _YEAR_BEFORE.search(text, max(0, start - 6), start))
                  or _SPACED_DIGITS.match(text, end - 1))
    plain = bool(raw) and raw.isascii() and raw.isdigit() and not measured
    if not plain:
        return not spaced
    next_word = _first_word(after)
    line_start = m.start() == 0 or text[m.start() - 1] in "\n\r"
    return not (
        1800 <= int(raw) <= 2100  # a year
        or last_word in _MONTHS or next_word in _MONTHS  # a date: May 7, 7 May
        or (line_start and after[:2] in (". ", ") "))  # a list label: 1. Output, 2) Jobs
        or (before.endswith("(") and re.match(r"\) ?[0-9]", after) is not None)  # (08) 9222
        or spaced
        or (not m.group("pre") and not _signed(m) and _in_name(text, m.start())))


def _first_word(words: str) -> str:
    """The first word of `words`, in lower case ("" if none)."""
    found: list[str] = WORD.findall(words)
    return found[0].lower() if found else ""


def _signed(m: re.Match[str]) -> bool:
    sign, minus = m.group("sign", "minus")
    return bool(minus or (sign and sign != "+"))  # +552,000 is positive


def _lead(m: re.Match[str]) -> int:
    """Where a match's number begins with its sign and currency (not its qualifier)."""
    for group in ("sign", "minus", "cur"):
        if m.start(group) >= 0:
            return m.start(group)
    return m.start("n")


def _in_name(text: str, start: int) -> bool:
    """A number right after a capitalised word is part of a name: the FTSE 100, Windows 11,
    a Boeing 737, the S&P 500 (but not The 27 members, Only 5 banks)."""
    return any(name is not None and any(c.isupper() for c in name.group(1))
               and name.group(1).lower() not in _NOT_NAMES_BEFORE
               and name.group(1).lower() not in _MONTHS
               for name in (_NAME_BEFORE.search(text, max(0, start - 30), start),
                            _NAME_LIST_BEFORE.search(text, max(0, start - 40), start)))


def _range_partner(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The second number of a range whose first number is `m` (15 to 64 years, between 3.9
    and 4.4 per cent, 2–3 million, 4-6%, from 12,400 to 11,950): one figure with both.  Not
    after a change: rose by 142,000 to 1.6 million is a change and a level."""
    join = _RANGE_JOIN.match(text, m.end())
    if join is None:
        return None  # the usual case: the word before the number is not read
    found: list[str] = WORD.findall(text, max(0, m.start() - 24), m.start())
    last_word = found[-1].lower() if found else ""
    if join.group().strip().lower() == "and" and last_word != "between":
        return None
    partner = _JOINED.match(text, join.end())
    if partner is None or _numeral(partner)[0] is None:
        return None
    first, second = _units(m), _units(partner)
    if (last_word == "by" or last_word in RISE or last_word in FALL) and (
            any(first) or not second[1]):
        return None  # rose by 142,000 to 1.6 million (but revised by 0.2-0.3 percentage points)
    if first[2] and not second[2]:
        return None  # a payment of $250 to 5.3 million households
    if (first[1] or first[3]) and _unit_key(first) != _unit_key(second):
        return None  # 5% to 20,000 people
    if join.group() == "-" and not (any(first) or any(second)) and not plural(
            (WORD.findall(text, partner.end(), partner.end() + 24) or [""])[0].lower()):
        return None  # 15-64, 3-1: an age band or a score, no quantity (but 40-99 employees)
    raw = m.group("num") or ""
    if raw.isdigit() and 1800 <= int(raw) <= 2100 and not any(first):
        return None  # 2025-26, between 2020 and 2024: years
    return partner


def _figure(document: Document, m: re.Match[str], last: Last, ranges: set[int],
            stops: Boundaries, cricket: dict[tuple[int, int], bool],
            ) -> tuple[Figure, Last | None] | None:
    """The figure of a match, and what the figures after it may take their name from (None:
    as before).  A range is one figure from its first number to its second, its interval
    the two ends (qualifier `range`), named as such (unemployment rate range): a bound of a
    quantity that varies is not its value.  The steps: read the number and whether it is a
    figure, join a range's second number, apply the scale, read the qualifier, the kind and
    unit, then the name, and what the name says of the unit."""
    text = document.text
    numeral, kind = _numeral(m)
    if numeral is None:
        return None
    if kind == "ratio" and m.group("scale"):
        # three-quarters of a million people: a count, told to about a twentieth of the scale
        numeral, kind = Numeral(numeral.value, _OF_SCALE_PLACE, _OF_SCALE_PLACE), ""
    units = Units(*_units(m))
    partner = None if kind == "ratio" else _range_partner(text, m)
    if not _stands_as_figure(text, m, units, partner):
        return None
    if _signed(m):
        numeral = Numeral(-numeral.value, numeral.place, numeral.step)
    upper: Numeral | None = None
    if partner is not None:
        ranges.add(partner.start("n"))
        upper, units = _joined(partner, numeral, units)
    units = _race_distance(text, m, units)
    if units.scale:
        numeral = scaled(numeral, Decimal(en.SCALES[units.scale]))
    prefix, qualifier, unbounded = _qualifier(text, m, units.word)
    kind, unit = kind_and_unit(text, m, _lead(m), kind, units)
    if (unit is None and (m.group("wdec") or m.group("ndec")) and last.unit in ("%", "pp")
            and not units.scale):  # (two point one million: a count, no share)
        # GUEST: … grew nought point eight per cent; jobs went up by nought point nine: speech
        # drops the unit after its first saying, a decimal said aloud keeps the one before
        kind, unit = ("percent", "%") if last.unit == "%" else ("points", "percentage points")
    elif (unit == "point" and last.unit == "percentage points"
          and last.sentence == stops.sentence(m.start())):
        unit = "percentage points"  # 0.2 percentage points off …, and construction 0.1 point
    cell_start = _lead(m) if _signed(m) or m.group("sign") else m.start("n")
    if (upper is None and tables.in_cell(text, cell_start, m.end("n"))
            and not (units.pct or units.currency or units.word)):
        return _table_figure(document, m, numeral), Last()
    start = m.start("pre") if prefix else _lead(m)
    end = m.end() if partner is None else partner.end()
    clause_start, clause_end = stops.clause(start, end)
    kind, unit = unit_in_context(text, m, (start, end, clause_end), kind, unit,
                                  numeral, stops, cricket)
    named, follows, by_sign = _named(text, (clause_start, start, end, clause_end), kind, unit,
                                     upper, last, stops)
    kind, unit = unit_from_name(text, (start, end, clause_end), kind, unit, named)
    if by_sign and numeral.value < 0:
        # a fall is stated by its size, as "fell by 67,000" states it: -67,000 is one of 67,000
        numeral = Numeral(-numeral.value, numeral.place, numeral.step)
    if upper is None:
        interval = interval_of(numeral, qualifier, unbounded)
    else:
        interval, qualifier = range_interval(numeral, upper), "range"
        numeral = Numeral(min(numeral.value, upper.value), numeral.place, numeral.step)
    line, column = document.position(start)
    return record({
        "document": document.path, "line": line, "column": column, "start": start, "end": end,
        "text": text[start:end], "value": numeral.value, "unit": unit,
        "scale": units.scale or None, "qualifier": qualifier,
        "interval": interval, "place": numeral.place,
        "metric": named.metric, "context": text[clause_start:clause_end].strip(), "kind": kind,
        "where": document.where(start),
        "year": None, "period": None, "basis": None, "scenario": None, "scope": None,
    }), follows


def _stands_as_figure(text: str, m: re.Match[str], units: Units,
                      partner: re.Match[str] | None) -> bool:
    if partner is None and _HYPHEN_NUMBER.match(text, m.end()):
        return False  # 15-64, COVID-19's 19 is kept out by the pattern itself
    if m.group("scale") == "K" and not units.currency and m.group("num") in _RESOLUTIONS:
        return False  # 4K video, an 8K TV: a display standard, not 4,000
    measured = bool(units.scale or units.pct or units.currency or units.word)
    return _is_figure(text, m, measured or (partner is not None and any(_units(partner))))


def _joined(partner: re.Match[str], numeral: Numeral, units: Units,
            ) -> tuple[Numeral, Units]:
    """A range's second number, signed and scaled, and the units the two ends share."""
    p_scale, p_pct, p_currency, p_unit = _units(partner)
    upper = _numeral(partner)[0]
    assert upper is not None  # _range_partner took only numbers
    if _signed(partner):
        upper = Numeral(-upper.value, upper.place, upper.step)
    scale = units.scale
    if p_scale and not scale and numeral.value <= upper.value:
        scale = p_scale  # 2 to 3 million; but 900 to 1.2 million keeps 900
    if p_scale:
        upper = scaled(upper, Decimal(en.SCALES[p_scale]))
    return upper, Units(scale, units.pct or p_pct, units.currency or p_currency,
                         units.word or p_unit)


def _race_distance(text: str, m: re.Match[str], units: Units) -> Units:
    """The 100m final: metres, not a million."""
    if units.scale == "m" and not units.currency and not units.word and (
            (WORD.findall(text, m.end(), m.end() + 16) or [""])[0].lower() in _RACES
            or _RACE_TIME.match(text, m.end())):
        return units._replace(scale="", word="metres")
    return units


def _qualifier(text: str, m: re.Match[str], unit_word: str) -> tuple[str, str | None, bool]:
    """The qualifier word before the number (as written, folded) and the qualifier and
    whether it leaves the interval open above."""
    prefix = " ".join((m.group("pre") or "").lower().split())
    if prefix == "over" and unit_word in en.DURATION_UNITS and (
            _word_before(text, m.start()) not in _OVER_AS_QUALIFIER_AFTER):
        prefix = ""  # … over twelve months: a period, not more than one
    if prefix == "up to" and _word_before(text, m.start()) in _UP_AS_DIRECTION_AFTER:
        prefix = ""  # revised up to 12.3%: where a revision took it, no "at most"
    post = " ".join((m.group("post") or "").lower().split())
    qualifier = en.PREFIX_QUALIFIERS.get(prefix) or en.POSTFIX_QUALIFIERS.get(post)
    return prefix, qualifier, prefix in en.UNBOUNDED_MORE_THAN


def _word_before(text: str, at: int) -> str:
    """The word right before a qualifier (in lower case; "" if none within a few letters)."""
    found: list[str] = WORD.findall(text, max(0, at - 12), at)
    return found[-1].lower() if found else ""


def _named(text: str, span: tuple[int, int, int, int], kind: str, unit: str | None,
           upper: Numeral | None, last: Last, stops: Boundaries,
           ) -> tuple[Named, Last | None, bool]:
    """The figure's name, what the figures after it may take theirs from, and whether its
    sign alone made it a change (-121k: a fall of 121,000)."""
    clause_start, start, end, clause_end = span
    if kind == "duration":  # a span names nothing, but a run does (20 consecutive months)
        run = _STREAK_AFTER_COUNT.match(text, end)
        return (_streak_name(text, (clause_start, start, run.end(), clause_end), last, stops)
                if run else _NAMELESS), None, False
    sentence = stops.sentence(start)
    named, aside = metric_of(text, clause_start, start, end, clause_end, kind, last,
                             sentence, stops, upper is not None)
    if upper is not None and named.metric and not named.metric.endswith(" range"):
        metric = named.metric.removesuffix(" compared")  # from 9 to 12: both ends
        named = Named(f"{metric} range", named.base, named.subject, named.own, named.change)
    # the change a sign says: a rise where it adds, a fall where it takes away (-67,000: fell
    # by 67,000)
    signed = ("rise" if text[start] == "+" else "fall") if text[start:start + 1] in _CHANGE_SIGNS else ""
    if not signed and start and text[start - 1] in _ARROWS:
        signed = _ARROWS[text[start - 1]]  # Unemployment ↓121k q/q: a fall of 121,000
    by_sign = False  # whether the sign alone made it a change (not "fell -0.03 points")
    if aside and named is last.named and signed and unit == last.unit:
        # Employees: 25.83m (+552,000 on a year earlier): the change of the figure before
        base = last.named.base or last.named.metric
        named = Named(f"{base} {signed}", base, last.named.subject, last.named.own, signed)
        by_sign = True
    elif signed and not named.change and named.metric and (
            kind in ("count", "number", "money")
            or (kind in ("percent", "points") and _SIGNED_RATE_AFTER.search(text, max(0, start - 40), start))):
        # Unemployed 2.12m (-121k); on the year -383,000; output per hour -0.1% QoQ: a signed
        # count is a change, and so is a signed rate right after its name (not "was -4.5%",
        # "slowed to -0.4%", "compared with -1.8%", "… to August: +1.4 percent": levels)
        named = Named(f"{named.metric} {signed}", named.base, named.subject, named.own, signed)
        by_sign = True
    return named, None if aside else Last(named, end, sentence, unit), by_sign


_NAMELESS = Named()
_CHANGE_SIGNS = ("+", "-", "−", "–")
_ARROWS = {"↑": "rise", "▲": "rise", "↓": "fall", "▼": "fall"}
# a signed rate that follows its name (GVA +0.8%; | output per hour | -0.1% |), not a verb or a
# preposition that makes it a level, nor a label's colon
_SIGNED_RATE_AFTER = re.compile(
    r"(?:(?<![A-Za-z])(?!(?:is|was|are|were|be|been|to|at|of|with|from|by|than|against|versus|"
    r"vs|minus|plus|and|or)\s*[↑↓▲▼]?\Z)[A-Za-z][A-Za-z'’)-]*|\|)\s*[↑↓▲▼]?\Z", re.IGNORECASE)


# a column header that names a rate of change or a per cent, whose bare numbers are per cent
# (q/q, y/y, YoY, m/m, % change on quarter, growth rate, pct)
_RATE_COLUMN = re.compile(r"%|(?<![a-z])(?:[qmy]/[qmy]|yoy|qoq|mom|per\s*cent|percent|pct|"
                          r"growth\s+rate)(?![a-z])", re.IGNORECASE)


NOTE_LENGTH = 160  # a table's note above it (Volume measures, seasonally adjusted. …) at most
# a caption that says the table's numbers are per cent (Change in per cent; % change)
_IN_PER_CENT = re.compile(r"\bin\s+(?:per\s*cent|percent)\b|(?:per\s*cent|percent|%)\s+change\b",
                          re.IGNORECASE)


def _table_figure(document: Document, m: re.Match[str], numeral: Numeral) -> Figure:
    """A number alone in a table cell: named by its row and column header, with the unit or
    scale in brackets in the row's first cell or, failing that, in the column's header:
    Employment (thousands), Change on year (%)."""
    text = document.text
    start, end = m.start("sign") if m.group("sign") else m.start("n"), m.end("n")
    cells, column = tables.row_at(text, start)
    header = tables.header_of(text, start, len(cells), column)
    kind, unit, scale = bracket_unit(cells[0])
    if (kind, scale) == ("number", None):
        kind, unit, scale = bracket_unit(header)
    if (kind, scale) == ("number", None) and (
            _RATE_COLUMN.search(header)
            or _IN_PER_CENT.search(tables.caption_of(text, start, len(cells), NOTE_LENGTH))):
        # | GDP | +0.8 | under q/q, or below a caption "Change in per cent.": in per cent
        kind, unit = "percent", "%"
    if scale:
        numeral = scaled(numeral, Decimal(en.SCALES[scale]))
    metric = cells[0].lower()
    if text[start] in _CHANGE_SIGNS:  # | Unemployed | -121,000 |: a fall of 121,000, as in prose
        numeral = numeral._replace(value=abs(numeral.value))
        metric += " rise" if text[start] == "+" else " fall"
    line, column_number = document.position(start)
    return Figure(
        document=document.path, line=line, column=column_number, start=start, end=end,
        text=text[start:end], value=numeral.value, unit=unit, scale=scale, qualifier=None,
        interval=interval_of(numeral, None, False), place=numeral.place,
        metric=metric + (f" ({header.lower()})" if header else ""),
        context=text[tables.row_start(text, start):end].strip(), kind=kind,
        where=document.where(start),
    )
