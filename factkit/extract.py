"""Find every quantity and temporal expression in a text and say what it counts and who claims it.

`extract(text)` runs the date rules (`dates.py`) and the numeric rules (`numbers.py`) over the text,
keeps one mention where their spans overlap (the longer span wins; a date wins a tie, so "two years
ago" is a date and "two years" inside it is not also a duration), and attaches to each mention the
sentence it is in, the noun phrase it counts (`subject`, lemma `counted`) and the source the sentence
attributes it to (`attribution`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd
import regex

from . import lexicon as lx
from .articles import furniture_lines, load_articles
from .dates import find_temporal, reporting_period
from .mention import ErrorTable, Mention, to_frame
from .numbers import find_quantities, link_spans

if TYPE_CHECKING:
    import inflect

    from .articles import Article

# --- sentences ---------------------------------------------------------------------------------------

#: A sentence ends at ., ! or ? (closing quotes and brackets may follow) before a capital, a digit or
#: an opening quote, or at a line break. "Feb. 10" and "U.S. news" are kept whole by ABBREVIATIONS.
SENTENCE_BREAK = regex.compile(r"""[.!?…]++["”’')\]]*+[ \t]++(?=["“‘'(\[]?[A-Z0-9])|\n[\s]*+""")
WORD_BEFORE_PERIOD = regex.compile(r"(?<![\w.])([A-Za-z]{1,5}(?:\.[A-Za-z]{1,3})*+)\.?\Z")
ABBREVIATIONS: frozenset[str] = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun mr
    mrs ms dr gen lt col maj capt sgt adm sen rep gov pres prof st no nos vs etc inc corp ltd co jr sr
    u.s u.k u.n e.u e.g i.e approx est dept fig op vol""".split()
)


def _sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start, in order (always starting with 0)."""
    starts = [0]
    for m in SENTENCE_BREAK.finditer(text):
        if text[m.start()] == ".":
            w = WORD_BEFORE_PERIOD.search(text, max(0, m.start() - 12), m.start())
            if w and (w.group(1).lower() in ABBREVIATIONS or len(w.group(1)) == 1):
                continue
        starts.append(m.end())
    return starts


#: The longest sentence kept, in characters. Text with no sentence break (a table, a list on one line, a
#: broken file) is cut to a window of this size around the mention, so extraction stays linear.
MAX_SENTENCE = 1_000


def _sentence_span(text: str, starts: list[int], pos: int) -> tuple[int, int]:
    """The sentence around offset `pos`, at most MAX_SENTENCE characters, cut at spaces when cut."""
    i = bisect.bisect_right(starts, pos) - 1
    s = starts[i]
    e = starts[i + 1] if i + 1 < len(starts) else len(text)
    if e - s > MAX_SENTENCE:
        lo = max(s, min(pos - MAX_SENTENCE // 3, e - MAX_SENTENCE))
        hi = min(e, lo + MAX_SENTENCE)
        if lo > s and (cut := text.find(" ", lo, min(pos, lo + 40))) >= 0:
            lo = cut + 1
        if hi < e and (cut := text.rfind(" ", max(pos, hi - 40), hi)) >= 0:
            hi = cut
        s, e = lo, hi
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# --- counted noun and subject ------------------------------------------------------------------------

_TOKEN = regex.compile(r"[A-Za-z][\w’'-]*+|\d[\d,.]*+|[^\w\s]")
_CLOSING = frozenset("”’\"')")
_DEMONYM = regex.compile(r"(?:an|ese|i|ish|ch)\Z")


@lru_cache(maxsize=1)
def _inflect_engine() -> inflect.engine:
    """inflect's engine, built on first use: importing inflect costs seconds (typeguard instruments it)."""
    import inflect

    return inflect.engine()


@lru_cache(maxsize=65_536)
def singular(word: str) -> str:
    """Singular lower-case lemma of a noun: "troops" -> "troop", "people" -> "person"."""
    low = word.lower()
    if low in lx.IRREGULAR_PLURALS:
        return lx.IRREGULAR_PLURALS[low]
    s = _inflect_engine().singular_noun(low)
    return s if isinstance(s, str) and s else low


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in lx.IRREGULAR_PLURALS:
        return True
    if low.endswith("men") and len(low) > 4 and low not in lx.NOT_PLURAL:
        return True  # "chairmen", "firemen", "servicemen" (not "specimen")
    return (
        len(low) > 2
        and low.endswith("s")
        and not low.endswith(("ss", "'s", "’s", "us", "is"))
        and low not in lx.NOT_PLURAL
    ) or (low.endswith("is") and word[0].isupper() and len(low) > 4)  # "Israelis", "Iraqis"


def _counted(text: str, end: int, singular_ok: bool) -> tuple[str | None, str | None]:
    """(counted lemma, subject as written) for the noun phrase right after a figure. The head is its first
    plural noun; with `singular_ok` ("one soldier", "a 10,000-strong force") a singular noun will do."""
    window = text[end : end + 160]
    nl = window.find("\n")
    if nl >= 0:
        window = window[:nl]
    toks = [(t.group(), t.start()) for t in _TOKEN.finditer(window)]
    i = 0
    while i < len(toks) and toks[i][0] in _CLOSING:
        i += 1
    if i < len(toks) and toks[i][0].lower() == "of":
        i += 1
        det = i
        while i < len(toks) and toks[i][0].lower() in lx.NP_DETERMINERS:
            i += 1
        # "fewer than 100 of the 260 affected villages", "58 of the region's 404 municipalities": the part
        # counts what the whole counts
        if i + 1 < len(toks) and toks[i][0].endswith(("'s", "’s")):
            i += 1
        state = i > det and i < len(toks) and toks[i][0].lower() in lx.PEOPLE_STATES
        if state and not (i + 1 < len(toks) and _is_plural(toks[i + 1][0])):
            return "person", toks[i][0]  # "Four of the injured": people ("of the injured soldiers": soldiers)
        bound = next((k for k in (1, 2, 3) if " ".join(w for w, _ in toks[i : i + k]).lower() in lx.BOUNDS_BEFORE), 0)
        if i + bound + 1 < len(toks) and toks[i + bound][0][0].isdigit():
            i += bound + 1  # "1,400 of its more than 3,000 staff"
    while i < len(toks) and toks[i][0].lower() in lx.SUBJECT_DROP:
        i += 1
    if i + 1 < len(toks) and toks[i][0].lower() in ("most", "least"):
        i += 1  # "its two most important markets"
    run: list[tuple[str, int]] = []
    while i < len(toks) and len(run) < 6:
        tok = toks[i][0]
        if tok.lower() in ("and", "or") and _coordinated_modifier(run, toks[i + 1 : i + 3]):
            run.append(toks[i])  # "24 fire and rescue vehicles": the noun after both modifiers
            i += 1
            continue
        if not tok[0].isalpha() or tok.lower() in lx.NP_STOP_WORDS:
            break
        run.append(toks[i])
        i += 1
    if not run:
        return None, None
    head = next((k for k, (w, _) in enumerate(run) if _is_plural(w)), None)
    if head is None:
        if not singular_ok:
            return None, None
        # "one person died", "a 300-strong crowd cheered": the verb after the noun is not part of it
        # ("one wounded soldier" keeps its adjective)
        verb = next(
            (k for k, (w, _) in enumerate(run) if k and (w.lower() in _ONE_VERBS or w.endswith("ed"))), len(run)
        )
        head = verb - 1
    while (
        head is not None
        and head + 1 < len(run)
        and run[head][0].lower() not in ("people", "men", "women", "children")
        and run[head + 1][0].islower()
        and _is_plural(run[head + 1][0])
    ):
        head += 1  # "19 sports leagues", "200 goods trains": the last of two plural nouns is the head
    if head and run[head][0].lower() in lx.CHANGE_NOUNS and run[head - 1][0].isalpha():
        head -= 1  # "7,500 job cuts", "300 job losses": jobs are what is counted
    word = run[head][0]
    if word.lower() == "times" and _MULTIPLE_AFTER.match(window, run[head][1] + len(word)):
        return None, None  # "ten times the average" is a multiple; "312 times he chose" counts times
    lemma = "person" if word.lower() == "others" else singular(word)  # "up to 18 others": people
    if word[0].isupper() and _DEMONYM.search(lemma):
        # "North Koreans" -> "north korean": a demonym keeps its capitalised modifiers
        k = head
        while k > 0 and run[k - 1][0][0].isupper() and head - k < 2:
            k -= 1
        lemma = " ".join([w.lower() for w, _ in run[k:head]] + [lemma.lower()])
    subject_end = run[head][1] + len(word)
    # "troops from North Korea": a following "from/of <Name>" belongs to the subject
    tail = regex.match(r"\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w’'-]*+(?:\s+[A-Z][\w’'-]*+){0,3}", window[subject_end:])
    if tail:
        subject_end += tail.end()
    subject = window[run[0][1] : subject_end]
    return lemma.lower(), subject


def _coordinated_modifier(run: list[tuple[str, int]], after: list[tuple[str, int]]) -> bool:
    """Whether "and"/"or" joins two modifiers of one noun: a run of singular words, then one lower-case
    word and a plural ("fire and rescue vehicles", "police and army officers")."""
    return (
        bool(run)
        and not any(_is_plural(w) for w, _ in run)
        and len(after) == 2
        and after[0][0].isalpha()
        and after[0][0].islower()
        and after[0][0].lower() not in lx.NP_STOP_WORDS
        and not _is_plural(after[0][0])
        and _is_plural(after[1][0])
    )


#: What a number with no noun after it counts, read from its neighbours (`_counted_around`):
#: "5,940 injured" (people), "12,500 of them" (the count before it), "the death toll rose to 1,417"
#: (deaths), "the number of displaced at 180,000" (what "number of" names), "a town of 42,000" (people).
_STATE_AFTER = regex.compile(
    rf"""(?<!\s)(?:\s++of\s++(?:them|those))?\s++(?:(?:were|are|was|is|have|had|has)\s++(?:been\s++)?(?:reported\s++)?)?
    (?P<w>{"|".join(sorted(lx.PEOPLE_STATES))}|died|perished|drowned)(?![\w-])""",
    regex.IGNORECASE | regex.VERBOSE,
)
_AGED_BEFORE = regex.compile(
    r"(?<![\w-])aged\s++(?:(?:from|between)\s++)?(?:[\w-]++\s++(?:and|or|to)\s++)?\Z", regex.IGNORECASE
)  # "aged 80", "aged six and nine", "aged from 17 to 34"
#: "raise the retirement age to 67", "the age of 16", "work until 67", "retiring at 67": an age, not a count
_AGE_WORD_BEFORE = regex.compile(
    r"(?<![\w-])(?:ages?(?![\w-])[^\d.;:!?]{0,30}+|(?:retire|retires|retired|retiring|work|working)\s++"
    r"(?:at|until|till|to)\s++)\Z",
    regex.IGNORECASE,
)
_AGE_BOUND = regex.compile(r"(?:over|under|above|below)\s", regex.IGNORECASE)
_PEOPLE_BEFORE = regex.compile(
    r"(?<![\w-])(?:people|those|men|women|adults|patients|residents|persons|pensioners|children|anyone)\s++\Z",
    regex.IGNORECASE,
)
_ELLIPSIS_AFTER = regex.compile(r"(?<!\s)\s++(?:more|fewer|extra|additional)(?![\w-])(?!\s++(?:than|of)\b)", regex.I)
#: A number that restates a count named before it: "put the figure at nearly 60,000", "the true figure was
#: closer to 60,000", "the total could reach as many as 600", "that had fallen to about 388,000"
_FIGURE_BEFORE = regex.compile(
    r"(?:(?<![\w-])(?:the|that|this|its|their|his|her|our)\s++(?:[\w’'-]++\s++){0,2}?(?:figure|total|tally|count|number)"
    r"\s++(?:[a-z]++\s++){0,4}?(?:at|was|is|were|to|of|reach|reached|hit|as|already|now)"
    rf"|(?<![\w-])(?:that|it|this|which)\s++(?:(?:had|has|have)\s++)?(?:{'|'.join(lx.CHANGE_VERBS)})\s++(?:to|at)"
    r")\s*+[\"“‘']?\s*+\Z",
    regex.IGNORECASE,
)
_TIMES_AFTER = regex.compile(r"\s++times(?![\w-])", regex.IGNORECASE)
FIGURE_REACH = 1500  #: how far back (characters) the count a "figure" restates may be
FIGURE_RATIO = 10.0  #: and how much larger or smaller its value may be
#: A verb that harms people right before a number: "kills at least seven", "injuring 54"
_HARM_BEFORE = regex.compile(
    r"(?<![\w-])(?:kill|kills|killed|killing|injure|injures|injured|injuring|wound|wounds|wounded|wounding)\s++\Z",
    regex.IGNORECASE,
)
_OF_US_AFTER = regex.compile(r"(?<!\s)\s++of\s++(?:us|you)(?![\w-])", regex.IGNORECASE)
_OF_THEM_AFTER = regex.compile(r"(?<!\s)\s++of\s++(?:them|whom|which|those)(?![\w-])", regex.IGNORECASE)
_TOLL_BEFORE = regex.compile(
    r"(?<![\w-])(?P<w>(?:death\s++)?toll)(?![\w-])(?:[^\d.;:!?]|(?<=[A-Za-z]-)\d){0,100}+\Z", regex.IGNORECASE
)
_WHO_NUMBER_BEFORE = regex.compile(
    r"(?<![\w-])(?P<w>[A-Za-z][a-z-]*+)(?<=s)\s*+,?\s*+(?:who|which)\s++(?:now\s++)?(?:number|total|totalled|totaled)\s++\Z",
    regex.IGNORECASE,
)
#: "from 40 to 52 victims", "9, 22 and 23 people": the last number's noun is the first's too
_TO_NUMBER_AFTER = regex.compile(
    r"(?<!\s)(?:\s*+,\s++\d[\d.]*+(?:,\d{3})*+){0,6}+,?\s++(?:to|and|or)\s++\d[\d,.]*+(?=\s)", regex.IGNORECASE
)
_DEATH_WORD = regex.compile(r"(?<![\w-])(?:dead|deaths?|died|killed|fatalities|lives)(?![\w-])", regex.IGNORECASE)
#: A verb of change right before the figure, with an optional change and its preposition: "rose to",
#: "fell by around 3 per cent to", "rose 7.3% to", "rose slightly, by 1.2% to", "rose to 1,370 from"
_CHANGE_VERB_BEFORE = regex.compile(
    rf"""(?<![\w-])(?:{"|".join(lx.CHANGE_VERBS)})(?:\s++[a-z]++(?<=ly),?)?
    (?:\s++(?:by\s++)?(?:(?:around|about|some|nearly|almost|roughly|just)\s++)?[\d.,]++\s*+(?:%|per\s++cent|percent|pc))?
    \s++(?:(?:(?:from|to)\s++[\d,.]++[a-z]*+\s++)?(?:to|from|at)\s++)?\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: Where the subject's clause starts, before such a verb
_SUBJECT_CUT = regex.compile(r"[;,:]|(?<![\w-])(?:that|said|says|say|told|according\s++to)(?![\w-])", regex.I)
_SUBJECT_WORD = regex.compile(r"[A-Za-z][\w’'-]*+")


def _change_subject(text: str, sentence_start: int, verb_start: int) -> str | None:
    """The plural noun that a verb of change has for subject: the first plural of the nearest clause part
    before the verb that has one ("Hospital admissions for knife wounds, an indicator ..., rose")."""
    parts = _SUBJECT_CUT.split(text[max(sentence_start, verb_start - 160) : verb_start])
    for part in reversed(parts):
        word = next((w for w in _SUBJECT_WORD.findall(part) if _is_plural(w)), None)
        if word:
            return None if word.lower() in lx.NOT_COUNTED_SUBJECTS else word
    return None


_NUMBER_OF_BEFORE = regex.compile(
    r"(?<![\w-])(?:number|count|tally|list)\s++of\s++(?P<w>[A-Za-z][\w-]*+(?:\s++[A-Za-z][\w-]*+){0,3})[^\d.;:!?]{0,50}+\Z",
    regex.IGNORECASE,
)
#: After "N times": a comparison makes it a multiple ("ten times the average", "three times as many")
_MULTIPLE_AFTER = regex.compile(
    r"(?<!\s)\s++(?:the|as|more|less|higher|lower|larger|bigger|greater|smaller|faster|that|its|their|over)(?![\w-])",
    regex.IGNORECASE,
)
#: A count followed by "per <number>" is a rate ("22.4 cases per 100,000"): a number, not a count
_PER_AFTER = regex.compile(
    r"(?<!\s)\s++(?:[A-Za-z][\w-]*+\s++){0,3}?(?:per|(?:for|in)\s++every)\s++"
    r"(?:\d|(?:one|a|every)\s++(?:hundred|thousand|million)\b)",
    regex.IGNORECASE,
)
MAX_AGE = 130  #: an age after "age" or "retire at" is at most this
MAX_CHILDREN = 15  #: "a father of three" counts children; "a dad of 34" (tabloid) is an age
#: "a father of three", "mother of two": the number counts children
_PARENT_OF_BEFORE = regex.compile(rf"(?<![\w-])(?:{'|'.join(lx.PARENT_WORDS)})(?:\s++of\s++|-of-)\Z", regex.I)
#: "put the crowd at 42,000", "the crowd was just over 40,000", "peak attendance at 61,500": people
_CROWD_BEFORE = regex.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(lx.CROWD_NOUNS))})(?![\w-])[^\d.;:!?]{{0,60}}+\Z", regex.IGNORECASE
)
_POPULATION_BEFORE = regex.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(lx.POPULATION_NOUNS))})\.?(?:\s++of)?\s++\Z", regex.IGNORECASE
)


def _counted_around(
    text: str, start: int, end: int, sentence_start: int, before: tuple[str, str] | None, high: float = 0.0
) -> tuple[str | None, str | None]:
    """(counted, subject) of a count whose noun is not right after it, or (None, None).

    `before` is the (counted, subject) of the last count earlier in the sentence: an elided noun ("34,000
    homes were damaged, 12,500 of them destroyed"; "23 helicopters, including nine from ...") is its."""
    if _AGED_BEFORE.search(text, max(sentence_start, start - 24), start) or (
        _AGE_BOUND.match(text, start) and _PEOPLE_BEFORE.search(text, max(sentence_start, start - 24), start)
    ):
        return None, None  # "all of people aged over 80", "most of them people over 75": an age
    if high <= MAX_AGE and _AGE_WORD_BEFORE.search(text, max(sentence_start, start - 40), start):
        return None, None  # "raise the retirement age to 67": the number before it counts nobody here
    state = _STATE_AFTER.match(text, end)
    if state:
        return "person", state.group("w")
    if before and _OF_THEM_AFTER.match(text, end, end + 24):  # an end: "of" is a literal the engine seeks
        return before
    if _OF_US_AFTER.match(text, end, end + 24):
        return "person", "us"  # "60 of us"
    if who := _WHO_NUMBER_BEFORE.search(text, max(sentence_start, start - 80), start):
        return singular(who.group("w").lower()), who.group("w")  # "the union's members, who number some 4,200"
    if (pair := _TO_NUMBER_AFTER.match(text, end)) and (shared := _counted(text, pair.end(), False))[0]:
        return shared  # "rose from 40 to 52 victims": the first figure counts victims too
    lo = max(sentence_start, start - 120)
    if (toll := _TOLL_BEFORE.search(text, lo, start)) and (
        toll.group("w").lower() != "toll" or _DEATH_WORD.search(text)
    ):
        return "death", toll.group("w")  # a bare "toll" counts deaths only in an article about deaths
    verb = _CHANGE_VERB_BEFORE.search(text, lo, start)  # "Cases in the region rose from 61 to 139"
    if verb and (word := _change_subject(text, sentence_start, verb.start())):
        return singular(word.lower()), word
    if number_of := _NUMBER_OF_BEFORE.search(text, lo, start):  # "the number of confirmed cases at 431"
        words = number_of.group("w").split()
        word = next((w for w in words if _is_plural(w)), words[0])
        return singular(word.lower()), word
    if _POPULATION_BEFORE.search(text, max(sentence_start, start - 24), start):
        return "person", "people"
    if _CROWD_BEFORE.search(text, max(sentence_start, start - 90), start):
        return "person", "people"
    if _HARM_BEFORE.search(text, max(sentence_start, start - 24), start):
        return "person", None  # "Czech train derailment kills at least seven"
    if high <= MAX_CHILDREN and _PARENT_OF_BEFORE.search(text, max(sentence_start, start - 24), start):
        return "child", "children"  # "a father of three" ("a dad of 34" is his age)
    if before and isinstance(before[1], str) and _STATE_AFTER.fullmatch(" " + before[1]):
        return before[0], None  # "4 dead, 610,000 without power": people, but not the dead
    return before or (None, None)


#: An age set off by commas after a name: "Raymond Voss, 61, was"; "Madina, 7, from the ruins".
_NAME_COMMA_BEFORE = regex.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w’'.-]*+(?:\s++[A-Z][\w’'.-]*+){0,3}),\s*+\Z")


#: A name right after an age: "Seven-year-old Madina Yusupova", "the 61-year-old Raymond Voss"
_NAME_AFTER_AGE = regex.compile(
    r"(?<!\s)\s++(?P<name>(?-i:[A-Z][a-z][\w’'-]*+(?:\s++[A-Z][a-z][\w’'-]*+){0,2}))(?![\w’'-])"
)


def _age_of(text: str, m: Mention, sentence_start: int) -> str | None:
    """The name whose age a bare whole number set off by commas after it is, or None."""
    if not m.text.isdigit() or not 1 <= int(m.text) <= 120 or text[m.end : m.end + 1] not in (",", ")"):
        return None
    name = _NAME_COMMA_BEFORE.search(text, max(sentence_start, m.start - 60), m.start)
    if name and name.group("name").lower() in lx.PERSON_NOUNS:
        return name.group("name").lower()  # "Girl, 7, pulled out alive": a headline's noun, no name
    return name.group("name") if name else None


# --- attribution -------------------------------------------------------------------------------------

ACCORDING_TO = regex.compile(r"(?<![\w-])according\s+to\s+", regex.IGNORECASE)
REPORTING_VERB = regex.compile(
    rf"(?<![\w-])(?:{'|'.join(v for v in lx.REPORTING_VERBS if v != 'according')}"
    rf"|(?:{'|'.join(lx.ESTIMATE_VERBS)})(?=\s[^.;:!?]{{0,60}}?\sat\s))(?![\w-])"
)
_SOURCE_BEFORE = regex.compile(
    r"(?<![\w’'.-])(?P<src>(?:[\w’'.-]++\s++){0,9}?[\w’'.-]++)\s++(?:(?:has|have|had|also|later|reportedly|previously)\s++){0,2}+\Z"
)
_SOURCE_AFTER = regex.compile(r"(?<!\s)\s++(?P<src>(?:the\s++[\w’'.-]++|[A-Z][\w’'.-]*+)(?:\s++[A-Z][\w’'.-]*+){0,3})")
#: Verbs that may come before their subject after a quote: "..., said Dmytro Lubinets".
INVERTIBLE_VERBS = frozenset(
    "said says added adds noted stressed wrote writes continued claimed insisted argued".split()
)
_NAME_LIKE = regex.compile(r"(?:the\s++)?[A-Z][\w’'.-]*+(?:\s++(?:[A-Z][\w’'.-]*+|of|the|and|for))*+")
_PRONOUNS = frozenset("he she they we it i you this that which who".split())
_PERSONAL = frozenset("he she they".split())
_SEPARATORS = regex.compile(r"[,;:\"“”()—–]|\s-\s")
_LEADING_JUNK = regex.compile(
    r"\A(?:(?:and|but|so|then|while|whereas|where|when|although|though|because|as|that|which|also|in|at|for|of"
    r"|from|on|with|a)\s+)+",
    regex.IGNORECASE,
)
#: A reporting word after a determiner is a noun ("in a report on Monday", "its statement"), not a verb.
_DETERMINER_BEFORE = regex.compile(r"(?<![\w-])(?:a|an|the|its|his|her|their|our|this|that|whose)\s++\Z", regex.I)
#: A segment that opens a relative clause ("..., who did not give details, said") is not the subject.
_RELATIVE = regex.compile(r"\A\s*+(?:who|which|whose|whom|where|when|while|as)(?![\w-])", regex.IGNORECASE)
#: Where one claim ends and another's clause begins: "8,000, while organisers said 20,000"; "...; the
#: minister puts it at 3.2%"; "seven deaths - but a broadcaster reported 11". A reporting verb across
#: one credits a figure only if none is nearer, and `align` takes two sources' figures across one for
#: rival claims of one figure.
CONTRAST_WORDS: tuple[str, ...] = ("while", "whereas", "but", "though", "although")
CLAUSE_BREAK = regex.compile(rf";|(?:,|\s[-–—])\s*+(?:{'|'.join(CONTRAST_WORDS)})(?![\w-])", regex.IGNORECASE)
#: A reporting verb whose claim follows it ("warned that", "said:") credits no figure before its own
#: clause: "In 2004 a tremor killed 868 people, and a 2019 study warned that ..." credits no one (but
#: a pronoun subject, who is the sentence's own subject: "He was treated ..., but he claimed that").
_CLAIM_AFTER = regex.compile(r"(?<!\s)\s*+(?:that(?![\w-])|:)", regex.IGNORECASE)
_NEW_CLAUSE = regex.compile(rf";|,\s*+(?:and|{'|'.join(CONTRAST_WORDS)})(?![\w-])", regex.IGNORECASE)
#: A segment that opens with a preposition is an adverbial, never a subject: "the office's estimate,
#: for January, put the rate at 3.6%".
_ADVERBIAL = regex.compile(r"\A\s*+(?:for|in|on|at|during|since|by|from|until|after|before)\s", regex.IGNORECASE)
_PRONOUN_RELATIVE = regex.compile(r"\A\s*+(?:who|which|whose|whom)(?![\w-])", regex.IGNORECASE)
#: Words that never stand inside a source's noun phrase: a candidate holding one is a clause, not a source.
_CLAUSE_WORDS = frozenset(
    """was were is are be been being did does do not no but who which that about when while if because
    would could should will can may might must has have had than""".split()
)


#: A source named by a possessive before a claim noun: "the government's own figure is", "By the Ledger's
#: count" (the match starts at the apostrophe; the source is the noun phrase before it).
_POSSESSIVE_CLAIM = regex.compile(
    r"(?<=[\w.])['’]s?+\s++(?:(?:own|latest|official|revised|updated|new|final|initial|preliminary|earlier"
    rf"|previous|separate|independent)\s++){{0,2}}(?:{'|'.join(lx.CLAIM_NOUNS)})(?![\w-])",
    regex.IGNORECASE,
)
#: A source named as the agent of a participle: "the 11 initially given by the airport", "figures
#: released by the Office for National Statistics": "the" and up to three words, or capitalised words.
_AGENT_STOP = "|".join(
    ("on", "in", "at", "and", "or", "for", "of", "to", "with", "from", "by", "after", "before", "last", "this",
     "that", "which", "who", "as", *lx.REPORTING_VERBS, *lx.ESTIMATE_VERBS)
)  # fmt: skip
_BY_AGENT = regex.compile(
    rf"(?<![\w-])(?:{'|'.join(lx.AGENT_PARTICIPLES)})\s++by\s++(?P<src>(?:the(?:\s++(?!(?:{_AGENT_STOP})(?![\w’'-]))"
    r"[\w’'.-]++){1,3}+|[A-Z][\w’'.-]*+)(?:\s++(?:(?:of|for)\s++(?:the\s++)?)?[A-Z][\w’'.-]*+){0,5})"
)


def _possessor(before: str) -> str | None:
    """The noun phrase that ends `before`, the text up to a possessive's apostrophe: "the city" in "...;
    the city", "the auditor" in "By the auditor"; led by "the" or a capital, at most six words, and none
    of them a clause word, a reporting verb or a number."""
    words = _SEPARATORS.split(before)[-1].split()
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _CLAUSE_WORDS or REPORTING_VERB.fullmatch(w)
               or not w[0].isalpha()), default=0)  # fmt: skip
    words = words[cut:][-6:]
    while words and words[0].lower() in ("by", "from", "to", "with", "and", "but", "in", "on", "at", "for"):
        words = words[1:]
    if not words or words[-1].lower() in _PRONOUNS or not (words[0].lower() == "the" or words[0][0].isupper()):
        return None
    return " ".join(words)


