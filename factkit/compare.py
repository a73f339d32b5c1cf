"""What each outlet says about each figure, and whether the outlets agree.

`compare(facts)` gives one row per figure x outlet: the outlet's interval (numbers in `low`/`high`, dates
in `date_start`/`date_end`; NaN/NaT = open), words, quote, attribution, source and publication date; and
per figure the verdict, the consensus (the interval every outlet admits), the spread, the outlets that do
not report it and the independent sources behind it. `summarize` gives one row per figure, `write_report`
writes facts.csv, comparison.csv and a self-contained comparison.html.

Verdicts (`VERDICTS`) treat open bounds as running to infinity ("more than 10,000" = [10000, inf)):
`agree` - the same interval, or closed intervals that only differ in precision (nested: "Feb. 10" in
"this month"); `compatible` - some value fits every outlet ("more than 10,000", "some 11,000", "up to
12,000"); `conflict` - none does; `single source` - one outlet reports it.

A figure written in several units compares in one: measures in their base unit ("11 miles" as 17,703 m),
money in the currency the articles' own bracketed conversions link it to ("€1.12bn (£975m)"), each value
widened by its rounding ("11 miles" = 10.5-11.5 miles), as a conversion rounds; `text` keeps the words.

An outlet that mentions a figure several times is held to the intersection of its mentions (the
narrowest claim they all admit). If they contradict each other it gets their hull, `consistent` is
False and the verdict is at best `compatible`; a figure only one outlet reports, but as two sources'
contradicting claims ("Police put it at 8,000, while organisers said 20,000"), is a `conflict`.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd

from .align import align, currency_rates, in_base_units
from .sources import independent_sources, normalize_sources

#: The verdicts, from most to least in accord.
VERDICTS: tuple[str, ...] = ("agree", "compatible", "conflict", "single source")

#: Columns of `compare`, in order.
COMPARISON_COLUMNS: tuple[str, ...] = (
    "figure", "figure_label", "kind", "outlet", "doc", "low", "high", "date_start", "date_end", "qualifier",
    "unit", "text", "quote", "attribution", "source", "published", "n_mentions", "consistent", "verdict",
    "consensus_low", "consensus_high", "spread", "outlets_missing", "n_outlets", "n_independent_sources",
    "upstream",
)  # fmt: skip


#: Columns of `summarize`, in order.
SUMMARY_COLUMNS: tuple[str, ...] = (
    "figure", "figure_label", "kind", "verdict", "n_outlets", "n_independent_sources", "consensus", "sources",
    "outlets_missing", "what_each_says",
)  # fmt: skip


def _bounds(rows: pd.DataFrame, dated: bool) -> tuple[np.ndarray, np.ndarray]:
    """Interval ends as floats (day ordinals for dates), open ends as -inf / inf."""
    if dated:
        day = lambda v, open_: pd.Timestamp(v).toordinal() if pd.notna(v) else open_  # noqa: E731
        return (np.array([day(v, -math.inf) for v in rows["date_start"]], dtype=float),
                np.array([day(v, math.inf) for v in rows["date_end"]], dtype=float))  # fmt: skip
    return rows["low"].fillna(-math.inf).to_numpy(float), rows["high"].fillna(math.inf).to_numpy(float)


def _value(x: float, dated: bool) -> object:
    """An interval end back in table form: NaN / NaT when open, a Timestamp for a date."""
    if not math.isfinite(x):
        return pd.NaT if dated else math.nan
    return pd.Timestamp.fromordinal(int(x)) if dated else x


def _joined(values: pd.Series, sep: str = " / ") -> str | None:
    seen = [str(v) for v in pd.unique(values.dropna()) if str(v)]
    return sep.join(seen) or None


def verdict(lows: np.ndarray, highs: np.ndarray) -> str:
    """The verdict on outlets' intervals (floats, open ends as -inf / inf); see the module docs."""
    if len(lows) < 2:
        return "single source"
    if lows.max() > highs.min():
        return "conflict"
    if (lows == lows[0]).all() and (highs == highs[0]).all():
        return "agree"
    lo, hi = (a[np.argsort(highs - lows, kind="stable")] for a in (lows, highs))
    nested = np.isfinite(lo).all() and np.isfinite(hi).all() and ((lo[1:] <= lo[:-1]) & (hi[1:] >= hi[:-1])).all()
    return "agree" if nested else "compatible"


