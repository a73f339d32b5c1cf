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
- a lone "one" is a determiner, not a figure, unless a unit follows ("one year", "one percent").
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import regex

from . import lexicon as lx
from .mention import Mention

_FLAGS = regex.VERBOSE | regex.IGNORECASE
_NAN = math.nan


def _alt(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, any whitespace run between words."""
    parts = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in parts)


# --- named sub-patterns -------------------------------------------------------------------------------
# Every repetition below is possessive or atomic, so no pattern can backtrack catastrophically
# (tests/test_redos.py runs them all on 100k-character adversarial strings with a timeout).

#: "10,000", "12,34,567", "1.5", "250" -- not part of a longer digit/comma run, an id or a version.
DIGITS_BODY = r"""
    (?>\d{1,3}(?:,\d{3})++(?!\d)|\d{1,2}(?:,\d{2}(?=,))++,\d{3}(?!\d)|\d++|(?=\.\d))
    (?:\.\d++)?
    (?:e[+-]?\d++(?![\w-]))?
    (?![.,]?\d|/\d|:\d)
"""
#: A minus sign belongs to the number only where it cannot be a range dash or a hyphen: "-5",
#: "(−0.3%)", but not "10-12" or "F-16".
DIGITS = r"(?:(?<![\w.,)\]%/-])(?P<neg>[-−])(?=\.?\d)|(?<![\w.,/:#@-]|[A-Za-z]-))" + DIGITS_BODY
NUMBER_WORD = _alt([*lx.UNIT_WORDS, *lx.TENS_WORDS, *lx.SCALE_WORDS])
SCALE_WORD = _alt(lx.SCALE_WORDS)
_DIGIT_WORD = rf"(?:{_alt(lx.TENS_WORDS)})(?:-(?:{_alt(lx.UNIT_WORDS)}))?|{_alt(lx.UNIT_WORDS)}"
#: "eleven thousand", "twenty-five", "one hundred and fifty", "a hundred", "half a million",
#: "two hundred point zero three"
WORDS = rf"""
    (?<![\w-])
    (?:(?:half\s+)?an?\s+(?=(?:{SCALE_WORD})\b))?
    (?:{NUMBER_WORD})(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{NUMBER_WORD})(?!\w))*+
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
ORDINAL = rf"(?<![\w.,-])(?:(?P<ordd>\d++)(?:st|nd|rd|th)|(?P<ordw>{ORDINAL_WORD}))(?![\w-])"

_DENOMINATOR = rf"""(?:(?:{_alt(lx.TENS_WORDS)})[\s-](?:{_alt(lx.UNIT_ORDINALS)})|{_alt(lx.FRACTION_DENOMINATORS)})"""
#: After a spelled-out number: "two thirds", "twenty one fifths", "and a half", "and three quarters".
#: A singular denominator after "a"/"one" must end the phrase or take "of" ("a fifth of voters",
#: "one eighth."), so "a fifth term" stays an ordinal.
FRACTION_TAIL = regex.compile(
    rf"""(?<![\s-])(?:\s++and\s++(?P<andone>an?|one)[\s-]++(?P<den1>{_DENOMINATOR})(?!\w)
          |[\s-]++(?P<den>{_DENOMINATOR}|halve)s(?!\w))""",
    _FLAGS,
)
#: "a half", "a fifth of", "one eighth.", "half of the staff", "a hundredth"
FRACTION = rf"""
    (?<![\w-])
    (?:(?:an?|one)[\s-]+(?P<fden1>{_DENOMINATOR})(?=\s+of\b|\s*[.,;:!?)]|\s*$)
      |(?P<fhalf>half)(?=\s+(?:of|the)\b))
    (?![\w-])
"""

#: The core of every numeric expression; everything else is grown around it in `_quantity`.
CORE = regex.compile(
    rf"""
      (?P<fraction>{FRACTION})
    | (?P<vague>{VAGUE})
    | (?P<tadjective>{TIME_ADJECTIVE})
    | (?P<ordinal>{ORDINAL})
    | (?P<digits>{DIGITS})
    | (?P<words>{WORDS})
    | (?P<article>{ARTICLE_TIME})
    """,
    _FLAGS,
)

