"""How corpus extraction scales: throughput and peak memory of one core, every core and Dask, by size.

Corpora of about 1, 10 and 100 MB are made by copying the default articles (`data/articles/*.txt`)
as new files into a temporary folder, with an `articles.csv` manifest giving every copy its original's
metadata. On each, in the same run:

- `baseline`: the cheapest thing that finds numbers at all, `regex.finditer(r"\\d+(?:[.,]\\d+)*")`
  over each file's text, files read one at a time;
- `local-1`: `extract_corpus(..., workers=1)`, in one process;
- `local-N`: `extract_corpus(..., workers=N)`, a process pool of every core (or `--workers`);
- `dask-N`: `extract_corpus(..., engine="dask")` on a `LocalCluster` of N single-thread worker
  processes. The cluster's start-up, until every worker has imported factkit, is timed apart
  (`startup s`) and not in its characters/s.

Every run writes the facts to Parquet (cost included) in a fresh Python process, so its peak resident
memory is its own: `parent MB` is that process (`RUSAGE_SELF`), `child MB` the largest of its worker
processes (`RUSAGE_CHILDREN`; a maximum, not a sum: N workers hold at most N x that). Times are the
median of `--runs` runs (default 3, and 1 for 100 MB and more, which the table says). The machine may
be busy with other work: `load` (the 1-minute load average before a run) and `cpu s` (CPU time of the
run's process tree, which other work hardly changes) say how far to trust the wall times.

Run from the project root:  PYTHONPATH=. .venv/bin/python benchmarks/scale.py [--sizes 1,10,100] [--json]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
BASELINE = regex.compile(r"\d+(?:[.,]\d+)*")
ENGINES = ("baseline", "local-1", "local-N", "dask-N")


def make_corpus(mb: float, folder: Path) -> int:
    """Copy the default articles into `folder` until they hold about `mb` megabytes; the file count."""
    sources = sorted(ARTICLES.glob("*.txt"))
    with (ARTICLES / "articles.csv").open(encoding="utf-8") as f:
        meta = {row["doc"]: row for row in csv.DictReader(f)}
    folder.mkdir(parents=True, exist_ok=True)
    size, n = 0, 0
    with (folder / "articles.csv").open("w", encoding="utf-8", newline="") as f:
        manifest = csv.DictWriter(f, fieldnames=["doc", "outlet", "published", "url", "title"])
        manifest.writeheader()
        while size < mb * 1_000_000:
            src = sources[n % len(sources)]
            doc = f"{n:06d}_{src.stem}"
            data = src.read_bytes()
            (folder / f"{doc}.txt").write_bytes(data)
            manifest.writerow({**meta.get(src.stem, {}), "doc": doc})
            size, n = size + len(data), n + 1
    return n


def measure(engine: str, folder: Path, workers: int) -> dict:
    """One run of `engine` over `folder`, in this process; meant to run in a fresh interpreter."""
    from factkit.corpus import extract_corpus

    result: dict = {"engine": engine, "load": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.parquet"
        if engine == "baseline":
            t0 = time.perf_counter()
            chars = found = 0
            for path in sorted(folder.glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                chars += len(text)
                found += sum(1 for _ in BASELINE.finditer(text))
            result |= {"seconds": time.perf_counter() - t0, "chars": chars, "found": found}
        elif engine.startswith("local"):
            t0 = time.perf_counter()
            done = extract_corpus(folder, out, workers=1 if engine == "local-1" else workers, progress=False)
            result |= {"seconds": time.perf_counter() - t0, "chars": done.n_chars, "found": done.n_facts}
        else:
            from dask.distributed import Client, LocalCluster

            t0 = time.perf_counter()
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            with Client(cluster) as client:  # spawned workers import factkit (~2 s) before they can work
                client.run(importlib.import_module, "factkit.corpus")
            result["startup"] = time.perf_counter() - t0
            try:
                t0 = time.perf_counter()
                done = extract_corpus(folder, out, engine="dask", scheduler=cluster.scheduler_address, progress=False)
                result |= {"seconds": time.perf_counter() - t0, "chars": done.n_chars, "found": done.n_facts}
            finally:
                cluster.close()
    kb = 1024 if sys.platform == "darwin" else 1  # ru_maxrss is bytes on macOS, KiB on Linux
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    result["parent_mb"], result["child_mb"] = own.ru_maxrss / kb / 1024, children.ru_maxrss / kb / 1024
    # CPU seconds of the whole process tree (factkit's import included): what the work costs, whatever
    # else the machine is running at the time. Wall time depends on that; CPU time hardly does.
    result["cpu"] = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return result


def run(engine: str, folder: Path, workers: int) -> dict:
    """`measure` in a fresh Python process, so its peak memory is its own."""
    cmd = [sys.executable, __file__, "--measure", engine, str(folder), "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench(sizes: list[float], runs: int | None, workers: int, engines: tuple[str, ...]) -> list[dict]:
    """Median seconds and characters/s, peak memory and speed-up over one core, per size and engine."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            folder = Path(tmp) / f"{mb:g}mb"
            files = make_corpus(mb, folder)
            n = runs or (1 if mb >= 100 else 3)
            for engine in engines:
                results = [run(engine, folder, workers) for _ in range(n)]
                secs = statistics.median(r["seconds"] for r in results)
                row = {"mb": mb, "files": files, "engine": engine.replace("N", str(workers)), "runs": n}
                row |= {k: results[0][k] for k in ("chars", "found")}
                row |= {"seconds": round(secs, 3), "chars_per_s": round(row["chars"] / secs)}
                row |= {k: round(max(r[k] for r in results), 1) for k in ("parent_mb", "child_mb")}
                row |= {"cpu_s": round(statistics.median(r["cpu"] for r in results), 2)}
                row |= {"load": round(max(r["load"] for r in results), 2)}
                if "startup" in results[0]:
                    row["startup_s"] = round(statistics.median(r["startup"] for r in results), 2)
                rows.append(row)
                print(f"  done {mb:g} MB {row['engine']}: {secs:.2f} s", file=sys.stderr)
            shutil.rmtree(folder, ignore_errors=True)
    for row in rows:
        one = next((r for r in rows if r["mb"] == row["mb"] and r["engine"] == "local-1"), None)
        if one and row["engine"] != "baseline":
            row["speedup"] = round(row["chars_per_s"] / one["chars_per_s"], 2)
    return rows


