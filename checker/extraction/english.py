"""English extraction: report prose to the same Figure records as for Chinese.

One compiled pattern finds numbers with their qualifier, currency, scale and unit
("more than 1.38 million", "$4.67 billion", "5.2 percent", "0.5 percentage points",
"69,541 tonnes"); years, dates, ordinals and identifiers are left out.  The first number of
a range takes the unit of the second (between 3.9 and 4.4 per cent, aged 15 to 64 years).
Each figure is named by `english_names`.  Language knowledge is in lang/en.py.
"""

from __future__ import annotations

import re
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
)
from checker.extraction.figure import MAX_DIGITS, Figure, interval_of
from checker.extraction.numerals import Numeral, parse_arabic, scaled
from checker.extraction.words import alternation
from checker.lang import en

_NUMBER = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
# The number itself: a fraction (three-quarters), a ratio (one in five), digits, or words.
_FIRST_LETTERS = "".join(sorted({w[0] for w in [*en.NUMBER_WORDS, *en.TENS_WORDS]}))
_NUMERAL = (rf"(?P<n>(?=[0-9{_FIRST_LETTERS}])(?:(?P<num>{_NUMBER})|(?P<words>{IN_WORDS})"
            rf"(?:-(?P<fden>{alternation(en.FRACTION_WORDS)})"
            rf"|\s+in\s+(?P<rden>{IN_WORDS}|[0-9]{{1,3}}))?))")
# Every match begins with a digit, a sign, a currency symbol or a word: the lookahead lets the
# regex engine skip the other positions (inside words, spaces) at once.
_SYMBOLS = "".join(sorted({w[0] for w in en.CURRENCY_SYMBOLS if not w[0].isalpha()}))
_PATTERN = re.compile(
    rf"(?=[0-9\-−{re.escape(_SYMBOLS)}]|(?<![A-Za-z])[A-Za-z])"
    rf"(?:(?P<pre>{alternation(en.PREFIX_QUALIFIERS)})\s+)?"
    rf"(?:(?P<code>{alternation(en.CURRENCY_CODES)})\s?)?"
    rf"(?<![\w.,:/+-])(?P<sign>[-−])?(?P<cur>{alternation(en.CURRENCY_SYMBOLS)})?"
    rf"(?<![\w.,:/+]){_NUMERAL}"
    rf"(?:\s?(?P<scale>{alternation(en.SCALES)})\b)?"
    rf"(?:\s?(?P<pct>%|(?:{alternation(en.PERCENT_WORDS)}|{alternation(en.POINT_WORDS)})\b))?"
    rf"(?:\s+(?P<cur2>{alternation(en.CURRENCY_WORDS)})\b)?"
    rf"(?:\s+(?P<unit>{alternation(en.MEASURE_UNITS + en.DURATION_UNITS)})\b)?"
    rf"(?:\s+(?P<post>{alternation(en.POSTFIX_QUALIFIERS)})\b)?"
    rf"(?![\w:/]|-(?!an?-|per-)|[.,][0-9])",  # 56,000-a-year is a figure, 15-64 is not
    re.IGNORECASE,
)
_SPACED_DIGITS = re.compile(r"[0-9] [0-9]")
_HEADER_UNIT = re.compile(r"\((?P<unit>[^()]*)\)")
_RANGE_JOIN = re.compile(r"\s*(?:to|and|–|—)\s+|\s*[–—]\s*", re.IGNORECASE)
_PERCENT_AHEAD = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_MONTHS = set(en.MONTHS)
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
    return letters > 10 * len(sample.translate(None, _NOT_CHINESE_LEADS)) + 20


def extract(document: Document) -> list[Figure]:
    text = document.text
    stops = Boundaries.of(text)
    figures: list[Figure] = []
    last = Last()
    ranges: set[int] = set()  # where the second numbers of ranges start
    for m in _PATTERN.finditer(text):
        found = _figure(document, m, last, ranges, stops)
        if found is None:
            continue
        figure, named = found
        if named is not None:
            last = named
        figures.append(figure)
    return figures


def _units(m: re.Match[str]) -> tuple[str, str, str | None, str]:
    """The scale word, percent or point word, currency and unit word of a match."""
    return ((m.group("scale") or "").lower(), " ".join((m.group("pct") or "").lower().split()),
            m.group("cur") or m.group("cur2") or m.group("code"),
            " ".join((m.group("unit") or "").split()))


def _numeral(m: re.Match[str]) -> tuple[Numeral | None, str]:
    """The number of a match and the kind it makes by itself: a ratio for fractions
    (three-quarters) and ratios (one in five), their quotient to four places as in Chinese;
    a word numeral shows its last non-zero place (twenty → u = 10, as 两千万)."""
    if m.group("fden") or m.group("rden"):
        top = _in_words(m.group("words"))
        below = (m.group("fden") or m.group("rden")).lower()
        bottom = (en.FRACTION_WORDS[below] if below in en.FRACTION_WORDS
                  else int(below) if below.isdigit() else _in_words(below))
        if not bottom:
            return None, ""
        place = Decimal("0.0001")
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
    """twenty-five → 25, two hundred → 200, twelve → 12."""
    value = 0
    for word in re.split(r"[-\s]+", words.lower()):
        if word == "hundred":
            value *= 100
        else:
            value += en.NUMBER_WORDS.get(word) or en.TENS_WORDS.get(word, 0)
    return value


