"""The gold test: factkit against the hand-checked annotation of the default corpus.

`fixtures/gold_seeds.jsonl` is a copy of ../shared/gold/seeds.jsonl (schema: its SCHEMA.md). Matching
follows ../shared/tools/score_facts.py: a gold mention and a prediction in the same document match when
their spans overlap, each used once, largest overlap first.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pandas as pd
import pytest

import factkit

HERE = Path(__file__).parent
ARTICLES = HERE.parent / "data" / "articles"
NUMERIC = {"count", "money", "number"}


def _locate(text: str, span: str, occurrence: int) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(span, pos + 1)
        assert pos >= 0, f"gold span {span!r} #{occurrence} not in text"
    return pos, pos + len(span)


def _num(x) -> float | None:
    if x is None:
        return None
    f = float(x)
    return None if math.isnan(f) else f


def _same(a, b) -> bool:
    a, b = _num(a), _num(b)
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 + 0.005 * max(abs(a), abs(b))


def _day(x) -> str | None:
    return None if x is None or pd.isna(x) else str(x)[:10]


def _value_ok(g: dict, p: dict) -> bool:
    if g["kind"] == "date":
        return _day(g["low"]) == _day(p["date_start"]) and _day(g["high"]) == _day(p["date_end"])
    return _same(g["low"], p["low"]) and _same(g["high"], p["high"])


def _score(gold_path: Path, articles: Path, align: bool = False):
    """(gold, predictions, matched (gold, prediction) pairs, spurious predictions) for one corpus."""
    gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    with (articles / "articles.csv").open() as fh:
        published = {row["doc"]: row["published"] for row in csv.DictReader(fh)}
    texts = {doc: (articles / f"{doc}.txt").read_text() for doc in {g["doc"] for g in gold}}
    for g in gold:
        g["start"], g["end"] = _locate(texts[g["doc"]], g["span"], g["occurrence"])
    facts = pd.concat(
        [factkit.extract(t, published=published[d], doc=d) for d, t in sorted(texts.items())],
        ignore_index=True,
    )
    pred = (factkit.align(facts) if align else facts).to_dict("records")
    cands = sorted(
        (
            (min(g["end"], p["end"]) - max(g["start"], p["start"]), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if p["doc"] == g["doc"] and min(g["end"], p["end"]) > max(g["start"], p["start"])
        ),
        reverse=True,
    )
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], pred[pi]))
    spurious = [p for pi, p in enumerate(pred) if pi not in used_p]
    return gold, pred, pairs, spurious


@pytest.fixture(scope="module")
def scored():
    return _score(HERE / "fixtures" / "gold_seeds.jsonl", ARTICLES)


def test_numeric_recall_values_and_counted(scored):
    gold, _, pairs, _ = scored
    numeric = [g for g in gold if g["kind"] in NUMERIC]
    matched = [(g, p) for g, p in pairs if g["kind"] in NUMERIC]
    recall = len(matched) / len(numeric)
    value_acc = sum(_value_ok(g, p) for g, p in matched) / len(matched)
    with_noun = [(g, p) for g, p in matched if g["kind"] == "count" and g["counted"]]
    counted_acc = sum(g["counted"] == p["counted"] for g, p in with_noun) / len(with_noun)
    assert recall >= 0.95, [g["span"] for g in numeric if all(g is not m for m, _ in matched)]
    assert value_acc >= 0.95, [(g["span"], p["low"], p["high"]) for g, p in matched if not _value_ok(g, p)]
    assert counted_acc >= 0.90, [(g["span"], g["counted"], p["counted"]) for g, p in with_noun]


def test_few_spurious_numeric_rows(scored):
    _, _, _, spurious = scored
    numeric = [p["text"] for p in spurious if p["kind"] in NUMERIC | {"percent", "measure"}]
    assert len(numeric) <= 3, numeric


def test_all_kinds_detection_and_values(scored):
    gold, pred, pairs, _ = scored
    precision, recall = len(pairs) / len(pred), len(pairs) / len(gold)
    f1 = 2 * precision * recall / (precision + recall)
    value_acc = sum(_value_ok(g, p) for g, p in pairs) / len(pairs)
    missed = [g["span"] for g in gold if all(g is not m for m, _ in pairs)]
    assert f1 >= 0.95, (round(f1, 3), missed)
    assert value_acc >= 0.95, [(g["span"], g["low"], g["high"]) for g, p in pairs if not _value_ok(g, p)]


# --- development corpora: four outlets each, hand gold (benchmarks/heldout/README.md) -------------------

HELDOUT = HERE.parent / "benchmarks" / "heldout"
#: Floors a little under the figures measured when they were set (2026-11-30; pair F1 raised at the end of
#: the twelfth and fourteenth sessions), so that a change that loses accuracy on news other than the
#: default corpus fails. The test corpora (benchmarks/heldout/README.md) are left to benchmarks/heldout.py
#: on purpose: a floor here would make them development sets.
DEV_FLOORS = {
    "quake": {"precision": 0.97, "recall": 0.97, "kind": 0.94, "value": 0.95, "counted": 0.89, "pair_f1": 0.72},
    "strike": {"precision": 0.95, "recall": 0.96, "kind": 0.98, "value": 0.96, "counted": 0.92, "pair_f1": 0.80},
    "trial": {"precision": 0.98, "recall": 0.96, "kind": 0.95, "value": 0.96, "counted": 0.75, "pair_f1": 0.83},
    "earnings": {"precision": 0.93, "recall": 0.95, "kind": 0.94, "value": 0.95, "counted": 0.84, "pair_f1": 0.76},
    "outbreak": {"precision": 0.95, "recall": 0.92, "kind": 0.94, "value": 0.95, "counted": 0.85, "pair_f1": 0.76},
    "heat": {"precision": 0.925, "recall": 0.98, "kind": 0.96, "value": 0.96, "counted": 0.80, "pair_f1": 0.82},
    "storm": {"precision": 0.985, "recall": 0.99, "kind": 0.985, "value": 0.95, "counted": 0.90, "pair_f1": 0.63},
    "crime": {"precision": 0.95, "recall": 0.98, "kind": 0.95, "value": 0.93, "counted": 0.84, "pair_f1": 0.82},
    "launch": {"precision": 0.975, "recall": 0.95, "kind": 0.97, "value": 0.94, "counted": 0.78, "pair_f1": 0.70},
    "budget": {"precision": 0.94, "recall": 0.98, "kind": 0.98, "value": 0.90, "counted": 0.87, "pair_f1": 0.82},
    "flight": {"precision": 0.96, "recall": 0.975, "kind": 0.98, "value": 0.97, "counted": 0.78, "pair_f1": 0.80},
    "protest": {"precision": 0.95, "recall": 0.98, "kind": 0.97, "value": 0.95, "counted": 0.90, "pair_f1": 0.83},
}


def _pair_f1(gold: list[dict], pairs: list[tuple[dict, dict]]) -> float:
    """Pairwise F1 of "same figure" over the matched gold mentions with a figure key (score_facts.py)."""
    fig = {id(g): p["figure"] for g, p in pairs}
    keyed = [g for g in gold if g.get("figure")]
    tp = fp = fn = 0
    for i, a in enumerate(keyed):
        for b in keyed[i + 1 :]:
            same = id(a) in fig and fig.get(id(a)) == fig.get(id(b))
            tp += same and a["figure"] == b["figure"]
            fn += not same and a["figure"] == b["figure"]
            fp += same and a["figure"] != b["figure"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.mark.parametrize("name", sorted(DEV_FLOORS))
def test_development_corpus(name):
    gold, pred, pairs, _ = _score(HELDOUT / name / "gold.jsonl", HELDOUT / name / "articles", align=True)
    counted = [(g, p) for g, p in pairs if g["kind"] == "count" and g["counted"]]
    measured = {
        "precision": len(pairs) / len(pred),
        "recall": len(pairs) / len(gold),
        "kind": sum(g["kind"] == p["kind"] for g, p in pairs) / len(pairs),
        "value": sum(_value_ok(g, p) for g, p in pairs) / len(pairs),
        "counted": sum(g["counted"] == p["counted"] for g, p in counted) / len(counted),
        "pair_f1": _pair_f1(gold, pairs),
    }
    low = {k: round(v, 3) for k, v in measured.items() if v < DEV_FLOORS[name][k]}
    assert not low, (low, DEV_FLOORS[name])