def table(rows: list[dict]) -> str:
    head = f"{'MB':>5} {'engine':9} {'files':>6} {'chars':>12} {'facts':>8} {'runs':>4} {'median s':>9}"
    head += (
        f" {'chars/s':>11} {'x 1 core':>8} {'cpu s':>6} {'parent MB':>9} {'child MB':>8} {'startup s':>9} {'load':>5}"
    )
    lines = [head]
    for r in rows:
        lines.append(
            f"{r['mb']:>5g} {r['engine']:9} {r['files']:>6,} {r['chars']:>12,} {r['found']:>8,} {r['runs']:>4}"
            f" {r['seconds']:>9.2f} {r['chars_per_s']:>11,} {r.get('speedup', ''):>8} {r['cpu_s']:>6.1f}"
            f" {r['parent_mb']:>9.0f} {r['child_mb']:>8.0f} {r.get('startup_s', ''):>9} {r['load']:>5.2f}"
        )
    lines.append("found = regex matches (baseline) or facts; child MB = the largest single worker; cpu s = the")
    lines.append("process tree's CPU time incl. imports; load = 1-min load average before the run (other jobs).")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB, comma-separated")
    ap.add_argument("--runs", type=int, default=None, help="runs per measure (default 3; 1 from 100 MB)")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    ap.add_argument("--workers", type=int, default=cores, help=f"workers of local-N and dask-N (default {cores})")
    ap.add_argument("--engines", default=",".join(ENGINES), help=f"any of {', '.join(ENGINES)}")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    ap.add_argument("--measure", nargs=2, metavar=("ENGINE", "FOLDER"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]), args.workers)))
        return
    engines = tuple(args.engines.split(","))
    rows = bench([float(s) for s in args.sizes.split(",")], args.runs, args.workers, engines)
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(table(rows))


if __name__ == "__main__":
    main()
