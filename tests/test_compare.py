"""Comparing outlets (`factkit.compare`): verdicts as case tables, the multi-outlet fixture corpus, the report
files, and the default corpus against its gold figures (`fixtures/gold_seeds.jsonl`, a copy of the shared
gold; pairs scored as ../shared/tools/score_facts.py --align does)."""

from __future__ import annotations

import csv
import json
import math
from itertools import combinations
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from factkit.align import align
from factkit.compare import COMPARISON_COLUMNS, compare, summarize, verdict, write_report
from factkit.extract import extract, extract_articles
from factkit.mention import Mention, to_frame

HERE = Path(__file__).parent
INF = math.inf


def read_corpus(folder: Path) -> list[SimpleNamespace]:
    """Articles as written on disk (no cleaning, so gold offsets hold), with the manifest's metadata."""
    with (folder / "articles.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    return [SimpleNamespace(text=(folder / f"{r['doc']}.txt").read_text(), doc=r["doc"], outlet=r["outlet"],
                            published=r["published"], title=r.get("title"), url=None) for r in rows]  # fmt: skip


#: (intervals as (low, high), open ends as inf) -> verdict
CASES_VERDICTS = [
    ([(200, 999), (200, 999)], "agree"),
    ([(10_000, INF), (11_000, 11_000), (-INF, 12_000)], "compatible"),  # different framing, 11,000 fits all
    ([(10_000, INF), (11_000, 11_000)], "compatible"),  # "more than 10,000" / "some 11,000"
    ([(10, 10), (1, 31)], "agree"),  # "Feb. 10" in "this month": only precision differs
    ([(1, 366), (153, 244), (160, 160)], "agree"),  # year, summer, day: nested
    ([(-INF, 330), (275, 305)], "compatible"),  # "by last fall" / "October": open bound
    ([(-INF, 41), (-INF, 41)], "agree"),  # "recent years" twice: the same open interval
    ([(300, 300), (1_000, INF)], "conflict"),
    ([(1, 10), (5, 20)], "compatible"),  # overlap, neither inside the other
    ([(3_000, INF)], "single source"),
]


@pytest.mark.parametrize("intervals,expected", CASES_VERDICTS, ids=lambda v: str(v)[:30])
def test_verdict(intervals: list, expected: str) -> None:
    lows, highs = (np.array(x, dtype=float) for x in zip(*intervals, strict=True))
    assert verdict(lows, highs) == expected


@pytest.fixture(scope="module")
def multi() -> pd.DataFrame:
    return compare(extract_articles(read_corpus(HERE / "fixtures" / "multi")))


def row(comparison: pd.DataFrame, outlet: str, words: str) -> pd.Series:
    hit = comparison[(comparison["outlet"] == outlet) & comparison["text"].str.split(" / ").map(lambda t: words in t)]
    assert len(hit) == 1, f"{outlet}: {words!r} in {len(hit)} rows"
    return hit.iloc[0]


#: (outlet, words) -> (verdict, consensus_low, consensus_high, n_outlets)
CASES_MULTI = [
    (("Daily Planet", "more than 10,000"), ("compatible", 11_000, 11_000, 3)),
    (("Daily Planet", "hundreds"), ("agree", 200, 999, 3)),
    (("Daily Planet", "Feb. 10"), ("agree", pd.Timestamp("2025-02-10"), pd.Timestamp("2025-02-10"), 3)),
    (("Morning Wire", "free of charge"), ("agree", 0, 0, 2)),
    (("Coast News", "300"), ("conflict", math.nan, math.nan, 2)),
    (("Daily Planet", "hundreds of thousands"), ("single source", 200_000, 999_999, 1)),
]


@pytest.mark.parametrize("where,expected", CASES_MULTI, ids=lambda v: str(v)[:30])
def test_multi_outlet_verdicts(multi: pd.DataFrame, where: tuple, expected: tuple) -> None:
    r = row(multi, *where)
    got = (r["verdict"], r["consensus_low"], r["consensus_high"], r["n_outlets"])
    assert got[0] == expected[0] and got[3] == expected[3]
    for a, b in zip(got[1:3], expected[1:3], strict=True):
        assert (pd.isna(a) and pd.isna(b)) or a == b


def test_comparison_columns_and_absence(multi: pd.DataFrame) -> None:
    assert list(multi.columns) == list(COMPARISON_COLUMNS)
    free = row(multi, "Daily Planet", "completely free")
    assert "Evening Post" in free["outlets_missing"] and "Daily Planet" not in free["outlets_missing"]
    dates = multi[multi["figure"] == row(multi, "Daily Planet", "Feb. 10")["figure"]]
    assert set(dates["text"]) == {"Feb. 10", "today", "Monday"}  # published Feb 21, Feb 10 and Feb 11


