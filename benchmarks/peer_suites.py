"""Conformance of `factkit.extract` on the peer test suites in ../shared/peer-suites (see its README).

Run from the project root:  python benchmarks/peer_suites.py [--suites PATH] [--only TEXT] [--show N] [--json]

Each in-scope English case goes through ``factkit.extract(text, published=<reference date, if any>)``.
**pass**: factkit's rows of the suite's kinds are exactly the expected entities (same count, span and
value within 1e-6 relative; an extra row fails, as upstream). **recall**: share of expected entities a
row overlapping their span states with the right value. **py port**: the Recognizers-Text Python port's
expected pass rate from the case flags (share of the cases scored here without "python" in NotSupported
or NotSupportedByDesign); **fk@py**: factkit's pass rate on those cases. Failure reasons: `missed` (no
row there), `value`, `kind`, `span`, `unit` (only that is wrong), `extra` (a row matching nothing).

Mapping rules
-------------
All suites   span = Recognizers Start..End (End inclusive upstream, +1 here), quantulum's first occurrence
             of `surface`, Duckling's whole input; edge words on, in, at, during, for, of, the, a(n) are
             ignored. factkit's `text` keeps bound words ("more than $ 247 million"), most suites do not:
             a longer span whose extra words hold no digit matches if its qualifier is not exact. A row
             states v if low == high == v, if its open interval's finite bound is v, or if it is a vague/
             approx range ("a few" 2..5) holding v. Ordinal rows are ignored (suites keep ordinals apart),
             rows of other kinds are never extras, entities without a value ("dollar") are dropped.
RT NumberModel       count/number rows; a number inside a longer money/percent/measure/duration row
                     matches too ("$20" -> 20, "3 years" -> 3: duration days / days per unit); a
                     proportion or share ("one out of three", "2/3 of"; percent rows of rule ratio or
                     percent.share) -> percent / 100.
RT NumberRangeModel  "(a,b]" -> low a, high b, empty side NaN; open vs closed ends not scored (factkit's
                     at_most covers "under" and "no more than"). Extras: count/number intervals only.
RT Percent/Currency  percent rows ("20%" -> 20); money rows, unit = isoCurrency, else by name: Dollar ->
                     any dollar code, Pound -> any pound, Franc/Rupee -> any; Cent/Pence -> value/100.
RT DimensionModel    measure rows; unit name -> factkit symbol (Foot ft, Mile mi, Pound lb, Ton ton|t).
RT DateTimeModel     cases whose results are all date/daterange/duration (others: times of day, sets).
                     date: timex equal, or date_start = start and date_end = end - 1 day (upstream ends
                     are exclusive) or = end (written end days); a side left open (before/after) is not
                     compared; any past/future candidate will do. duration (and DurationParser): timex
                     equal or seconds / 86400 = days. DurationExtractor: span only.
quantulum3           all quantity rows: dimensionless -> count/number (dozen x12, gross x144), percentage
                     -> percent, dollar/euro/pound sterling -> money, cent/penny/dime -> money /100, /10,
                     second..year -> duration days with that unit, others -> measure via a unit table;
                     value +/- uncertainty -> low..high; years ("1979") stay numbers. errors.json: no raise.
Duckling             one row of the kind spanning the whole input; interval from/to -> low/high; Expected
                     null -> no row of the kind; latent cases skipped. "$" -> any dollar, "£" -> any
                     pound, "unknown" -> any currency, "cent" -> /100; regional corpora: the local dollar
                     -> any dollar (factkit has no locale).
Duckling Time        grains day..year only, interval `to` exclusive. Duckling resolves forward, factkit
                     backward (news): with no direction word in the input, the same month-day in another
                     year, the same weekday within 7 days, or the XXXX- timex pass too.
dateparser           freshness: one date row, date_start = the expected day (or holding it, for week/month/
                     year periods); bare durations ("15 hr" = 15 hours ago upstream) scored apart as one
                     duration row of that length (3 %). search_dates: spans overlap, days equal; cases
                     depending on today or on parser settings skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

import factkit

SUITES = Path(__file__).resolve().parents[1].parent / "shared" / "peer-suites"
NAN, ONE_DAY = math.nan, dt.timedelta(days=1)
NUMBER, DATE, DURATION = frozenset({"count", "number"}), frozenset({"date"}), frozenset({"duration"})
MONEY, PERCENT, MEASURE_K = frozenset({"money"}), frozenset({"percent"}), frozenset({"measure"})
QUANTITY = NUMBER | MONEY | PERCENT | MEASURE_K | DURATION
DAYS = dict(zip("second minute hour day night week fortnight month year decade century".split(),
                (1 / 86400, 1 / 1440, 1 / 24, 1, 1, 7, 14, 30, 365, 3650, 36500), strict=True))  # fmt: skip
DOLLARS = frozenset("USD CAD AUD NZD HKD SGD TWD JMD TTD BZD BSD BBD BMD FJD LRD NAD SBD XCD GYD KYD SRD".split())
#: currency names without an ISO code (Recognizers, Duckling, quantulum) -> (accepted codes, factor)
CURRENCY: dict[str, tuple[frozenset[str] | None, float]] = {
    name: (None if codes == "*" else frozenset(codes.replace("$", " ".join(DOLLARS)).split()), float(f))
    for name, codes, f in (x.split(":") for x in (
        "dollar:$:1;$:$:1;pound:GBP EGP LBP SYP SDG SSP FKP GIP:1;£:GBP EGP LBP SYP:1;euro:EUR:1;pound sterling:GBP:1;"
        "franc:CHF FRF BEF LUF XOF XAF XPF:1;rupee:INR PKR LKR NPR MUR SCR:1;bitcoin:BTC XBT:1;finnish markka:FIM:1;"
        "peseta:ESP:1;netherlands guilder:NLG:1;dinar:KWD BHD JOD IQD LYD TND DZD:1;riyal:SAR QAR OMR YER:1;"
        "rial:IRR OMR YER:1;cent:$ EUR:0.01;pence:GBP:0.01;penny:$ GBP:0.01;sen:JPY MYR IDR:0.01;satoshi:BTC XBT:1e-8;"
        "dime:$:0.1;unknown:*:1").split(";"))
}  # fmt: skip
#: measure unit names (Recognizers display names, quantulum names) -> factkit unit symbols accepted
MEASURE = dict(x.split(":") for x in (  # names with -metre/-litre are looked up as -meter/-liter
    "foot:ft;meter:m;mile:mi;pound:lb;pound-mass:lb;gallon:gal;ton:ton t;metric ton:t;tonne:t;kilogram:kg;gram:g;"
    "kilometer per hour:km/h;mile per hour:mph;milligram:mg;microgram:µg μg mcg;ounce:oz;inch:in;kilometer:km;"
    "millimeter:mm;decimeter:dm;picometer:pm;nanometer:nm;attometer:am;square meter:m2;square kilometer:km2;"
    "square mile:mi2;cubic kilometer:km3;cubic foot:ft3;cubic centimeter:cm3 ml;acre:acre;milliliter:ml;"
    "centiliter:cl;liter:l;barrel:bbl;cup:cup;tablespoon:tbsp;teaspoon:tsp;degree:°;degree celsius:°C;"
    "degree fahrenheit:°F;kelvin:K;bit:bit;byte:B;megabit:Mb Mbit;megabyte:MB;exabyte:EB;gigahertz:GHz;"
    "electronvolt:eV;teraelectronvolt:TeV").split(";"))  # fmt: skip
COUNTERS = {"dimensionless": 1, "dozen": 12, "gross": 144, "baker's dozen": 13}
Test = Callable[[dict], bool]
#: The "Mapping rules" section of this docstring, printed at the top of every run.
MAPPING_RULES = (__doc__ or "").split("Mapping rules\n-------------\n")[1].rstrip()
COLUMNS = {"file": "file", "cases": "cases", "passed": "pass", "pass_pct": "pass%", "value_recall_pct": "recall%",
           "py_port_pct": "py port%", "factkit_on_py_cases_pct": "fk@py%"}  # fmt: skip


@dataclass
class Exp:
    """One expected entity: the factkit kinds that may carry it, a value test, the accepted units, its span."""

    kinds: frozenset[str]
    vok: Test  # value right (unit ignored)
    units: frozenset[str] | set[str] | None = None  # accepted factkit units (None: any)
    start: int | None = None
    end: int | None = None
    loose: str = ""  # "inside": a longer row of another quantity kind matches; "overlap": any overlap
    show: str = ""


@dataclass
class Case:
    """One input with its expected entities and the test for rows that count as this suite's extractions."""

    input: str
    exp: list[Exp]
    relevant: Test
    published: str | None = None
    python: bool | None = None  # Recognizers: the Python port is expected to pass


