"""A whole interview in the app for each procedure, and what a person does on the way:
edit an answer, change a fact (what-if), switch language, tick documents, export."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.app.opening import opening_question
from assistant.app.screens.result import ResultScreen

from .conftest import SIZE, answer

STORIES = {
    # procedure: (today, answers from the first question on)
    "short_stay": (date(2026, 6, 15), [
        "1", "filipino", "still in the Philippines", "15 August to 31 October", "no", "14/8",
        "passport, work permit, health insurance and the housing declaration"]),
    "short_stay_extension": (date(2026, 6, 20), [
        "3", "Serbia", "she is in Belgium with an annex 3",
        "arrived 1 May, annex 3 until 30 June, she'd like to stay until 15 July", "no",
        "on the 25th of June", "passport and annex 3"]),
    "extension_beyond_90_days": (date(2026, 6, 1), [
        "2", "Morocco", "in Belgium, short stay, annex 3", "from 10 April 2026 to 9 June 2026",
        "until 15 September", "none", "he is 52", "passport and contract"]),
    "single_permit": (date(2026, 2, 2), [
        "1", "Kyrgyzstan", "abroad", "1 May 2026 - 30 September 2026", "never been", "24",
        "passport"]),
    "renewal": (date(2026, 8, 3), [
        "1", "Nepal", "I have the seasonal worker permit, annex 6",
        "1 July 2026 to 31 August 2026, I want to stay until 20 September", "no",
        "passport, permit and contract"]),
}


@pytest.mark.parametrize("procedure", list(STORIES))
async def test_a_whole_interview_ends_on_the_result(make_app, procedure):
    today, answers = STORIES[procedure]
    app = make_app(today=today)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, *answers)
        assert app.case.done
        assert app.case.outcome().procedure == procedure
        # the result opens by itself, in plain words
        assert isinstance(app.screen, ResultScreen)
        assert app.store.sessions()[0].done


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
@pytest.mark.parametrize("role", [None, "helpdesk"])
def test_the_first_question_shown_before_the_engine_loads_is_the_engines(lang, role):
    from assistant.engine import Interview

    engine = Interview.start(lang=lang, role=role).current().question
    opening = opening_question(lang, role)
    assert (opening.id, opening.text, opening.hint) == (engine.id, engine.text, engine.hint)
    assert [c.label for c in opening.choices] == [c.label for c in engine.choices]


async def test_a_selected_answer_is_reopened_and_replaced(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "1", "Morocco", "1", "1 April to 15 June 2026")
        await pilot.press("escape")  # from the answer line to the last answer
        await pilot.press("up", "up")  # ... to the nationality
        assert app.focused.entry.question == "nationality"
        await pilot.press("enter")  # reopens it, the old answer ready to edit
        assert app.case.question().id == "nationality"
        assert app.screen.query_one("#answer").value == "Morocco"
        await answer(pilot, "Tunisia")
        assert app.case.interview.state.facts.nationality == "TN"
        assert app.case.interview.state.facts.work is not None  # nothing else lost
        assert app.case.question().id == "previous_stays"


async def test_a_fact_changed_in_the_panel_changes_the_outcome_at_once(make_app):
    from assistant.app.messages import FactEdited

    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await app.loaded()
        await answer(pilot, "1", "Morocco", "1", "1 April to 15 June 2026", "no")
        assert app.case.outcome().procedure == "short_stay"
        app.screen.post_message(FactEdited("work", "1 April to 30 September 2026"))
        await pilot.pause()
        assert app.case.outcome().procedure == "single_permit"
        assert "single permit" in str(app.screen.query_one("#outcome").render()).lower()
        # an answer the engine cannot read changes nothing
        app.screen.post_message(FactEdited("work", "blah"))
        await pilot.pause()
        assert app.case.outcome().procedure == "single_permit"


async def test_language_switch_keeps_everything_and_the_result_has_its_own_language(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "1", "Morocco", "1")
        facts = app.case.interview.state.facts
        await app.switch_language("nl")
        await pilot.pause()
        assert app.case.lang == "nl"
        assert app.case.interview.state.facts == facts
        assert app.screen.active_bindings["f2"].binding.description == "Taal"
        await app.set_result_language("fr")
        await answer(pilot, "1 april tot 15 juni 2026", "nee", "31 maart", "paspoort")
        assert isinstance(app.screen, ResultScreen)
        assert "Votre résultat" in str(app.screen.query_one("#result-title").render())
        await pilot.press("ctrl+e")
        exported = next(app.options.export_dir.glob("saison-*.md")).read_text()
        assert "Court séjour" in exported and "[x] Passeport" in exported


async def test_ticking_a_document_in_the_checklist_marks_it_held(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "1", "Morocco", "1", "1 April to 15 June 2026", "no", "31 March",
                     "passport")
        assert isinstance(app.screen, ResultScreen)
        held = [d.id for d in app.case.outcome().documents if d.held]
        assert held == ["passport"]
        await pilot.press("down", "space")  # the visa
        await pilot.pause()
        held = [d.id for d in app.case.outcome().documents if d.held]
        assert held == ["passport", "short_stay_visa"]
        await pilot.press("ctrl+t", "ctrl+y")
        text = next(app.options.export_dir.glob("saison-*.txt")).read_text()
        assert "[x] Short-stay visa" in text
        assert app.clipboard == text


async def test_the_command_palette_lists_every_action(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for binding in app.screen.active_bindings.values():
            assert binding.binding.description in titles
        assert {"Export Markdown", "Copy", "Save transcript", "Language: Nederlands"} <= titles