def _is_figure(text: str, m: re.Match[str], measured: bool) -> bool:
    """False for a number that is no figure: a year, a date, an ordinal or identifier, a list
    label, a phone number; a word numeral with nothing it counts (one of the, the two)."""
    raw = m.group("num") or ""
    start, end = m.start("n"), m.end("n")
    before = text[max(0, start - 24):start - (len(m.group("cur") or ""))]
    last_word = (WORD.findall(before) or [""])[-1].lower()
    after = text[m.end():m.end() + 16]
    next_word = (WORD.findall(after) or [""])[0].lower()
    if last_word in _ORDINAL_BEFORE or before.rstrip().endswith("#"):
        return False
    if m.group("fden") or m.group("rden"):
        return True  # three-quarters, one in five
    if m.group("words"):
        return measured or (m.group("words").lower() != "one" and (
            bool(next_word) and next_word not in NOUN_BREAK
            or OF_THE_NUMBER.match(text, m.end()) is not None))
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
        or spaced)


def _range_partner(text: str, m: re.Match[str], last_word: str) -> re.Match[str] | None:
    """The second number of a range whose first number is `m` (15 to 64 years, between 3.9
    and 4.4 per cent, 2–3 million; from 900 to 1.2 million): it lends the first its unit and
    scale.  Not after a change: rose by 142,000 to 1.6 million is a change and a level."""
    join = _RANGE_JOIN.match(text, m.end())
    if join is None or (join.group().strip().lower() == "and" and last_word != "between"):
        return None
    if last_word == "by" or last_word in RISE or last_word in FALL:
        return None
    partner = _PATTERN.match(text, join.end())
    if partner is not None and _units(m)[2] and not _units(partner)[2]:
        return None  # a payment of $250 to 5.3 million households
    return partner


def _figure(document: Document, m: re.Match[str], last: Last, ranges: set[int],
            stops: Boundaries) -> tuple[Figure, Last | None] | None:
    """The figure of a match, and what the figures after it may take their name from (None:
    as before).  The ends of a range are named as such (unemployment rate range): a bound
    of a quantity that varies is not its value."""
    text = document.text
    scale_word, pct, currency, unit_as_written = _units(m)
    numeral, kind = _numeral(m)
    if numeral is None or not _is_figure(text, m, bool(scale_word or pct or currency
                                                          or unit_as_written)):
        return None
    if m.group("sign"):
        numeral = Numeral(-numeral.value, numeral.place, numeral.step)
    before = text[max(0, m.start("n") - 24):m.start("n")]
    last_word = (WORD.findall(before) or [""])[-1].lower()
    partner = _range_partner(text, m, last_word) if not (pct or unit_as_written) else None
    in_range = (partner is not None and last_word != "from") or m.start("n") in ranges
    if partner is not None:
        if last_word != "from":  # from 900 to 1.2 million: the value before and after
            ranges.add(partner.start("n"))
        p_scale, p_pct, p_currency, p_unit = _units(partner)
        pct, unit_as_written, currency = p_pct, p_unit, currency or p_currency
        p_numeral = _numeral(partner)[0]
        if p_scale and not scale_word and p_numeral and numeral.value <= p_numeral.value:
            scale_word = p_scale  # 2 to 3 million; but 900 to 1.2 million keeps 900
    unit_word = unit_as_written.lower()
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
    if pct in en.PERCENT_WORDS:
        kind, unit = "percent", "%"
    elif pct in en.POINT_WORDS:
        kind, unit = "points", "percentage points" if en.POINT_WORDS[pct] == "pp" else pct
    elif currency:
        kind = "money"
        key = " ".join(currency.lower().split())
        unit = (en.CURRENCY_SYMBOLS.get(currency) or en.CURRENCY_WORDS.get(key)
                or currency.upper())
    elif unit_word in en.DURATION_UNITS:
        kind, unit = "duration", unit_word
    elif unit_word:
        kind, unit = "measure", unit_as_written
    elif kind != "ratio":
        next_word = (WORD.findall(text, m.end(), m.end() + 16) or [""])[0].lower()
        kind = "count" if next_word and next_word not in BREAK else "number"
        unit = None
    else:
        unit = None
    cell_start = m.start("sign") if m.group("sign") else m.start("n")
    if tables.in_cell(text, cell_start, m.end("n")) and not (pct or currency or unit_word):
        return _table_figure(document, m, numeral), Last()
    start = m.start("pre") if prefix else m.start("code") if m.group("code") else m.start(
        "sign") if m.group("sign") else m.start("cur") if m.group("cur") else m.start("n")
    end = m.end("post") if m.group("post") else m.end()
    line, column = document.position(start)
    clause_start, clause_end = stops.clause(start, end)
    named, follows = _NAMELESS, None
    if kind != "duration":
        sentence = stops.sentence(start)
        named, aside = metric_of(text, clause_start, start, end, clause_end, kind, last,
                               sentence, stops)
        if in_range and named.metric and not named.metric.endswith(" range"):
            named = Named(f"{named.metric} range", named.base, named.subject, named.own,
                           named.change)
        if aside and named is last.named and unit == last.unit:
            named = _NAMELESS  # nearly 2 million (1,965,000): the same figure again
        follows = None if aside else Last(named, end, sentence, unit)
    if unit == "points" and (_RATE_WORDS.intersection(named.metric.split())
                             or _PERCENT_AHEAD.search(text, end, clause_end)):
        unit = "percentage points"  # the unemployment rate fell by 0.2 points to 4.1%
    return Figure(
        document=document.path, line=line, column=column, start=start, end=end,
        text=text[start:end], value=numeral.value, unit=unit,
        scale=scale_word or None, qualifier=qualifier,
        interval=interval_of(numeral, qualifier, unbounded), place=numeral.place,
        metric=named.metric, context=text[clause_start:clause_end].strip(), kind=kind,
        where=document.where(start),
    ), follows


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
