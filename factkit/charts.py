"""Altair charts of the facts and comparison tables, and self-contained HTML export.

Each chart is one function of a table: `figure_chart(comparison)` (what each outlet says about a figure),
`coverage_chart(comparison)` (who reports what, how far from the consensus) and `timeline_chart(facts)`
(the dated events each outlet mentions). Controls live inside the charts (a dropdown bound to a parameter,
a clickable legend, scroll-to-zoom), so they keep working in exported HTML, where ipywidgets do not.

`save_html` writes one file that works offline: Vega, Vega-Lite and vega-embed are inlined from
vl-convert's bundle, and specs are escaped so that article text can never close the script tag.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from .compare import summary_html

#: Okabe & Ito's colour-blind-safe palette; yellow last because it is faint on white.
OKABE_ITO: tuple[str, ...] = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#F0E442")

#: Coverage-cell categories in legend order and their Okabe-Ito colours: blue agrees ... vermillion far off.
AGREEMENT: dict[str, str] = {
    "within consensus": "#0072B2", "close (≤10% or ≤1 week off)": "#56B4E9",
    "differs (≤50% or ≤1 month off)": "#E69F00", "far off": "#D55E00",
    "only source": "#CC79A7", "no consensus": "#999999", "not reported": "#F2F2F2",
}  # fmt: skip

#: d3 formats: thousands separators and never "1e4"; "~" trims zeros so 0.0833 days stays readable.
NUMBER_FORMAT = ",~r"
DATE_FORMAT = "%-d %b %Y"

#: Printed under the figure chart's title, so the marks need no legend of their own.
MARK_KEY = "● exact   ○ approximate   ▶ open-ended (more than / up to)   ┅ vague (hundreds)   ▒ consensus"

#: vega-embed options for exported pages: SVG, and no action that would open a web site.
EMBED_OPTIONS = {"renderer": "svg", "actions": {"export": True, "source": False, "compiled": False, "editor": False}}

#: Tooltip fields and their titles, shared by every mark that stands for an outlet's figure.
TOOLTIP = {"outlet": "outlet", "label": "words", "interval": "interval", "qualifier": "qualifier",
           "attribution": "according to", "quote": "quote", "published": "published", "verdict": "verdict"}  # fmt: skip

_DAY_MS = 86_400_000.0
_UNITS = {"count": "count", "money": "amount", "percent": "percent", "duration": "days", "date": "date"}
_ARROWS = alt.Scale(domain=["left", "right"], range=["triangle-left", "triangle-right"])


# --- tables as the charts draw them -----------------------------------------------------------------


def _col(df: pd.DataFrame, name: str, default: Any = None) -> pd.Series:
    return df[name] if name in df.columns else pd.Series(default, index=df.index, dtype=object)


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """A copy without `attrs`: pandas compares attrs on concat, and a DataFrame in them is ambiguous."""
    out = df.reset_index(drop=True).copy()
    out.attrs = {}
    return out


def _outlets(df: pd.DataFrame) -> pd.Series:
    return _col(df, "outlet").fillna(_col(df, "doc")).fillna("?").astype(str)


def _ms(values: pd.Series) -> pd.Series:
    """Dates as epoch milliseconds (NaN where missing), whatever their resolution or type."""
    return (pd.to_datetime(values, errors="coerce") - pd.Timestamp(0)) / pd.Timedelta(milliseconds=1)


def _bounds(df: pd.DataFrame, low: str = "low", high: str = "high") -> tuple[pd.Series, pd.Series]:
    """Floats, NaN = open; for dates epoch ms from the first day's start to the last day's end."""
    lo = pd.to_numeric(_col(df, low), errors="coerce").astype(float)
    hi = pd.to_numeric(_col(df, high), errors="coerce").astype(float)
    dated = (_col(df, "kind") == "date").to_numpy()
    if dated.any():
        d_lo, d_hi = ("date_start", "date_end") if low == "low" and "date_start" in df.columns else (low, high)
        lo[dated] = _ms(df.loc[dated, d_lo]).to_numpy()
        hi[dated] = _ms(df.loc[dated, d_hi]).to_numpy() + _DAY_MS
    return lo, hi


def _fmt(value: float, is_date: bool, end: bool = False) -> str:
    if is_date:
        return pd.Timestamp(value - (_DAY_MS if end else 0), unit="ms").strftime("%Y-%m-%d")
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def _interval(lo: float, hi: float, is_date: bool) -> str:
    """An interval as figures.md writes it: "10,000 – ∞", "−∞ – 12,000", "2025-02-10", "… – 2024-11-30"."""
    if np.isnan(lo) and np.isnan(hi):
        return "—"
    if (is_date and hi - lo <= _DAY_MS) or (not is_date and lo == hi):
        return _fmt(lo, is_date)
    left = ("…" if is_date else "−∞") if np.isnan(lo) else _fmt(lo, is_date)
    right = ("…" if is_date else "∞") if np.isnan(hi) else _fmt(hi, is_date, end=True)
    return f"{left} – {right}"


def _records(df: pd.DataFrame) -> alt.InlineData:
    """JSON-safe inline rows (NaN -> null, times -> ISO): the chart carries its data, with no row limit."""
    out = df.astype(object).where(df.notna(), None)
    for name in out.columns:
        if pd.api.types.is_datetime64_any_dtype(df[name]):
            out[name] = [None if v is None else pd.Timestamp(v).isoformat() for v in out[name]]
    return alt.InlineData(values=json.loads(json.dumps(out.to_dict(orient="records"), default=str)))


def figure_rows(comparison: pd.DataFrame) -> pd.DataFrame:
    """The comparison as the figure chart draws it: one row per figure x outlet, missing outlets included.

    Adds draw positions (dates as epoch ms; open ends run to the figure's axis end `frame_lo`/`frame_hi`),
    the interval as text, a `style` (exact, approx, range, vague, open, missing), and one `consensus`
    row per figure for the band.
    """
    cmp = _plain(comparison)
    cmp["outlet"] = _outlets(cmp)
    cmp["figure_label"] = _col(cmp, "figure_label").fillna(cmp["figure"].astype(str))
    lo, hi = _bounds(cmp)
    c_lo, c_hi = _bounds(cmp, "consensus_low", "consensus_high")
    dated = (_col(cmp, "kind") == "date").to_numpy()
    cmp = cmp.assign(x_low=lo, x_high=hi, c_low=c_lo, c_high=c_hi, is_date=dated, role="outlet")
    cmp["interval"] = [_interval(a, b, d) for a, b, d in zip(lo, hi, dated, strict=True)]
    cmp["consensus"] = [_interval(a, b, d) for a, b, d in zip(c_lo, c_hi, dated, strict=True)]
    point = (hi - lo <= _DAY_MS) & dated | (lo == hi) & ~dated
    qual = _col(cmp, "qualifier").fillna("exact")
    cmp["style"] = np.select(
        [lo.isna() & hi.isna(), point & (qual == "approx"), point, lo.isna() | hi.isna(), qual == "vague"],
        ["missing", "approx", "exact", "open", "vague"],
        "range",
    )
    extra, outlets = [], sorted(cmp["outlet"].unique())
    for _, g in cmp.groupby("figure", sort=False):
        known = pd.concat([g.x_low, g.x_high, g.c_low, g.c_high]).dropna()
        a, b = (known.min(), known.max()) if len(known) else (0.0, 1.0)
        pad = (b - a) * 0.15 or (15 * _DAY_MS if g.is_date.any() else max(abs(b) * 0.15, 1.0))
        # Counts, costs and durations are never negative: the axis may not invent negative values.
        f_lo, f_hi = (a - pad if g.is_date.any() or a < 0 else max(a - pad, -0.03 * (b + pad))), b + pad
        cmp.loc[g.index, ["frame_lo", "frame_hi"]] = f_lo, f_hi
        first = g.iloc[0]
        keep = {c: first[c] for c in ("figure", "figure_label", "kind", "is_date")}
        keep |= {"frame_lo": f_lo, "frame_hi": f_hi, "consensus": first.consensus}
        if not (np.isnan(first.c_low) and np.isnan(first.c_high)):
            widen = (f_hi - f_lo) * 0.004
            band = {"band_lo": np.nan_to_num(first.c_low, nan=f_lo) - widen}
            band["band_hi"] = np.nan_to_num(first.c_high, nan=f_hi) + widen
            extra.append(keep | band | {"role": "consensus"})
        for outlet in sorted(set(outlets) - set(g.outlet)):
            extra.append(keep | {"role": "outlet", "outlet": outlet, "style": "missing", "label_x": (f_lo + f_hi) / 2})
    cmp["x_point"] = np.where(dated, lo + _DAY_MS / 2, lo)
    cmp["draw_lo"], cmp["draw_hi"] = lo.fillna(cmp.frame_lo), hi.fillna(cmp.frame_hi)
    cmp["arrow"] = np.where(hi.isna(), "right", "left")
    cmp["arrow_x"] = np.where(hi.isna(), cmp.frame_hi, cmp.frame_lo)
    cmp["label_x"] = np.where(cmp["style"].isin(["exact", "approx"]), cmp.x_point, (cmp.draw_lo + cmp.draw_hi) / 2)
    rows = pd.concat([cmp, pd.DataFrame(extra)], ignore_index=True)
    rows["label"] = np.where(rows["style"] == "missing", "not reported", _col(rows, "text").fillna("").astype(str))
    rows["quote"] = _col(rows, "quote").fillna(_col(rows, "sentence")).fillna("").astype(str).str.slice(0, 400)
    return rows


def coverage_rows(comparison: pd.DataFrame) -> pd.DataFrame:
    """The coverage grid: one cell per figure x outlet, with `agreement` (a key of `AGREEMENT`).

    Distance from the consensus is relative for numbers (≤10% close, ≤50% differs) and in days for
    dates (≤7 close, ≤31 differs); beyond that the cell is "far off".
    """
    rows = figure_rows(comparison)
    cells = rows[rows.role == "outlet"].copy()
    gap = np.fmax(cells.c_low - cells.x_high, cells.x_low - cells.c_high).fillna(0).clip(lower=0)
    size = cells[["c_low", "c_high", "x_low", "x_high"]].abs().max(axis=1).clip(lower=1)
    level = np.where(
        cells.is_date.astype(bool),
        np.digitize(gap / _DAY_MS, [0, 7, 31], right=True),
        np.digitize(gap / size, [0, 0.1, 0.5], right=True),
    )
    cells["n_reporting"] = cells.groupby("figure")["style"].transform(lambda s: int((s != "missing").sum()))
    names = list(AGREEMENT)
    cells["agreement"] = np.select(
        [cells["style"] == "missing", cells.n_reporting <= 1, cells.c_low.isna() & cells.c_high.isna()],
        [names[6], names[4], names[5]],
        np.array(names)[level],
    )
    cells["cell_text"] = np.where(cells["style"] == "missing", "—", cells["label"].str.slice(0, 22))
    return cells


def timeline_rows(facts: pd.DataFrame) -> pd.DataFrame:
    """Dated mentions as the timeline draws them, in lanes so that events close in time stay apart.

    The view (`window_lo`..`window_hi`) opens on the two years before the latest publication, up to
    the latest event; open ends ("recent years", "by last fall") are drawn to the window's edge.
    """
    dates = _plain(facts[_col(facts, "kind") == "date"])
    dates = dates[_col(dates, "date_start").notna() | _col(dates, "date_end").notna()].reset_index(drop=True)
    dates["outlet"] = _outlets(dates)
    lo, hi = _bounds(dates)
    known = pd.concat([lo, hi]).dropna()
    if known.empty:
        return dates
    latest = _ms(_col(dates, "published")).max()
    w_lo = known.min() if np.isnan(latest) else max(known.min(), latest - 730 * _DAY_MS)
    pad = (known.max() - w_lo) * 0.03 + _DAY_MS
    dates = dates.assign(window_lo=w_lo - pad, window_hi=known.max() + pad, label=_col(dates, "text"))
    dates["draw_lo"], dates["draw_hi"] = lo.fillna(w_lo - pad), hi.fillna(known.max() + pad)
    dates["open"] = np.where(lo.isna(), "left", np.where(hi.isna(), "right", ""))
    dates["arrow_x"] = np.where(lo.isna(), dates.draw_lo, dates.draw_hi)
    dates["mid"] = np.where(lo.isna(), hi, np.where(hi.isna(), lo, (dates.draw_lo + dates.draw_hi) / 2))
    dates["interval"] = [_interval(a, b, True) for a, b in zip(lo, hi, strict=True)]
    dates["quote"] = _col(dates, "sentence").fillna("").astype(str).str.slice(0, 400)
    dates["what"] = _col(dates, "figure_label").fillna(_col(dates, "figure")).fillna("")
    dates["lane"], margin = "0", (known.max() - w_lo) * 0.02
    for _, g in dates.sort_values("draw_lo").groupby("outlet", sort=False):
        ends: list[float] = []
        for idx, row in g.iterrows():
            lane = next((i for i, end in enumerate(ends) if end + margin < row.draw_lo), len(ends))
            ends[lane:] = [row.draw_hi, *ends[lane + 1 :]]
            dates.loc[idx, "lane"] = str(lane)
    return dates


# --- charts -----------------------------------------------------------------------------------------


def _colour(outlets: list[str], title: str = "Outlet (click to highlight)") -> alt.Color:
    palette = [OKABE_ITO[i % len(OKABE_ITO)] for i in range(len(outlets))]
    legend = alt.Legend(title=title, labelLimit=150)
    return alt.Color("outlet:N", scale=alt.Scale(domain=outlets, range=palette), legend=legend)


def _empty(message: str) -> alt.Chart:
    return alt.Chart(alt.InlineData(values=[{"m": message}])).mark_text(fontSize=14).encode(text="m:N")


def _tips(*fields: str) -> list[alt.Tooltip]:
    dated = {"published": {"type": "temporal", "format": DATE_FORMAT}}
    return [alt.Tooltip(f, title=TOOLTIP.get(f, f), **dated.get(f, {"type": "nominal"})) for f in fields]


def _when(test: Any, yes: Any, no: Any) -> Any:
    return alt.when(test).then(alt.value(yes)).otherwise(alt.value(no))


def figure_chart(comparison: pd.DataFrame, figure: str | None = None) -> alt.LayerChart | alt.Chart:
    """What each outlet says about a figure: one row per outlet, the consensus band behind.

    Exact values are dots (hollow when approximate), ranges bars, vague magnitudes dashed and light,
    open bounds run to the axis end with an arrow. With `figure=None` every figure is in the chart and
    a dropdown inside it switches between them, so exported HTML stays interactive without Python.
    Clicking an outlet in the legend highlights it; tooltips give the quote and who the figure is from.
    """
    if len(comparison) == 0 or (figure is not None and not (comparison["figure"] == figure).any()):
        return _empty("No figure to compare" if figure is None else f"No figure {figure!r}")
    rows = figure_rows(comparison)
    outlets = sorted(rows.loc[rows.role == "outlet", "outlet"].unique())
    rows = rows if figure is None else rows[rows["figure"] == figure]
    figs = rows.drop_duplicates("figure").set_index("figure")
    verdicts = _col(_plain(comparison).drop_duplicates("figure").set_index("figure"), "verdict").reindex(figs.index)
    heads = {k: f"{figs.figure_label[k]}: {_UNITS.get(str(figs.kind[k]), 'value')}, {verdicts[k]}" for k in figs.index}
    base, choice = alt.Chart(_records(rows)), None
    if figure is None:
        reach = rows[rows["style"] != "missing"].groupby("figure")["outlet"].nunique()
        keys = sorted(figs.index, key=lambda k: (-reach.get(k, 0), figs.figure_label[k]))
        labels = [f"{figs.figure_label[k]} ({verdicts[k]})" for k in keys]
        choice = alt.param(
            name="figure_pick", value=keys[0], bind=alt.binding_select(options=keys, labels=labels, name="Figure ")
        )
        base = base.transform_filter(alt.datum.figure == choice)
        is_date = f"indexof({json.dumps([k for k in keys if figs.is_date[k]])}, figure_pick) >= 0"
        label_expr = f"{is_date} ? timeFormat(datum.value, '{DATE_FORMAT}') : format(datum.value, '{NUMBER_FORMAT}')"
        x_kw = {"type": "quantitative", "axis": alt.Axis(labelExpr=label_expr, title=None)}
        frames = json.dumps({k: [figs.frame_lo[k], figs.frame_hi[k]] for k in keys})
        scale, t = alt.Scale(zero=False, domain=alt.expr(f"{frames}[figure_pick]")), ":Q"
        title = alt.Title(alt.expr(f"{json.dumps(heads)}[figure_pick]"), subtitle=MARK_KEY, anchor="start")
    else:
        first = figs.iloc[0]
        t = ":T" if first.is_date else ":Q"
        axis = alt.Axis(title=None, format=DATE_FORMAT if first.is_date else NUMBER_FORMAT)
        x_kw = {"type": "temporal" if first.is_date else "quantitative", "axis": axis}
        scale = alt.Scale(zero=False, domain=[first.frame_lo, first.frame_hi])
        title = alt.Title(heads[figure], subtitle=MARK_KEY, anchor="start")
    pick = alt.selection_point(name="outlet_pick", fields=["outlet"], bind="legend")
    tips = _tips(*TOOLTIP)
    shared = {"y": alt.Y("outlet:N", sort=outlets, title=None, axis=alt.Axis(labelLimit=180))}
    shared |= {"color": _colour(outlets), "opacity": _when(pick, 1.0, 0.15), "tooltip": tips}
    reported = base.transform_filter("datum.role == 'outlet' && datum.style != 'missing'")
    band = (
        base.transform_filter("datum.role == 'consensus'")
        .mark_rect(color="#9e9e9e", opacity=0.3)
        .encode(x=alt.X("band_lo", scale=scale, **x_kw), x2="band_hi" + t, tooltip=_tips("figure_label", "consensus"))
    )
    vague = alt.datum.style == "vague"
    bars = (
        reported.transform_filter(alt.FieldOneOfPredicate(field="style", oneOf=["range", "vague", "open"]))
        .mark_rule(strokeWidth=7, strokeCap="butt")
        .encode(x="draw_lo" + t, x2="draw_hi" + t, strokeOpacity=_when(vague, 0.45, 0.9), **shared)
        .encode(strokeDash=_when(vague, [5, 3], [1, 0]))
        .add_params(pick)
    )
    arrows = (
        reported.transform_filter("datum.style == 'open'")
        .mark_point(filled=True, size=150)
        .encode(x="arrow_x" + t, shape=alt.Shape("arrow:N", scale=_ARROWS, legend=None), **shared)
    )
    dot = reported.encode(x="x_point" + t, **shared)
    exact = dot.transform_filter("datum.style == 'exact'").mark_point(size=140, filled=True)
    approx = dot.transform_filter("datum.style == 'approx'").mark_point(size=140, strokeWidth=2.5, fill="white")
    words = reported.mark_text(dy=-14, fontSize=11, color="#333333").encode(
        x="label_x" + t, y=shared["y"], text="label:N", tooltip=tips
    )
    absent = base.transform_filter("datum.style == 'missing'").mark_text(fontSize=11, fontStyle="italic", color="#888")
    layers = [band, bars, arrows, exact, approx, words, absent.encode(x="label_x" + t, y=shared["y"], text="label:N")]
    chart = alt.layer(*layers).properties(width=500, height=alt.Step(46), title=title)
    return chart if choice is None else chart.add_params(choice)


def coverage_chart(comparison: pd.DataFrame) -> alt.LayerChart | alt.Chart:
    """Who reports what: a figures x outlets matrix coloured by distance from the consensus.

    Each cell shows the outlet's words; "—" marks a figure the outlet does not report. Clicking a
    category in the legend highlights its cells; tooltips give the quote and the consensus.
    """
    if len(comparison) == 0:
        return _empty("No figure to compare")
    cells = coverage_rows(comparison)
    order = cells.groupby("figure_label")["n_reporting"].max().reset_index()
    figures = list(order.sort_values(["n_reporting", "figure_label"], ascending=[False, True]).figure_label)
    pick = alt.selection_point(name="agreement_pick", fields=["agreement"], bind="legend")
    base = alt.Chart(_records(cells)).encode(
        x=alt.X(
            "outlet:N", title=None, sort=sorted(cells.outlet.unique()), axis=alt.Axis(orient="top", labelAngle=-25)
        ),
        y=alt.Y("figure_label:N", title=None, sort=figures, axis=alt.Axis(labelLimit=300)),
        tooltip=_tips("outlet", "label", "interval", "attribution", "quote", "consensus", "agreement"),
    )
    legend = alt.Legend(title="Against the consensus (click)", orient="bottom", columns=3)
    colour = alt.Color("agreement:N", scale=alt.Scale(domain=list(AGREEMENT), range=list(AGREEMENT.values())))
    cells_mark = (
        base.mark_rect(stroke="white", strokeWidth=2)
        .encode(color=colour.legend(legend), opacity=_when(pick, 1.0, 0.25))
        .add_params(pick)
    )
    dark = alt.FieldOneOfPredicate(field="agreement", oneOf=["within consensus", "far off"])
    words = base.mark_text(fontSize=10).encode(text="cell_text:N", color=_when(dark, "white", "#222222"))
    title = alt.Title("Who reports what", subtitle="Each cell: the outlet's words for the figure; — = not reported")
    return (cells_mark + words).properties(width=alt.Step(120), height=alt.Step(26), title=title)


def timeline_chart(facts: pd.DataFrame) -> alt.LayerChart | alt.Chart:
    """The dated events each outlet mentions, resolved to date intervals, with its publication date.

    One band per outlet: a dot per event, a bar for its extent, an arrow for an open end ("by last
    fall"), a black triangle for the publication date. The view opens on the two years before the
    latest article; scroll to zoom, drag to pan to earlier events.
    """
    dates = timeline_rows(facts)
    if "window_lo" not in dates:
        return _empty("No dated event")
    pubs = dates.drop_duplicates("outlet")[["outlet"]].assign(published=_col(dates, "published"))
    pubs = pubs.assign(role="published", lane="pub", mid=_ms(pubs["published"]) + _DAY_MS / 2).dropna(subset="mid")
    rows = pd.concat([dates.assign(role="event"), pubs], ignore_index=True)
    outlets, lanes = sorted(dates.outlet.unique()), ["pub", *sorted(dates["lane"].unique(), key=int)]
    window = [dates.window_lo.iloc[0], dates.window_hi.iloc[0]]
    earlier = int((dates.draw_hi < window[0]).sum())
    zoom = alt.selection_interval(name="time_zoom", bind="scales", encodings=["x"], value={"x": window})
    base = alt.Chart(_records(rows))
    shared = {"y": alt.Y("outlet:N", sort=outlets, title=None, axis=alt.Axis(labelLimit=180))}
    shared |= {"yOffset": alt.YOffset("lane:N", sort=lanes, scale=alt.Scale(domain=lanes))}
    events = base.transform_filter("datum.role == 'event'").encode(
        color=_colour(outlets, "Outlet"), tooltip=_tips("outlet", "label", "interval", "what", "quote", "published")
    )
    bars = (
        events.mark_bar(height=7, clip=True)
        .encode(x=alt.X("draw_lo:T", title=None, axis=alt.Axis(format="%b %Y")), x2="draw_hi:T", **shared)
        .encode(opacity=_when(alt.datum.qualifier == "vague", 0.4, 0.85))
        .add_params(zoom)
    )
    dots = events.mark_point(filled=True, size=36, opacity=1, clip=True).encode(x="mid:T", **shared)
    arrows = (
        events.transform_filter("datum.open != ''")
        .mark_point(filled=True, size=90, opacity=1, clip=True)
        .encode(x="arrow_x:T", shape=alt.Shape("open:N", scale=_ARROWS, legend=None), **shared)
    )
    published = (
        base.transform_filter("datum.role == 'published'")
        .mark_point(shape="triangle-down", filled=True, size=90, color="black", opacity=1, clip=True)
        .encode(x="mid:T", tooltip=_tips("outlet", "published"), **shared)
    )
    more = f"; {earlier} earlier event{'s' * (earlier != 1)}: drag right to see" if earlier else ""
    subtitle = f"● event  ▬ its extent  ▶ open end  ▼ publication date; scroll to zoom{more}"
    title = alt.Title("Dated events per outlet", subtitle=subtitle, anchor="start")
    return alt.layer(bars, dots, arrows, published).properties(width=640, height=alt.Step(12), title=title)


# --- export -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _javascript() -> str:
    """Vega, Vega-Lite and vega-embed as one script (vl-convert's bundle), built once per process."""
    import vl_convert as vlc

    return vlc.javascript_bundle(vl_version=alt.SCHEMA_VERSION.lstrip("v").rsplit(".", 1)[0])


def _script_json(value: Any) -> str:
    """JSON that is safe inside <script>: article text can never close the tag."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028")


_CSS = """body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1100px; padding: 0 1em }
h1 { font-size: 1.6em } h2 { font-size: 1.25em; margin-top: 2em } .chart { margin: 1em 0 } .vega-bind { margin: .5em 0 }
table { border-collapse: collapse; font-size: 13px } mark { background: #ffe08a } th { background: #f4f4f4 }
th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top }
.v { padding: .1em .5em; border-radius: 1em; white-space: nowrap } .agree { background: #cfe6f5 }
.compatible { background: #e2f0d9 } .conflict { background: #f8d3c0 } .single { background: #eee }"""


def chart_html(*charts: alt.TopLevelMixin, title: str = "factkit", body_html: str = "") -> str:
    """One self-contained HTML page with the charts, then `body_html` (which the caller has escaped).

    Vega, Vega-Lite and vega-embed are inlined once: the page works offline and requests nothing.
    """
    calls = [
        f"vegaEmbed('#chart-{i}', {_script_json(chart.to_dict())}, {json.dumps(EMBED_OPTIONS)}).catch(function (e) "
        f"{{ console.error(e); document.getElementById('chart-{i}').textContent = 'Chart failed: ' + e; }});"
        for i, chart in enumerate(charts)
    ]
    divs = "\n".join(f'<div class="chart" id="chart-{i}"></div>' for i in range(len(charts)))
    script = "\n".join(calls)
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n'
        f"<style>\n{_CSS}\n</style>\n<script>\n{_javascript()}\n</script>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n{divs}\n{body_html}\n<script>\n{script}\n</script>\n</body>\n</html>\n"
    )  # fmt: skip


def comparison_table_html(comparison: pd.DataFrame) -> str:
    """The comparison as an HTML table, one row per figure x outlet, every cell escaped."""
    if len(comparison) == 0:
        return "<p>No figure to compare.</p>"
    rows = figure_rows(comparison)
    rows = rows[(rows.role == "outlet") & (rows["style"] != "missing")]
    wanted = [
        "figure_label",
        "outlet",
        "label",
        "interval",
        "qualifier",
        "verdict",
        "consensus",
        "attribution",
        "quote",
    ]
    table = rows.reindex(columns=wanted).astype(object).fillna("").sort_values(["figure_label", "outlet"])
    table = table.rename(columns={"figure_label": "figure", "label": "words"})
    return table.to_html(index=False, escape=True, classes="comparison")


def report_html(
    facts: pd.DataFrame, comparison: pd.DataFrame, *, title: str = "factkit: figures across outlets"
) -> str:
    """A report page: the figure chart with its dropdown, the coverage matrix, the timeline, the table."""
    outlets = sorted(_outlets(facts).unique())
    figures = comparison["figure"].nunique() if len(comparison) else 0
    intro = (
        f"<p>{len(outlets)} outlets ({html.escape(', '.join(outlets))}), {len(facts)} mentions, {figures} figures.</p>"
    )
    summary = summary_html(comparison) if len(comparison) else ""
    body = (
        f"{intro}\n<h2>Figures and verdicts</h2>\n{summary}\n"
        f"<h2>Comparison table</h2>\n{comparison_table_html(comparison)}"
    )
    charts = (figure_chart(comparison), coverage_chart(comparison), timeline_chart(facts))
    return chart_html(*charts, title=title, body_html=body)


def _target(path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def save_html(chart_or_report: alt.TopLevelMixin | str, path: str | Path, *, title: str = "factkit") -> Path:
    """Write a chart, or a page from `report_html`/`chart_html`, to `path` as one offline HTML file."""
    page = chart_or_report if isinstance(chart_or_report, str) else chart_html(chart_or_report, title=title)
    target = _target(path)
    target.write_text(page, encoding="utf-8")
    return target


def save_report(facts: pd.DataFrame, comparison: pd.DataFrame, path: str | Path) -> Path:
    """Write `report_html(facts, comparison)` to `path`."""
    return save_html(report_html(facts, comparison), path)


def save_png(chart: alt.TopLevelMixin, path: str | Path, *, scale: float = 2.0) -> Path:
    """Render a chart to PNG with vl-convert (no browser); in-chart controls show their first value."""
    chart.save(str(target := _target(path)), format="png", scale_factor=scale)
    return target


def save_svg(chart: alt.TopLevelMixin, path: str | Path) -> Path:
    """Render a chart to SVG with vl-convert (no browser)."""
    chart.save(str(target := _target(path)), format="svg")
    return target


def enable_offline() -> None:
    """Draw charts in JupyterLab with no internet: Altair's widget renderer with vl-convert's bundled JS."""
    alt.renderers.enable("jupyter", offline=True)
