"""English extraction: report prose to the same Figure records as for Chinese.

One compiled pattern finds numbers with their qualifier, currency, scale and unit
("more than 1.38 million", "$4.67 billion", "5.2 percent", "0.5 percentage points",
"69,541 tonnes"); years, dates, ordinals and identifiers are left out.  The first number of
a range takes the unit of the second (between 3.9 and 4.4 per cent, aged 15 to 64 years).
Each figure is named by `english_names`.  Language knowledge is in lang/en.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from checker.documents import Document
from checker.extraction import tables
from checker.extraction.english_names import (
    BREAK,
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
    until,
    words_after,
)
from checker.extraction.figure import MAX_DIGITS, Figure, interval_of, range_interval
from checker.extraction.numerals import Numeral, parse_arabic, scaled
from checker.extraction.words import alternation, trie
from checker.lang import en

# Digits: a fraction as the FOMC writes it (1/4, 1-1/4), lakh grouping (1,69,900), thousands
# separators, decimals.
_NUMBER = (r"(?:[0-9]{1,2}-)?[1-9]/[2-9](?![0-9/])"
           r"|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?"
           r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
# three-quarters, two thirds of; one-third, one quarter of (but four-quarter is a duration)
_FRACTIONS = (rf"{alternation(w for w in en.FRACTION_WORDS if w.endswith('s'))}"
              rf"|(?<=one[- ])(?:{alternation(w for w in en.FRACTION_WORDS if not w.endswith('s'))})")
# The number itself: a fraction (three-quarters, two thirds of, a third of, half of), a ratio
# (one in five), digits, or words.
_FIRST_LETTERS = "".join(sorted({w[0] for w in [*en.NUMBER_WORDS, *en.TENS_WORDS, "a", "h"]}))
_NUMERAL = (rf"(?P<n>(?=[0-9{_FIRST_LETTERS}])(?:(?P<num>{_NUMBER})"
            rf"(?:\s+in\s+(?P<dden>[1-9][0-9]{{0,2}})(?![0-9]|[.,][0-9]))?"  # 3 in 10 voters
            rf"|(?P<twice>twice)\b"
            rf"|(?P<half>half)(?=\s+(?:of|the|an?|its|their|his|her|our|all)\b)"
            rf"|(?:(?<![0-9%]\s)a\s+|(?=quarter-|half-))(?P<afrac>third|quarter|fifth|tenth|half)"
            rf"(?=\s+of\b|[\s-](?:percentage\s+)?points?\b"  # after roughly, about …: any word
            rf"|\s+(?:to|from|in|on|since|over|last|this|by)\b|\s*[,.;)]|(?(pre)\s|(?!)))"
            rf"|(?P<words>{IN_WORDS}|an?(?=\s+(?:million|billion|trillion|thousand)\b)"
            rf"|a(?=\s+percentage\s+point\b))"
            rf"(?:\s+and\s+an?\s+(?P<andfrac>half|quarter)\b)?"  # two and a half
            rf"(?:-(?P<fden>{_FRACTIONS})|\s+(?P<sden>{_FRACTIONS})(?=\s+of\b)"
            rf"|\s+in\s+(?P<rden>{IN_WORDS}|[0-9]{{1,3}}))?))")
_MONEY_BEFORE = {**en.CURRENCY_SYMBOLS, **{code: code for code in en.CURRENCY_CODES},
                 "RMB": "CNY"}
_UNIT_WORDS = {**en.MEASURE_UNITS, **en.DURATION_UNITS,
               **{word: "times" for word in en.TIMES_WORDS}}
# Every match begins with a digit, a sign, a currency symbol or a word: the lookahead lets the
# regex engine skip the other positions (inside words, spaces) at once.
_SYMBOLS = "".join(sorted({w[0] for w in _MONEY_BEFORE if not w[0].isalpha()}))


def _pattern(joined: bool) -> re.Pattern[str]:
    """The figure pattern; `joined` for the second number of a range, which may follow a
    hyphen (4-6%, $40-45)."""
    alone = "" if joined else r"(?<![\w.,:/+-])"
    number_alone = "" if joined else r"(?<![\w.,:/])(?<![\w.,:/+]\+)"
    return re.compile(
        rf"(?=[0-9+\-−{re.escape(_SYMBOLS)}]|(?<![A-Za-z])[A-Za-z])"
        rf"(?:(?P<pre>{trie(en.PREFIX_QUALIFIERS)})\s+)?"
        rf"{alone}(?:(?P<sign>[-−+])|(?P<minus>minus)\s+)?"
        rf"(?:(?P<cur>(?-i:{trie(_MONEY_BEFORE)}))\s?|{number_alone})"
        rf"{_NUMERAL}"
        rf"(?:\s?(?P<scale>{alternation(en.SCALES)})\b)?"
        rf"(?:(?:\s?|(?<=quarter)-|(?<=half)-|(?<=half)\s+a\s+)(?P<pct>%|(?:{alternation(en.PERCENT_WORDS)}|{alternation(en.POINT_WORDS)})\b))?"
        rf"(?(pct)|(?:(?P<glued>(?-i:{alternation(en.GLUED_UNITS)}))(?![A-Za-z0-9])"
        rf"|\s+(?P<cur2>{alternation(en.CURRENCY_WORDS)})\b"
        rf"|(?:\s+|-)(?P<unit>{alternation(_UNIT_WORDS)})(?!\w))?)"  # 3% year on year: no unit
        rf"(?:\s+(?P<post>{alternation(en.POSTFIX_QUALIFIERS)})\b)?"
        # 56,000-a-year is a figure, 15-64 is not (but 4-6% is a range; a 12-month-change)
        rf"(?(unit)(?![\w:/])|(?![\w:/]|-(?!an?-|per-|[$£€]?[0-9])|[.,][0-9]))",
        re.IGNORECASE,
    )


_PATTERN = _pattern(joined=False)
_JOINED = _pattern(joined=True)
# Where a match can have its number (_matches): digits and number words (found in the text in
# lower case); and where it can begin, up to _REACH characters before: a qualifier, a currency,
# a sign.
_SIGNS = re.escape("+-−" + _SYMBOLS)
_DIGIT_TRIGGERS = re.compile(r"[0-9]+")
_TRIGGER_WORDS = {*en.NUMBER_WORDS, *en.TENS_WORDS, *en.FRACTION_WORDS, "minus", "twice",
                  "percentage", "million", "billion", "trillion", "thousand"}


_WORD_TRIGGERS = re.compile(f"(?:{trie(_TRIGGER_WORDS)})(?![a-z])")
_STARTS = re.compile(
    rf"(?<![A-Za-z])(?=(?i:{alternation(en.PREFIX_QUALIFIERS)}|an?)\s|{alternation(_MONEY_BEFORE)})"
    rf"|[{_SIGNS}]")
_REACH = 32
_DENOMINATOR_WORDS = alternation(en.RATE_DENOMINATORS)
# $61 a barrel, RM120 a month, 90 miles/hour; after per, any noun (£4,960 per incident)
_RATE = re.compile(
    rf"(?:(?:\s*/\s*|\s+(?:a|an|each|every)\s+|-(?:a|an|per)-)(?P<den>{_DENOMINATOR_WORDS})\b"
    rf"|\s+per\s+(?P<per>{_DENOMINATOR_WORDS}|[A-Za-z]+)\b(?!-))"
    rf"(?P<ago>\s+(?:{alternation(en.NOT_RATE_AFTER)})\b)?", re.IGNORECASE)
_TIMES = set(en.DURATION_UNITS.values())
_DENOMINATORS = {word.lower(): unit for word, unit in en.RATE_DENOMINATORS.items()}
_RATE_UNITS = {"mile/hour": "mph", "km/hour": "km/h"}
_SPACED_DIGITS = re.compile(r"[0-9] [0-9]")
_HEADER_UNIT = re.compile(r"\((?P<unit>[^()]*)\)")
_RANGE_JOIN = re.compile(r"\s*(?:to|and|–|—)\s+|\s*[–—]\s*|-(?=[$£€]?[0-9])",
                         re.IGNORECASE)
_PERCENT_AHEAD = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_MONTHS = set(en.MONTHS)
_NOT_NAMES_BEFORE = set(en.NOT_NAMES_BEFORE)
_NOT_HALF_AFTER = set(en.NOT_HALF_AFTER)
_NAME_BEFORE = re.compile(r"(?<![\w&'’.-])([A-Za-z][\w&'’-]*) \Z")
_HYPHEN_NUMBER = re.compile(r"-[$£€]?[0-9]")
_PER_AFTER = re.compile(r"-(?:an?|per)-", re.IGNORECASE)
_AGED = re.compile(r"\bage[sd]?\s+(?:(?:from|between|of)\s+)?\Z", re.IGNORECASE)
_INDEX_NAMES = re.compile(rf"\b(?:{alternation(en.INDEX_NAMES)})\b", re.IGNORECASE)
# The counted noun of a subject: its last plural word (before rise, fall, range …).
_SUBJECT_NOUN = re.compile(r"\b([a-z]{3,}(?<!s)(?<!ss)s)(?:\s+(?:rise|fall|range|compared))*\Z")
_NUMBER_OF = re.compile(
    r"\bnumber of (?:the )?(?:[a-z-]+ )??([a-z-]+s|people|children|men|women|staff)\b")
_NOT_ONE_BEFORE = set(en.NOT_ONE_BEFORE)
_RACES = set(en.RACES)
# two more cuts, 3,000 additional staff: the noun after the word of more
_MORE_NOUN = re.compile(r"\s+(?:more|further|additional|extra)\s+(?=[A-Za-z])", re.IGNORECASE)
_RESOLUTIONS = {"1", "2", "4", "5", "6", "8", "12", "16"}
_ADJUNCTS = set(en.PLURAL_ADJUNCTS)
_RACE_TIME = re.compile(r"\s+in\s+[0-9]+(?:[.:][0-9]+)*\s*(?:s|secs?|seconds|min|mins|minutes)\b")
_CRICKET = re.compile(rf"\b(?:{alternation(en.CRICKET_WORDS)})\b", re.IGNORECASE)
_WICKETS_AFTER = re.compile(r"[0-9] for \Z")
# … and the population is now 8.5 million: a figure with a predicate of its own
_OWN_PREDICATE = re.compile(r"\b(?:and|but|while|whereas)\s+(?:the\s+)?(?:[a-z]+\s+){1,3}"
                            r"(?:is|was|are|were|stood|stands)\b")
_NOT_ONE_NOUNS = set(en.NOT_ONE_NOUNS)
_ORDINAL_BEFORE = set(en.ORDINAL_BEFORE)
_RATE_WORDS = set(en.RATE_WORDS)
_OVER_AS_QUALIFIER_AFTER = set(en.OVER_AS_QUALIFIER_AFTER)
# Counted on the UTF-8 bytes, where C does the counting: ASCII letters are the bytes kept by
# _NOT_LETTERS, and a character of U+4000-U+9FFF (Chinese, nearly all) has a lead byte E4-E9.
_NOT_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_NOT_CHINESE_LEADS = bytes(b for b in range(256) if not 0xE4 <= b <= 0xE9)


def claims(text: str) -> bool:
    """True when a text is English prose rather than Chinese (judged on its first 20,000
    characters: letters far outnumber Chinese characters)."""
    sample = text[:20000].encode("utf-8", "surrogatepass")
    letters = len(sample.translate(None, _NOT_LETTERS))
    chinese = len(sample.translate(None, _NOT_CHINESE_LEADS))
    return letters > 10 * chinese + (20 if chinese else 0)  # a short English line too


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


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _PATTERN in a text, as finditer gives them, found faster: the pattern is
    tried only at the word starts and signs shortly before a digit or a number word (where a
    qualifier or a currency may begin), not at every word of the text."""
    digits = [found.start() for found in _DIGIT_TRIGGERS.finditer(text)]
    lowered = text.lower()
    # a number every 40 characters (tables, dense releases): the plain scan is as quick; and
    # a character whose lower case is longer would shift the positions
    if len(digits) * 40 > len(text) or len(lowered) != len(text):
        yield from _PATTERN.finditer(text)
        return
    triggers = sorted(set(digits).union(
        found.start() for found in _WORD_TRIGGERS.finditer(lowered)
        if not found.start() or not text[found.start() - 1].isalpha()))
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
    return en.PERCENT_WORDS.get(pct, pct), _UNIT_WORDS.get(unit) or en.GLUED_UNITS.get(unit, "")


