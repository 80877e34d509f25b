"""Extraction from English report prose: the same Figure records as for Chinese.

One compiled pattern finds numbers with their qualifier, currency, scale and unit
("more than 1.38 million", "$4.67 billion", "5.2 percent", "0.5 percentage points",
"69,541 tonnes"); years, dates, ordinals and identifiers are left out.  The first number of
a range takes the unit of the second (between 3.9 and 4.4 per cent, aged 15 to 64 years).

A figure's metric is the noun phrase after it (12,600 households in …), or else the subject
before it (gross domestic product was 126 trillion yuan), found past asides (Trimmed mean
inflation, the preferred measure, was 3.1 per cent) and with the direction of a change
(employment rose by 21,400: "employment rise"); a figure with no subject of its own takes
the metric of the figure before it in the sentence (…, or 2.0 per cent; … to 4.1%; down from
3.4% in the June quarter).  Language knowledge is in lang/en.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from checker import tables
from checker.documents import Document
from checker.figures import MAX_DIGITS, Figure, interval_of, range_interval
from checker.lang import en
from checker.numerals import Numeral, parse_arabic, scaled
from checker.stops import WINDOW, Stops


def _words(words: object) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_NUMBER = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_UNITS_IN_WORDS = _words(en.NUMBER_WORDS)
_IN_WORDS = (rf"(?:{_words(en.TENS_WORDS)})(?:-(?:{_UNITS_IN_WORDS}))?(?:\s+hundred)?"
             rf"|(?:{_UNITS_IN_WORDS})(?:\s+hundred)?")
_FRACTIONS = _words(en.FRACTION_WORDS)
# The number itself: a fraction (three-quarters, two thirds of, a third of, half of), a ratio
# (one in five), digits, or words.
_FIRST_LETTERS = "".join(sorted({w[0] for w in [*en.NUMBER_WORDS, *en.TENS_WORDS, "a", "h"]}))
_NUMERAL = (rf"(?P<n>(?=[0-9{_FIRST_LETTERS}])(?:(?P<num>{_NUMBER})"
            rf"|(?P<half>half)(?=\s+(?:of|the|an?|its|their|his|her|our|all)\b)"
            rf"|a\s+(?P<afrac>third|quarter|fifth|tenth)(?=\s+of\b)"
            rf"|(?P<words>{_IN_WORDS})"
            rf"(?:-(?P<fden>{_FRACTIONS})|\s+(?P<sden>{_FRACTIONS})(?=\s+of\b)"
            rf"|\s+in\s+(?P<rden>{_IN_WORDS}|[0-9]{{1,3}}))?))")
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
    number_alone = "" if joined else r"(?<![\w.,:/+])"
    return re.compile(
        rf"(?=[0-9\-−{re.escape(_SYMBOLS)}]|(?<![A-Za-z])[A-Za-z])"
        rf"(?:(?P<pre>{_words(en.PREFIX_QUALIFIERS)})\s+)?"
        rf"{alone}(?P<sign>[-−])?"
        rf"(?:(?P<cur>(?-i:{_words(_MONEY_BEFORE)}))\s?|{number_alone})"
        rf"{_NUMERAL}"
        rf"(?:\s?(?P<scale>{_words(en.SCALES)})\b)?"
        rf"(?:\s?(?P<pct>%|(?:{_words(en.PERCENT_WORDS)}|{_words(en.POINT_WORDS)})\b))?"
        rf"(?:(?P<glued>(?-i:{_words(en.GLUED_UNITS)}))(?![A-Za-z0-9])"
        rf"|\s+(?P<cur2>{_words(en.CURRENCY_WORDS)})\b"
        rf"|(?:\s+|-)(?P<unit>{_words(_UNIT_WORDS)})(?![\w-]))?"
        rf"(?:\s+(?P<post>{_words(en.POSTFIX_QUALIFIERS)})\b)?"
        # 56,000-a-year is a figure, 15-64 is not (but 4-6% is a range)
        rf"(?![\w:/]|-(?!an?-|per-|[$£€]?[0-9])|[.,][0-9])",
        re.IGNORECASE,
    )


_PATTERN = _pattern(joined=False)
_JOINED = _pattern(joined=True)
_RATE = re.compile(
    rf"(?:\s*/\s*|\s+(?:a|an|per|each|every)\s+|-(?:a|an|per)-)"
    rf"(?P<den>{_words(en.RATE_DENOMINATORS)})\b(?!\s+(?:{_words(en.NOT_RATE_AFTER)})\b)",
    re.IGNORECASE)
_DENOMINATORS = {word.lower(): unit for word, unit in en.RATE_DENOMINATORS.items()}
_RATE_UNITS = {"mile/hour": "mph", "km/hour": "km/h"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SPACED_DIGITS = re.compile(r"[0-9] [0-9]")
_HEADER_UNIT = re.compile(r"\((?P<unit>[^()]*)\)")
_CLAUSE = re.compile(r"[.;:!?\n\r](?![0-9])|,\s")
_SENTENCE = re.compile(r"[.!?](?=\s)|[\n\r]")
_ASIDE = re.compile(r"\([^()]*\)")
_RANGE_JOIN = re.compile(r"\s*(?:to|and|–|—)\s+|\s*[–—]\s*|-(?=[$£€]?[0-9])",
                         re.IGNORECASE)
_DIGIT = re.compile("[0-9]")
_NOT_WORDS = re.compile(r"[^A-Za-z'’ \t-]")
_PERCENT_AHEAD = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
# Numbers with their units in the words before a figure: left out of its subject (the
# employment rate for people aged 15 to 64 years was …).
_NUMBER_SPAN = re.compile(
    rf"(?:\baged\s+)?(?:(?:{_words(en.PREFIX_QUALIFIERS)})\s+)?"
    rf"[$£€]?[0-9][0-9,.]*(?:\s*(?:to|and|-|–)\s*[$£€]?[0-9][0-9,.]*)?"
    rf"(?:\s?(?:{_words(en.SCALES)})\b)?"
    rf"(?:\s?(?:%|(?:{_words(en.PERCENT_WORDS)}|{_words(en.POINT_WORDS)})\b))?"
    rf"(?:\s+(?:{_words(_UNIT_WORDS)})\b)?"
    rf"(?:\s+(?:{_words(en.POSTFIX_QUALIFIERS)})\b)?",
    re.IGNORECASE,
)
_MONTHS = set(en.MONTHS)
_NOT_NAMES_BEFORE = set(en.NOT_NAMES_BEFORE)
_NOT_HALF_AFTER = set(en.NOT_HALF_AFTER)
_NAME_BEFORE = re.compile(r"(?<![\w&'’.-])([A-Za-z][\w&'’-]*) \Z")
_HYPHEN_NUMBER = re.compile(r"-[$£€]?[0-9]")
_PER_AFTER = re.compile(r"-(?:an?|per)-", re.IGNORECASE)
_ORDINAL_BEFORE = set(en.ORDINAL_BEFORE)
_BREAK = set(en.METRIC_BREAK)
_NOUN_BREAK = _BREAK | set(en.RISE_WORDS) | set(en.FALL_WORDS) | set(en.VERBS)
_PREDICATE_BREAK = (_BREAK - {"of"}) | {"the"}  # people are out of work; homes were built
_OF_THE_NUMBER = re.compile(rf"\s+of\s+(?:the\s+)?(?:[0-9][0-9,]*|{_IN_WORDS})\s+(?=[A-Za-z])",
                            re.IGNORECASE)
_TRAIL = set(en.METRIC_TRAIL)
_LEAD = set(en.METRIC_LEAD)
_RISE = set(en.RISE_WORDS)
_FALL = set(en.FALL_WORDS)
_CHANGE_NOUNS = {**{w: "rise" for w in en.RISE_NOUNS}, **{w: "fall" for w in en.FALL_NOUNS}}
_COMPARE = set(en.COMPARE_WORDS)
_PART = set(en.PART_WORDS)
_PART_PRONOUNS = set(en.PART_PRONOUNS)
_ADVERBIAL_START = set(en.ADVERBIAL_START)
_REPORTING = set(en.REPORTING_VERBS)
_OF_NOUNS = set(en.OF_NOUNS)
_LEVEL_WORDS = set(en.LEVEL_WORDS)
_COMPARE_CUTS = set(en.COMPARE_CUTS)
_CONJUNCTIONS = set(en.CONJUNCTIONS)
_ASIDE_START = set(en.ASIDE_START)
_GENERIC = set(en.GENERIC_NOUNS)
_AUXILIARIES = set(en.AUXILIARIES)
_RATE_WORDS = set(en.RATE_WORDS)
_NOT_CHANGE_BEFORE_UP = set(en.NOT_CHANGE_BEFORE_UP)
_PREPOSITIONS = set(en.PREPOSITIONS)
_POSSESSIVES = set(en.POSSESSIVES)
_RELATIVES = set(en.RELATIVES)
_RISE_AFTER = set(en.RISE_AFTER)
_FALL_AFTER = set(en.FALL_AFTER)
_OVER_AS_QUALIFIER_AFTER = set(en.OVER_AS_QUALIFIER_AFTER)
_TRIMMED = _TRAIL | _RISE | _FALL | _COMPARE | _PART | _PART_PRONOUNS
# Counted on the UTF-8 bytes, where C does the counting: ASCII letters are the bytes kept by
# _NOT_LETTERS, and a character of U+4000-U+9FFF (Chinese, nearly all) has a lead byte E4-E9.
_NOT_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_NOT_CHINESE_LEADS = bytes(b for b in range(256) if not 0xE4 <= b <= 0xE9)
MAX_WORDS = 8


def is_english(text: str) -> bool:
    """True when a text is English prose rather than Chinese (judged on its first 20,000
    characters: letters far outnumber Chinese characters)."""
    sample = text[:20000].encode("utf-8", "surrogatepass")
    letters = len(sample.translate(None, _NOT_LETTERS))
    return letters > 10 * len(sample.translate(None, _NOT_CHINESE_LEADS)) + 20


@dataclass(frozen=True)
class _Named:
    """A figure's name: its metric, the metric without its change word, and its subject
    (what "its" and "their" refer to in the clauses after it)."""

    metric: str = ""
    base: str = ""
    subject: str = ""
    own: str = ""  # the base without the owner "its" stood for (unemployment rate)
    change: str = ""  # rise, fall or nothing


@dataclass(frozen=True)
class _Last:
    """The last figure named in prose that may name the figures after it in its sentence."""

    named: _Named = _Named()
    end: int = -1
    sentence: int = -1
    unit: str | None = None


@dataclass(frozen=True)
class _Stops:
    """Where the clauses and sentences of a text end, found in one pass."""

    clauses: Stops
    sentences: Stops

    @classmethod
    def of(cls, text: str) -> _Stops:
        clauses = [(c.start(), c.end()) for c in _CLAUSE.finditer(text)]
        sentences = [s.end() for s in _SENTENCE.finditer(text)]
        return cls(Stops([a for a, _ in clauses], [b for _, b in clauses], len(text)),
                   Stops(sentences, sentences, len(text)))

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around text[start:end] (at most WINDOW characters either side)."""
        return self.clauses.back_to(start), self.clauses.forward_to(end)

    def sentence(self, start: int) -> int:
        """Where the sentence around `start` begins (at most 2 × WINDOW characters back)."""
        return self.sentences.back_to(start, window=2 * WINDOW)


