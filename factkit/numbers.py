"""Numeric expressions -> intervals.

`find_quantities(text)` scans a text once for the core of every numeric expression (digits, spelled-out
numbers, vague magnitudes, ordinals, "week-long") and grows each core outwards by named rules:
a currency sign before it, a scale word after it ("1.5 million"), a range tail ("10,000-12,000"),
a unit (percent, currency word, time unit, measure), and the bound words that make it an interval
("more than", "up to", "or more"). Each result is a `Mention` whose `rule` lists the rules that built
it, so every row of the facts table can be traced to the words that made it.

Conventions (documented in the README):
- vague magnitudes follow ../shared/gold/SCHEMA.md ("hundreds" = 200..999, "a few" = 2..5);
- "more than N" -> low N, high NaN; "up to N" -> low NaN, high N; "about N" -> low = high = N;
- "N to M", "N-M" and "between N and M" are ranges (qualifier exact, low N, high M); "from N to M" is
  a change, so it gives two mentions;
- durations are in days (month = 30, year = 365) with a TIMEX3 value ("P2Y", "PT2H", "PXW" if vague);
- a bare 4-digit number from 1600 to 2199 is a year, left to the date rules, unless a unit, currency or
  bound word makes it a quantity ("2,000 troops", "$2000", "more than 2000");
- a lone "one" is a determiner, not a figure, unless a unit follows ("one year", "one percent");
- "minus 5" is negative; "3/4" is a fraction only when it ends the phrase or takes "of" or a unit, and
  not after a date word ("since 9/11"); a glued "m" is metres unless money or a plural noun follows;
- "3 dollars 50 cents" is one amount; "around 10-20 dollars" keeps both ends (approx).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from . import lexicon as lx
from .mention import Mention

_FLAGS = regex.VERBOSE | regex.IGNORECASE
_NAN = math.nan


def _alt(phrases: Iterable[str], sep: str = r"\s+") -> str:
    """A regex alternation of literal phrases, longest first, `sep` (any whitespace run) between words."""
    parts = sorted(set(phrases), key=len, reverse=True)
    return "|".join(sep.join(regex.escape(w) for w in p.split()) for p in parts)


# --- named sub-patterns -------------------------------------------------------------------------------
# Every repetition below is possessive or atomic, so no pattern can backtrack catastrophically
# (tests/test_redos.py runs them all on 100k-character adversarial strings with a timeout).

#: Where a phrase ends: punctuation or the end of the text, after optional spaces.
_END = r"\s*+(?:[.,;:!?)\]]|$)"

#: "10,000", "12,34,567", "1.5", "250" -- not part of a longer digit/comma run, an id or a version.
#: Thousands may be grouped by thin or no-break spaces ("40\u202f000") or by single spaces ("10 000
#: dollars", "1 234 567"), except after a capitalised word, where the first group is a day or a label
#: ("June 12 500 protesters", "Article 5 300").
DIGITS_BODY = r"""
    (?>\d{1,3}(?:,\d{3})++(?!\d)|\d{1,2}(?:,\d{2}(?=,))++,\d{3}(?!\d)
      |\d{1,3}(?:[\u00a0\u202f\u2009]\d{3}(?![\d,]))++(?![\d,]|\s\d)
      |(?-i:(?<![A-Z][a-z]{0,9}\.?\s))\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?![\d,]))++(?![\d,]|\s\d)
      |\d++|(?=\.\d))
    (?:\.\d++)?
    (?:e[+-]?\d++(?![\w-]))?
    (?![.,]?\d|/\d|:\d)
"""
#: A minus sign belongs to the number only where it cannot be a range dash or a hyphen: "-5",
#: "(−0.3%)", but not "10-12" or "F-16".
_GLUED_CODES = "|".join(sorted((k for k in lx.CURRENCY_BEFORE if k.isalpha()), key=len, reverse=True))
#: A currency code or letter sign may be glued to the digits: "USD115", "Rs20", "GBP3.01".
DIGITS = (
    r"(?:(?<![\w.,)\]%/-])(?P<neg>[-−])(?=\.?\d)|(?<![\w.,/:#@-]|[A-Za-z]-)"
    rf"|(?-i:(?<=(?<![A-Za-z])(?:{_GLUED_CODES})))|(?<=(?<![\w-])magnitude-))" + DIGITS_BODY
)
NUMBER_WORD = _alt([*lx.UNIT_WORDS, *lx.TENS_WORDS, *lx.SCALE_WORDS])
SCALE_WORD = _alt(lx.SCALE_WORDS)
_DIGIT_WORD = rf"(?:{_alt(lx.TENS_WORDS)})(?:-(?:{_alt(lx.UNIT_WORDS)}))?|{_alt(lx.UNIT_WORDS)}"
_DENOMINATOR = rf"""(?:(?:{_alt(lx.TENS_WORDS)})[\s-](?:{_alt(lx.UNIT_ORDINALS)})|{_alt(lx.FRACTION_DENOMINATORS)})"""
#: "eleven thousand", "twenty-five", "one hundred and fifty", "a hundred", "half a million" ("and" only
#: after a scale word or before a fraction, "one and three quarters": "between five and seven" is two),
#: "two hundred point zero three"; "and one" before a denominator is a fraction ("two million and one
#: half"), left to FRACTION_TAIL
WORDS = rf"""
    (?:(?<![\w-])|(?<=(?<![\w-])(?:{_alt(lx.PARENT_WORDS)})-of-))  # "a dad-of-two": his children
    (?:(?:half\s+)?an?\s+(?=(?:{SCALE_WORD})\b))?
    (?:{NUMBER_WORD})(?:(?:(?<=(?:{SCALE_WORD}))\s+and\s+(?!one[\s-]+(?:{_DENOMINATOR})(?!\w))
        |\s+and\s+(?!one[\s-]+(?:{_DENOMINATOR})(?!\w))
            (?=(?:{NUMBER_WORD})(?:(?:[\s-]++|\s++and\s++)(?:{NUMBER_WORD})(?!\w))*+[\s-]++(?:{_DENOMINATOR}|halves)s?(?!\w))
        |\s*-\s*|\s+)
    (?:{NUMBER_WORD})(?!\w))*+
    (?:\s+point(?:\s+(?:{_DIGIT_WORD})(?!\w))++)?
    (?!\w)
"""
VAGUE_MAGNITUDE = _alt(lx.VAGUE_MAGNITUDES)
VAGUE_MULTIPLIER = _alt(lx.VAGUE_MULTIPLIERS)
#: "hundreds", "tens of thousands", "a few hundred", "several thousand", "a few", "several"
VAGUE = rf"""
    (?<![\w-])
    (?:(?P<mult>{VAGUE_MULTIPLIER})\s+(?P<multscale>{SCALE_WORD})(?![\w-])
      |(?P<mag>{VAGUE_MAGNITUDE})
      |(?P<alone>{VAGUE_MULTIPLIER}))
    (?![\w-])
"""
TIME_UNIT = _alt(lx.TIME_UNITS)
#: "week-long", "weeklong", "months-long", "decade-long"
TIME_ADJECTIVE = rf"(?<![\w-])(?P<tadj>{TIME_UNIT})(?P<tadjpl>s)?-?long(?![\w-])"
#: "a year", "an hour" (the article counts as one, only before a time unit)
ARTICLE_TIME = rf"(?<![\w-])(?P<art>an?)\s+(?=(?:{TIME_UNIT})\b)"
ORDINAL_WORD = _alt(lx.ORDINAL_WORDS)
#: "21st", "3rd", "the third anniversary"
#: "first" and "second" are numbers only as ranks after a determiner, before a noun: "its second profit
#: warning", "the first 24-hour stoppage"; not "one of the first", "first mentioned", "the first half",
#: "the first nine months"
#: A rank before a superlative: "Poland's second-largest producer", "the third-biggest employer"
SUPERLATIVE_AFTER = r"(?=-(?:[a-z]{2,}est|best|worst|most|least)(?![\w-]))"
FIRST_SECOND = rf"""(?<=(?<!(?:one|some|many|among|each)\s++of\s++)(?<![\w-])
    (?:the|its|his|her|their|our|this|whose|a)\s++|[A-Za-z]['’]s\s++)(?P<ordfs>first|second)
    (?:(?=\s++(?!(?:of|and|or|to|half|quarter|longer|later|earlier|ago|before|after|too|each|per)\b)[a-z\d])
      |{SUPERLATIVE_AFTER})
    (?!\s++[\w-]++\s++(?:months|years|weeks|days|hours|minutes|quarters)\b)"""
ORDINAL = rf"""(?:(?<![\w.,-])(?:(?P<ordd>\d++)(?:st|nd|rd|th)|(?P<ordw>{ORDINAL_WORD}))|{FIRST_SECOND})
    (?:(?![\w-])|{SUPERLATIVE_AFTER})"""

#: After a spelled-out number: "two thirds", "twenty one fifths", "and a half", "and three quarters",
#: "two-and-a-half".
FRACTION_TAIL = regex.compile(
    rf"""(?<![\s-])(?:(?:\s++and\s++|-and-)(?P<andone>an?|one)[\s-]++(?P<den1>{_DENOMINATOR})(?!\w)
          |[\s-]++(?P<den>{_DENOMINATOR}|halve)s(?!\w))""",
    _FLAGS,
)
#: "a half", "a fifth of", "one eighth.", "rose by a third to", "half of the staff", "a hundredth",
#: "half million", "a quarter billion" (a scale word follows; `_scaled` attaches it). A singular
#: denominator before a noun is an ordinal ("a fifth term", "a third party"); "a quarter to" is a time.
_BOUNDS = "|".join(regex.escape(b).replace("\\ ", r"\s{1,3}") for b in lx.BOUNDS_BEFORE)
FRACTION = rf"""
    (?<![\w-])
    (?:(?:an?|one)[\s-]+(?P<fden1>{_DENOMINATOR})(?=\s*[.,;:!?)]|\s*$|(?<!quarter)\s+to\b
        |\s+(?:of|from|since|than|compared|in|on|over|after|before|and|or|but|as|while|during|against|full|empty)\b)
      |(?:an?\s+)?(?P<fscaled>half|quarter)(?=\s+(?:{SCALE_WORD})\b)
      |(?P<fhalf>half)(?=\s+(?:of|the|full|empty)\b)
      |(?<=(?<![\w-])by\s{{1,3}}(?:(?:{_BOUNDS})\s{{1,3}})?)(?P<fhalf>half)
        (?=\s*[.,;:!?)]|\s*$|\s+(?:to|from|since|in|on|over|after|before|compared|against|and|or|but|as|while|during)\b))
    (?![\w-])