def _outlet_row(rows: pd.DataFrame, dated: bool) -> dict:
    """One outlet's claim about one figure, from its mentions."""
    lo, hi = _bounds(rows, dated)
    a, b, consistent = lo.max(), hi.min(), lo.max() <= hi.min()
    a, b = (a, b) if consistent else (lo.min(), hi.max())
    sharpest = rows.iloc[int(np.argmin(hi - lo))]
    return {
        "doc": _joined(rows["doc"]), "low": math.nan if dated else _value(a, False),
        "high": math.nan if dated else _value(b, False), "date_start": _value(a, True) if dated else pd.NaT,
        "date_end": _value(b, True) if dated else pd.NaT, "qualifier": sharpest["qualifier"],
        "unit": _joined(rows["unit"]), "text": _joined(rows["text"]), "quote": sharpest["sentence"],
        "attribution": _joined(rows["attribution"], "; "), "source": _joined(rows["source"], "; "),
        "published": pd.to_datetime(rows["published"]).min(), "n_mentions": len(rows),
        "consistent": bool(consistent), "_lo": a, "_hi": b,
    }  # fmt: skip


def _figure_columns(cells: pd.DataFrame, mentions: pd.DataFrame, outlets: list[str], dated: bool) -> dict:
    """Per-figure columns: verdict, consensus, spread, missing outlets, independent sources."""
    lo, hi = cells["_lo"].to_numpy(float), cells["_hi"].to_numpy(float)
    a, b = (lo.max(), hi.min()) if lo.max() <= hi.min() else (math.inf, math.inf)
    ends = np.concatenate([lo, hi])[np.isfinite(np.concatenate([lo, hi]))]
    found = verdict(lo, hi)
    if found == "single source" and not cells["consistent"].all() and mentions["source"].nunique() > 1:
        found = "conflict"  # one outlet, two sources that disagree: "police 8,000, while organisers said 20,000"
    n_sources, upstream = independent_sources(mentions)
    return {
        "verdict": "compatible" if found == "agree" and not cells["consistent"].all() else found,
        "consensus_low": _value(a, dated), "consensus_high": _value(b, dated),
        "spread": float(ends.max() - ends.min()) if len(ends) else math.nan,
        "outlets_missing": "; ".join(o for o in outlets if o not in set(cells["outlet"])),
        "n_outlets": len(cells), "n_independent_sources": n_sources, "upstream": upstream,
    }  # fmt: skip


