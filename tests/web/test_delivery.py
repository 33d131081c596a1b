"""Exports of a served app go to the browser (textual-serve's delivery), never to the server's
disk: checked here in the app itself, where no browser is needed (the browser tests download
one for real)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.app.app import SaisonApp, create_app
from i18n import translator
from tests.app.conftest import SIZE, answer

STORY = [
    "1",
    "Kyrgyzstan",
    "abroad",
    "1 May 2026 - 30 September 2026",
    "never been",
    "24",
    "passport",
]


@pytest.fixture
def served_app(tmp_path, monkeypatch):
    """The app as ``saison serve`` runs it (``is_web``), its deliveries recorded."""
    delivered = []
    monkeypatch.setattr(SaisonApp, "is_web", property(lambda app: True))
    monkeypatch.setattr(
        SaisonApp,
        "deliver_text",
        lambda app, file, **kw: delivered.append((kw["save_filename"], file.read())),
    )
    app = create_app(
        lang="en",
        today=date(2026, 2, 2),
        db=tmp_path / "sessions.db",
        export_dir=tmp_path,
        resume=False,
        describe=False,
    )
    return app, delivered, tmp_path


@pytest.mark.parametrize(
    ("key", "suffix", "first_line"),
    [
        ("ctrl+e", ".md", "# Your result"),
        ("ctrl+t", ".txt", "Your result"),
    ],
)
async def test_a_served_export_is_delivered_to_the_browser_not_written(
    served_app, key, suffix, first_line
):
    app, delivered, folder = served_app
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, *STORY)
        await pilot.press(key)
        await pilot.pause()
    [(name, text)] = delivered
    assert name == f"saison-2026-02-02-{app.case.id}{suffix}"
    assert text.splitlines()[0] == first_line
    assert translator("en", "core")("procedure.single_permit.title") in text
    assert list(folder.glob("saison-*")) == []
