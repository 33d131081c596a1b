"""App tests (``App.run_test``): each app gets its own database in a temporary folder and a
pinned "today", so no test touches the user's sessions and no date-dependent text drifts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from textual.widgets import Input

from assistant.app.app import SaisonApp, create_app

SIZE = (80, 24)
"""The smallest terminal the app must work in."""


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path, monkeypatch):
    """A test that forgot ``db=`` would write to the real user-data folder: point it away."""
    monkeypatch.setenv("SAISON_DB", str(tmp_path / "env.db"))


@pytest.fixture
def make_app(tmp_path):
    def make(**overrides) -> SaisonApp:
        options = {
            "lang": "en",
            "today": date(2026, 3, 2),
            "db": tmp_path / "sessions.db",
            "export_dir": tmp_path,
            "resume": False,
            "describe": False,
        }
        options.update(overrides)
        return create_app(**options)

    return make


class Notice(NamedTuple):
    message: str
    markup: bool


@pytest.fixture
def notices(monkeypatch) -> list[Notice]:
    """The toasts the app showed, as Textual's public ``App.notify`` received them."""
    from textual.app import App

    shown: list[Notice] = []
    notify = App.notify

    def recorded(self, message, **options):
        shown.append(Notice(message, options.get("markup", True)))
        return notify(self, message, **options)

    monkeypatch.setattr(App, "notify", recorded)
    return shown


WHOLE_INTERVIEW = (
    "I'm the worker",
    "Morocco",
    "1",
    "1 April to 15 June 2026",
    "no",
    "31 March",
    "passport",
)
"""A worker's short stay from abroad, answered question by question: the result opens."""


async def answer(pilot, *texts: str) -> None:
    """Type each answer into the answer line and press Enter (one key press per answer)."""
    for text in texts:
        field = pilot.app.screen.query_one("#answer", Input)
        field.value = text
        field.focus()
        await pilot.press("enter")
    await pilot.pause()


def db_file(app: SaisonApp) -> Path:
    assert app.store is not None
    return app.store.path


def readable_by_nobody() -> Path:
    """A copy of saison's packages that the user ``nobody`` can read, for PYTHONPATH: the
    clone may live in a folder only its owner enters (``mktemp -d`` is 0700). The caller
    removes it."""
    import shutil
    import tempfile

    root = Path(__file__).parents[2]
    copy = Path(tempfile.mkdtemp(prefix="saison-src-"))
    for package in ("assistant", "i18n", "rules"):
        shutil.copytree(
            root / package, copy / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    for path in [copy, *copy.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return copy
