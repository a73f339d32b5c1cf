"""Group mentions into figures: which real-world figure each number, cost, duration or date reports.

`align(facts)` adds `figure` (an id) and `figure_label` to every mention (one reported once is a figure
of its own). Two mentions of one kind score the cosine of their sentence words, weighted by rarity (idf)
and by closeness to the number (all of its sentence for a date fronted before a comma), stemmed, or
mapped to their concept when `COUNTED_SYNONYMS` / `EVENT_WORDS` list the whole word or its singular
(never by stem: "according" is not "accord"), plus their canonical source (`sources.py`) and the unit of
a money or measure mention, and a bonus for the same value (more for a rare value and for a telling one:
"3,452" more than "300"; one calendar day counts as a two-digit value, DAY_SPECIFICITY; durations within
DURATION_SLACK are one value: "12 1/2 years", "150 months", scored as the less telling one; so are two
values in different units within CONVERSION_SLACK: "42-foot" / "13-metre").

Measures compare in base units ("18 km" and "11 miles", `lexicon.UNIT_SIZES`), money through the
corpus's own conversions ("€1.12bn (£975m)", "€1.8bn - £1.5bn": `currency_rates`). Such a conversion,
a measure stated in two units in one sentence, or a figure restated at once ("last Friday (5 June)",
"three-quarters - 78 per cent -") is one figure outright.

Two counts of people whose nearest event word is one event ("4 dead", "at least seven people killed":
EVENT_WORDS within NEAR + FADE words; in "killing seven people and injuring 54" seven are killed, 54
injured) score FRAME_BONUS more: a story has one toll of each kind, which outlets report at different
values and in different words. Two dates framed by one and the same event (the nearest event word;
for a date fronted before a comma, at any distance: "In October, ... said a contingent had arrived" /
"by last fall, it had begun sending troops") score DATE_FRAME more; a date next to two events ("a visit
... in June 2024, ... signed") takes no bonus. A part reported on its own ("nine of the injured were in
a serious condition") and a mention that is not a part ("34 injured") score PART_CLASH times less.
A date after a definite noun ("one participant of the summer camp in 2024 told ...") borrows the words
around that noun's nearest earlier mention in its article (`_antecedents`): there the event is named.

Counted nouns weigh in as factors: the same noun or synonym group 1, one side unknown 0.85, "people" and
a group of people ("soldiers", "deaths") 0.7, any two other nouns NOUN_CLASH ("7,500 jobs" / "almost
8,000 workers", "38,615 burglaries" / "38,615 offences", "610,000 homes" / "612,400 customers": outlets
count one figure in different units of account), but two vague magnitudes of different nouns ("hundreds
of soldiers" / "hundreds of sanatoriums") never join. Hard limits: no clash of names in the subject
("Russian soldiers" vs "North Korean soldiers"), magnitudes within 10**MAX_LOG_GAP, date intervals that
overlap or sit one unit apart, never two mentions of one sentence (but a conversion, or rival claims:
two sources across a clause break, "8,000, while organisers said 20,000"). Two dates need DATE_MARGIN
more: a day is named in many sentences about other events. A date of the page, not the story (a wire
dateline's "MILLBRIDGE, Conn., Feb. 17 (MNS) -", "Published 25 February 2026", a line that is only a
date), is a figure of its own.

Mentions group within their kind, but a bare number of BARE_COUNT or more ("the unions claimed as
many as 150,000") groups with counts: its noun is elided.

Pairs scoring THRESHOLD are linked; inside each linked component, groups form by average linkage, so a
figure never hangs on one chance pair. The weights were set on the default corpus and two development
corpora (benchmarks/heldout/: quake, strike) and checked on corpora never used to set them (fire, vote;
trial, earnings and outbreak were written later); DAY_SPECIFICITY, NOUN_CLASH and the people classes of
"deaths" were set on the default corpus and the nine development corpora.

Figures file: TOML (or the same dict) applied on top, in the order pins, splits, merges::

    [[figure]]                          # pin: the mentions matching every selector are this figure
    name = "North Korean troops in Kursk"
    kind = "count"                      # count, money, percent, duration, date, measure, number
    counted = ["troop", "soldier"]      # counted lemma, or one of its COUNTED_SYNONYMS
    near = ["North Korea", "Kursk"]     # all of these appear in the sentence (any case)
    near_any = ["deployed", "sent"]     # at least one of these appears in the sentence
    value_between = [1000, 100000]      # every finite bound inside; also date_between = ["2024-06-01", ...]
    # text = ["hundreds"], outlet = ["Meduza"], doc = ["004_..."]
    whole = false                       # true: also take the rest of the automatic figures it touches

    [[split]]                           # matching mentions leave their figure for a new one
    figure = "russian-soldiers-treated" # optional: only inside this figure (id or label)
    near = ["sanatoriums"]
    name = "Sanatoriums in Russia"      # optional

    [[merge]]                           # these figures (ids or labels) become one
    figures = ["date-interview", "date-said"]
    name = "Interview date"             # optional

A `name` becomes the label and, slugified, the id, so reruns on new articles keep the user's names. The
first [[figure]] a mention matches wins.
"""

from __future__ import annotations

import math
import tomllib
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import regex

from . import lexicon as lx
from .extract import CLAUSE_BREAK
from .lexicon import REPORTING_VERBS
from .lexicon_time import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .sources import name_key, normalize_sources

#: Counted nouns that name one group ("troops", "soldiers", "fighters"). The key is how labels show it.
COUNTED_SYNONYMS: dict[str, str] = {
    "soldiers": "troop soldier fighter serviceman servicemen servicewoman combatant contingent force forces"
    " recruit conscript military army combat fighting fight fought",
    "people": "people person individual civilian resident inhabitant citizen",
    "children": "child children kid minor",
    "vehicles": "vehicle car automobile truck lorry van",
    "crimes": "crime offence offense",
    "buses": "bus coach",
}

#: Words that name one kind of event ("sent", "deployed", "arrived"). Figures next to different events
#: ("killed" / "deployed") score EVENT_CLASH less.
EVENT_WORDS: dict[str, str] = {
    "wounded": "wounded injured injuring injury injuries wound wounding hurt casualty casualties",
    "killed": "killed kill killing dead died dying death deaths fallen",
    "treated": "treated treat treatment rehabilitation rehabilitated rehabilitate rehab recovering recover"
    " recovery recovered recuperating recuperate care caring medical sanatorium sanitarium hospital clinic"
    " hospitalised hospitalized",
    "deployed": "deployed deploy deploying deployment sent send sending dispatched arrive arrived arriving arrival"
    " stationed",
    "signed": "signed sign signing treaty agreement pact accord",
    "interview": "interview interviewed",
    "report": "report reported",
    "visit": "visit visited visiting trip travel travelled traveled travelling traveling journey flight stay stayed"
    " tour",
    "cost": "free cost costs costing expense expenses charge paid pay compensate compensation price fee",
    "evacuated": "evacuated evacuation evacuations evacuees evacuee displaced homeless",
    "cut": "cut cuts cutting axe axed axing shed shedding slash slashed slashing",
    "infected": "infected infection infections infectious cases case",
}