@dataclass
class Suite:
    """The scored cases of one peer file (or one part of it)."""

    label: str
    cases: list[Case] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    group: str = "numbers"  # "numbers", "durations", or "dates" (scored only once factkit finds dates)


def bounds(r: dict, raw: bool = False) -> tuple[float, float]:
    """A row's (low, high), ordered; with `raw`, a duration in its own unit instead of days."""
    lo, hi = r["low"], r["high"]
    if raw and r["kind"] == "duration" and r["unit"] in DAYS:
        lo, hi = lo / DAYS[r["unit"]], hi / DAYS[r["unit"]]
    if raw and r["kind"] == "percent" and ("ratio" in str(r["rule"]) or "percent.share" in str(r["rule"])):
        lo, hi = lo / 100, hi / 100  # "one out of three", "two-thirds of" are 33.33 / 66.67 percent, fractions
    return (hi, lo) if lo > hi else (lo, hi)


def near(v: float, raw: bool = False, tol: float = 1e-6) -> Test:
    """Row test: the row states the single value `v` (see the mapping rules)."""

    def test(r: dict) -> bool:
        lo, hi = bounds(r, raw)
        if math.isnan(lo) or math.isnan(hi) or lo == hi:
            return math.isclose(hi if math.isnan(lo) else lo, v, rel_tol=tol)
        return r["qualifier"] in ("vague", "approx") and lo <= v <= hi

    return test