"""
_VULGAR = "".join(lx.VULGAR_FRACTIONS)
#: "3/4", "2 1/4", "-4/5" (which of them are fractions, not dates or scores, `_quantity` decides);
#: "¾", "2½"
SLASH = rf"""
    (?:(?<![\w.,)\]%/-])(?P<sneg>[-−])|(?<![\w.,/:#@$-]))
    (?:(?P<swhole>\d{{1,3}})\s++(?=\d{{1,3}}/\d))?(?P<snum>\d{{1,3}})/(?P<sden>\d{{1,3}})(?![\d/]|[.,]\d)
  | (?<![\w.,/-])(?P<vwhole>\d{{1,3}})?(?P<vulgar>[{_VULGAR}])
"""

#: "1.3x10^6", "6.23 × 10^-4", "1.1^23": scientific notation and powers (the sign of a doubled
#: "--" cancels out)
POWER = r"""
    (?:(?<![\w.,)\]%/^-])(?P<pneg>[-−])|(?<![\w.,/:#@^-]))
    (?P<pbase>\d++(?:\.\d++)?)(?:\s?[x×]\s?(?P<pten>10))?\^(?P<psign>[-+]{0,2})(?P<pexp>\d{1,3})(?!\d|\.\d)
"""
_PLAIN = rf"\d++(?:\.\d++)?(?!\d|[.,]\d)|{WORDS}"
#: "one over three", "1 over 20": a fraction read aloud, only where it ends the phrase, so "rose 10 over
#: three days" and the bound in "over 300 people" stay what they are
OVER = rf"""
    (?<![\w.,-])(?P<onum>{_PLAIN})\s++over\s++(?P<oden>{_PLAIN})(?={_END})
"""

#: The core of every numeric expression; everything else is grown around it in `_quantity`.
CORE = regex.compile(
    rf"""
      (?P<power>{POWER})
    | (?P<over>{OVER})
    | (?P<fraction>{FRACTION})
    | (?P<vague>{VAGUE})
    | (?P<tadjective>{TIME_ADJECTIVE})
    | (?P<ordinal>{ORDINAL})
    | (?P<slash>{SLASH})
    | (?P<digits>{DIGITS})
    | (?P<words>{WORDS})
    | (?P<article>{ARTICLE_TIME})
    """,
    _FLAGS,
)

SUFFIX_SCALE = regex.compile(
    r"""(?:\s?(?P<long>bn|mn|mln|bln|tn|trn|tln|trln|mil|(?-i:MM)|dozs?|dzs?)|(?P<short>[kmb])|\s(?P<spacek>k))
        (?!\w|-(?!plus\b)[A-Za-z])""",
    _FLAGS,
)
SCALE_AFTER = regex.compile(
    rf"(?<!\s)(?:\s*+-?\s*+|\s++of\s++(?P<ofa>an?\s++)?)(?P<scale>{SCALE_WORD}|dozen(?=s)|doz|dz)s?(?![\w-])", _FLAGS
)

#: The part after a digit and a scale word: "4 thousand| 3 hundred| and 21"
COMPOUND_TAIL = regex.compile(rf"(?<!\s)(?P<and>\s++and)?\s++(?P<n>\d{{1,3}}(?![\d.,])|{WORDS})", _FLAGS)
#: A unit symbol in brackets, as in tables: "20 (kg)", "20 [kg]"
MEASURE_BRACKETED = regex.compile(
    rf"\s?(?:\((?P<unit>{_alt(lx.MEASURE_SYMBOLS)})\)|\[(?P<unit>{_alt(lx.MEASURE_SYMBOLS)})\]"
    rf"|\{{(?P<unit>{_alt(lx.MEASURE_SYMBOLS)})\}}|<(?P<unit>{_alt(lx.MEASURE_SYMBOLS)})>)"
)
#: Inches after feet: "5 ft 2 in", "5 feet and 2 inches" ("in" not before a noun phrase: "6 feet 2 in
#: the morning" is not a height)
FEET_INCHES = regex.compile(
    r"""(?<!\s)\s++(?:and\s++)?(?P<n>\d{1,2}(?:\.\d++)?)\s*+
        (?:inch(?:es)?|in(?!\s++(?:the|an?|his|her|its|their|this|that|these|those|[A-Z\d])(?!\w)))(?![\w-])""",
    regex.VERBOSE,
)
#: Ounces after pounds: "7lb 3oz", "8 pounds and 2 ounces"
POUNDS_OUNCES = regex.compile(r"(?<!\s)\s++(?:and\s++)?(?P<n>\d{1,2}(?:\.\d++)?)\s*+(?:ounces?|oz)(?![\w-])", _FLAGS)
#: A measure followed by its sub-unit -> (pattern, sub-units per unit)
SUB_UNITS: dict[str, tuple[regex.Pattern[str], float]] = {"ft": (FEET_INCHES, 12.0), "lb": (POUNDS_OUNCES, 16.0)}
#: An amount just before "over <duration>": then "over" names the period ("3,000 jobs over 10 years")
AMOUNT_BEFORE_OVER = regex.compile(
    rf"(?:(?<![\d,.])\d[\d,.]*+(?:-?[%a-zA-Z]++)?|%|(?<![\w-])(?:{NUMBER_WORD}))(?:\s++[A-Za-z]++){{0,2}}\s++\Z", _FLAGS
)
#: A verb that takes "up" as a particle: "will go up to 15.5%" is the level it reaches, not "up to" a bound
#: (after "can", "could", "may", "might" it is one: "cars that can go up to 435 miles")
GO_UP_BEFORE = regex.compile(
    r"(?<![\w-])(?<!(?:can|could|may|might)\s++)(?:go|goes|going|gone|went|pick|picks|picking|picked|move|moves|moving|moved|step|steps|stepped"
    r"|ramp|ramps|ramped|jump|jumps|jumped|shoot|shoots|shot|push|pushes|pushed|bump|bumps|bumped)\s++\Z",
    _FLAGS,
)
#: A verb of change (`lexicon.CHANGE_VERBS`) right before "X to Y": "rises R30 to R590" is a step and a total
STEP_VERB_BEFORE = regex.compile(rf"(?<![\w-])(?:{_alt(lx.CHANGE_VERBS)})\s++\Z", _FLAGS)
#: Verbs after which "from X to Y" is a range: "prices range from £25 to £95", "varying from 5 to 10"
RANGE_VERB_BEFORE = regex.compile(
    r"(?<![\w-])(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann?(?:s|ed|ing)?)\s++\Z", _FLAGS
)
#: An earthquake's magnitude around a number: "magnitude 7.0", "magnitude of 6.4", "at magnitude 5", "a
#: 7.8-magnitude quake", "rates the quake at 7.1"
MAGNITUDE_BEFORE = regex.compile(
    r"(?<![\w-])(?:magnitude(?:[\s-]|\s++(?P<at>of|at)\s)|(?:earth)?quake\s++(?P<at>at)\s)\s*+\Z", _FLAGS
)
STORM_CATEGORY_BEFORE = regex.compile(r"(?<![\w-])(?P<word>(?-i:Category|Cat))[\s-]\Z")
STORM_CUE = regex.compile(r"(?<![\w-])(?:hurricanes?|storms?|cyclones?|typhoons?|winds?)(?![\w-])", _FLAGS)
MAGNITUDE_AFTER = regex.compile(r"(?<!\s)[\s-]magnitude(?![\w-])", _FLAGS)
#: "of" after a fraction: "two-thirds of voters" is a share (unless PART_OF_ONE)
SHARE_OF = regex.compile(r"(?<!\s)\s++of\s++(?=[\w$€£])", _FLAGS)
#: "a third of a metre": a part of one unit, no share
PART_OF_ONE = regex.compile(r"(?<!\s)\s++of\s++(?:an?|one)\s", _FLAGS)
SHARE_VERB_AFTER = regex.compile(
    r"(?<!\s)\s++(?:[a-z]{3,}+(?<=ed)|said|say|says|were|are|was|had|have|did|do|does|want|wants|support|supports"
    r"|oppose|opposes|think|thinks|believe|believes|live|lives|work|works)(?![\w-])",
    _FLAGS,
)
FULL_AFTER = regex.compile(r"(?<!\s)\s++(?:full|empty)(?![\w-])", _FLAGS)
HALF_THE = regex.compile(r"(?<!\s)\s++the\s", _FLAGS)
#: "by" before a fraction: a relative change ("fell by nearly a fifth", "rose by a third")
CHANGE_BY = regex.compile(rf"(?<![\w-])by\s++(?:(?:{_alt(lx.BOUNDS_BEFORE)})\s++)?\Z", _FLAGS)
#: Before an age given as a duration: "aged 61 years", "range in age from four months to 61 years"
AGE_BEFORE = regex.compile(r"(?<![\w-])(?:aged?|ages)(?![\w-])[^.;:!?\d]{0,30}+\Z", _FLAGS)
#: "per" before a number: the base of a rate ("22.4 cases per 100,000"), no figure of its own
PER_BEFORE = regex.compile(r"(?<![\w-])(?:per|(?:for|in|out\s++of)\s++every)\s++\Z", _FLAGS)
#: Glued to digits only: "150p" is pence, "30in" inches (with a space, "p" and "in" are other words)
PENCE_GLUED = regex.compile(r"(?<=\d)p(?![\w'’]|-[A-Za-z])")
#: "22c of every rand", "16c a litre": cents glued in lower case ("40C" is a temperature)
CENTS_GLUED = regex.compile(r"(?<=\d)c(?![\w'’]|-[A-Za-z])")
INCH_GLUED = regex.compile(r"(?<=\d)(?P<unit>in)(?![\w'’]|-[A-Za-z])")
#: A glued "C" or "F" is a temperature with a TEMPERATURE_CUE before or after it: "Temperatures hit 40C"
TEMPERATURE_AFTER = regex.compile(r"(?P<unit>[CF])(?![\w°'’-])")
_TEMPERATURE_WORDS = (
    r"temperatures?|fevers?|heat(?:wave)?|warm(?:er|est|ing)?|hot(?:ter|test)?|cold(?:er|est)?|cool(?:er|est|ing)?"
    r"|freezing|thermometers?|highs?|lows?|mercury|celsius|fahrenheit|forecasts?|forecasters?|weather"
    r"|(?:roast|swelter|scorch|sizzl|bak|boil|meteorolog)[a-z]*+"
)
#: A temperature word other than "degrees" (which also measures angles): sets the scale of bare "degrees"
TEMPERATURE_WORD = regex.compile(rf"(?<![\w-])(?:{_TEMPERATURE_WORDS})(?![\w-])", _FLAGS)
#: A cue that a glued "C"/"F" is a temperature: a temperature word, "degrees", or a verb of rising and falling
TEMPERATURE_CUE = regex.compile(rf"(?<![\w-])(?:{_TEMPERATURE_WORDS}|degrees|climbed|soared|plunged)(?![\w-])", _FLAGS)
TEMPERATURE_BEFORE_BRACKET = regex.compile(r"\d°?[CF]\s*+\(\s*+\Z")
#: Words near "pounds" that make it a weight, not sterling: "weighs 200 pounds", "a 7-pound baby"
WEIGHT_CUE = regex.compile(
    r"(?<![\w-])(?:weigh\w*+|heav(?:y|ier|iest)|overweight|obes\w*+|tons?|tonnes?|kilo(?:gram)?s?|bab(?:y|ies)"
    r"|newborns?)(?![\w-])",
    _FLAGS,
)
#: A lone "one" is a count when a noun follows and, within a few words, an outcome ("One soldier was
#: wounded", "one civilian later died"); not "one of", "one another", "one day".
ONE_COUNT = regex.compile(
    rf"""(?<!\s)\s++(?!(?:of|another|more|or|and|to|in|at|by|on|day|time|way|thing|side|hand|point|year|week|month)\b)
        [A-Za-z][\w'-]*+(?:\s++[A-Za-z][\w'-]*+){{0,4}}?\s++(?:{_alt(lx.ONE_COUNT_WORDS)})(?![\w-])""",
    _FLAGS,
)
#: ... or after it: "police arrested one man", "the blast killed one passenger"
ONE_COUNT_BEFORE = regex.compile(rf"(?<![\w-])(?:{_alt(lx.ONE_COUNT_WORDS)})\s++(?:only\s++|just\s++)?\Z", _FLAGS)
#: A capitalised word inside a sentence right before a number names it: "the Boeing 737 jets", "in Ligue
#: 1". Not at a sentence start ("Some 300"), not after a month or weekday (dates read those first).
NAME_BEFORE = regex.compile(r"(?<=[\w,;:)’'”\"][^\S\n]{1,3})(?-i:(?P<w>[A-Z][a-z]++|[A-Z]++))[^\S\n]{1,3}+\Z")
#: "-strong" after a count: "a 10,000-strong force", "the 300-strong crowd"
STRONG_AFTER = regex.compile(r"-strong(?![\w-])", _FLAGS)
#: A noun joined to a count makes an adjective that says what is counted: "a 600-page report", "a
#: nine-member panel" (not "20-fold", "40-odd": lexicon.NOT_HYPHEN_NOUNS)
HYPHEN_NOUN = regex.compile(r"-(?P<noun>[A-Za-z]{3,}+)(?![\w-])")
#: "and a half" after a time unit: "a year and a half"
AND_A_HALF = regex.compile(r"(?<!\s)\s++and\s++a\s++half(?![\w-])", _FLAGS)
#: A smaller time unit after a duration: "two years and three months", "1 year, 2 months", "3 hours 20
#: minutes", "58 min 12 s" (one duration; the resolver checks that the unit is smaller; a lone "s" is
#: seconds only here, and only after digits: "two weeks, and tens of thousands" is no "ten s")
DURATION_TAIL = regex.compile(
    rf"""(?<!\s)(?:\s*+,\s*+(?:and\s++)?|\s++and\s++|\s++)(?P<n>\d{{1,3}}(?![\d,.])|{_DIGIT_WORD}|an?)
    \s*+(?:(?P<tunit>{TIME_UNIT})(?:s|es)?|(?<=\d|\d\s)(?P<sec>s))(?![\w-])""",  # "20 s", not "tens"
    _FLAGS,
)
#: "percent of 10": a percent word and "of" right before a number
PERCENT_OF_BEFORE = regex.compile(r"(?<![\w%-])(?P<pct>percents?|per\s++cent)\s++of\s++\Z", _FLAGS)
NUMBER_BEFORE = regex.compile(rf"(?:\d|(?<![\w-])(?:{NUMBER_WORD}))\s*+\Z", _FLAGS)
PHRASE_END = regex.compile(rf"(?<!\s){_END}")
#: A unit ordinal after a tens word ends a compound denominator: "three twenty-firsts". Not "second",
#: which after a number is time ("twenty seconds").
TENS_ORDINAL_TAIL = regex.compile(
    rf"(?<![\s-])[\s-]++(?P<uord>{_alt(k for k in lx.UNIT_ORDINALS if k != 'second')})(?P<pl>s)?(?![\w-])", _FLAGS
)
SCALE_WORD_IN = regex.compile(rf"\b(?:{SCALE_WORD})\b", _FLAGS)

#: Letters before "$" that are also English words: read only as written in the sign ("US$", not "us $").
_WORD_PREFIXES = frozenset({"us"})


def _sign_alt(signs: Iterable[str]) -> str:
    """Currency signs before an amount: letters before "$" in any case and maybe apart ("hk $")."""
    parts = []
    for sign in sorted(signs, key=len, reverse=True):
        if len(sign) > 1 and sign.endswith("$"):
            letters = regex.escape(sign[:-1])  # "cost us $5": letters that are a word keep their case ("US$")
            letters = letters if sign[:-1].lower() in _WORD_PREFIXES else f"(?i:{letters})"
            parts.append(rf"(?<![\w.]){letters}\s?\$")
        else:
            parts.append(regex.escape(sign))
    return "|".join(parts)


def _sign_key(sign: str) -> str:
    """The CURRENCY_BEFORE key of a matched sign: "hk $" -> "HK$"."""
    if sign in lx.CURRENCY_BEFORE:
        return sign
    flat = "".join(sign.split()).lower()
    return next(k for k in lx.CURRENCY_BEFORE if k.lower() == flat)


CURRENCY_BEFORE = regex.compile(rf"(?P<cur>{_sign_alt(lx.CURRENCY_BEFORE)})\s?\Z")
#: A currency sign at a given position: the second end of "$10-$20".
CURRENCY_BEFORE_AT = regex.compile(rf"(?P<cur>{_sign_alt(lx.CURRENCY_BEFORE)})\s?")
#: A currency name or code after the amount ("5 dollars", "100USD", "a 12-cent dividend"), or a
#: case-sensitive sign ("10 €", "100元"), unless the sign opens the next amount ("3 $1 bills").
CURRENCY_AFTER = regex.compile(
    rf"""(?<!\s)(?:\s*+|\s++of\s++|-)
    (?:(?P<cur>{_alt(lx.CURRENCY_AFTER)})(?!\w|-\d)
      |(?-i:(?P<sign>{_alt(lx.CURRENCY_SIGNS_AFTER)}))(?!\s?\d|[A-Za-z]))""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: The sub-unit part of a compound amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
#: "15 euros 50.", "$20 and 43c". With no sub-unit word the amount must end the phrase.
CENTS_TAIL = regex.compile(
    rf"""(?<!\s)\s*+(?:and\s++)?
    (?:(?P<n>\d{{1,2}})(?![\d.,]\d|\d)
      |(?P<w>{_alt([*lx.TENS_WORDS, *lx.UNIT_WORDS])})(?:[\s-]++(?P<w2>{_alt(lx.UNIT_WORDS)}))?)
    (?:\s*+(?P<sub>{_alt(lx.CURRENCY_SUBUNIT_WORDS)})(?!\w)|(?={_END}))""",
    _FLAGS,
)
NEGATIVE_BEFORE = regex.compile(rf"(?<![\w-])(?P<neg>{_alt(lx.NEGATIVE_WORDS)})\s++\Z", _FLAGS)
#: After a slash fraction with no unit: it must end the phrase or take "of" ("3/4 of voters").
SLASH_END = regex.compile(rf"(?<!\s)(?:\s++of\b|{_END})", _FLAGS)
SLASH_DATE_BEFORE = regex.compile(r"(?<![\w-])(?P<w>[A-Za-z]++)\s++\Z")
#: A noun after a glued "m"/"b" that makes it a scale: "3m people", "20m voters" (else "1.8m" is metres).
PLURAL_AFTER = regex.compile(r"(?<!\s)\s++(?P<w>[A-Za-z]++(?:-[A-Za-z]++)*+)")
#: "5%", "5 per cent", "25 basis points", "50bp" ("bp" in lower case only: "5 BP stations" is the company)
PERCENT = regex.compile(
    rf"\s?(?P<pct>{_alt(w for w in lx.PERCENT_WORDS if w not in ('bp', 'bps'))}|(?-i:bps?))(?!\w)", _FLAGS
)
TIME_AFTER = regex.compile(
    rf"(?<!\s)(?:\s++|\s*+-\s*+|(?<=\d))(?:(?:flying|flight|working|business|trading|school|man)[\s-])?"
    rf"(?P<tunit>{TIME_UNIT})(?P<tplural>s|es)?(?P<old>[\s-]+old)?(?![\w-])",  # "18,000 flying hours"
    _FLAGS,
)
#: a unit word after its number; its words may be hyphenated as an adjective ("a 2,100-square-foot house")
_UNIT_WORDS = _alt(lx.MEASURE_UNITS, r"(?:\s++|-)")
MEASURE_AFTER = regex.compile(rf"(?<!\s)\s*+-?\s*+(?P<unit>{_UNIT_WORDS})(?![\w-])", _FLAGS)
#: A plural unit after "of", for a vague magnitude: "hundreds of miles", "hundreds of hours"
VAGUE_OF_UNIT = regex.compile(
    rf"(?<!\s)\s++of\s++(?:(?P<tunit>{TIME_UNIT})s|(?P<unit>{_alt(u for u in lx.MEASURE_UNITS if u.endswith('s'))}))"
    r"(?![\w-])",
    _FLAGS,
)
MEASURE_SYMBOL_AFTER = regex.compile(rf"[\s-]?(?P<unit>{_alt(lx.MEASURE_SYMBOLS)})(?![\w-])")
BOUND_BEFORE = regex.compile(rf"(?:(?<![\w-])|(?=[<>≤≥~]))(?P<bound>{_alt(lx.BOUNDS_BEFORE)})\s*\Z", _FLAGS)
#: (a spaced "plus" before a word joins two things: "£68m plus add-ons")
BOUND_AFTER = regex.compile(
    rf"(?<!\s)\s*+(?P<bound>{_alt(lx.BOUNDS_AFTER)})(?![\w])(?<!\splus(?=\s++[A-Za-z]))", _FLAGS
)
BETWEEN_BEFORE = regex.compile(r"(?<![\w-])(?P<kw>between|from|by)\s+\Z", _FLAGS)
#: "10-12", "10 to 12", "8- to 16-metre" (a suspended hyphen), "20 through 100", "20~100"
RANGE_JOIN = regex.compile(r"(?<!\s)\s*+(?P<join>-\s*+to|-|–|—|~|to|through|and|or)\s*+", _FLAGS)
#: The joint of a proportion: "one in five", "2 out of 3", "three in every 10".
RATIO_JOIN = regex.compile(r"(?<!\s)\s++(?:in|out\s++of)\s++(?:every\s++)?+", _FLAGS)
#: The second number of a range, right after its joining word or dash ("10,000-12,000").
RANGE_SECOND = regex.compile(rf"(?P<digits>{DIGITS_BODY})|(?P<words>{WORDS})", _FLAGS)
LABEL_BEFORE = regex.compile(r"(?<![\w-])(?P<label>[A-Za-z]+\.?)\s+\Z")
#: A plural label word before a list of labels: "Tram lines 9, 22 and 23", "Routes 4 and 5".
LABEL_LIST_BEFORE = regex.compile(
    r"(?<![\w-])(?P<label>[A-Za-z]+s)\s++(?:\d{1,4}+[A-Za-z]?+(?:\s*+,\s*+(?:(?:and|or|&)\s++)?|\s++(?:and|or|&)\s++)){0,8}+\Z",
    regex.IGNORECASE,
)

_TIME_ZONES = "GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|hrs"
#: Things that hold digits but no figure. Each entry: (name, anchors, pattern). Patterns with anchors
#: run only around occurrences of an anchor string in the lower-cased text; those without run in a
#: small window around each candidate figure. Both keep the cost proportional to what is found.
MASKS: tuple[tuple[str, tuple[str, ...], regex.Pattern[str]], ...] = (
    # "(https://koreajoongangdaily.joins.com/data/photo/2025/02/21/de58.jpg)"
    ("url", ("http", "www."), regex.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"']++", regex.IGNORECASE)),
    # "<image>data:image/s3,"s3://crabby-images/d00ba/d00baf99faf5180b1ebc29b51e47f10437c473ae" alt="..."</image>"
    ("data_uri", ("data:",), regex.compile(r"data:[\w/+.-]++;base64,[\w+/=]++")),
    # "seo.jieun@joongang.co.kr"
    ("email", ("@",), regex.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++")),
    # "photo_2025_02_21.jpg"
    (
        "file",
        (".jp", ".png", ".gif", ".webp", ".svg", ".pdf", ".doc", ".xls", ".mp4"),
        regex.compile(r"(?<![\w.-])(?:[\w-]++\.)+(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|mp4)\b", regex.IGNORECASE),
    ),
    # "+1 (202) 555-0199", "02-2031-1234"
    (
        "phone",
        (),
        regex.compile(
            r"(?<![\w])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[.-]\d{3,4}[.-]\d{3,4}(?!\d)"
            r"|\(\d{3}\)[\s.-]?\d{3}[.-]\d{4}(?!\d)"  # "(203) 555-0148"
        ),
    ),
    # "020 7946 0321", "0800 555 0199", "+44 20 7946 0321": spaced groups after a trunk 0 or a country code;
    # "+48 62 555 01 99" (three or more groups after one), "(020) 7946 0958"
    (
        "phone_spaced",
        (),
        regex.compile(
            r"(?<![\w+])(?:\+\d{1,3}\s\d{1,4}|0\d{2,4})(?:\s\d{3,4}){2}(?![\d,.]\d)"
            r"|(?<![\w+])\+\d{1,3}(?:\s\d{1,4}){3,6}(?![\d,.]\d)|\(0\d{2,4}\)\s?\d{3,4}\s?\d{3,4}(?!\d)"
        ),
    ),
    # "call the helpline on 800 123 456", "Contact Tom at ... or 555-0142": digit groups after a word of calling
    (
        "phone_called",
        (),
        regex.compile(
            r"(?<![\w,.])(?=[+(\d])(?<=(?<![\w-])(?:call|calling|phone|helpline|hotline|tel|dial|fax|contact)(?![\w-])"
            r"[^\d\n]{0,60})(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\d,]|\.\d)",
            regex.IGNORECASE,
        ),
    ),
    # "6 min read", "4-minute read": an article's reading time (page furniture)
    ("reading_time", (), regex.compile(r"(?<![\w-])\d{1,3}[\s-]?min(?:ute)?s?\.?\s++read(?![\w-])", regex.I)),
    # "at 15:28", "10 a.m.", "3pm"
    (
        "clock",
        (),
        regex.compile(r"\b\d{1,2}(?::\d{2}){1,2}\b|\b\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)", regex.IGNORECASE),
    ),
    # "(2317 GMT Monday)", "0800 UTC", "1430hrs": four-digit clock times with a zone or "hrs"
    ("clock_zone", (), regex.compile(rf"(?<![\w.,])(?:[01]\d|2[0-3])[0-5]\d\s?(?:{_TIME_ZONES})\b")),
    # "06.00 BST" (a dotted time with a zone); "at 2 in the morning", "by 11 at night"
    (
        "clock_spoken",
        (),
        regex.compile(
            rf"(?<![\w.,])(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:{_TIME_ZONES})\b"
            r"|(?<![\w-])(?:at|by|until|till|from|before|after)\s++(?:[1-9]|1[0-2])\s++"
            r"(?:in\s++the\s++(?:morning|afternoon|evening)|at\s++night)(?![\w-])",
            regex.IGNORECASE,
        ),
    ),
    # "192.168.1.2", "version 2.3.1"
    ("dotted", (), regex.compile(r"\b\d++(?:\.\d++){2,}+\b")),
)
_ANCHOR_WINDOW = 2_000  # the longest URL or data URI an anchor may sit inside

YEAR_RANGE = (1600, 2199)

#: A space grouping thousands inside digits: "10 000", "40\u202f000".
_GROUP_SPACE = regex.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))")