#: Counted groups of people: a count of people or of a nationality ("hundreds of Russians") may report
#: the same figure as a count of one of these ("hundreds of soldiers").
PEOPLE_GROUPS: frozenset[str] = frozenset(
    """soldiers people children worker refugee prisoner patient participant visitor migrant student voter
    officer official doctor journalist protester victim member staff employee driver passenger commuter
    traveller traveler tourist resident evacuee survivor rescuer firefighter volunteer nurse teacher pupil
    farmer miner fan spectator reveller customer consumer shopper user household family supporter delegate
    lawmaker legislator candidate detainee inmate hostage pilgrim player athlete""".split()
)

#: Words that say nothing about which figure a sentence reports: function words, reporting and
#: publishing verbs, time words (a date's words are its value, not its event) and magnitude words.
STOP_WORDS: frozenset[str] = frozenset(
    """a an the and or but nor of to in on at by for from with without into onto over under about around as
    than then that this after before during since until among between across within via amid despite these
    those there here it its he she they we i you his her their our my your him them us who whom which what
    when where while how why is are was were be been being has have had do does did will would can could
    may might must shall should not no yes also just only very so such more most less least many much some
    any all both each other another up down out off again further once even still yet already ago last
    next past recent recently early late later year years month months week weeks day days today tonight
    yesterday tomorrow now time times hundred hundreds thousand thousands million millions dozen dozens
    several few couple nearly almost roughly approximately estimated one two three four five six seven
    eight nine ten first second mr mrs ms published publish publishing""".split()
    + [w.lower() for w in (*REPORTING_VERBS, *MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS, *WEEKDAY_ABBREVIATIONS)]
)

THRESHOLD = 0.15  #: linkage score (0..1) from which two mentions or groups are one figure
DATE_MARGIN = 0.05  #: taken off the score of two dates (a day is named in many sentences about other events)
MAX_LOG_GAP = 0.7  #: magnitudes further apart than 10**0.7 (x5) are never one figure
OPEN_SPAN = 0.5  #: an open bound ("more than 10,000") reaches 10**0.5 (x3) past its figure
NEAR, FADE = 4, 8  #: words within NEAR of the figure weigh 1; further out 1 / (1 + extra / FADE)
SOURCE_WEIGHT = 1.0  #: weight of the canonical source among the context words
UNIT_WEIGHT = 0.5  #: weight of a money or measure unit (in base units) among the context words
VALUE_BONUS = 0.2  #: added for the same value, times the value's rarity (0..1)
SPECIFIC_BONUS = 0.3  #: added for the same value, times its specificity (0..1: "3,452" 1, "35 million" 0.5)
DAY_SPECIFICITY = 0.5  #: specificity of one calendar day ("Tuesday", "9 June", "last night"): as "35"
EVENT_CLASH = 0.45  #: factor for mentions next to different events (within NEAR + FADE words)
NOUN_CLASH = 0.6  #: factor for two different counted nouns ("jobs" / "workers"): a penalty, not a limit
FRAME_BONUS = 0.1  #: added for two counts of people next to one event ("4 dead" / "seven people killed")
TELLING_MAGNITUDE = 1e6  #: values from here on are as telling as three significant digits ("2 million")
DURATION_SLACK = math.log10(1.02)  #: durations within 2% are the same value (a year is 365 days, a month 30)
CONVERSION_SLACK = 0.05  #: a value and another within 5% in another unit are the same value ("42-foot", "13-metre")
DATE_FRAME = 0.1  #: added for two dates of one event ("In October, ... had arrived" / "by last fall, ... sending")
ANTECEDENT_WEIGHT = 0.75  #: weight of the words borrowed from a definite event's earlier sentence
PART_CLASH = 0.5  #: factor for a part ("nine of the injured") and a mention that is not one ("34 injured")
SMALL = 0.5  #: factor for kind `number` (not ordinals, not ages) and bare counts of 1 or 2 ("the two sides")

_WORD = regex.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*+")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ians", "ian", "ies", "ied", "ers", "er", "ed",
             "es", "ans", "an", "ia", "s", "a", "e")  # fmt: skip


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """A crude, stable stem: transliteration folded, one suffix off, six letters ("Koreans" -> "kore")."""
    w = name_key(word).replace(" ", "")
    suffix = next((s for s in _SUFFIXES if w.endswith(s) and len(w) - len(s) >= 4), "")
    return w[: len(w) - len(suffix)][:6]


def _fold(word: str) -> str:
    return name_key(word).replace(" ", "")


_CONCEPT_OF = {_fold(w): k for t in (COUNTED_SYNONYMS, EVENT_WORDS) for k, ws in t.items() for w in ws.split()}
_STOP_STEMS = frozenset(_stem(w) for w in STOP_WORDS)


@lru_cache(maxsize=65_536)
def _concept(word: str) -> str | None:
    """The concept of a word listed in COUNTED_SYNONYMS / EVENT_WORDS, or of its plural ("coaches",
    "lorries"); whole words, not stems, so "services", "according" and "continued" name none."""
    w = _fold(word)
    forms = (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else "",
             w[:-3] + "y" if w.endswith("ies") else "")  # fmt: skip
    return next((_CONCEPT_OF[f] for f in forms if f in _CONCEPT_OF), None)


#: PEOPLE_GROUPS as `_counted_class` gives them: a concept ("soldiers") or a stem ("driver" -> "driv"); "deaths"
#: and "casualties" (the concepts "killed", "wounded") count people too: "seven deaths", "seven people killed"
_PEOPLE = frozenset(_concept(w) or _stem(w) for w in PEOPLE_GROUPS) | {"people", "killed", "wounded"}


@lru_cache(maxsize=65_536)
def _token(word: str) -> str | None:
    """The comparison token of a word: its concept, its stem, or None for a stop word."""
    if word.lower() in STOP_WORDS or len(word) < 2:
        return None
    s = _stem(word)
    return _concept(word) or (None if s in _STOP_STEMS else s)


def slugify(name: str) -> str:
    """A stable id from a name: "North Korean troops · Kursk" -> "north-korean-troops-kursk"."""
    return "-".join(regex.findall(r"[^\W_]+", name.lower()))[:60] or "figure"


# --- features of one mention -------------------------------------------------------------------------


