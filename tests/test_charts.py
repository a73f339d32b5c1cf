"""Charts through `to_dict()` and the exported HTML, never pixels (the Altair habit in STYLE.md).

The comparison below is hand-made in the shape `factkit.compare` returns (one row per figure x outlet),
so these tests pin the chart contract independently of extraction and alignment.
"""

from __future__ import annotations

import json
import math
import re

import pandas as pd
import pytest

from factkit import charts

NAN = math.nan
D = pd.Timestamp
COLUMNS = ("figure", "figure_label", "kind", "outlet", "doc", "low", "high", "qualifier", "text", "quote",
           "attribution", "published", "verdict", "consensus_low", "consensus_high", "n_outlets")  # fmt: skip

#: (figure, kind, outlet, low, high, qualifier, words, attribution), one row per figure x outlet.
CASES_COMPARISON = [
    ("troops", "count", "The Guardian", 10_000, NAN, "more_than", "more than 10,000", "western estimates"),
    ("troops", "count", "TVP World", 11_000, 11_000, "approx", "some 11,000", "Ukrainian assessments"),
    ("troops", "count", "Wire", NAN, 12_000, "up_to", "up to 12,000", "the United States"),
    ("troops", "count", "Meduza", 11_000, 11_000, "approx", "around 11,000", None),
    ("rehab", "count", "The Guardian", 200, 999, "vague", "hundreds", "Matsegora"),
    ("rehab", "count", "Meduza", 200, 999, "vague", "Hundreds", "Matsegora"),
    ("casualties", "count", "TVP World", 3_000, NAN, "more_than", "more than 3,000", "Kyiv"),
    ("cost", "money", "Wire", 0, 0, "exact", "free of charge", "the diplomat"),
    ("cost", "money", "Meduza", 0, 0, "exact", "completely free", "Matsegora"),
    ("killed", "count", "Wire", 300, 300, "exact", "300", "Kyiv"),
    ("killed", "count", "Meduza", 1_000, 1_000, "exact", "1,000", "Moscow"),
]
#: figure -> (verdict, consensus_low, consensus_high)
VERDICTS = {
    "troops": ("compatible", 11_000, 11_000),
    "rehab": ("agree", 200, 999),
    "casualties": ("single source", 3_000, NAN),
    "cost": ("agree", 0, 0),
    "killed": ("conflict", 300, 300),
}
#: (figure, outlet, date_start, date_end, words) for the date figure.
CASES_DATES = [
    ("interview", "The Guardian", D("2025-02-01"), D("2025-02-28"), "this month"),
    ("interview", "Wire", D("2025-02-10"), D("2025-02-10"), "today"),
]
OUTLETS = ["Meduza", "TVP World", "The Guardian", "Wire"]
HOSTILE = 'He said "</script><script>alert(1)</script>" & left <b>now</b>.'


def make_comparison() -> pd.DataFrame:
    rows = []
    for fig, kind, outlet, lo, hi, qual, words, said in CASES_COMPARISON:
        verdict, c_lo, c_hi = VERDICTS[fig]
        quote = HOSTILE if outlet == "Wire" and fig == "troops" else f"The outlet says {words} in a sentence."
        rows.append(dict(figure=fig, figure_label=fig.title(), kind=kind, outlet=outlet, doc=outlet[:3], low=lo,
                         high=hi, qualifier=qual, text=words, quote=quote, attribution=said, published=D("2025-02-10"),
                         verdict=verdict, consensus_low=c_lo, consensus_high=c_hi, n_outlets=2))  # fmt: skip
    cmp = pd.DataFrame(rows)
    dates = pd.DataFrame(
        [dict(figure=f, figure_label="Interview date", kind="date", outlet=o, date_start=a, date_end=b, text=w,
              qualifier="exact", quote=f"It was {w}.", verdict="compatible", consensus_low=D("2025-02-10"),
              consensus_high=D("2025-02-10"), published=D("2025-02-20")) for f, o, a, b, w in CASES_DATES]
    )  # fmt: skip
    return pd.concat([cmp, dates], ignore_index=True)