SUFFIX_SCALE = regex.compile(
    r"(?:\s?(?P<long>bn|mn|mln|bln|tn|trn)|(?P<short>[kmb])|\s(?P<spacek>k))(?!\w|-[A-Za-z])", _FLAGS
)
SCALE_AFTER = regex.compile(rf"(?<!\s)(?:\s*+-?\s*+|\s++of\s++)(?P<scale>{SCALE_WORD}|dozen(?=s))s?(?![\w-])", _FLAGS)
CURRENCY_BEFORE = regex.compile(rf"(?P<cur>{_alt(lx.CURRENCY_BEFORE)})\s?\Z")
CURRENCY_AFTER = regex.compile(
    rf"(?<!\s)(?:\s*+|\s++of\s++)(?P<cur>{_alt(lx.CURRENCY_AFTER)})(?![\w-])", regex.VERBOSE | regex.IGNORECASE
)
PERCENT = regex.compile(rf"\s?(?P<pct>{_alt(lx.PERCENT_WORDS)})(?!\w)", _FLAGS)
TIME_AFTER = regex.compile(
    rf"(?<!\s)(?:\s++|\s*+-\s*+|(?<=\d))(?P<tunit>{TIME_UNIT})(?P<tplural>s|es)?(?P<old>[\s-]+old)?(?![\w-])", _FLAGS
)
MEASURE_AFTER = regex.compile(rf"(?<!\s)\s*+-?\s*+(?P<unit>{_alt(lx.MEASURE_UNITS)})(?![\w-])", _FLAGS)
MEASURE_SYMBOL_AFTER = regex.compile(rf"\s?(?P<unit>{_alt(lx.MEASURE_SYMBOLS)})(?![\w-])")
BOUND_BEFORE = regex.compile(rf"(?<![\w-])(?P<bound>{_alt(lx.BOUNDS_BEFORE)})\s*\Z", _FLAGS)
BOUND_AFTER = regex.compile(rf"(?<!\s)\s*+(?P<bound>{_alt(lx.BOUNDS_AFTER)})(?![\w])", _FLAGS)
BETWEEN_BEFORE = regex.compile(r"(?<![\w-])(?P<kw>between|from)\s+\Z", _FLAGS)
RANGE_JOIN = regex.compile(r"(?<!\s)\s*+(?P<join>-|–|—|to|and|or)\s*+", _FLAGS)
#: The second number of a range, right after its joining word or dash ("10,000-12,000").
RANGE_SECOND = regex.compile(rf"(?P<digits>{DIGITS_BODY})|(?P<words>{WORDS})", _FLAGS)
LABEL_BEFORE = regex.compile(r"(?<![\w-])(?P<label>[A-Za-z]+\.?)\s+\Z")
YEAR_OLD_BEFORE = regex.compile(r"(?<![\w-])aged?\s+\Z", _FLAGS)

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
        regex.compile(r"(?<![\w])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[.-]\d{3,4}[.-]\d{3,4}(?!\d)"),
    ),
    # "at 15:28", "10 a.m.", "3pm"
    (
        "clock",
        (),
        regex.compile(r"\b\d{1,2}(?::\d{2}){1,2}\b|\b\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)", regex.IGNORECASE),
    ),
    # "192.168.1.2", "version 2.3.1"
    ("dotted", (), regex.compile(r"\b\d++(?:\.\d++){2,}+\b")),
)
_ANCHOR_WINDOW = 2_000  # the longest URL or data URI an anchor may sit inside