def within(lo_e: float, hi_e: float, raw: bool = False) -> Test:
    """Row test: the row's interval has these bounds (NaN = unbounded on the same side)."""
    same = lambda a, b: math.isnan(a) if math.isnan(b) else math.isclose(a, b, rel_tol=1e-6)  # noqa: E731
    return lambda r: all(map(same, bounds(r, raw), (lo_e, hi_e)))


def kinds_in(kinds: frozenset[str], ranges: bool = False) -> Test:
    """Relevance test: rows of these kinds, not ordinals (with `ranges`, only intervals)."""
    return lambda r: r["kind"] in kinds and "ordinal" not in str(r["rule"]) and not (ranges and r["low"] == r["high"])


def day(s: object) -> dt.date | None:
    """The calendar day of an ISO date/datetime string, or None."""
    return dt.date.fromisoformat(s[:10]) if isinstance(s, str) and s[:4].isdigit() else None


def duration_ok(timex: str, seconds: str | None) -> Test:
    """Row test for a duration: the same TIMEX3 value, or the same length (seconds -> days)."""
    test = near(float(seconds) / 86400) if seconds and seconds[0].isdigit() else (lambda r: False)
    return lambda r: (r["timex"] or "").upper() == timex.upper() or test(r)


def rt_value_exp(res: dict, how: str) -> Exp | None:
    """Expected entity of a Recognizers number/range/percent/currency/dimension result (None: no value)."""
    reso = res["Resolution"]
    v, unit, iso = reso.get("value"), reso.get("unit", ""), reso.get("isoCurrency")
    if v in (None, "null"):
        return None
    span = {"start": res["Start"], "end": res["End"] + 1, "show": f"{res['Text']!r} = {v} {unit} {iso or ''}".strip()}
    if how == "number":
        return Exp(QUANTITY, near(float(v), raw=True), loose="inside", **span)
    if how == "range":
        return Exp(QUANTITY, within(*(float(x) if x else NAN for x in v.strip("[]()").split(",")), raw=True), **span)
    if how == "percent":
        return Exp(PERCENT, near(float(v.rstrip("%"))), **span)
    if how == "money":
        codes, f = (frozenset({iso}), 1) if iso else CURRENCY.get(unit.lower(), (frozenset({unit}), 1))
        return Exp(MONEY, near(float(v) * f), codes, **span)
    return Exp(MEASURE_K, near(float(v)), set(MEASURE.get(unit.lower(), unit).split()), **span)


