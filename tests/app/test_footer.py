"""The footer is built again only when its keys change: moving the focus between the answer line
and the facts panel kept the same keys, yet mounted ten new ones each time (and kept the old
ones in memory)."""

from __future__ import annotations

from textual.widgets import Input

from .conftest import answer

WIDE = (120, 30)
KEYS = "FooterKey"
"""The footer's keys, selected by their type's name: Textual does not export the class."""


async def test_moving_the_focus_keeps_the_same_footer_keys(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker", "Morocco")
        keys = list(app.screen.query(KEYS))
        assert keys
        for _ in range(5):
            app.screen.query_one("#fact-input-nationality", Input).focus()
            await pilot.pause()
            app.screen.query_one("#answer", Input).focus()
            await pilot.pause()
        assert list(app.screen.query(KEYS)) == keys


async def test_the_footer_keys_change_with_the_language(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker")
        before = [str(key.description) for key in app.screen.query(KEYS)]
        await app.switch_language("nl")
        await pilot.pause()
        after = [str(key.description) for key in app.screen.query(KEYS)]
        assert after != before
        assert "Taal" in after
