#!/usr/bin/env bash
# Regenerate the README screenshots from the browser tests (headless Chromium, offline):
#   docs/explorer.png      the explorer widget in JupyterLab (tests/test_jupyterlab.py)
#   docs/figure-chart.png  the figure chart of an exported HTML file (tests/test_browser.py)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest -q -p no:cacheprovider -m browser tests/test_browser.py tests/test_jupyterlab.py \
  -k "dropdown or jupyterlab"
cp test-artifacts/explorer.png docs/explorer.png
cp test-artifacts/figure-chart.png docs/figure-chart.png
ls -l docs/*.png