def extract_english(document: Document) -> list[Figure]:
    text = document.text
    stops = _Stops.of(text)
    figures: list[Figure] = []
    last = _Last()
    ranges: set[int] = set()  # where the second numbers of ranges start: inside their range
    for m in _PATTERN.finditer(text):
        if m.start("n") in ranges:
            continue
        found = _figure(document, m, last, ranges, stops)
        if found is None:
            continue
        figure, named = found
        if named is not None:
            last = named
        figures.append(figure)
    return figures


def _units(m: re.Match[str]) -> tuple[str, str, str | None, str]:
    """The scale word, percent or point word, currency and unit word (lower case; a unit
    glued to the digits as written, 5G being no 5g) of a match."""
    return ((m.group("scale") or "").lower(), " ".join((m.group("pct") or "").lower().split()),
            m.group("cur") or m.group("cur2"),
            " ".join((m.group("unit") or "").lower().split()) or (m.group("glued") or ""))


def _unit_key(units: tuple[str, str, str | None, str]) -> tuple[str, str]:
    """What a range's two ends must share: their percent or point word and their unit."""
    _, pct, _, unit = units
    return en.PERCENT_WORDS.get(pct, pct), _UNIT_WORDS.get(unit) or en.GLUED_UNITS.get(unit, "")


