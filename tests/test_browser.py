"""Exported HTML in real headless Chromium with the network blocked: charts draw, controls work,
nothing is requested and nothing is logged as an error."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import factkit
from factkit import charts
from factkit.align import align
from factkit.compare import compare

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tables() -> tuple:
    """Facts (aligned) and comparison of the default corpus."""
    facts = align(factkit.extract_articles(factkit.load_articles(ROOT / "data" / "articles")))
    return facts, compare(facts)


def open_offline(tab, path: Path, charts_expected: int) -> None:
    """Open a saved page and wait until every chart has drawn its SVG."""
    tab.page.goto(path.resolve().as_uri())
    for i in range(charts_expected):
        tab.page.wait_for_selector(f"#chart-{i} svg g.mark-text, #chart-{i} svg g.mark-symbol", state="attached")


def assert_quiet(tab) -> None:
    """No request left the machine, nothing was blocked, no error was logged."""
    assert tab.remote_requests == [] and tab.blocked == []
    assert tab.errors == [] and tab.console_errors == []
    assert [text for kind, text in tab.console if kind == "warning"] == []


def count(tab, selector: str) -> int:
    return tab.page.locator(selector).count()


def test_report_renders_offline_with_every_chart(tab, tables, tmp_path, artifacts):
    facts, comparison = tables
    path = charts.save_report(facts, comparison, tmp_path / "report.html")
    open_offline(tab, path, 3)
    assert count(tab, "svg.marks") == 3
    assert count(tab, "#chart-0 g.mark-symbol path") + count(tab, "#chart-0 g.mark-rule line") > 0
    assert count(tab, "#chart-1 g.mark-rect path") >= comparison["figure"].nunique() * facts["outlet"].nunique()
    assert count(tab, "#chart-2 g.mark-symbol path") > 0
    assert count(tab, "table.comparison tr") == len(comparison) + 1
    assert_quiet(tab)
    tab.page.screenshot(path=artifacts / "report.png", full_page=True)


def test_dropdown_switches_figure_without_python(tab, tables, tmp_path, artifacts):
    _, comparison = tables
    path = charts.save_html(charts.figure_chart(comparison), tmp_path / "figures.html")
    open_offline(tab, path, 1)
    select = tab.page.locator("#chart-0 .vega-bind select")
    options = select.locator("option").all_inner_texts()
    assert len(options) == comparison["figure"].nunique()
    title = tab.page.locator("#chart-0 g.role-title-text text")
    first = title.text_content()
    for label in options[1:3]:
        select.select_option(label=label)
        tab.page.wait_for_function(
            "t => document.querySelector('#chart-0 g.role-title-text text').textContent != t", arg=first
        )
        first = title.text_content()
        assert label.split(" (")[0] in first
        assert count(tab, "#chart-0 g.mark-text text") >= comparison["outlet"].nunique()
    assert_quiet(tab)
    richest = comparison.groupby("figure")["qualifier"].nunique().idxmax()
    if select.input_value() != richest:
        select.select_option(value=richest)
        tab.page.wait_for_function(
            "t => document.querySelector('#chart-0 g.role-title-text text').textContent != t", arg=first
        )
    tab.page.mouse.move(0, 0)
    tab.page.locator("#chart-0").screenshot(path=artifacts / "figure-chart.png")


def test_legend_click_highlights_an_outlet(tab, tables, tmp_path):
    _, comparison = tables
    path = charts.save_html(charts.figure_chart(comparison), tmp_path / "figures.html")
    open_offline(tab, path, 1)
    faded = "#chart-0 g.mark-symbol path[opacity='0.15'], #chart-0 g.mark-rule line[opacity='0.15']"
    assert count(tab, faded) == 0
    tab.page.locator("#chart-0 g.role-legend-symbol path").first.click()
    tab.page.wait_for_selector(faded, state="attached")
    assert_quiet(tab)


def test_tooltip_shows_the_quote(tab, tables, tmp_path):
    _, comparison = tables
    path = charts.save_html(charts.coverage_chart(comparison), tmp_path / "coverage.html")
    open_offline(tab, path, 1)
    reported = comparison.iloc[0]
    tab.page.locator("#chart-0 g.mark-text text", has_text=str(reported["text"])[:22]).first.hover()
    tooltip = tab.page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible")
    assert "quote" in tooltip.inner_text() and "according to" in tooltip.inner_text()
    assert_quiet(tab)


def test_timeline_renders_and_zooms(tab, tables, tmp_path, artifacts):
    facts, _ = tables
    path = charts.save_html(charts.timeline_chart(facts), tmp_path / "timeline.html")
    open_offline(tab, path, 1)
    axis = tab.page.locator("#chart-0 g.role-axis-label text")
    before = axis.all_text_contents()
    box = tab.page.locator("#chart-0 svg.marks").bounding_box()
    tab.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tab.page.mouse.wheel(0, -400)
    tab.page.wait_for_function(
        "b => [...document.querySelectorAll('#chart-0 g.role-axis-label text')].map(t => t.textContent).join() != b",
        arg=",".join(before),
    )
    assert_quiet(tab)
    tab.page.locator("#chart-0").screenshot(path=artifacts / "timeline.png")


def test_article_text_stays_text_in_the_page(tab, tmp_path):
    hostile = '"</script><script>alert(1)</script><img src=x onerror=alert(2)>'
    comparison = pd.DataFrame(
        {"figure": ["f", "f"], "figure_label": ["Hostile <b>label</b>", "Hostile <b>label</b>"], "kind": "count",
         "outlet": ["A <i>", "B"], "low": [1.0, 2.0], "high": [1.0, 2.0], "qualifier": "exact", "text": ["1", "2"],
         "quote": [hostile, "fine"], "verdict": "conflict", "consensus_low": 1.0, "consensus_high": 2.0}
    )  # fmt: skip
    dialogs: list[str] = []
    tab.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    path = charts.save_html(charts.report_html(comparison.assign(published=None), comparison), tmp_path / "x.html")
    open_offline(tab, path, 3)
    assert dialogs == [] and count(tab, "img") == 0
    assert hostile in tab.page.locator("table.comparison").inner_text()
    assert_quiet(tab)