def test_independent_sources_behind_a_figure(multi: pd.DataFrame) -> None:
    rehab = row(multi, "Daily Planet", "hundreds")
    assert rehab["n_independent_sources"] == 1 and rehab["upstream"] == "interview with Rossiyskaya Gazeta"
    assert row(multi, "Daily Planet", "more than 10,000")["n_independent_sources"] == 3


def _count(doc: str, text: str, low: float, high: float, sentence: str) -> Mention:
    return Mention(kind="count", text=text, start=0, end=1, low=low, high=high, counted="soldier",
                   subject="soldiers", sentence=sentence, doc=doc)  # fmt: skip


def test_several_mentions_in_one_outlet() -> None:
    facts = to_frame([
        _count("a", "more than 10,000", 10_000, math.nan, "More than 10,000 soldiers were sent to Kursk."),
        _count("a", "up to 12,000", math.nan, 12_000, "Up to 12,000 soldiers were sent to Kursk, it said."),
        _count("b", "20,000", 20_000, 20_000, "Some 20,000 soldiers were sent to Kursk."),
        _count("b", "5,000", 5_000, 5_000, "Only 5,000 soldiers were sent to Kursk, others said."),
    ]).assign(figure="troops", figure_label="troops")  # fmt: skip
    cmp = compare(facts).set_index("outlet")
    assert (cmp.loc["a", "low"], cmp.loc["a", "high"], bool(cmp.loc["a", "consistent"])) == (10_000, 12_000, True)
    assert (cmp.loc["b", "low"], cmp.loc["b", "high"], bool(cmp.loc["b", "consistent"])) == (5_000, 20_000, False)
    assert cmp.loc["a", "n_mentions"] == 2 and cmp.loc["a", "verdict"] == "compatible"


def test_two_sources_in_one_outlet_that_disagree_are_a_conflict() -> None:
    """One outlet, two sources' disjoint claims: a conflict, not a "single source"; one source's claim
    repeated stays a single source."""
    rival = extract("Police put the number of marchers at 8,000, while organisers said 20,000 took part.", doc="a")
    assert compare(rival)["verdict"].tolist() == ["conflict"]
    alone = extract("Organisers said 20,000 took part. Some 20,000 people marched, organisers said.", doc="a")
    assert set(compare(alone.assign(figure="marchers", figure_label="marchers"))["verdict"]) == {"single source"}


def test_a_figure_in_several_units_compares_in_one() -> None:
    """Miles against kilometres, and pounds against euros through the outlet's own bracketed conversion:
    each value widened by its rounding, so "about 11 miles" and "18 km" agree, not conflict."""
    wire = "Profit fell to €1.12bn (£975m) in the quarter. The quake was centred 18 km from Boryk."
    tabloid = "Profit crashed to £975million in the quarter. Its epicentre lay about 11 miles from Boryk."
    facts = pd.concat([extract(wire, doc="wire"), extract(tabloid, doc="tabloid")], ignore_index=True)
    out = compare(facts).set_index(["text"])
    assert out.loc["18 km", "figure"] == out.loc["about 11 miles", "figure"]
    assert out.loc["18 km", "unit"] == "m" and out.loc["18 km", "verdict"] == "agree"
    assert out.loc["£975million", "unit"] == "GBP" and out.loc["£975million", "verdict"] == "agree"
    assert out.loc["£975million", "low"] == pytest.approx(974.5e6)


def test_summarize_one_row_per_figure(multi: pd.DataFrame) -> None:
    summary = summarize(multi)
    assert summary["figure"].is_unique and set(summary["figure"]) == set(multi["figure"])
    rehab = summary[summary["figure"] == row(multi, "Daily Planet", "hundreds")["figure"]].iloc[0]
    assert rehab["sources"] == "3 outlets, 1 underlying source: interview with Rossiyskaya Gazeta"


def test_empty_comparison_keeps_columns() -> None:
    assert list(compare(to_frame([])).columns) == list(COMPARISON_COLUMNS)


def test_write_report(multi: pd.DataFrame, tmp_path: Path) -> None:
    facts = extract_articles(read_corpus(HERE / "fixtures" / "multi"))
    hostile = multi.copy()
    hostile.loc[0, "quote"] = '</td><script>alert(1)</script> & "quotes"'
    paths = write_report(facts, hostile, tmp_path / "reports", charts=False)
    assert set(paths) == {"facts.csv", "comparison.csv", "comparison.html"} and all(p.exists() for p in paths.values())
    page = paths["comparison.html"].read_text()
    assert "<script" not in page and "&lt;script&gt;" in page and "http" not in page
    assert page.count('class="v ') >= 2 * multi["figure"].nunique()
    assert len(pd.read_csv(paths["comparison.csv"])) == len(multi)


