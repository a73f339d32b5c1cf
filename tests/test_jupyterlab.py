"""JupyterLab itself: a real server on localhost runs explore.ipynb in headless Chromium, and the
explorer widget and the charts must be visible. Screenshots go to test-artifacts/.

The server serves a copy of notebooks/ and data/ (so autosave can never write outputs into the
repository), binds 127.0.0.1 on a free port with a random token, keeps its settings in a temporary
folder, and is killed with its kernels at the end. Every wait is bounded.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 60
RUN_TIMEOUT_MS = 120_000
#: The error outputs of the open notebook, read from its model ("ename: evalue" each).
ERRORS = """() => {
  const errors = [];
  for (const cell of window.jupyterapp.shell.currentWidget.content.widgets) {
    const outputs = cell.model.outputs;
    for (let i = 0; outputs && i < outputs.length; i++) {
      const out = outputs.get(i).toJSON();
      if (out.output_type === 'error') errors.push(out.ename + ': ' + out.evalue);
    }
  }
  return errors;
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory, browser):
    """(base url, token) of a JupyterLab server over a copy of the notebooks and the default corpus."""
    pytest.importorskip("jupyterlab", reason="JupyterLab is not installed")
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copytree(ROOT / "data", root / "data")
    state = tmp_path_factory.mktemp("lab-state")
    quiet = state / "settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    quiet.parent.mkdir(parents=True)
    quiet.write_text('{"fetchNews": "false", "checkForUpdates": false}')
    port, token = free_port(), secrets.token_hex(16)
    env = os.environ | {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "JUPYTER_CONFIG_DIR": str(state / "config"),
        "JUPYTER_RUNTIME_DIR": str(state / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(state / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(state / "workspaces"),
    }
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly", "--allow-root",
    ]  # fmt: skip
    log = (state / "server.log").open("w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start; log:\n{(state / 'server.log').read_text()[-3000:]}")
                time.sleep(0.3)
        yield base, token
    finally:
        stop(server)
        log.close()


def stop(server: subprocess.Popen) -> None:
    """Stop the server and its kernels (its process group): politely, then for good."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:
            return
        try:
            server.wait(timeout=10)
            return
        except subprocess.TimeoutExpired:
            continue


RUN_ALL = """async () => {
  const app = window.jupyterapp;
  const panel = app.shell.currentWidget;
  await panel.context.ready;
  await panel.sessionContext.ready;
  await app.commands.execute('notebook:run-all-cells');
}"""


def test_explore_notebook_runs_in_jupyterlab(lab, tab, artifacts):
    base, token = lab
    page = tab.page
    page.set_viewport_size({"width": 1280, "height": 1100})
    page.goto(f"{base}/lab/tree/notebooks/explore.ipynb?token={token}")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget", timeout=60_000)
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.evaluate(RUN_ALL)
    explorer = page.locator(".jp-OutputArea-output .widget-vbox", has=page.locator(".widget-select-multiple")).first
    page.wait_for_function(
        f"() => ({ERRORS})().length || document.querySelector('.widget-select-multiple')", timeout=RUN_TIMEOUT_MS
    )
    errors = page.evaluate(ERRORS)
    assert errors == [], "a cell failed:\n" + "\n".join(errors)
    explorer.locator(".vega-embed svg.marks, .vega-embed canvas").first.wait_for(timeout=RUN_TIMEOUT_MS)
    page.wait_for_function(
        "() => document.querySelectorAll('.jp-OutputArea-output .vega-embed svg.marks, "
        ".jp-OutputArea-output .vega-embed canvas').length >= 4",
        timeout=RUN_TIMEOUT_MS,
    )
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=RUN_TIMEOUT_MS)
    explorer.scroll_into_view_if_needed()
    page.screenshot(path=artifacts / "jupyterlab-explore.png")
    explorer.screenshot(path=artifacts / "explorer.png")
    assert page.evaluate(ERRORS) == []
    assert explorer.locator("table.factkit-quotes mark").count() > 0
    assert tab.remote_requests == [] and tab.blocked == [], "JupyterLab and the charts work offline"