def _position(sentence: str, text: str, occurrence: int) -> int:
    """Where the `occurrence`-th `text` starts in `sentence` (its middle if it is not found)."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = max(pos, sentence.find(text, pos + 1))
    return pos if pos >= 0 else len(sentence) // 2


#: A wire dateline: "MILLBRIDGE, Conn., Feb. 17 (MNS) -": the filing date, which no other mention reports.
_DATELINE = regex.compile(r"\A\s*+[A-Z][A-Z .'’-]{1,40}+,(?:\s*+[A-Z][\w. ]{0,20}+,)?+\s*+[^()\n]{3,30}?\s*+"
                          r"(?:\([^()\n]{1,40}+\)\s*+)?[-–—]")  # fmt: skip


#: A page's own date line: "Published: 21 Feb. 2025, 15:28", "Updated 14:30 CET", "Published 25 February
#: 2026 | By Hendrik Vos".
_PAGE_DATE = regex.compile(r"\A\W*+(?:(?:first|last)\s++)?(?:published|updated|posted|modified)\b", regex.IGNORECASE)


def _dateline(sentence: str, text: str) -> bool:
    """Whether `text` dates the page, not the story: the date of a wire dateline the sentence opens with, of
    a "Published ..." line, or a line that is nothing but the date ("Tuesday, 24 February 2026")."""
    m, page = _DATELINE.match(sentence), _PAGE_DATE.match(sentence)
    bare = sentence.strip(" \t\n.|") == text.strip()
    return bool((m and text in m.group()) or bare or (page and 0 <= sentence.find(text) <= page.end() + 3))


#: A part of a figure reported on its own: "Nine of the injured were in serious condition", "12,500 of
#: them destroyed"; not of a whole stated with it ("three of the province's five hospitals").
_PART_AFTER = regex.compile(
    r"\s++of\s++(?:the|them|those|these)(?![\w-])(?!\s++(?:[\w-]++['’]s\s++)?+(?:\d|(?:one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)(?![\w-])))",
    regex.IGNORECASE,
)

#: A second claim set against the first: "at least 14 people, a higher figure than the 11 given by the airport".
_COMPARED = regex.compile(
    r"(?:,|\s[-–—])\s*+(?:a|the)\s++(?:higher|lower|larger|smaller|different|bigger)\s++"
    r"(?:figure|estimate|count|number|tally|total|toll)(?![\w-])",
    regex.IGNORECASE,
)


def _rivals(sentence: str, first: tuple[str, int], second: tuple[str, int], sources: tuple[object, object]) -> bool:
    """Whether two mentions of one sentence ((text, position) each) are rival claims of one figure:
    credited to two different sources (one may be unnamed), with a clause break (`extract.CLAUSE_BREAK`)
    or a comparison (`_COMPARED`) between them: "18,400 hectares had burned, civil protection said, while
    the satellite service puts it at 21,000"; "14 people, a higher figure than the 11 given by the
    airport"."""
    (a, ta), (b, _) = sorted([first[::-1], second[::-1]])
    known = any(isinstance(x, str) and x for x in sources) and sources[0] != sources[1]
    between = (sentence, a + len(ta), max(b, a + len(ta)))
    return bool(known and (CLAUSE_BREAK.search(*between) or _COMPARED.search(*between)))


def _context(
    sentence: str, text: str, occurrence: int, date: bool = False
) -> tuple[dict[str, float], Counter, frozenset[str]]:
    """Token weights by closeness to the mention (its `occurrence`-th place in the sentence), the surface
    form of each token, and the event words (EVENT_WORDS) nearest it within NEAR + FADE words ("killing
    seven people and injuring 54": seven killed, 54 injured). A date fronted before a comma ("In October
    last year, the United States ... said", "Yesterday, on the third strike day, ...") dates its whole
    sentence: every word weighs 1, and its nearest event word counts at any distance."""
    pos = _position(sentence, text, occurrence)
    words = list(_WORD.finditer(sentence))
    at, width = sum(1 for w in words if w.end() <= pos), len(_WORD.findall(text))
    fronted = date and at <= 1 and sentence[pos + len(text) : pos + len(text) + 1] == ","
    out: dict[str, float] = {}
    surfaces: Counter = Counter()
    events: dict[str, int] = {}  # event word -> its fewest words away, the same on either side
    for i, w in enumerate(words):
        tok = None if pos <= w.start() < pos + len(text) else _token(w.group())  # its own words are its value
        if tok:
            dist = at - i if i < at else i - at - width
            out[tok] = max(out.get(tok, 0.0), 1.0 if dist <= NEAR or fronted else 1.0 / (1.0 + (dist - NEAR) / FADE))
            surfaces[(tok, w.group() if w.group()[0].isupper() else w.group().lower())] += 1
            if tok in EVENT_WORDS:
                events[tok] = min(events.get(tok, dist + (i >= at)), dist + (i >= at))
    top = min(events.values(), default=NEAR + FADE + 1)
    return out, surfaces, frozenset(t for t, d in events.items() if d == top and (d <= NEAR + FADE or fronted))


def _names(subject: object) -> frozenset[str]:
    """Stems of the capitalised words of a counted subject that are not concepts: "North Korean"."""
    words = _WORD.findall(subject) if isinstance(subject, str) else []
    return frozenset(_stem(w) for w in words if w[0].isupper() and _concept(w) is None)


def _counted_class(counted: object, subject: object) -> str | None:
    """The counted concept: "troop" -> "soldiers"; a nationality ("Russians", "North Koreans") -> "people"."""
    if not isinstance(counted, str) or not counted:
        return None
    head = counted.split()[-1]
    if _concept(head):
        return _concept(head)
    demonym = isinstance(subject, str) and regex.search(r"(?:^|\s)[A-Z]\w*(?:an|ese|ish|i|ch)s?$", subject)
    return "people" if demonym else _stem(head)


def _span(row: Any) -> tuple[float, float]:
    """Where a mention sits: log10 magnitudes for numbers, day ordinals for dates; +-inf if open."""
    if row.kind == "date":
        lo = pd.Timestamp(row.date_start).toordinal() if pd.notna(row.date_start) else -math.inf
        return float(lo), pd.Timestamp(row.date_end).toordinal() if pd.notna(row.date_end) else math.inf
    log = lambda v: math.log10(max(abs(v), 0.01))  # noqa: E731
    if pd.isna(row.low) and pd.isna(row.high):
        return -math.inf, math.inf
    if pd.isna(row.low) or pd.isna(row.high):
        v = log(row.high if pd.isna(row.low) else row.low)
        return (v - OPEN_SPAN, v) if pd.isna(row.low) else (v, v + OPEN_SPAN)
    return log(min(row.low, row.high)), log(max(row.low, row.high))


def _significant(v: float) -> int:
    """Significant digits of a stated value (up to seven): 610,000 -> 2, 4.74 -> 3, 35 million -> 2."""
    return len(f"{abs(v):.6e}".split("e")[0].replace(".", "").rstrip("0")) if v else 0


def _specificity(low: object, high: object) -> float:
    """How telling a value is: 0 for one significant digit ("3", "300"), 0.5 for two ("35", "2.5"), 1 for
    three or more ("868", "3,452") and for a million or more ("2 million", "€1.8bn": few figures of one
    story reach them by chance); 0 without a number."""
    values = [abs(float(v)) for v in (low, high) if pd.notna(v)]
    if any(v >= TELLING_MAGNITUDE for v in values):
        return 1.0
    digits = [_significant(v) for v in values]
    return min(1.0, max(0, max(digits) - 1) / 2) if digits else 0.0


def _dated(timex: object) -> bool:
    """Whether a date's TIMEX3 value names a calendar day ("2025-02-10"), not "now" (PRESENT_REF)."""
    return not isinstance(timex, str) or timex[:1].isdigit()


