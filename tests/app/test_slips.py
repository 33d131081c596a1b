"""Slips seen in use (issue 10), each pinned: F4 on a wide terminal, the focus after Esc and
ctrl+n, the document hint, F8 with the earlier answer, the conversation's end after the
result, footers at 80 columns, the articles in order."""

from __future__ import annotations

import pytest
from textual.widgets import Footer, Input

from assistant.app.screens.result import ResultScreen
from assistant.app.screens.sessions import SessionsScreen
from i18n import translator

from .conftest import SIZE, WHOLE_INTERVIEW, answer
from .test_plain_text import on_screen

WIDE = (120, 30)


async def test_f4_on_a_wide_terminal_moves_into_the_facts_panel_and_back(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker", "Morocco")
        facts = app.screen.query_one("#facts")
        assert facts.display and facts.region.width > 0
        await pilot.press("f4")
        await pilot.pause()
        assert facts.region.width > 0  # still shown, not hidden
        assert app.focused is facts or facts in app.focused.ancestors
        await pilot.press("f4")
        assert app.focused is app.screen.query_one("#answer", Input)
        assert facts.region.width > 0


async def test_after_esc_then_ctrl_n_what_is_typed_goes_to_the_answer_line(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker", "Morocco")
        await pilot.press("escape")  # an earlier answer selected
        assert app.focused is not app.screen.query_one("#answer")
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("2")
        assert app.screen.query_one("#answer", Input).value == "2"


async def test_the_document_hint_does_not_send_to_the_list_that_has_the_focus(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(
            pilot, "I'm the worker", "Morocco", "1", "1 April to 15 June 2026", "no", "31 March"
        )
        assert app.case.question().id == "documents"
        assert app.focused is app.screen.query_one("#documents")
        hint = str(app.screen.query_one("#hint").render())
        assert "Tab" not in hint and "Space ticks" in hint


async def test_f8_goes_back_with_the_earlier_answer_ready_to_edit(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker", "Morocco", "1", "1 April to 15 June 2026")
        await pilot.press("f8")
        await pilot.pause()
        assert app.case.question().id == "work"
        field = app.screen.query_one("#answer", Input)
        assert field.value == "1 April to 15 June 2026" and app.focused is field


async def test_closing_the_result_shows_the_end_of_the_conversation(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, *WHOLE_INTERVIEW)
        assert isinstance(app.screen, ResultScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        chat = app.screen.query_one("#chat")
        assert chat.scroll_y == chat.max_scroll_y > 0


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
@pytest.mark.parametrize("helpdesk", [False, True])
async def test_every_footer_fits_in_80_columns(make_app, lang, helpdesk):
    """The footer's last key (the palette) is cut first when the keys do not fit."""
    palette = translator(lang, "app")("binding.palette")
    app = make_app(lang=lang, helpdesk=helpdesk)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "Marokko" if helpdesk else "1")
        assert app.screen.query(Footer) and palette in on_screen(app)
        await pilot.press("f6")
        assert isinstance(app.screen, SessionsScreen)
        assert palette in on_screen(app)


def test_the_articles_are_listed_once_in_the_order_of_the_texts():
    from assistant.app.report import _articles

    cited = [
        "RD 105/27 §2 7°",
        "RD 105/26",
        "Law 61/29-2",
        "RD 105/11 1°; RD 105/11",
        "CA art. 19",
        "RD 25/2 §5 4°",
        "RD 105/27 §3",
    ]
    assert _articles(cited) == [
        "RD 25/2",
        "RD 105/11",
        "RD 105/26",
        "RD 105/27",
        "Law 61/29-2",
        "CA art. 19",
    ]
