"""Snapshots of the main screens in the four languages, at 80×24 (the smallest terminal the
app must work in). Review a changed snapshot as an image: ``pytest --snapshot-update``."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import SIZE, answer


async def settle(pilot) -> None:
    """Let scrolling animations and refreshes finish: a snapshot taken mid-scroll differed
    from run to run on a loaded machine (the scrollbar and the first line moved). The answer
    field's cursor stops blinking (always shown): caught on or off, it made the snapshot depend
    on when it was taken."""
    from textual.widgets import Input

    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


ANSWERS = {
    "fr": [
        "Maroc",
        "1",
        "du 1er avril au 15 juin 2026",
        "non",
        "le 31 mars",
        "passeport et permis de travail",
    ],
    "nl": [
        "Marokko",
        "1",
        "van 1 april tot 15 juni 2026",
        "nee",
        "31 maart",
        "paspoort en arbeidskaart",
    ],
    "de": [
        "Marokko",
        "1",
        "vom 1. April bis 15. Juni 2026",
        "nein",
        "31. März",
        "Reisepass und Arbeitserlaubnis",
    ],
    "en": [
        "Morocco",
        "1",
        "1 April to 15 June 2026",
        "no",
        "31 March",
        "passport and work permit",
    ],
}


@pytest.mark.parametrize("lang", list(ANSWERS))
def test_the_interview_mid_way(snap_compare, make_app, lang):
    async def run_before(pilot):
        await pilot.app.loaded()
        await answer(pilot, *ANSWERS[lang][:3])  # nationality, where, work dates
        await settle(pilot)

    assert snap_compare(make_app(lang=lang), terminal_size=SIZE, run_before=run_before)


@pytest.mark.parametrize("lang", list(ANSWERS))
def test_the_result(snap_compare, make_app, lang):
    async def run_before(pilot):
        await pilot.app.loaded()
        await answer(pilot, *ANSWERS[lang])  # the whole interview: the result opens
        pilot.app.screen.query_one("#result").scroll_home(animate=False)
        await settle(pilot)

    assert snap_compare(make_app(lang=lang), terminal_size=SIZE, run_before=run_before)


def test_the_helpdesk_layout(snap_compare, make_app):
    async def run_before(pilot):
        await pilot.app.loaded()
        await answer(pilot, "Marokko", "1")
        await settle(pilot)

    app = make_app(lang="nl", helpdesk=True, result_lang="fr", today=date(2026, 3, 2))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