def parse_number(text: str) -> float | None:
    """Value of a number written in digits or words, or None if it is not one.

    >>> parse_number("10,000"), parse_number("1.5"), parse_number("eleven thousand")
    (10000.0, 1.5, 11000.0)
    >>> parse_number("two hundred and fifty"), parse_number("a dozen"), parse_number("half a million")
    (250.0, 12.0, 500000.0)
    """
    s = text.strip().lower().replace(",", "").replace("−", "-")
    if not s:
        return None
    try:
        value = float(_GROUP_SPACE.sub("", s))
        return value if math.isfinite(value) else None  # "1e309" is no figure
    except ValueError:
        pass
    if " point " in s:
        whole, _, decimals = s.partition(" point ")
        digits = [parse_number(tok) for tok in decimals.split()]
        value = parse_number(whole)
        if value is None or any(d is None for d in digits):
            return None
        return float(f"{value:.0f}.{''.join(f'{d:.0f}' for d in digits)}")
    total, current, seen, last_scale = 0.0, 0.0, False, 0.0
    tail = 0.0  # what `current` gained since its last scale word: "two" in "three hundred and two dozens"
    half = False
    for token in regex.split(r"[\s-]+", s):
        if token == "and":
            continue
        if token in ("a", "an"):
            current = current or 1.0
            continue
        if token == "half":
            half = True
            continue
        if token in lx.UNIT_WORDS or token in lx.TENS_WORDS:
            value = lx.UNIT_WORDS[token] if token in lx.UNIT_WORDS else lx.TENS_WORDS[token]
            current, tail = current + value, tail + value
        elif token in lx.SCALE_WORDS:
            scale = lx.SCALE_WORDS[token]
            if scale >= 1000 and not current and total and last_scale and last_scale < scale:
                total *= scale  # "three lakh crore" = 3 x 10^12, "two thousand million" = 2 x 10^9
            elif tail and scale < current - tail:
                current += tail * (scale - 1)  # "three hundred and two dozens" = 300 + 2 x 12
            else:
                current = (current or 1.0) * scale
            tail = 0.0
            if scale >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen, last_scale = True, lx.SCALE_WORDS.get(token, 0.0)
    if not seen:
        return None
    value = total + current
    return value / 2 if half else value