def rt_date_ok(values: list[dict]) -> Test:
    """Row test for a Recognizers date/daterange: timex equal, or first and last day equal (any candidate)."""
    cands = []
    for v in values:
        end, val = day(v.get("end")), day(v.get("value"))
        cands.append(
            (v["timex"], val, [val]) if val else (v["timex"], day(v.get("start")), end and [end - ONE_DAY, end])
        )
    return lambda r: any(
        (r["timex"] or "").upper() == timex.upper()
        or ((s or ends) and (s is None or r["ds"] == s) and (ends is None or r["de"] in ends))
        for timex, s, ends in cands
    )


def rt_time_exp(r: dict) -> Exp | None:
    """Expected entity of a DateTime model/extractor/parser result, None for times of day and sets."""
    if "Length" in r:  # extractor/parser files
        val = r.get("Value") or {}
        test = duration_ok(val["Timex"], val["FutureResolution"].get("duration")) if val else (lambda r: True)
        return Exp(DURATION, test, None, r["Start"], r["Start"] + r["Length"], show=f"{r['Text']!r} {val.get('Timex')}")
    typ, vals = (r.get("TypeName") or r.get("Typename")).split(".")[-1], r["Resolution"]["values"]
    span = {"start": r["Start"], "end": r["End"] + 1, "show": f"{r['Text']!r} {[v.get('timex') for v in vals]}"}
    if typ == "duration":
        return Exp(DURATION, duration_ok(vals[0]["timex"], vals[0].get("value")), **span)
    return Exp(DATE, rt_date_ok(vals), **span) if typ in ("date", "daterange") else None


def recognizers(root: Path) -> Iterator[Suite]:
    """The numeric model files, DateTimeModel.json and the duration extractor/parser files."""
    files = {"Number/NumberModel": "number", "Number/NumberRangeModel": "range", "Number/PercentModel": "percent",
             "NumberWithUnit/CurrencyModel": "money", "NumberWithUnit/DimensionModel": "measure",
             "DateTime/DateTimeModel": "date", "DateTime/DurationExtractor": "duration",
             "DateTime/DurationParser": "duration"}  # fmt: skip
    kinds = {"number": NUMBER, "range": NUMBER, "percent": PERCENT, "money": MONEY, "measure": MEASURE_K,
             "date": DATE | DURATION, "duration": DURATION}  # fmt: skip
    for rel, how in files.items():
        suite = Suite("RT " + Path(rel).stem, group={"date": "dates", "duration": "durations"}.get(how, "numbers"))
        path = root / "recognizers-text" / "Specs" / rel.replace("/", "/English/")
        for c in json.loads(path.with_suffix(".json").read_text(encoding="utf-8-sig")):
            made = [rt_time_exp(r) if how in ("date", "duration") else rt_value_exp(r, how) for r in c["Results"]]
            exp = [e for e in made if e]
            if len(exp) < len(made) and (how == "date" or not exp):
                suite.skipped["time of day/set" if how == "date" else "value-less"] += 1
                continue
            flags = (c.get("NotSupported", "") + "," + c.get("NotSupportedByDesign", "")).lower()
            ref = (c.get("Context") or {}).get("ReferenceDateTime")  # the publication date
            suite.cases.append(Case(c["Input"], exp, kinds_in(kinds[how], how == "range"), ref, "python" not in flags))
        yield suite