YEAR_RANGE = (1600, 2199)


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
        return float(s)
    except ValueError:
        pass
    if " point " in s:
        whole, _, decimals = s.partition(" point ")
        digits = [parse_number(tok) for tok in decimals.split()]
        value = parse_number(whole)
        if value is None or any(d is None for d in digits):
            return None
        return float(f"{value:.0f}.{''.join(f'{d:.0f}' for d in digits)}")
    total, current, seen = 0.0, 0.0, False
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
        if token in lx.UNIT_WORDS:
            current += lx.UNIT_WORDS[token]
        elif token in lx.TENS_WORDS:
            current += lx.TENS_WORDS[token]
        elif token in lx.SCALE_WORDS:
            scale = lx.SCALE_WORDS[token]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
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
    if m.group("vague"):
        if m.group("mult"):
            lo, hi = lx.VAGUE_MULTIPLIERS[_norm(m.group("mult"))]
            scale = lx.SCALE_WORDS[m.group("multscale").lower()]
            return _Core(s, e, lo * scale, hi * scale, "vague", "vague.multiplier")
        if m.group("mag"):
            lo, hi = lx.VAGUE_MAGNITUDES[_norm(m.group("mag"))]
            return _Core(s, e, lo, hi, "vague", "vague.magnitude")
        lo, hi = lx.VAGUE_MULTIPLIERS[_norm(m.group("alone"))]
        return _Core(s, e, lo, hi, "vague" if lo != hi else "approx", "vague.determiner")
    if m.group("tadjective"):
        plural = bool(m.group("tadjpl"))
        return _Core(s, e, 2 if plural else 1, _NAN if plural else 1, "vague" if plural else "exact",
                     "duration.adjective")  # fmt: skip
    if m.group("ordinal"):
        v = float(m.group("ordd")) if m.group("ordd") else float(lx.ORDINAL_WORDS[m.group("ordw").lower()])
        return _Core(s, e, v, v, "exact", "ordinal")
    if m.group("article"):
        return _Core(s, e, 1, 1, "exact", "article")
    if m.group("fraction"):
        v = 0.5 if m.group("fhalf") else 1 / _denominator(m.group("fden1"))
        return _Core(s, e, v, v, "exact", "fraction")
    return _number_core(m)


def _number_core(m: regex.Match[str]) -> _Core | None:
    """Read a match with a `digits` or `words` group."""
    s, e = m.span()
    raw = m.group(0)
    value = parse_number(raw)
    if value is None:
        return None
    if m.group("digits"):
        return _Core(s, e, value, value, "exact", "digits")
    tail = FRACTION_TAIL.match(m.string, e)
    if tail:
        if tail.group("den1"):  # "three and a fifth"
            value += 1 / _denominator(tail.group("den1"))
        else:  # "two thirds", "one hundred and three quarters" = 100 + 3/4
            whole, _, numerator = raw.lower().rpartition(" and ")
            den = _denominator(tail.group("den"))
            value = (parse_number(whole) or 0) + (parse_number(numerator) or 0) / den
        return _Core(s, tail.end(), value, value, "exact", "fraction")
    words = raw.lower().split()
    if words == ["one"]:
        return _Core(s, e, 1, 1, "exact", "words.one")
    return _Core(s, e, value, value, "exact", "words")


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


def _scaled(text: str, core: _Core) -> _Core:
    """Attach a scale after the core: "1.5 million", "$2bn", "11k", "two dozen"."""
    if core.rule not in ("digits", "words", "words.one", "fraction"):
        return core
    if core.rule == "digits":
        m = SUFFIX_SCALE.match(text, core.end)
        if m:
            key = (m.group("long") or m.group("short") or m.group("spacek")).lower()
            f = lx.SUFFIX_SCALES[key]
            return replace(core, end=m.end(), low=core.low * f, high=core.high * f, rule="digits.suffix",
                           glued_scale=True, scale=f)  # fmt: skip
    m = SCALE_AFTER.match(text, core.end)
    if m and not (core.rule.startswith(("words", "fraction")) and " of " in m.group(0)):
        f = lx.SCALE_WORDS[m.group("scale").lower()]
        return replace(core, end=m.end(), low=core.low * f, high=core.high * f, rule=core.rule + ".scale",
                       glued_scale=True, scale=f)  # fmt: skip
    return core


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


def _is_year(text: str, core: _Core) -> bool:
    raw = text[core.start : core.end]
    return core.rule == "digits" and raw.isdigit() and len(raw) == 4 and YEAR_RANGE[0] <= int(raw) <= YEAR_RANGE[1]