@dataclass(frozen=True, slots=True)
class _Core:
    """The number at the heart of an expression, before units and bounds are attached."""

    start: int
    end: int
    low: float
    high: float
    qualifier: str
    rule: str
    glued_scale: bool = False  # digits carried a scale already ("2bn", "1.5 million")
    scale: float = 1.0


def _core_value(text: str, m: regex.Match[str]) -> _Core | None:
    """Read the value of a CORE match."""
    s, e = m.span()
    if m.group("power"):
        exp = float(m.group("pexp")) * (-1 if m.group("psign").count("-") % 2 else 1)
        base = float(m.group("pbase"))
        try:
            v = base * 10.0**exp if m.group("pten") else base**exp
        except (OverflowError, ZeroDivisionError):
            return None
        if not math.isfinite(v):
            return None
        v = -v if m.group("pneg") else v
        return _Core(s, e, v, v, "exact", "digits.power")
    if m.group("over"):
        num, den = parse_number(m.group("onum")), parse_number(m.group("oden"))
        if num is None or not den:
            return None
        return _Core(s, e, num / den, num / den, "exact", "fraction.over")
    if m.group("vague"):
        if m.group("mult"):
            lo, hi = lx.VAGUE_MULTIPLIERS[_norm(m.group("mult"))]
            scale = lx.SCALE_WORDS[m.group("multscale").lower()]
            return _Core(s, e, lo * scale, hi * scale, "vague", "vague.multiplier")
        if m.group("mag"):
            lo, hi = lx.VAGUE_MAGNITUDES[_norm(m.group("mag"))]
            return _Core(s, e, lo, hi, "vague", "vague.magnitude")
        alone = _norm(m.group("alone"))
        lo, hi = lx.VAGUE_MULTIPLIERS[alone]
        exact = alone.lower() == "a pair of"  # two, not about two
        return _Core(s, e, lo, hi, "vague" if lo != hi else "exact" if exact else "approx", "vague.determiner")
    if m.group("tadjective"):
        plural = bool(m.group("tadjpl"))
        return _Core(s, e, 2 if plural else 1, _NAN if plural else 1, "vague" if plural else "exact",
                     "duration.adjective")  # fmt: skip
    if m.group("ordinal"):
        word = (m.group("ordw") or m.group("ordfs") or "").lower()
        v = float(m.group("ordd")) if m.group("ordd") else float(lx.RANK_WORDS.get(word) or lx.ORDINAL_WORDS[word])
        return _Core(s, e, v, v, "exact", "ordinal")
    if m.group("article"):
        return _Core(s, e, 1, 1, "exact", "article")
    if m.group("fraction"):
        v = 0.5 if m.group("fhalf") else 1 / _denominator(m.group("fden1") or m.group("fscaled"))
        return _Core(s, e, v, v, "exact", "fraction")
    if m.group("slash"):
        return _slash_core(m)
    return _number_core(m)


def _slash_core(m: regex.Match[str]) -> _Core | None:
    """Read a slash or vulgar fraction: "3/4", "2 1/4", "-4/5", "¾", "2½". Only proper fractions."""
    s, e = m.span()
    if m.group("vulgar"):
        v = float(m.group("vwhole") or 0) + lx.VULGAR_FRACTIONS[m.group("vulgar")]
        return _Core(s, e, v, v, "exact", "digits.fraction")
    num, den = int(m.group("snum")), int(m.group("sden"))
    if not 0 < num < den:
        return None  # "24/7", "3/2": not a part of a whole
    v = float(m.group("swhole") or 0) + num / den
    v = -v if m.group("sneg") else v
    return _Core(s, e, v, v, "exact", "digits.fraction")


def _number_core(m: regex.Match[str]) -> _Core | None:
    """Read a match with a `digits` or `words` group."""
    s, e = m.span()
    raw = m.group(0)
    value = parse_number(raw)
    if value is None:
        return None
    if m.group("digits"):
        tail = FRACTION_TAIL.match(m.string, e) if value.is_integer() else None
        if tail and tail.group("den1"):  # "2 and a half years"
            value += 1 / _denominator(tail.group("den1"))
            e = tail.end()
        return _Core(s, e, value, value, "exact", "digits")
    words = regex.split(r"[\s-]+", raw.lower().strip())
    if len(words) > 1 and words[-1] in lx.TENS_WORDS and words[-2] != "and":
        # "three twenty-firsts" = 3/21, "one hundred thirty-fifths" = 100/35 (but "one hundred and
        # thirty fifths" = 130/5)
        ordinal = TENS_ORDINAL_TAIL.match(m.string, e)
        numerator = parse_number(" ".join(words[:-1])) if ordinal else None
        if numerator and (ordinal.group("pl") or numerator == 1):
            v = numerator / (lx.TENS_WORDS[words[-1]] + lx.UNIT_ORDINALS[ordinal.group("uord").lower()])
            return _Core(s, ordinal.end(), v, v, "exact", "fraction")
    tail = FRACTION_TAIL.match(m.string, e)
    if tail:
        # "three and a fifth"; "one million and a half" = 1.5 million; "two thirds", "one hundred and
        # three quarters" = 100 + 3/4; "five billion and three quarters" = 5.75 billion
        den = _denominator(tail.group("den1") or tail.group("den"))
        if tail.group("den1"):
            whole, numerator = raw, 1.0
        else:
            whole, _, part = raw.lower().rpartition(" and ")
            numerator = parse_number(part) or 0.0
            if numerator >= den:  # a mixed number has a proper fraction: "one hundred and thirty fifths" = 130/5
                whole, numerator = "", value
        unit, end = _last_scale(whole), tail.end()
        # a mixed number ("three and a half years", "two million and one half shares") takes units and
        # nouns like any number; a bare fraction ("two thirds") is a number
        rule = "words" if whole else "fraction"
        # "one billion and a half million": the fraction counts in the smaller scale written after it
        scale = SCALE_AFTER.match(m.string, end) if whole and " and " in raw.lower() + tail.group(0) else None
        small = lx.SCALE_WORDS.get(scale.group("scale").lower(), 0.0) if scale and not scale.group("ofa") else 0.0
        if 1 < small < unit:
            unit, end, rule = small, scale.end(), "words.scale"
        value = (parse_number(whole) or 0.0) + numerator * unit / den
        return _Core(s, end, value, value, "exact", rule, glued_scale=rule == "words.scale", scale=unit)
    if words == ["one"]:
        return _Core(s, e, 1, 1, "exact", "words.one")
    return _Core(s, e, value, value, "exact", "words")


def _last_scale(words: str) -> float:
    """The unit a trailing fraction counts in: a million and more after such a scale word, else one.
    "three million and a half" = 3.5 million, but "one hundred and a half" = 100.5."""
    last = words.lower().split()[-1] if words.split() else ""
    scale = lx.SCALE_WORDS.get(last.removesuffix("s"), 1.0)
    return scale if scale >= 1e6 else 1.0


def _denominator(word: str) -> float:
    """ "fifths" -> 5, "twenty-first" -> 21, "halves" -> 2."""
    w = _norm(word).lower().replace(" ", "-")
    w = "half" if w in ("halve", "halves") else w.removesuffix("s") if w.endswith("s") else w
    if "-" in w:
        tens, unit = w.split("-", 1)
        return lx.TENS_WORDS[tens] + lx.UNIT_ORDINALS[unit]
    return lx.FRACTION_DENOMINATORS[w]


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


#: A capitalised word right before a number with a glued capital letter: "Courtroom 4B", "Terminal 2B"
ROOM_NAME_BEFORE = regex.compile(r"(?<![\w-])(?P<w>(?-i:[A-Z][a-z]++))\s\Z")
_NOT_NAMES = lx.NP_STOP_WORDS | set(lx.BOUNDS_BEFORE)  # "At 4B", "Nearly 4B people"


def _scaled(text: str, core: _Core, money: bool = False) -> _Core:
    """Attach a scale after the core: "1.5 million", "$2bn", "11k", "two dozen". A glued lower-case "m"
    or "b" is a scale after a currency sign or before a plural noun ("€20m", "3m people"); otherwise
    "1.8m" is metres (MEASURE_SYMBOLS) and "1500b" a plain number."""
    if core.rule not in ("digits", "words", "words.one", "fraction"):
        return core
    if core.rule == "digits":
        m = SUFFIX_SCALE.match(text, core.end)
        decimal_b = m and m.group("short") == "b" and "." in text[core.start : core.end]  # "1.2b"
        if m and m.group("short") in ("m", "b") and not (money or decimal_b or _plural_after(text, m.end())):
            m = None
        name = ROOM_NAME_BEFORE.search(text, max(0, core.start - 30), core.start) if m and not money else None
        word = name.group("w").lower() if name else ""
        if name and m.group("short") in ("B", "M", "K") and word not in _NOT_NAMES:
            return replace(core, end=m.end(), rule="digits.name")  # "Courtroom 4B", "Gate 12B": a name
        if m:
            key = m.group("long") or m.group("short") or m.group("spacek")
            f = lx.SUFFIX_SCALES.get(key) or lx.SUFFIX_SCALES[key.lower().rstrip("s")]
            return replace(core, end=m.end(), low=core.low * f, high=core.high * f, rule="digits.suffix",
                           glued_scale=True, scale=f)  # fmt: skip
    m = SCALE_AFTER.match(text, core.end)
    if m and m.group("ofa") and core.rule != "fraction":
        m = None  # "two thirds of a million", but not "one of a thousand"
    if m and not m.group("ofa") and core.rule.startswith(("words", "fraction")) and " of " in m.group(0):
        m = None
    if m:
        f = lx.SCALE_WORDS.get(m.group("scale").lower(), 12.0)  # "doz", "dz": dozen
        more = SCALE_AFTER.match(text, m.end())  # "Rs 5 lakh crore", "2 thousand million"
        if more and not more.group("ofa") and f >= 100 and lx.SCALE_WORDS.get(more.group("scale").lower(), 0) > f:
            m, f = more, f * lx.SCALE_WORDS[more.group("scale").lower()]
        core = replace(core, end=m.end(), low=core.low * f, high=core.high * f, rule=core.rule + ".scale",
                       glued_scale=True, scale=f)  # fmt: skip
        return _compound(text, core) if core.rule == "digits.scale" else core
    return core


def _compound(text: str, core: _Core) -> _Core:
    """Continue digits with scale words: "4 thousand 3 hundred and 21" = 4321. A smaller scaled part
    may follow ("4 thousand 3 hundred"), a plain part under 100 only after "and" and a hundred or a
    thousand ("3 hundred and 21"), so "5 million 10 years ago" and "2 million and 20 more" stay apart."""
    last, end, value = core.scale, core.end, core.low
    while last > 1:
        m = COMPOUND_TAIL.match(text, end)
        v = parse_number(m.group("n")) if m else None
        if not v:
            break
        sc = SCALE_AFTER.match(text, m.end())
        f = lx.SCALE_WORDS.get(sc.group("scale").lower(), 0.0) if sc and not sc.group("ofa") else 1.0
        if 1 < f < last and v * f < last:
            last, end, value = f, sc.end(), value + v * f
        elif f == 1 and SCALE_WORD_IN.search(m.group("n")) and v < last:  # "5 thousand three hundred"
            last, end, value = 1, m.end(), value + v
        elif f == 1 and m.group("and") and v < 100 and last <= 1000:
            last, end, value = 1, m.end(), value + v
        else:
            break
    return replace(core, end=end, low=value, high=value) if end != core.end else core