def make_facts() -> pd.DataFrame:
    rows = [
        dict(outlet=o, kind="date", text=w, date_start=a, date_end=b, qualifier="exact", sentence=f"It was {w}.",
             published=D("2025-02-20"), figure=f) for f, o, a, b, w in CASES_DATES
    ] + [
        dict(outlet="Meduza", kind="date", text="recent years", date_start=pd.NaT, date_end=D("2025-02-10"),
             qualifier="vague", sentence="In recent years ...", published=D("2025-02-10")),
        dict(outlet="Meduza", kind="date", text="1991", date_start=D("1991-01-01"), date_end=D("1991-12-31"),
             qualifier="exact", sentence="Since 1991 ...", published=D("2025-02-10")),
        dict(outlet="Meduza", kind="count", text="5", low=5.0, high=5.0, qualifier="exact", sentence="5 men."),
    ]  # fmt: skip
    return pd.DataFrame(rows)


def layers(spec: dict) -> list[dict]:
    """Every unit spec in a (possibly nested) layer."""
    out = []
    for layer in spec.get("layer", [spec]):
        out.extend(layers(layer) if "layer" in layer else [layer])
    return out


def marks(spec: dict) -> list[str]:
    return [unit["mark"]["type"] if isinstance(unit["mark"], dict) else unit["mark"] for unit in layers(spec)]


def params(spec: dict) -> dict[str, dict]:
    found = {p["name"]: p for p in spec.get("params", [])}
    for unit in layers(spec):
        found.update({p["name"]: p for p in unit.get("params", [])})
    return found


def values(spec: dict) -> list[dict]:
    data = spec["data"]
    return data["values"] if "values" in data else spec["datasets"][data["name"]]


# --- figure chart -----------------------------------------------------------------------------------


def test_figure_chart_all_figures_has_a_dropdown_of_every_figure():
    spec = charts.figure_chart(make_comparison()).to_dict()
    pick = params(spec)["figure_pick"]
    assert pick["bind"]["input"] == "select"
    assert set(pick["bind"]["options"]) == {"troops", "rehab", "casualties", "cost", "killed", "interview"}
    assert pick["value"] == "troops", "the figure most outlets report opens first"
    assert any("Troops (compatible)" == label for label in pick["bind"]["labels"])
    assert all("figure_pick" in json.dumps(unit.get("transform", [])) for unit in layers(spec))
    assert "figure_pick" in spec["title"]["text"]["expr"]


def test_figure_chart_marks_show_how_each_figure_is_stated():
    spec = charts.figure_chart(make_comparison(), "troops").to_dict()
    assert {"rect", "rule", "point", "text"} <= set(marks(spec))
    rows = {r["outlet"]: r for r in values(spec) if r["role"] == "outlet" and r["figure"] == "troops"}
    assert rows["The Guardian"]["style"] == "open" and rows["The Guardian"]["arrow"] == "right"
    assert rows["Wire"]["style"] == "open" and rows["Wire"]["arrow"] == "left"
    assert rows["TVP World"]["style"] == rows["Meduza"]["style"] == "approx"
    assert rows["The Guardian"]["interval"] == "10,000 – ∞" and rows["Wire"]["interval"] == "−∞ – 12,000"
    frame = spec["layer"][0]["encoding"]["x"]["scale"]["domain"]
    assert rows["The Guardian"]["arrow_x"] == frame[1], "an open upper bound reaches the axis end"
    assert rows["Wire"]["arrow_x"] == frame[0]
    shapes = [u["encoding"]["shape"]["scale"]["range"] for u in layers(spec) if "shape" in u.get("encoding", {})]
    assert shapes == [["triangle-left", "triangle-right"]]
    hollow = [u for u in layers(spec) if u["mark"].get("fill") == "white"]
    assert hollow and "approx" in json.dumps(hollow[0]["transform"])


def test_vague_magnitudes_are_dashed_and_light():
    spec = charts.figure_chart(make_comparison(), "rehab").to_dict()
    (rule,) = [u for u in layers(spec) if u["mark"]["type"] == "rule"]
    (dash,) = rule["encoding"]["strokeDash"]["condition"]
    (light,) = rule["encoding"]["strokeOpacity"]["condition"]
    assert dash["value"] == [5, 3] and "vague" in dash["test"]
    assert light["value"] < 0.5 and "vague" in light["test"]
    assert {r["style"] for r in values(spec) if r.get("outlet") in ("Meduza", "The Guardian")} == {"vague"}