def _claim_sources(sentence: str) -> list[tuple[int, str]]:
    """(position, source) of the sources a sentence names without a reporting verb: a possessive before
    a claim noun ("the Treasury's own tally is 11") or the agent of a participle ("given by the
    airport")."""
    found = []
    for m in _POSSESSIVE_CLAIM.finditer(sentence):
        src = _possessor(sentence[max(0, m.start() - 140) : m.start()])
        if src:
            found.append((m.start(), src))
    for m in _BY_AGENT.finditer(sentence):
        found.append((m.start(), m.group("src").rstrip(".")))
    return found


def _attribution(sentence: str, rel: int) -> str | None:
    """Who the sentence credits with the figure at offset `rel`: "according to Kyiv", "X said", within
    the figure's own clause also "the city's own figure is", "the 30 given by the port authority".

    A pronoun source ("he said") comes back as the pronoun; `find_mentions` resolves it to the last
    named source of the preceding sentences.
    """
    m = ACCORDING_TO.search(sentence)
    if m:
        src = _according_to(sentence[m.end() :])
        if src:
            return src
    best: tuple[int, str] | None = None
    for v in REPORTING_VERB.finditer(sentence):
        if _DETERMINER_BEFORE.search(sentence, max(0, v.start() - 8), v.start()):
            continue
        if v.group() in lx.PARTICIPLE_REPORTING:  # "The Kremlin denied it, saying": the sentence's subject
            head = _NAME_LIKE.match(sentence.lstrip())
            src = head.group().strip() if head and sentence[: v.start()].rstrip().endswith(",") else None
            named = src and (len(src.split()) > 1 or src.isupper())  # "The Kremlin", "NATO"; not "Prices"
            src = src if named and _looks_like_source(src) else None
        else:
            src = _source_before(sentence[max(0, v.start() - 140) : v.start()])
        if (
            src is None
            and v.group() in INVERTIBLE_VERBS
            and sentence[: v.start()].rstrip()[-1:] in (",", "”", '"', "’")
        ):
            a = _SOURCE_AFTER.match(sentence, v.end())
            if a:
                src = a.group("src").rstrip(".")
        if (
            src
            and src.lower() not in _PERSONAL  # "He was treated with 24 others, but he claimed that": his account
            and rel < v.start()
            and _CLAIM_AFTER.match(sentence, v.end())
            and _NEW_CLAUSE.search(sentence, rel, v.start())
        ):
            continue  # "... killed 868 people, and a 2019 study warned that ...": the study's claim follows it
        if src:
            lo, hi = sorted((v.start(), rel))
            dist = abs(v.start() - rel) + 1000 * len(CLAUSE_BREAK.findall(sentence, lo, hi))
            if best is None or dist < best[0]:
                best = (dist, src)
    for at, src in _claim_sources(sentence):  # a possessive or an agent credits its own clause only
        lo, hi = sorted((at, rel))
        if not CLAUSE_BREAK.search(sentence, lo, hi) and (best is None or abs(at - rel) < best[0]):
            best = (abs(at - rel), src)
    return best[1] if best else None