def _plural_after(text: str, pos: int) -> bool:
    """A plural noun or a currency word follows, after at most two modifiers: "3m people", "20m voters",
    "5m dollars", "1.8m fixed-rate mortgages"; not after a word of size ("1.8m high walls" are metres)."""
    for _ in range(3):
        m = PLURAL_AFTER.match(text, pos)
        if not m:
            return False
        w = m.group("w").lower()
        if (
            w in lx.IRREGULAR_PLURALS
            or w in _CURRENCY_WORDS
            or (w.endswith("s") and len(w) > 3 and w not in lx.NOT_PLURAL)
        ):
            return True
        if w in lx.SIZE_WORDS or not m.group("w").islower():
            return False
        pos = m.end()
    return False


_CURRENCY_WORDS = frozenset(k.lower() for k in lx.CURRENCY_AFTER)


class _Masked:
    """Spans that no figure may overlap: URLs, e-mails, data URIs and file names found around their
    anchors once per text; phone numbers, clock times and dotted numbers checked near each candidate."""

    def __init__(self, text: str, low: str) -> None:
        self.text = text
        spans: set[tuple[int, int]] = set()
        for _, anchors, pattern in MASKS:
            for anchor in anchors:
                i = low.find(anchor)
                while i >= 0:
                    lo = max(0, i - _ANCHOR_WINDOW)
                    for m in pattern.finditer(text, lo, min(len(text), i + _ANCHOR_WINDOW)):
                        if m.start() <= i < m.end() + len(anchor):
                            spans.add(m.span())
                    i = low.find(anchor, i + 1)
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.spans = merged
        self.local = [p for _, anchors, p in MASKS if not anchors]

    def hits(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a masked span."""
        i = bisect.bisect_right(self.starts, end - 1) - 1
        if i >= 0 and self.spans[i][1] > start:
            return True
        lo, hi = max(0, start - 24), min(len(self.text), end + 24)
        return any(m.start() < end and start < m.end() for p in self.local for m in p.finditer(self.text, lo, hi))

    def shifted(self, offset: int) -> _Shifted:
        """This mask for a window of the text that starts at `offset`."""
        return _Shifted(self, offset)


def link_spans(text: str) -> list[tuple[int, int]]:
    """Sorted spans of the URLs, e-mail addresses, data URIs and file names in `text` (no figure inside)."""
    return [(s, e) for s, e in _Masked(text, text.lower()).spans]


@dataclass(frozen=True, slots=True)
class _Shifted:
    """A `_Masked` seen from a window of its text starting at `offset`."""

    mask: _Masked
    offset: int

    def hits(self, start: int, end: int) -> bool:
        return self.mask.hits(start + self.offset, end + self.offset)

    def shifted(self, offset: int) -> _Shifted:
        return _Shifted(self.mask, self.offset + offset)


def _is_year(text: str, core: _Core) -> bool:
    raw = text[core.start : core.end]
    return core.rule == "digits" and raw.isdigit() and len(raw) == 4 and YEAR_RANGE[0] <= int(raw) <= YEAR_RANGE[1]


def _quantity(text: str, m: regex.Match[str], masked: _Masked, second: bool = False) -> Mention | None:
    """Grow one CORE match into a full mention, or None if the core is not a figure. `second`: the
    core is the upper end of a range with a unit on both ends, so no range or bound is grown."""
    core = _core_value(text, m)
    if (
        core is None
        or masked.hits(core.start, core.end)
        or PER_BEFORE.search(text, max(0, core.start - 14), core.start)
    ):
        return None
    if core.rule in ("digits.power", "fraction.over"):  # a number as written: no unit, bound or range
        neg = NEGATIVE_BEFORE.search(text, max(0, core.start - 12), core.start)
        start, v = (neg.start(), -core.low) if neg and core.low >= 0 and not m.group("pneg") else (core.start, core.low)
        return Mention(kind="number", text=text[start : core.end], start=start, end=core.end, low=v, high=v,
                       qualifier="exact", rule=core.rule + ("+negative" if start != core.start else ""))  # fmt: skip
    # currency sign before: "$2bn", "US$ 5 million", "€20m", "hk $ 10.05 billion", "USD115"
    cur = CURRENCY_BEFORE.search(text, max(0, core.start - 8), core.start)
    core = _scaled(text, core, money=cur is not None)
    if core.rule == "digits.name":
        return None
    start, end = core.start, core.end
    low, high, qualifier = core.low, core.high, core.qualifier
    rules = [core.rule]
    kind, unit, timex = "count", None, None
    if core.rule == "digits.scale" and core.scale >= 1e6:  # "3 million and a half" = 3.5 million
        tail = FRACTION_TAIL.match(text, end)
        if tail and tail.group("den1"):
            low = high = low + core.scale / _denominator(tail.group("den1"))
            end = tail.end()
    sub_unit = False  # the amount is in a sub-unit ("50 cents"), so no "and 50 cents" may follow

    if cur and core.rule in ("digits", "digits.suffix", "digits.scale", "words.scale", "words"):
        kind, unit, start = "money", lx.CURRENCY_BEFORE[_sign_key(cur.group("cur"))], cur.start()
        rules.append("money.sign")

    # range tail: "10,000-12,000", "10 to 12 million", "between 10 and 12", "two or three"
    if core.rule.startswith(("digits", "words")) and core.rule != "digits.fraction" and not second:
        rng = _range_tail(text, start, core, masked, kind, unit)
        if rng is not None:
            end, low, high, join, rng_rule = rng
            rules.append(rng_rule)
            keyword = BETWEEN_BEFORE.search(text, max(0, start - 10), start)
            if keyword and join == "and":
                start = keyword.start()

    # a proportion: "one in five adults", "2 out of 3 voters" is a share, kept as a percent (20, 66.67),
    # so that it compares with the outlet that wrote "20%"; not "2 in 3 days" nor "1 in 2024"
    if kind == "count" and "range" not in rules and core.rule in ("digits", "words", "words.one") and low == high:
        ratio = _ratio_tail(text, end, low, masked)
        if ratio is not None:
            end, share = ratio
            kind, low, high = "percent", share, share
            rules.append("ratio")

    # "minus 5", "negative two percent"
    neg = NEGATIVE_BEFORE.search(text, max(0, start - 12), start)
    signed = core.rule.startswith(("digits", "words", "fraction"))
    if neg and signed and "range" not in rules and low >= 0 and not m.group("neg"):
        low, high, start = -high, -low, neg.start()
        rules.append("negative")

    if kind != "money" and core.rule in ("digits", "words", "words.one", "digits.scale", "words.scale",
                                        "vague.magnitude", "vague.multiplier", "digits.suffix",
                                        "fraction.scale", "digits.fraction"):  # fmt: skip
        after = CURRENCY_AFTER.match(text, end)
        if after and after.group("cur") and _weight_pounds(text, start, after):
            kind, unit, end = "measure", "lb", after.end()
            rules.append("measure.pounds")
        elif after and after.group("cur") and _currency_word_ok(text, after):
            word = after.group("cur")
            key = word if word in lx.CURRENCY_AFTER else next(
                (k for k in lx.CURRENCY_AFTER if k.lower() == _norm(word).lower()), word)  # fmt: skip
            kind, unit, end = "money", lx.CURRENCY_AFTER.get(key, word.upper()), after.end()
            unit = _cents_currency(text) if key.lower() in ("cents", "cent") else unit
            unit = (_crown_currency(text) or unit) if key.lower() in ("crowns", "crown") else unit
            div = lx.CURRENCY_SUBUNITS.get(key.lower())
            if div:
                low, high, sub_unit = low / div, high / div, div > 1
            rules.append("money.word")
            # "75 USD million": a scale after a currency code
            scale = SCALE_AFTER.match(text, end) if word.isupper() and not core.glued_scale else None
            if scale and lx.SCALE_WORDS.get(scale.group("scale").lower(), 12) >= 1e3 and not scale.group("ofa"):
                f = lx.SCALE_WORDS[scale.group("scale").lower()]
                low, high, end = low * f, high * f, scale.end()
        elif core.rule == "digits" and PENCE_GLUED.match(text, end):  # "150p a litre"
            kind, unit, end = "money", "GBP", end + 1
            low, high, sub_unit = low / 100, high / 100, True
            rules.append("money.pence")
        elif core.rule == "digits" and high < 100 and CENTS_GLUED.match(text, end) and not _labelled(text, start):
            kind, unit, end = "money", _cents_currency(text), end + 1
            low, high, sub_unit = low / 100, high / 100, True
            rules.append("money.cents_glued")
        elif after and after.group("sign"):
            sign = after.group("sign")
            kind, unit, end = "money", lx.CURRENCY_SIGNS_AFTER[sign], after.end()
            div = lx.CURRENCY_SUBUNITS.get(sign)
            if div:
                low, high, sub_unit = low / div, high / div, True
            rules.append("money.sign_after")

    # "3 dollars 50 cents", "thirteen dollars and forty-five cents", "£3 and 20 pence"
    if kind == "money" and not sub_unit and "range" not in rules and not core.glued_scale and low == high:
        tail = CENTS_TAIL.match(text, end)
        if tail and (tail.group("sub") or "money.word" in rules or "money.sign_after" in rules):
            cents = float(tail.group("n")) if tail.group("n") else parse_number(
                " ".join(w for w in (tail.group("w"), tail.group("w2")) if w)) or 0.0  # fmt: skip
            if cents < 100 and math.isfinite(low) and low == int(low):
                low = high = low + (cents / 100 if low >= 0 else -cents / 100)
                end = tail.end()
                rules.append("money.cents")

    if kind == "count" and core.rule in ("digits", "words", "words.one", "digits.scale", "words.scale",
                                         "digits.fraction", "fraction.scale", "vague.determiner"):  # fmt: skip
        pct = PERCENT.match(text, end)
        if pct:
            kind, end = "percent", pct.end()
            unit = lx.PERCENT_WORDS[_norm(pct.group("pct")).lower()]
            rules.append("percent")
            if unit == "bp":  # a basis point is a hundredth of a percentage point
                low, high, unit = low / 100, high / 100, "point"
        elif low == high and PHRASE_END.match(text, end):
            # "a rate of ten percent" said the other way round: "percent of 10." (the number ends the
            # phrase, and no number stands before "percent": "50 percent of 10 million" is not it)
            before = PERCENT_OF_BEFORE.search(text, max(0, start - 40), start)
            if before and not NUMBER_BEFORE.search(text, max(0, before.start() - 24), before.start()):
                kind, start, unit = "percent", before.start(), lx.PERCENT_WORDS[_norm(before.group("pct")).lower()]
                rules.append("percent.of")

    # "hundreds of miles", "thousands of tonnes", "hundreds of hours": a vague measure or duration
    of_unit = VAGUE_OF_UNIT.match(text, end, end + 48) if kind == "count" and core.rule == "vague.magnitude" else None
    if of_unit and of_unit.group("tunit"):
        name, days, designator = lx.TIME_UNITS[of_unit.group("tunit").lower()]
        kind, unit, end, timex = "duration", name, of_unit.end(), f"PX{designator.lstrip('T')}"
        timex = "PT" + timex[1:] if designator.startswith("T") else timex
        low, high = low * days, high * days
        rules.append("vague.of_unit")
    elif of_unit:
        kind, unit, end = "measure", lx.MEASURE_UNITS[_norm(of_unit.group("unit")).lower()], of_unit.end()
        rules.append("vague.of_unit")
    word_scale = core.rule.endswith(".scale")  # "2.4 billion gallons" (a glued "2bn" takes no unit)
    if kind == "count" and (not core.glued_scale or word_scale) and core.rule not in ("ordinal", "fraction"):
        tm = TIME_AFTER.match(text, end) if not core.glued_scale else None
        if tm and (core.rule != "duration.adjective"):
            name, days, designator = lx.TIME_UNITS[tm.group("tunit").lower()]
            if tm.group("old") or AGE_BEFORE.search(text, max(0, start - 40), start):
                # "a 34-year-old", "aged 61 years", "in age from four months to 61 years": an age, a number
                # in its own unit
                kind, unit, end = "number", "year" if tm.group("old") else name, tm.end()
                rules.append("age")
            else:
                kind, unit, end = "duration", name, tm.end()
                half = AND_A_HALF.match(text, end, end + 24) if low == high else None
                if half:  # "a year and a half", "two hours and a half"
                    low = high = low + 0.5
                    end = half.end()
                timex = _duration_timex(low, high, qualifier, name, designator)
                low, high = low * days, high * days
                tail = DURATION_TAIL.match(text, end) if low == high and not half else None
                while tail:  # "two years and three months", "3 years, 2 months and 14 days": one duration
                    size = lx.TIME_UNITS["second" if tail.group("sec") else tail.group("tunit").lower()]
                    n = parse_number(tail.group("n"))
                    if n is None or size[1] >= days:
                        break  # only a smaller unit continues it ("24 hours a day" is a rate)
                    low = high = low + n * size[1]
                    part = _duration_timex(n, n, "exact", size[0], size[2])[1:]
                    timex += part[1:] if part.startswith("T") and "T" in timex else part
                    days, end = size[1], tail.end()
                    if rules[-1] != "duration.compound":
                        rules.append("duration.compound")
                    tail = DURATION_TAIL.match(text, end)
                rules.append("duration")
        elif core.rule == "duration.adjective":
            name, days, designator = lx.TIME_UNITS[m.group("tadj").lower()]
            kind, unit = "duration", name
            timex = _duration_timex(low, high, qualifier, name, designator)
            low, high = low * days, high * days
        elif core.rule == "article":
            return None
        else:
            symbol = (
                None
                if word_scale
                else (
                    MEASURE_SYMBOL_AFTER.match(text, end)
                    or MEASURE_BRACKETED.match(text, end)
                    or INCH_GLUED.match(text, end)
                    or _shouted_symbol(text, end)
                )
            )
            meas = MEASURE_AFTER.match(text, end) or symbol
            if meas and core.rule.startswith(("digits", "words")):
                key = meas.group("unit")
                unit = lx.MEASURE_SYMBOLS.get(key) or lx.MEASURE_UNITS.get(_norm(key).lower())
                unit = unit or lx.MEASURE_UNITS.get(_norm(key.replace("-", " ")).lower(), key)
                kind, end = "measure", meas.end()
                rules.append("measure")
                sub = SUB_UNITS.get(unit) if low == high else None
                part = sub[0].match(text, end, end + 40) if sub else None
                if part:  # "5 ft 2 in", "6 feet and 1 inch", "7lb 3oz": one measure in the larger unit
                    low = high = low + float(part.group("n")) / sub[1]
                    end = part.end()
                    rules.append("measure.sub_unit")
            elif core.rule.startswith("digits") and not word_scale:
                deg = TEMPERATURE_AFTER.match(text, end)
                # "Temperatures reached 40C", "roasts at 46.8C", "42-44C"; a cue before or after it
                if deg and (
                    TEMPERATURE_CUE.search(text, max(0, start - 80), start)
                    or TEMPERATURE_CUE.search(text, deg.end(), deg.end() + 80)
                    or TEMPERATURE_BEFORE_BRACKET.search(text, max(0, start - 16), start)  # "37C (99F)"
                ):
                    kind, unit, end = "measure", "°" + deg.group("unit"), deg.end()
                    rules.append("measure.temperature")
    elif core.rule == "article":
        return None
    elif kind == "count" and (meas := MEASURE_AFTER.match(text, end)) and len(meas.group("unit")) > 3:
        # "1.5m tonnes of coal", "2bn litres": a glued scale takes a unit written out
        key = _norm(meas.group("unit")).lower()
        kind, end = "measure", meas.end()
        unit = lx.MEASURE_UNITS.get(key) or lx.MEASURE_UNITS.get(key.replace("-", " "), key)
        rules.append("measure")

    if kind == "count" and core.rule.startswith("digits") and low == high and 0 < low < 10:
        # an earthquake's magnitude: "magnitude 7.0", "a magnitude-6.4 tremor", "a 7.8-magnitude quake",
        # "put the magnitude at 7.1"; the word joins the span where it touches the number
        after = MAGNITUDE_AFTER.match(text, end)
        before = None if after else MAGNITUDE_BEFORE.search(text, max(0, start - 24), start)
        if after or before:
            kind, unit = "measure", "magnitude"
            start = before.start() if before and not before.group("at") else start
            end = after.end() if after else end
            rules.append("measure.magnitude")
        # a storm's category on the Saffir-Simpson scale: "a Category 4 hurricane", "Cat 4" (beside a storm
        # word), "weakened to Category 2"; the word joins the span
        category = STORM_CATEGORY_BEFORE.search(text, max(0, start - 12), start) if low == int(low) <= 5 else None
        if category and (category.group("word") != "Cat" or STORM_CUE.search(text, max(0, start - 200), end + 200)):
            kind, unit, start = "measure", "category", category.start()
            rules.append("measure.category")
    if kind == "count" and core.rule.startswith(("digits", "words")):
        strong = STRONG_AFTER.match(text, end)
        noun = HYPHEN_NOUN.match(text, end) if not strong and low == high else None
        if strong:  # "a 10,000-strong force": a count of what follows
            end = strong.end()
            rules.append("strong")
        elif noun and noun.group("noun").islower() and noun.group("noun") not in lx.NOT_HYPHEN_NOUNS:
            # "a 600-page report"; not "7-Eleven" (a name) nor "20-fold"
            end = noun.end()
            rules.append("hyphen_noun")
    if core.rule in ("ordinal", "fraction"):
        kind = "number"
    if core.rule == "digits.fraction" and kind == "count":
        # a bare slash pair is a fraction only if it ends the phrase or takes "of" ("3/4 of voters"),
        # and not after a date word ("on 9/11")
        if m.group("snum") and not m.group("swhole"):
            word = SLASH_DATE_BEFORE.search(text, max(0, start - 16), start)
            if (word and word.group("w").lower() in lx.SLASH_DATE_WORDS) or not SLASH_END.match(text, end):
                return None
        kind = "number"
    # an end position on each match: "of" and "the" are literals the engine would seek to the end of the text
    share = not PART_OF_ONE.match(text, end, end + 32) and (
        SHARE_OF.match(text, end, end + 32)
        or CHANGE_BY.search(text, max(0, start - 40), start)
        or (text[core.end - 4 : core.end].lower() == "half" and HALF_THE.match(text, end, end + 24))  # "half the"
        or FULL_AFTER.match(text, end)  # "less than a quarter full"
        or SHARE_VERB_AFTER.match(text, end)  # "about two-thirds complied": a share of those just named
    )
    if kind == "number" and core.rule in ("fraction", "digits.fraction") and share:
        # "two-thirds of voters", "a fifth of the budget", "3/4 of members": a share of a whole, and "fell by
        # a fifth" a change: percent as "one in five" is, so that it compares with outlets that write "20%";
        # "a third of a mile" is not
        if all(v != v or 0 < v <= 1 for v in (low, high)):
            kind, low, high = "percent", low * 100, high * 100
            rules.append("percent.share")
    if core.rule == "words.one" and kind in ("count", "number") and not {"negative", "range"} & set(rules):
        if not (ONE_COUNT.match(text, end) or ONE_COUNT_BEFORE.search(text, max(0, start - 30), start)):
            return None
        rules[0] = "words.one.outcome"  # "One soldier was wounded": `extract` keeps it only with a counted noun
    if _is_year(text, core) and kind == "count" and end == core.end and "range" not in " ".join(rules):
        bound = BOUND_BEFORE.search(text, max(0, start - 24), start)
        if not bound:
            return None
    if (
        _is_year(text, core)
        and kind == "count"
        and "range" in " ".join(rules)
        and high == high
        and float(high).is_integer()
        and low < high <= YEAR_RANGE[1]
        and not _plural_after(text, end)
    ):
        return None  # "the 2009-2010 season", "between 2018 and 2020": two years, left to the date rules
    if kind == "count" and core.rule.startswith("digits"):
        if _labelled(text, start):
            return None
        glued = text[end : end + 1].isalpha() or (text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper())
        if core.rule == "digits" and end == core.end and glued:
            return None  # "5G", "3D", "7-Eleven": digits glued to letters that are no unit or scale name a thing
        name = NAME_BEFORE.search(text, max(0, start - 40), start) if core.rule == "digits" else None
        if name and low == high and "," not in text[core.start : core.end] and name.group("w") not in lx.NOT_NAMES:
            return None  # "a Boeing 737", "Ligue 1", "Windows 10": a name's number, inside a sentence
    if masked.hits(start, end):
        return None

    # a unit on both ends of a range: "10 dollars to 20 dollars", "between 44 mg and 50 mg", "5%-7%"
    if not second and kind in ("money", "measure", "percent") and not any("range" in r for r in rules):
        upper = _unit_range(text, start, end, low, kind, unit, masked)
        if upper is not None:
            end, high, keyword = upper
            start = keyword if keyword is not None else start
            rules.append("range.unit")
    if second:
        return Mention(kind=kind, text=text[start:end], start=start, end=end, low=low, high=high,
                       qualifier=qualifier, unit=unit, timex=timex, rule="+".join(rules))  # fmt: skip

    # bound words after: "500 or more", "40-plus", "1,000+"
    after = BOUND_AFTER.match(text, end)
    if after and qualifier == "exact" and low == high:
        qualifier = lx.BOUNDS_AFTER[_norm(after.group("bound")).lower()]
        end = after.end()
        low, high = _bounded(low, qualifier)
        rules.append("bound.after")

    # bound words before: "more than 10,000", "up to $3 billion", "some 11,000", "around 10-20 dollars"
    bound = BOUND_BEFORE.search(text, max(0, start - 28), start)
    if bound and kind == "duration" and _norm(bound.group("bound")).lower() == "over":
        if AMOUNT_BEFORE_OVER.search(text, max(0, bound.start() - 48), bound.start()):
            bound = None  # "3,000 jobs over 10 years", "$5bn over five years": the period, not a bound
    if (
        bound
        and _norm(bound.group("bound")).lower() == "up to"
        and GO_UP_BEFORE.search(text, max(0, bound.start() - 16), bound.start())
    ):
        bound = None  # "VAT will go up to 15.5%", "growth picking up to 2.1%": the new level, not a bound
    if not any("range" in r for r in rules):
        if bound and qualifier in ("exact", "vague") and (qualifier == "exact" or low == high):
            qualifier = lx.BOUNDS_BEFORE[_norm(bound.group("bound")).lower()]
            start = bound.start()
            low, high = _bounded(low, qualifier)
            rules.append("bound." + qualifier)
        elif bound and qualifier == "vague":
            # "nearly a few hundred" keeps its vague interval; the bound word joins the span only
            start = bound.start()
            rules.append("bound.vague")
    elif bound and lx.BOUNDS_BEFORE[_norm(bound.group("bound")).lower()] == "approx" and qualifier == "exact":
        # "around 10-20 dollars": an approximate range keeps both ends
        qualifier, start = "approx", bound.start()
        rules.append("bound.approx")
    return Mention(kind=kind, text=text[start:end], start=start, end=end, low=low, high=high,
                   qualifier=qualifier, unit=unit, timex=timex, rule="+".join(rules))  # fmt: skip


def _weight_pounds(text: str, start: int, after: regex.Match[str]) -> bool:
    """ "pounds" after a number is a weight when a weight word stands near: "a metric ton is 2,204.62
    pounds", "the baby weighed eight pounds"; otherwise sterling."""
    if _norm(after.group("cur")).lower() not in ("pound", "pounds"):
        return False
    return WEIGHT_CUE.search(text, max(0, start - 60), min(len(text), after.end() + 30)) is not None


def _currency_word_ok(text: str, after: regex.Match[str]) -> bool:
    """A currency word after a number is money unless it is a noun's modifier or an idiom:
    "the 3 won of ..." and "two grand slams" are not amounts ("10 grand in cash" is)."""
    word = _norm(after.group("cur"))
    if word == "won" and "of" in after.group(0):
        return False
    if word in ("crowns", "crown") and _crown_currency(text) is None:  # "three crowns" of a champion
        return False
    if word in lx.CURRENCY_AFTER_ALONE:
        nxt = PLURAL_AFTER.match(text, after.end())
        return nxt is None or nxt.group("w").lower() in lx.NP_STOP_WORDS
    return True


def _unit_range(text: str, start: int, end: int, low: float, kind: str, unit: str | None, masked: _Masked):
    """The upper end of a range whose two ends carry the same unit: (end, high, keyword start) or None."""
    j = RANGE_JOIN.match(text, end)
    if not j:
        return None
    join = _join_word(j)
    keyword = BETWEEN_BEFORE.search(text, max(0, start - 10), start)
    kw = keyword.group("kw").lower() if keyword else None
    if join == "or" or (join == "and") != (kw == "between"):
        return None
    pos = j.end()
    # a number right after a dash is read as if the dash were a space ("5%-7%"): the digit rules keep a
    # glued dash out of a number ("F-16"), so the second end is read in a window with the join blanked
    w0 = max(0, start - 64)
    window = text[w0 : j.start()] + " " * (j.end() - j.start()) + text[j.end() : pos + 200]
    sign = CURRENCY_BEFORE_AT.match(window, pos - w0)
    m2 = CORE.match(window, sign.end() if sign else pos - w0)
    if m2 is None or not m2.group("digits") and not m2.group("words"):
        return None
    q2 = _quantity(window, m2, masked.shifted(w0), second=True)
    if q2 is None or (q2.kind, q2.unit) != (kind, unit) or not low < q2.low or q2.low != q2.high:
        return None
    if join == "to" and _a_change(text, keyword, low, q2.high, start):
        return None
    return q2.end + w0, q2.high, keyword.start() if keyword and join == "and" else None


def _a_change(text: str, keyword: regex.Match | None, low: float, high: float, start: int) -> bool:
    """Whether "X to Y" starting at `start` after `keyword` (BETWEEN_BEFORE) is a change between two
    figures, not a range: "rose from 5% to 7%" (but "prices range from £25 to £95": a verb of spread
    makes it one), "rose by 110 rand to 2,425 rand", "rises R30 to R590" (a step and the new total; "cut
    by 10 to 15 per cent", "rose 10 to 15 per cent", ends within x2, are ranges)."""
    kw = keyword.group("kw").lower() if keyword else None
    if kw == "from":
        return RANGE_VERB_BEFORE.search(text, max(0, keyword.start() - 24), keyword.start()) is None
    step = kw == "by" or (kw is None and STEP_VERB_BEFORE.search(text, max(0, start - 16), start) is not None)
    return step and high > 2 * low


def _join_word(j: regex.Match[str]) -> str:
    """The normalised joining word of a range: "- to" (a suspended hyphen) -> "to"."""
    join = _norm(j.group("join"))
    return "to" if join.startswith("-") and join.endswith("to") else join


def _bounded(value: float, qualifier: str) -> tuple[float, float]:
    """The interval a bound word gives a single value."""
    if qualifier in ("more_than", "at_least"):
        return value, _NAN
    if qualifier in ("up_to", "at_most"):
        return _NAN, value
    return value, value


def _ratio_tail(text: str, end: int, first: float, masked: _Masked) -> tuple[int, float] | None:
    """(end, percent) of "<first> in/out of <n>" after a number, or None."""
    j = RATIO_JOIN.match(text, end)
    m2 = RANGE_SECOND.match(text, j.end()) if j else None
    second = _number_core(m2) if m2 else None
    if second is None or masked.hits(second.start, second.end) or not 1 <= first < second.low <= 1e6:
        return None
    if TIME_AFTER.match(text, second.end) or (second.rule == "digits" and YEAR_RANGE[0] <= second.low <= YEAR_RANGE[1]):
        return None
    return second.end, round(100 * first / second.low, 6)


def _range_tail(text: str, start: int, core: _Core, masked: _Masked, kind: str, unit: str | None = None):
    """Second half of a range after `core`, or None: (end, low, high, join word, rule). A money range
    keeps its currency: "£65 or €75" is one amount in two currencies, no range."""
    j = RANGE_JOIN.match(text, core.end)
    if not j:
        return None
    join = _join_word(j)
    keyword = BETWEEN_BEFORE.search(text, max(0, start - 10), start)
    kw = keyword.group("kw").lower() if keyword else None
    if join == "and" and kw != "between":
        return None
    if join in ("-", "–", "—") and j.group(0) != join and not core.rule.startswith("digits"):
        return None
    pos = j.end()
    cur = CURRENCY_BEFORE_AT.match(text, pos)
    if cur and kind == "money":
        if lx.CURRENCY_BEFORE[_sign_key(cur.group("cur"))] != unit:
            return None
        pos = cur.end()
    m2 = RANGE_SECOND.match(text, pos)
    if not m2:
        return None
    second = _number_core(m2)
    if second is None or masked.hits(second.start, second.end):
        return None
    second = _scaled(text, second)
    low, high = core.low, second.low
    if core.scale == 1 and second.scale > 1 and low < high / second.scale:
        low *= second.scale  # "10 to 12 million": the scale word belongs to both ends
    if not low < high:
        return None  # "3-2" is a score, "2024-25" a season: not ascending ranges
    if join == "or" and high > 100:
        return None
    if join == "to" and _a_change(text, keyword, low, high, start):
        return None
    return second.end, low, high, join, "range"


def _duration_timex(low: float, high: float, qualifier: str, name: str, designator: str) -> str:
    """TIMEX3 duration value: "P2Y", "PT2H", "P1W", "PXM" for vague amounts."""
    if qualifier == "vague" or math.isnan(low) or low != high:
        amount = "X"
    else:
        amount = f"{low:g}"
    if designator.startswith("T"):
        return f"PT{amount}{designator[1:]}"
    if name == "fortnight" and amount != "X":
        return f"P{2 * low:g}W"
    return f"P{amount}{designator}"


#: Zero-cost statements, each a named rule with the sentence it was written for.
FREE_INTENSIFIER = _alt(lx.FREE_INTENSIFIERS)
FREE_RULES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    # "all free of charge", "free of cost"
    (
        "free.of_charge",
        regex.compile(rf"(?<![\w-])(?:(?:{FREE_INTENSIFIER})\s+)?free\s+of\s+(?:charge|cost)\b", _FLAGS),
    ),  # fmt: skip
    # "everything ... was absolutely free."
    (
        "free.predicate",
        regex.compile(
            rf"""(?<=\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|it's)\s+)
        (?:(?:{FREE_INTENSIFIER})\s+)?free(?=\s*(?:[.,;:!?"”’)]|$|\s+for\s+(?:all|everyone|everybody)\b))""",
            _FLAGS,
        ),
    ),  # fmt: skip
    # "they got it for free"
    ("free.for", regex.compile(r"(?<=\bfor\s+)free\b(?![\w-])", _FLAGS)),
    # "free treatment", "free tuition"
    (
        "free.service",
        regex.compile(rf"(?<![\w-])(?:(?:{FREE_INTENSIFIER})\s+)?free(?=\s+(?:{_alt(lx.FREE_SERVICES)})\b)", _FLAGS),
    ),
    # "at no cost", "at no extra charge", "cost nothing"
    (
        "free.no_cost",
        regex.compile(
            r"\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)\b|\bcost(?:s|ed)?\s+nothing\b|\bwithout\s+charge\b",
            _FLAGS,
        ),
    ),  # fmt: skip
)

