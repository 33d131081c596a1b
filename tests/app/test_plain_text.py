"""What a person types is shown as they typed it, never read as markup: a session title, an
answer, case notes, a toast. ``[/]`` once crashed the session list at every start, and
``[@click=app.quit]`` became a button that quit."""

from __future__ import annotations

import html
import re

import pytest

from assistant.app.screens.resume import ResumeScreen
from assistant.app.screens.sessions import SessionsScreen
from assistant.app.store import SessionStore

from .conftest import SIZE, answer

HOSTILE = [
    "[/]",
    "[@click=app.quit]quit[/]",
    "[b]bold",
    "Karim [farm Hesbaye]",
    "[red]x[/red] [link=file:///etc/passwd]y",
]


def on_screen(app) -> str:
    """The characters on screen, as a person reads them."""
    svg = app.export_screenshot()
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    return html.unescape("".join(texts)).replace("\xa0", " ")


@pytest.mark.parametrize("title", HOSTILE)
async def test_a_session_title_is_shown_as_typed_in_the_list_and_the_title_bar(make_app, title):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker")
        app.rename_session(app.case.id, title)
        await pilot.pause()
        assert title in on_screen(app)
        await pilot.press("f6")
        assert isinstance(app.screen, SessionsScreen)
        await pilot.pause()
        assert title in on_screen(app)
        await pilot.press("enter")  # a click action in the title did not quit: it reopens
        await pilot.pause()
        assert app.is_running and app.case.title == title


async def test_a_hostile_title_saved_last_time_is_offered_as_typed_at_the_next_start(
    make_app, tmp_path
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker", "Morocco")
        app.rename_session(app.case.id, "[/]")
    again = make_app(resume=True)
    async with again.run_test(size=SIZE) as pilot:
        await again.loaded()
        await pilot.pause()
        assert isinstance(again.screen, ResumeScreen)
        assert "[/] (" in on_screen(again)


async def test_answers_notes_and_toasts_are_plain_text(make_app, notices):
    app = make_app(helpdesk=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        await answer(pilot, "Morocco", "[b]abroad[/b]", "[/] [@click=app.quit]x[/]")
        app.screen.query_one("#notes").load_text("Karim [farm Hesbaye] [/]")
        await pilot.pause()
        app.notify("saved in /tmp/[b]cases[/]")
        await pilot.pause()
        shown = on_screen(app)
        for text in ["[b]abroad[/b]", "[/] [@click=app.quit]x[/]", "Karim [farm Hesbaye] [/]"]:
            assert text in shown
        (toast,) = [n for n in notices if "cases" in n.message]
        assert toast.message == "saved in /tmp/[b]cases[/]" and not toast.markup
        assert app.is_running
    assert "Karim [farm Hesbaye]" in SessionStore(app.store.path).load(app.case.id).notes