def quantulum(root: Path) -> Iterator[Suite]:
    """quantities.json, quantities.ambiguity.json and errors.json."""
    for name in ("quantities", "quantities.ambiguity"):
        suite = Suite(f"quantulum3 {name}")
        for c in json.loads((root / "quantulum3" / f"{name}.json").read_text(encoding="utf-8")):
            exp = []
            for q in c["res"]:
                n = q["unit"].lower().replace("metre", "meter").replace("litre", "liter")
                kinds, units, f = (
                    (NUMBER, None, COUNTERS[n]) if n in COUNTERS else (PERCENT, None, 1) if n == "percentage"
                    else (DURATION, {n}, DAYS[n]) if n in DAYS else (MONEY, *CURRENCY[n]) if n in CURRENCY
                    else (MEASURE_K, set(MEASURE.get(n, n).split()), 1)
                )  # fmt: skip
                v, u, s = q["value"], q.get("uncertainty") or 0, c["req"].find(q["surface"])
                test = within((v - u) * f, (v + u) * f) if u else near(v * f)
                exp.append(Exp(kinds, test, units, s, s + len(q["surface"]), show=f"{q['surface']!r} = {v:g} {n}"))
            suite.cases.append(Case(c["req"], exp, kinds_in(QUANTITY)))
        yield suite
    errors = json.loads((root / "quantulum3" / "errors.json").read_text(encoding="utf-8"))
    yield Suite("quantulum3 errors", [Case(text, [], lambda r: False) for text in errors])


GRAINS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}  # Duckling grain -> pandas period
DIRECTION = re.compile(r"\b(?:next|last|this|coming|past|previous|ago|after|before|since|until|from now|in)\b", re.I)
WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)", re.I)


def time_ok(s: dt.date, e: dt.date, grain: str, text: str) -> Test:
    """Row test for a Duckling time: the same first and last day, or the same date read backward."""
    backward = grain in ("day", "month") and not DIRECTION.search(text)
    timex = f"XXXX-{s:%m}" if grain == "month" else f"XXXX-{s:%m-%d}"

    def test(r: dict) -> bool:
        ds, de = r["ds"], r["de"]
        if (ds, de) == (s, e) or (backward and r["timex"] == timex):
            return True
        if not backward or ds is None or de is None:
            return False
        weekday = WEEKDAY.search(text) and ds == de and ds.weekday() == s.weekday() and abs((ds - s).days) <= 7
        return (ds.month, ds.day, de.month, de.day) == (s.month, s.day, e.month, e.day) or bool(weekday)

    return test


def duckling_exp(c: dict, dim: str) -> Exp | str:
    """Expected entity of a positive Duckling case, or the reason it is out of scope."""
    x, n = c["Expected"], len(c["Input"])
    show = json.dumps({k: v for k, v in x.items() if k != "type"})
    if dim in ("numeral", "duration"):  # numerals: value; durations: normalized seconds -> days
        v = x["value"] if dim == "numeral" else x["normalized"]["value"] / 86400
        return Exp(NUMBER if dim == "numeral" else DURATION, near(v), None, 0, n, show=show)
    if dim == "time":
        ends = [x.get("from", {}), x.get("to", {})]
        if x["type"] == "value" and x["grain"] in GRAINS and day(x["value"]):
            s = day(x["value"])
            e = pd.Period(s, GRAINS[x["grain"]]).end_time.date()
            return Exp(DATE, time_ok(s, e, x["grain"], c["Input"]), None, 0, n, show=show)
        if x["type"] == "interval" and all(p.get("grain") in GRAINS for p in ends):
            s, e = day(ends[0]["value"]), day(ends[1]["value"]) - ONE_DAY
            return Exp(DATE, time_ok(s, e, "interval", c["Input"]), None, 0, n, show=show)
        return "time of day/open interval"
    parts = [x] if x["type"] == "value" else [x.get("from"), x.get("to")]
    unit = next(p["unit"] for p in parts if p)
    codes, f = CURRENCY.get(unit.lower(), (frozenset({unit}), 1))
    codes = DOLLARS if c["Locale"] != "EN" and unit in DOLLARS else codes
    vals = [p["value"] * f if p else NAN for p in parts]
    return Exp(MONEY, near(vals[0]) if x["type"] == "value" else within(*vals), codes, 0, n, show=show)