def compare(
    facts: pd.DataFrame, figures: str | Path | dict | None = None, articles: Iterable | None = None
) -> pd.DataFrame:
    """One row per figure x outlet with the outlet's interval and words, and the figure's verdict.

    Runs `normalize_sources(facts, articles)` when `facts` has no `source` and `align(facts, figures)`
    when it has no `figure`. The outlet is `outlet`, or `doc` where that is missing. `spread` is the
    distance between the lowest and the highest finite bound any outlet gives (days for dates).
    """
    df = facts if "source" in facts.columns else normalize_sources(facts, articles)
    df = (df if "figure" in df.columns else align(df, figures)).copy()
    df.attrs = {}
    for col in ("outlet", "published", "unit", "attribution", "qualifier", "sentence", "date_start", "date_end"):
        df[col] = df[col] if col in df.columns else None
    df["outlet"] = df["outlet"].fillna(df["doc"]).astype(str)
    df = df.reset_index(drop=True)
    # a figure written in several units ("18 km" / "11 miles", "€1.12bn" / "£975m") compares in one
    mixed = (df.groupby("figure")["unit"].transform("nunique") > 1) & df["kind"].isin(["money", "measure"])
    if mixed.any():  # each value as the range its rounding allows: "11 miles" is 10.5-11.5 miles
        point = mixed & (df["low"] == df["high"])
        half = df.loc[point, "low"].map(_half_step)
        widened = df.assign(low=df["low"] - half.reindex(df.index, fill_value=0.0),
                            high=df["high"] + half.reindex(df.index, fill_value=0.0))  # fmt: skip
        base = in_base_units(widened, rates=currency_rates(df))
        df.loc[mixed, ["low", "high", "unit"]] = base.loc[mixed, ["low", "high", "unit"]]
    df["figure_label"] = df["figure_label"] if "figure_label" in df.columns else df["figure"]
    outlets, out = sorted(df["outlet"].unique()), []
    for fig, mentions in df.groupby("figure", sort=False):
        dated = bool((mentions["kind"] == "date").all())
        first = {"figure": fig, "figure_label": mentions["figure_label"].iloc[0], "kind": mentions["kind"].iloc[0]}
        cells = pd.DataFrame([first | {"outlet": o} | _outlet_row(g, dated) for o, g in mentions.groupby("outlet")])
        out.append(cells.assign(**_figure_columns(cells, mentions, outlets, dated)))
    if not out:
        return pd.DataFrame(columns=list(COMPARISON_COLUMNS))
    result = pd.concat(out, ignore_index=True)
    result = result.sort_values(["n_outlets", "figure_label", "outlet"], ascending=[False, True, True], kind="stable")
    return result[list(COMPARISON_COLUMNS)].reset_index(drop=True)


def _half_step(value: float) -> float:
    """Half a unit of the last digit written: 11 -> 0.5, 1.12e9 -> 5e6, 975e6 -> 5e5."""
    if not math.isfinite(value) or value == 0:
        return 0.0
    return 0.5 * 10.0 ** Decimal(repr(float(value))).normalize().as_tuple().exponent


def interval_text(low: object, high: object, dated: bool = False) -> str:
    """An interval as the report writes it: "10,000 – ∞", "−∞ – 12,000", "2025-02-10", "… – 2024-11-30"."""

    def one(v: object, end: bool) -> str:
        if v is None or pd.isna(v):
            return "…" if dated else ("∞" if end else "−∞")
        if dated:
            return pd.Timestamp(v).strftime("%Y-%m-%d")
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"

    a, b = one(low, False), one(high, True)
    return a if a == b else f"{a} – {b}"


def summarize(comparison: pd.DataFrame) -> pd.DataFrame:
    """One row per figure: verdict, consensus, the sources behind it ("5 outlets, 1 underlying source:
    interview with Rossiyskaya Gazeta"), who does not report it, and what each outlet says."""
    rows = []
    for fig, g in comparison.groupby("figure", sort=False):
        first, dated = g.iloc[0], g["kind"].iloc[0] == "date"
        lo, hi = ("date_start", "date_end") if dated else ("low", "high")
        # a hand-made or older comparison may lack the source columns: count its outlets instead
        n = first.get("n_outlets")
        n = g["outlet"].nunique() if n is None or pd.isna(n) else int(n)
        k = first.get("n_independent_sources")
        k = n if k is None or pd.isna(k) else int(k)
        note = f"{n} outlet{'s' * (n != 1)}, {k} underlying source{'s' * (k != 1)}"
        consensus = pd.notna(first.get("consensus_low")) or pd.notna(first.get("consensus_high"))
        rows.append({
            "figure": fig, "figure_label": first["figure_label"], "kind": first["kind"], "verdict": first["verdict"],
            "n_outlets": n, "n_independent_sources": k,
            "consensus": interval_text(first["consensus_low"], first["consensus_high"], dated) if consensus else "—",
            "sources": f"{note}: {first['upstream']}" if isinstance(first.get("upstream"), str) else note,
            "outlets_missing": first.get("outlets_missing"),
            "what_each_says": "; ".join(f"{r.outlet}: {r.text} ({interval_text(r[lo], r[hi], dated)})"
                                        for _, r in g.iterrows()),
        })  # fmt: skip
    return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))