def _quantity(text: str, m: regex.Match[str], masked: _Masked) -> Mention | None:
    """Grow one CORE match into a full mention, or None if the core is not a figure."""
    core = _core_value(text, m)
    if core is None or masked.hits(core.start, core.end):
        return None
    core = _scaled(text, core)
    start, end = core.start, core.end
    low, high, qualifier = core.low, core.high, core.qualifier
    rules = [core.rule]
    kind, unit, timex = "count", None, None

    # currency sign before: "$2bn", "US$ 5 million", "€20m"
    cur = CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    if cur and core.rule in ("digits", "digits.suffix", "digits.scale", "words.scale", "words"):
        kind, unit, start = "money", lx.CURRENCY_BEFORE[cur.group("cur")], cur.start()
        rules.append("money.sign")

    # range tail: "10,000-12,000", "10 to 12 million", "between 10 and 12", "two or three"
    if core.rule.startswith(("digits", "words")):
        rng = _range_tail(text, start, core, masked, kind)
        if rng is not None:
            end, low, high, join, rng_rule = rng
            rules.append(rng_rule)
            if join == "or":
                qualifier = "approx"
            keyword = BETWEEN_BEFORE.search(text, max(0, start - 10), start)
            if keyword and join == "and":
                start = keyword.start()

    if kind != "money" and core.rule in ("digits", "words", "words.one", "digits.scale", "words.scale",
                                        "vague.magnitude", "vague.multiplier", "digits.suffix"):  # fmt: skip
        after = CURRENCY_AFTER.match(text, end)
        if after and not (after.group("cur").lower() == "won" and "of" in after.group(0)):
            word = after.group("cur")
            key = word if word in lx.CURRENCY_AFTER else next(
                (k for k in lx.CURRENCY_AFTER if k.lower() == _norm(word).lower()), word)  # fmt: skip
            kind, unit, end = "money", lx.CURRENCY_AFTER.get(key, word.upper()), after.end()
            div = lx.CURRENCY_SUBUNITS.get(key.lower())
            if div:
                low, high = low / div, high / div
            rules.append("money.word")

    if kind == "count" and core.rule in ("digits", "words", "words.one", "digits.scale", "words.scale"):
        pct = PERCENT.match(text, end)
        if pct:
            kind, end = "percent", pct.end()
            unit = lx.PERCENT_WORDS[_norm(pct.group("pct")).lower()]
            rules.append("percent")

    if kind == "count" and not core.glued_scale and core.rule not in ("ordinal", "fraction"):
        tm = TIME_AFTER.match(text, end)
        if tm and (core.rule != "duration.adjective"):
            name, days, designator = lx.TIME_UNITS[tm.group("tunit").lower()]
            if tm.group("old"):
                kind, unit, end = "number", "year", tm.end()
                rules.append("age")
            else:
                kind, unit, end = "duration", name, tm.end()
                timex = _duration_timex(low, high, qualifier, name, designator)
                low, high = low * days, high * days
                rules.append("duration")
        elif core.rule == "duration.adjective":
            name, days, designator = lx.TIME_UNITS[m.group("tadj").lower()]
            kind, unit = "duration", name
            timex = _duration_timex(low, high, qualifier, name, designator)
            low, high = low * days, high * days
        elif core.rule == "article":
            return None
        else:
            meas = MEASURE_AFTER.match(text, end) or MEASURE_SYMBOL_AFTER.match(text, end)
            if meas and core.rule.startswith(("digits", "words")):
                key = meas.group("unit")
                unit = lx.MEASURE_SYMBOLS.get(key) or lx.MEASURE_UNITS.get(_norm(key).lower(), key)
                kind, end = "measure", meas.end()
                rules.append("measure")
    elif core.rule == "article":
        return None

    if core.rule in ("ordinal", "fraction"):
        kind = "number"
    if core.rule == "words.one" and kind in ("count", "number"):
        return None
    if _is_year(text, core) and kind == "count" and end == core.end and "range" not in " ".join(rules):
        bound = BOUND_BEFORE.search(text, max(0, start - 24), start)
        if not bound:
            return None
    if kind == "count" and core.rule.startswith("digits"):
        label = LABEL_BEFORE.search(text, max(0, start - 16), start)
        if label and label.group("label").lower() in lx.LABEL_WORDS:
            return None
    if masked.hits(start, end):
        return None

    # bound words after: "500 or more", "40-plus", "1,000+"
    after = BOUND_AFTER.match(text, end)
    if after and qualifier == "exact" and low == high:
        qualifier = lx.BOUNDS_AFTER[_norm(after.group("bound")).lower()]
        end = after.end()
        low, high = _bounded(low, qualifier)
        rules.append("bound.after")

    # bound words before: "more than 10,000", "up to $3 billion", "some 11,000"
    if "range" not in rules[-1]:
        bound = BOUND_BEFORE.search(text, max(0, start - 24), start)
        if bound and qualifier in ("exact", "vague") and (qualifier == "exact" or low == high):
            qualifier = lx.BOUNDS_BEFORE[_norm(bound.group("bound")).lower()]
            start = bound.start()
            low, high = _bounded(low, qualifier)
            rules.append("bound." + qualifier)
        elif bound and qualifier == "vague":
            # "nearly a few hundred" keeps its vague interval; the bound word joins the span only
            start = bound.start()
            rules.append("bound.vague")
    return Mention(kind=kind, text=text[start:end], start=start, end=end, low=low, high=high,
                   qualifier=qualifier, unit=unit, timex=timex, rule="+".join(rules))  # fmt: skip