#: What stands between an amount and itself in another unit: "(", a dash, "[programme], equivalent to".
_CONVERSION_MARK = regex.compile(
    r"(?:\(|[-–—]\s|(?:(?<![\w’'-])(?:[\w’'-]++\s*+){1,4}?)?[,;]\s*+(?:equivalent|equal)\s++to\s)"
)


def _conversions(facts: pd.DataFrame) -> list[tuple[int, int]]:
    """Row pairs (positions) where an amount is followed by itself in another unit: in brackets ("€1.12bn
    (£975m)", "18 km (about 11 miles)"), after a dash ("€1.8billion - around £1.5bn") or "equivalent to"
    ("€3.5bn programme, equivalent to roughly £3bn"), or for measures of known units, anywhere in the
    sentence when the two agree in base units (`in_base_units`) within CONVERSION_TOLERANCE ("18,500
    hectares - some 45,700 acres"). Each pair is one figure, though in one sentence."""
    if not {"doc", "sentence", "text"} <= set(facts.columns):
        return []
    kinds = facts["kind"].isin(["money", "measure"]).to_numpy()
    rows = list(facts[["doc", "sentence", "text", "kind", "unit"]].itertuples(index=False))
    base = in_base_units(facts, rates={})  # measures only: money needs these pairs first
    units, lows, highs = (base[c].to_numpy() for c in ("unit", "low", "high"))
    pairs = []
    for i in np.flatnonzero(kinds[:-1] & kinds[1:]):
        a, b = rows[i], rows[i + 1]
        same_place = a.doc == b.doc and a.sentence == b.sentence and a.kind == b.kind
        if same_place and isinstance(a.unit, str) and isinstance(b.unit, str) and a.unit != b.unit:
            same_measure = (
                a.kind == "measure"
                and units[i] == units[i + 1]
                and not (pd.isna(lows[i]) and pd.isna(highs[i]))
                and _close(lows[i], lows[i + 1], units[i])
                and _close(highs[i], highs[i + 1], units[i])
            )
            if same_measure or _follows(a, rf"{_CONVERSION_MARK.pattern}\s*+(?:[A-Za-z.]++\s++)?", b):
                pairs.append((int(i), int(i) + 1))
    return pairs


CONVERSION_TOLERANCE = 0.02  #: two measures of one sentence this close in base units are one figure


def _follows(a: Any, mark: str, b: Any) -> bool:
    """Whether mention row `b` comes right after `a` in their sentence, with only `mark` (a pattern) between."""
    return bool(regex.search(rf"{regex.escape(str(a.text))}\s*+{mark}{regex.escape(str(b.text))}", str(a.sentence)))


_RESTATED_KINDS = ("date", "percent", "count", "number", "duration")


def _restated(facts: pd.DataFrame) -> list[tuple[int, int]]:
    """Row pairs (positions) where a figure is restated at once in another form: a date in brackets or
    after a comma ("last Friday (5 June)", "on St Patrick's Day, March 17"), a share, count, number or
    duration in brackets or between dashes with an interval that overlaps, an approximate one widened by
    RESTATED_SLACK ("just over three-quarters of its members - 78 per cent -", "almost three days (62
    hours)"). Each pair is one figure, though in one sentence."""
    columns = ["doc", "sentence", "text", "date_start", "date_end", "low", "high", "qualifier"]
    if not set(columns) <= set(facts.columns):
        return []
    kind = facts["kind"].to_numpy()
    rows = list(facts[columns].itertuples(index=False))
    pairs = []
    for i in np.flatnonzero(kind[:-1] == kind[1:]):
        a, b = rows[i], rows[i + 1]
        if (a.doc, a.sentence) != (b.doc, b.sentence) or kind[i] not in _RESTATED_KINDS:
            continue
        if kind[i] == "date":
            same = pd.notna(a.date_start) and (a.date_start, a.date_end) == (b.date_start, b.date_end)
            mark = r"[(,]\s*+"
        else:
            slack = [RESTATED_SLACK if r.qualifier == "approx" else 0.0 for r in (a, b)]
            lo = max(_or(r.low, -math.inf) * (1 - k) for r, k in zip((a, b), slack, strict=True))
            hi = min(_or(r.high, math.inf) * (1 + k) for r, k in zip((a, b), slack, strict=True))
            same = (pd.notna(a.low) or pd.notna(a.high)) and lo <= hi
            mark = r"(?:\(|(?:[\w’'-]++\s++){0,3}?[-–—]\s)\s*+"  # "three-quarters of its members - 78 per cent"
        if same and _follows(a, mark, b):
            pairs.append((int(i), int(i) + 1))
    return pairs


RESTATED_SLACK = 0.2  #: "almost three days (62 hours)": an approximate figure reaches 20% either way


def _or(value: object, default: float) -> float:
    return default if pd.isna(value) else float(value)


def _close(x: float, y: float, unit: str) -> bool:
    """Two ends of measures in one base unit that name one amount: both open, or within CONVERSION_TOLERANCE
    (and half a degree for temperatures, written in whole degrees)."""
    if pd.isna(x) or pd.isna(y):
        return bool(pd.isna(x) and pd.isna(y))
    slack = 0.5 if unit == "°C" else 0.0
    return abs(x - y) <= CONVERSION_TOLERANCE * max(abs(x), abs(y)) + slack


def _amount(low: float, high: float) -> float | None:
    """The one positive amount a money mention states: both ends equal, or the only finite end."""
    ends = {float(v) for v in (low, high) if pd.notna(v)}
    return ends.pop() if len(ends) == 1 and min(ends) > 0 else None


def currency_rates(facts: pd.DataFrame, pairs: list[tuple[int, int]] | None = None) -> dict[str, tuple[str, float]]:
    """Currency -> (reference currency, value of one unit in it), learned from the corpus's own
    conversions (`_conversions`: "€1.12bn (£975m)", "€1.8bn - £1.5bn"); the reference is the currency
    most mentioned among those linked. No outside exchange rates: currencies never converted stay apart."""
    rates: dict[tuple[str, str], list[float]] = {}
    kind, unit, low, high = (facts[c].to_numpy() for c in ("kind", "unit", "low", "high"))
    for i, j in _conversions(facts) if pairs is None else pairs:
        x, y = _amount(low[i], high[i]), _amount(low[j], high[j])  # "as much as $26bn (£19.3bn)" too
        if kind[i] == "money" and x and y:
            rates.setdefault((unit[i], unit[j]), []).append(y / x)
    graph: dict[str, dict[str, float]] = {}
    for (u, v), found in rates.items():
        rate = float(np.median(found))
        graph.setdefault(u, {})[v], graph.setdefault(v, {})[u] = rate, 1 / rate
    if not graph:
        return {}
    counts = Counter(facts["unit"][facts["kind"] == "money"])
    out: dict[str, tuple[str, float]] = {}
    for ref in sorted(graph, key=lambda c: (-counts[c], c)):  # each linked group of currencies, largest first
        if ref in out:
            continue
        out[ref], todo = (ref, 1.0), [ref]
        while todo:
            u = todo.pop()
            for v, rate in graph[u].items():
                if v not in out:
                    out[v] = (ref, out[u][1] / rate)  # one v is 1/rate u
                    todo.append(v)
    return out


