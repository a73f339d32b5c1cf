"""Extraction and figure grouping on the multi-outlet corpora of `benchmarks/heldout/`, scored as judged.

Each corpus (one story, 3-4 outlets, a hand gold in the schema of ../shared/gold/SCHEMA.md) goes through
`../shared/tools/score_facts.py` exactly as the default corpus does: `factkit.extract` per article, then
`factkit.align`. `quake`, `strike`, `trial`, `earnings`, `outbreak`, `heat`, `storm`, `crime` and
`launch` are development corpora (their errors were read to write rules; quake and strike also set
align's weights); `fire`, `vote`, `boat`, `fares`, `transfer`, `takeover`, `bridge`, `breach` and `spill`
are test corpora: only measured, never read for rules.

Run from the project root:  python benchmarks/heldout.py [--json] [--scorer PATH]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import pandas as pd

import factkit

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "benchmarks" / "heldout"
SCORER = ROOT.parent / "shared" / "tools" / "score_facts.py"
CORPORA = {"quake": "dev", "strike": "dev", "trial": "dev", "earnings": "dev", "outbreak": "dev", "heat": "dev",
           "storm": "dev", "crime": "dev", "launch": "dev", "fire": "test", "vote": "test", "boat": "test",
           "fares": "test", "transfer": "test", "takeover": "test", "bridge": "test", "breach": "test",
           "spill": "test", "mine": "test", "budget": "dev", "flight": "dev", "protest": "dev",
           "offensive": "test", "derailment": "test", "ratecut": "test",
           "crush": "test", "blast": "test", "flood": "test", "census": "test",
           "stadium": "test", "exams": "test", "swap": "test", "eruption": "test"}  # fmt: skip
COLUMNS = ("precision", "recall", "kind_acc", "value_acc", "counted_acc", "pair_precision", "pair_recall", "pair_f1")


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_facts", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(f"{path}: the scorer is missing (it lives in ../shared/tools/)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(name: str, sf) -> dict:
    """The scorer's figures for one corpus (extraction, then grouping over the gold figure keys)."""
    base = HELDOUT / name
    gold = sf.load_gold(base / "gold.jsonl")
    manifest = sf.read_manifest(base / "articles" / "articles.csv")
    texts = {g["doc"]: (base / "articles" / f"{g['doc']}.txt").read_text(encoding="utf-8") for g in gold}
    for g in gold:
        g["start"], g["end"] = sf.locate(texts[g["doc"]], g["span"], g.get("occurrence", 1))
    facts = pd.concat(
        [factkit.extract(t, published=manifest[d]["published"], doc=d) for d, t in texts.items()], ignore_index=True
    )
    pred = sf.rows_of(factkit.align(facts))
    res = sf.score(gold, pred)
    res.update(sf.score_grouping(gold, pred, res["pairs"]))
    return {"gold": len(gold), "pred": len(pred), **{k: res[k] for k in COLUMNS}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    args = ap.parse_args()
    sf = _scorer(args.scorer)
    results = {name: {"role": role, **score(name, sf)} for name, role in CORPORA.items()}
    if args.json:
        print(json.dumps(results))
        return
    print(f"{'corpus':8} {'role':5} {'gold':>5} {'pred':>5} " + " ".join(f"{c:>14}" for c in COLUMNS))
    for name, r in results.items():
        cells = " ".join(f"{r[c]:>14.3f}" for c in COLUMNS)
        print(f"{name:8} {r['role']:5} {r['gold']:>5} {r['pred']:>5} {cells}")


if __name__ == "__main__":
    main()
