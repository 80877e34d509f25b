"""English report prose: the words the figure extractor needs, as data."""

from __future__ import annotations

SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "mn": 10**6, "m": 10**6, "bn": 10**9, "tn": 10**12, "k": 10**3,
}
PREFIX_QUALIFIERS = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "exceeding": "more_than", "upwards of": "more_than",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "no fewer than": "at_least", "a minimum of": "at_least",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "approx.": "about", "c.": "about",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than",
}
UNBOUNDED_MORE_THAN = {"more than", "over", "above", "in excess of", "exceeding", "upwards of"}
POSTFIX_QUALIFIERS = {"or more": "at_least", "or so": "about", "or less": "at_most",
                      "plus": "more_than"}
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "CNY", "HK$": "HKD"}
CURRENCY_CODES = ("USD", "EUR", "GBP", "CNY", "RMB", "JPY", "HKD")
CURRENCY_WORDS = {
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "dollars": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "usd": "USD", "euros": "EUR", "eur": "EUR", "pounds": "GBP",
    "gbp": "GBP", "yen": "JPY", "hong kong dollars": "HKD", "hkd": "HKD",
}
PERCENT_WORDS = {"%": "%", "percent": "%", "per cent": "%", "pct": "%"}
POINT_WORDS = {"percentage points": "pp", "percentage point": "pp", "pp": "pp",
               "basis points": "bp"}
MEASURE_UNITS = (
    "tonnes tons tonne ton kilograms kilogram kg grams hectares hectare acres km kilometres "
    "kilometers kilometre kilometer metres meters square metres square meters square "
    "kilometres square kilometers cubic metres cubic meters kwh kilowatt-hours "
    "kilowatt hours gwh twh mw gw kw litres liters barrels years-old"
).split()
DURATION_UNITS = ("years year months month days day hours hour weeks week decades decade "
                  "quarters quarter").split()
MONTHS = ("january february march april may june july august september october november "
          "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
# A number right after one of these is an ordinal or an identifier.
ORDINAL_BEFORE = ("no no. number article chapter section table figure fig. page p. pp. "
                  "item clause paragraph annex appendix room tel phone fax box version "
                  "v grade level phase step round stage").split()
# Words that end a noun phrase after a number (12,600 cases of …, 5 plants in …).
METRIC_BREAK = ("in of to from was were is are and or with by at on for which that who as "
                "compared than over under during since between across per after before "
                "while when where has have had will would could can may more less fewer "
                "higher lower than").split()
# Words trimmed off the words before a number (… the number of households reached 5.2).
METRIC_TRAIL = ("was were is are be been reached totaled totalled totalling totaling stood "
                "at to by of rose grew increased decreased fell declined dropped climbed "
                "up down amounted amounting came hit numbered of a an the some about "
                "with approximately around nearly almost over more than less than in and "
                "but averaged average averaging total").split()
METRIC_LEAD = "the a an its their our this these total overall in of and but while".split()
CHANGE_WORDS = ("up down rose fell grew increased decreased declined dropped climbed "
                "growth increase decrease decline rise fall").split()