def _bounded(value: float, qualifier: str) -> tuple[float, float]:
    """The interval a bound word gives a single value."""
    if qualifier in ("more_than", "at_least"):
        return value, _NAN
    if qualifier in ("up_to", "at_most"):
        return _NAN, value
    return value, value


def _range_tail(text: str, start: int, core: _Core, masked: _Masked, kind: str):
    """Second half of a range after `core`, or None: (end, low, high, join word, rule)."""
    j = RANGE_JOIN.match(text, core.end)
    if not j:
        return None
    join = j.group("join").lower()
    keyword = BETWEEN_BEFORE.search(text, max(0, start - 10), start)
    kw = keyword.group("kw").lower() if keyword else None
    if join == "and" and kw != "between":
        return None
    if join == "to" and kw == "from":
        return None  # "rose from 5% to 7%": a change between two figures, not a range
    if join in ("-", "–", "—") and j.group(0) != join and not core.rule.startswith("digits"):
        return None
    pos = j.end()
    cur = regex.match(rf"(?:{_alt(lx.CURRENCY_BEFORE)})\s?", text[pos : pos + 4])
    if cur and kind == "money":
        pos += cur.end()
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

#: Every compiled pattern of this module, for the ReDoS test.
PATTERNS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("core", CORE), ("suffix_scale", SUFFIX_SCALE), ("scale_after", SCALE_AFTER),
    ("currency_before", CURRENCY_BEFORE), ("currency_after", CURRENCY_AFTER), ("percent", PERCENT),
    ("time_after", TIME_AFTER), ("measure_after", MEASURE_AFTER), ("measure_symbol", MEASURE_SYMBOL_AFTER),
    ("bound_before", BOUND_BEFORE), ("bound_after", BOUND_AFTER), ("between", BETWEEN_BEFORE),
    ("range_join", RANGE_JOIN), ("label", LABEL_BEFORE), ("range_second", RANGE_SECOND),
    ("fraction_tail", FRACTION_TAIL),
    *((name, p) for name, _, p in MASKS), *FREE_RULES,
)  # fmt: skip


def _trie(words: Iterable[str]) -> str:
    """A regex for a set of words factored by common prefixes, which the stdlib engine scans fast."""
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


#: Words that can start (or, after "a "/"an ", continue) a numeric expression: the prefilter that
#: keeps the full CORE pattern off the rest of the text. Matched on the lower-cased text.
TRIGGER_WORDS: frozenset[str] = frozenset(
    [*lx.UNIT_WORDS, *lx.TENS_WORDS, *lx.SCALE_WORDS, *lx.ORDINAL_WORDS, *lx.TIME_UNITS, "half"]
    + list(lx.FRACTION_DENOMINATORS)
    + [p.split()[0] for p in lx.VAGUE_MAGNITUDES]
    + [p.split()[1] for p in lx.VAGUE_MULTIPLIERS if p.startswith("a ")]
    + [p for p in lx.VAGUE_MULTIPLIERS if " " not in p]
)
TRIGGER = re.compile(r"\d++|\b" + _trie(TRIGGER_WORDS))


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
    out.sort(key=lambda x: x.start)
    return out


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