#: A text that speaks of the South African rand; "rand" in lower case ("Ayn Rand", "the Rand Corporation"
#: are names).
RAND_TEXT = regex.compile(r"(?<![\w-])(?:rand|ZAR)(?![\w-])|South\s++Africa")
#: A crown country or currency named in a text (`lexicon.CROWN_COUNTRIES`): a bare "crowns" is its money.
CROWN_TEXT = regex.compile(
    "|".join(rf"(?P<{code}>(?<![\w-])(?:{names})(?![\w-]))" for code, names in lx.CROWN_COUNTRIES.items())
)
#: The rand's "R" before an amount: "R2.63-trillion", "about R27.6-billion", "R1,000", "R30".
RAND_R = regex.compile(r"(?<![\w.&/-])R(?=\d)")


#: Every compiled pattern of this module, for the ReDoS test.
PATTERNS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("core", CORE), ("suffix_scale", SUFFIX_SCALE), ("scale_after", SCALE_AFTER),
    ("currency_before", CURRENCY_BEFORE), ("currency_after", CURRENCY_AFTER), ("percent", PERCENT),
    ("time_after", TIME_AFTER), ("measure_after", MEASURE_AFTER), ("measure_symbol", MEASURE_SYMBOL_AFTER),
    ("bound_before", BOUND_BEFORE), ("bound_after", BOUND_AFTER), ("between", BETWEEN_BEFORE),
    ("range_join", RANGE_JOIN), ("label", LABEL_BEFORE), ("label_list", LABEL_LIST_BEFORE),
    ("range_second", RANGE_SECOND),
    ("fraction_tail", FRACTION_TAIL), ("currency_before_at", CURRENCY_BEFORE_AT), ("cents_tail", CENTS_TAIL),
    ("negative", NEGATIVE_BEFORE), ("slash_end", SLASH_END), ("slash_date", SLASH_DATE_BEFORE),
    ("plural_after", PLURAL_AFTER), ("compound_tail", COMPOUND_TAIL), ("tens_ordinal", TENS_ORDINAL_TAIL),
    ("measure_bracketed", MEASURE_BRACKETED), ("feet_inches", FEET_INCHES), ("weight_cue", WEIGHT_CUE),
    ("pounds_ounces", POUNDS_OUNCES), ("temperature", TEMPERATURE_AFTER), ("temperature_cue", TEMPERATURE_CUE),
    ("one_count_before", ONE_COUNT_BEFORE), ("and_a_half", AND_A_HALF),
    ("strong", STRONG_AFTER), ("hyphen_noun", HYPHEN_NOUN), ("name_before", NAME_BEFORE),
    ("pence_glued", PENCE_GLUED), ("cents_glued", CENTS_GLUED), ("inch_glued", INCH_GLUED),
    ("amount_before_over", AMOUNT_BEFORE_OVER),
    ("range_verb", RANGE_VERB_BEFORE), ("go_up", GO_UP_BEFORE), ("step_verb", STEP_VERB_BEFORE),
    ("vague_of_unit", VAGUE_OF_UNIT),
    ("percent_of", PERCENT_OF_BEFORE), ("one_count", ONE_COUNT), ("number_before", NUMBER_BEFORE),
    ("phrase_end", PHRASE_END),
    ("scale_word_in", SCALE_WORD_IN), ("rand_text", RAND_TEXT), ("rand_r", RAND_R), ("crown_text", CROWN_TEXT),
    *((name, p) for name, _, p in MASKS), *FREE_RULES,
)  # fmt: skip


