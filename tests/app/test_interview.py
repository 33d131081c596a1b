"""A whole interview in the app for each procedure, and what a person does on the way:
edit an answer, change a fact (what-if), switch language, tick documents, export."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.app.opening import opening_question
from assistant.app.screens.result import ResultScreen

from .conftest import SIZE, WHOLE_INTERVIEW, answer

STORIES = {
    # procedure: (today, answers from the first question on)
    "short_stay": (
        date(2026, 6, 15),
        [
            "1",
            "filipino",
            "still in the Philippines",
            "15 August to 31 October",
            "no",
            "14/8",
            "passport, work permit, health insurance and the housing declaration",
        ],
    ),
    "short_stay_extension": (
        date(2026, 6, 20),
        [
            "3",
            "Serbia",
            "she is in Belgium with an annex 3",
            "arrived 1 May, annex 3 until 30 June, she'd like to stay until 15 July",
            "no",
            "on the 25th of June",
            "passport and annex 3",
        ],
    ),
    "extension_beyond_90_days": (
        date(2026, 6, 1),
        [
            "2",
            "Morocco",
            "in Belgium, short stay, annex 3",
            "from 10 April 2026 to 9 June 2026",
            "until 15 September",
            "none",
            "he is 52",
            "passport and contract",
        ],
    ),
    "single_permit": (
        date(2026, 2, 2),
        [
            "1",
            "Kyrgyzstan",
            "abroad",
            "1 May 2026 - 30 September 2026",
            "never been",
            "24",
            "passport",
        ],
    ),
    "renewal": (
        date(2026, 8, 3),
        [
            "1",
            "Nepal",
            "I have the seasonal worker permit, annex 6",
            "1 July 2026 to 31 August 2026, I want to stay until 20 September",
            "no",
            "passport, permit and contract",
        ],
    ),
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
@pytest.mark.parametrize("describe", [False, True])
def test_the_first_question_shown_before_the_engine_loads_is_the_engines(lang, role, describe):
    from assistant.engine import Interview

    engine = Interview.start(lang=lang, role=role, opening=describe).current().question
    opening = opening_question(lang, role, describe)
    assert (opening.id, opening.text, opening.hint) == (engine.id, engine.text, engine.hint)
    assert [c.label for c in opening.choices] == [c.label for c in engine.choices]


async def test_one_description_fills_the_case_and_only_what_is_missing_is_asked(make_app):
    app = make_app(describe=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(
            pilot,
            "I'm the employer. Our Moroccan worker, 34, is still in Morocco; he works for us "
            "from 1 April to 15 June 2026 and arrives on 31 March. Never been to Europe.",
        )
        interview = app.case.interview
        facts = interview.state.facts
        assert interview.state.role == "employer"
        assert (facts.nationality, facts.location, facts.age) == ("MA", "abroad", 34)
        assert facts.previous_seasonal_stays == () and facts.entry_date == date(2026, 3, 31)
        assert interview.current().question.id == "documents"


async def test_a_selected_answer_is_reopened_and_replaced(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker", "Morocco", "1", "1 April to 15 June 2026")
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
        await answer(pilot, "I'm the worker", "Morocco", "1", "1 April to 15 June 2026", "no")
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
        await answer(pilot, "I'm the worker", "Morocco", "1")
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
        await answer(pilot, *WHOLE_INTERVIEW)
        assert isinstance(app.screen, ResultScreen)
        held = [d.id for d in app.case.outcome().documents if d.held]
        assert held == ["passport"]
        await pilot.press("tab", "down", "space")  # to the checklist, the visa
        await pilot.pause()
        held = [d.id for d in app.case.outcome().documents if d.held]
        assert held == ["passport", "short_stay_visa"]
        await pilot.press("ctrl+t", "ctrl+y")
        text = next(app.options.export_dir.glob("saison-*.txt")).read_text()
        assert "[x] Short-stay visa" in text
        assert app.clipboard == text


async def test_the_result_opens_at_the_top_and_the_keys_scroll_it(make_app):
    """The checklist below the fold had the focus: Down and PageDown moved nothing on screen,
    Space ticked a document the person could not see."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, *WHOLE_INTERVIEW)
        await pilot.pause()
        body = app.screen.query_one("#result")
        assert app.focused is body and body.scroll_y == 0
        await pilot.press("pagedown", "space")
        await pilot.pause()
        assert body.scroll_y > 0
        assert [d.id for d in app.case.outcome().documents if d.held] == ["passport"]


async def test_a_long_document_wraps_with_one_tick_box(make_app):
    """Names, conditions and articles were cut with an ellipsis at 80 columns; wrapped, each
    document keeps one tick box, on its first line, for its own state."""
    from assistant.app.widgets.checklist import BUTTON_LEFT, Checklist

    app = make_app(lang="fr")
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(
            pilot,
            "I'm the worker",
            "Tunisie",
            "1",
            "du 15/5 au 31/7",
            "non",
            "le 14 mai",
            "passeport",
        )
        await pilot.press("tab")
        checklist = app.screen.query_one(Checklist)
        lines = [checklist.render_line(y).text for y in range(checklist.size.height)]
        boxes = [line for line in lines if BUTTON_LEFT in line[:4]]
        assert len(boxes) == checklist.option_count < len(lines)
        assert not any("…" in line for line in lines)
        text = " ".join(line[4:].strip() for line in lines)
        assert "(AR 105/11 §1 1°\u00a0; AR 105/12 §2 1°)" in text  # articles as French writes them


