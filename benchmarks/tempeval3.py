"""TempEval-3 platinum: factkit's dates and durations scored the way TempEval-3 Task A scored systems.

A thin runner around ../shared/tools/score_tempeval3.py (the scorer owns the metric: relaxed and strict
span F1, value accuracy, value F1 = relaxed F1 x value accuracy, TempEval-3's ranking metric). It runs
the scorer from the project root with this checkout importable, so it measures the code beside it.

Published value F1 on these 20 documents: HeidelTime 77.61, SUTime 67.38. Dates come from `dates.py`,
durations with a number from `numbers.py`; `extract` keeps one mention where they overlap.

The set is a TEST set: report the score, never tune rules to its documents.

Run from the project root:  python benchmarks/tempeval3.py [--show 20] [--json]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score_tempeval3.py"


def main(argv: list[str] | None = None) -> int:
    """Run the shared scorer on this checkout; extra arguments (`--show N`, `--json`) are passed on."""
    if not SCORER.exists():
        print(f"scorer not found: {SCORER}", file=sys.stderr)
        return 2
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    args = sys.argv[1:] if argv is None else argv
    return subprocess.run(
        [sys.executable, str(SCORER), *args], cwd=ROOT, env={**os.environ, "PYTHONPATH": path}
    ).returncode


if __name__ == "__main__":
    sys.exit(main())