#: Words that can start (or, after "a "/"an ", continue) a numeric expression: the prefilter that
#: keeps the full CORE pattern off the rest of the text. Matched on the lower-cased text.
TRIGGER_WORDS: frozenset[str] = frozenset(
    [*lx.UNIT_WORDS, *lx.TENS_WORDS, *lx.SCALE_WORDS, *lx.ORDINAL_WORDS, *lx.TIME_UNITS, "half", "first"]
    + list(lx.FRACTION_DENOMINATORS)
    + [p.split()[0] for p in lx.VAGUE_MAGNITUDES]
    + [p.split()[1] for p in lx.VAGUE_MULTIPLIERS if p.startswith("a ")]
    + [p for p in lx.VAGUE_MULTIPLIERS if " " not in p]
)
TRIGGER = re.compile(rf"\d++|[{_VULGAR}]|\b" + lx.word_trie(TRIGGER_WORDS))


def _starts(low: str, p: int) -> tuple[int, ...]:
    """Where a core may start given a trigger at `p`: "a few", "an hour" start at the article."""
    if p >= 2 and low[p - 2 : p] == "a " and (p == 2 or not low[p - 3].isalnum()):
        return (p - 2, p)
    if p >= 3 and low[p - 3 : p] == "an " and (p == 3 or not low[p - 4].isalnum()):
        return (p - 3, p)
    if p >= 1 and low[p - 1] in "-−.":
        # "-5", "−0.3", ".08": the sign or point starts the number
        return (p - 2, p - 1, p) if p >= 2 and low[p - 2] in "-−" else (p - 1, p)
    return (p,)


def find_quantities(text: str) -> list[Mention]:
    """Every numeric expression in `text` (counts, money, percent, durations, measures, numbers).

    Mentions come back in text order, without sentence, counted noun or attribution: `extract`
    attaches those. Kind "count" here means "a plain cardinal"; `extract` turns it into "number" when
    no counted noun follows.

    >>> [(m.text, m.low, m.high, m.qualifier) for m in find_quantities("more than 10,000 troops")]
    [('more than 10,000', 10000.0, nan, 'more_than')]
    """
    written, text = text, _rand_signs(text)
    low = text.lower()
    masked = _Masked(text, low)
    out: list[Mention] = []
    pos = 0
    for t in TRIGGER.finditer(low):
        for start in _starts(low, t.start()):
            if start < pos:
                continue
            m = CORE.match(text, start)
            if m is None or m.end() == m.start() and not m.group("article"):
                continue
            q = _quantity(text, m, masked)
            if q is None or (out and q.start < out[-1].end):
                # not a figure, or a bound word reached back into the previous mention
                continue
            out.append(q)
            pos = q.end
            break
    out.extend(_free(text, low, masked))
    out.extend(_zero_counts(text, low, masked))
    out.extend(_times(text, low, masked))
    out.extend(_age_decades(text, low, masked))
    out.extend(_part_units(text, low, masked, out))
    out.extend(_bounded_one_units(text, masked, out))
    out.sort(key=lambda x: x.start)
    found = _degree_scale(text, _bounded_conversions(text, out))
    return found if text is written else [replace(m, text=written[m.start : m.end]) for m in found]