def test_missing_outlets_are_rows_that_say_not_reported():
    spec = charts.figure_chart(make_comparison(), "casualties").to_dict()
    shown = {r["outlet"]: r["label"] for r in values(spec) if r["role"] == "outlet"}
    assert shown == {"TVP World": "more than 3,000", "Meduza": "not reported", "The Guardian": "not reported",
                     "Wire": "not reported"}  # fmt: skip


def test_consensus_band_sits_behind_the_outlets():
    spec = charts.figure_chart(make_comparison(), "rehab").to_dict()
    assert spec["layer"][0]["mark"]["type"] == "rect"
    (band,) = [r for r in values(spec) if r["role"] == "consensus"]
    assert band["band_lo"] < 200 < 999 < band["band_hi"]


def test_tooltips_carry_quote_and_attribution():
    spec = charts.figure_chart(make_comparison(), "troops").to_dict()
    (rule,) = [u for u in layers(spec) if u["mark"]["type"] == "rule"]
    fields = {t["field"] for t in rule["encoding"]["tooltip"]}
    assert {"quote", "attribution", "outlet", "interval", "label"} <= fields


def test_axis_formats_are_readable():
    spec = charts.figure_chart(make_comparison(), "troops").to_dict()
    assert spec["layer"][0]["encoding"]["x"]["axis"]["format"] == ",~r"
    date_spec = charts.figure_chart(make_comparison(), "interview").to_dict()
    x = date_spec["layer"][0]["encoding"]["x"]
    assert x["type"] == "temporal" and x["axis"]["format"] == charts.DATE_FORMAT
    label_expr = charts.figure_chart(make_comparison()).to_dict()["layer"][0]["encoding"]["x"]["axis"]["labelExpr"]
    assert "format(datum.value, ',~r')" in label_expr and "timeFormat" in label_expr


def test_outlet_colours_are_okabe_ito_and_stable_across_figures():
    full = charts.figure_chart(make_comparison(), "troops").to_dict()
    one = charts.figure_chart(make_comparison(), "casualties").to_dict()
    scale = [u["encoding"]["color"]["scale"] for u in layers(full) if "color" in u.get("encoding", {})][0]
    scale_one = [u["encoding"]["color"]["scale"] for u in layers(one) if "color" in u.get("encoding", {})][0]
    assert scale == scale_one
    assert scale["domain"] == sorted(OUTLETS) and set(scale["range"]) <= set(charts.OKABE_ITO)


def test_legend_highlights_outlets():
    spec = charts.figure_chart(make_comparison()).to_dict()
    pick = params(spec)["outlet_pick"]
    assert pick["bind"] == "legend" and pick["select"]["fields"] == ["outlet"]
    assert "outlet_pick" in json.dumps(spec["layer"][1]["encoding"]["opacity"])


def test_unknown_or_empty_figure_gives_a_message_not_an_error():
    empty = pd.DataFrame(columns=list(COLUMNS))
    assert charts.figure_chart(empty).to_dict()["mark"]["type"] == "text"
    assert charts.figure_chart(make_comparison(), "nope").to_dict()["mark"]["type"] == "text"
    assert charts.coverage_chart(empty).to_dict()["mark"]["type"] == "text"
    assert charts.timeline_chart(make_facts().iloc[:0]).to_dict()["mark"]["type"] == "text"


# --- intervals as text ------------------------------------------------------------------------------

CASES_INTERVALS = [
    (10_000, NAN, False, "10,000 – ∞"),
    (NAN, 12_000, False, "−∞ – 12,000"),
    (11_000, 11_000, False, "11,000"),
    (200, 999, False, "200 – 999"),
    (0.0833, 0.0833, False, "0.0833"),
    (NAN, NAN, False, "—"),
]