#: A participle after a noun ends a source phrase ("results released on Tuesday"); lower case and not
#: after a determiner, so "the United States" and "a leaked report" stay whole.
_PARTICIPLE = regex.compile(
    r"(?<=\w\s)(?<!(?<![\w-])(?:a|an|the|its|their|his|her|this|these|those|newly|recently)\s)"
    r"(?:[a-z]{2,}ed|seen|shown|given|drawn|written)(?=\s)"
)


def _according_to(rest: str) -> str | None:
    """The source after "according to": one phrase, or a list ending in "and X"."""
    stop = regex.search(r"[.;:!?\n\"“”()]", rest)
    rest = rest[: stop.start()] if stop else rest
    parts = rest.split(",")
    take = 1
    for k in range(1, min(len(parts), 4)):
        if parts[k].strip().lower().startswith("and "):
            take = k + 1
            break
        if len(parts[k].split()) > 4:
            break
    src = ",".join(parts[:take]).strip()
    # "preliminary results released late on Tuesday" -> "preliminary results"; "figures published on
    # Monday by the ONS" -> "the ONS": a participle ends the source, its "by" agent replaces it
    part = _PARTICIPLE.search(src)
    if part:
        agent = regex.search(r"(?<![\w-])by\s++(?P<by>\S.*)", src[part.end() :])
        src = agent.group("by").strip() if agent else src[: part.start()].strip()
    return src if src and len(src.split()) <= 12 else None


