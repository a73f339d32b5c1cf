#!/usr/bin/env bash
# Install Debian's Chromium and chromedriver for the browser tests (tests/test_browser.py,
# tests/test_jupyterlab.py) when they are missing. Idempotent and quiet: does nothing when both are
# already on PATH; otherwise needs root (or sudo) and apt. Never downloads a browser from elsewhere.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser-deps: apt-get not found; install chromium yourself (browser tests will be skipped)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "browser-deps: not root and no sudo; browser tests will be skipped" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
echo "browser-deps: $(chromium --version 2>/dev/null | head -n 1)"
