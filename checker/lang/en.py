"""English report prose: the words the figure extractor needs, as data."""

from __future__ import annotations

# Numbers written as words: two million, twelve per cent, eight of the 11 regions,
# three-quarters, one in five.  "one" alone is never a figure (one of the, no one).
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "dozen": 12, "zero": 0,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
                  "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                  "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "mn": 10**6, "m": 10**6, "bn": 10**9, "tn": 10**12, "k": 10**3,
    # a newswire's headline flashes (FED: ON RRP CAP $30 BLN PER DAY)
    "mln": 10**6, "bln": 10**9, "trln": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "lakh crore": 10**12,
}
# Plurals that stand before the noun they qualify (23 singles titles, 40 sales staff): a
# count's noun is the first plural after it that is not one of these.
PLURAL_ADJUNCTS = ("singles doubles sales savings arms goods sports earnings services "
                   "securities communications electronics materials").split()
# After these, a distance in m is metres, not millions (the 100m final, a 400m relay).
RACES = ("race sprint final finals hurdles freestyle butterfly breaststroke backstroke "
         "relay dash medley heat heats record world title gold silver bronze").split()
# A sentence with one of these is about cricket: its bare numbers are runs, and the number
# after "for" behind a score is wickets (287 for six: 287 run, 6 wicket).
CRICKET_WORDS = ["not out", *"wicket wickets overs innings bowled stumps batting batted runs "
                 "century".split()]
PREFIX_QUALIFIERS = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "exceeding": "more_than", "upwards of": "more_than",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "no fewer than": "at_least", "a minimum of": "at_least",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "approx.": "about", "c.": "about",
    "circa": "about", "ca.": "about",
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
# Money, by ISO 4217 code (docs/figures.md, "Units of English figures"): symbols and codes
# before the number (US$5, RM120, USD10m, Rs 500), words after it (5 billion yuan).  Matched
# case-sensitively: RM and Rs are words too in lower case.
CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "NT$": "TWD", "R$": "BRL",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "RM": "MYR",
    "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP", "Rp": "IDR",
}
CURRENCY_CODES = ("USD", "EUR", "GBP", "CNY", "RMB", "JPY", "HKD", "AUD", "CAD", "SGD", "NZD",
                  "MYR", "INR", "CHF", "KRW", "BRL", "ZAR", "SEK", "NOK", "DKK", "TWD", "THB",
                  "IDR", "AED", "SAR", "MXN", "RUB", "TRY")
CURRENCY_WORDS = {
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "dollars": "USD", "dollar": "USD",
    "us dollars": "USD", "u.s. dollars": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP",
    "yen": "JPY", "hong kong dollars": "HKD", "hkd": "HKD", "australian dollars": "AUD",
    "canadian dollars": "CAD", "singapore dollars": "SGD", "new zealand dollars": "NZD",
    "ringgit": "MYR", "rupees": "INR", "rupee": "INR", "swiss francs": "CHF", "francs": "CHF",
    "won": "KRW", "rand": "ZAR", "baht": "THB", "rupiah": "IDR", "pesos": "MXN",
    "dirhams": "AED", "riyals": "SAR", "roubles": "RUB", "rubles": "RUB", "lira": "TRY",
    "pence": "GBX", "cents": "USX",
}
PERCENT_WORDS = {"%": "%", "percent": "%", "per cent": "%", "pct": "%", "pc": "%"}
# Bare "points" are index points, or percentage points where a rate is meant
# (extraction/english.py).
POINT_WORDS = {"percentage points": "pp", "percentage point": "pp", "pp": "pp", "ppt": "pp",
               "pct pts": "pp", "pct pt": "pp", "pct points": "pp", "pct point": "pp",
               "basis points": "bp", "basis point": "bp", "bps": "bp", "bp": "bp",
               "basis-point": "bp", "percentage-point": "pp",  # a 25-basis-point rise
               "points": "points", "point": "points", "pts": "points", "pt": "points"}