def test_write_report_with_charts_escapes_quotes_and_links_nowhere(multi: pd.DataFrame, tmp_path: Path) -> None:
    facts = extract_articles(read_corpus(HERE / "fixtures" / "multi"))
    hostile = multi.copy()
    hostile.loc[0, "quote"] = '</td><script>alert(1)</script> & "quotes"'
    page = write_report(facts, hostile, tmp_path / "reports")["comparison.html"].read_text()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert page.count('<div class="chart" id="chart-') == 3 and "cdn.jsdelivr" not in page
    assert page.count('class="v ') == multi["figure"].nunique()


# --- the default corpus against the gold --------------------------------------------------------------

#: figures.md: every figure two or more outlets report, with its verdict there.
GOLD_VERDICTS = {
    "nk_troops_in_kursk": "compatible",
    "russian_soldiers_rehabilitated_in_nk": "agree",
    "treatment_cost": "agree",
    "ambassador_interview_date": "agree",
    "isw_report_date": "agree",
    "strategic_partnership_signing_date": "agree",
    "songdowon_children_camp_date": "agree",
    "nk_troop_deployment_date": "compatible",
    "aleksei_combat_duration": "agree",
    "aleksei_stay_duration": "agree",
    "russian_soldiers_at_wonsan_facility": "agree",
    "nk_attitude_warming_period": "agree",
}
#: Figures not yet grouped whole (strict xfail: fixing one must update this table). None is left: the
#: last two (the Songdowon camp date, the troop deployment date) needed the event a date dates.
CASES_KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture(scope="module")
def gold_matched() -> tuple[list[dict], pd.DataFrame]:
    """Gold mentions (located in the raw texts) with the aligned prediction each matches, if any."""
    folder = HERE.parent / "data" / "articles"
    articles = read_corpus(folder)
    texts = {a.doc: a.text for a in articles}
    gold = [json.loads(line) for line in (HERE / "fixtures" / "gold_seeds.jsonl").read_text().splitlines() if line]
    for g in gold:
        pos = -1
        for _ in range(g["occurrence"]):
            pos = texts[g["doc"]].find(g["span"], pos + 1)
        g["start"], g["end"] = pos, pos + len(g["span"])
    facts = align(extract_articles(articles))
    cands = sorted(((min(g["end"], p.end) - max(g["start"], p.start), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(facts.itertuples()) if p.doc == g["doc"]), reverse=True)  # fmt: skip
    used_g, used_p = set(), set()
    for overlap, gi, pi in cands:
        if overlap > 0 and gi not in used_g and pi not in used_p:
            used_g.add(gi), used_p.add(pi)
            gold[gi]["row"] = pi
    return gold, facts


def test_default_corpus_pairwise_f1(gold_matched: tuple) -> None:
    gold, facts = gold_matched
    keyed = [g for g in gold if g.get("figure")]
    if not any(g["kind"] == "date" and "row" in g for g in keyed):
        pytest.skip("no date rows yet (dates.py)")
    pred = lambda g: facts["figure"].iloc[g["row"]] if "row" in g else None  # noqa: E731
    tp = fp = fn = 0
    for a, b in combinations(keyed, 2):
        same_gold, same_pred = a["figure"] == b["figure"], pred(a) is not None and pred(a) == pred(b)
        tp, fp, fn = (
            tp + (same_gold and same_pred),
            fp + (same_pred and not same_gold),
            fn + (same_gold and not same_pred),
        )
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.90, (precision, recall)


@pytest.mark.parametrize(
    "key",
    [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=CASES_KNOWN_GAPS[k])) if k in CASES_KNOWN_GAPS
     else k for k in GOLD_VERDICTS],
)  # fmt: skip
def test_default_corpus_figure_is_one_group_with_its_verdict(gold_matched: tuple, key: str) -> None:
    gold, facts = gold_matched
    mentions = [g for g in gold if g.get("figure") == key]
    if mentions[0]["kind"] == "date" and not (facts["kind"] == "date").any():
        pytest.skip("no date rows yet (dates.py)")
    assert all("row" in g for g in mentions), "a gold mention was not extracted"
    figures = {facts["figure"].iloc[g["row"]] for g in mentions}
    assert len(figures) == 1, figures
    cmp = compare(facts)
    assert cmp.loc[cmp["figure"] == figures.pop(), "verdict"].iloc[0] == GOLD_VERDICTS[key]
