"""Browser fixtures: a headless Chromium (Debian's, never a downloaded one) driven by Playwright.

Tests marked `browser` skip with the reason when Chromium or Playwright is missing; CI installs
Chromium with `.ci/browser-deps.sh`. Every page runs with the network blocked: host names do not
resolve, and any request that is not a local file or the local test server is aborted and recorded.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"

#: Chromium flags from the project's browser policy: headless, quiet, no background traffic.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
)
LOCAL = ("file://", "data:", "blob:", "about:", "http://127.0.0.1", "http://localhost", "ws://127.0.0.1")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: needs headless Chromium (Debian package) and Playwright")


def chromium_path() -> str | None:
    """Debian's Chromium, or $FACTKIT_CHROMIUM."""
    for candidate in (os.environ.get("FACTKIT_CHROMIUM"), "chromium", "chromium-browser"):
        found = candidate and shutil.which(candidate)
        if found:
            return found
    return None


@dataclass
class Tab:
    """A page with what it did: every request, console message and uncaught error."""

    page: object
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind == "error"]

    @property
    def remote_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL)]


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory):
    """One headless Chromium for the session (fresh profile)."""
    playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium is not installed (run .ci/browser-deps.sh or apt-get install chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with playwright_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=path, headless=True, args=list(CHROMIUM_ARGS), viewport=None
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def tab(browser) -> Tab:
    """A new page in the session browser, network blocked, activity recorded; closed after the test."""
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_default_timeout(20_000)
    record = Tab(page)
    page.on("request", lambda request: record.requests.append(request.url))
    page.on("console", lambda message: record.console.append((message.type, message.text)))
    page.on("pageerror", lambda error: record.errors.append(str(error)))

    def gate(route) -> None:
        url = route.request.url
        if url.startswith(LOCAL):
            route.continue_()
        else:
            record.blocked.append(url)
            route.abort()

    page.route("**/*", gate)
    yield record
    page.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """`test-artifacts/` (gitignored): screenshots the browser tests leave for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