# A metric naming a percentage: its bare "points" are percentage points.
RATE_WORDS = "rate rates share proportion percentage ratio yield".split()
# Measures as written after a number (spaced or hyphenated: 5 kg, 6.7-inch, 300-hp), to
# their unit: an SI-style symbol where there is one, else the singular noun.
MEASURE_UNITS = {
    **{w: "tonne" for w in ("tonnes", "tonne", "metric tons", "metric tonnes")},
    **{w: "ton" for w in ("tons", "ton")},
    **{w: "kg" for w in ("kilograms", "kilogram", "kilogrammes", "kilos", "kg", "kgs")},
    **{w: "g" for w in ("grams", "gram", "grammes")},
    **{w: "km" for w in ("km", "kilometres", "kilometers", "kilometre", "kilometer")},
    **{w: "m" for w in ("metres", "meters", "metre", "meter")},
    **{w: "cm" for w in ("cm", "centimetres", "centimeters", "centimetre", "centimeter")},
    **{w: "nm" for w in ("nm", "nanometres", "nanometers", "nanometre", "nanometer")},
    **{w: "mm" for w in ("mm", "millimetres", "millimeters", "millimetre", "millimeter")},
    **{w: "km2" for w in ("square kilometres", "square kilometers", "square kilometre",
                          "square kilometer", "sq km")},
    **{w: "m2" for w in ("square metres", "square meters", "square metre", "square meter",
                         "sq m")},
    **{w: "square foot" for w in ("square feet", "square foot", "sq ft")},
    **{w: "cubic metre" for w in ("cubic metres", "cubic meters", "cubic metre")},
    **{w: "nautical mile" for w in ("nautical miles", "nautical mile")},
    **{w: "mile" for w in ("miles", "mile")}, **{w: "foot" for w in ("feet", "foot", "ft")},
    **{w: "inch" for w in ("inches", "inch")}, **{w: "yard" for w in ("yards", "yard", "yds")},
    **{w: "carat" for w in ("carats", "carat")}, **{w: "W" for w in ("watts", "watt")}, **{w: "hectare" for w in ("hectares", "hectare")},
    **{w: "acre" for w in ("acres", "acre")}, **{w: "barrel" for w in ("barrels", "barrel")},
    **{w: "litre" for w in ("litres", "liters", "litre", "liter")},
    **{w: "gallon" for w in ("gallons", "gallon")},
    **{w: "ounce" for w in ("ounces", "ounce", "oz")}, **{w: "lb" for w in ("lb", "lbs")},
    **{w: "kWh" for w in ("kwh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour")},
    **{w: "MWh" for w in ("mwh", "megawatt-hours", "megawatt hours", "megawatt-hour")},
    **{w: "GWh" for w in ("gwh", "gigawatt-hours", "gigawatt hours")},
    **{w: "TWh" for w in ("twh", "terawatt-hours", "terawatt hours")},
    **{w: "kW" for w in ("kw", "kilowatts", "kilowatt")},
    **{w: "MW" for w in ("mw", "megawatts", "megawatt")},
    **{w: "GW" for w in ("gw", "gigawatts", "gigawatt")},
    **{w: "hp" for w in ("hp", "horsepower", "bhp")}, "mph": "mph",
    **{w: "km/h" for w in ("km/h", "kph", "kmh")}, **{w: "knot" for w in ("knots", "knot")},
    **{w: "GB" for w in ("gb", "gigabytes", "gigabyte")},
    **{w: "TB" for w in ("tb", "terabytes", "terabyte")},
    **{w: "MB" for w in ("mb", "megabytes", "megabyte")},
    **{w: "GHz" for w in ("ghz", "gigahertz")}, **{w: "MHz" for w in ("mhz", "megahertz")},
    **{w: "mAh" for w in ("mah",)}, "mbps": "Mbps", "gbps": "Gbps", **{w: "megapixel" for w in ("megapixels", "megapixel", "mp")},
    **{w: "degree" for w in ("degrees", "degree")}, "°c": "°C", "°f": "°F",
    **{w: "calorie" for w in ("calories", "calorie", "kcal")},
}
# Units written right after the digits (512GB, 5kg, 10km, 50p): case matters (5G is no gram).
GLUED_UNITS = {
    "GB": "GB", "TB": "TB", "MB": "MB", "kB": "kB", "GHz": "GHz", "MHz": "MHz", "kg": "kg",
    "g": "g", "mg": "mg", "km": "km", "cm": "cm", "mm": "mm", "km/h": "km/h", "kph": "km/h",
    "mph": "mph", "ft": "foot", "lb": "lb", "lbs": "lb", "oz": "ounce", "kW": "kW", "MW": "MW",
    "GW": "GW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "mAh": "mAh",
    "hp": "hp", "bhp": "hp", "MP": "megapixel", "°C": "°C", "°F": "°F", "in": "inch",
    "sq ft": "square foot", "km2": "km2", "m2": "m2", "bpd": "barrel/day", "p": "GBX",
    "Mbps": "Mbps", "Gbps": "Gbps", "nm": "nm", "Hz": "Hz", "W": "W", "x": "times", "C": "°C", "F": "°F",
}
# Durations and ages (a 72-year-old: 72 year).
DURATION_UNITS = {
    **{w: "year" for w in ("years", "year", "year-old", "years-old", "years old", "year old",
                           "yrs")},
    **{w: "month" for w in ("months", "month", "month-old", "months-old")},
    **{w: "week" for w in ("weeks", "week", "week-old")},
    **{w: "day" for w in ("days", "day", "day-old")}, **{w: "hour" for w in ("hours", "hour", "hrs")},
    **{w: "minute" for w in ("minutes", "minute", "mins")},
    **{w: "second" for w in ("seconds", "second", "secs")},
    **{w: "decade" for w in ("decades", "decade")},
    **{w: "quarter" for w in ("quarters", "quarter")},
}
# Multiples: three times, 2.5 times.
TIMES_WORDS = ("times", "fold")
# A rate: money or a measure per something ($61 a barrel, RM120 a month, 3 million barrels per
# day): the unit becomes NUMERATOR/DENOMINATOR with the denominator as here.
RATE_DENOMINATORS = {
    **{w: w for w in ("barrel", "month", "year", "week", "day", "hour", "share", "person",
                      "tonne", "ton", "ounce", "gallon", "night", "minute", "second",
                      "unit", "mile", "seat", "household", "student", "passenger", "room",
                      "employee", "worker", "visitor", "game", "quarter", "annum",
                      "kg", "km", "kWh", "MWh", "game", "match", "episode", "ticket", "copy",
                      "bushel", "lb", "acre", "hectare")},
    "pound": "lb", "capita": "person", "head": "person",  # $3.45 a pound; $12,650 per capita
    "litre": "litre", "liter": "litre", "kilogram": "kg", "kilometre": "km", "kilometer": "km",
    "square foot": "square foot", "sq ft": "square foot", "square metre": "m2",
    "square meter": "m2", "mmbtu": "MMBtu", "MMBtu": "MMBtu",
}
# Verbs of a change from one level to another said with "from" (revised up from 2.7% to
# 5.0%, fell from 6.9% to 6.5%): the range after them states two levels (align._ends).
LEVEL_CHANGE_VERBS = ("revised rose risen fell fallen grew grown increased decreased dropped "
                      "climbed jumped slipped eased narrowed widened cut raised lowered moved "
                      "changed up down go goes went gone going").split()
