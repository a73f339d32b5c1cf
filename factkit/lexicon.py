"""Declarative vocabulary for numeric expressions: every table the rules in `numbers.py` read.

Nothing here runs logic. Each table is named, and each entry carries an example of the news phrasing
it exists for. Tables whose order matters say why. Temporal vocabulary (months, weekdays, seasons,
relative-date words) lives in `lexicon_time.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# --- cardinal number words --------------------------------------------------------------------------

#: "eleven thousand", "twenty-five", "nineteen". "nought" is the British zero ("nine point nought four");
#: "naught" and "nil" are left out: in news they are idioms ("came to naught") and football scores.
UNIT_WORDS: dict[str, int] = {
    "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip

#: "twenty", "ninety-nine"
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip

#: Multipliers inside spelled-out numbers and after digits: "1.5 million", "two dozen", "a hundred".
SCALE_WORDS: dict[str, float] = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip

#: Scale suffixes glued to digits or after a space: "$2bn", "11k", "€20m", "1.2 mln", "3tn", "1.2b".
#: A bare "m" is a scale only after a currency or before a plural ("€20m", "3m people"); elsewhere
#: "5m" is five metres. A bare "b" also after a decimal ("1.2b"); "1500b" stays a number (numbers.py).
SUFFIX_SCALES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "M": 1e6, "b": 1e9, "bn": 1e9,
    "bln": 1e9, "B": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12, "trln": 1e12, "T": 1e12, "mil": 1e6,
    "MM": 1e6, "doz": 12, "dz": 12,  # "$1MM" (finance), "2mil", "3 doz eggs"
}  # fmt: skip

#: Word ordinals read as quantities ("the third anniversary" -> 3). "first", "second" and "last" are
#: left out on purpose: in news they are almost always sequencing words ("Putin first mentioned",
#: "a second attack"), not figures; digit ordinals ("21st") are always read.
#: "first" and "second" as ranks ("its second profit warning"), read only in numbers.FIRST_SECOND's context.
RANK_WORDS: dict[str, int] = {"first": 1, "second": 2}

ORDINAL_WORDS: dict[str, int] = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip

#: Fraction denominators (singular; a plural adds "s", "half" -> "halves"): "two-thirds of the
#: budget", "a quarter of voters", "three fifths", "two and fifty-four hundredths".
FRACTION_DENOMINATORS: dict[str, float] = {
    "half": 2, "quarter": 4, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1e3, "millionth": 1e6,
    "billionth": 1e9, "trillionth": 1e12,
}  # fmt: skip

#: The unit ordinals that end a compound denominator: "one twenty-fifth", "three twenty-firsts".
UNIT_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9,
}  # fmt: skip

#: Unicode vulgar fractions: "¾ of the vote", "2½ miles".
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
    "⅑": 1 / 9, "⅒": 1 / 10,
}  # fmt: skip

#: Words before a slash pair that make it a date, not a fraction: "on 9/11", "since 3/4".
SLASH_DATE_WORDS: frozenset[str] = frozenset(
    "on since after before until till by from of in post pre circa dated".split()
)

#: Words that make the figure after them negative: "minus 5 degrees", "negative two percent".
NEGATIVE_WORDS: tuple[str, ...] = ("minus", "negative")

#: Outcomes that make a lone "one" a count: "One soldier was wounded", "one man died". Elsewhere "one"
#: is a determiner or pronoun ("one young participant told", "one of the first", "one day").
ONE_COUNT_WORDS: tuple[str, ...] = (
    "killed", "wounded", "injured", "hurt", "died", "dead", "dies", "arrested", "detained", "missing",
    "hospitalised", "hospitalized", "captured", "executed", "evacuated", "rescued", "infected", "shot",
    "stabbed", "drowned", "kidnapped", "abducted", "jailed", "charged", "sentenced", "confirmed dead",
)  # fmt: skip

#: Words after "<number>-" that do not name what is counted: "a 20-fold rise", "40-odd", "30-something".
NOT_HYPHEN_NOUNS: frozenset[str] = frozenset(
    "fold odd something ish plus old long strong year month week day hour minute second time times way".split()
)

#: Capitalised words before a number that do not make it a name's number ("in the US 300 people",
#: "I 5"): pronouns, a few abbreviations that stand for a country or an authority.
NOT_NAMES: frozenset[str] = frozenset("I US UK EU UN US$ AM PM".split())

# --- vague magnitudes --------------------------------------------------------------------------------
# Conventions of ../shared/gold/SCHEMA.md: "hundreds" = 200..999, "a few" = 2..5, "several" = 3..9.

#: Plural magnitude phrases -> (low, high). Longest first: "hundreds of thousands" must win over
#: "hundreds", or "hundreds of thousands of soldiers" would become two mentions.
VAGUE_MAGNITUDES: dict[str, tuple[float, float]] = {
    "hundreds of thousands": (2e5, 999_999),  # "hundreds of thousands of Russian soldiers returned home"
    "hundreds of millions": (2e8, 999_999_999),  # "hundreds of millions of dollars in aid"
    "tens of thousands": (2e4, 99_999),  # "can accommodate tens of thousands of visitors"
    "tens of millions": (2e7, 99_999_999),  # "tens of millions of people"
    "thousands": (2e3, 9_999),  # "thousands fled the city"
    "millions": (2e6, 999e6),  # "millions of refugees"
    "billions": (2e9, 999e9),  # "billions of dollars"
    "hundreds": (200, 999),  # "hundreds of Russian soldiers"
    "dozens": (24, 99),  # "dozens of drones"
    "scores": (40, 99),  # "scores of civilians were killed"
}

#: Vague multipliers that combine with a scale word ("a few hundred", "several thousand") or stand
#: before a noun on their own ("a few weeks", "several soldiers"): -> (low, high) multiplier.
VAGUE_MULTIPLIERS: dict[str, tuple[float, float]] = {
    "a couple of": (2, 2),  # "a couple of hours"
    "a couple": (2, 2),  # "a couple hundred protesters"
    "a pair of": (2, 2),  # "carrying a pair of navigation satellites"
    "a handful of": (2, 5),  # "a handful of officers"
    "a few": (2, 5),  # "a few hundred participants", "a few weeks later"
    "several": (3, 9),  # "several thousand troops"
}

# --- bound words -------------------------------------------------------------------------------------

#: Words before a figure that bound it -> qualifier. "approx" keeps low = high = the figure; the
#: others open one side (see numbers.py). Longest first within a shared prefix ("more than" before
#: "more"): the compiled alternation tries them in this order.
BOUNDS_BEFORE: dict[str, str] = {
    "greater than or equal to": "at_least",  # "greater than or equal to 50"
    "more than or equal to": "at_least",
    "higher than or equal to": "at_least",
    "equal to or greater than": "at_least",
    "equal to or more than": "at_least",
    "equal to or higher than": "at_least",
    "less than or equal to": "at_most",  # "a rate less than or equal to 2%"
    "fewer than or equal to": "at_most",
    "lower than or equal to": "at_most",
    "equal to or less than": "at_most",
    "equal to or fewer than": "at_most",
    "equal to or lower than": "at_most",
    "at or above": "at_least",  # "12 days at or above 40C"
    "at or over": "at_least",
    "at or below": "at_most",
    "at or under": "at_most",
    "well over": "more_than",  # "well over 1,000 people"
    "just over": "more_than",  # "just over 5%"
    "a little over": "more_than",  # "a little over seven million"
    "a little more than": "more_than",
    "a little under": "at_most",
    "a little less than": "at_most",
    "longer than": "more_than",  # "knives longer than 60cm"
    "taller than": "more_than",
    "wider than": "more_than",
    "deeper than": "more_than",
    "heavier than": "more_than",
    "older than": "more_than",
    "shorter than": "at_most",
    "younger than": "at_most",
    "lighter than": "at_most",
    "more than": "more_than",  # "more than 10,000 troops"
    "greater than": "more_than",
    "upwards of": "more_than",  # "upwards of 500 homes"
    "in excess of": "more_than",  # "in excess of $2 million"
    "higher than": "more_than",  # "prices higher than $5"
    "larger than": "more_than",
    "bigger than": "more_than",
    "over": "more_than",  # "over 300 people"
    "above": "more_than",
    "exceeding": "more_than",
    "exceeds": "more_than",  # "the bill exceeds $2 million"
    "exceeded": "more_than",
    "exceed": "more_than",
    "surpassing": "more_than",  # headline verbs: "death toll tops 2,700", "sales surpassed $1bn"
    "surpasses": "more_than",
    "surpassed": "more_than",
    "tops": "more_than",
    "topped": "more_than",
    "topping": "more_than",
    "nearing": "approx",  # "toll nears 2,500"
    "nears": "approx",
    "neared": "approx",
    ">=": "at_least",  # symbols in tables and briefs: ">10", "<= 30", "≥ 5"
    "≥": "at_least",
    ">": "more_than",
    "no fewer than": "at_least",  # "no fewer than 40 vessels"
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "at least": "at_least",  # "at least 12 people were killed"
    "as many as": "up_to",  # "as many as 12,000 soldiers"
    "as much as": "up_to",  # "as much as $3 billion"
    "as high as": "up_to",
    "up to": "up_to",  # "up to 12,000 North Korean soldiers"
    "within": "up_to",  # "within 48 hours", "within 5 km of the border": a limit, as "up to" (annotators agree)
    "as little as": "at_least",  # "cars for as little as £8,000": the lowest of the values
    "as few as": "at_least",
    "as low as": "at_least",
    "no more than": "at_most",  # "no more than 50 people"
    "not more than": "at_most",
    "a maximum of": "at_most",
    "at most": "at_most",
    "fewer than": "at_most",  # "fewer than 100 survivors"
    "less than": "at_most",  # "less than 2%"
    "lower than": "at_most",  # "a rate lower than 3%"
    "smaller than": "at_most",
    "just under": "at_most",
    "under": "at_most",  # "under 30 minutes"
    "below": "at_most",
    "<=": "at_most",
    "≤": "at_most",
    "<": "at_most",
    "an estimated": "approx",  # "an estimated 11,000 troops"
    "approximately": "approx",
    "roughly": "approx",  # "roughly 2 million people"
    "nearly": "approx",  # "nearly 500 people" (gold convention: approx, not up_to)
    "almost": "approx",
    "around": "approx",  # "around 11,000 troops"
    "about": "approx",  # "about 150 hotels"
    "near": "approx",  # "highs near 92 degrees"
    "close to": "approx",
    "closer to": "approx",  # "the true number is closer to 9,000"
    "nearer to": "approx",
    "nearer": "approx",  # "the true gap is nearer $140m"
    "in the region of": "approx",  # "thought to cost in the region of €25m"
    "perhaps": "approx",  # "take perhaps 15,000 people"
    "barely": "approx",  # "lasted barely five months"
    "some": "approx",  # "some 11,000 troops"
    "circa": "approx",
    "approx.": "approx",
    "c.": "approx",
    "~": "approx",
}

#: Words after a figure that bound it -> qualifier: "500 or more", "40-plus", "1,000+", "20 or so".
BOUNDS_AFTER: dict[str, str] = {
    "or more": "at_least",
    "or greater": "at_least",
    "or higher": "at_least",
    "or fewer": "at_most",
    "or less": "at_most",
    "or so": "approx",
    "-plus": "more_than",  # "$300m-plus": over $300m, as every gold with one reads it
    "plus": "more_than",
    "+": "at_least",  # "30+", "1,000+" (the golds read it both ways)
}

# --- money -------------------------------------------------------------------------------------------

#: ISO 4217 codes read before or after an amount ("USD 5 million", "42 MYR", "USD115", "100USD"). Codes
#: that are also English words (ALL, TRY, CUP, MAD, TOP, GEL, PHP, AMD ...) are left out: their
#: signs and names are in the tables below.
ISO_CODES: tuple[str, ...] = tuple(
    """USD EUR GBP RUB KRW JPY CNY RMB INR UAH CHF CAD AUD NZD HKD SGD MXN BRL ZAR SEK NOK DKK PLN CZK
    HUF ILS KWD SAR QAR AED EGP LBP BGN MYR MNT IDR THB VND PKR NGN KES TWD IRR IQD JOD KZT BTC""".split()
)

#: Currency signs and codes written before the amount -> ISO 4217. A bare "$" is read as US dollars:
#: factkit reads English-language news, where an unqualified dollar is the US dollar. Letters before
#: "$" are matched in any case and may stand apart from it ("C$ 300", "hk $ 10", "usd$ 15").
#: Order does not matter: the compiled alternation tries the longest sign first.
#: Stands in for the rand's "R" ("R2.63-trillion", "R30") in a text that speaks of the rand: a bare "R"
#: before digits is a road, a car or a film rating elsewhere ("the R101", "an Audi R8"). See
#: `numbers.find_quantities`.
RAND_SIGN = "\ue000"

CURRENCY_BEFORE: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "U.S$": "USD", "USD$": "USD", "C$": "CAD", "CA$": "CAD", "CAD$": "CAD",
    "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "NZD$": "NZD", "HK$": "HKD", "HKD$": "HKD",
    "S$": "SGD", "SGD$": "SGD", "R$": "BRL", "Mex$": "MXN", "MX$": "MXN", "MXN$": "MXN", "NT$": "TWD",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB", "₹": "INR", "₴": "UAH",
    "₺": "TRY", "₪": "ILS", "₿": "BTC", "₦": "NGN", "₱": "PHP", "Rs.": "INR", "Rs": "INR", "RM": "MYR",
    RAND_SIGN: "ZAR",
    **{code: "CNY" if code == "RMB" else code for code in ISO_CODES},
}  # fmt: skip

#: Currency words and codes written after the amount -> ISO 4217: "1.5 billion rubles", "500,000 won".
#: Matched in any case, longest first ("US dollars" before "dollars"). "pounds" is read as sterling: news
#: prints weights in kilograms or tonnes, and "lbs" stays a weight (MEASURE_UNITS). A name shared by
#: several currencies is read as its most reported one: "pesos" MXN, "francs" CHF, "rupees" INR,
#: "dinars" IQD, "riyals" SAR, "rials" IRR; a country adjective settles it ("Kuwaiti dinars" KWD).
CURRENCY_AFTER: dict[str, str] = {
    "US dollars": "USD", "US dollar": "USD", "U.S. dollars": "USD", "U.S. dollar": "USD",
    "American dollars": "USD", "Canadian dollars": "CAD", "Canadian dollar": "CAD",
    "Australian dollars": "AUD", "Australian dollar": "AUD", "New Zealand dollars": "NZD",
    "Hong Kong dollars": "HKD", "Hong Kong dollar": "HKD", "Singapore dollars": "SGD", "Taiwan dollars": "TWD",
    "pounds sterling": "GBP", "Egyptian pounds": "EGP", "Lebanese pounds": "LBP", "Syrian pounds": "SYP",
    "Swiss francs": "CHF", "Swiss franc": "CHF", "French francs": "FRF", "Chinese yuan": "CNY",
    "Japanese yen": "JPY", "Turkish lira": "TRY", "Turkish liras": "TRY", "Indian rupees": "INR",
    "Pakistani rupees": "PKR", "Sri Lankan rupees": "LKR", "Mexican pesos": "MXN", "Philippine pesos": "PHP",
    "Argentine pesos": "ARS", "Brazilian reais": "BRL", "South African rand": "ZAR", "Kuwaiti dinars": "KWD",
    "Kuwaiti dinar": "KWD", "Iraqi dinars": "IQD", "Jordanian dinars": "JOD", "Saudi riyals": "SAR",
    "Saudi riyal": "SAR", "Qatari riyals": "QAR", "Qatari riyal": "QAR", "Iranian rials": "IRR",
    "Omani rials": "OMR", "Malaysian ringgit": "MYR", "Malaysian ringgits": "MYR", "Malaysia ringgit": "MYR",
    "Malaysia ringgits": "MYR", "Dutch guilders": "NLG", "Finnish markka": "FIM", "Deutsche marks": "DEM",
    "Norwegian kroner": "NOK", "Danish kroner": "DKK", "Swedish kronor": "SEK", "Icelandic kronur": "ISK",
    "Czech crowns": "CZK", "Czech crown": "CZK", "Czech koruna": "CZK", "Swedish crowns": "SEK",
    "Swedish crown": "SEK", "Swedish krona": "SEK", "Norwegian crowns": "NOK", "Norwegian krone": "NOK",
    "Danish crowns": "DKK", "Danish krone": "DKK", "Icelandic crowns": "ISK", "UAE dirhams": "AED",
    "Moroccan dirhams": "MAD", "Kenyan shillings": "KES", "Ugandan shillings": "UGX", "Tanzanian shillings": "TZS",
    "koruna": "CZK", "korunas": "CZK", "korun": "CZK", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
    "kroner": "NOK", "crowns": "SEK", "crown": "SEK", "lei": "RON", "leu": "RON", "leva": "BGN",
    "dirhams": "AED", "dirham": "AED", "shillings": "KES", "shilling": "KES", "cedis": "GHS", "cedi": "GHS",
    "kwacha": "ZMW", "taka": "BDT", "dong": "VND", "hryvnas": "UAH",
    "dollars": "USD", "dollar": "USD", "bucks": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "pound": "GBP", "sterling": "GBP", "quid": "GBP", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
    "ruble": "RUB", "won": "KRW", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
    "rupee": "INR", "hryvnias": "UAH", "hryvnia": "UAH", "francs": "CHF", "lira": "TRY", "liras": "TRY",
    "shekels": "ILS", "shekel": "ILS", "rand": "ZAR", "pesos": "MXN", "peso": "MXN", "reais": "BRL",
    "dinars": "IQD", "dinar": "IQD", "riyals": "SAR", "riyal": "SAR", "rials": "IRR", "rial": "IRR",
    "ringgits": "MYR", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "naira": "NGN", "zlotys": "PLN",
    "zloty": "PLN", "forints": "HUF", "forint": "HUF", "tenge": "KZT", "tugriks": "MNT", "tugrik": "MNT",
    "lari": "GEL", "guilders": "NLG", "guilder": "NLG", "pesetas": "ESP", "peseta": "ESP", "markka": "FIM",
    "markkas": "FIM", "drachmas": "GRD", "escudos": "PTE", "bitcoins": "BTC", "bitcoin": "BTC",
    "satoshis": "BTC", "satoshi": "BTC", "grand": "USD",
    "cents": "USD", "cent": "USD", "pennies": "USD", "penny": "USD", "dimes": "USD", "dime": "USD",
    "nickels": "USD", "pence": "GBP", "kopecks": "RUB", "kopeks": "RUB", "paise": "INR",
    **{code: "CNY" if code == "RMB" else code for code in ISO_CODES},
}  # fmt: skip

#: Case-sensitive signs and short codes written after the amount: "10 €", "100元", "20Rs", "42 RM".
#: A sign directly followed by a digit is the next amount's sign, not this one's ("3 $1 bills").
CURRENCY_SIGNS_AFTER: dict[str, str] = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB", "₹": "INR",
    "₴": "UAH", "₺": "TRY", "₪": "ILS", "元": "CNY", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC",
    "₦": "NGN", "₱": "PHP", "฿": "THB", "₫": "VND", "¢": "USD", "Rs": "INR", "RM": "MYR",
}  # fmt: skip

#: Sub-units and slang units: the amount is divided by this to give the main currency ("50 cents" ->
#: 0.5 USD, "10 grand" -> 10,000 USD). Keys are lower case.
CURRENCY_SUBUNITS: dict[str, float] = {
    "cents": 100, "cent": 100, "¢": 100, "pence": 100, "pennies": 100, "penny": 100, "kopecks": 100,
    "kopeks": 100, "paise": 100, "dimes": 10, "dime": 10, "nickels": 20, "satoshis": 1e8, "satoshi": 1e8,
    "grand": 1e-3,
}  # fmt: skip

#: The crown currencies by the country a text names: a bare "crowns" is money only in a text that names
#: one of them (or its currency), and is that country's (the most named one's; Sweden's on a tie).
CROWN_COUNTRIES: dict[str, str] = {
    "SEK": r"Swed(?:en|ish|es)|krona|kronor|SEK", "CZK": r"Czech(?:ia)?|Prague|koruna|korun|CZK",
    "NOK": r"Norw(?:ay|egian)|Oslo|NOK", "DKK": r"Denmark|Danish|Copenhagen|DKK",
    "ISK": r"Iceland(?:ic)?|Reykjavik|ISK",
}  # fmt: skip

#: Currency words that are money only when no noun follows: "10 grand" but not "two grand slams".
CURRENCY_AFTER_ALONE: frozenset[str] = frozenset({"grand"})

#: Sub-unit words that may close a compound amount: "3 dollars 50 cents", "£3 and 20 pence".
CURRENCY_SUBUNIT_WORDS: tuple[str, ...] = ("cents", "cent", "pence", "kopecks", "kopeks", "paise", "c", "p", "¢")

#: Intensifiers kept in a zero-cost span: "absolutely free", "completely free of charge".
FREE_INTENSIFIERS: tuple[str, ...] = ("absolutely", "completely", "totally", "entirely", "all but")

#: Nouns that a preceding "free" prices at zero: "free treatment", "free tuition".
FREE_SERVICES: tuple[str, ...] = (
    "treatment", "care", "healthcare", "health care", "medical care", "tuition", "meals", "food",
    "accommodation", "housing", "transport", "transportation", "travel", "tickets", "entry",
    "admission", "flights", "vaccines", "vaccinations", "vaccination", "legal aid", "rides", "shuttles",
    "services", "prescriptions", "school meals", "childcare", "parking", "wifi", "Wi-Fi",
)  # fmt: skip

# --- percentages -------------------------------------------------------------------------------------

#: "5%", "5 percent", "five per cent", "2 percentage points". Longest first.
PERCENT_WORDS: dict[str, str | None] = {
    "basis points": "bp",  # "cut by 25 basis points" = 0.25 percentage points (numbers.py converts)
    "basis point": "bp",
    "bps": "bp",
    "bp": "bp",
    "percentage points": "point",
    "percentage point": "point",
    "per cent": None,
    "percentage": None,  # "a 30 percentage rise" (loose, but unambiguous after a number)
    "percents": None,
    "percent": None,
    "pct": None,
    "pc": None,  # British headlines: "profits fall 58pc"
    "%": None,
}

# --- units -------------------------------------------------------------------------------------------

#: Time units -> (canonical unit, length in days, TIMEX3 designator). Month = 30 days, year = 365
#: (as Duckling and the gold set do). Plural forms are matched by numbers.py adding an optional "s".
TIME_UNITS: dict[str, tuple[str, float, str]] = {
    "second": ("second", 1 / 86_400, "TS"),
    "sec": ("second", 1 / 86_400, "TS"),
    "minute": ("minute", 1 / 1_440, "TM"),
    "min": ("minute", 1 / 1_440, "TM"),
    "hour": ("hour", 1 / 24, "TH"),
    "hr": ("hour", 1 / 24, "TH"),
    "day": ("day", 1, "D"),
    "night": ("night", 1, "D"),
    "week": ("week", 7, "W"),
    "fortnight": ("fortnight", 14, "W"),
    "month": ("month", 30, "M"),
    "year": ("year", 365, "Y"),
    "decade": ("decade", 3_650, "DE"),
    "century": ("century", 36_500, "CE"),
}

#: Measure units -> canonical unit. Matched case-insensitively, longest first, each with an optional
#: plural "s"/"es" handled in numbers.py. Short symbols that collide with words live in
#: MEASURE_SYMBOLS (case-sensitive).
MEASURE_UNITS: dict[str, str] = {
    "square kilometres": "km2", "square kilometers": "km2", "square kilometre": "km2",
    "square kilometer": "km2", "square miles": "mi2", "square mile": "mi2", "square metres": "m2",
    "square meters": "m2", "square metre": "m2", "square meter": "m2", "square feet": "ft2",
    "square foot": "ft2", "sq km": "km2", "sq mi": "mi2", "sq m": "m2", "sq ft": "ft2",
    "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3", "cubic meter": "m3",
    "cubic hectometres": "hm3", "cubic hectometers": "hm3", "cubic hectometre": "hm3", "cubic hectometer": "hm3",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "miles per hour": "mph",
    "nautical miles": "nmi", "nautical mile": "nmi", "kilometres": "km", "kilometers": "km",
    "kilometre": "km", "kilometer": "km", "centimetres": "cm", "centimeters": "cm", "centimetre": "cm",
    "centimeter": "cm", "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "miles": "mi", "mile": "mi", "feet": "ft",
    "foot": "ft", "inches": "in", "inch": "in", "yards": "yd", "yard": "yd", "hectares": "ha",
    "hectare": "ha", "acres": "acre", "acre": "acre", "kilograms": "kg", "kilogrammes": "kg",
    "kilogram": "kg", "kilos": "kg", "kilo": "kg", "grams": "g", "gram": "g", "milligrams": "mg",
    "milligram": "mg", "metric tons": "t", "metric tonnes": "t", "tonnes": "t", "tonne": "t",
    "tons": "ton", "ton": "ton", "ounces": "oz", "ounce": "oz", "litres": "l", "liters": "l",
    "litre": "l", "liter": "l", "millilitres": "ml", "milliliters": "ml", "millilitre": "ml",
    "milliliter": "ml", "gallons": "gal", "gallon": "gal", "barrels": "bbl", "barrel": "bbl",
    "megawatts": "MW", "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW", "kilowatts": "kW",
    "kilowatt": "kW", "kilowatt-hours": "kWh", "degrees celsius": "°C", "degrees fahrenheit": "°F",
    "degrees": "°", "degree": "°", "knots": "kn", "mph": "mph", "km/h": "km/h", "kph": "km/h",
    "miles an hour": "mph", "kilometres an hour": "km/h", "kilometers an hour": "km/h", "cubic feet": "ft3",
    "cubic foot": "ft3", "cubic kilometres": "km3", "cubic kilometers": "km3", "nanometres": "nm",
    "nanometers": "nm", "nanometre": "nm", "nanometer": "nm", "micrograms": "µg", "microgram": "µg",
    "microgrammes": "µg", "tablespoons": "tbsp", "tablespoon": "tbsp", "teaspoons": "tsp", "teaspoon": "tsp",
    "terabytes": "TB", "gigabytes": "GB", "megabytes": "MB", "exabytes": "EB", "gigahertz": "GHz",
    "megahertz": "MHz", "watts": "W", "watt": "W", "megawatt-hours": "MWh", "gigawatt-hours": "GWh",
}  # fmt: skip

#: Case-sensitive unit symbols: "5 km", "300kg", "20°C", "1.2 GW". Longest first.
MEASURE_SYMBOLS: dict[str, str] = {
    "km²": "km2", "km2": "km2", "km3": "km3", "km³": "km3", "hm³": "hm3", "hm3": "hm3", "m³": "m3",
    "m²": "m2", "m2": "m2", "km/hr": "km/h", "kmph": "km/h",
    "km/h": "km/h", "µg": "µg", "μg": "µg", "GHz": "GHz", "MHz": "MHz", "MWh": "MWh", "GWh": "GWh",
    "Wh": "Wh", "dm": "dm", "kWh": "kWh", "°C": "°C", "°F": "°F", "g/km": "g/km", "mpg": "mpg",
    "km": "km", "cm": "cm", "mm": "mm", "kg": "kg", "mg": "mg", "lbs": "lb", "lb": "lb", "ft": "ft",
    "mi": "mi", "ha": "ha", "MW": "MW", "GW": "GW", "kW": "kW", "bcm": "bcm", "bpd": "bbl/d",
    "GB": "GB", "TB": "TB", "MB": "MB", "ml": "ml", "mL": "ml", "cl": "cl", "oz": "oz", "m": "m",
}  # fmt: skip

#: Measure units -> (base unit of their dimension, size in it), so that "18 km" and "11 miles" compare
#: (align.py, compare.py): metre, square metre, litre, kilogram, km/h, watt, watt-hour, byte, hertz.
#: "ton" is taken as a metric tonne (British usage; a US short ton is 0.907 t, within rounding).
UNIT_SIZES: dict[str, tuple[str, float]] = {
    "km": ("m", 1e3), "m": ("m", 1.0), "dm": ("m", 0.1), "cm": ("m", 0.01),
    "mm": ("m", 1e-3), "nm": ("m", 1e-9), "mi": ("m", 1609.344), "nmi": ("m", 1852.0),
    "yd": ("m", 0.9144), "ft": ("m", 0.3048), "in": ("m", 0.0254),
    "km2": ("m2", 1e6), "m2": ("m2", 1.0), "ha": ("m2", 1e4), "acre": ("m2", 4046.856),
    "ft2": ("m2", 0.09290304), "mi2": ("m2", 2589988.1),
    "l": ("l", 1.0), "ml": ("l", 1e-3), "cl": ("l", 1e-2), "m3": ("l", 1e3),
    "km3": ("l", 1e12), "hm3": ("l", 1e9), "bcm": ("l", 1e12), "ft3": ("l", 28.316847), "gal": ("l", 3.785412),
    "bbl": ("l", 158.98729),
    "t": ("kg", 1e3), "ton": ("kg", 1e3), "kg": ("kg", 1.0), "g": ("kg", 1e-3), "mg": ("kg", 1e-6),
    "µg": ("kg", 1e-9), "lb": ("kg", 0.45359237), "oz": ("kg", 0.028349523),
    "km/h": ("km/h", 1.0), "mph": ("km/h", 1.609344), "kn": ("km/h", 1.852),
    "W": ("W", 1.0), "kW": ("W", 1e3), "MW": ("W", 1e6), "GW": ("W", 1e9),
    "Wh": ("Wh", 1.0), "kWh": ("Wh", 1e3), "MWh": ("Wh", 1e6), "GWh": ("Wh", 1e9),
    "MB": ("B", 1e6), "GB": ("B", 1e9), "TB": ("B", 1e12), "EB": ("B", 1e18),
    "MHz": ("Hz", 1e6), "GHz": ("Hz", 1e9),
}  # fmt: skip


# --- context -----------------------------------------------------------------------------------------


#: Words after which a number is a label, not a quantity: "Article 5", "Resolution 2231", "Flight 17".
LABEL_WORDS: frozenset[str] = frozenset(
    """article articles chapter section sections no no. nos number page pages paragraph resolution
    room route highway flight gate platform level phase grade class category season episode version
    line unit building block district ward lot table figure item act amendment bill title part
    verse psalm op opus track apollo vol volume issue rule clause stage term tier round""".split()
)

#: Words that end a counted noun phrase: "10,000 troops to support ..." stops at "to".
NP_STOP_WORDS: frozenset[str] = frozenset(
    """a an the and or but nor so yet to of in on at by for from with without into onto over under
    about above across after against along among around as before behind below beneath beside
    between beyond during except inside near off out outside since through throughout till toward
    towards until up upon via within who whom whose which that this these those what when where why
    how is are was were be been being am has have had do does did will would shall should can could
    may might must not no than then there here it its they them their he him his she her we us our
    you your i me my each per also only just even still already all both either neither more most
    less least many much few several some any such own same other said says say told according
    if while because although though whether including like unlike once unless
    remain remains remained continue continues continued""".split()
)

#: Determiners skipped between "of" and the counted phrase: "hundreds of its soldiers".
NP_DETERMINERS: frozenset[str] = frozenset("the these those its their his her our your my such".split())

#: Words at the start of a counted phrase that are dropped from `subject`: "two dozen other soldiers".
#: Verbs of change whose plural subject names what a bare figure after them counts ("cases rose to 139").
CHANGE_VERBS: tuple[str, ...] = (
    "rose", "risen", "fell", "fallen", "climbed", "jumped", "increased", "decreased", "dropped", "reached",
    "soared", "surged", "grew", "grown", "declined", "slipped", "stood", "stand", "stands", "totalled",
    "totaled", "hit", "topped", "passed", "went", "numbered",
    "rise", "rises", "rising", "falls", "falling", "climbs", "climbing", "jumps", "jumping", "increases",
    "increasing", "decreases", "drops", "dropping", "grows", "growing", "slips", "slipping", "soars", "surges",
    "declines",
)  # fmt: skip
#: Plural subjects of such verbs that are not what the figure counts ("prices rose to 140").
NOT_COUNTED_SUBJECTS: frozenset[str] = frozenset(
    """prices rates levels costs sales shares yields temperatures numbers figures totals tolls estimates
    values earnings revenues profits losses wages salaries fares bills returns margins readings""".split()
)
SUBJECT_DROP: frozenset[str] = frozenset("other more additional further extra".split())

#: Words ending in "s" that are not plural nouns, so never taken as the counted head.
NOT_PLURAL: frozenset[str] = frozenset(
    """news series species means physics politics economics mathematics bus gas its is was has his
    this thus plus minus across perhaps always sometimes besides towards afterwards as us yes less
    unless whereas various previous serious famous numerous enormous dangerous anonymous
    continuous measles mumps rabies diabetes herpes scabies shingles rickets
    omen specimen abdomen regimen stamen acumen amen semen hymen bitumen albumen yemen lumen rumen
    cyclamen dolmen foramen nomen cognomen gravamen""".split()
)

#: Nouns for a person that a headline capitalises before an age ("Girl, 7, pulled out alive"): no names.
PERSON_NOUNS: frozenset[str] = frozenset(
    """girl boy man woman baby toddler child teenager teen pensioner grandmother grandfather grandma grandpa
    mother father mum mom dad son daughter wife husband widow widower student pupil driver worker soldier
    officer nurse doctor teacher victim survivor tourist fan passenger miner farmer""".split()
)

#: Decades of a person's age: "in her forties".
AGE_DECADES: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}  # fmt: skip

#: Parents: "a father of three", "mum-of-two" count children.
PARENT_WORDS: tuple[str, ...] = (
    "grandfather", "grandmother", "grandparent", "father", "mother", "parent", "mum", "mom", "dad",
)  # fmt: skip

#: Words of size after a measure: "1.8m high", "3m away" keep "m" as metres.
SIZE_WORDS: frozenset[str] = frozenset(
    "high tall long wide deep thick away above below across apart deeper higher longer wider taller".split()
)

#: Plural nouns without an "s": "12 people", "two children", "40 police".
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
    "police": "police", "personnel": "personnel", "staff": "staff", "crew": "crew", "aircraft": "aircraft",
    "cattle": "cattle", "sheep": "sheep", "livestock": "livestock", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose",
}  # fmt: skip

#: Adjectives and participles that stand for people after a number: "5,940 injured", "3,000 dead",
#: "200,000 homeless" count people (`counted` "person").
PEOPLE_STATES: frozenset[str] = frozenset(
    """injured wounded dead killed missing displaced homeless hurt evacuated arrested detained
    rescued unaccounted hospitalised hospitalized stranded admitted rushed airlifted trapped""".split()
)

#: Nouns after which "no" states a count of zero: "no deaths", "no new cases" (numbers.ZERO_COUNT).
ZERO_COUNT_NOUNS: tuple[str, ...] = (
    "deaths", "casualties", "fatalities", "injuries", "arrests", "survivors", "victims", "cases",
)  # fmt: skip

#: Plural nouns of change after the noun they change: "7,500 job cuts", "300 job losses" count jobs.
CHANGE_NOUNS: frozenset[str] = frozenset("cuts losses".split())

#: Nouns before "of <number>" that count residents: "a town of 42,000", "a population of 1.2 million".
POPULATION_NOUNS: frozenset[str] = frozenset(
    "town city village country nation community region province island population pop".split()
)

#: Nouns of a gathering whose size is a count of people: "put the crowd at 42,000" (not "turnout": often a
#: share of voters, "turnout ranged 40 through 60").
CROWD_NOUNS: frozenset[str] = frozenset("crowd crowds attendance audience".split())

#: Reporting verbs that introduce a source: "the ambassador said", "Kyiv says", "officials estimated".
REPORTING_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "estimated", "estimates",
    "estimate", "claimed", "claims", "claim", "confirmed", "confirms", "stated", "states", "wrote",
    "writes", "added", "adds", "announced", "announces", "noted", "notes", "revealed", "reveals",
    "stressed", "argued", "insisted", "warned", "believes", "believe", "assessed", "assesses",
    "according", "cited", "quoted", "spoke", "speaks", "explained", "admitted", "acknowledged",
    "expects", "forecasts", "predicts", "predicted", "saying", "adding",
)  # fmt: skip

#: Verbs that state an estimate when "at" follows in their clause: "the ministry puts the toll at 2,480".
ESTIMATE_VERBS: tuple[str, ...] = ("puts", "put", "places", "placed", "pegs", "pegged")

#: Nouns of a claim that name their source by a possessive: "the government's own figure is 150,000",
#: "By the Ledger's count, 12", "the Treasury's tally". Not "toll", "total" or "range": "the storm's
#: death toll", "the missile's range" name what is counted, not who counts.
CLAIM_NOUNS: tuple[str, ...] = (
    "figure", "figures", "estimate", "estimates", "count", "tally", "forecast", "forecasts", "projection",
    "projections", "calculation", "calculations", "reckoning", "assessment", "survey",
)  # fmt: skip

#: Participles whose "by" names the source of the figure they follow: "the 11 initially given by the
#: airport", "figures released by the ONS".
AGENT_PARTICIPLES: tuple[str, ...] = (
    "given", "reported", "cited", "published", "released", "provided", "announced", "quoted", "issued",
    "compiled", "confirmed", "estimated",
)  # fmt: skip

#: Participles that report for the subject of their sentence: "The Kremlin denied it, saying 100 ...".
PARTICIPLE_REPORTING: frozenset[str] = frozenset({"saying", "adding"})

#: Common nouns that name a source, so "the ambassador said" and "western estimates say" attribute
#: a figure although no capitalised name is in the phrase.
SOURCE_NOUNS: frozenset[str] = frozenset(
    """ambassador envoy diplomat official officer spokesperson spokesman spokeswoman minister ministry
    president prime government report estimate assessment analyst expert source agency media
    newspaper outlet police army military command intelligence observer monitor researcher
    representative authority authorities governor mayor commander general statement survey study
    poll data figure census court prosecutor investigator witness resident doctor coastguard company firm
    group organisation organization charity union council department office regulator watchdog bank
    hospital embassy lawyer judge rescuer firefighter paramedic medic party campaign
    operator airline insurer ngo organiser organizer""".split()
)


# --- tables into patterns ---------------------------------------------------------------------------


def word_trie(words: Iterable[str]) -> str:
    """A regex for a set of words factored by common prefixes, which the stdlib engine scans fast.

    >>> word_trie(["war", "was", "wars"])
    'wa(?:r(?:s)?|s)'
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)