def _source_before(before: str) -> str | None:
    """The noun phrase right before a reporting verb: "the Russian diplomat" in "... the Russian
    diplomat said"; an appositive name in "the ambassador, Aleksandr Matsegora, told"; a list in
    "the United States, South Korea and Ukraine said". A personal pronoun is returned as is."""
    if before.rstrip()[-1:] in ("”", '"') or before.rstrip().endswith(("”,", '",')):
        return None  # right after a quote: the source, if any, follows the verb
    segments = _SEPARATORS.split(before)
    # drop what stands between subject and verb: a relative clause or an adverbial set off by commas
    # ("the minister, who ..., said"; "the estimate, for January, put"; an age: "Sophie Lang, 31, from
    # Leeds, said"). Right before the verb a segment keeps its subject ("while organisers said"),
    # unless it opens with "who"/"which".
    direct = True
    while len(segments) > 1:
        seg = segments[-1]
        if not seg.strip():
            direct = False
        elif not (
            _PRONOUN_RELATIVE.match(seg)
            or (not direct and (_RELATIVE.match(seg) or _ADVERBIAL.match(seg) or seg.strip().isdigit()))
        ):
            break
        segments.pop()
    if len(segments) > 1 and _ROLE.match(segments[-1]) and _NAME_LIKE.fullmatch(segments[-2].strip()):
        segments.pop()  # "Dr Bakhtiyor Ismoilov, a seismologist at the centre, said": the name
    b = _SOURCE_BEFORE.search(segments[-1].rstrip() + " ")
    if not b:
        return None
    cand = _LEADING_JUNK.sub("", b.group("src")).strip()
    if _COORDINATED.search(segments[-1]):  # "The union is seeking 6% and says": the clause's subject
        cand = _subject(segments[-1]) or ""
    if cand.lower() in _PRONOUNS:
        return cand.lower() if cand.lower() in _PERSONAL else None
    if " and " in f" {cand} ":
        # "the United States, South Korea and Ukraine said": earlier list items are part of it
        k = len(segments) - 2
        while k >= 0 and _NAME_LIKE.fullmatch(segments[k].strip()):
            cand = f"{segments[k].strip()}, {cand}"
            k -= 1
    return cand if cand and _looks_like_source(cand) else None


