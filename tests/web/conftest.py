"""Browser tests: ``saison serve`` on a free loopback port, driven in the system's headless
Chromium by Playwright. Without Chromium or Playwright they skip locally and fail in CI
(``CI=true``), saying what to install: a CI run must not pass by skipping them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .harness import NoBrowser, chromium, served

ARTIFACTS = Path(__file__).parent / "artifacts"
"""Screenshots kept from the last run (git-ignored)."""
LOCALE = "fr-BE"
"""The browser's language: a French-speaking Belgian (the server's own --lang is English)."""
VIEWPORT = {"width": 1100, "height": 700}


def _missing(error: NoBrowser):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests cannot run: {error}", pytrace=False)
    pytest.skip(f"browser tests skipped: {error}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test, for the fixtures to see a failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A served saison with its own database, "today" pinned, question by question (no
    opening description), run from an empty folder: nothing may be written there. Its log
    is kept with the artefacts."""
    folder = tmp_path_factory.mktemp("served")
    args = [
        "--lang",
        "en",
        "--db",
        str(folder / "sessions.db"),
        "--today",
        "2026-02-10",
        "--no-describe",
    ]
    try:
        with served(args, cwd=folder) as url:
            yield url, folder
    finally:
        if (folder / "server.log").exists():
            ARTIFACTS.mkdir(exist_ok=True)
            shutil.copy(folder / "server.log", ARTIFACTS / "server.log")


@pytest.fixture(scope="module")
def browser():
    try:
        with chromium() as browser:
            yield browser
    except NoBrowser as error:
        _missing(error)


@pytest.fixture(scope="module")
def browser_context(browser):
    context = browser.new_context(locale=LOCALE, viewport=VIEWPORT, accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def page(browser_context, request):
    """A new tab; on a failure its last picture is kept with the artefacts."""
    page = browser_context.new_page()
    page.set_default_timeout(10_000)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"failed-{request.node.name}.png")
    page.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