def duckling(root: Path) -> Iterator[Suite]:
    """Numeral, AmountOfMoney (all regions), Duration and Time (all regions) EN corpora."""
    base = root / "duckling" / "Duckling"
    dims = {"Numeral": ("numeral", NUMBER, "numbers"), "AmountOfMoney": ("money", MONEY, "numbers"),
            "Duration": ("duration", DURATION, "durations"), "Time": ("time", DATE, "dates")}  # fmt: skip
    for folder, (dim, kinds, group) in dims.items():
        for path in sorted((base / folder / "EN").rglob("Corpus.json")):
            suite = Suite(f"duckling {path.parent.relative_to(base)}", group=group)
            for c in json.loads(path.read_text(encoding="utf-8"))["cases"]:
                exp = duckling_exp(c, dim) if c["Expected"] else None
                if c["WithLatent"] or isinstance(exp, str):
                    suite.skipped["latent" if c["WithLatent"] else exp] += 1
                else:
                    suite.cases.append(Case(c["Input"], [exp] if exp else [], kinds_in(kinds), c["ReferenceTime"]))
            yield suite


NOT_BARE = re.compile(r"ago|\b(?:in|later|from|before|after|next|last|now|till)\b|(?:yester|to)day|tomorrow|[+-]")


def dateparser(root: Path) -> Iterator[Suite]:
    """freshness.en.json (dated cases and bare durations apart) and search_dates.en.json."""
    dated, bare = Suite("dateparser freshness", group="dates"), Suite("dateparser freshness [bare]", group="durations")
    for c in json.loads((root / "dateparser" / "freshness.en.json").read_text(encoding="utf-8"))["cases"]:
        ref, want, period = c.get("ReferenceDateTime"), c.get("ExpectedDateTime"), c.get("ExpectedPeriod")
        d = day(want)
        if want and not NOT_BARE.search(c["Input"].lower()):
            days = abs((dt.datetime.fromisoformat(ref) - dt.datetime.fromisoformat(want)).total_seconds()) / 86400
            exp = Exp(DURATION, near(days, tol=0.03), show=f"duration of {days:g} days")
            bare.cases.append(Case(c["Input"], [exp], kinds_in(DATE | DURATION), ref))
            continue
        test = lambda r, d=d, p=period: r["ds"] == d or (  # noqa: E731
            p in ("week", "month", "year") and None not in (r["ds"], r["de"]) and r["ds"] <= d <= r["de"])  # fmt: skip
        exp = [Exp(DATE, test, show=f"{d} ({period})")] if want else []
        dated.cases.append(Case(c["Input"], exp, kinds_in(DATE), ref))
    yield from (dated, bare)
    search = Suite("dateparser search_dates", group="dates")
    for c in json.loads((root / "dateparser" / "search_dates.en.json").read_text(encoding="utf-8"))["cases"]:
        if c.get("DependsOnToday") or "PARSERS" in (c.get("Settings") or {}):
            search.skipped["depends on today/settings"] += 1
            continue
        exp = []
        for sub, when in [[c["Expected"], None]] if isinstance(c["Expected"], str) else c["Expected"] or []:
            s, d = c["Input"].lower().find(sub.lower()), day(when)
            test = lambda r, d=d: d is None or r["ds"] == d  # noqa: E731
            exp.append(Exp(DATE, test, None, s, s + len(sub), "overlap", f"{sub!r} {when or ''}"))
        search.cases.append(Case(c["Input"], exp, kinds_in(DATE), c.get("ReferenceDateTime")))
    yield search