def in_base_units(
    facts: pd.DataFrame, pairs: list[tuple[int, int]] | None = None, rates: dict[str, tuple[str, float]] | None = None
) -> pd.DataFrame:
    """`kind`, `unit`, `low`, `high` of `facts` with measures in their dimension's base unit ("11 miles"
    -> 17,703 m; lexicon.UNIT_SIZES), °F as °C, and money in the corpus's reference currency where its own
    conversions link them (`rates`, by default `currency_rates(facts, pairs)`); other rows unchanged."""
    out = facts[["kind", "unit", "low", "high"]].copy()
    rates = currency_rates(facts, pairs) if rates is None else rates
    linked = (out["kind"] == "money") & out["unit"].isin(list(rates))
    if linked.any():
        size = out["unit"][linked].map(lambda u: rates[u][1]).astype(float)
        out.loc[linked, "low"], out.loc[linked, "high"] = out["low"][linked] * size, out["high"][linked] * size
        out.loc[linked, "unit"] = out["unit"][linked].map(lambda u: rates[u][0])
    measure = out["kind"] == "measure"
    known = measure & out["unit"].isin(list(lx.UNIT_SIZES))
    size = out["unit"][known].map(lambda u: lx.UNIT_SIZES[u][1]).astype(float)
    out.loc[known, "low"], out.loc[known, "high"] = out["low"][known] * size, out["high"][known] * size
    out.loc[known, "unit"] = out["unit"][known].map(lambda u: lx.UNIT_SIZES[u][0])
    fahrenheit = measure & (out["unit"] == "°F")
    for col in ("low", "high"):
        out.loc[fahrenheit, col] = (out[col][fahrenheit] - 32) / 1.8
    out.loc[fahrenheit, "unit"] = "°C"
    return out


BARE_COUNT = 1000  #: a bare number from here on ("claimed as many as 150,000") groups with counts


def _grouping_kind(facts: pd.DataFrame) -> np.ndarray:
    """The kind a mention groups by: its kind, but a bare number of BARE_COUNT or more with no unit (not an
    ordinal, an age or a year) is a count whose noun is elided ("Police counted some 42,000; the unions
    claimed as many as 150,000"), and groups with "150,000 people"."""
    kind = facts["kind"].astype(str).to_numpy().copy()
    big = np.fmax(facts["low"].abs().to_numpy(dtype=float), facts["high"].abs().to_numpy(dtype=float)) >= BARE_COUNT
    bare = (kind == "number") & big & facts["unit"].isna().to_numpy()
    if "rule" in facts.columns:
        bare &= ~facts["rule"].astype(str).str.contains("ordinal|age", regex=True).to_numpy()
    kind[bare] = "count"
    return kind


def _ordinal(facts: pd.DataFrame) -> np.ndarray:
    """Whether each mention is an ordinal ("the third strike day", "its second profit warning")."""
    rule = facts["rule"] if "rule" in facts.columns else pd.Series("", index=facts.index)
    return rule.astype(str).str.contains("ordinal").to_numpy()


#: A date after a definite noun, which names the event it dates: "the summer camp in 2024", "the floods
#: of 1997", "the intrusion on Monday" (searched in the DEFINITE_REACH characters before the date).
_DEFINITE = regex.compile(r"\b[Tt]he\s++(?:[\w’'-]++\s++){0,2}?([a-z]++)\s++(?:in|on|at|of|during)\s++$")
DEFINITE_REACH = 60


def _antecedents(
    facts: pd.DataFrame, sentences: pd.Series, texts: pd.Series, occ: pd.Series, ctx: list
) -> set[tuple[int, int]]:
    """Lend a date after a definite noun ("one participant of the summer camp in 2024 told ...") the words
    around that noun's nearest earlier mention in its article, among the sentences that hold a mention
    ("Putin first mentioned the summer camp, thanking Kim ... for the holiday of the children of killed
    participants ... in the Korean camp Songdowon"): "the" points back to what the article has already
    named, and there the event is described. The lent words weigh ANTECEDENT_WEIGHT times their closeness
    to the noun there, and join the weights and surfaces in `ctx`. Returns the (row, row) pairs of a
    borrower and each mention of the sentence it borrowed from: they look alike by loan, so they never join."""
    docs = facts["doc"].astype(str).to_numpy()
    starts = facts["start"].to_numpy() if "start" in facts.columns else np.zeros(len(facts))
    order: dict[str, list[tuple[float, str, int]]] = {}  # doc -> (start, sentence, row) of its mentions
    for i, (doc, sentence) in enumerate(zip(docs, sentences, strict=True)):
        order.setdefault(doc, []).append((starts[i], sentence, i))
    borrowed: set[tuple[int, int]] = set()
    for i, (s, t, k, kind) in enumerate(zip(sentences, texts, occ, facts["kind"], strict=True)):
        pos = _position(s, t, k)
        match = kind == "date" and _DEFINITE.search(s, max(0, pos - DEFINITE_REACH), pos)
        head = match and _token(match.group(1))
        if not head:
            continue
        earlier = sorted(((at, x) for at, x, _ in order[docs[i]] if at < starts[i] and x != s), reverse=True)
        source = next((x for _, x in earlier if head in map(_token, _WORD.findall(x))), None)
        if source is None:
            continue
        words = _WORD.findall(source)
        tokens = [_token(w) for w in words]
        weights, surfaces, _ = ctx[i]
        heads = [n for n, tok in enumerate(tokens) if tok == head]
        for n, (tok, word) in enumerate(zip(tokens, words, strict=True)):
            if tok:
                dist = min(abs(n - h) for h in heads)
                lent = ANTECEDENT_WEIGHT * (1.0 if dist <= NEAR else 1.0 / (1.0 + (dist - NEAR) / FADE))
                weights[tok] = max(weights.get(tok, 0.0), lent)
                surfaces[(tok, word if word[0].isupper() else word.lower())] += 1
        borrowed |= {p for _, x, j in order[docs[i]] if x == source for p in ((i, j), (j, i))}
    return borrowed