def _numeral(m: re.Match[str]) -> tuple[Numeral | None, str]:
    """The number of a match and the kind it makes by itself: a ratio for fractions
    (three-quarters, a third of, half of) and ratios (one in five), their quotient to four
    places as in Chinese; a word numeral shows its last non-zero place (twenty → u = 10, as
    两千万)."""
    place = Decimal("0.0001")
    if m.group("half") or m.group("afrac"):
        part = en.FRACTION_WORDS[(m.group("afrac") or "half").lower()]
        return Numeral((Decimal(1) / part).quantize(place).normalize(), place, place), "ratio"
    denominator = m.group("fden") or m.group("sden") or m.group("rden")
    if denominator:
        top = _in_words(m.group("words"))
        below = denominator.lower()
        bottom = (en.FRACTION_WORDS[below] if below in en.FRACTION_WORDS
                  else int(below) if below.isdigit() else _in_words(below))
        if not bottom:
            return None, ""
        return Numeral((Decimal(top) / bottom).quantize(place).normalize(), place, place), "ratio"
    if m.group("words"):
        digits = str(_in_words(m.group("words")))
        step = Decimal(10) ** (len(digits) - len(digits.rstrip("0")))
        return Numeral(Decimal(digits), step, step), ""
    raw = m.group("num")
    if len(raw) > MAX_DIGITS:
        return None, ""
    return parse_arabic(raw), ""


