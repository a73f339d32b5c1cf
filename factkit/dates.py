"""Temporal expressions -> date intervals, resolved against the publication date.

`find_temporal(text, published)` finds calendar dates ("Feb. 10", "June 2024", "21 Feb. 2025, 15:28"),
relative dates ("last week", "Monday", "two years ago", "end of January", "by last fall") and
number-less durations ("for years"). Each is a `Mention` with the first and last day covered
(`date_start`, `date_end`), a TimeML TIMEX3 value (`timex`) and the rule that found it (`rule`), and
frequencies ("every week", "twice a month", "daily"), date mentions with a TIMEX3 SET value.
Durations with a number ("two years", "week-long") belong to `numbers.py`; vocabulary lives in
`lexicon_time.py`.

Conventions (those of ../shared/gold/figures.md where it has one):
- Spans keep deictic and bound words ("last", "ago", "by", "early", "mid-") and leave out plain
  prepositions and articles ("Feb. 10", "end of January", "recent years"). "since", "until", "before",
  "after" stay out and leave the date exact; "by" joins a month or a longer period and makes it a
  deadline, `at_most` without a start ("by 2030", "by last fall"), but before a day, a weekend or a time
  of day it stays out, as TimeML has it: the figure is stated as of then ("463 aftershocks by Saturday
  morning").
- A date without a year ("Feb. 8", "August", "the third quarter", "Christmas") and a bare weekday is its
  most recent occurrence on or before publication (a weekday equal to the publication weekday is the
  publication day); if its clause (sentence, cut at ";" and dashes) has a future marker ("will", "is
  scheduled", "plans to", "would") it is the next occurrence on or after publication, unless a past verb
  dates it ("took effect on 1 January and will be reviewed", "held on March 3-4"; not "will be held on").
  An undated day at most NEAR_FUTURE_DAYS (45) ahead is that coming day even without a future marker
  ("a strike from March 16" in a paper of Feb. 23), unless a past verb dates it ("was arrested on").
  Two weekdays or days of one span ("between Monday and Wednesday", "from 23 March to 3 May") keep their
  end after their start. A future marker counts in the date's clause only (cut at ";", dashes and ",
  and", ", but"). "so far this year" ends at publication. Future markers include a present-tense
  forecast ("is forecast", "is expected", "likely"), "tomorrow" in the clause, and a phrasal scheduled
  event anywhere in it ("from Monday, when a ban comes into force"); a scheduled verb right before the
  day also ("the window closes early Friday", "talks resume Monday"; SCHEDULE_VERBS). "expects" and
  "forecast" alone are not markers ("now expects 4%, down from the 6% it forecast on Sept. 21"). A
  reporting verb right before a day dates it only with a preposition or for a weekday ("said on March
  3", "said Monday"; not "warned St Patrick's Day could be next"). A weekday after "until", "through",
  "till" or "by" (a deadline or the end of a stretch) is the nearest one, before or after publication
  ("flights cancelled through Wednesday" in a paper of Tuesday: the next day), and so is "the weekend"
  after them ("expects to climb to 13k by the weekend" in a paper of Thursday: the coming one).
  The two ends of a span of months ("from January to June", "November-February") read in one year,
  start first: a start placed after its end moves back a year.
- "last week" is the previous Monday-Sunday week ("2025-W06"), "last month/year" the previous calendar
  month/year. "last June" / "last summer" is the most recent complete one before publication, "next
  June" the first one after it, "this June" the publication year's; "June last year" is June of the
  previous year. Seasons are meteorological, northern: spring Mar-May, summer Jun-Aug, fall Sep-Nov,
  winter Y = Dec Y - Feb Y+1.
- early / mid / late and beginning / middle / end of keep a third of the period (days 1-10, 11-20,
  21-end of a month; Jan-Apr, May-Aug, Sep-Dec of a year), qualifier approx, TIMEX3 value unchanged.
- "N years ago" is a calendar year, "N months ago" a month, "N weeks ago" an ISO week, "N decades ago"
  a decade (all approx), "N days ago" a day; "a year ago" is the same day a year before (approx), as
  in TimeML. "recent years", "recently" are PAST_REF (no start, ending at publication); "now",
  "currently" PRESENT_REF (the publication day).
- "two days later", "the following year", "the same day" and a bare clock time ("at 3 p.m.") count from
  the last date found before them ("a year earlier" and clock times fall back on publication); when that
  date is too coarse ("the following month" after "2016"), from the last one fine enough within 400
  characters. "a year earlier" from a quarter, month or season is that period a year before ("profit in
  the third quarter fell from a year earlier": the third quarter of the year before, as TimeBank marks it). A clock
  time alone is kept here (TimeML marks it), but `extract` leaves it out of the facts table: a time of
  day is not a figure; joined to a date ("5pm on Monday") it is part of the date's span.
- Numeric dates: ISO "2025-02-10"; "a/b/yyyy" is month-first (US) unless a > 12, then day-first.
- A bare year (1600-2199) is a date unless a plural noun follows ("of 2000 villages") or a label or a
  name precedes it ("Resolution 2118", "Windows 2000"); at a sentence start or after a date context
  word ("in 2024", "since 1991", "mid-2024", "between 2018 and 2020") it always is.
- "the past decade", "the past year" are durations (P1DE, P1Y) of the period up to publication; so are
  "the past three years" (P3Y) and "the next few months" (PXM, vague, "few" = 2-5 as in "a few").
- "a year", "an hour", "more than a decade" are durations of one unit (P1Y, PT1H, P1DE; a bound word joins
  the span and sets the qualifier; "a year and a half", "an hour-and-a-half" P1.5Y, PT1.5H); so are
  "another week", "a full day", "an entire month", "all day", "an all-day strike", and parts of one:
  "half an hour" PT0.5H, "a half-day",
  "a quarter of an hour", "three quarters of an hour". Not as a rate ("$5 a day", "twice a week",
  "11,000 passengers a day", "€35m a day").
  A bare plural unit is a vague duration ("for years" PXY) after a duration word, after "just"/"only" ("just
  days after"), or opening a phrase before "of" or "later" ("Months of talks", "weeks later").
- "recent years", "the coming weeks" are TIMEX3 durations (PXY, PXW) and keep their dates (up to or from
  publication); "recently", "at the time" are PAST_REF.
- SETs (TIMEX3 type SET) are `date` mentions with the SET value and no days: "every week", "twice a week",
  "daily" P1W / P1W / P1D, "every other day" P2D, "each Tuesday" / "on Tuesdays"
  XXXX-WXX-2, "Monday afternoons" XXXX-WXX-1TAF, "every morning" XXXX-XX-XXTMO, "every spring" XXXX-SP,
  "annually" / "yearly" XXXX (as HeidelTime). Lower-case words only: "Daily Mail" is a name. A SET with
  a number of units, "every five days" (P5D), "every 12 minutes", "every two years", is a `duration`
  of its interval (5 days; the TIMEX3 value stays the SET's): outlets report the same interval as "a
  five-day revisit" or "12-minute headways", and every gold of the benchmarks keys it so.
- A range "Feb. 10-12", "12 to 16 August", "Feb. 3 and 4" (two days in a row), "Feb. 27-March 2",
  "Dec. 28-Jan. 3", "the July-September quarter" covers its days and has the TIMEX3 value of its first
  day; "the 2023-24 season", "2026/27" (a season or fiscal year written short) covers both years (TIMEX3 of the
  first), while "2009-2010", like "from 2018 to 2020", is two year dates, as TimeML marks them.
  "the nineties" (after "the") is a decade of the 1900s; "'58" after a date context word is 1958 (20yy if
  not after publication).
  "fiscal 2024", "FY2024", "this fiscal year" are "FY2024", their days the calendar year's, approx.
  Easter and the feasts counted from it (Good Friday ...) follow the Gregorian computus.
- An undated date right after a past reporting verb ("said on Feb. 28 that it will") or after "since" is in
  the past whatever the sentence's future markers; "three days before the vote" counts from an event and
  is no date (numbers.py reads the duration).
- "on the 11th" (after on/by/until/since/from/before/after/to, not before a noun: "the 11th floor") is
  that day of the publication month if it has come, else of the month before; with a future marker, the
  next such day.
- A number of months that is a stretch of the calendar is a date of those days, its TIMEX3 the duration
  TimeML gives it (`reporting_period`, applied by `extract`): "the first nine months" January-September and "the final
  three months" October-December of the publication year, "the three months to September" July-September;
  so is "the year to March" (April-March, TIMEX3 P1Y; not "a year to March": a duration and a month).
- Without `published`, relative expressions keep TIMEX3 placeholders ("XXXX-06", "XXXX-WXX-1",
  "PRESENT_REF") and no dates: a date is never invented.

Speed: one stdlib scan finds the tokens a temporal expression can start with (a month, a digit, "last"
...); each rule is tried only where a token of its start kinds begins (START_WORDS).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import regex

from . import lexicon as lx
from . import lexicon_time as lt
from .mention import Mention

_FLAGS = regex.VERBOSE | regex.IGNORECASE
_DAY = dt.timedelta(days=1)
#: A gap between two words: 1-3 blanks, never a line break. Bounded and possessive, so no pattern can
#: backtrack over a long run of blanks (VERBOSE drops literal blanks, so every gap is written {GAP}).
GAP = r"[^\S\n]{1,3}+"


def _alt(words: Iterable[str]) -> str:
    """Alternation, longest first ("Sept" before "Sep"); a blank in a phrase matches a short gap."""
    return "|".join(regex.escape(w).replace(r"\ ", GAP) for w in sorted(set(words), key=len, reverse=True))


def _names(words: Iterable[str]) -> str:
    """Case-sensitive alternation of the Title and UPPER forms: "May", "MAY", never "may"."""
    return "(?-i:" + _alt({f for w in words for f in (w.title(), w.upper())}) + ")"


# --- named sub-patterns ------------------------------------------------------------------------------

MONTH_FULL = rf"(?P<month>{_names(lt.MONTHS)})(?!\w)"
MONTH = rf"(?P<month>{_names(lt.MONTHS)}(?!\w)|{_names(lt.MONTH_ABBREVIATIONS)}(?![\w-])\.?)"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,:]\d|%)"
DAY_FIRST = r"(?<![\w.,:/$€£-])" + DAY
YEAR = r"(?P<year>(?:1[6-9]|2[01])\d\d)(?!\d|[.,]\d|%)"
WEEKDAY = rf"(?P<weekday>{_names(lt.WEEKDAYS)})(?!\w)"
WEEKDAY_BEFORE = rf"(?<!\w)(?:(?:{_names(lt.WEEKDAYS)}|{_names(lt.WEEKDAY_ABBREVIATIONS)}\.?),?{GAP})?"
SEASON = rf"(?P<season>{_alt(lt.SEASONS)})(?![\w-])"
MONTH_OR_SEASON = rf"(?:{MONTH}|(?<![\w-]){SEASON})"
REL = rf"(?<![\w-])(?P<rel>{_alt(lt.RELATIVE_OFFSETS)}){GAP}"
REL_YEAR = rf"(?:{GAP}of)?{GAP}(?P<rely>last|this|next){GAP}year(?![\w-])"
OF_YEAR = rf"(?:{GAP}of{GAP}(?:{YEAR}|(?P<rely>last|this|next){GAP}year|the{GAP}(?P<theyear>year)))"
PART_OF_DAY = rf"(?P<part>{_alt(lt.PARTS_OF_DAY)})(?![\w-])"
DAY2 = r"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,:]\d|%)"
#: Between the two days of a range: "10-12", "12 to 16", "3 through 7", "3 and 4" (day_range accepts
#: "and" only for two days in a row: "on 5 and 10 August" are two days)
DAY_JOIN = rf"(?:[-–]|{GAP}(?:to|through|until|till|(?P<and>and)){GAP})"
#: Between two dates of a range across months: "Feb. 27-March 2", "28 February – 3 March" (a dash only:
#: "from 23 March to 3 May" is two dates, as TimeML marks it)
DATE_JOIN = rf"(?:(?:{GAP})?[-–](?:{GAP})?)"
MONTH2 = rf"(?P<month2>{_names(lt.MONTHS)}(?!\w)|{_names(lt.MONTH_ABBREVIATIONS)}(?![\w-])\.?)"
SET_UNIT = r"(?P<unit>centur(?:y|ies)|decades?|years?|months?|fortnights?|weeks?|days?|hours?|minutes?)"
NUMBER = rf"(?P<num>\d{{1,3}}+|(?:{_alt(lx.TENS_WORDS)})-(?:{_alt(lx.UNIT_WORDS)})|{_alt(lt.NUMBER_WORDS)})"
UNIT = r"(?P<unit>centur(?:y|ies)|decades?|years?|months?|weeks?|days?|hours?|minutes?)"
ORDINAL = rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_alt(lt.ORDINALS)}|final|last)"
VAGUE = rf"(?P<vague>{_alt(lt.VAGUE_COUNTS)}|many)"
TIME = r"""(?<![\w.,:$])(?:
    (?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?[^\S\n]?(?P<ampm>[ap])\.?m(?:\.|(?!\w))
  | (?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])
  | (?P<noon>noon|midnight)(?![\w-]))"""


def _month_number(name: str) -> int:
    key = name.rstrip(".").lower()
    return lt.MONTHS.get(key) or lt.MONTH_ABBREVIATIONS[key]


def _number(word: str) -> int | None:
    """ "two" -> 2, "twenty-five" -> 25, "12" -> 12, from the small table of lexicon_time."""
    if word.isdigit():
        return int(word)
    values = [lt.NUMBER_WORDS.get(p, lx.UNIT_WORDS.get(p)) for p in word.lower().split("-")]
    return None if None in values else sum(v for v in values if v is not None)


def _ordinal(word: str) -> int:
    return int(word[:-2]) if word[0].isdigit() else lt.ORDINALS.get(word.lower(), 4)  # "final" quarter: 4


def _words(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _unit_name(word: str) -> str:
    return lt.PLURAL_DURATIONS.get(word.lower(), word.lower())


# --- values: the days a period covers and its TIMEX3 value -------------------------------------------


@dataclass(frozen=True, slots=True)
class _Value:
    start: dt.date | None
    end: dt.date | None
    timex: str | None
    grain: str
    qualifier: str = "exact"
    kind: str = "date"
    low: float = math.nan
    high: float = math.nan
    unit: str | None = None


def _add_months(y: int, mo: int, k: int) -> tuple[int, int]:
    n = y * 12 + mo - 1 + k
    return n // 12, n % 12 + 1


def _month_end(y: int, mo: int) -> dt.date:
    return dt.date(y, mo, calendar.monthrange(y, mo)[1])


#: Periods of a year -> (length in months, TIMEX3 suffix of the k-th one).
_YEARLY: dict[str, tuple[int, Callable[[int], str]]] = {
    "month": (1, lambda k: f"-{k:02d}"), "quarter": (3, lambda k: f"-Q{k}"), "half": (6, lambda k: f"-H{k}"),
    "year": (12, lambda k: ""),
}  # fmt: skip


def _period(y: int, grain: str, k: int | str = 1) -> _Value:
    """Month k, quarter k, half k or season k ("SU") of year y, or the whole year."""
    if isinstance(k, str):
        first, n, suffix = next(m for c, m in lt.SEASONS.values() if c == k), 3, f"-{k}"
    else:
        n, make = _YEARLY[grain]
        first, suffix = n * (k - 1) + 1, make(k)
    return _Value(dt.date(y, first, 1), _month_end(*_add_months(y, first, n - 1)), f"{y:04d}{suffix}", grain)


def _day(d: dt.date | None) -> _Value | None:
    return _Value(d, d, d.isoformat(), "day") if d else None


def _date(y: int, mo: int, d: int) -> _Value | None:
    try:
        return _day(dt.date(y, mo, d))
    except ValueError:
        return None


def _week(d: dt.date, weekend: bool = False) -> _Value:
    monday, (iso_year, week, _) = d - d.weekday() * _DAY, d.isocalendar()
    if weekend:
        return _Value(monday + 5 * _DAY, monday + 6 * _DAY, f"{iso_year:04d}-W{week:02d}-WE", "weekend")
    return _Value(monday, monday + 6 * _DAY, f"{iso_year:04d}-W{week:02d}", "week")


def _decade(y0: int) -> _Value:
    return _Value(dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), f"{y0 // 10:03d}", "decade")


def _century(c: int) -> _Value | None:
    ok = 1 <= c <= 98
    return _Value(dt.date(c * 100, 1, 1), dt.date(c * 100 + 99, 12, 31), f"{c:02d}", "century") if ok else None


#: TIMEX3 values of units whose position is unknown (no publication date).
_PLACEHOLDER = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
}  # fmt: skip
#: Coarseness of each grain: an anaphoric "the next day" needs an anchor at least as fine as a day.
_RANK = {"time": 0, "minute": 0, "hour": 0, "day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3,
         "season": 3, "half": 4, "year": 5, "decade": 6, "century": 7}  # fmt: skip


def _unknown(timex: str | None, grain: str = "day") -> _Value:
    return _Value(None, None, timex, grain)


def _unit_at(unit: str, d: dt.date, k: int) -> _Value | None:
    """The calendar `unit` containing day `d`, moved by `k` units: ("week", d, -1) = last week."""
    if unit in ("week", "weekend"):
        return _week(d + 7 * k * _DAY, unit == "weekend")
    if unit in ("month", "quarter"):
        y, mo = _add_months(d.year, d.month, k * (3 if unit == "quarter" else 1))
        return _period(y, unit, mo if unit == "month" else (mo - 1) // 3 + 1)
    if unit == "year":
        return _period(d.year + k, "year")
    if unit == "decade":
        return _decade((d.year // 10 + k) * 10)
    if unit == "century":
        return _century(d.year // 100 + k)
    return _day(d + (k if unit == "day" else 0) * _DAY)  # hours and minutes: that day


def _shift(d: dt.date, unit: str, k: int) -> dt.date:
    """`d` moved by `k` units, keeping the day of the month where it exists."""
    if unit in ("day", "week", "fortnight"):
        return d + k * {"day": 1, "week": 7, "fortnight": 14}[unit] * _DAY
    if unit not in ("month", "year", "decade", "century"):  # hours, minutes: whole days ("the past 36 hours")
        days = k * lx.TIME_UNITS[unit][1]
        return d + (math.floor(days) if k < 0 else math.ceil(days)) * _DAY
    y, mo = _add_months(d.year, d.month, k * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit])
    return min(d.replace(year=y, month=mo, day=1) + (d.day - 1) * _DAY, _month_end(y, mo))


def _third(v: _Value, part: int) -> _Value:
    """The first, middle or last third of a period (early / mid / late), qualifier approx."""
    s, e, v = v.start, v.end, replace(v, qualifier="approx")
    if s is None or e is None or _RANK.get(v.grain, 0) <= 0 or v.grain == "weekend":
        return v
    if v.grain in ("month", "week"):  # days 1-10, 11-20, 21-end; Mon-Tue, Wed-Thu, Fri-Sun
        n, k = (e - s).days + 1, 10 if v.grain == "month" else 2
        lo, hi = [(0, k), (k, 2 * k), (2 * k, n)][part]
        return replace(v, start=s + lo * _DAY, end=s + (hi - 1) * _DAY)
    by_year = v.grain in ("decade", "century")
    n = e.year - s.year + 1 if by_year else (e.year - s.year) * 12 + e.month - s.month + 1
    lo, hi = [(0, n // 3), (n // 3, 2 * (n // 3)), (2 * (n // 3), n)][part]
    if by_year:
        return replace(v, start=dt.date(s.year + lo, 1, 1), end=dt.date(s.year + hi - 1, 12, 31))
    return replace(
        v, start=dt.date(*_add_months(s.year, s.month, lo), 1), end=_month_end(*_add_months(s.year, s.month, hi - 1))
    )


# --- context patterns, matched just before or after a rule's match -------------------------------------

_YEAR_BEHIND = r"(?<![\d,.])(?:1[6-9]|2[01])\d\d"
FUTURE = regex.compile(rf"(?<![\w'’])(?:{_alt(w for w in lt.FUTURE_MARKERS if w[0].isalpha())})(?![\w-])|['’]ll\b")
SENTENCE_END = regex.compile(r"""[.!?]++["”’')\]]*+\s++(?=["“‘(\[]?[A-Z0-9])|\n""")
DATE_CONTEXT = regex.compile(
    rf"""(?:(?<![\w-])(?:{_alt(lt.DATE_CONTEXT)}){GAP}|(?<![\w-])mid-|{_YEAR_BEHIND}[-–]
    |{_YEAR_BEHIND}(?:,|{GAP}(?:and|or|to|through|until))?{GAP})\Z""",
    _FLAGS,
)
SEASON_CONTEXT = regex.compile(rf"(?<![\w-])(?:{_alt(lt.DATE_CONTEXT)})(?:{GAP}the)?{GAP}\Z", _FLAGS)
WORD_AFTER = regex.compile(rf"{GAP}(?P<word>[A-Za-z][a-z-]*+)")
WORD_BEFORE = regex.compile(rf"(?<![\w.#])(?P<word>[\w.#]{{1,24}}+){GAP}\Z")
NAME_AFTER = regex.compile(rf"{GAP}(?-i:[A-Z][a-z])")
BETWEEN_BEFORE = regex.compile(rf"(?<![\w-])between{GAP}\Z", _FLAGS)
#: "between March 2016 and October 2023": two dates joined by "and" after "between" are one period
_BETWEEN_AND = regex.compile(rf"{GAP}and{GAP}\Z", _FLAGS)
PUNCTUATION_AFTER = regex.compile(r"[^\S\n]{0,2}+(?:[,.;:!?)\"”]|[-–—]\s|(?:and|or|but)(?![\w-])|\Z)")
PAST_FUTURE_BEFORE = regex.compile(rf"(?<![\w-])(?:in|into|of|for){GAP}the{GAP}\Z", _FLAGS)
THE_BEFORE = regex.compile(rf"(?<![\w-])the{GAP}\Z", _FLAGS)
DURATION_BEFORE = regex.compile(
    rf"(?<![\w-])(?:{_alt(lt.DURATION_CONTEXT)}|(?:over|across|throughout|through){GAP}the){GAP}\Z", _FLAGS
)
CLOCK_BEFORE = regex.compile(rf"(?<![\w-])(?:at|from|until|till|by|around|about|before|after|since|to){GAP}\Z", _FLAGS)
TIME_AFTER = regex.compile(rf",?{GAP}(?:(?:at|on){GAP})?{TIME}", _FLAGS)
TIME_BEFORE = regex.compile(rf"{TIME},?{GAP}(?:on{GAP})?\Z", _FLAGS)
PART_BEFORE = regex.compile(
    rf"""(?<![\w-])(?:(?P<part>beginning|start|middle|end|close){GAP}of(?:{GAP}the)?{GAP}
    |(?P<part>early|late){GAP}|(?P<part>mid)(?:-|{GAP}))\Z""",
    _FLAGS,
)
#: A deadline or the end of a stretch before a weekday: "through at least Sunday", "by noon Friday", "By 6 a.m."
UNTIL_BEFORE = regex.compile(
    rf"""(?<![\w-])(?:until|till|through|thru|by)(?:{GAP}at{GAP}least)?
    (?:{GAP}(?:noon|midnight|\d{{1,2}}(?::\d\d)?(?:{GAP})?(?:[ap]\.m\.|[ap]m)))?{GAP}\Z""",
    _FLAGS,
)
BY_BEFORE = regex.compile(rf"(?<![\w-])by{GAP}(?:the{GAP})?\Z", _FLAGS)
SO_FAR_BEFORE = regex.compile(rf"(?<![\w-])so{GAP}far{GAP}\Z", _FLAGS)
#: An undated day ("March 16", "St Patrick's Day") this many days ahead of publication is that coming
#: day, not the one almost a year before, unless a past verb dates it ("was held on March 16").
NEAR_FUTURE_DAYS = 45
#: What may open a one-unit duration before its unit: "a week", "another week", "a full day", "a
#: half-day", "all day", and before that "half" / "a quarter of" ("half an hour")
ARTICLE_BEFORE = regex.compile(
    rf"""(?:(?<![\w-])(?:half|(?:a{GAP})?quarter{GAP}of|three{GAP}quarters{GAP}of){GAP})?
    (?<![\w-])(?:an?|another|all)(?:{GAP}(?:(?:full|whole|entire){GAP}|half(?:{GAP}|-))|[\s-])?(?:{GAP})?\Z""",
    _FLAGS,
)
DETERMINER_BEFORE = regex.compile(
    rf"(?<![\w-])(?:{_alt(lt.DETERMINERS)})(?:{GAP}(?-i:[A-Z][\w-]{{0,20}}+)){{0,3}}+{GAP}\Z", _FLAGS
)
BOUND_BEFORE = regex.compile(rf"(?<![\w-])(?:{_alt(lx.BOUNDS_BEFORE)}){GAP}\Z", _FLAGS)
REPORTED_BEFORE = regex.compile(
    rf"(?<![\w-])(?:{_alt(lt.PAST_REPORTING_VERBS)})(?:{GAP}(?P<prep>on|in|at|during|last|this))?{GAP}\Z", _FLAGS
)
LIMITER_BEFORE = regex.compile(rf"(?<![\w-])(?:{_alt(lt.DURATION_LIMITERS)}){GAP}\Z", _FLAGS)
OF_AFTER = regex.compile(rf"{GAP}of{GAP}(?-i:[a-z])")
RELATIVE_AFTER = regex.compile(rf"{GAP}(?:later|earlier|before|after|afterwards|apart)(?![\w-])", _FLAGS)
#: A past verb right before a date dates a past event, whatever else the sentence says about the
#: future: "The law took effect on 1 January and will be reviewed", "the summit, held on March 3-4",
#: "agreed late on Friday to let the ship dock", "voted late Thursday"; not after "be"/"will"/"to" ("will
#: be held on Feb. 25"), nor a day right after the verb, which may open what was said ("warned St
#: Patrick's Day could be next")
PAST_EVENT_BEFORE = regex.compile(
    rf"""(?<![\w-])(?<!(?:(?<![\w-])(?:be|is|are|am|will|would|to|shall|'ll|’ll|being)){GAP})
    (?:(?!(?:scheduled|planned|expected|slated|postponed|delayed|moved|pushed|set)\b)[a-z]++(?<=ed)
    |held|took{GAP}(?:effect|place)|began|met|came|went|fell|rose|won|lost|left|sent|broke|struck|became)
    {GAP}(?:(?:late|early){GAP}(?:(?:on|in){GAP})?|(?:on|in){GAP})\Z""",
    _FLAGS,
)
#: A phrasal scheduled event in the present tense anywhere in a date's clause: "restrictions from Monday,
#: when a ban comes into force". Not a lone verb: "he returns to the club he left in March".
SCHEDULED = regex.compile(
    rf"(?<![\w-])(?:{_alt(v for v in lt.SCHEDULE_VERBS if ' ' in v and v.split()[0].endswith('s'))})(?![\w-])",
    _FLAGS,
)
SCHEDULED_BEFORE = regex.compile(
    rf"(?<![\w-])(?:{_alt(lt.SCHEDULE_VERBS)})(?:{GAP}(?:on|at|in|until|till|through|by|from))?"
    rf"(?:{GAP}(?:early|late|mid|midday|noon))?{GAP}\Z",
    _FLAGS,
)
#: The end of a sentence or of a clause (";", a dash): a future marker counts only in the date's clause.
CLAUSE_END = regex.compile(rf"{SENTENCE_END.pattern}|;\s|\s[—–]\s|,\s(?=(?:and|but|while|whereas)\s)", regex.VERBOSE)
#: What joins the two ends of a span of months: "January to June", "March-May", "April through July"
MONTH_RANGE_JOIN = regex.compile(rf"{GAP}(?:to|through|until|till|and){GAP}|(?:{GAP})?[-–](?:{GAP})?", _FLAGS)
SINCE_BEFORE = regex.compile(rf"(?<![\w-])(?:since|ever{GAP}since){GAP}\Z", _FLAGS)
RATE_BEFORE = regex.compile(
    rf"""(?:(?<![\w-])(?:{_alt(lt.NOT_BEFORE_ARTICLE_DURATION | set(lt.NUMBER_WORDS) - {"a", "an"})})
    |(?<![\w.,])\d[\w%.,]*+|[$€£]
    |(?:(?<![\w.,])\d|(?<![\w-])(?:{_alt(set(lt.NUMBER_WORDS) - {"a", "an"})}))[\w,.]*+
        (?:{GAP}[a-z][\w-]*+)?{GAP}[a-z][\w-]*+(?:(?<=s)|(?<=people|children|men|women|staff|police|cattle|sheep)))
    {GAP}\Z""",
    _FLAGS,
)
NOT_AFTER_ARTICLE_DURATION = regex.compile(
    rf"{GAP}(?:(?:or|and){GAP}(?:a|an|two|so)|ago|hence|from{GAP}now)(?![\w-])", _FLAGS
)
DECADE_WORD_BEFORE = regex.compile(rf"(?<![\w-])the{GAP}(?:(?:early|mid|late){GAP}|mid-)?\Z", _FLAGS)
YEAR_AND_BEFORE = regex.compile(rf"{_YEAR_BEHIND}(?:,|{GAP}(?:and|or|to|through))?{GAP}\Z", _FLAGS)


# --- where rules are tried: one fast stdlib scan for the tokens a temporal expression starts with ------


#: Kinds of start token -> their words (lower case). Each rule names the kinds it can start with and is
#: tried only where such a token begins; "digit" is any run of digits (or the "'9" of "'90s").
START_WORDS: dict[str, tuple[str, ...]] = {
    "month": (*lt.MONTHS, *lt.MONTH_ABBREVIATIONS),
    "weekday": (*lt.WEEKDAYS, *lt.WEEKDAY_ABBREVIATIONS),
    "season": tuple(lt.SEASONS),
    "holiday": tuple(regex.split(r"['’ ]", h.lower())[0] for h in (*lt.HOLIDAYS, *lt.MOVABLE_FEASTS)),
    "rel": tuple(w.split()[0] for w in lt.RELATIVE_OFFSETS),
    "deictic": tuple(" ".join(w.split()[:2]) for w in lt.DEICTIC_DAYS),
    "ref": (*lt.REFERENCE_WORDS, "recent", "coming", "past", "future"),
    "ordinal": (*lt.ORDINALS, "final", "last"),
    "number": (*(w for w in lt.NUMBER_WORDS if len(w) > 2), *lt.VAGUE_COUNTS, "a couple", "many"),
    "unit": (*lt.PLURAL_DURATIONS, *lt.PLURAL_DURATIONS.values(), "weekend", "fortnight"),
    "part": ("beginning", "start", "middle", "end", "earlier", "later"),
    "anaphoric": tuple(lt.ANAPHORIC_DIRECTIONS),
    "clock": ("noon", "midnight"),
    "q": ("q1", "q2", "q3", "q4", "h1", "h2"),
    "set": ("every", "each", *lt.FREQUENCY_WORDS, *lt.SET_WORDS, *(f"{w}s" for w in lt.WEEKDAYS)),
    "fiscal": ("fiscal", "fy"),
    "decade": tuple(lt.DECADE_WORDS),
}
_KINDS_OF = {w: [k for k, ws in START_WORDS.items() if w in ws] for ws in START_WORDS.values() for w in ws}
TRIGGER = re.compile(r"(?<!\d)\d|['’]\d|\bfy(?=\d)|\b" + lx.word_trie(_KINDS_OF) + r"\b")

Match = regex.Match[str]


# --- resolvers: one method per rule, match -> _Value or None (not a date after all) --------------------


@dataclass(frozen=True, slots=True)
class _Doc:
    """One text, its publication date and the dates found so far (the anchors of "two days later")."""

    text: str
    pub: dt.date | None
    anchors: tuple[tuple[int, _Value], ...] = ()

    def anchor(self, pos: int, grain: str | None = None) -> _Value | None:
        """The last date found before `pos` (of a day's grain if `grain` is "day")."""
        i = bisect.bisect_left(self.anchors, pos, key=lambda a: a[0])
        v = self.anchors[i - 1][1] if i else None
        return v if v is None or grain is None or v.grain in ("day", "time") else None

    def fine_anchor(self, pos: int, rank: int, reach: int = 400) -> _Value | None:
        """The last date found before `pos` (within `reach` characters) at least as fine as `rank`."""
        i = bisect.bisect_left(self.anchors, pos, key=lambda a: a[0])
        for at, v in reversed(self.anchors[:i]):
            if at < pos - reach:
                return None
            if v.start is not None and _RANK[v.grain] <= rank:
                return v
        return None

    def future(self, m: Match) -> bool:
        """Whether the sentence around a match has a future marker ("will", "is scheduled"), unless the
        match dates a past reporting verb just before it ("said on Feb. 28 that it will") or follows "since"."""
        if self.dated_past(m):
            return False
        if self.before(SCHEDULED_BEFORE, m.start(), 40):
            return True  # "the window closes early Friday": a scheduled event in the present tense
        start = lo = max(0, m.start() - 250)
        for b in CLAUSE_END.finditer(self.text, lo, m.start()):
            start = b.end()
        b = CLAUSE_END.search(self.text, m.end(), m.end() + 250)
        end = b.start() if b else min(len(self.text), m.end() + 250)
        return any(
            f.end() <= m.start() or f.start() >= m.end()
            for pattern in (FUTURE, SCHEDULED)
            for f in pattern.finditer(self.text, start, end)
        )

    def dated_past(self, m: Match) -> bool:
        """Whether a past verb dates the match: "said on Feb. 28", "since March", "held on March 3-4"."""
        said = self.before(REPORTED_BEFORE, m.start(), 32)  # "said Monday", "said on March 3"; not "warned
        # St Patrick's Day could be next", where the day opens what was said
        return bool(
            (said and (said["prep"] or m.groupdict().get("weekday")))
            or self.before(SINCE_BEFORE, m.start())
            or self.before(PAST_EVENT_BEFORE, m.start(), 32)
        )

    def before(self, pattern: regex.Pattern[str], pos: int, width: int = 24) -> Match | None:
        """`pattern` (ending in \\Z) matched against the text just before `pos`."""
        return pattern.search(self.text, max(0, pos - width), pos)

    def instance(self, m: Match, make: Callable[[int], _Value | None], rel: int | None = None) -> _Value | None:
        """The occurrence of a yearly period `make(year)` an undated mention means ("August", "Feb. 8",
        "last summer"): `rel` -1 = the last complete one, 0 = this year's, +1 = the next one; None =
        the most recent one started or, with a future marker, the next one not yet over."""
        if self.pub is None:
            v = make(2000)
            return _unknown(v.timex.replace("2000", "XXXX", 1), v.grain) if v and v.timex else None
        pub, found = self.pub, [v for k in (-2, -1, 0, 1, 2) if (v := make(self.pub.year + k))]
        if rel == 0:
            return next((v for v in found if v.start <= pub <= v.end), make(pub.year))  # type: ignore[operator]
        future = rel is None and self.future(m)
        keep: Callable[[_Value], bool] = {  # type: ignore[assignment, operator]
            None: lambda v: v.end >= pub if future else v.start <= pub,
            -1: lambda v: v.end < pub,
            1: lambda v: v.start > pub,
        }[rel]
        chosen = [v for v in found if keep(v)]
        v = (chosen[0] if future or rel == 1 else chosen[-1]) if chosen else None
        if rel is None and not future and v is not None and v.grain == "day" and v.start < pub:
            ahead = next((w for w in found if w.start > pub), None)  # type: ignore[operator]
            if ahead and (ahead.start - pub).days <= NEAR_FUTURE_DAYS and not self.dated_past(m):
                return ahead  # "a strike from March 16" in a paper of Feb. 23: this March 16, not last year's
        return v

    def full_date(self, m: Match) -> _Value | None:
        g = m.groupdict()
        d = _date(int(g["year"]), int(g["mo"]) if g.get("mo") else _month_number(g["month"]), int(g["day"]))
        return replace(d, timex=f"{d.timex}T{g['hh']}:{g['mi']}") if d and g.get("hh") else d

    def numeric_date(self, m: Match) -> _Value | None:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y += 0 if len(m["y"]) == 4 else 2000 if y < 50 else 1900
        return _date(y, b, a) if a > 12 else _date(y, a, b)

    def dotted_date(self, m: Match) -> _Value | None:
        return _date(int(m["y"]), int(m["b"]), int(m["a"]))

    def month_day(self, m: Match) -> _Value | None:
        mo, d = _month_number(m["month"]), int(m["day"])
        return self.instance(m, lambda y: _date(y, mo, d))

    def holiday(self, m: Match) -> _Value | None:
        mo, d = lt.HOLIDAYS[" ".join(m["holiday"].split())]
        return self.instance(m, lambda y: _date(y, mo, d))

    @staticmethod
    def named(m: Match) -> Callable[[int], _Value]:
        """The month or season a match names, as a function of the year."""
        if m.groupdict().get("season"):
            code = lt.SEASONS[m["season"].lower()][0]
            return lambda y: _period(y, "season", code)
        mo = _month_number(m["month"])
        return lambda y: _period(y, "month", mo)

    def named_with_year(self, m: Match) -> _Value | None:
        g = m.groupdict()
        if g.get("year"):
            return self.named(m)(int(g["year"]))
        if self.pub is None:
            return self.instance(m, self.named(m))
        return self.named(m)(self.pub.year + lt.RELATIVE_OFFSETS[g["rely"].lower()])

    def relative_named(self, m: Match) -> _Value | None:
        return self.instance(m, self.named(m), lt.RELATIVE_OFFSETS[_words(m["rel"])])

    def bare_month(self, m: Match) -> _Value | None:
        if not self.before(DATE_CONTEXT, m.start()) and (
            m["month"].lower() in lt.AMBIGUOUS_MONTHS or NAME_AFTER.match(self.text, m.end())
        ):
            return None  # "May I", "March on Washington", "June Carter"
        return self.instance(m, self.named(m))

    def bare_season(self, m: Match) -> _Value | None:
        after = WORD_AFTER.match(self.text, m.end())
        if not self.before(SEASON_CONTEXT, m.start(), 28) or (
            after and after["word"].lower() not in lt.SEASON_FOLLOWERS
        ):
            return None  # "in the summer", "by summer"; not "prices fall", "summer camp", "the fall of Kabul"
        return self.instance(m, self.named(m))

    def part_of_year(self, m: Match) -> _Value | None:
        """A quarter or half: of a written year, of last/this/next year, or the most recent one."""
        grain, n = ("half", 2) if "half" in m[0].lower() or m[0].startswith("H") else ("quarter", 4)
        k = _ordinal(m["ord"]) if m["ord"] else int(m["q"])
        if not 1 <= k <= n or (_words(m["ord"]) in ("last", "final") and not (m["year"] or m["rely"])):
            return None  # "last quarter" is date.relative_unit
        if m["year"]:
            return _period(int(m["year"]), grain, k)
        if self.pub and (m["rely"] or m["theyear"]):
            return _period(self.pub.year + lt.RELATIVE_OFFSETS.get(_words(m["rely"]), 0), grain, k)
        return self.instance(m, lambda y: _period(y, grain, k))

    def relative_unit(self, m: Match) -> _Value | None:
        rel, unit = _words(m["rel"]), m["unit"].lower()
        if rel in ("last", "previous", "next", "coming") and self.before(THE_BEFORE, m.start()):
            return None  # "the last year" is a duration (duration.past_unit)
        if self.pub is None:
            return _unknown(_PLACEHOLDER[unit], unit)
        return _unit_at(unit, self.pub, lt.RELATIVE_OFFSETS[rel])

    def part_of_this(self, m: Match) -> _Value | None:
        unit = m["unit"].lower()
        v = _unit_at(unit, self.pub, 0) if self.pub else None
        if v is None or self.pub is None:
            return _unknown(_PLACEHOLDER[unit], unit)
        if m["when"]:  # "earlier this year" runs up to publication, "later this year" from it
            return replace(v, end=self.pub) if m["when"].lower() == "earlier" else replace(v, start=self.pub)
        return _third(v, lt.PERIOD_PARTS[m["part"].lower()])

    def ago(self, m: Match) -> _Value | None:
        unit, sign = _unit_name(m["unit"]), 1 if _words(m["dir"]) in lt.FROM_NOW else -1
        if m["num"]:
            n = _number(m["num"])
            if n is None or n > 300:
                return None
            if self.pub is None:
                return _unknown(_PLACEHOLDER.get(unit, "XXXX-XX-XX"), unit)
            if unit == "year" and n == 1 and m["num"].isalpha():  # "a year ago": this day last year
                return replace(_day(_shift(self.pub, "year", sign)), qualifier="approx")  # type: ignore[arg-type]
            v = _unit_at(unit, self.pub, sign * n)
            return v if v is None or unit == "day" else replace(v, qualifier="approx")
        if not m["vague"] and not m["unit"].lower().endswith("s"):
            return None
        lo, hi = lt.VAGUE_COUNTS.get(_words(m["vague"]), (2, 0))  # "years ago": at least two
        near = _unit_at(unit, self.pub, sign * lo) if self.pub else None
        far = _unit_at(unit, self.pub, sign * hi) if self.pub and hi else None
        if sign < 0:
            return _Value(far.start if far else None, near.end if near else None, "PAST_REF", "ref", "vague")
        return _Value(near.start if near else None, far.end if far else None, "FUTURE_REF", "ref", "vague")

    def deictic(self, m: Match) -> _Value | None:
        word = _words(m["deictic"])
        part = m["part"] or ("night" if word == "tonight" else None)
        if self.pub is None:
            return _unknown("PRESENT_REF") if word == "today" and not part else _at_part(_unknown("XXXX-XX-XX"), part)
        return _at_part(_day(self.pub + lt.DEICTIC_DAYS.get(word, lt.RELATIVE_OFFSETS.get(word, 0)) * _DAY), part)

    def day_ordinal(self, m: Match) -> _Value | None:
        """ "on the 11th": that day of the publication month if it has come, else of the month before (of
        the month after, in a sentence about the future)."""
        if self.pub is None:
            return _unknown(f"XXXX-XX-{int(m['day']):02d}")
        day, future = int(m["day"]), self.future(m)
        for k in (0, 1, 2) if future else (0, -1, -2):
            y, mo = _add_months(self.pub.year, self.pub.month, k)
            if day > calendar.monthrange(y, mo)[1]:
                continue
            d = dt.date(y, mo, day)
            if k or (d >= self.pub if future else d <= self.pub):
                return _day(d)
        return None

    def weekday(self, m: Match) -> _Value | None:
        wd = lt.WEEKDAYS[m["weekday"].lower()]
        if self.pub is None:
            return _at_part(_unknown(f"XXXX-WXX-{wd + 1}"), m["part"])
        rel, today = lt.RELATIVE_OFFSETS.get(_words(m["rel"])), self.pub.weekday()
        if rel is None:  # the most recent such day, or the next one in a sentence about the future
            delta = (wd - today) % 7 if self.future(m) else -((today - wd) % 7)
            if delta < 0 and self.before(UNTIL_BEFORE, m.start(), 40):
                # "flights cancelled through Wednesday", "told to leave by noon Friday": a deadline is
                # the nearest such day, before or after publication
                delta = min(delta, (wd - today) % 7, key=abs)
        else:  # last Monday: strictly before; next Monday: strictly after; this Monday: this week's
            delta = [-((today - wd - 1) % 7 + 1), wd - today, (wd - today - 1) % 7 + 1][rel + 1]
        return _at_part(_day(self.pub + delta * _DAY), m["part"])

    def weekend(self, m: Match) -> _Value | None:
        if not (the := self.before(THE_BEFORE, m.start())):
            return None
        if self.pub is None:
            return _unknown("XXXX-WXX-WE", "weekend")
        this, future = _week(self.pub, weekend=True), self.future(m)
        if not future and self.pub < this.start and self.before(UNTIL_BEFORE, the.start(), 40):  # type: ignore[operator]
            # "temperatures of 42C through the weekend", "expects 13k by the weekend": a deadline is the
            # nearest weekend, before or after publication
            last = _week(self.pub - 7 * _DAY, weekend=True)
            return this if (this.start - self.pub) < (self.pub - last.end) else last  # type: ignore[operator]
        if (future and self.pub > this.end) or (not future and self.pub < this.start):  # type: ignore[operator]
            return _week(self.pub + (7 if future else -7) * _DAY, weekend=True)
        return this

    def decade(self, m: Match) -> _Value | None:
        if m["yy"]:
            y = int(m["yy"]) * 10
            return _decade(1900 + y if y >= 30 else 2000 + y)
        y = int(m["dec"])
        return _century(y // 100) if y % 100 == 0 and y != 2000 else _decade(y)  # "the 1800s": a century

    def century(self, m: Match) -> _Value | None:
        if _words(m["ord"]) in ("last", "final"):
            return None  # "last century" is date.relative_unit
        return _century(_ordinal(m["ord"]) - 1)

    def year(self, m: Match) -> _Value | None:
        after = WORD_AFTER.match(self.text, m.end())
        word = after["word"] if after else ""
        plural = word.lower() in lx.IRREGULAR_PLURALS or (
            word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.lower() not in lt.NOT_NOUNS_AFTER_YEAR
        )
        if plural and not self.before(YEAR_AND_BEFORE, m.start(), 16):
            return None  # "of 2000 villages" counts villages; "the 2009 and 2010 seasons" are years
        before = self.text[max(0, m.start() - 8) : m.start()].rstrip(" \t")
        if (before[-1:] in '.!?\n"“' if before else m.start() < 8) or self.before(DATE_CONTEXT, m.start()):
            return _period(int(m["year"]), "year")  # "In 2024", "2024 was", "since 1991"
        label = WORD_BEFORE.search(self.text, max(0, m.start() - 24), m.start())
        word = label["word"].lower() if label else ""
        if word in lx.LABEL_WORDS or (label and label["word"][0].isupper() and word not in lt.DETERMINERS):
            return None  # "Resolution 2118", "Windows 2000", "room 1905"
        return _period(int(m["year"]), "year")  # "the 2024 election", "(2019)"

    def year_range(self, m: Match) -> _Value | None:
        """ "the 2023-24 season": the years from the first to the second (TIMEX3 of the first), when the
        second is later and within 50 years (not "2016-15", a score or an id)."""
        first = int(m["year"])
        second = first - first % 100 + int(m["year2"])
        if not first < second <= first + 50 or self.year(m) is None:
            return None
        return replace(_period(first, "year"), end=dt.date(second, 12, 31))

    def reference(self, m: Match) -> _Value | None:
        ref = lt.REFERENCE_WORDS.get(_words(m["ref"]))
        if m["dir"]:  # "recent years", "the coming weeks": a period before or after publication, TIMEX3 "PXY"
            designator = lx.TIME_UNITS[_unit_name(m["units"])][2]
            start, end = (self.pub, None) if m["dir"].lower() == "coming" else (None, self.pub)
            return _Value(start, end, "PX" + designator, "ref", "vague")
        if ref == "PAST_REF" and _words(m["ref"]) == "at the time" and OF_AFTER.match(self.text, m.end()):
            return None  # "at the time of the attack" points at an event
        elif ref is None:  # "in the past", "in the future"
            after = WORD_AFTER.match(self.text, m.end())
            if not self.before(PAST_FUTURE_BEFORE, m.start()) or (
                after and (after["word"].lower() in lt.NUMBER_WORDS or _unit_name(after["word"]) in lx.TIME_UNITS)
            ):
                return None  # "the past two years", "the past decade" belong to other rules
            ref = "PAST_REF" if m["ref"].lower() == "past" else "FUTURE_REF"
        if ref == "PRESENT_REF":
            return _Value(self.pub, self.pub, ref, "ref", "approx")
        return _Value(*((self.pub, None) if ref == "FUTURE_REF" else (None, self.pub)), ref, "ref", "vague")

    def clock(self, m: Match) -> _Value | None:
        if not (m["ampm"] or m["noon"] or self.before(CLOCK_BEFORE, m.start())):
            return None  # "15:28" alone may be a score or a verse
        last = self.anchor(m.start(), "day")
        day = last.start if last else self.pub  # the day last named, else the publication day
        if day is None:
            return _unknown("XXXX-XX-XX" + _clock_timex(m))
        return _Value(day, day, day.isoformat() + _clock_timex(m), "time")

    def plural_duration(self, m: Match) -> _Value | None:
        if not (
            self.before(DURATION_BEFORE, m.start())
            or self.before(LIMITER_BEFORE, m.start())  # "just days after the vote"
            or (RELATIVE_AFTER.match(self.text, m.end()) and _opens_phrase(self.before(WORD_BEFORE, m.start())))
            or (OF_AFTER.match(self.text, m.end()) and _opens_phrase(self.before(WORD_BEFORE, m.start())))
        ):
            return None  # "Months of talks", "amid years of war"; not "the days of the empire"
        name, days, designator = lx.TIME_UNITS[_unit_name(m["unit"])]
        timex = "PTX" + designator[1:] if designator.startswith("T") else "PX" + designator
        return _Value(None, None, timex, "duration", "vague", "duration", 2 * days, math.nan, name)

    def past_unit(self, m: Match) -> _Value | None:
        rel, unit = m["rel"].lower(), m["unit"].lower()
        if rel != "past" and not self.before(THE_BEFORE, m.start()):
            return None
        name, days, designator = lx.TIME_UNITS[unit]
        start = end = pub = self.pub
        if pub and rel in ("past", "last"):  # up to publication
            start = _shift(pub, unit, -1) + _DAY
        elif pub:  # from publication
            end = _shift(pub, unit, 1) - _DAY
        timex = f"P{2 if unit == 'fortnight' else 1}{designator}"
        return _Value(start, end, timex, "duration", "exact", "duration", days, days, name)

    def past_units(self, m: Match) -> _Value | None:
        """ "the past three years" (P3Y), "the next few months" (PXM): the period up to or from publication."""
        rel = m["rel"].lower()
        if rel != "past" and not self.before(THE_BEFORE, m.start()):
            return None
        unit = _unit_name(m["unit"])
        name, days, designator = lx.TIME_UNITS[unit]
        if m["num"]:
            n = _number(m["num"])
            if n is None or n < 2 or n > 300:
                return None
            lo = hi = n
        else:
            lo, hi = lt.VAGUE_COUNTS[_words(m["vague"])]
        pub, start, end = self.pub, None, None
        try:
            if pub and rel in ("past", "last", "previous"):
                start, end = _shift(pub, unit, -hi) + _DAY, pub
            elif pub:
                start, end = pub, _shift(pub, unit, hi) - _DAY
        except (ValueError, OverflowError):  # "the past 24 centuries" starts before year 1: a duration only
            start, end = None, None
        timex = _duration_timex(n if m["num"] else "X", designator)
        q = "exact" if m["num"] else "vague"
        return _Value(start, end, timex, "duration", q, "duration", lo * days, hi * days, name)

    def article_duration(self, m: Match) -> _Value | None:
        """ "for a year", "an hour", "more than a decade": one unit, a duration (P1Y, PT1H, P1DE)."""
        if self.before(RATE_BEFORE, m.start()) or NOT_AFTER_ARTICLE_DURATION.match(self.text, m.end()):
            return None  # "twice a week", "$5 a day", "half a year", "a day or two", "about an hour ago"
        unit = m["unit"].lower()
        name, days, designator = lx.TIME_UNITS[unit]
        q = lx.BOUNDS_BEFORE[_words(m["bound"])] if m["bound"] else "exact"
        if m["all"] and unit not in ("day", "week", "month", "year"):
            return None  # "all day", "all week"; not "all decade"
        part = _words(m["part"]).removeprefix("a ") if m["part"] else None
        n = {"half": 0.5, "quarter of": 0.25, "three quarters of": 0.75}.get(part or "", 1.0)
        n = n * (0.5 if (m["adj"] or "").lower() == "half" else 1.0) + (0.5 if m["half"] else 0.0)
        low = math.nan if q in ("at_most", "up_to") else days * n
        high = math.nan if q in ("more_than", "at_least") else days * n
        timex = _duration_timex(f"{(2 if unit == 'fortnight' else 1) * n:g}", designator)
        return _Value(None, None, timex, "duration", q, "duration", low, high, name)

    def frequency(self, m: Match) -> _Value | None:
        """A TIMEX3 SET: "every week" (P1W), "twice a year" (P1Y), "every Monday" (XXXX-WXX-1), "daily"."""
        g = m.groupdict()
        if g.get("word"):
            after = WORD_AFTER.match(self.text, m.end())
            if self.before(DETERMINER_BEFORE, m.start(), 40) and (not after or after["word"] in lt.SEASON_FOLLOWERS):
                return None  # "the British daily that ..." is a newspaper; "the daily briefing" a frequency
            value = lt.SET_WORDS[m["word"]]
        elif g.get("weekday"):  # "every Monday", "on Monday afternoons"
            value = f"XXXX-WXX-{lt.WEEKDAYS[m['weekday'].lower()] + 1}"
            value += "T" + lt.PARTS_OF_DAY[m["part"].lower()] if m["part"] else ""
        elif g.get("part"):
            value = "XXXX-XX-XXT" + lt.PARTS_OF_DAY[m["part"].lower()]
        elif g.get("season"):
            value = "XXXX-" + lt.SEASONS[m["season"].lower()][0]
        elif g.get("month"):
            value = f"XXXX-{_month_number(m['month']):02d}"
        elif g.get("weekend"):
            value = "XXXX-WXX-WE"
        else:
            word = m["unit"].lower()
            unit = _unit_name(word)
            unit = unit if unit in lx.TIME_UNITS else unit[:-1]  # "fortnights"
            n = 1 if g.get("freq") else (_number(m["num"]) if m["num"] else 2 if m["other"] else 1) or 0
            if not 1 <= n <= 300 or (word.endswith("s") and n == 1):
                return None  # "every years", "twice a weeks"
            value = _duration_timex(n * (2 if unit == "fortnight" else 1), lx.TIME_UNITS[unit][2])
            if m["num"] and not g.get("freq"):  # "every five days": the interval is a duration
                name, days, _ = lx.TIME_UNITS[unit]
                return _Value(None, None, value, "set", kind="duration", low=n * days, high=n * days, unit=name)
        return _Value(None, None, value, "set")

    def day_range(self, m: Match) -> _Value | None:
        """ "Feb. 10-12", "10-12 February 2025": the days from the first to the last, TIMEX3 of the first."""
        mo, d1, d2 = _month_number(m["month"]), int(m["day"]), int(m["day2"])
        if d2 <= d1 or (m["and"] and d2 != d1 + 1 and not self.before(BETWEEN_BEFORE, m.start())):
            return None  # "Feb. 3 and 4", "between March 10 and 16" are spans of days; "March 3 and 10" two

        def make(y: int) -> _Value | None:
            a, b = _date(y, mo, d1), _date(y, mo, d2)
            return replace(a, end=b.end) if a and b else None

        return make(int(m["year"])) if m["year"] else self.instance(m, make)

    def month_span(self, m: Match) -> _Value | None:
        """ "July-September": the months from the first to the second, into the next year if the second
        comes first ("November-February"); a written year is the second month's. TIMEX3 of the first."""
        mo1, mo2 = _month_number(m["month"]), _month_number(m["month2"])
        if mo1 == mo2:
            return None

        def make(y: int) -> _Value | None:
            a, b = _period(y, "month", mo1), _period(y + (mo2 < mo1), "month", mo2)
            return replace(a, end=b.end) if a and b else None

        return make(int(m["year"]) - (mo2 < mo1)) if m["year"] else self.instance(m, make)

    def year_to(self, m: Match) -> _Value | None:
        """ "the year to March": the twelve months ending with that month (of the written year, else the
        latest one ended by publication); TIMEX3 P1Y, as for "the 12 months to March"."""
        mo = _month_number(m["month"])
        if m["year"]:
            y = int(m["year"])
        elif self.pub:
            y = self.pub.year - (mo >= self.pub.month)
        else:
            return _unknown("P1Y", "year")
        return _Value(dt.date(*_add_months(y, mo, -11), 1), _month_end(y, mo), "P1Y", "year")

    def month_range(self, m: Match) -> _Value | None:
        """ "Feb. 27-March 2": the days from the first date to the second, which may fall in the next year
        ("Dec. 28-Jan. 3"); a written year is the second date's. TIMEX3 of the first day."""
        mo1, d1, mo2, d2 = _month_number(m["month"]), int(m["day"]), _month_number(m["month2"]), int(m["day2"])
        if mo1 == mo2:
            return None  # "Feb. 3-Feb. 5" is day_range's, written long

        def make(y: int) -> _Value | None:
            a, b = _date(y, mo1, d1), _date(y + (mo2 < mo1), mo2, d2)
            return replace(a, end=b.end) if a and b else None

        return make(int(m["year"]) - (mo2 < mo1)) if m["year"] else self.instance(m, make)

    def movable_feast(self, m: Match) -> _Value | None:
        if NAME_AFTER.match(self.text, m.end()):
            return None  # "Easter Island", "the Good Friday Agreement"
        k = lt.MOVABLE_FEASTS[" ".join(m["feast"].split())]
        return self.instance(m, lambda y: _day(_easter(y) + k * _DAY))

    def decade_word(self, m: Match) -> _Value | None:
        if not self.before(DECADE_WORD_BEFORE, m.start()):
            return None  # "in his forties" is an age
        return _decade(lt.DECADE_WORDS[m["decw"].lower()])

    def short_year(self, m: Match) -> _Value | None:
        """ "in '58", "the class of '09": 19yy, or 20yy if that is not after publication (2030 without one)."""
        if not self.before(DATE_CONTEXT, m.start()):
            return None  # "'58" alone may be a quotation
        yy = int(m["yy"])
        y = 2000 + yy if 2000 + yy <= (self.pub.year if self.pub else 2030) else 1900 + yy
        return _period(y, "year")

    def fiscal(self, m: Match) -> _Value | None:
        """ "fiscal 2024", "FY2024", "this fiscal year" -> TIMEX3 "FY2024"; its days are those of the calendar
        year, approx (fiscal years start in different months)."""
        if m["year"] or m["yy"]:
            y = int(m["year"]) if m["year"] else 2000 + int(m["yy"])
        elif self.pub is None:
            return _unknown("FYXXXX", "year")
        else:
            y = self.pub.year + lt.RELATIVE_OFFSETS[_words(m["rel"])]
        return replace(_period(y, "year"), timex=f"FY{y:04d}", qualifier="approx")

    def anaphoric(self, m: Match) -> _Value | None:
        unit, sign = _unit_name(m["unit"]), lt.ANAPHORIC_DIRECTIONS[m["dir"].lower()]
        if unit in ("second", "minute", "hour"):
            return None  # "released the satellite 58 minutes later": the duration is the figure, not the day
        if m["dir"].lower() in ("before", "after") and not PUNCTUATION_AFTER.match(self.text, m.end()):
            return None  # "two days before the vote" counts from the vote, not from a date
        anchor = self.anchor(m.start()) or (_day(self.pub) if self.pub and sign < 0 and m["num"] else None)
        if anchor is not None and anchor.start is not None and _RANK[unit] < _RANK[anchor.grain]:
            # "charged in November 2023; an audit traced it to 2016. He resigned the following month":
            # the last date fine enough to count months from, in the same stretch of text
            anchor = self.fine_anchor(m.start(), _RANK[unit]) or anchor
        n = _number(m["num"]) if m["num"] else 1
        if anchor is None or anchor.start is None or n is None or _RANK[unit] < _RANK[anchor.grain]:
            return None
        if unit == "year" and m["num"] and anchor.grain in ("quarter", "half", "month", "season") and anchor.timex:
            # "profit in the third quarter fell from a year earlier": the same quarter of that year
            k, end = sign * n, anchor.end
            return replace(anchor, start=_shift(anchor.start, "year", k), end=_month_end(end.year + k, end.month),
                           timex=f"{int(anchor.timex[:4]) + k:04d}{anchor.timex[4:]}")  # fmt: skip
        if unit == "year" and n == 1 and m["num"] and m["num"].isalpha() and anchor.grain in ("day", "time"):
            return replace(_day(_shift(anchor.start, "year", sign)), qualifier="approx")  # type: ignore[arg-type]
        v = _unit_at(unit, anchor.start, sign * n)
        return replace(v, qualifier="approx") if v and m["num"] and unit != "day" else v


def _duration_timex(n: int | str, designator: str) -> str:
    """TIMEX3 value of n units: (2, "Y") -> "P2Y", (1, "TH") -> "PT1H", ("X", "W") -> "PXW"."""
    return f"PT{n}{designator[1:]}" if designator.startswith("T") else f"P{n}{designator}"


def _opens_phrase(word: Match | None) -> bool:
    """Whether a phrase starts after `word` (WORD_BEFORE): after punctuation or a preposition of time."""
    return word is None or word["word"].endswith(".") or word["word"].lower() in lt.PHRASE_OPENERS


def _easter(y: int) -> dt.date:
    """Easter Sunday of year `y` (Gregorian; the anonymous computus)."""
    a, b, c = y % 19, y // 100, y % 100
    h = (19 * a + b - b // 4 - (b - (b + 8) // 25 + 1) // 3 + 15) % 30
    k = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
    m = (a + 11 * h + 22 * k) // 451
    return dt.date(y, (h + k - 7 * m + 114) // 31, (h + k - 7 * m + 114) % 31 + 1)


def _at_part(v: _Value | None, part: str | None) -> _Value | None:
    return replace(v, timex=f"{v.timex}T{lt.PARTS_OF_DAY[part.lower()]}") if v and part else v


def _clock_timex(t: Match) -> str:
    if t["noon"]:
        return "T12:00" if t["noon"].lower() == "noon" else "T24:00"
    hour, minute = int(t["hour"]), int(t["minute"] or 0)
    if t["ampm"]:
        hour = hour % 12 + (12 if t["ampm"].lower() == "p" else 0)
    return f"T{hour:02d}:{minute:02d}"


# --- rules: (name, pattern, resolver), most specific first; of overlapping matches the longest span wins,
# on a tie the earlier rule --------------------------------------------------------------------------

_Rule = tuple[str, str, str, Callable[[_Doc, Match], "_Value | None"]]  # name, start kinds, pattern, resolver
RULES: tuple[_Rule, ...] = (
    # "Russia invaded on Monday, February 24, 2022"
    ("date.month_day_year", "weekday month", rf"{WEEKDAY_BEFORE}{MONTH}{GAP}{DAY},?{GAP}{YEAR}", _Doc.full_date),
    # "Published: 21 Feb. 2025, 15:28" (the time of day joins in _extend)
    ("date.day_month_year", "weekday digit", rf"{WEEKDAY_BEFORE}{DAY_FIRST}(?:{GAP}of)?{GAP}{MONTH},?{GAP}{YEAR}",
     _Doc.full_date),
    # "the decree dated 2025-02-10T09:30"
    ("date.iso", "digit",
     r"(?<![\w/.-])(?P<year>\d{4})-(?P<mo>\d\d)-(?P<day>\d\d)(?:T(?P<hh>\d\d):(?P<mi>\d\d))?(?![\w/-])",
     _Doc.full_date),
    # "the letter, dated 2/10/2025" (US month-first; "24/2/2022" is day-first)
    ("date.numeric", "digit", r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?![\w/]|\.\d)",
     _Doc.numeric_date),
    # "Published 20.03.2026, 09:15" (dotted: day first, four-digit year)
    ("date.dotted", "digit", r"(?<![\w/.-])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})(?![\w/]|\.\d)",
     _Doc.dotted_date),
    # "Matsegora's interview on Feb. 10"
    ("date.month_day", "weekday month", rf"{WEEKDAY_BEFORE}{MONTH}{GAP}{DAY}", _Doc.month_day),
    # "talks were held on 10 February", "the 3rd of March"
    ("date.day_month", "weekday digit", rf"{WEEKDAY_BEFORE}{DAY_FIRST}(?:{GAP}of)?{GAP}{MONTH}", _Doc.month_day),
    # "the fair runs Feb. 10-12", "talks on 10-12 February 2025"
    ("date.day_range", "weekday month digit", rf"""{WEEKDAY_BEFORE}(?:{MONTH}{GAP}{DAY}{DAY_JOIN}{DAY2}
        |{DAY_FIRST}{DAY_JOIN}{DAY2}(?:{GAP}of)?{GAP}{MONTH})(?:,?{GAP}{YEAR})?""", _Doc.day_range),
    # "crime rose 4% in the year to March", "the financial year ending June 2025": twelve months to then
    ("date.year_to", "unit",
     rf"(?<=(?<![\w-])(?:the|financial|fiscal|tax){GAP})year{GAP}(?:to|ending|ended){GAP}(?:the{GAP}end{GAP}of{GAP})?{MONTH_FULL}(?:,?{GAP}{YEAR})?",
     _Doc.year_to),
    # "the July-September quarter", "March–May 2025": one span of months
    ("date.month_span", "month",
     rf"(?<![\w-]){MONTH_FULL}[-–](?P<month2>{_names(lt.MONTHS)})(?![\w-])(?:,?{GAP}{YEAR})?", _Doc.month_span),
    # "Feb. 27-March 2", "28 February - 3 March 2025": a span of days across two months
    ("date.month_range", "weekday month digit", rf"""{WEEKDAY_BEFORE}(?:{MONTH}{GAP}{DAY}{DATE_JOIN}{MONTH2}{GAP}{DAY2}
        |{DAY_FIRST}(?:{GAP}of)?{GAP}{MONTH}{DATE_JOIN}{DAY2}(?:{GAP}of)?{GAP}{MONTH2})(?:,?{GAP}{YEAR})?""",
     _Doc.month_range),
    # "talks resumed on april 22": full month names in lower case, next to a day ("may" and "march" never)
    ("date.month_day_lower", "month",
     rf"(?<![\w-])(?P<month>(?-i:{_alt(set(lt.MONTHS) - lt.AMBIGUOUS_MONTHS)}))(?!\w){GAP}{DAY}", _Doc.month_day),
    # "shops close over Easter", "on Good Friday"
    ("date.movable_feast", "holiday", rf"(?<![\w-])(?P<feast>(?-i:{_alt(lt.MOVABLE_FEASTS)}))(?![\w-])",
     _Doc.movable_feast),
    # "talks resumed after Christmas", "on New Year's Eve"
    ("date.holiday", "holiday", rf"(?<![\w-])(?P<holiday>(?-i:{_alt(lt.HOLIDAYS)}))(?![\w-])", _Doc.holiday),
    # "the treaty signed in June 2024", "June of 2024", "the summer of 2024", "spring 2022"
    ("date.month_year", "month season", rf"(?<!\w){MONTH_OR_SEASON}(?:{GAP}of)?,?{GAP}{YEAR}", _Doc.named_with_year),
    # "troops arrived in October last year", "the summer of last year"
    ("date.month_relative_year", "month season", rf"(?<!\w){MONTH_OR_SEASON}{REL_YEAR}", _Doc.named_with_year),
    # "Last June, Putin visited Pyongyang", "when he came home last summer"
    ("date.relative_month", "rel", rf"{REL}{MONTH_OR_SEASON}", _Doc.relative_named),
    # "since August"; "May" and "March" only after a context word
    ("date.month", "month", rf"(?<!\w){MONTH_FULL}", _Doc.bare_month),
    # "the resort opens in the summer"
    ("date.season", "season", rf"(?<![\w-]){SEASON}(?!{GAP}of\b)", _Doc.bare_season),
    # "profits fell in the third quarter of 2024", "Q3 2024", "third-quarter results", "H1 2024"
    ("date.quarter", "ordinal digit q", rf"""(?<![\w-])(?:{ORDINAL}[\s-](?:quarter(?![\w-]){OF_YEAR}?|half{OF_YEAR})
        |(?-i:Q)(?P<q>[1-4])(?:{GAP}{YEAR})?(?!\w)|{YEAR}{GAP}(?-i:Q)(?P<q>[1-4])(?!\w)|(?-i:H)(?P<q>[12]){GAP}{YEAR})""",
     _Doc.part_of_year),
    # "the ISW said last week", "this past weekend", "next quarter"
    ("date.relative_unit", "rel", rf"{REL}(?P<unit>{_alt(lt.RELATIVE_UNITS)})(?![\w-])", _Doc.relative_unit),
    # "by the end of the year", "a resort due to open later this year", "by the end of the decade"
    ("date.part_of_this", "part", rf"""(?<![\w-])(?:(?P<part>beginning|start|middle|end){GAP}of{GAP}the
        |(?P<when>earlier|later){GAP}this){GAP}(?P<unit>week|month|year|decade)(?![\w-])""", _Doc.part_of_this),
    # "Two years ago, CNN reported", "a few weeks ago", "years ago", "three days from now"
    ("date.ago", "number digit unit",
     rf"(?<![\w-])(?:(?:{VAGUE}|{NUMBER}){GAP})?{UNIT}{GAP}(?P<dir>ago|from{GAP}now|hence)(?![\w-])", _Doc.ago),
    # "the ambassador said today", "yesterday morning", "tonight", "this morning", "last night"
    # not "in today's dollars" (a price level, no date)
    ("date.deictic", "deictic rel", rf"""(?<![\w-])(?:(?P<deictic>{_alt(lt.DEICTIC_DAYS)})(?![\w-])
        (?!['’]s{GAP}(?:dollars|money|prices|terms|euros|pounds|values)(?![\w-]))
        (?:{GAP}{PART_OF_DAY})?|(?P<deictic>this|last){GAP}{PART_OF_DAY})""", _Doc.deictic),
    # "figures from the 11th", "on the 3rd": a day of the month around publication
    ("date.day_ordinal", "digit",
     rf"""(?<=(?<![\w-])(?:on|by|until|till|since|from|before|after|to){GAP}the{GAP})
        (?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])
        (?!{GAP}(?:of(?![\w-])|(?!(?:to|and|or|until|through|when|at|in|with|after|before|but)(?![\w-]))[A-Za-z]))""",
     _Doc.day_ordinal),
    # "the ISW said on Monday", "last Thursday night"
    ("date.weekday", "rel weekday", rf"(?:{REL})?(?<![\w-]){WEEKDAY}(?:{GAP}{PART_OF_DAY})?", _Doc.weekday),
    # "over the weekend"
    ("date.weekend", "unit", r"(?<![\w-])weekend(?![\w-])", _Doc.weekend),
    # "the 1990s", "the '90s", "the 1800s"
    ("date.decade", "digit", r"(?<![\w'’])(?:(?P<dec>(?:1[6-9]|20)\d0)['’]?s|['’](?P<yy>\d)0s)(?!\w)", _Doc.decade),
    # "rock music boomed in the nineties", "the early eighties"
    ("date.decade_word", "decade", rf"(?<![\w-])(?P<decw>{_alt(lt.DECADE_WORDS)})(?![\w-])", _Doc.decade_word),
    # "he graduated in '58", "the class of '09"
    ("date.short_year", "digit", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’]|[.,]\d)", _Doc.short_year),
    # "revenue fell in fiscal 2024", "FY2024", "this fiscal year"
    ("date.fiscal", "fiscal rel", rf"""(?<![\w-])(?:(?:fiscal(?:[\s-]year)?|(?-i:FY))(?:{GAP})?{YEAR}
        |(?-i:FY)(?P<yy>\d\d)(?![\w%]|[.,]\d)|(?P<rel>this|last|next|current|previous|coming){GAP}fiscal[\s-]year)
        (?![\w-])""", _Doc.fiscal),
    # "the ferry runs every week", "twice a year", "every other day", "each Monday", "published daily"
    ("set.frequency", "set number digit weekday", rf"""(?<![\w-])(?:
        (?P<freq>{_alt(lt.FREQUENCY_WORDS)}|{NUMBER}{GAP}times){GAP}(?:a|an|per|each|every){GAP}{SET_UNIT}
        |(?:(?:{_alt(lt.FREQUENCY_WORDS)}){GAP})?(?:every|each)(?P<other>{GAP}other)?(?:{GAP}{NUMBER})?{GAP}{SET_UNIT}
        |(?:every|each){GAP}(?:{WEEKDAY}(?:{GAP}{PART_OF_DAY})?|{PART_OF_DAY}|{SEASON}|{MONTH_FULL}|(?P<weekend>weekend))
        |(?P<weekday>{_names(lt.WEEKDAYS)})(?:s(?:{GAP}(?P<part>{_alt(lt.PARTS_OF_DAY)})s)?
            |{GAP}(?P<part>{_alt(lt.PARTS_OF_DAY)})s)
        |(?P<word>(?-i:{_alt(lt.SET_WORDS)})))(?![\w-])""", _Doc.frequency),
    # "the 20th century", "the twenty-first century"
    ("date.century", "ordinal digit", rf"(?<![\w-]){ORDINAL}[\s-]century(?![\w-])", _Doc.century),
    # "the 2023-24 season": one span of years ("2009-2010" is two year dates)
    ("date.year_range", "digit", rf"(?<![\w.,/$€£\#@:-]){YEAR}[-–/](?P<year2>\d\d)(?![\w%-]|[.,:/]\d)",
     _Doc.year_range),
    # "since 1991", "in 2024", "mid-2024", "the 2024 election"
    ("date.year", "digit", rf"(?<![\w.,/$€£\#@:]){YEAR}(?![\w%]|[.,:/]\d)", _Doc.year),
    # "now", "currently", "recently", "in recent years", "in the coming weeks", "in the past"
    ("date.reference", "ref", rf"""(?<![\w-])(?:(?P<dir>recent|coming|past){GAP}
        (?P<units>centuries|decades|years|months|weeks|days)|(?P<ref>{_alt(lt.REFERENCE_WORDS)}|past|future))(?![\w-])""",
     _Doc.reference),
    # "adhering to it strictly for years", "after months of talks"
    ("duration.plural", "unit", rf"(?<![\w-])(?P<unit>{_alt(lt.PLURAL_DURATIONS)})(?![\w-])", _Doc.plural_duration),
    # "over the past decade", "in the next year"
    ("duration.past_unit", "ref rel",
     rf"(?<![\w-])(?P<rel>past|last|next|coming){GAP}(?P<unit>century|decade|year|month|week|fortnight)(?![\w-])",
     _Doc.past_unit),
    # "over the past three years", "in the next few months"
    ("duration.past_units", "ref rel", rf"""(?<![\w-])(?P<rel>past|last|previous|next|coming){GAP}
        (?:{VAGUE}|{NUMBER}){GAP}(?P<unit>centuries|decades|years|months|weeks|days|hours)(?![\w-])""",
     _Doc.past_units),
    # "the plant was closed for a decade", "talks lasted a week", "more than an hour", "a year and a half"
    # "half an hour", "a quarter of an hour", "another week", "a full day", "a half-day", "all day"
    ("duration.article", "unit", rf"""(?<![\w-])(?:(?P<bound>{_alt(lx.BOUNDS_BEFORE)}){GAP})?
        (?:(?P<part>half|(?:a{GAP})?quarter{GAP}of|three{GAP}quarters{GAP}of){GAP})?
        (?<![\w-])(?:an?(?:{GAP}(?:(?P<adj>full|whole|entire){GAP}|(?P<adj>half)(?:{GAP}|-))|{GAP})|another{GAP}|(?P<all>all)[\s-])
        (?P<unit>century|decade|year|month|fortnight|week|day|hour|minute)
        (?:(?![\w-])(?:{GAP}and{GAP}(?:a{GAP})?(?P<half>half)(?![\w-]))?|-and-a-(?P<half>half)(?![\w-]))""",
     _Doc.article_duration),
)  # fmt: skip

#: Rules that count from the last date found before them, run once the other dates are known.
ANAPHORIC_RULES: tuple[_Rule, ...] = (
    # "Two days later, talks resumed", "the following year", "a year earlier", "the same day"
    ("date.anaphoric", "number digit unit anaphoric", rf"""(?<![\w-])(?:{NUMBER}{GAP}{UNIT}{GAP}
        (?P<dir>earlier|later|before|after)|(?<=(?<![\w-])the{GAP})(?P<unit>day|week|month|year){GAP}(?P<dir>before|after)
        |(?<=(?<![\w-])the{GAP})(?P<dir>following|previous|preceding|next|same)
        {GAP}(?P<unit>day|week|month|year)|(?P<dir>that){GAP}(?P<unit>day|week|month|year))(?![\w-])""",
     _Doc.anaphoric),
    # "Police arrived at 3 p.m.", "by noon": on the day last named, else the publication day
    ("date.clock", "digit clock", TIME, _Doc.clock),
)  # fmt: skip

_Compiled = tuple[str, tuple[str, ...], regex.Pattern[str], Callable[[_Doc, Match], "_Value | None"]]
_COMPILED: tuple[_Compiled, ...] = tuple((n, tuple(k.split()), regex.compile(p, _FLAGS), r) for n, k, p, r in RULES)
_COMPILED_ANAPHORIC: tuple[_Compiled, ...] = tuple(
    (n, tuple(k.split()), regex.compile(p, _FLAGS), r) for n, k, p, r in ANAPHORIC_RULES
)

#: Every compiled pattern of this module, for the ReDoS test.
PATTERNS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    *((name, p) for name, _, p, _ in _COMPILED + _COMPILED_ANAPHORIC),
    *((name, p) for name, p in list(globals().items()) if isinstance(p, regex.Pattern)),
)


def _extend(doc: _Doc, s: int, e: int, v: _Value) -> tuple[int, int, _Value]:
    """Grow a match by a time of day ("21 Feb. 2025, 15:28"), a part ("end of") and "by"."""
    if v.kind != "date" or v.grain in ("ref", "set"):
        return s, e, v
    if v.grain == "day" and v.timex and "T" not in v.timex:
        after = TIME_AFTER.match(doc.text, e)
        t = after or doc.before(TIME_BEFORE, s, 32)
        if t:
            (s, e), v = (s, t.end()) if after else (t.start(), e), replace(v, timex=v.timex + _clock_timex(t))
    part = doc.before(PART_BEFORE, s, 32)
    if part:
        s, v = part.start(), _third(v, lt.PERIOD_PARTS[part["part"].lower()])
    by = doc.before(BY_BEFORE, s, 12)
    if by and _RANK.get(v.grain, 9) > _RANK["weekend"]:  # "by 2030": a deadline; "by Saturday morning": as of then
        s, v = by.start(), replace(v, start=None, qualifier="at_most")
    so_far = doc.before(SO_FAR_BEFORE, s, 12)
    if so_far and doc.pub and v.start and v.start <= doc.pub and (v.end is None or v.end > doc.pub):
        s, v = so_far.start(), replace(v, end=doc.pub)  # "so far this year": up to publication
    return s, e, v


_Found = tuple[int, int, int, str, _Value]


def _starts(text: str) -> dict[str, list[int]]:
    """Where each kind of start token begins in `text`; "a week ago" starts at its article, "more than a
    year" at its bound."""
    starts: dict[str, list[int]] = {}
    low = text.lower()  # scanned in lower case, unless lowering changes the length ("İ")
    same = len(low) == len(text)
    for t in TRIGGER.finditer(low) if same else re.finditer(TRIGGER.pattern, text, re.IGNORECASE):
        p, word = t.start(), t.group().lower()
        for kind in ("digit",) if word[-1].isdigit() else _KINDS_OF[word]:
            starts.setdefault(kind, []).append(p)
            article = ARTICLE_BEFORE.search(text, max(0, p - 40), p) if kind == "unit" else None
            if article:
                starts[kind].append(article.start())
                bound = BOUND_BEFORE.search(text, max(0, article.start() - 20), article.start())
                if bound:  # "more than a year"
                    starts[kind].append(bound.start())
    return starts


def _candidates(doc: _Doc, rules: tuple[_Compiled, ...], starts: dict[str, list[int]], rank0: int = 0) -> list[_Found]:
    """Every match a rule accepts, tried only where a token of one of its start kinds begins."""
    found = []
    for rank, (name, kinds, pattern, resolve) in enumerate(rules, rank0):
        end = -1
        for p in sorted({p for kind in kinds for p in starts.get(kind, ())}):
            m = pattern.match(doc.text, p) if p >= end else None
            try:
                v = resolve(doc, m) if m else None
            except (ValueError, OverflowError):  # a date outside years 1..9999 ("300 decades ago")
                v = None
            if m and v is not None:
                s, end, v = _extend(doc, p, m.end(), v)
                found.append((s, end, rank, name, v))
    return found


def _longest(found: list[_Found]) -> list[_Found]:
    """One candidate per overlapping group: the longest span, then the earlier rule; in text order."""
    taken: list[tuple[int, int]] = []
    kept = []
    for f in sorted(found, key=lambda f: (f[0] - f[1], f[2], f[0])):
        i = bisect.bisect_left(taken, (f[0], f[1]))
        if not ((i > 0 and taken[i - 1][1] > f[0]) or (i < len(taken) and taken[i][0] < f[1])):
            taken.insert(i, (f[0], f[1]))
            kept.append(f)
    return sorted(kept, key=lambda f: f[0])


def find_temporal(text: str, published: dt.date | None = None) -> list[Mention]:
    """Every date and number-less duration in `text`, resolved against the `published` date.

    Spans are half-open offsets into `text`. Without `published`, relative dates keep TIMEX3
    placeholders and no dates. `sentence`, `counted`, `subject` and `attribution` are left empty for
    `extract` to fill.

    >>> [(m.text, str(m.date_start), m.timex) for m in find_temporal("He left last summer.", dt.date(2025, 2, 20))]
    [('last summer', '2024-06-01', '2024-SU')]
    """
    doc, starts = _Doc(text, published), _starts(text)
    found = _candidates(doc, _COMPILED, starts)
    anchors = tuple((f[0], f[4]) for f in _longest(found) if f[4].grain in _RANK and f[4].start)
    found += _candidates(replace(doc, anchors=anchors), _COMPILED_ANAPHORIC, starts, len(_COMPILED))
    kept = _ordered_ranges(text, _longest(found), published)
    out = [
        Mention(v.kind, text[s:e], s, e, v.low, v.high, v.qualifier, v.unit,
                date_start=v.start, date_end=v.end, timex=v.timex, rule=name)
        for s, e, _, name, v in kept
    ]  # fmt: skip
    return _between(text, out)


def _between(text: str, found: list[Mention]) -> list[Mention]:
    """ "between March 2016 and October 2023", "between 2021 and 2025": one period from the start of the
    first date to the end of the second (TIMEX3 of the first, as a day range), when both resolve in order;
    TimeML marks two dates, a reader of figures one span. Weekdays stay two dates ("cancelled services
    between Monday and Wednesday": Monday is also the first strike day)."""
    out: list[Mention] = []
    for m in found:
        a = out[-1] if out else None
        if (
            a is not None
            and a.kind == m.kind == "date"
            and "weekday" not in a.rule + m.rule  # "between Monday and Wednesday": each names an event's day
            and a.date_start is not None
            and m.date_end is not None
            and a.date_start <= m.date_end
            and _BETWEEN_AND.match(text, a.end, m.start)
            and (b := BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start))
        ):
            out[-1] = replace(a, text=text[b.start() : m.end], start=b.start(), end=m.end, date_end=m.date_end,
                              rule="date.between")  # fmt: skip
            continue
        out.append(m)
    return out


def _moved(v: _Value, days: int) -> _Value:
    """A day `days` later (earlier if negative), its part of day kept ("2025-02-19TNI")."""
    start = v.start + days * _DAY  # type: ignore[operator]
    return replace(v, start=start, end=start, timex=start.isoformat() + v.timex[10:])


def _year_moved(v: _Value, years: int) -> _Value:
    """The same day `years` later (earlier if negative); Feb. 29 becomes Feb. 28."""
    d = v.start
    try:
        start = d.replace(year=d.year + years)  # type: ignore[union-attr]
    except ValueError:
        start = d.replace(year=d.year + years, day=28)  # type: ignore[union-attr]
    return replace(v, start=start, end=start, timex=start.isoformat() + v.timex[10:])


def _ordered_ranges(text: str, found: list[_Found], pub: dt.date | None = None) -> list[_Found]:
    """ "from January to June" names one span of months: when each end was placed in a year on its own
    (the latest January, the latest June) and the start falls after the end, the start moves back a
    year, so the two read as January-June of one year. Days and weekdays likewise ("from 23 March to
    3 May", "between Monday and Wednesday" in a Monday paper): the end moves a year or a week on when
    the start is the publication day or later, else the start moves back."""
    out = list(found)
    for i in range(len(out) - 1):
        (s1, e1, r1, n1, a), (s2, e2, r2, n2, b) = out[i], out[i + 1]
        if not (a.start and b.start and a.start > b.start and MONTH_RANGE_JOIN.fullmatch(text, e1, s2)):
            continue
        if n1 == n2 == "date.weekday" and pub and (a.start - b.start).days < 7:
            if a.start >= pub:
                out[i + 1] = (s2, e2, r2, n2, _moved(b, 7))
            else:
                out[i] = (s1, e1, r1, n1, _moved(a, -7))
            continue
        days = ("date.month_day", "date.day_month")
        if n1 in days and n2 in days and pub:  # neither has a written year (those are other rules)
            # "from 23 March to 3 May" in a paper of March 17: May 3 is this year's, after March 23
            if a.start >= pub:
                out[i + 1] = (s2, e2, r2, n2, _year_moved(b, 1))
            else:
                out[i] = (s1, e1, r1, n1, _year_moved(a, -1))
            continue
        if not a.grain == b.grain == "month":
            continue
        if any(ch.isdigit() for ch in text[s1:e1]) or not MONTH_RANGE_JOIN.fullmatch(text, e1, s2):
            continue  # a written year is kept; only "X to Y", "X-Y", "X through Y" are one span
        month = _period(a.start.year - 1, "month", a.start.month)
        out[i] = (s1, e1, r1, n1, replace(a, start=month.start, end=month.end, timex=month.timex))
    return out


# --- reporting periods: a number of months that is also a stretch of the calendar -----------------------

#: "the first nine months", "the final three months" (of the year); not "the last three months", a
#: duration up to publication ("the past N months")
FIRST_MONTHS_BEFORE = regex.compile(rf"(?<![\w-])the{GAP}(?P<which>first|final){GAP}\Z", _FLAGS)
#: "... months to September", "... months to the end of June 2025", "... months ended March"
MONTHS_TO_AFTER = regex.compile(
    rf"{GAP}(?:to|ending|ended){GAP}(?:the{GAP}end{GAP}of{GAP})?{MONTH_FULL}(?:{GAP}{YEAR})?(?![\w-])", _FLAGS
)
PERIOD_OF_AFTER = regex.compile(rf"{GAP}of(?![\w-])(?:{GAP}(?:the{GAP}(?P<theyear>year)|{YEAR})(?![\w-]))?", _FLAGS)


def reporting_period(text: str, m: Mention, published: dt.date | None) -> Mention | None:
    """A duration of whole months that names a stretch of the calendar, with its days; else None.

    "the three months to September" are July-September (of the latest September that has ended by
    publication, or the written year); "the first nine months" are January-September and "the final
    three months" October-December of the publication year ("of 2025": that year; "of the war": no
    period). The mention becomes a date with those days (`timex` keeps TimeML's duration value, P9M); its
    span grows by the words that place it ("first nine months", "three months to the end of September").
    """
    if published is None or m.kind != "duration" or m.unit != "month" or m.low != m.high:
        return None
    n = round(m.low / lx.TIME_UNITS["month"][1])
    if not 1 <= n <= 12 or n * lx.TIME_UNITS["month"][1] != m.low:
        return None
    if to := MONTHS_TO_AFTER.match(text, m.end):
        mo = _month_number(to["month"])
        year = int(to["year"]) if to["year"] else published.year - (mo >= published.month)
        first = dt.date(*_add_months(year, mo, 1 - n), 1)
        return _period_of(replace(m, end=to.end(), text=text[m.start : to.end()]), first, _month_end(year, mo))
    which = FIRST_MONTHS_BEFORE.search(text, max(0, m.start - 16), m.start)
    if which is None:
        return None
    of = PERIOD_OF_AFTER.match(text, m.end)
    if of and not (of["theyear"] or of["year"]):
        return None  # "the first six months of the war"
    year = int(of["year"]) if of and of["year"] else published.year
    lo, hi = (1, n) if which["which"].lower() == "first" else (13 - n, 12)
    start = which.start("which")
    return _period_of(replace(m, start=start, text=text[start : m.end]), dt.date(year, lo, 1), _month_end(year, hi))


def _period_of(m: Mention, first: dt.date, last: dt.date) -> Mention:
    """A duration mention made the date of a stretch of the calendar; TIMEX3 keeps TimeML's duration (P9M)."""
    return replace(m, kind="date", low=math.nan, high=math.nan, unit=None, date_start=first, date_end=last,
                   rule=m.rule + "+period")  # fmt: skip