async def test_typing_in_the_document_list_keeps_the_first_letter(make_app):
    """The first key moved the focus to the answer line, which selected it on focus: the
    second key replaced it ("passport" arrived as "assport")."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker", "Morocco", "1", "1 April to 30 June 2026", "no", "34")
        assert app.focused.id == "documents"
        await pilot.press(*"pas")
        assert app.screen.query_one("#answer").value == "pas"


@pytest.mark.parametrize("lang", ["fr", "nl", "de"])
async def test_what_the_app_types_for_the_person_is_shown_in_their_language(make_app, lang):
    """Keys, fact edits, ticks and a language switch type the engine's English commands; the
    conversation showed "why", "change location", "passport" in a Dutch interface."""
    from assistant.app.messages import FactEdited

    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker", "Maroc", "1")
        await pilot.press("f7", "f8")
        await pilot.pause()
        app.screen.post_message(FactEdited("nationality", "Tunisie"))
        await pilot.pause()
        await app.act(lambda case: case.set_documents(["passport"]))
        await app.switch_language("en")
        said = [e.text for e in app.case.entries if e.who == "user"]
        english = {"why", "back", "change nationality", "passport", "in english"}
        assert not english & set(said), said


async def test_the_command_palette_lists_every_action(make_app):
    app = make_app()
    async with app.run_test(size=SIZE):
        await app.loaded()
        titles = {c.title for c in app.get_system_commands(app.screen)}
        ours = [
            b
            for cls in (type(app), *type(app.screen).__mro__)
            for b in getattr(cls, "BINDINGS", [])
            if b.description.startswith("binding.")
        ]
        for binding in ours:
            if binding.action != "command_palette":
                assert app.t(binding.description) in titles
        assert {"Export .md", "Copy", "Transcript", "Language: Nederlands", "Quit"} <= titles


async def test_the_palette_speaks_the_interface_language_only(make_app):
    """A text field's editing keys and Textual's own commands came in English."""
    app = make_app(lang="de")
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        commands = list(app.get_system_commands(app.screen))
        titles = {c.title for c in commands}
        assert {"Beenden", "Tasten", "Als Text exportieren"} - titles == {"Als Text exportieren"}
        assert not titles & {
            "Quit",
            "Keys",
            "Theme",
            "Delete all to the left",
            "Copy selected text",
        }
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.query_one("CommandInput").placeholder == "Aktion suchen…"


def test_the_articles_are_each_named_once():
    """The result listed "RD 105/22 §2, RD 105/22 §2 1°, RD 105/22 §2 2°, ..." — some thirty
    citations for a dozen articles."""
    from assistant.app.report import _articles

    cited = [
        "RD 105/22 §2 1°",
        "RD 105/22 §2",
        "Law 61/29-2; CA art. 19; RD 105/18 §4 5°",
        "RD 1/2/1 §3 al. 2",
        "RD 1/2/1",
    ]
    # once each, in the decree's order: the decree, then the Law, then the agreement
    assert _articles(cited) == ["RD 1/2/1", "RD 105/18", "RD 105/22", "Law 61/29-2", "CA art. 19"]


async def test_closing_the_facts_panel_shows_the_end_of_the_conversation(make_app):
    """On a narrow terminal a fact edited in the panel brings a new question into the hidden
    conversation; closing the panel showed the conversation where it was left."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(
            pilot,
            "1",
            "Morocco",
            "1",
            "1 April to 30 June 2026",
            "no",
            "34",
            "passport and contract",
        )
        await pilot.press("escape")  # the result, closed
        await pilot.press("f4")
        field = app.screen.query_one("#fact-input-work")
        field.value = "1/4 - 15/6"
        field.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.case.question().id == "entry_date"
        await pilot.press("f4")
        await pilot.pause()
        await pilot.pause()
        chat = app.screen.query_one("#chat")
        assert chat.scroll_y == chat.max_scroll_y > 0


async def test_the_helpdesk_form_shows_every_fact_in_words_even_one_another_answer_filled(make_app):
    """The form showed what was typed ("1", "marokkaans"), and nothing for a fact that another
    answer filled (the work dates given with the current stay)."""
    from textual.widgets import Input

    app = make_app(lang="nl", helpdesk=True, today=date(2026, 6, 1))
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(
            pilot,
            "marokkaans",
            "in België met bijlage 3",
            "van 10/4/2026 tot 9/6/2026, wil blijven tot 15/9",
        )
        form = {
            q: app.screen.query_one(f"#fact-input-{q}", Input).value
            for q in ("nationality", "work")
        }
        assert form["nationality"] == "Marokko"
        assert "15 sep" in form["work"]


async def test_held_and_missing_documents_differ_by_their_mark_not_only_their_colour(make_app):
    from assistant.app.widgets.checklist import Checklist

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(
            pilot,
            "I'm the worker",
            "Morocco",
            "abroad",
            "1/4/2026 - 15/6/2026",
            "no",
            "1/4/2026",
            "passport",
        )
        await pilot.press("tab")
        checklist = app.screen.query_one(Checklist)
        marks = [checklist.render_line(y).text[:3] for y in range(checklist.size.height)]
        boxes = [mark for mark in marks if mark.startswith("▐")]
        assert boxes.count("▐X▌") == 1  # the passport
        assert "▐ ▌" in boxes
