"""Declarative vocabulary for temporal expressions: every table the rules in `dates.py` read.

Nothing here runs logic. Month and weekday names are matched case-sensitively in `dates.py` (Title or
UPPER case), because "May", "March" and "Sun" are also ordinary words; holidays and future markers
are matched as written; every other table is matched case-insensitively.
"""

from __future__ import annotations

# --- calendar names ----------------------------------------------------------------------------------

#: Full month names -> month number: "February 24, 2022", "in August", "June of 2024".
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip

#: Month abbreviations, with or without a period: "21 Feb. 2025", "Sept. 3", "Jan 2024". Unlike full
#: names they are months only next to a day or a year: alone, "Mar" and "Jan" are names.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

#: Full month names that are also common English words: alone they are a month only after a
#: date context word ("in May", "since March"), never in "May I ask" or "March on Washington".
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march"})

#: Weekday names -> ISO weekday - 1 (Monday = 0): "on Monday", "Thursday night".
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

#: Weekday abbreviations, read only in front of a date ("Sat., Feb. 8"): alone, "Sat" and "Sun" are words.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tues": 1, "tue": 1, "wed": 2, "thurs": 3, "thur": 3, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

#: Seasons -> (TIMEX3 code, first month). Meteorological, northern hemisphere: spring Mar-May, summer
#: Jun-Aug, fall Sep-Nov, winter Dec-Feb ("winter 2024" = Dec 2024 - Feb 2025). "last summer".
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9), "winter": ("WI", 12),
}  # fmt: skip

#: Parts of the day -> TIMEX3 code: "Monday night" -> 2025-02-10TNI, "this morning" -> ...TMO.
PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

#: Fixed-date holidays -> (month, day), matched case-sensitively: "on Christmas Eve", "by New Year's
#: Day", "St Patrick's Day" (also "St." / "Saint", straight or curly apostrophe). Movable feasts are in
#: MOVABLE_FEASTS; national days, which differ by country ("Independence Day"), are left out.
_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Epiphany": (1, 6), "Valentine's Day": (2, 14),
    "St David's Day": (3, 1), "International Women's Day": (3, 8), "St Patrick's Day": (3, 17),
    "St George's Day": (4, 23), "May Day": (5, 1), "Juneteenth": (6, 19), "Bastille Day": (7, 14),
    "Halloween": (10, 31), "All Saints' Day": (11, 1), "Bonfire Night": (11, 5), "Guy Fawkes Night": (11, 5),
    "Armistice Day": (11, 11), "Remembrance Day": (11, 11), "Veterans Day": (11, 11),
    "St Andrew's Day": (11, 30), "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25),
    "Boxing Day": (12, 26), "Hogmanay": (12, 31),
}  # fmt: skip
HOLIDAYS: dict[str, tuple[int, int]] = {
    variant: date
    for name, date in _FIXED_HOLIDAYS.items()
    for curly in (name, name.replace("'", "’"))
    for variant in (curly, curly.replace("St ", "St. "), curly.replace("St ", "Saint "))
}

# --- numbers inside dates ----------------------------------------------------------------------------

#: Small cardinal words inside temporal expressions ("two years ago", "three days ago"). Compounds
#: ("twenty-five") add a TENS word and a unit word. Larger figures are written in digits in news.
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

#: Vague counts before a unit in "a few years ago" -> (low, high) as in ../shared/gold/SCHEMA.md.
VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "a couple of": (2, 2), "a few": (2, 5), "several": (3, 9), "few": (2, 5), "couple of": (2, 2),
}  # fmt: skip

#: Ordinals naming a quarter, half or century: "the third quarter", "the twenty-first century".
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}  # fmt: skip

# --- relative words ----------------------------------------------------------------------------------

#: Deictic words before a unit or a name -> offset from the publication period: "last week", "next
#: June", "this summer". "this past weekend" is US usage for the weekend just gone.
RELATIVE_OFFSETS: dict[str, int] = {
    "this past": -1, "last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
}  # fmt: skip

#: Calendar units a deictic word can point at: "last week", "this quarter", "next weekend".
RELATIVE_UNITS: tuple[str, ...] = ("weekend", "week", "month", "quarter", "year", "decade", "century")