def _numeral(m: re.Match[str]) -> tuple[Numeral | None, str]:
    """The number of a match and the kind it makes by itself: a ratio for fractions
    (three-quarters, a third of, half of) and ratios (one in five), their quotient to four
    places as in Chinese; a word numeral shows its last non-zero place (twenty → u = 10, as
    两千万)."""
    raw, per = m.group("num", "dden")
    if raw and per and "/" not in raw and raw.isdigit():  # 3 in 10 voters: a share
        return Numeral((Decimal(raw) / int(per)).quantize(_PLACE).normalize(), _PLACE, _PLACE), "ratio"
    if raw and "/" not in raw:  # digits, the usual case
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
        return Numeral((Decimal(top) / bottom).quantize(place).normalize(), place, place), "ratio"
    if words:
        digits = str(_in_words(words))
        step = Decimal(10) ** (len(digits) - len(digits.rstrip("0")))
        andfrac = m.group("andfrac")
        if andfrac:  # two and a half: 2.5
            extra = Decimal(1) / en.FRACTION_WORDS[andfrac.lower()]
            return Numeral(Decimal(digits) + extra, extra, extra), ""
        return Numeral(Decimal(digits), step, step), ""
    if len(raw) > MAX_DIGITS:
        return None, ""
    if "/" in raw:  # 1/4, 1-1/4: the FOMC's fractions, to four places
        whole, _, fraction = raw.rpartition("-")
        over, _, under = fraction.partition("/")
        exact = (Decimal(whole or 0) + Decimal(over) / Decimal(under)).quantize(place)
        return Numeral(exact.normalize(), place, place), ""
    return parse_arabic(raw), ""


