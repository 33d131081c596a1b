"""Browser tests: ``saison serve`` on a free loopback port, driven in the system's headless
Chromium by Playwright. Without Chromium or Playwright they skip locally and fail in CI
(``CI=true``), saying what to install: a CI run must not pass by skipping them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .harness import NoBrowser, chromium, served

ARTIFACTS = Path(__file__).parent / "artifacts"
"""Screenshots kept from the last run (git-ignored)."""
LOCALE = "fr-BE"
"""The browser's language: a French-speaking Belgian (the server's own --lang is English)."""


def _missing(error: NoBrowser):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests cannot run: {error}", pytrace=False)
    pytest.skip(f"browser tests skipped: {error}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A served saison with its own database, "today" pinned, question by question (no
    opening description), run from an empty folder: nothing may be written there."""
    folder = tmp_path_factory.mktemp("served")
    args = ["--lang", "en", "--db", str(folder / "sessions.db"), "--today", "2026-02-10",
            "--no-describe"]
    with served(args, cwd=folder) as url:
        yield url, folder


@pytest.fixture(scope="module")
def browser_context():
    try:
        with chromium(locale=LOCALE, viewport={"width": 1100, "height": 700},
                      accept_downloads=True) as context:
            yield context
    except NoBrowser as error:
        _missing(error)


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    page.set_default_timeout(10_000)
    yield page
    page.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
