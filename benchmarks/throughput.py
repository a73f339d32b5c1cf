"""Throughput of `factkit.extract` beside a plain one-pattern regex number scan, in the same run.

The corpus is `data/articles/*.txt` repeated until it reaches the target size (~1 MB by default),
analysed as one text per repeated article (the way `extract_articles` sees a corpus). Each side runs
`--repeat` times (default 5); the report gives the median characters/second of each and the ratio.
The baseline is the cheapest thing that finds numbers at all: `regex.finditer` with one digit pattern.
`table_only` times `extract("")` once per article: building the facts table alone, with nothing found,
the ceiling of any `extract` that returns a pandas DataFrame per text (DESIGN.md's contract).

`long_text` reads one text of figure-dense table rows (no prose, so no "of" or "the" for a pattern to
find) at two sizes: the chars/s of the larger over the smaller is 1 when extraction is linear in the
text's length (a pattern matched without an end position that seeks a missing literal to the end of the
text makes it fall with the size).

Run from the project root:  python benchmarks/throughput.py [--mb 1] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import regex

import factkit

ROOT = Path(__file__).resolve().parents[1]
BASELINE = regex.compile(r"\d+(?:[.,]\d+)*")


def corpus(mb: float) -> list[str]:
    """The default articles repeated until they hold about `mb` megabytes of text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    out, size, i = [], 0, 0
    while size < mb * 1_000_000:
        out.append(texts[i % len(texts)])
        size += len(out[-1])
        i += 1
    return out


def _baseline(texts: list[str]) -> int:
    return sum(1 for t in texts for _ in BASELINE.finditer(t))


def _factkit(texts: list[str]) -> int:
    return sum(len(factkit.extract(t, published="2025-02-10")) for t in texts)


def _table_only(texts: list[str]) -> int:
    """What building one facts table per article costs with no extraction at all: the ceiling any `extract`
    that returns a DataFrame per text can reach on this corpus."""
    return sum(len(factkit.extract("", published="2025-02-10")) for _ in texts)


def measure(texts: list[str], repeat: int) -> dict:
    """Median characters/second of the baseline scan and of `extract` over `repeat` runs each."""
    chars = sum(len(t) for t in texts)
    result = {"chars": chars, "repeat": repeat}
    for name, fn in (("baseline_regex", _baseline), ("factkit_extract", _factkit), ("table_only", _table_only)):
        secs, found = [], 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            found = fn(texts)
            secs.append(time.perf_counter() - t0)
        med = statistics.median(secs)
        result[name] = {"median_s": round(med, 4), "chars_per_s": round(chars / med), "found": found}
    result["ratio"] = round(result["factkit_extract"]["chars_per_s"] / result["baseline_regex"]["chars_per_s"], 4)
    result["table_only_ratio"] = round(result["table_only"]["chars_per_s"] / result["baseline_regex"]["chars_per_s"], 4)
    return result


#: One row of a pasted table: figures and few words.
TABLE_ROW = "Region 12: 3,000 troops, $2bn (£1.6bn), 45%, 12 km, two weeks, up to 12,000 by 2025, 16c a litre.\n"


def long_text(sizes: tuple[int, int] = (100_000, 400_000), repeat: int = 3) -> dict:
    """Median chars/s of `extract` on one table-like text at two sizes, and the ratio larger / smaller."""
    out: dict = {}
    for size in sizes:
        text = TABLE_ROW * (size // len(TABLE_ROW))
        secs = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            factkit.extract(text, published="2025-02-10")
            secs.append(time.perf_counter() - t0)
        out[size] = round(len(text) / statistics.median(secs))
    out["scaling"] = round(out[sizes[1]] / out[sizes[0]], 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = measure(corpus(args.mb), args.repeat)
    res["long_text"] = long_text()
    if args.json:
        print(json.dumps(res))
        return
    print(f"corpus: {res['chars']:,} characters, median of {res['repeat']} runs")
    for name in ("baseline_regex", "factkit_extract", "table_only"):
        r = res[name]
        print(f"  {name:16} {r['chars_per_s']:>14,} chars/s  ({r['median_s']:.3f} s, {r['found']:,} found)")
    print(f"  ratio extract / baseline: {res['ratio']:.3f}  (target >= 0.1)")
    print(f"  ceiling of any extract that returns one DataFrame per article: {res['table_only_ratio']:.3f}")
    small, large, scaling = res["long_text"].values()
    print(f"  one table-like text: {small:,} chars/s at 100 KB, {large:,} at 400 KB (x{scaling}; 1 = linear)")


if __name__ == "__main__":
    main()