_PLACE = Decimal("0.0001")  # fractions to four places, as in Chinese


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
    next_word = (WORD.findall(after) or [""])[0].lower()
    if last_word in _ORDINAL_BEFORE or before.rstrip().endswith("#"):
        return False
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
        if measured:
            return True
        of_the = OF_THE_NUMBER.match(text, m.end()) is not None
        if _WICKETS_AFTER.search(text, max(0, m.start() - 6), m.start()):
            return True  # 287 for six: wickets
        if words.lower() == "one":  # one of the five banks, one analyst
            return of_the or (next_word not in NOUN_BREAK and next_word not in _NOT_ONE_NOUNS
                              and last_word not in _NOT_ONE_BEFORE and after[:1] == " ")
        return (bool(next_word) and next_word not in NOUN_BREAK or of_the
                or _MORE_NOUN.match(text, m.end()) is not None)  # two more cuts
    # +388 1 555 0142: digits grouped by spaces are a phone number
    spaced = bool(_SPACED_DIGITS.search(text, max(0, start - 2), start + 1)
                  or _SPACED_DIGITS.match(text, end - 1))
    plain = bool(raw) and "," not in raw and "." not in raw and not measured
    if not plain:
        return not spaced
    line_start = m.start() == 0 or text[m.start() - 1] in "\n\r"
    return not (
        1800 <= int(raw) <= 2100  # a year
        or last_word in _MONTHS or next_word in _MONTHS  # a date: May 7, 7 May
        or (line_start and after[:2] in (". ", ") "))  # a list label: 1. Output, 2) Jobs
        or (before.endswith("(") and re.match(r"\) ?[0-9]", after) is not None)  # (08) 9222
        or spaced
        or (not m.group("pre") and not _signed(m) and _in_name(text, m.start())))


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
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if name is None:
        return False
    word = name.group(1)
    return (any(c.isupper() for c in word) and word.lower() not in _NOT_NAMES_BEFORE
            and word.lower() not in _MONTHS)