# Words after a rate's denominator that make it no rate: $1,840 a year ago.
NOT_RATE_AFTER = "ago earlier before later on".split()
# … unless "before" says what is paid before: $4.50 an hour before tips, £30,000 a year before tax.
PAID_BEFORE = "tax taxes tips deductions bonuses bonus overtime commission".split()
# A number before these is a time of day (opens at 8 a.m.), no figure.
CLOCK_AFTER = ("a.m.", "p.m.", "am", "pm", "a.m", "p.m")
# A number before a name ending in these is an address (221 Harbour Road), no figure.
STREET_WORDS = ("Road Street Avenue Lane Drive Boulevard Place Square Terrace Way Close "
                "Crescent Highway Parkway Court Rd St Ave Blvd").split()
# Plurals that do not end in -s, and nouns that are the same in both numbers.
IRREGULAR_PLURALS = {
    "people": "person", "persons": "person", "children": "child", "men": "man",
    "women": "woman", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "staff": "staff", "police": "police", "cattle": "cattle", "sheep": "sheep", "fish": "fish",
    "aircraft": "aircraft", "series": "series", "species": "species", "news": "news",
    "times": "times", "data": "data", "media": "media", "criteria": "criterion",
    "analyses": "analysis", "crises": "crisis", "bases": "base", "indices": "index",
    "lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "leaves": "leaf",
    "shelves": "shelf", "wolves": "wolf", "thieves": "thief", "movies": "movie",
    "cookies": "cookie", "ties": "tie", "pies": "pie", "lies": "lie", "dies": "die",
    "rookies": "rookie", "zombies": "zombie", "calories": "calorie", "goalies": "goalie",
    "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "vetoes": "veto",
    "echoes": "echo", "shoes": "shoe", "toes": "toe", "canoes": "canoe",
}
# Words before a number that is part of a name when it follows a capitalised word directly
# (FTSE 100, Windows 11, Boeing 737), unless the capitalised word is one of these.
NOT_NAMES_BEFORE = ("the a an all only just some those these its their our his her my your "
                    "with for in of by and or at on to from about around nearly almost over "
                    "under up down than some another every each per including includes "
                    "included among about between while when after before since during "
                    "across into onto as if that which who where there here both both "
                    "another total overall roughly approximately exactly rose fell added "
                    "cut lost won scored hit saw had has have got gets last next past first final "
                    "remaining additional extra further more fewer many most least "
                    "another").split()
