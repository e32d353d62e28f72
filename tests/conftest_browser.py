"""Headless Chromium fixtures for page tests (import the fixtures into a test module).

The browser is Debian's /usr/bin/chromium driven by Python playwright (no
``playwright install``). Every request that is not file:// is aborted and recorded, and
console errors and page errors are collected, so a test can assert the page works offline
and cleanly. Tests using these fixtures are skipped only when Chromium is absent.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
READY_TIMEOUT_MS = 30_000

# CI sets KG_REQUIRE_BROWSER=1: there a missing browser fails the tests instead of skipping them.
REQUIRE_BROWSER = os.environ.get("KG_REQUIRE_BROWSER") == "1"
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists() and not REQUIRE_BROWSER,
                                    reason=f"headless Chromium not found at {CHROMIUM}")


@dataclass
class PageVisit:
    page: object
    remote_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def wait_ready(self, timeout_ms: int = READY_TIMEOUT_MS) -> None:
        self.page.wait_for_function("window.kgGraph && window.kgGraph.ready === true",
                                    timeout=timeout_ms, polling=50)

    def eval(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def assert_clean(self) -> None:
        assert self.remote_requests == [], f"page tried the network: {self.remote_requests}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"
        assert self.page_errors == [], f"page errors: {self.page_errors}"


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        if REQUIRE_BROWSER:
            pytest.fail(f"headless Chromium not found at {CHROMIUM} (KG_REQUIRE_BROWSER=1)")
        pytest.skip(f"headless Chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium):
    """open_page(path) -> PageVisit, with the network cut off and errors recorded."""
    contexts = []

    def _open(path: Path) -> PageVisit:
        context = chromium.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        page = context.new_page()
        visit = PageVisit(page)

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                visit.remote_requests.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: visit.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: visit.page_errors.append(str(e)))
        page.goto(Path(path).resolve().as_uri())
        return visit

    yield _open
    for c in contexts:
        c.close()