def _features(facts: pd.DataFrame) -> dict[str, Any]:
    """Everything the score reads, one entry per row."""
    occ = facts.groupby(["doc", "sentence", "text"], dropna=False, sort=False).cumcount()
    sentences, texts = facts["sentence"].fillna("").astype(str), facts["text"].fillna("").astype(str)
    ctx = [_context(s, t, k, kd == "date") for s, t, k, kd in zip(sentences, texts, occ, facts["kind"], strict=True)]
    borrowed = _antecedents(facts, sentences, texts, occ, ctx)
    sent = pd.factorize(facts["doc"].astype(str) + "\x00" + sentences)[0]
    kinds = _grouping_kind(facts)
    unique = sentences[~pd.Series(sent).duplicated().to_numpy()]
    df = Counter(t for s in unique for t in {_token(w) for w in _WORD.findall(s)} - {None})
    sources = Counter(facts["source"][~pd.Series(sent).duplicated().to_numpy()])
    idf = lambda c: math.log((1 + len(unique)) / (1 + c)) + 1.0  # noqa: E731
    vectors = [{t: w * idf(df[t]) for t, w in c.items()} for c, _, _ in ctx]
    for vec, src in zip(vectors, facts["source"], strict=True):
        if isinstance(src, str):
            vec["@" + name_key(src)] = SOURCE_WEIGHT * idf(sources[src])
    twins = _conversions(facts)
    base = in_base_units(facts, twins)
    units = base["unit"].where(facts["kind"].isin(["money", "measure"]))
    unit_df = Counter(units[~pd.Series(sent).duplicated().to_numpy()].dropna())
    for vec, unit in zip(vectors, units, strict=True):  # "magnitude 7.0" and "7.1 on the same scale"
        if isinstance(unit, str):
            vec["#" + unit] = UNIT_WEIGHT * idf(unit_df[unit])
    values = [str(v) for v in zip(*(facts[c] for c in ("kind", "low", "high", "date_start", "date_end")), strict=True)]
    counts = Counter(values)
    reach = 0.5  # the weight NEAR + FADE words away
    specific = np.array(
        [
            DAY_SPECIFICITY if k == "date" and pd.notna(a) and a == b and _dated(x) else _specificity(lo, hi)
            for k, lo, hi, a, b, x in zip(
                facts["kind"],
                facts["low"],
                facts["high"],
                facts["date_start"],
                facts["date_end"],
                facts["timex"] if "timex" in facts.columns else [None] * len(facts),
                strict=True,
            )
        ]
    )
    place = [(t, _position(s, t, k)) for s, t, k in zip(sentences, texts, occ, strict=True)]
    return {
        "kind": kinds,
        "unit": units.fillna("").astype(str).to_numpy(),
        "written": facts["unit"].where(facts["kind"].isin(["money", "measure"])).fillna("").astype(str).to_numpy(),
        "base": base[["low", "high"]].to_numpy(dtype=float),
        "sent": sent,
        "counted": [_counted_class(c, s) for c, s in zip(facts["counted"], facts["subject"], strict=True)],
        "names": [_names(s) for s in facts["subject"]],
        "events": [frozenset(t for t, w in c.items() if t in EVENT_WORDS and w >= reach) for c, _, _ in ctx],
        "event": [nearest for _, _, nearest in ctx],
        "span": np.array(
            [_span(r) for r in facts.drop(columns=["unit", "low", "high"]).join(base[["low", "high"]]).itertuples()],
            dtype=float,
        ).reshape(-1, 2),
        "vague": facts["qualifier"].astype(str).eq("vague").to_numpy(),
        "small": ((kinds == "number") & ~_ordinal(facts)) | (facts["kind"].eq("count") & facts["high"].le(2)).values,
        "age": (facts["kind"].eq("number") & facts["unit"].eq("year")).to_numpy(),
        "part": np.array(
            [
                k in ("count", "number") and bool(_PART_AFTER.match(s, p + len(t)))
                for (t, p), s, k in zip(place, sentences, kinds, strict=True)
            ]
        ),
        "vectors": vectors,
        "surfaces": [s for _, s, _ in ctx],
        "value": pd.factorize(pd.Series(values))[0],
        "rarity": np.array([math.log((1 + len(unique)) / (1 + counts[v])) / math.log(1 + len(unique)) for v in values]),
        "specific": specific,
        "twins": frozenset(twins + _restated(facts)),
        "borrowed": frozenset(borrowed),
        "place": place,
        "sentence": sentences.to_numpy(),
        "source": facts["source"].to_numpy(),
        "dateline": np.array(
            [k == "date" and _dateline(s, t) for k, s, t in zip(facts["kind"], sentences, texts, strict=True)]
        ),
    }


# --- pair scores ---------------------------------------------------------------------------------------


def _cosine(vectors: list[dict[str, float]], idx: np.ndarray) -> np.ndarray:
    """Cosine similarity of the context vectors of `idx` (dense over the words two of them share)."""
    counts = Counter(t for i in idx for t in vectors[i])
    vocab = {t: k for k, t in enumerate(t for t, c in counts.items() if c > 1)}
    x = np.zeros((len(idx), max(len(vocab), 1)), dtype=np.float32)
    for r, i in enumerate(idx):
        for t, w in vectors[i].items():
            if t in vocab:
                x[r, vocab[t]] = w
        x[r] /= math.sqrt(sum(w * w for w in vectors[i].values())) or 1.0
    return (x @ x.T).astype(float)


def _noun_factor(a: str | None, b: str | None) -> float:
    """The factor of two counted classes (`_counted_class`; None: not known)."""
    if a is None or b is None:
        return 0.85
    if a == b:
        return 1.0
    if "people" in (a, b) and a in _PEOPLE and b in _PEOPLE:  # "hundreds of Russians" / "soldiers"
        return 0.7
    return NOUN_CLASH


def _pairwise(values: list, fn: Callable[[Any, Any], float]) -> np.ndarray:
    """fn over every pair of `values`, computed once per pair of distinct values."""
    uniq = {v: k for k, v in enumerate(dict.fromkeys(values))}
    codes = np.array([uniq[v] for v in values])
    table = np.array([[fn(a, b) for b in uniq] for a in uniq], dtype=float)
    return table[codes][:, codes]


def _converted(feat: dict[str, Any], idx: np.ndarray) -> np.ndarray:
    """Pairs written in different units of one dimension (or in currencies the corpus links) whose ends
    are within CONVERSION_SLACK of each other in base units: "42-foot" / "13-metre", "42-44C" /
    "108-111F", "€105m" / "£90m" at a rate of 0.857 (a conversion rounds, and outlets convert at their
    own rates). Open ends never match."""
    base, unit, written = feat["base"][idx], feat["unit"][idx], feat["written"][idx]
    with np.errstate(invalid="ignore", divide="ignore"):
        near = [
            np.abs(np.subtract.outer(v, v)) <= CONVERSION_SLACK * np.maximum.outer(np.abs(v), np.abs(v))
            for v in (base[:, 0], base[:, 1])
        ]
    return near[0] & near[1] & (unit[:, None] == unit[None, :]) & (written[:, None] != written[None, :])


