"""The explorer driven from Python, as a user drives it with the mouse: every control changes the
chart's data and the quotes together."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import factkit
from factkit import charts
from factkit.align import align
from factkit.explorer import explorer, highlight

ROOT = Path(__file__).resolve().parent.parent

#: A second, tiny story: three outlets on one strike, with markup-like text that must stay text.
STRIKE = {
    "a": ("Daily A", "2024-03-04", "More than 500 workers walked out on Monday, the union said. <b>Talks</b> failed."),
    "b": ("Daily B", "2024-03-05", "About 600 workers joined the strike, according to the union <script>x</script>."),
    "c": ("Wire C", "2024-03-05", "Up to 700 workers stopped work on Monday, police said."),
}


@pytest.fixture(scope="module")
def default_facts() -> pd.DataFrame:
    return align(factkit.extract_articles(factkit.load_articles(ROOT / "data" / "articles")))


@pytest.fixture
def ex(default_facts):
    return explorer(default_facts)


def strike_facts() -> pd.DataFrame:
    """The strike corpus through `extract`, the worker counts keyed by hand as one figure."""
    frames = []
    for doc, (outlet, published, text) in STRIKE.items():
        facts = factkit.extract(text, published=published, doc=doc)
        frames.append(facts.assign(outlet=outlet, published=pd.Timestamp(published)))
    facts = pd.concat(frames, ignore_index=True)
    workers = facts["counted"] == "worker"
    return facts.assign(figure=workers.map({True: "strikers"}), figure_label=workers.map({True: "Workers on strike"}))


def shown_outlets(ex) -> set[str]:
    return set(ex.chart_data()["outlet"])


def test_opens_on_the_most_reported_figure(ex, default_facts):
    assert len(ex.figure.options) == ex.comparison()["figure"].nunique() > 0
    assert ex.figure.value == ex.figure.options[0][1]
    data = ex.chart_data()
    reporting = ex.comparison().query("figure == @ex.figure.value")["outlet"].nunique()
    assert len(data) == data["outlet"].nunique() == reporting
    assert "<mark>" in ex.quotes_html()
    assert ex.chart_view.chart.to_dict() == ex.current_chart().to_dict()


def test_choosing_a_figure_changes_chart_and_quotes(ex):
    before = (ex.chart_data().to_dict(), ex.quotes_html(), ex.chart_view.chart.to_dict()["title"])
    ex.figure.value = ex.figure.options[1][1]
    after = (ex.chart_data().to_dict(), ex.quotes_html(), ex.chart_view.chart.to_dict()["title"])
    assert all(b != a for b, a in zip(before, after, strict=True))
    assert set(ex.chart_data()["figure"]) == {ex.figure.value}


def test_outlet_filter(ex):
    keep = ex.outlets.options[:2]
    ex.outlets.value = keep
    assert shown_outlets(ex) <= set(keep)
    assert set(ex.comparison()["outlet"]) <= set(keep)
    assert all(outlet in keep for outlet in ex.selected_facts()["outlet"])
    quoted = [o for o in ex.outlets.options if f"<td>{o}</td>" in ex.quotes_html()]
    assert set(quoted) <= set(keep)


def test_kind_filter(ex):
    ex.kinds.value = ("date",)
    assert ex.figure.options, "the default corpus has dated figures"
    assert set(ex.comparison()["kind"]) == {"date"}
    spec = ex.chart_view.chart.to_dict()
    assert spec["layer"][0]["encoding"]["x"]["type"] == "temporal"


def test_search_filters_the_figure_list(ex):
    label, key = ex.figure.options[-1]
    ex.search.value = label.split(" · ")[0].upper()
    assert key in [k for _, k in ex.figure.options]
    ex.search.value = "no figure is called this"
    assert ex.figure.options == () and ex.figure.value is None
    assert ex.chart_data().empty and "No quote" in ex.quotes_html()
    assert ex.chart_view.chart.to_dict()["mark"]["type"] == "text"
    ex.search.value = ""
    assert ex.figure.value == key or ex.figure.value is not None


def test_nothing_selected_is_not_an_error(ex):
    ex.outlets.value = ()
    assert ex.figure.value is None and ex.chart_data().empty


def test_export_button_writes_what_is_shown(ex, tmp_path):
    ex.export_path.value = str(tmp_path / "shown.html")
    ex.export_button.click()
    page = (tmp_path / "shown.html").read_text()
    assert "window.vegaEmbed=" in page and "<mark>" in page and "cdn.jsdelivr" not in page
    assert ex.figure.value in page and "saved" in ex.status.value


def test_works_on_another_corpus_and_escapes_its_text(tmp_path):
    ex = explorer(strike_facts())
    assert [k for _, k in ex.figure.options] == ["strikers"]
    assert shown_outlets(ex) == {"Daily A", "Daily B", "Wire C"}
    quotes = ex.quotes_html()
    assert "&lt;script&gt;x&lt;/script&gt;" in quotes and "<script>" not in quotes
    assert "<mark>More than 500</mark>" in quotes and "&lt;b&gt;Talks&lt;/b&gt;" in quotes
    page = ex.export(tmp_path / "strike.html").read_text()
    assert "<script>x</script>" not in page


CASES_HIGHLIGHT = [
    ("Some 11,000 troops.", "Some 11,000", "<mark>Some 11,000</mark> troops."),
    ("Hundreds <i>were</i> there.", "hundreds", "<mark>Hundreds</mark> &lt;i&gt;were&lt;/i&gt; there."),
    ("No match here.", "42", "No match here. <mark>42</mark>"),
    ("", "", ""),
]


@pytest.mark.parametrize(("sentence", "words", "expected"), CASES_HIGHLIGHT, ids=[c[0][:12] for c in CASES_HIGHLIGHT])
def test_highlight(sentence, words, expected):
    assert highlight(sentence, words) == expected


def test_chart_in_explorer_is_the_figure_chart(ex):
    assert ex.current_chart().to_dict() == charts.figure_chart(ex.comparison(), ex.figure.value).to_dict()