def _in_words(words: str) -> int:
    """twenty-five → 25, two hundred → 200, twelve → 12, a dozen → 12."""
    value = 0
    for word in re.split(r"[-\s]+", words.lower()):
        if word == "hundred":
            value *= 100
        elif word == "dozen":
            value = (value or 1) * 12
        else:
            value += en.NUMBER_WORDS.get(word) or en.TENS_WORDS.get(word, 0)
    return value


def _is_figure(text: str, m: re.Match[str], measured: bool) -> bool:
    """False for a number that is no figure: a year, a date, an ordinal or identifier, a list
    label, a phone number, a number in a name (FTSE 100, Windows 11); a word numeral with
    nothing it counts (one of the, the two)."""
    raw = m.group("num") or ""
    start, end = m.start("n"), m.end("n")
    before = text[max(0, start - 24):start - (len(m.group("cur") or ""))]
    last_word = (_WORD.findall(before) or [""])[-1].lower()
    after = text[m.end():m.end() + 16]
    next_word = (_WORD.findall(after) or [""])[0].lower()
    if last_word in _ORDINAL_BEFORE or before.rstrip().endswith("#"):
        return False
    if m.group("half") or m.group("afrac"):
        return last_word not in _NOT_HALF_AFTER  # the first half of the year is a period
    if m.group("fden") or m.group("sden") or m.group("rden"):
        return True  # three-quarters, two thirds of, one in five
    if m.group("words"):
        if measured:  # a two-year plan names a kind of plan (but a two-year-old is 2)
            unit = m.group("unit") or ""
            return not (unit and text[m.start("unit") - 1] == "-"
                        and not unit.lower().endswith("old"))
        of_the = _OF_THE_NUMBER.match(text, m.end()) is not None
        if m.group("words").lower() == "one":
            return of_the  # one of the five banks; one alone is an article, no figure
        return bool(next_word) and next_word not in _NOUN_BREAK or of_the
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
        or (not m.group("pre") and not m.group("sign") and _in_name(text, m.start())))


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
    if last_word == "by" or last_word in _RISE or last_word in _FALL:
        return None
    partner = _JOINED.match(text, join.end())
    if partner is None or _numeral(partner)[0] is None:
        return None
    first, second = _units(m), _units(partner)
    if first[2] and not second[2]:
        return None  # a payment of $250 to 5.3 million households
    if (first[1] or first[3]) and _unit_key(first) != _unit_key(second):
        return None  # 5% to 20,000 people
    if join.group() == "-" and not (any(first) or any(second)):
        return None  # 15-64, 3-1: an age band or a score, no quantity stated
    raw = m.group("num") or ""
    if raw.isdigit() and 1800 <= int(raw) <= 2100 and not any(first):
        return None  # 2025-26, between 2020 and 2024: years
    return partner