def _scores(feat: dict[str, Any], idx: np.ndarray) -> np.ndarray:
    """Pair scores among `idx` (one kind): (cosine + same-value bonus) x factors; -1 where a limit forbids."""
    lo, hi = feat["span"][idx, 0], feat["span"][idx, 1]
    with np.errstate(invalid="ignore"):
        gap = np.maximum(0.0, np.maximum(lo[:, None] - hi[None, :], lo[None, :] - hi[:, None]))
    if feat["kind"][idx[0]] == "date":  # overlapping, or one unit of the coarser date apart (a conflict)
        width = np.where(np.isfinite(hi - lo), hi - lo + 1, 0.0)
        factor = np.where(gap == 0, 1.0, np.where(gap <= np.maximum(1, np.maximum.outer(width, width)), 0.6, -1.0))
    else:
        factor = np.where(gap > MAX_LOG_GAP, -1.0, 1.0 - 0.5 * gap / MAX_LOG_GAP)
    pick = lambda key: [feat[key][i] for i in idx]  # noqa: E731
    nouns = _pairwise(pick("counted"), _noun_factor)
    vague = np.logical_and.outer(feat["vague"][idx], feat["vague"][idx])
    nouns = np.where((nouns == NOUN_CLASH) & vague, -1.0, nouns)  # "hundreds of soldiers" / "of sanatoriums"
    same = np.equal.outer(feat["value"][idx], feat["value"][idx])
    if feat["kind"][idx[0]] == "duration":  # "12 1/2 years", "12 years and six months", "150 months"
        with np.errstate(invalid="ignore"):
            near = lambda x: np.abs(np.subtract.outer(x, x)) <= DURATION_SLACK  # noqa: E731
            same |= near(lo) & near(hi)
    factor = np.where(factor < 0, -1.0, factor * nouns)
    factor *= _pairwise(pick("events"), lambda a, b: EVENT_CLASH if a and b and not a & b else 1.0)
    if feat["kind"][idx[0]] in ("money", "measure"):  # "42-foot" / "13-metre": one value, converted
        same |= _converted(feat, idx)
    small = np.logical_or.outer(feat["small"][idx], feat["small"][idx])
    if feat["kind"][idx[0]] == "number":  # an age is no bare small number: "Voss, 61," / "the 61-year-old"
        small &= ~np.logical_and.outer(feat["age"][idx], feat["age"][idx])  # (two names still clash)
    factor *= np.where(small, SMALL, 1.0)
    factor *= np.where(np.not_equal.outer(feat["part"][idx], feat["part"][idx]), PART_CLASH, 1.0)
    unit, sent = feat["unit"][idx], feat["sent"][idx]
    clash = _pairwise(pick("names"), lambda a, b: bool(a and b and not a & b)) > 0
    clash |= (unit[:, None] != unit[None, :]) & (unit[:, None] != "") & (unit[None, :] != "")
    together = sent[:, None] == sent[None, :]
    np.fill_diagonal(together, False)
    for a, b in zip(*np.nonzero(np.triu(together, 1)), strict=True):  # "8,000, while organisers said 20,000"
        i, j = idx[a], idx[b]
        if _rivals(feat["sentence"][i], feat["place"][i], feat["place"][j], (feat["source"][i], feat["source"][j])):
            together[a, b] = together[b, a] = False
    clash |= together
    where = {int(r): k for k, r in enumerate(idx)}
    for i, j in feat["borrowed"]:  # a date and the sentence it borrowed its event from
        if i in where and j in where:
            clash[where[i], where[j]] = True
    clash |= np.logical_or.outer(feat["dateline"][idx], feat["dateline"][idx])  # a dateline stands alone
    bonus = VALUE_BONUS * feat["rarity"][idx] + SPECIFIC_BONUS * feat["specific"][idx]
    bonus = np.minimum.outer(bonus, bonus)  # of the less telling of two near values
    score = _cosine(feat["vectors"], idx) + np.where(same, bonus, 0)
    if feat["kind"][idx[0]] == "count":  # "4 dead" / "at least seven people killed": one toll, two claims
        frames = [(ev, cl in _PEOPLE) for ev, cl in zip(pick("event"), pick("counted"), strict=True)]
        score = score + FRAME_BONUS * _pairwise(frames, lambda a, b: float(a[1] and b[1] and bool(a[0] & b[0])))
    if feat["kind"][idx[0]] == "date":
        score = score - DATE_MARGIN + DATE_FRAME * _pairwise(pick("event"), lambda a, b: float(bool(a) and a == b))
    out = np.where((factor < 0) | clash, -1.0, score * factor)
    for i, j in feat["twins"]:  # "€1.12bn (£975m)": one figure written twice
        if i in where and j in where:
            out[where[i], where[j]] = out[where[j], where[i]] = 1.0
    np.fill_diagonal(out, 1.0)
    return out


# --- grouping ------------------------------------------------------------------------------------------