_COORDINATED = regex.compile(r"(?<![\w-])and\s*+\Z")
#: An appositive role after a name: "Dr Bakhtiyor Ismoilov, a seismologist at the centre, said".
_ROLE = regex.compile(r"\A\s*+an?\s++[a-z]")


def _subject(clause: str) -> str | None:
    """The noun phrase a clause opens with, up to its first verb-like word, when it names a source:
    "The union" in "The union is seeking 6% for 2026 and"."""
    words = _LEADING_JUNK.sub("", clause.strip()).split()
    cut = next((k for k, w in enumerate(words) if w.lower() in _CLAUSE_WORDS), None)
    head = " ".join(words[:cut]) if cut and cut <= 6 else ""
    named = _NAME_LIKE.fullmatch(head) or head.split()[-1:] and head.split()[-1].lower() in lx.SOURCE_NOUNS
    return head if head and named and _looks_like_source(head) else None


def _looks_like_source(phrase: str) -> bool:
    words = phrase.split()
    if len(words) > 10 or any(w.lower() in _CLAUSE_WORDS or REPORTING_VERB.fullmatch(w) for w in words):
        return False
    return any(w[0].isupper() for w in words) or words[-1].lower().rstrip("s") in lx.SOURCE_NOUNS


# --- the stage ---------------------------------------------------------------------------------------