EDGE_WORDS = re.compile(r"(?:[\s,]|\b(?:on|in|at|during|for|of|the|an?)\b)*", re.I)


def overlaps(r: dict, e: Exp) -> bool:
    """The row and the expected span overlap (always true when the span is unknown)."""
    return e.start is None or (r["start"] < e.end and e.start < r["end"])


def span_ok(r: dict, e: Exp, text: str) -> bool:
    """The row's span is the expected span, up to the tolerances of the mapping rules."""
    if e.start is None or (e.loose == "overlap" and overlaps(r, e)):
        return True
    (a, b), (c, d) = sorted((r["start"], e.start)), sorted((r["end"], e.end))
    gap = text[a:b] + " " + text[c:d]
    if overlaps(r, e) and EDGE_WORDS.fullmatch(gap):
        return True
    if not (r["start"] <= e.start and e.end <= r["end"]):
        return False
    return (e.loose == "inside" and r["kind"] not in NUMBER) or (
        r["qualifier"] != "exact" and not re.search(r"\d", gap)
    )


def diagnose(e: Exp, rows: list[dict], text: str) -> str:
    """Why an expected entity found no match (see the failure reasons above)."""
    right = [r for r in rows if overlaps(r, e) and e.vok(r)]
    if not right:
        return "value" if any(overlaps(r, e) for r in rows) else "missed"
    if not any(r["kind"] in e.kinds for r in right):
        return "kind"
    return "unit" if any(r["kind"] in e.kinds and span_ok(r, e, text) for r in right) else "span"


def score(case: Case) -> dict:
    """Run one case: passed, expected entities found by value, failure reasons and factkit's rows."""
    try:
        rows = factkit.extract(case.input, published=case.published and case.published[:10]).to_dict("records")
    except Exception as exc:  # a crash fails that case, never the run
        return {"passed": False, "found": 0, "reasons": ["error"], "rows": [], "error": f"{type(exc).__name__}: {exc}"}
    for r in rows:  # missing strings may come back as NaN (pandas string dtype)
        r.update({k: None for k in ("unit", "timex", "rule") if not isinstance(r[k], str)})
        r["ds"], r["de"] = (None if pd.isna(r[k]) else r[k].date() for k in ("date_start", "date_end"))
    used, reasons = set(), []  # rows taken by an expected entity; failure reasons
    for e in case.exp:
        test = lambda r, e=e: e.vok(r) and (e.units is None or r["unit"] in e.units)  # noqa: E731
        hits = [i for i, r in enumerate(rows) if i not in used and r["kind"] in e.kinds and span_ok(r, e, case.input)]
        i = next((i for i in hits if test(rows[i])), None)
        if i is None:
            reasons.append(diagnose(e, rows, case.input))
        else:
            used.add(i)
    reasons += ["extra" for i, r in enumerate(rows) if i not in used and case.relevant(r)]
    found = sum(any(overlaps(r, e) and e.vok(r) for r in rows) for e in case.exp)
    return {"passed": not reasons, "found": found, "reasons": reasons, "rows": rows}


def _pct(k: float, n: float) -> float | None:
    return round(100 * k / n, 1) if n else None


