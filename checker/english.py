"""Extraction from English report prose: the same Figure records as for Chinese.

One compiled pattern finds numbers with their qualifier, currency, scale and unit
("more than 1.38 million", "$4.67 billion", "5.2 percent", "0.5 percentage points",
"69,541 tonnes"); years, dates, ordinals and identifiers are left out.  A figure's metric is
the noun phrase after it (12,600 households in …) or, failing that, the words before it
(gross domestic product was 126 trillion yuan).  Language knowledge is in lang/en.py.
"""

from __future__ import annotations

import re
from decimal import Decimal

from checker import tables
from checker.documents import Document
from checker.figures import Figure, interval_of
from checker.lang import en
from checker.numerals import Numeral, parse_arabic, scaled


def _words(words: object) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_NUMBER = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_PATTERN = re.compile(
    rf"(?:(?P<pre>{_words(en.PREFIX_QUALIFIERS)})\s+)?"
    rf"(?:(?P<code>{_words(en.CURRENCY_CODES)})\s?)?"
    rf"(?<![\w.,:/+-])(?P<sign>[-−])?(?P<cur>{_words(en.CURRENCY_SYMBOLS)})?"
    rf"(?<![\w.,:/+])(?P<num>{_NUMBER})"
    rf"(?:\s?(?P<scale>{_words(en.SCALES)})\b)?"
    rf"(?:\s?(?P<pct>%|(?:{_words(en.PERCENT_WORDS)}|{_words(en.POINT_WORDS)})\b))?"
    rf"(?:\s+(?P<cur2>{_words(en.CURRENCY_WORDS)})\b)?"
    rf"(?:\s+(?P<unit>{_words(en.MEASURE_UNITS + en.DURATION_UNITS)})\b)?"
    rf"(?:\s+(?P<post>{_words(en.POSTFIX_QUALIFIERS)})\b)?"
    rf"(?![\w:/-]|[.,][0-9])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SPACED_DIGITS = re.compile(r"[0-9] [0-9]")
_HEADER_UNIT = re.compile(r"\((?P<unit>[^()]*)\)")
_CLAUSE = re.compile(r"[.;:!?\n\r](?![0-9])|,\s")
_ASIDE = re.compile(r"\([^()]*\)")
_MONTHS = set(en.MONTHS)
_ORDINAL_BEFORE = set(en.ORDINAL_BEFORE)
_BREAK = set(en.METRIC_BREAK)
_TRAIL = set(en.METRIC_TRAIL)
_LEAD = set(en.METRIC_LEAD)
_CHANGE = set(en.CHANGE_WORDS)
# Counted on the UTF-8 bytes, where C does the counting: ASCII letters are the bytes kept by
# _NOT_LETTERS, and a character of U+4000-U+9FFF (Chinese, nearly all) has a lead byte E4-E9.
_NOT_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_NOT_CHINESE_LEADS = bytes(b for b in range(256) if not 0xE4 <= b <= 0xE9)
MAX_WORDS = 6


def is_english(text: str) -> bool:
    """True when a text is English prose rather than Chinese (judged on its first 20,000
    characters: letters far outnumber Chinese characters)."""
    sample = text[:20000].encode("utf-8", "surrogatepass")
    letters = len(sample.translate(None, _NOT_LETTERS))
    return letters > 10 * len(sample.translate(None, _NOT_CHINESE_LEADS)) + 20


def extract_english(document: Document) -> list[Figure]:
    text = document.text
    figures: list[Figure] = []
    previous = ""
    for m in _PATTERN.finditer(text):
        figure = _figure(document, m, previous)
        if figure is None:
            continue
        if figure.metric and not figure.metric.startswith(previous or "\0"):
            previous = figure.metric
        figures.append(figure)
    return figures


def _figure(document: Document, m: re.Match[str], previous: str) -> Figure | None:
    text = document.text
    raw = m.group("num")
    if len(raw) > 24:
        return None
    scale_word = (m.group("scale") or "").lower()
    pct = (m.group("pct") or "").lower()
    currency = m.group("cur") or m.group("cur2") or m.group("code")
    unit_as_written = " ".join((m.group("unit") or "").split())
    unit_word = unit_as_written.lower()
    before = text[max(0, m.start("num") - 24):m.start("num") - (len(m.group("cur") or ""))]
    last_word = (_WORD.findall(before) or [""])[-1].lower()
    after = text[m.end():m.end() + 16]
    if last_word in _ORDINAL_BEFORE or before.rstrip().endswith("#"):
        return None
    plain = "," not in raw and "." not in raw and not (scale_word or pct or currency or unit_word)
    if plain and 1800 <= int(raw) <= 2100:
        return None  # a year
    next_word = (_WORD.findall(after) or [""])[0].lower()
    if plain and (last_word in _MONTHS or next_word in _MONTHS):
        return None  # a date: May 7, 7 May
    if plain and m.start() > 0 and text[m.start() - 1] == "\n" and after[:1] == " " and "." in raw:
        return None
    numeral = parse_arabic(raw)
    if m.group("sign"):
        numeral = Numeral(-numeral.value, numeral.place, numeral.step)
    if scale_word:
        factor = Decimal(en.SCALES[scale_word])
        numeral = scaled(numeral, factor)
    prefix = (m.group("pre") or "").lower()
    prefix = " ".join(prefix.split())
    post = " ".join((m.group("post") or "").lower().split())
    qualifier = en.PREFIX_QUALIFIERS.get(prefix) or en.POSTFIX_QUALIFIERS.get(post)
    unbounded = prefix in en.UNBOUNDED_MORE_THAN
    pct_key = " ".join(pct.split())
    if pct_key in en.PERCENT_WORDS:
        kind, unit = "percent", "%"
    elif pct_key in en.POINT_WORDS:
        kind, unit = "points", "percentage points" if en.POINT_WORDS[pct_key] == "pp" else pct_key
    elif currency:
        kind = "money"
        key = " ".join(currency.lower().split())
        unit = (en.CURRENCY_SYMBOLS.get(currency) or en.CURRENCY_WORDS.get(key)
                or currency.upper())
    elif unit_word in en.DURATION_UNITS:
        kind, unit = "duration", unit_word
    elif unit_word:
        kind, unit = "measure", unit_as_written
    else:
        kind, unit = ("count" if next_word and next_word not in _BREAK else "number"), None
    if _SPACED_DIGITS.search(text, max(0, m.start("num") - 2), m.start("num") + 1) or (
            _SPACED_DIGITS.match(text, m.end("num") - 1)):
        return None  # +388 1 555 0142: a phone number, digits grouped by spaces
    cell_start = m.start("sign") if m.group("sign") else m.start("num")
    if tables.in_cell(text, cell_start, m.end("num")) and not (pct or currency or unit_word):
        return _table_figure(document, m, numeral, previous)
    start = m.start("pre") if m.group("pre") else m.start()
    end = m.end("post") if m.group("post") else m.end()
    line, column = document.position(start)
    clause_start, clause_end = _clause(text, start, end)
    metric = "" if kind == "duration" else _metric(text, clause_start, start, end, clause_end,
                                                   kind, previous)
    return Figure(
        document=document.path, line=line, column=column, start=start, end=end,
        text=text[start:end], value=numeral.value, unit=unit,
        scale=scale_word or None, qualifier=qualifier,
        interval=interval_of(numeral, qualifier, unbounded), place=numeral.place,
        metric=metric, context=text[clause_start:clause_end].strip(), kind=kind,
        where=document.where(start),
    )


def _table_figure(document: Document, m: re.Match[str], numeral: Numeral,
                  previous: str) -> Figure:
    """A number alone in a table cell: named by its row and column header, with the unit or
    scale the header gives in brackets: Employment (thousands), Change on year (%)."""
    text = document.text
    start, end = m.start("sign") if m.group("sign") else m.start("num"), m.end("num")
    cells, column = tables.row_at(text, start)
    header = tables.header_of(text, start, len(cells), column)
    kind, unit, scale = "number", None, None
    bracket = _HEADER_UNIT.search(header)
    if bracket:
        words = bracket.group("unit").lower().split()
        for word in words:
            if word in ("%", "percent", "per", "cent"):
                kind, unit = "percent", "%"
            elif word.rstrip("s") in en.SCALES:
                scale = word.rstrip("s")
            elif word in en.CURRENCY_WORDS or word.upper() in en.CURRENCY_CODES:
                kind, unit = "money", en.CURRENCY_WORDS.get(word) or word.upper()
    if scale:
        factor = Decimal(en.SCALES[scale])
        numeral = scaled(numeral, factor)
    line, column_number = document.position(start)
    return Figure(
        document=document.path, line=line, column=column_number, start=start, end=end,
        text=text[start:end], value=numeral.value, unit=unit, scale=scale, qualifier=None,
        interval=interval_of(numeral, None, False), place=numeral.place,
        metric=cells[0].lower() + (f" ({header.lower()})" if header else ""),
        context=text[tables.row_start(text, start):end].strip(), kind=kind,
        where=document.where(start),
    )


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    window_start = max(0, start - 200)
    before = list(_CLAUSE.finditer(text, window_start, start))
    clause_start = before[-1].end() if before else window_start
    after = _CLAUSE.search(text, end, min(len(text), end + 200))
    return clause_start, after.start() if after else min(len(text), end + 200)


def _metric(text: str, clause_start: int, start: int, end: int, clause_end: int, kind: str,
            previous: str) -> str:
    following = [w for w in _WORD.findall(text[end:clause_end])]
    noun: list[str] = []
    for word in following:
        if word.lower() in _BREAK or len(noun) == MAX_WORDS:
            break
        noun.append(word)
    if noun and kind in ("count", "number", "measure", "money"):
        return " ".join(noun).lower()
    preceding = [w.lower() for w in _WORD.findall(_ASIDE.sub(" ", text[clause_start:start]))]
    change = ""
    while preceding and (preceding[-1] in _TRAIL or preceding[-1] in _CHANGE):
        word = preceding.pop()
        change = change or (word if word in _CHANGE else "")
    while preceding and preceding[0] in _LEAD:
        preceding.pop(0)
    if not preceding and previous:
        return f"{previous} {change}".strip()  # …, up 5.2 percent: the figure before, changed
    return " ".join(preceding[-MAX_WORDS:])