def _as_date(published: object) -> dt.date | None:
    """The publication date as a `datetime.date`, or None; a clear error for anything else."""
    if published is None or (isinstance(published, float) and published != published):
        return None
    if isinstance(published, pd.Timestamp):
        return None if pd.isna(published) else published.date()
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        if not published.strip():
            return None
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"published={published!r} is not a date: give a datetime.date or 'YYYY-MM-DD'")


def _resolve_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep one mention per overlapping group: the longer span, a date on a tie."""
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), m.kind != "date", m.start))
    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in ranked:
        i = bisect.bisect_left(taken, (m.start, m.end))
        left = taken[i - 1] if i > 0 else None
        right = taken[i] if i < len(taken) else None
        if (left and left[1] > m.start) or (right and right[0] < m.end):
            continue
        taken.insert(i, (m.start, m.end))
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint `spans`."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return (i >= 0 and spans[i][1] > start) or (i + 1 < len(spans) and spans[i + 1][0] < end)


def _previous_source(text: str, starts: list[int], s: int, back: int = 3) -> str | None:
    """The last named source in the `back` sentences before the one starting at `s` ("he said")."""
    i = bisect.bisect_right(starts, s) - 1
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        ps, pe = _sentence_span(text, starts, starts[j])
        source = _attribution(text[ps:pe], pe - ps)
        if source and source not in _PERSONAL:
            return source
    return None


_ONE_VERBS = frozenset(w for p in lx.ONE_COUNT_WORDS for w in p.split()) | {"later", "also", "reportedly"}
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _magnitude(m: Mention) -> float:
    """One positive value a count stands for (its finite ends' mean), or NaN."""
    ends = [abs(float(v)) for v in (m.low, m.high) if v is not None and v == v and abs(float(v)) != float("inf")]
    return sum(ends) / len(ends) if ends and sum(ends) > 0 else float("nan")


def _restated_count(counts: list[tuple[int, float, tuple[str, str]]], m: Mention) -> tuple[str, str] | None:
    """The (counted, subject) of the latest count before `m`, within FIGURE_REACH characters and a factor of
    FIGURE_RATIO of its value, that "the figure" in front of `m` restates; None if there is none."""
    value = _magnitude(m)
    for start, v, noun in reversed(counts):
        if m.start - start > FIGURE_REACH:
            break
        if max(v, value) <= FIGURE_RATIO * min(v, value):
            return noun
    return None


def find_mentions(text: str, published: dt.date | None = None, doc: str | None = None) -> list[Mention]:
    """Every mention in `text` with sentence, counted noun, subject and attribution attached.

    Lone surrogates ("\\ud800", not valid Unicode; only a str built in Python can hold them) are read
    as U+FFFD, one character for one, so offsets stay those of `text`; a mention's `text` is still
    `text[start:end]` as given, its `sentence` has the U+FFFD (a table cannot hold surrogates)."""
    if not text.isascii() and _SURROGATE.search(text):
        found = find_mentions(_SURROGATE.sub("\ufffd", text), published, doc)
        return [replace(m, text=text[m.start : m.end]) for m in found]
    quantities = [reporting_period(text, q, published) or q for q in find_quantities(text)]
    links = link_spans(text)  # a date inside a URL or an e-mail address ("/measles-2026") is none
    dates = [m for m in find_temporal(text, published) if not (links and _inside(links, m.start, m.end))]
    mentions = _resolve_overlaps([*dates, *quantities])
    if furniture := furniture_lines(text):  # "Read more: Five things ...", "Donate today": not the story's
        mentions = [m for m in mentions if not _inside(furniture, m.start, m.end)]
    starts = _sentence_starts(text)
    out: list[Mention] = []
    last_count: tuple[int, tuple[str, str]] | None = None  # (sentence start, (counted, subject))
    counts: list[tuple[int, float, tuple[str, str]]] = []  # (start, value, (counted, subject)) so far
    for m in mentions:
        if m.rule == "date.clock":
            continue  # a time of day alone is no figure (it masked its digits from the number rules)
        s, e = _sentence_span(text, starts, m.start)
        sentence = text[s:e]
        source = _attribution(sentence, m.start - s)
        if source in _PERSONAL:
            source = _previous_source(text, starts, s)
        counted = subject = None
        kind = m.kind
        if kind == "count" and "hyphen_noun" in m.rule:  # "a 600-page report" counts pages
            noun = m.text.rsplit("-", 1)[1]
            counted, subject = singular(noun.lower()), noun
        elif kind == "count" and text[m.start - 4 : m.start] == "-of-":
            counted, subject = "child", "children"  # "mum-of-two storms to power": her children
        elif kind == "count":
            # "one soldier", "a 10,000-strong force": a singular noun may be what is counted
            counted, subject = _counted(text, m.end, (m.low == 1 and m.high == 1) or "strong" in m.rule)
            age = _age_of(text, m, s) if counted is None else None  # "Mum-of-three Rosaria, 29, whose ..."
            if counted is None and not age and not m.rule.startswith("vague.determiner"):
                # the last count of the sentence lends its noun; after "N more" (an ellipsis) or before "of
                # them" also one of the sentences before ("... 18,240 officers. We need at least 250 more")
                near = last_count and (
                    last_count[0] == s
                    or (
                        (_ELLIPSIS_AFTER.match(text, m.end) or _OF_THEM_AFTER.match(text, m.end, m.end + 24))
                        and s - last_count[0] < 600
                    )
                )
                before = last_count[1] if near else None
                if (
                    before is None
                    and not _TIMES_AFTER.match(text, m.end)  # "at least four times the official one"
                    and _FIGURE_BEFORE.search(text, max(s, m.start - 80), m.start)
                ):
                    before = _restated_count(counts, m)
                if m.rule.startswith("words.one.outcome"):  # "Two miners died and one remains missing"
                    counted, subject = before or (None, None)  # ("No one was hurt" counts nobody)
                else:
                    counted, subject = _counted_around(text, m.start, m.end, s, before, m.high)
            if counted is not None and _PER_AFTER.match(text, m.end):
                kind = "number"  # "22.4 cases per 100,000": a rate
            elif counted is not None:
                last_count = (s, (counted, subject))
                counts.append((m.start, _magnitude(m), (counted, subject)))
            if counted is None:
                if m.rule.startswith(("vague.determiner", "words.one.outcome")):
                    continue  # "a few", "several", a lone "one" with nothing counted are not figures
                if not m.rule.startswith("vague"):
                    kind = "number"
                if age:  # 29 is her age: no count lends it a noun
                    m, subject = replace(m, unit="year", rule=m.rule + "+age"), age
        if kind == "number" and m.unit == "year" and "age" in m.rule and subject is None:
            name = _NAME_AFTER_AGE.match(text, m.end)  # "Seven-year-old Madina Yusupova was carried out"
            subject = name.group("name") if name else None
        out.append(replace(m, kind=kind, counted=counted, subject=subject, sentence=sentence,
                           attribution=source, doc=doc))  # fmt: skip
    return out


def extract(text: str, *, published: object = None, doc: str | None = None) -> pd.DataFrame:
    """The facts table of one text: one row per number, date, cost or duration mentioned.

    `published` (a date or "YYYY-MM-DD") anchors relative dates ("last week"); without it they stay
    unresolved. Offsets are into `text` exactly as given.

    >>> facts = extract("Kyiv says more than 3,000 North Koreans have been killed.")
    >>> print(facts[["text", "kind", "low", "qualifier", "counted", "attribution"]].to_string(index=False))
               text  kind    low qualifier      counted attribution
    more than 3,000 count 3000.0 more_than north korean        Kyiv
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, got {type(text).__name__}")
    return to_frame(find_mentions(text, _as_date(published), doc))


ARTICLE_COLUMNS: tuple[str, ...] = ("outlet", "published", "title", "url")


def extract_articles(articles: Iterable[Article] | str | os.PathLike[str]) -> pd.DataFrame:
    """The facts table of many articles, with each article's `outlet`, `published`, `title`, `url`.

    `articles` are `Article`s (`load_articles`), or a folder, file or glob pattern, which is loaded with
    `load_articles` (its `articles.csv` manifest included). Articles are analysed one by one and the
    table is built once at the end. An article that cannot be read or analysed is reported in the
    returned frame's `attrs["errors"]` (a DataFrame of doc, problem) instead of aborting the corpus.
    """
    mentions: list[Mention] = []
    meta: dict[str, list] = {col: [] for col in ARTICLE_COLUMNS}
    errors: list[dict[str, str]] = []
    if isinstance(articles, str | os.PathLike):
        articles = load_articles(articles)
        errors = [{"doc": path, "problem": problem} for path, problem in articles.errors.itertuples(index=False)]
    for art in articles:
        try:
            found = find_mentions(art.text, _as_date(art.published), art.doc)
        except Exception as exc:  # one broken article never aborts a corpus
            errors.append({"doc": art.doc, "problem": f"extraction failed: {type(exc).__name__}: {exc}"})
            continue
        mentions.extend(found)
        for col in ARTICLE_COLUMNS:
            meta[col].extend([getattr(art, col, None)] * len(found))
    facts = to_frame(mentions)
    for col in ARTICLE_COLUMNS:
        facts[col] = pd.Series(meta[col], dtype="object", index=facts.index)
    facts["published"] = pd.to_datetime(facts["published"])
    facts.attrs["errors"] = ErrorTable(errors, columns=["doc", "problem"])
    return facts