@pytest.mark.parametrize(("low", "high", "is_date", "expected"), CASES_INTERVALS, ids=[c[3] for c in CASES_INTERVALS])
def test_interval_text(low, high, is_date, expected):
    assert charts._interval(low, high, is_date) == expected


def test_date_intervals_are_inclusive_days():
    rows = charts.figure_rows(make_comparison())
    interview = rows[rows.figure == "interview"]
    shown = dict(zip(interview["outlet"], interview["interval"], strict=True))
    assert shown["The Guardian"] == "2025-02-01 – 2025-02-28"
    assert shown["Wire"] == "2025-02-10"


# --- coverage ---------------------------------------------------------------------------------------


def test_coverage_has_every_figure_outlet_cell():
    spec = charts.coverage_chart(make_comparison()).to_dict()
    cells = values(spec)
    assert len(cells) == 6 * len(OUTLETS)
    by = {(c["figure"], c["outlet"]): c for c in cells}
    assert by[("casualties", "Meduza")]["agreement"] == "not reported"
    assert by[("casualties", "Meduza")]["cell_text"] == "—"
    assert by[("casualties", "TVP World")]["agreement"] == "only source"
    assert by[("rehab", "Meduza")]["agreement"] == "within consensus"
    assert by[("killed", "Meduza")]["agreement"] == "far off"
    colour = spec["layer"][0]["encoding"]["color"]["scale"]
    assert colour["domain"] == list(charts.AGREEMENT) and colour["range"] == list(charts.AGREEMENT.values())
    assert {"rect", "text"} == set(marks(spec))


# --- timeline ---------------------------------------------------------------------------------------


def test_timeline_marks_events_open_ends_and_publication():
    spec = charts.timeline_chart(make_facts()).to_dict()
    rows = values(spec)
    events = [r for r in rows if r["role"] == "event"]
    assert {r["label"] for r in events} == {"this month", "today", "recent years", "1991"}
    assert [r["open"] for r in events if r["label"] == "recent years"] == ["left"]
    assert {r["outlet"] for r in rows if r["role"] == "published"} == {"The Guardian", "Wire", "Meduza"}
    assert any(u["mark"].get("shape") == "triangle-down" for u in layers(spec))
    assert params(spec)["time_zoom"]["bind"] == "scales"
    assert "1 earlier event" in spec["title"]["subtitle"], "1991 lies outside the opening view and says so"


# --- export -----------------------------------------------------------------------------------------


def test_saved_html_is_self_contained(tmp_path):
    page = charts.save_html(charts.figure_chart(make_comparison()), tmp_path / "chart.html").read_text()
    for library in ("window.vegaEmbed=", "window.vega=", "window.vegaLite="):
        assert library in page
    assert "cdn.jsdelivr" not in page
    assert not re.search(r"<script[^>]+src=", page), "no script is loaded from anywhere"
    assert not re.search(r"<link[^>]+href=", page)
    assert "figure_pick" in page, "the dropdown travels with the spec"


def test_article_text_cannot_break_out_of_the_script(tmp_path):
    page = charts.save_html(charts.figure_chart(make_comparison()), tmp_path / "chart.html").read_text()
    assert "<script><script>alert" not in page and "alert(1)</script>" not in page
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in page
    assert page.count("</script>") == page.count("<script>")


def test_report_has_three_charts_one_bundle_and_an_escaped_table():
    page = charts.report_html(make_facts(), make_comparison())
    assert page.count("window.vegaEmbed=") == 1
    assert len(re.findall(r'<div class="chart" id="chart-\d"', page)) == 3
    assert '<table border="1" class="dataframe comparison">' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;now&lt;/b&gt;" in page
    assert "3 outlets (Meduza, The Guardian, Wire)" in page


def test_save_report_png_and_svg(tmp_path):
    report = charts.save_report(make_facts(), make_comparison(), tmp_path / "out" / "report.html")
    assert report.read_text().startswith("<!DOCTYPE html>")
    png = charts.save_png(charts.coverage_chart(make_comparison()), tmp_path / "coverage.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = charts.save_svg(charts.figure_chart(make_comparison(), "troops"), tmp_path / "troops.svg")
    assert "<svg" in svg.read_text() and "more than 10,000" in svg.read_text()