# Index names: a level after one of them in its sentence is in points (the Nikkei 225 rose
# 1.1% to 38,440.2).
INDEX_NAMES = ("index indices nikkei ftse dow nasdaq s&p stoxx dax cac hang seng kospi sensex "
               "nifty asx tsx pmi ibovespa topix shanghai composite russell klci jci sti "
               "bse").split()
# "one" before a noun counts it (one analyst, One member), except after these words (no one,
# the one) or before these nouns (one day, at one point).
NOT_ONE_BEFORE = "no the this that any every each which another someone anyone".split()
# "zero" is a level only after these, with no noun after it (rates near zero, inflation was
# zero in September; not zero-hours contracts, zero tolerance)
ZERO_AFTER = ("near to around about at was is were be been remain remained remains stay "
              "stayed stays above below from of just").split()
NOT_ONE_NOUNS = ("another day time way thing point side hand more other off hundred thousand "
                 "million billion").split()
# Ordinal words before "half" that make it a period (the first half of 2024), not a fraction.
NOT_HALF_AFTER = "first second latter last other back front upper lower top bottom".split()
MONTHS = ("january february march april may june july august september october november "
          "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
# Words of a phrase that says when (in the year to the first quarter of 2014, for March to
# May 2014, between Q4 2013 and Q1 2014): no part of what a figure measures.  TIME_CORE: those
# of which such a phrase holds one at least; TIME_WORDS: the others it may hold.
TIME_CORE = ("quarter quarters year years month months week weeks q1 q2 q3 q4 "
             "spring summer autumn winter").split()
TIME_WORDS = ("the a first second third fourth final last latest previous same past "
              "three six nine twelve to and of ending ended through until").split()
TIME_LEADS = "in over during for between from since through".split()
# A list line's label that says only when (- Now (December): 0.50 percent; - Then: 0.25
# percent): the heading above the list names the figure.
WHEN_LABELS = ("then now before after previously currently latest previous current prior "
               "earlier today last this next old new meeting").split()
# A number right after one of these is an ordinal or an identifier.
ORDINAL_BEFORE = ("no no. number article chapter section table figure fig. page p. pp. "
                  "item clause paragraph annex appendix room tel phone fax box version "
                  "v grade level phase step round stage part schedule division top bottom "
                  "note notes headline chart charts tables figures footnote").split()
# Words that end a noun phrase after a number (12,600 cases of …, 5 plants in …, $1,912 a week).
METRIC_BREAK = ("in of to from was were is are and or with by at on for which that who as "
                "compared than over under during since between across per after before "
                "while when where has have had will would could can may more less fewer "
                "higher lower than a an each every ago earlier later now still well also "
                "only already so because according said says if not this last next its "
                "their up down against overall altogether apiece respectively").split()
# Shorthand for what a change is measured against (383k yoy; +0.1% QoQ): never a name.
BASIS_MARKS = "yoy qoq mom ytd".split()
# Words trimmed off the words before a number (… the number of households reached 5.2).
METRIC_TRAIL = ("i e g c ie eg vs viz cf approx "  # (i.e., e.g., c.: an abbreviation's letters)
                "was were is are be been being reached totaled totalled totalling totaling "
                "stood at to by of amounted amounting came hit numbered a an the some about "
                "with approximately around nearly almost over more than less than in and but "
                "averaged averaging total record equal equals now still made make makes "
                "accounted account accounts for represented represents comprised remain "
                "remains remained sits sat stands worth brought raised recorded earn earns reach "
                "earned it has have had stayed between well just on reaching stood "
                "estimated put contributed contributing contributes revised forecast projected "
                "expected budgeted further another only mere merely barely slightly marginally "
                "edged inched ticked crept modest healthy robust solid meagre meager paltry sharp "
                "steep hefty whopping tepid sluggish held holds holding steady unchanged "
                "running ran runs came coming comes last little changed essentially would could will first "
                "might should went gone goes").split()
METRIC_LEAD = ("the a an its their our this these total overall in of and or but yet while with "
               "whereas although though as so there now then also both since that who which "
               "whom").split()
# Change words before a number (rose 5%, fell by 0.2 points) or after it (5% higher): the
# metric keeps the direction of the change (docs/figures.md), as one word: rise or fall.
RISE_WORDS = ("up rose risen rises rising grew grown grow grows growing increased increases "
              "increasing climbed climb climbs gained gains added adds expanded expand "
              "expands jumped surged soared improved higher more climbing gaining expanding "
              "jumping accelerated").split()
FALL_WORDS = ("down fell fallen falls falling declined declines declining decreased "
              "decreases dropped drops slipped slips eased ease eases contracted contract "
              "shrank shrunk lost slumped tumbled lower less easing dropping decreasing slipping "
              "subtracted subtracting subtracts shrinking contracting losing cooled slowed dipped "
              "dips knocked knocks knocking shaved shaves shaving wiped wipes").split()
# "up" that is no change: made up 17.9 per cent, set up 45 offices.
NOT_CHANGE_BEFORE_UP = "made make makes making set sets took take takes".split()
# A run of periods (fallen for 20 consecutive months; down twenty months on the trot): a
# figure named by what ran, its change and IN_A_ROW (an ordinal, "the 20th fall in a row",
# stays no figure, as ordinals do).
IN_A_ROW = "in a row"
STREAK_WORDS = "consecutive straight successive".split()
STREAK_AFTER = ("in a row", "running", "on the trot", "on the bounce", "in succession")
PERIODS = "month quarter year week".split()
# Change nouns count only before of/by (an increase of 1.7%; natural increase is a name).
RISE_NOUNS = "increase rise growth gain".split()
FALL_NOUNS = "decrease fall decline drop loss reduction".split()
# Nouns trimmed before of (an average of 10.3%, a total of 5,000).
OF_NOUNS = "average total maximum minimum".split()
# Nouns before "of" and a figure that say what kind of number it is, not what it measures
# (grew at a rate of 0.8%; a level of 30.6 million; a total of 2,000)
WEAK_OF_NOUNS = ("rate level value total figure pace amount number sum share average high low "
                 "record peak annual quarterly monthly annualised annualized").split()
# Words right before a number that make it the level reached (rose 8.4 per cent to 12,480).
LEVEL_WORDS = "to reach reaching reached".split()
# Words after which the subject starts again (compared with a surplus of $15.8 billion).
COMPARE_CUTS = "compared versus against than following follows followed".split()
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
REPORTING_VERBS = ("said says told tells tell announced reported showed shows found finds noted"
                   ).split()
PREPOSITIONS = "in of for on at to from by with".split()
POSSESSIVES = "its their".split()  # its unemployment rate: the one of the subject before
RELATIVES = "which who whose".split()  # a clause of these is an aside
# Words after a rate that say when or how it is measured, not what it is (1.5 per cent
# annualised; 0.8% in Q1; 2 percent over the medium term).
NOT_NAMES_AFTER = ("q1 q2 q3 q4 year years quarter quarters month months week weeks annual "
                   "annualised annualized seasonally adjusted year-on-year quarter-on-quarter "
                   "month-on-month yoy qoq mom respectively each apiece point points "
                   "basis").split()
# Change words after a number: 5.6% higher than a year earlier.
RISE_AFTER = "higher more larger bigger".split()
FALL_AFTER = "lower less smaller fewer".split()
# "over" before a duration is a period (over twelve months), except after these words
# (unemployed for over 12 months, aged over 65 years).
OVER_AS_QUALIFIER_AFTER = "for aged of than".split()
# An earlier estimate of a figure, said before it or right after it (a pattern): the
# previously estimated 0.6%, the first estimate of 0.3%, 2.7 per cent initial estimate.
EARLIER_ESTIMATE = (r"\b(?:(?:previously|initially|originally|first)\s+(?:estimated|reported|"
                    r"published|announced|thought|pencilled|penciled|put)|(?:first|initial|previous|earlier|original)\s+estimates?)\b")
# After these, "up to" says where a figure was moved (revised up to 0.8%), not "at most".
UP_AS_DIRECTION_AFTER = "revised raised marked moved pushed".split()
# Clauses opened by these are asides too, when they follow the sentence's first clause
# (…, when compared with a year ago, has been rising …).
SUBORDINATORS = "when while if although though whether once unless".split()
# Clauses starting with these are asides: the subject of a sentence stands before them.
ASIDE_START = ("which who whom whose the a an its their his her up down at including "
               "according").split()
# Verbs that end a noun phrase after a number (250 employees accounted for …).
VERBS = ("accounted account accounts made make makes represented represent represents "
         "reached reach reaches totalled totaled stood remain remains remained worked work "
         "works took take takes earned earn earns received receive receives lived live "
         "joined adopted spent said reported opened contributed begin begins began start "
         "starts started plan plans planned implies implied imply means meant suggests "
         "suggested reflects reflected reflecting indicates indicated shows showed shown").split()
# Nouns that say only that people are counted: the metric is what is said of them.
GENERIC_NOUNS = "people persons individuals".split()
# Words a spoken answer opens with, which name nothing (GUEST: Yes, point eight per cent).
# Sounds a speaker makes while thinking (by, er, nine hundred thousand): no word of a name.
FILLERS = "er erm um uh uhm hmm mm".split()
INTERJECTIONS = "yes no well so okay ok right sure indeed exactly absolutely".split() + FILLERS
# A transcript's speakers before their colon (HOST: …), which name no figure.
SPEAKERS = ("host guest presenter interviewer interviewee reporter anchor caller q a "
            "question answer").split()
AUXILIARIES = ("are were is was have has had been being will would shall should can could "
               "may might be").split()
# Names of one metric in English prose; the first is the one compared (align.metric_key).
METRIC_SYNONYMS = [
    # (gross value added, the output measure of GDP, is GDP to the press; "added" may be read
    # as the change: gross value rose)
    ("gdp", "gross domestic product", "gross state product", "gsp", "economy",
     "economic growth", "economic output", "gva", "gross value added", "gross value"),
    ("output per hour", "labour productivity", "labor productivity", "productivity"),
    ("united kingdom", "britain", "great britain", "uk"),
    ("unemployed", "out of work", "jobless", "joblessness", "without work", "without a job"),
    ("employment", "jobs", "in work", "in employment", "payrolls", "payroll employment",
     "payroll"),
    ("teenagers", "teens", "teen", "teenage"),
    ("discount rate", "primary credit rate"),
    ("limit", "limits", "cap", "caps", "capped", "ceiling"),
    ("unit labour costs", "unit labor costs", "ulcs", "ulc"),
    ("jsa", "jobseeker's allowance", "jobseekers allowance", "jobseeker’s allowance"),
    ("cpi", "consumer price index", "consumer prices index", "consumer prices"),
    # statistics that releases name in full and the press in brief
    ("gfcf", "gross fixed capital formation", "fixed investment", "fixed capital investment"),
    ("household consumption", "household final consumption expenditure",
     "household spending", "consumer spending", "private consumption"),
    ("services", "service industries", "service industry", "services industries",
     "service sector", "services sector"),
    ("manufacturing", "manufacturing output", "factory output", "manufacturing sector"),
    ("trade deficit", "deficit on trade", "trade gap", "trade balance deficit"),
    ("on rrp", "overnight reverse repurchase", "overnight reverse repo", "reverse repo",
     "overnight rrp"),
    ("wages", "wage price index", "pay"),
    ("population", "residents", "inhabitants"),
    # a central bank's words
    ("ioer", "interest on excess reserves", "interest rate on excess reserves",
     "interest on reserves", "interest rate on reserves",
     "interest rates on required and excess reserve balances",
     "interest rate paid on required and excess reserve balances",
     "rate paid on required and excess reserve balances", "rate on excess reserves",
     "interest rate on required and excess reserve balances",
     "rate on required and excess reserve balances",
     "rates on excess reserves", "rate paid on excess reserves", "excess reserves"),
    ("objective", "goal", "target"),
    # the press's names for the Fed's price measure (headline or core: "pce" is in both)
    ("pce", "fed's preferred gauge", "fed's preferred inflation gauge", "fed's favorite gauge",
     "fed's favourite gauge", "fed's favored gauge", "fed's preferred measure",
     "fed's preferred inflation measure", "fed's preferred price gauge"),
    ("claimant count", "claiming jsa", "claimants"),
    # statistics that a memo or a wire calls by their initials
    ("employment cost index", "eci"),
    ("average hourly earnings", "ahe"),
    ("average weekly earnings", "awe"),
    ("inventories", "inventory", "stockbuilding", "stock building", "stocks"),
    ("saving ratio", "savings ratio", "saving rate", "savings rate"),
    # the press's plain words for the statistics of national accounts and labour releases
    ("business investment", "capital spending", "capital expenditure", "capex",
     "corporate investment", "company investment", "spending by firms",
     "spending by businesses", "business spending", "firms' investment"),
    ("industrial production", "industrial output", "index of production",
     "production industries", "production output"),
    ("retail sales", "shop sales", "store sales", "high street sales", "retail spending"),
    ("exports", "sales abroad", "overseas sales", "foreign sales"),
    ("vacancies", "job vacancies", "job openings", "openings", "unfilled jobs",
     "unfilled posts"),
    ("self employed", "self employment", "working for themselves", "work for themselves"),
    ("economically inactive", "economic inactivity", "inactive", "inactivity"),
    # (the ages of the young, not any "year olds": 16 to 64 year olds are of working age)
    ("youth", "young people", "young workers", "16 24 year olds", "16 to 24 year olds",
     "18 24 year olds", "18 to 24 year olds", "under 25s"),
    ("real household disposable income", "real households' disposable income",
     "real disposable income", "rhdi"),
    # (folded as "pay" is, to wages)
    ("regular wages", "regular pay", "basic pay", "regular earnings", "pay excluding bonuses",
     "earnings excluding bonuses"),
    ("total wages", "total pay", "pay including bonuses", "earnings including bonuses",
     "total earnings"),
    ("treasury securities", "treasuries", "treasury yields", "treasury notes", "ust"),
]
# How a quantity is measured, not what it is: left out when names are compared (GDP in real
# terms grew 0.8%: GDP grew 0.8%).
MEASURED_AS = ("in real terms", "in volume terms", "in nominal terms", "in cash terms",
               "in current prices", "in constant prices", "seasonally adjusted",
               "in chained volume measures")
# Words that say nothing of what a figure measures, left out when names are compared word by
# word (checker/english_words.py): function words, pronouns, and the filler of report prose.
STOP_WORDS = ("a an the this that these those it its they them their there here he she his "
              "her we our us you your i me my who whom whose which what when where why how "
              "and or but nor so yet if then than as at by for from in into of off on onto "
              "out over to under up down with without within about above after against "
              "along among around before behind below beneath beside between beyond during "
              "except inside near since through throughout toward towards upon via per "
              "be am is are was were been being do does did done have has had having will "
              "would shall should can could may might must not no also just only still even "
              "very much many more most less least some any all each every both either "
              "neither other another such same own now today yesterday then again already "
              "ever never further while whereas although though because whether said says "
              "say saying percent per cent percentage point points basis figure figures "
              "level levels number numbers total overall latest current previous last next "
              "year years month months quarter quarters week weeks day days period "
              "time").split()
# Places a figure may be of: its scope, not its concept (the UK's unemployment rate is the
# unemployment rate of a UK release).  Two names that both say a place must say the same one;
# a name that says none may be of any (checker/english_words.py).  Name or demonym → place.
PLACES = {
    **{w: "united kingdom" for w in ("united kingdom", "british")},
    **{w: "united states" for w in ("united states", "us", "usa", "america", "american")},
    **{w: "euro area" for w in ("euro area", "eurozone", "euro zone")},
    **{w: "european union" for w in ("european union", "eu")},
    **{w: "england" for w in ("england", "english")},
    **{w: "scotland" for w in ("scotland", "scottish")},
    **{w: "wales" for w in ("wales", "welsh")},
    **{w: "northern ireland" for w in ("northern ireland",)},
    **{w: "ireland" for w in ("ireland", "irish")},
    **{w: "china" for w in ("china", "chinese")},
    **{w: "japan" for w in ("japan", "japanese")},
    **{w: "germany" for w in ("germany", "german")},
    **{w: "france" for w in ("france", "french")},
    **{w: "italy" for w in ("italy", "italian")},
    **{w: "spain" for w in ("spain", "spanish")},
    **{w: "canada" for w in ("canada", "canadian")},
    **{w: "australia" for w in ("australia", "australian")},
    **{w: "new zealand" for w in ("new zealand",)},
    **{w: "india" for w in ("india", "indian")},
    **{w: "south korea" for w in ("south korea", "korea", "korean", "south korean")},
    **{w: "brazil" for w in ("brazil", "brazilian")},
    **{w: "russia" for w in ("russia", "russian")},
    **{w: "mexico" for w in ("mexico", "mexican")},
    **{w: "hong kong" for w in ("hong kong",)},
    **{w: "singapore" for w in ("singapore",)},
}


# An average over periods: a figure that says none of these is of one period.
# A contribution to growth is a share of it in points, whatever unit it is given in (net trade
# made a positive contribution of 0.3%; contributed 0.3 percentage points).
CONTRIBUTION = r"\bcontribut(?:ion|ions|ed|es|ing)\b(?!\s+rate)"
AVERAGE_WORDS = ["average annual", "annual average", "on average a year", "a year on average",
                 "per year on average", "annualised average", "annualized average"]