SUMMARY_CSS = """body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
table{border-collapse:collapse;width:100%;margin:.5em 0 2em}th,td{border-bottom:1px solid #ddd;padding:.35em .6em;
text-align:left;vertical-align:top}th{background:#f4f4f4}td:last-child{color:#555;font-size:90%}
.v{padding:.1em .5em;border-radius:1em;white-space:nowrap;font-size:90%}.agree{background:#cfe6f5}
.compatible{background:#e2f0d9}.conflict{background:#f8d3c0}.single{background:#eee}"""


def _table(head: list[str], rows: Iterable[list[str]]) -> str:
    """An HTML table; cells are already escaped."""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return "<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + f"</tr>{body}</table>"


def _escape(v: object) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else html.escape(str(v))


def _badge(v: object) -> str:
    return f'<span class="v {_escape(v).split()[0]}">{_escape(v)}</span>'


def summary_html(comparison: pd.DataFrame) -> str:
    """`summarize(comparison)` as an HTML table (every cell escaped), one row per figure with its verdict
    badge; figure names link to `#<figure id>`. Pair it with `SUMMARY_CSS`."""
    e = _escape
    rows = (
        [f"<a href='#{e(r.figure)}'>{e(r.figure_label)}</a>", _badge(r.verdict), e(r.consensus), e(r.sources),
         e(r.outlets_missing)]
        for r in summarize(comparison).itertuples()
    )  # fmt: skip
    return _table(["figure", "verdict", "consensus", "sources", "not reported by"], rows)


def _html(comparison: pd.DataFrame) -> str:
    """The comparison as one self-contained page: plain HTML and CSS, no script, no link out."""
    e = _escape
    parts = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>factkit: figures across outlets"
             f"</title><style>{SUMMARY_CSS}</style></head><body><h1>Figures across outlets</h1>",
             summary_html(comparison)]  # fmt: skip
    for fig, g in comparison.groupby("figure", sort=False):
        lo, hi, dated = (
            *(("date_start", "date_end") if g["kind"].iloc[0] == "date" else ("low", "high")),
            g["kind"].iloc[0] == "date",
        )
        parts.append(f"<h2 id='{e(fig)}'>{e(g['figure_label'].iloc[0])} {_badge(g['verdict'].iloc[0])}</h2>")
        parts.append(_table(["outlet", "words", "interval", "qualifier", "according to", "quote"],
                            ([e(r.outlet), e(r.text), e(interval_text(r[lo], r[hi], dated)), e(r.qualifier),
                              e(r.source or r.attribution), e(r.quote)] for _, r in g.iterrows())))  # fmt: skip
    return "".join(parts) + "</body></html>\n"


def write_report(
    facts: pd.DataFrame, comparison: pd.DataFrame, out_dir: str | Path, *, charts: bool = True
) -> dict[str, Path]:
    """Write facts.csv, comparison.csv and comparison.html into `out_dir`; returns their paths by file name.

    comparison.html is the report page of `factkit.charts.report_html` (charts with their in-page
    controls, the per-figure summary and the comparison table; Vega inlined, so it works offline).
    `charts=False` writes a plain page instead: tables only, no script at all.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {name: out / name for name in ("facts.csv", "comparison.csv", "comparison.html")}
    for frame, name in ((facts, "facts.csv"), (comparison, "comparison.csv")):
        plain = frame.copy(deep=False)
        plain.attrs = {}  # side tables (errors) cannot go into a CSV
        plain.to_csv(paths[name], index=False)
    if charts:
        from .charts import report_html  # altair is only needed here

        page = report_html(facts, comparison)
    else:
        page = _html(comparison)
    paths["comparison.html"].write_text(page, encoding="utf-8")
    return paths
