"""English report prose: the words the figure extractor needs, as data."""

from __future__ import annotations

# Numbers written as words: two million, twelve per cent, eight of the 11 regions,
# three-quarters, one in five.  "one" alone is never a figure (one of the, no one).
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
                  "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                  "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
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
    "below": "less_than", "within": "at_most",
}
UNBOUNDED_MORE_THAN = {"more than", "over", "above", "in excess of", "exceeding", "upwards of"}
POSTFIX_QUALIFIERS = {"or more": "at_least", "or so": "about", "or less": "at_most",
                      "plus": "more_than", "and over": "at_least", "and above": "at_least",
                      "or over": "at_least", "or above": "at_least", "or older": "at_least",
                      "and older": "at_least", "or longer": "at_least", "or fewer": "at_most"}
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "CNY", "HK$": "HKD"}
CURRENCY_CODES = ("USD", "EUR", "GBP", "CNY", "RMB", "JPY", "HKD")
CURRENCY_WORDS = {
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "dollars": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "usd": "USD", "euros": "EUR", "eur": "EUR", "pounds": "GBP",
    "gbp": "GBP", "yen": "JPY", "hong kong dollars": "HKD", "hkd": "HKD",
}
PERCENT_WORDS = {"%": "%", "percent": "%", "per cent": "%", "pct": "%"}
# Bare "points" are index points, or percentage points where a rate is meant (extraction/english.py).
POINT_WORDS = {"percentage points": "pp", "percentage point": "pp", "pp": "pp",
               "basis points": "bp", "points": "points", "point": "points"}
# A metric naming a percentage: its bare "points" are percentage points.
RATE_WORDS = "rate rates share proportion percentage ratio yield".split()
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
                  "v grade level phase step round stage part schedule division top bottom").split()
# Words that end a noun phrase after a number (12,600 cases of …, 5 plants in …, $1,912 a week).
METRIC_BREAK = ("in of to from was were is are and or with by at on for which that who as "
                "compared than over under during since between across per after before "
                "while when where has have had will would could can may more less fewer "
                "higher lower than a an each every ago earlier later now still well also "
                "only already so because according said says if not this last next its "
                "their up down against").split()
# Words trimmed off the words before a number (… the number of households reached 5.2).
METRIC_TRAIL = ("was were is are be been being reached totaled totalled totalling totaling "
                "stood at to by of amounted amounting came hit numbered a an the some about "
                "with approximately around nearly almost over more than less than in and but "
                "averaged averaging total record equal equals now still made make makes "
                "accounted account accounts for represented represents comprised remain "
                "remains remained sits sat stands worth brought raised recorded earn earns "
                "earned it has have had stayed between well just on reaching stood "
                "estimated put contributed contributing contributes revised forecast projected "
                "expected budgeted").split()
METRIC_LEAD = ("the a an its their our this these total overall in of and or but while with "
               "whereas although though as so there now also both since that who which "
               "whom").split()
# Change words before a number (rose 5%, fell by 0.2 points) or after it (5% higher): the
# metric keeps the direction of the change (docs/figures.md), as one word: rise or fall.
RISE_WORDS = ("up rose risen rises rising grew grown grow grows growing increased increases "
              "increasing climbed climb climbs gained gains added adds expanded expand "
              "expands jumped surged soared improved higher more climbing").split()
FALL_WORDS = ("down fell fallen falls falling declined declines declining decreased "
              "decreases dropped drops slipped slips eased ease eases contracted contract "
              "shrank shrunk lost slumped tumbled lower less easing dropping").split()
# "up" that is no change: made up 17.9 per cent, set up 45 offices.
NOT_CHANGE_BEFORE_UP = "made make makes making set sets took take takes".split()
# Change nouns count only before of/by (an increase of 1.7%; natural increase is a name).
RISE_NOUNS = "increase rise growth gain".split()
FALL_NOUNS = "decrease fall decline drop loss reduction".split()
# Nouns trimmed before of (an average of 10.3%, a total of 5,000).
OF_NOUNS = "average total maximum minimum".split()
# Words right before a number that make it the level reached (rose 8.4 per cent to 12,480).
LEVEL_WORDS = "to reaching reached".split()
# Words after which the subject starts again (compared with a surplus of $15.8 billion).
COMPARE_CUTS = "compared versus against than".split()
# A number after these is the earlier or other value compared with (down from 3.4%, against
# 6.9% in the Far North): the metric of the figure before, with the words after it.
COMPARE_WORDS = "from against than versus vs compared above below".split()
# A number after these, or after "of" and one of PART_PRONOUNS (of whom, of them), or
# followed by "of them", is a part of the figure before it.
PART_WORDS = "including included includes among".split()
PART_PRONOUNS = "whom which them these those".split()
# Words that join two figures' clauses: the subject of the second comes after them.
CONJUNCTIONS = "and or but while whereas with as".split()
# Words before a figure that start with these, after another figure in the sentence, say
# when or where, not what (… by 10,000 on the quarter to 717,000).
ADVERBIAL_START = "in on over during across since at for between through from by".split()
# Verbs of saying: the subject of a figure comes after them (the minister said two-thirds …).
REPORTING_VERBS = "said says told announced reported showed shows found finds noted".split()
PREPOSITIONS = "in of for on at to from by with".split()
POSSESSIVES = "its their".split()  # its unemployment rate: the one of the subject before
RELATIVES = "which who whose".split()  # a clause of these is an aside
# Change words after a number: 5.6% higher than a year earlier.
RISE_AFTER = "higher more".split()
FALL_AFTER = "lower less".split()
# "over" before a duration is a period (over twelve months), except after these words
# (unemployed for over 12 months, aged over 65 years).
OVER_AS_QUALIFIER_AFTER = "for aged of than".split()
# Clauses starting with these are asides: the subject of a sentence stands before them.
ASIDE_START = ("which who whom whose the a an its their his her up down at including "
               "according").split()
# Verbs that end a noun phrase after a number (250 employees accounted for …).
VERBS = ("accounted account accounts made make makes represented represent represents "
         "reached reach reaches totalled totaled stood remain remains remained worked work "
         "works took take takes earned earn earns received receive receives lived live "
         "joined adopted spent said reported opened contributed begin begins began start "
         "starts started plan plans planned").split()
# Nouns that say only that people are counted: the metric is what is said of them.
GENERIC_NOUNS = "people persons individuals".split()
AUXILIARIES = ("are were is was have has had been being will would shall should can could "
               "may might be").split()
# Names of one metric in English prose; the first is the one compared (align.metric_key).
METRIC_SYNONYMS = [
    ("gdp", "gross domestic product", "gross state product", "gsp", "economy"),
    ("united kingdom", "britain", "great britain", "uk"),
    ("unemployed", "out of work", "jobless", "without work", "without a job"),
    ("employment", "jobs"),
    ("cpi", "consumer price index"),
    ("wages", "wage price index", "pay"),
    ("population", "residents", "inhabitants"),
]