def _components(feat: dict[str, Any], idx: np.ndarray, chunk: int = 2000) -> list[np.ndarray]:
    """Groups of `idx` linked by a pair scoring THRESHOLD. Large kinds are scored in overlapping chunks
    of neighbouring magnitudes, so memory stays chunk x chunk."""
    parent = list(range(len(idx)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    order = np.argsort(feat["span"][idx, 0], kind="stable")
    for start in range(0, max(len(idx) - chunk // 2, 1), chunk // 2):
        part = order[start : start + chunk]
        for a, b in zip(*np.nonzero(np.triu(_scores(feat, idx[part]) >= THRESHOLD, 1)), strict=True):
            parent[find(int(part[a]))] = find(int(part[b]))
    roots = np.array([find(i) for i in range(len(idx))])
    return [idx[roots == r] for r in pd.unique(roots)]


def _average_linkage(score: np.ndarray) -> list[list[int]]:
    """Merge the two groups with the best average score until none reaches THRESHOLD; a group never
    holds a forbidden pair (score -1). Deterministic: ties go to the lowest index. The matrix of averages
    is kept and only the merged group's row and column are recomputed, so a merge costs O(n), not O(n²)
    (its argmax aside)."""
    n = len(score)
    sums, banned, size = np.where(score < 0, 0.0, score), score < 0, np.ones(n)
    members, alive = [[i] for i in range(n)], np.ones(n, dtype=bool)
    avg = np.where(banned, -1.0, sums)
    np.fill_diagonal(avg, -1.0)
    while True:
        a, b = sorted(divmod(int(np.argmax(avg)), n))
        if avg[a, b] < THRESHOLD:
            return [m for m, keep in zip(members, alive, strict=True) if keep]
        sums[a] += sums[b]
        sums[:, a] += sums[:, b]
        banned[a] |= banned[b]
        banned[:, a] |= banned[:, b]
        size[a] += size[b]
        members[a] += members[b]
        alive[b] = False
        avg[b, :] = avg[:, b] = -1.0
        row = np.where(banned[a] | ~alive, -1.0, sums[a] / (size[a] * size))
        row[a] = -1.0
        avg[a, :] = avg[:, a] = row


def _label(feat: dict[str, Any], rows: np.ndarray, facts: pd.DataFrame) -> str:
    """ "<what is counted, or the kind> · <two words most of its mentions share, not naming the source>"
    (or, when none is shared by most, two shared by two mentions, or its two weightiest words)."""
    known = [s for s in facts["subject"].iloc[rows] if isinstance(s, str)]
    kind = feat["kind"][rows[0]]
    head = max(Counter(known).items(), key=lambda kv: (bool(_names(kv[0])), kv[1]))[0] if known else kind
    weight, present, surface = Counter(), Counter(), Counter()
    for i in rows:
        weight.update(feat["vectors"][i])
        present.update(feat["vectors"][i].keys())
        surface.update(feat["surfaces"][i])
    said_by = " ".join(a for a in facts["attribution"].iloc[rows] if isinstance(a, str))
    own = {_token(w) for w in _WORD.findall(f"{head} {said_by}")}
    ranked = [t for t, _ in weight.most_common() if t not in own and t[0].isalpha()]
    # words most of its mentions share; else words two of them share; else its weightiest words
    words = ([t for t in ranked if 2 * present[t] >= len(rows)] or [t for t in ranked if present[t] >= 2]
             or ranked)  # fmt: skip
    shown = [max((n, s) for (t, s), n in surface.items() if t == tok)[1] for tok in words[:2]]
    return f"{head} · {', '.join(shown)}" if shown else head


def _auto_figures(out: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Automatic figure ids and labels per row; an id is its label's slug, numbered if taken."""
    feat = _features(out)
    ids, labels, taken = [""] * len(out), [""] * len(out), Counter()
    for kind in pd.unique(feat["kind"]):
        for comp in _components(feat, np.flatnonzero(feat["kind"] == kind)):
            for part in _average_linkage(_scores(feat, comp)) if len(comp) > 1 else [[0]]:
                rows = comp[part]
                label = _label(feat, rows, out)
                taken[slugify(label)] += 1
                fid = slugify(label) + (f"-{taken[slugify(label)]}" if taken[slugify(label)] > 1 else "")
                for i in rows:
                    ids[i], labels[i] = fid, label
    return ids, labels


# --- user rules ----------------------------------------------------------------------------------------

_SELECTORS = {"kind", "counted", "near", "near_any", "value_between", "date_between", "text", "outlet", "doc"}
_RULE_KEYS = {"figure": _SELECTORS | {"name", "whole"}, "split": _SELECTORS | {"figure", "name"},
              "merge": {"figures", "name"}}  # fmt: skip


def load_figures(figures: str | Path | dict | None) -> dict[str, list[dict]]:
    """The checked rules of a figures file (TOML path) or dict: {"figure": [..], "split": [..], "merge": [..]}."""
    data = {} if figures is None else figures
    if not isinstance(data, dict):
        data = tomllib.loads(Path(figures).read_text(encoding="utf-8"))  # type: ignore[arg-type]
    if set(data) - set(_RULE_KEYS):
        raise ValueError(f"figures file: unknown table(s) {sorted(set(data) - set(_RULE_KEYS))}; use "
                         "[[figure]], [[split]], [[merge]]")  # fmt: skip
    rules = {key: list(data.get(key, [])) for key in _RULE_KEYS}
    for key, rule in ((k, r) for k, items in rules.items() for r in items):
        if set(rule) - _RULE_KEYS[key]:
            raise ValueError(f"figures file: [[{key}]] has unknown key(s) {sorted(set(rule) - _RULE_KEYS[key])}")
        if key == "figure" and not rule.get("name"):
            raise ValueError("figures file: every [[figure]] needs a name")
        if key != "merge" and not set(rule) & _SELECTORS:
            raise ValueError(f"figures file: [[{key}]] {rule.get('name', '')!r} selects nothing")
    return rules


def _inside(lo: pd.Series, hi: pd.Series, a: Any, b: Any) -> pd.Series:
    """Rows with a known bound and every known bound within [a, b]."""
    return (lo.notna() | hi.notna()) & (lo.isna() | lo.between(a, b)) & (hi.isna() | hi.between(a, b))


def _select(facts: pd.DataFrame, rule: dict) -> pd.Series:
    """Rows that match every selector of a rule."""
    as_list = lambda v: [v] if isinstance(v, str) else list(v)  # noqa: E731
    sentences = facts["sentence"].fillna("").astype(str)
    has = lambda w: sentences.str.contains(rf"(?<!\w){regex.escape(w)}(?!\w)", case=False)  # noqa: E731
    concept = lambda c: _concept(c.split()[-1]) or c.lower() if isinstance(c, str) else None  # noqa: E731
    mask = pd.Series(True, index=facts.index)
    for word in as_list(rule.get("near", [])):
        mask &= has(word)
    if "near_any" in rule:
        mask &= np.logical_or.reduce([has(w) for w in as_list(rule["near_any"])])
    if "counted" in rule:
        mask &= facts["counted"].map(concept).isin({concept(c) for c in as_list(rule["counted"])})
    if "value_between" in rule:
        mask &= _inside(facts["low"], facts["high"], *map(float, rule["value_between"]))
    if "date_between" in rule:
        start, end = (pd.to_datetime(facts[c]) for c in ("date_start", "date_end"))
        mask &= _inside(start, end, *map(pd.Timestamp, rule["date_between"]))
    if "text" in rule:
        mask &= facts["text"].str.lower().isin([t.lower() for t in as_list(rule["text"])])
    for col in ("kind", "outlet", "doc"):
        if col in rule:
            mask &= facts[col].isin(as_list(rule[col])) if col in facts.columns else False
    return mask


def _apply_rules(out: pd.DataFrame, rules: dict[str, list[dict]]) -> pd.DataFrame:
    """Pins, then splits, then merges, on top of the automatic `figure` / `figure_label`."""
    cols, pinned = ["figure", "figure_label"], pd.Series(False, index=out.index)
    for rule in rules["figure"]:
        mask = _select(out, rule) & ~pinned
        mask |= out["figure"].isin(out.loc[mask, "figure"]) & ~pinned if rule.get("whole") else False
        out.loc[mask, cols], pinned = (slugify(rule["name"]), rule["name"]), pinned | mask
    for rule in rules["split"]:
        mask = _select(out, rule)
        if "figure" in rule:
            mask &= (out["figure"] == rule["figure"]) | (out["figure_label"] == rule["figure"])
        if rule.get("name"):
            out.loc[mask, cols] = slugify(rule["name"]), rule["name"]
        else:
            out.loc[mask, cols] = out.loc[mask, cols] + ["-split", " (split)"]
    for rule in rules["merge"]:
        mask = out["figure"].isin(rule.get("figures", [])) | out["figure_label"].isin(rule.get("figures", []))
        if mask.any():
            first = out.loc[mask].iloc[0]
            name = rule.get("name")
            out.loc[mask, cols] = (slugify(name), name) if name else (first["figure"], first["figure_label"])
    return out


def align(facts: pd.DataFrame, figures: str | Path | dict | None = None) -> pd.DataFrame:
    """The facts with `figure` (id) and `figure_label`: mentions of one real-world figure share them.

    `figures` is a figures file (TOML, see the module docs) or its dict, applied on top of the automatic
    grouping. Adds `source` and `upstream` (`sources.normalize_sources`) when they are missing.

    >>> import factkit
    >>> facts = pd.concat([factkit.extract("Kyiv says 300 soldiers were killed in Kursk.", doc="a"),
    ...                    factkit.extract("Some 300 troops died in Kursk, Moscow said.", doc="b")])
    >>> align(facts)["figure"].nunique()
    1
    """
    rules = load_figures(figures)
    out = facts.reset_index(drop=True).copy()
    out.attrs = {}  # side tables (extraction errors) go back on the result untouched
    for col in (
        "qualifier",
        "subject",
        "counted",
        "unit",
        "sentence",
        "text",
        "low",
        "high",
        "date_start",
        "date_end",
        "attribution",
    ):
        out[col] = out[col] if col in out.columns else None
    out = out if "source" in out.columns else normalize_sources(out)
    out["figure"], out["figure_label"] = _auto_figures(out) if len(out) else ([], [])
    out = _apply_rules(out, rules)
    out.index, out.attrs = facts.index, dict(facts.attrs)
    return out