def _range_partner(text: str, m: re.Match[str], last_word: str) -> re.Match[str] | None:
    """The second number of a range whose first number is `m` (15 to 64 years, between 3.9
    and 4.4 per cent, 2–3 million, 4-6%, from 12,400 to 11,950): one figure with both.  Not
    after a change: rose by 142,000 to 1.6 million is a change and a level."""
    join = _RANGE_JOIN.match(text, m.end())
    if join is None or (join.group().strip().lower() == "and" and last_word != "between"):
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
    if join.group() == "-" and not (any(first) or any(second)) and not _plural(
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
    quantity that varies is not its value."""
    text = document.text
    scale_word, pct, currency, unit_as_written = _units(m)
    numeral, kind = _numeral(m)
    if numeral is None:
        return None
    before = text[max(0, m.start() - 24):m.start()]
    last_word = (WORD.findall(before) or [""])[-1].lower()
    partner = None if kind == "ratio" else _range_partner(text, m, last_word)
    if partner is None and _HYPHEN_NUMBER.match(text, m.end()):
        return None  # 15-64, COVID-19's 19 is kept out by the pattern itself
    if m.group("scale") == "K" and not currency and m.group("num") in _RESOLUTIONS:
        return None  # 4K video, an 8K TV: a display standard, not 4,000
    measured = bool(scale_word or pct or currency or unit_as_written)
    if not _is_figure(text, m, measured or (partner is not None and any(_units(partner)))):
        return None
    if _signed(m):
        numeral = Numeral(-numeral.value, numeral.place, numeral.step)
    upper: Numeral | None = None
    if partner is not None:
        ranges.add(partner.start("n"))
        p_scale, p_pct, p_currency, p_unit = _units(partner)
        pct, unit_as_written = pct or p_pct, unit_as_written or p_unit
        currency = currency or p_currency
        upper = _numeral(partner)[0]
        assert upper is not None  # _range_partner took only numbers
        if _signed(partner):
            upper = Numeral(-upper.value, upper.place, upper.step)
        if p_scale and not scale_word and numeral.value <= upper.value:
            scale_word = p_scale  # 2 to 3 million; but 900 to 1.2 million keeps 900
        if p_scale:
            upper = scaled(upper, Decimal(en.SCALES[p_scale]))
    unit_word = unit_as_written
    if scale_word == "m" and not currency and not unit_word and (
            (WORD.findall(text, m.end(), m.end() + 16) or [""])[0].lower() in _RACES
            or _RACE_TIME.match(text, m.end())):
        scale_word, unit_word = "", "metres"  # the 100m final: metres, not a million
    if scale_word:
        numeral = scaled(numeral, Decimal(en.SCALES[scale_word]))
    prefix = " ".join((m.group("pre") or "").lower().split())
    if prefix == "over" and unit_word in en.DURATION_UNITS and (
            WORD.findall(text, max(0, m.start() - 12), m.start()) or [""])[-1].lower() not in (
            _OVER_AS_QUALIFIER_AFTER):
        prefix = ""  # … over twelve months: a period, not more than one
    post = " ".join((m.group("post") or "").lower().split())
    qualifier = en.PREFIX_QUALIFIERS.get(prefix) or en.POSTFIX_QUALIFIERS.get(post)
    unbounded = prefix in en.UNBOUNDED_MORE_THAN
    measure = _UNIT_WORDS.get(unit_word) or en.GLUED_UNITS.get(unit_word)
    unit: str | None
    if pct in en.PERCENT_WORDS:
        kind, unit = "percent", "%"
    elif pct in en.POINT_WORDS:
        kind, unit = "points", _POINT_UNITS[en.POINT_WORDS[pct]]
    elif currency:
        kind = "money"
        unit = (_MONEY_BEFORE.get(currency) or en.CURRENCY_WORDS.get(" ".join(
            currency.lower().split())) or currency.upper())
    elif measure == "GBX":
        kind, unit = "money", measure  # 50p
    elif unit_word in en.DURATION_UNITS:
        kind, unit = "duration", measure
    elif measure == "times":
        kind, unit = "ratio", measure  # three times
    elif measure:
        kind, unit = "measure", measure
    elif _AGED.search(text, max(0, _lead(m) - 24), _lead(m)):
        kind, unit = "duration", "year"  # aged from 16 to 64
    elif kind != "ratio":
        next_word = (WORD.findall(text, m.end(), m.end() + 16) or [""])[0].lower()
        kind = "count" if (next_word and next_word not in BREAK) or OF_THE_NUMBER.match(
            text, m.end()) or _MORE_NOUN.match(text, m.end()) else "number"
        # 1,200 jobs; 5 of the 11 regions; two more cuts
        unit = None
    else:
        unit = "times" if m.group("twice") else None
    cell_start = _lead(m) if _signed(m) else m.start("n")
    if (upper is None and tables.in_cell(text, cell_start, m.end("n"))
            and not (pct or currency or unit_word)):
        return _table_figure(document, m, numeral), Last()
    start = m.start("pre") if prefix else _lead(m)
    end = m.end() if partner is None else partner.end()
    if kind in ("money", "measure") and unit and "/" not in unit:
        unit = _rate(text, end, unit)
    line, column = document.position(start)
    clause_start, clause_end = stops.clause(start, end)
    if kind == "count":
        unit = _counted_noun(text, end, clause_end)  # 1,200 jobs: job
    if kind in ("count", "number") and unit is None and _about_cricket(
            text, (stops.sentence(start), stops.sentences.forward_to(end)), cricket):
        # cricket: 287 for six, bowled out for 108, an innings of 92
        kind, unit = "count", "wicket" if _WICKETS_AFTER.search(
            text, max(0, m.start() - 6), m.start()) and numeral.value <= 10 else "run"
    if kind in ("count", "number") and unit is None and (
            "," in text[m.start("n"):m.end("n")] or "." in text[m.start("n"):m.end("n")]) and (
            _INDEX_NAMES.search(text, stops.sentence(start), start)):
        kind, unit = "points", "point"  # the Nikkei 225 rose 1.1% to 38,440.2
    named, follows = _NAMELESS, None
    if kind != "duration":
        sentence = stops.sentence(start)
        named, aside = metric_of(text, clause_start, start, end, clause_end, kind, last,
                               sentence, stops)
        if upper is not None and named.metric and not named.metric.endswith(" range"):
            metric = named.metric.removesuffix(" compared")  # from 9 to 12: both ends
            named = Named(f"{metric} range", named.base, named.subject, named.own,
                           named.change)
        if aside and named is last.named and unit == last.unit:
            named = _NAMELESS  # nearly 2 million (1,965,000): the same figure again
        follows = None if aside else Last(named, end, sentence, unit)
    counted = _NUMBER_OF.search(named.metric) if kind in ("count", "number") else None
    if counted and unit is None:
        kind, unit = "count", singular(counted.group(1))  # the number of employees rose by …
    elif kind in ("count", "number") and unit is None and "\t" not in text[start:end]:
        subject = _SUBJECT_NOUN.search(named.metric)
        if subject:  # mortgage approvals rose to 61,300; sales of season tickets rose from …
            kind, unit = "count", singular(subject.group(1))
    if unit == "point" and (_RATE_WORDS.intersection(named.metric.split())
                            or _PERCENT_AHEAD.search(text, end, clause_end)):
        unit = "percentage points"  # the unemployment rate fell by 0.2 points to 4.1%
    if upper is None:
        interval = interval_of(numeral, qualifier, unbounded)
    else:
        interval, qualifier = range_interval(numeral, upper), "range"
        numeral = Numeral(min(numeral.value, upper.value), numeral.place, numeral.step)
    return Figure(
        document=document.path, line=line, column=column, start=start, end=end,
        text=text[start:end], value=numeral.value, unit=unit,
        scale=scale_word or None, qualifier=qualifier,
        interval=interval, place=numeral.place,
        metric=named.metric, context=text[clause_start:clause_end].strip(), kind=kind,
        where=document.where(start),
    ), follows


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
    of_the = OF_THE_NUMBER.match(text, end) or _MORE_NOUN.match(text, end)
    phrase = until(words_after(text, of_the.end() if of_the else end, clause_end),
                    NOUN_BREAK, 4)
    if not phrase:
        return None
    noun = next((word for word in phrase if _plural(word) and word not in _ADJUNCTS), phrase[-1])
    at = text[end:clause_end].lower().find(noun)  # the noun as written, for the rate after it
    per = _rate(text, end + at + len(noun), singular(noun)) if at >= 0 else ""
    if per.endswith(tuple(f"/{time}" for time in _TIMES)):
        return per  # 200,000 cars a year: car/year; 220,000 barrels a day
    return singular(noun)


def _plural(word: str) -> bool:
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


_NAMELESS = Named()


def _bracket_unit(cell: str) -> tuple[str, str | None, str | None]:
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


def _table_figure(document: Document, m: re.Match[str], numeral: Numeral) -> Figure:
    """A number alone in a table cell: named by its row and column header, with the unit or
    scale in brackets in the row's first cell or, failing that, in the column's header:
    Employment (thousands), Change on year (%)."""
    text = document.text
    start, end = m.start("sign") if m.group("sign") else m.start("n"), m.end("n")
    cells, column = tables.row_at(text, start)
    header = tables.header_of(text, start, len(cells), column)
    kind, unit, scale = _bracket_unit(cells[0])
    if (kind, scale) == ("number", None):
        kind, unit, scale = _bracket_unit(header)
    if scale:
        numeral = scaled(numeral, Decimal(en.SCALES[scale]))
    line, column_number = document.position(start)
    return Figure(
        document=document.path, line=line, column=column_number, start=start, end=end,
        text=text[start:end], value=numeral.value, unit=unit, scale=scale, qualifier=None,
        interval=interval_of(numeral, None, False), place=numeral.place,
        metric=cells[0].lower() + (f" ({header.lower()})" if header else ""),
        context=text[tables.row_start(text, start):end].strip(), kind=kind,
        where=document.where(start),
    )