#: Days named relative to the publication day -> offset in days: "yesterday", "tonight".
DEICTIC_DAYS: dict[str, int] = {
    "the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "today": 0,
    "tonight": 0, "tomorrow": 1,
}  # fmt: skip

#: Words for the present, the past or the future as a whole -> TIMEX3 reference value ("now",
#: "recently"). "now" and "currently" cover the publication day.
REFERENCE_WORDS: dict[str, str] = {
    "at the moment": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "currently": "PRESENT_REF", "now": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "at the time": "PAST_REF",
}  # fmt: skip

#: Part-of-period modifiers -> which third of the period they keep: "early March" (days 1-10),
#: "mid-2024" (May-Aug), "end of January" (21 to month end), "the late 1990s".
PERIOD_PARTS: dict[str, int] = {
    "beginning": 0, "start": 0, "early": 0, "middle": 1, "mid": 1, "late": 2, "end": 2, "close": 2,
}  # fmt: skip

#: Context words after which a bare year, season or "May"/"March" is a date: "in 2024", "since
#: March", "by the summer", "between 2018 and 2020", "mid-2024".
DATE_CONTEXT: tuple[str, ...] = (
    "in", "since", "by", "until", "till", "before", "after", "of", "from", "to", "through", "throughout",
    "during", "between", "and", "or", "early", "late", "mid", "around", "circa", "year", "for", "than",
)  # fmt: skip

#: Determiners before an attributive year: "The 2016 election", "its 2023 report". Any other capitalised
#: word before a bare year makes it a label: "Resolution 2118", "Windows 2000".
DETERMINERS: frozenset[str] = frozenset("the a an its their his her our your my this that these those".split())

#: Words after a year that are verbs or adverbs, not the plural noun of a count ("since 2018 has").
#: Any other plural after a bare year makes it a count ("in 2000 villages").
NOT_NOUNS_AFTER_YEAR: frozenset[str] = frozenset(
    """as has was is its his this thus plus unless marks sees saw brings remains seems looks starts
    begins ends always onwards afterwards""".split()
)

#: Words that put an undated month, day or season in the future: "will meet on Feb. 25", "the summit
#: is scheduled for June". Without one, an undated date is the most recent such date (news reports
#: the past). Lower case only, so that "Will Smith said on Monday" stays in the past.
FUTURE_MARKERS: tuple[str, ...] = (
    "will", "won't", "shall", "'ll", "’ll", "going to", "plans to", "plan to", "planned", "planning",
    "scheduled", "expected to", "set to", "is to", "are to", "is due", "are due", "upcoming", "next",
    "later this", "intends to", "would", "will be", "due to be", "due to run", "due to resume", "due to start",
    "due to begin", "due to open", "due to take", "due to end", "due to return", "due to close", "due to meet",
    # a forecast in the present tense or a mention of tomorrow puts the clause in the future ("no rain is
    # forecast before September", "44C tomorrow, easing from Tuesday"); not "expects" or "forecast" alone
    # ("now expects 4%, down from the 6% it forecast on Sept. 21")
    "is forecast", "are forecast", "is expected", "are expected", "forecast to", "likely", "tomorrow",
)  # fmt: skip

#: Present-tense verbs of scheduled events: a day right after one is the coming day ("the window closes
#: early Friday", "talks resume Monday", "the ban takes effect on March 2").
SCHEDULE_VERBS: tuple[str, ...] = (
    "starts", "begins", "ends", "closes", "opens", "reopens", "resumes", "expires", "runs out", "meets",
    "votes", "returns", "arrives", "departs", "launches", "kicks off", "takes effect", "comes into force",
    "goes ahead", "goes to the polls", "lapses", "concludes", "finishes",
    # the same for a plural subject ("talks resume Monday")
    "start", "begin", "end", "close", "open", "reopen", "resume", "expire", "meet", "vote", "return",
    "arrive", "depart", "launch", "kick off", "take effect", "come into force", "go ahead", "conclude",
)  # fmt: skip