def evaluate(suite: Suite, show: int) -> dict:
    """Score every case of a suite: the per-file figures and up to `show` failing cases."""
    done = [(c, score(c)) for c in suite.cases]
    n, passed = len(done), sum(s["passed"] for _, s in done)
    py = [s for c, s in done if c.python]
    has_py = any(c.python is not None for c in suite.cases)
    out = {
        "file": suite.label, "cases": n, "passed": passed, "pass_pct": _pct(passed, n),
        "value_recall_pct": _pct(sum(s["found"] for _, s in done), sum(len(c.exp) for c, _ in done)),
        "py_port_pct": _pct(len(py), n) if has_py else None,
        "factkit_on_py_cases_pct": _pct(sum(s["passed"] for s in py), len(py)) if has_py else None,
        "skipped": dict(suite.skipped), "reasons": dict(Counter(x for _, s in done for x in s["reasons"])),
        "group": suite.group,
    }  # fmt: skip
    if suite.group == "dates" and n and not any(r["kind"] == "date" for _, s in done for r in s["rows"]):
        out.update(passed=0, pass_pct=None, value_recall_pct=None, factkit_on_py_cases_pct=None, reasons={},
                   note="skipped: factkit returned no date rows")  # fmt: skip
        return {**out, "failures": []}
    got = lambda r: " ".join(str(x) for x in (r["kind"], repr(r["text"]), r["low"], r["high"], r["qualifier"],  # noqa: E731
                                              r["unit"], r["timex"], r["ds"], r["de"]) if x is not None)  # fmt: skip
    out["failures"] = [
        {"input": c.input, "published": c.published, "expected": [e.show for e in c.exp],
         "got": [got(r) for r in s["rows"]], "reasons": s["reasons"], **{k: s[k] for k in ("error",) if k in s}}
        for c, s in done if not s["passed"]
    ][:show]  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: run the suites, print the mapping rules, the per-file table and the summary (or JSON)."""
    ap = argparse.ArgumentParser(description="Run factkit on the peer test suites (../shared/peer-suites).")
    ap.add_argument("--suites", type=Path, default=SUITES, help="the peer-suites folder (default: %(default)s)")
    ap.add_argument("--only", default="", help="run only the files whose label contains this text")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N failing cases per file")
    ap.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    suites = [s for load in (recognizers, quantulum, duckling, dateparser) for s in load(args.suites)]
    results = [evaluate(s, args.show) for s in suites if args.only.lower() in s.label.lower()]
    summary: dict = {}
    for group in ("numbers", "durations", "dates"):
        rs = [r for r in results if r["group"] == group and r["pass_pct"] is not None]
        n, k = sum(r["cases"] for r in rs), sum(r["passed"] for r in rs)
        summary[group] = {"files": len(rs), "cases": n, "passed": k, "pass_pct": _pct(k, n)}
    summary["seconds"] = round(time.perf_counter() - t0, 1)
    if args.json:
        print(json.dumps(dict(mapping_rules=MAPPING_RULES, files=results, summary=summary), indent=1, default=str))
        return 0
    print("Mapping rules (module docstring of benchmarks/peer_suites.py)\n" + MAPPING_RULES + "\n")
    table = pd.DataFrame(results).rename(columns=COLUMNS)[list(COLUMNS.values())]
    table["notes"] = [
        "; ".join([r.get("note", "")] * ("note" in r) + [f"{k} {v}" for k, v in Counter(r["reasons"]).most_common(4)]
                  + [f"skipped {v} {k}" for k, v in r["skipped"].items()])
        for r in results
    ]  # fmt: skip
    table[table.columns[3:7]] = table[table.columns[3:7]].astype(float)  # an all-None column would print "None"
    left = {c: f"{{:<{table[c].str.len().max()}}}".format for c in ("file", "notes")}
    print(table.to_string(index=False, na_rep="-", float_format="{:.1f}".format, justify="left", formatters=left))
    for group in (g for g in ("numbers", "durations", "dates") if summary[g]["files"]):
        s = summary[group]
        print(f"{group}: {s['passed']}/{s['cases']} cases pass ({s['pass_pct']} %) in {s['files']} scored files")
    print(f"({summary['seconds']} s)")
    for r in results:
        for f in r["failures"]:
            head = f"\n[{r['file']}] {f['input'][:200]!r}" + f" (published {f['published']})" * bool(f["published"])
            print(head, *(f"  {k:<9} {f[k]}" for k in ("expected", "got", "reasons", "error") if k in f), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