def _figure(document: Document, m: re.Match[str], last: _Last, ranges: set[int],
            stops: _Stops) -> tuple[Figure, _Last | None] | None:
    """The figure of a match, and what the figures after it may take their name from (None:
    as before).  A range is one figure from its first number to its second, its interval
    the two ends (qualifier `range`), named as such (unemployment rate range): a bound of a
    quantity that varies is not its value."""
    text = document.text
    scale_word, pct, currency, unit_as_written = _units(m)
    numeral, kind = _numeral(m)
    if numeral is None:
        return None
    before = text[max(0, m.start("n") - 24):m.start("n")]
    last_word = (_WORD.findall(before) or [""])[-1].lower()
    partner = _range_partner(text, m, last_word)
    if partner is None and _HYPHEN_NUMBER.match(text, m.end()):
        return None  # 15-64, COVID-19's 19 is kept out by the pattern itself
    measured = bool(scale_word or pct or currency or unit_as_written)
    if not _is_figure(text, m, measured or (partner is not None and any(_units(partner)))):
        return None
    if m.group("sign"):
        numeral = Numeral(-numeral.value, numeral.place, numeral.step)
    upper: Numeral | None = None
    if partner is not None:
        ranges.add(partner.start("n"))
        p_scale, p_pct, p_currency, p_unit = _units(partner)
        pct, unit_as_written = pct or p_pct, unit_as_written or p_unit
        currency = currency or p_currency
        upper = _numeral(partner)[0]
        assert upper is not None  # _range_partner took only numbers
        if partner.group("sign"):
            upper = Numeral(-upper.value, upper.place, upper.step)
        if p_scale and not scale_word and numeral.value <= upper.value:
            scale_word = p_scale  # 2 to 3 million; but 900 to 1.2 million keeps 900
        if p_scale:
            upper = scaled(upper, Decimal(en.SCALES[p_scale]))
    unit_word = unit_as_written
    if scale_word:
        numeral = scaled(numeral, Decimal(en.SCALES[scale_word]))
    prefix = " ".join((m.group("pre") or "").lower().split())
    if prefix == "over" and unit_word in en.DURATION_UNITS and (
            _WORD.findall(text, max(0, m.start() - 12), m.start()) or [""])[-1].lower() not in (
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
    elif kind != "ratio":
        next_word = (_WORD.findall(text, m.end(), m.end() + 16) or [""])[0].lower()
        kind = "count" if (next_word and next_word not in _BREAK) or _OF_THE_NUMBER.match(
            text, m.end()) else "number"  # 1,200 jobs; 5 of the 11 regions
        unit = None
    else:
        unit = None
    cell_start = m.start("sign") if m.group("sign") else m.start("n")
    if (upper is None and tables.in_cell(text, cell_start, m.end("n"))
            and not (pct or currency or unit_word)):
        return _table_figure(document, m, numeral), _Last()
    start = m.start("pre") if prefix else m.start("sign") if m.group("sign") else m.start(
        "cur") if m.group("cur") else m.start("n")
    end = m.end() if partner is None else partner.end()
    rate = _RATE.match(text, end) if kind in ("money", "measure") and unit else None
    if rate and unit and "/" not in unit:  # $61 a barrel, RM120 a month, 90 miles per hour
        per = f"{unit}/{_DENOMINATORS[' '.join(rate.group('den').lower().split())]}"
        unit = _RATE_UNITS.get(per, per)
    line, column = document.position(start)
    clause_start, clause_end = stops.clause(start, end)
    if kind == "count":
        unit = _counted_noun(text, end, clause_end)  # 1,200 jobs: job
    named, follows = _NAMELESS, None
    if kind != "duration":
        sentence = stops.sentence(start)
        named, aside = _metric(text, clause_start, start, end, clause_end, kind, last,
                               sentence, stops)
        if upper is not None and named.metric and not named.metric.endswith(" range"):
            metric = named.metric.removesuffix(" compared")  # from 9 to 12: both ends
            named = _Named(f"{metric} range", named.base, named.subject, named.own,
                           named.change)
        if aside and named is last.named and unit == last.unit:
            named = _NAMELESS  # nearly 2 million (1,965,000): the same figure again
        follows = None if aside else _Last(named, end, sentence, unit)
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


def _counted_noun(text: str, end: int, clause_end: int) -> str | None:
    """The noun a count counts, singular and lower case: 1,200 jobs → job, 136,200 unemployed
    people → person, 5 of the 11 regions → region; None when no noun follows."""
    if _PER_AFTER.match(text, end):
        return None  # a 56,000-a-year target: a rate, not a count of targets
    of_the = _OF_THE_NUMBER.match(text, end)
    phrase = _until(_words_after(text, of_the.end() if of_the else end, clause_end),
                    _NOUN_BREAK, 4)
    if not phrase:
        return None
    noun = next((word for word in phrase if _plural(word)), phrase[0])
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


_NAMELESS = _Named()


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


def _words_after(text: str, end: int, clause_end: int) -> list[str]:
    """The words right after a figure, up to anything but a word (a number, a bracket)."""
    cut = _NOT_WORDS.search(text, end, clause_end)
    return [w.lower() for w in _WORD.findall(text, end, cut.start() if cut else clause_end)]


def _until(words: list[str], stops: set[str], limit: int = MAX_WORDS) -> list[str]:
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
    adverbial: bool = False  # … on the quarter to 717,000: when or where, not what
    elided: bool = False  # … and imports by 1.7 percent: the verb is the one before


def _subject(segment: str, after_figure: bool, possessor: str) -> _Subject:
    if "(" in segment:
        segment = _ASIDE.sub(" ", segment)
    if _DIGIT.search(segment):
        segment = _NUMBER_SPAN.sub(" ", segment)
    words = _WORD.findall(segment.lower())
    # … 96,300 people and natural increase 28,100: after the conjunction; … said two-thirds
    cuts = [i for i, word in enumerate(words) if word in _REPORTING or word in _COMPARE_CUTS
            or (after_figure and word in _CONJUNCTIONS)]
    compared = bool(cuts) and words[cuts[-1]] in _COMPARE_CUTS
    words = words[cuts[-1] + 1:] if cuts else words
    change, level, compare, part, pronoun = "", False, False, False, False
    popped: list[str] = []
    while words and (words[-1] in _TRIMMED or (
            (words[-1] in _CHANGE_NOUNS or words[-1] in _OF_NOUNS)
            and popped[-1:] in (["of"], ["by"]))):
        word = words.pop()
        if word == "up" and words[-1:] and words[-1] in _NOT_CHANGE_BEFORE_UP:
            word = words.pop()  # made up 17.9 per cent: a share, no change
        level = level or (not popped and word in _LEVEL_WORDS)
        compare = compare or word in _COMPARE
        part = part or word in _PART or (word in _PART_PRONOUNS and words[-1:] == ["of"])
        if word in ("it", "they"):
            pronoun, words = True, []  # over the year to March it reached …
        if not change:
            change = ("rise" if word in _RISE else "fall" if word in _FALL
                      else _CHANGE_NOUNS.get(word, ""))
        popped.append(word)
    compare = compare or (compared and all(w in _LEAD for w in words))  # compared with 11,510
    owner = ""
    adverbial = bool(words) and words[0] in _ADVERBIAL_START
    while words and words[0] in _LEAD:
        if words[0] in _POSSESSIVES:
            owner = possessor  # its unemployment rate: the Capital region's
        words.pop(0)
    return _Subject(words[-MAX_WORDS:], "" if level or compare else change, level, compare, part,
                    owner if words else "", pronoun, adverbial, popped == ["by"])


def _counted(after: list[str], noun_needed: bool = False) -> str:
    """What a count counts, from the words after it: the noun (12,600 households), with what
    is said of it at once (10,350 homes were finished), or that alone where the noun only
    says that people are counted (136,200 people are out of work; 20 million were trained)."""
    noun = _until([w for w in after if not w.startswith(("a-", "an-", "per-"))], _NOUN_BREAK)
    if noun_needed and not noun:
        return ""
    rest = after[len(noun):]
    core = [w for w in noun if w not in _GENERIC]
    predicate: list[str] = []
    if rest[:1] and (rest[0] in _AUXILIARIES or (noun and not core)):
        while rest[:1] and rest[0] in _AUXILIARIES:
            rest = rest[1:]
        lead = rest[:1] if rest[:1] == ["in"] else []  # … people were in employment
        predicate = lead + _until(rest[len(lead):], _PREDICATE_BREAK, 3)
    return " ".join(core + predicate)


def _metric(text: str, clause_start: int, start: int, end: int, clause_end: int, kind: str,
            last: _Last, sentence: int, stops: _Stops) -> tuple[_Named, bool]:
    """The name of a figure in prose, and whether it stands in an aside (in brackets, or in
    a clause of which/who), whose figures do not name the figures after them."""
    same = last.sentence == sentence and last.end <= start and bool(last.named.metric)
    floor = max(clause_start, last.end) if same else clause_start
    segment = text[floor:start]
    if "(" in segment and ")" not in segment[segment.rindex("("):]:
        if same and not segment[:segment.rindex("(")].strip():
            return last.named, True  # £250m ($492 million): the same figure in another unit
        segment = segment[segment.rindex("(") + 1:]
        aside = True
    else:
        first = _WORD.search(text, clause_start, start)
        aside = (clause_start > sentence and first is not None
                 and first.group().lower() in _RELATIVES)
    read = _subject(segment, floor > clause_start, last.named.subject if same else "")
    after = _words_after(text, end, clause_end)
    part = read.part or after[:2] in (["of", w] for w in _PART_PRONOUNS)
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
        counted = _counted(after, part)
        if counted and kind == "ratio":
            counted = f"share of {counted}"  # one in five employed people: a share of them
    if counted:
        return _Named(f"{counted} {change}".strip(), counted, counted, counted, change), aside
    own = "" if read.pronoun or (same and read.adverbial) else " ".join(read.words)
    subject = f"{read.owner} {own}".strip()
    if same and read.words and read.words[-1].endswith(("'s", "’s")):
        # … above the Capital's 3.2%: the Capital's unemployment, after the Far North's
        head = " ".join(_until(last.named.base.split(), _PREPOSITIONS))
        subject = f"{read.words[-1][:-2]} {head}"
    if subject and not (same and (read.compare or read.part)):
        base = subject  # from 9 to 12 million tonnes: 9 is the value compared with
        metric = f"{subject} {'compared' if read.compare else change}".strip()
    elif same and (read.compare or part):
        base = last.named.own if after[:1] == ["in"] else last.named.base  # …, against 6.9% in
        phrase = [w for w in after[:MAX_WORDS] if w not in _AUXILIARIES and w != "the"]
        while phrase and phrase[-1] in _PREPOSITIONS:
            phrase.pop()
        metric = " ".join([base, *(phrase or ["compared"])])  # … down from 4.8 per cent
    elif same:
        base = last.named.base
        if read.level or change:
            metric = f"{base} {'' if read.level else change}".strip()
        else:
            metric, change = last.named.metric, last.named.change
    else:
        base = _subject_before_asides(text, sentence, clause_start, stops) or " ".join(
            w for w in _until(after, _NOUN_BREAK) if w in _GENERIC)
        metric = f"{base} {change}".strip() if base else ""
    if kind in ("percent", "ratio") and after[:1] == ["of"]:
        share = [w for w in _until(after[1:], _BREAK) if w != "the"]
        if share:  # 16.7 per cent of GSP
            metric = f"{metric} share of {' '.join(share)}".strip()
    of_the = _OF_THE_NUMBER.match(text, end)
    if of_the:  # Employment increased in 9 of the 12 regions: regions
        counted = _counted(_words_after(text, of_the.end(), clause_end))
        metric = f"{counted} {metric}".strip()
    return _Named(metric, base or metric, subject or base, own or base or metric, change), aside


def _subject_before_asides(text: str, sentence: int, clause_start: int, stops: _Stops,
                           ) -> str:
    """The subject of a sentence whose figure's clause has none (Rents, up 6.8%, …;
    Trimmed mean inflation, the preferred measure of …, was 3.1 per cent): the nearest
    clause before it that is not itself an aside."""
    starts = [sentence, *stops.clauses.ends_between(sentence, clause_start)]
    for index in range(len(starts) - 2, -1, -1):
        segment = text[starts[index]:starts[index + 1]]
        first = (_WORD.findall(segment) or [""])[0].lower()
        if (index and (first in _ASIDE_START or first.endswith("ed"))) or first in _PREPOSITIONS:
            continue  # …, the preferred measure of …,  / …, published last week, / In 2023,
        words = _subject(segment, False, "").words
        if words:
            return " ".join(words)
    return ""