@dataclass(frozen=True, slots=True)
class _Shouted:
    """A unit symbol read in a line of capitals, with the two things a symbol match gives: unit and end."""

    unit: str
    stop: int

    def group(self, _name: str) -> str:
        return self.unit

    def end(self) -> int:
        return self.stop


def _shouted_symbol(text: str, end: int) -> _Shouted | None:
    """A unit symbol in capitals right after `end` in a line with no lower-case letter (a tabloid headline:
    "ENGINE BLOWS AT 37,000FT", "A 40KM QUEUE"); symbols are case-sensitive elsewhere ("5 M" is no metre)."""
    if not text[end : end + 1].isupper():
        return None
    first = text.rfind("\n", 0, end) + 1
    last = text.find("\n", end)
    line = text[first : len(text) if last < 0 else last]
    if len(line) > 300 or any(c.islower() for c in line):
        return None
    m = MEASURE_SYMBOL_AFTER.match(text[end : end + 8].lower())
    return _Shouted(m.group("unit"), end + m.end()) if m else None


def _labelled(text: str, start: int) -> bool:
    """Whether a label word (`lexicon.LABEL_WORDS`) comes right before `start` ("Room 16c", "section 3c"),
    or its plural before a list of labels that `start` continues ("Tram lines 9, 22 and 23")."""
    label = LABEL_BEFORE.search(text, max(0, start - 16), start)
    if label and label.group("label").lower() in lx.LABEL_WORDS:
        return True
    listed = LABEL_LIST_BEFORE.search(text, max(0, start - 80), start)
    return bool(listed and listed.group("label").lower()[:-1] in lx.LABEL_WORDS)


def _cents_currency(text: str) -> str:
    """The currency of a cent: the rand in a text that speaks of the rand (RAND_TEXT), else USD."""
    return "ZAR" if _speaks_of_rand(text) else lx.CURRENCY_AFTER["cents"]


@lru_cache(maxsize=16)
def _speaks_of_rand(text: str) -> bool:
    """Whether `text` names the rand (RAND_TEXT); cached, so many cents in one long text scan it once."""
    return RAND_TEXT.search(text) is not None


@lru_cache(maxsize=16)
def _crown_currency(text: str) -> str | None:
    """The crown a bare "crowns" means in `text`: the currency of the crown country (or currency) it names
    most (CROWN_TEXT; Sweden's on a tie), or None when it names none."""
    named = Counter(m.lastgroup for m in CROWN_TEXT.finditer(text))
    return max(lx.CROWN_COUNTRIES, key=lambda c: named[c]) if named else None


def _rand_signs(text: str) -> str:
    """`text` with the rand's "R" before an amount replaced by `lexicon.RAND_SIGN` (same length, so
    offsets hold) when the text speaks of the rand; else `text` itself."""
    if "R" not in text or not _speaks_of_rand(text):
        return text
    return RAND_R.sub(lx.RAND_SIGN, text)


def _degree_scale(text: str, found: list[Mention]) -> list[Mention]:
    """Bare "degrees" of temperature take the one scale the text writes elsewhere: "36 to 38 degrees" in an
    article that gives "40C" is °C. A text with both scales, or neither, leaves them as "°"."""
    scales = {m.unit for m in found if m.kind == "measure" and m.unit in ("°C", "°F")}
    if len(scales) != 1:
        return found
    (scale,) = scales
    out = []
    for m in found:
        if m.kind == "measure" and m.unit == "°":
            ends = (". ", "! ", "? ", "\n")
            lo = max(0, m.start - 80, *(k + 1 for k in (text.rfind(c, 0, m.start) for c in ends) if k >= 0))
            hi = min(len(text), m.end + 80, *(k for k in (text.find(c, m.end) for c in ends) if k >= 0))
            if TEMPERATURE_WORD.search(text, lo, hi):  # in its own sentence
                m = replace(m, unit=scale, rule=m.rule + "+temperature.scale")
        out.append(m)
    return out


#: Between an amount and its conversion in brackets: "above 40C (104F)", "more than £2m ($2.5m)"
CONVERSION_OPEN = regex.compile(r"\s*+\(\s*+")


def _bounded_conversions(text: str, found: list[Mention]) -> list[Mention]:
    """A conversion in brackets right after a bounded or approximate amount has its bound: "above 40C
    (104F)" is more than 104F, "up to 18 km (11 miles)" at most 11 miles, "about 9 miles (14 km)" about
    14 km."""
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        if (
            a.kind == b.kind
            and a.kind in ("measure", "money")
            and a.unit != b.unit
            and a.qualifier in ("more_than", "at_least", "up_to", "at_most", "approx")
            and b.qualifier == "exact"
            and b.low == b.high
            and (gap := CONVERSION_OPEN.match(text, a.end, a.end + 64))
            and gap.end() == b.start
            and text[b.end : b.end + 1] == ")"
        ):
            open_low, open_high = a.qualifier in ("up_to", "at_most"), a.qualifier in ("more_than", "at_least")
            found[i] = replace(b, qualifier=a.qualifier, low=_NAN if open_low else b.low,
                               high=_NAN if open_high else b.high, rule=b.rule + "+bound.converted")  # fmt: skip
    return found


#: "no deaths", "no new cases", "no casualties were reported": a count of zero (the span is "no"; `extract`
#: reads what it counts from the noun after it, as for any count)
ZERO_COUNT = regex.compile(
    rf"""(?<![\w-])(?P<no>no)\s++(?:(?:further|new|other|more|reported|confirmed|serious|immediate)\s++)?
    (?:{_alt(lx.ZERO_COUNT_NOUNS)})(?![\w-])""",
    _FLAGS,
)


#: "half a mile", "a quarter of a mile", "three quarters of a metre": a part of one unit, a measure; "half a
#: percentage point", "a half-point rise": a percent
PART_UNIT = regex.compile(
    rf"""(?<![\w-])(?:(?P<part>half|a\s++quarter\s++of|three\s++quarters\s++of)\s++an?\s++
    (?:(?P<unit>{_alt(u for u in lx.MEASURE_UNITS if not u.endswith("s"))})|(?P<pct>percentage\s++point|per\s?cent))
    |(?P<part2>half|quarter)-(?:percentage-)?point)(?![\w-])""",
    _FLAGS,
)
_PARTS = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75, "quarter": 0.25}

#: One unit after a bound word: "more than a kilometre", "less than a mile", "almost a metre" (a bare "a
#: mile" is an idiom as often as a measure, so the bound is required)
ONE_UNIT = regex.compile(
    rf"(?<![\w-])an?\s++(?P<unit>{_alt(u for u in lx.MEASURE_UNITS if not u.endswith('s'))})(?![\w-])", _FLAGS
)


def _bounded_one_units(text: str, masked: _Masked, found: list[Mention]) -> list[Mention]:
    """Measures of one unit after a bound word (BOUND_BEFORE): "well over a kilometre" (more than 1 km)."""
    out = []
    for m in ONE_UNIT.finditer(text):
        bound = BOUND_BEFORE.search(text, max(0, m.start() - 28), m.start())
        start = bound.start() if bound else m.start()
        if not bound or masked.hits(start, m.end()) or any(q.start < m.end() and start < q.end for q in found):
            continue
        qualifier = lx.BOUNDS_BEFORE[_norm(bound.group("bound")).lower()]
        low, high = _bounded(1.0, qualifier)
        out.append(Mention(kind="measure", text=text[start : m.end()], start=start, end=m.end(), low=low, high=high,
                           qualifier=qualifier, unit=lx.MEASURE_UNITS[_norm(m.group("unit")).lower()],
                           rule="article.unit+bound." + qualifier))  # fmt: skip
    return out


def _part_units(text: str, low: str, masked: _Masked, found: list[Mention]) -> list[Mention]:
    """Measures of part of one unit: "half a mile" (0.5 mi), "a quarter of a mile"; percents: "half a
    percentage point", "a half-point rise" (0.5)."""
    out = []
    for key in ("half", "quarter"):
        i = low.find(key)
        while i >= 0:
            start = i - 2 if key == "quarter" and low[max(0, i - 2) : i] == "a " else i
            start = i - 6 if key == "quarter" and low[max(0, i - 6) : i] == "three " else start
            m = PART_UNIT.match(text, start) or PART_UNIT.match(text, i)  # "a quarter of a mile", "quarter-point"
            clash = m is None or any(q.start < m.end() and m.start() < q.end and q.rule != "fraction" for q in found)
            if not clash and not masked.hits(m.start(), m.end()):
                value = _PARTS[" ".join((m.group("part") or m.group("part2")).lower().split())]
                if m.group("unit"):
                    unit, kind = lx.MEASURE_UNITS[_norm(m.group("unit")).lower()], "measure"
                else:
                    unit, kind = None, "percent"
                out.append(Mention(kind=kind, text=m.group(0), start=m.start(), end=m.end(), low=value, high=value,
                                   qualifier="exact", unit=unit, rule="fraction.unit"))  # fmt: skip
            i = low.find(key, i + 1)
    return out


#: "twice", "thrice": how many times something happened (a number); "twice a week" is a frequency, which
#: the date rules read as a longer span, and "twice as many" a multiple, a number too
TIMES_WORD = regex.compile(r"(?<![\w-])(?P<w>twice|thrice)(?![\w-])", _FLAGS)


def _times(text: str, low: str, masked: _Masked) -> list[Mention]:
    """Numbers of times written as one word: "the launch was called off twice" = 2."""
    found = []
    for key in ("twice", "thrice"):
        i = low.find(key)
        while i >= 0:
            m = TIMES_WORD.match(text, i)
            if m and not masked.hits(m.start(), m.end()):
                v = 2.0 if key == "twice" else 3.0
                found.append(Mention(kind="number", text=m.group(0), start=m.start(), end=m.end(), low=v, high=v,
                                     qualifier="exact", rule="words.times"))  # fmt: skip
            i = low.find(key, i + 1)
    return found


#: A person's age by decade: "a woman in her forties", "in his early fifties" (the span is the decade,
#: with "early", "mid" or "late": 40-43, 44-46, 47-49)
AGE_DECADE = regex.compile(
    rf"""(?<![\w-])in\s++(?:his|her|their|my|your|our)\s++
    (?P<age>(?:(?P<part>early|mid|late)[\s-]++)?(?P<decade>{_alt(lx.AGE_DECADES)}))(?![\w-])""",
    _FLAGS,
)
_DECADE_PARTS = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def _age_decades(text: str, low: str, masked: _Masked) -> list[Mention]:
    """Ages given by decade: "in her forties" = 40-49 (a number in years, vague)."""
    found = []
    i = low.find("ties")
    while i >= 0:
        start = low.rfind(" in ", max(0, i - 40), i)
        m = AGE_DECADE.match(text, start + 1) if start >= 0 else None
        if m and m.end() == i + 4 and not masked.hits(m.start("age"), m.end()):
            base = lx.AGE_DECADES[m.group("decade").lower()]
            lo, hi = _DECADE_PARTS[m.group("part") and m.group("part").lower()]
            found.append(Mention(kind="number", text=m.group("age"), start=m.start("age"), end=m.end(),
                                 low=float(base + lo), high=float(base + hi), qualifier="vague", unit="year",
                                 rule="words.age_decade"))  # fmt: skip
        i = low.find("ties", i + 1)
    return found


def _zero_counts(text: str, low: str, masked: _Masked) -> list[Mention]:
    """Counts of zero stated with "no" before an outcome noun: "and no deaths", "no casualties"."""
    found = []
    i = low.find("no ")
    while i >= 0:
        m = ZERO_COUNT.match(text, i)
        if m and not masked.hits(m.start(), m.end()):
            found.append(Mention(kind="count", text=m.group("no"), start=m.start(), end=m.end("no"), low=0.0,
                                 high=0.0, qualifier="exact", rule="words.zero"))  # fmt: skip
        i = low.find("no ", i + 1)
    return found


#: Lower-case strings one of which every zero-cost statement contains.
FREE_ANCHORS: tuple[str, ...] = ("free", "no cost", "no extra", "no additional", "no charge", "nothing",
                                 "without charge")  # fmt: skip


def _free(text: str, low: str, masked: _Masked) -> list[Mention]:
    """Zero-cost statements: "free of charge", "was completely free", "at no cost"."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    windows: set[tuple[int, int]] = set()
    for anchor in FREE_ANCHORS:
        i = low.find(anchor)
        while i >= 0:
            windows.add((max(0, i - 40), min(len(text), i + 60)))
            i = low.find(anchor, i + 1)
    for name, pattern in FREE_RULES:
        for m in (m for lo, hi in sorted(windows) for m in pattern.finditer(text, lo, hi)):
            s, e = m.span()
            if masked.hits(s, e) or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append(Mention(kind="money", text=m.group(0), start=s, end=e, low=0.0, high=0.0,
                                 qualifier="exact", rule=name))  # fmt: skip
    return found