#: Units of number-less durations: "for years" = at least two years (../shared/gold/figures.md),
#: "after months of talks", "for decades".
PLURAL_DURATIONS: dict[str, str] = {
    "centuries": "century", "decades": "decade", "years": "year", "months": "month", "weeks": "week",
    "days": "day", "hours": "hour", "minutes": "minute",
}  # fmt: skip

#: Words before a bare plural unit that make it a duration: "for years", "after months of talks",
#: "spent weeks".
DURATION_CONTEXT: tuple[str, ...] = (
    "for", "over", "in", "after", "within", "across", "throughout", "spent", "took", "lasted", "waited",
    "than",
)  # fmt: skip

#: Words that may follow a bare season used as a date ("in the summer, when ..."; "by summer it was").
#: Any other lower-case word makes the season a modifier: "summer camp", "winter offensive".
SEASON_FOLLOWERS: frozenset[str] = frozenset(
    """and or but of in on at to for with when as the a an is was were will would has had have that
    which while after before because it he she they we this there if so than until since""".split()
)

#: Anaphoric directions -> sign, for dates relative to the last date mentioned: "two days later", "the
#: following year", "the same day", "a year earlier".
ANAPHORIC_DIRECTIONS: dict[str, int] = {
    "earlier": -1, "before": -1, "previous": -1, "preceding": -1, "later": 1, "after": 1, "following": 1,
    "next": 1, "that": 0, "same": 0,
}  # fmt: skip

#: Words that make "ago" point forward instead: "two years from now".
FROM_NOW: tuple[str, ...] = ("from now", "hence")

#: Moveable feasts -> days after Easter Sunday (Gregorian computus): "over Easter", "on Good Friday".
#: A capitalised word after the name makes it a name ("Easter Island", "Easter Rising").
MOVABLE_FEASTS: dict[str, int] = {
    "Easter Sunday": 0, "Easter Monday": 1, "Easter": 0, "Good Friday": -2, "Ash Wednesday": -46,
    "Pentecost": 49,
}  # fmt: skip

#: Decades written as words, after "the" ("the nineties", "the early eighties") -> first year. They are
#: decades of the 1900s; "the noughties" / "the aughts" are the 2000s.
DECADE_WORDS: dict[str, int] = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990, "noughties": 2000, "aughts": 2000,
}  # fmt: skip

#: Frequency adverbs and adjectives -> TIMEX3 SET value: "published daily", "a weekly meeting", "updated
#: annually" ("XXXX", every calendar year, as HeidelTime has it). Matched in lower case only, so that names
#: ("Daily Mail", "Weekly Standard") stay out.
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M",
    "quarterly": "P3M", "yearly": "XXXX", "annually": "XXXX", "hourly": "PT1H",
}  # fmt: skip

#: Frequency words before "a week", "per month" -> times: "twice a week", "once a year".
FREQUENCY_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}

#: Past-tense reporting verbs: an undated date right after one ("said on Feb. 28", "announced Tuesday",
#: "told reporters in March") dates the reporting, which is past, whatever the rest of the sentence says.
PAST_REPORTING_VERBS: tuple[str, ...] = (
    "said", "told", "announced", "reported", "confirmed", "stated", "wrote", "added", "revealed", "noted",
    "claimed", "warned", "declared", "disclosed", "tweeted", "posted", "testified", "acknowledged",
    "admitted", "explained", "insisted", "argued", "estimated",
)  # fmt: skip

#: Words before a bare plural unit that make it a duration although no preposition precedes it: "just
#: days after the vote", "only weeks later", "mere hours before".
DURATION_LIMITERS: tuple[str, ...] = ("just", "only", "mere", "barely", "nearly", "almost")

#: Words before "a year", "an hour" that make the phrase a rate or a part, not a duration: "twice a
#: week", "$5 a day", "three days a week", "half a year", "per hour".
NOT_BEFORE_ARTICLE_DURATION: frozenset[str] = frozenset(
    """once twice thrice times per half quarter hours hour days day nights night weeks week months month
    years year minutes dollars dollar euros euro pounds pound cents cent million billion trillion
    thousand hundred dozen""".split()
)

#: Words after which "months of talks", "years of war" begin a duration phrase (as a sentence start does).
PHRASE_OPENERS: frozenset[str] = frozenset("with despite amid following ending ended and but".split())
