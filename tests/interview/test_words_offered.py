"""Every word the assistant offers can be typed back. A hint's examples, a choice's label and the
words in its brackets, an error message's suggestions, the commands the help names: each is
typed in, at the question it belongs to, and must be understood (the answer is taken, or the
command answers) — never "I did not understand" for a word the assistant itself proposed.

The reader's words are data (assistant/engine/vocabulary/<lang>.toml); this test finds the
offers in the catalogs, so a new example in a hint is checked without touching the test."""

from __future__ import annotations

import re
from datetime import date

import pytest

from assistant.engine import Interview
from assistant.engine.questions import BY_ID
from i18n import LANGUAGES, translator

from .conftest import TODAY

QUOTED = {"fr": r"«\u00a0(.+?)\u00a0»", "nl": r"“(.+?)”", "de": r"„(.+?)“", "en": r"“(.+?)”"}
NO = {"fr": "non", "nl": "nee", "de": "nein", "en": "no"}
EVERYTHING = {"fr": "tout", "nl": "alles", "de": "alles", "en": "everything"}
PATHS = {"current_stay": {"location": "2"}, "age": {"work": "1/4/2026 - 30/9/2026"}}
"""Answers that lead to a question the first path does not reach."""
DAYS = {"current_stay": date(2026, 4, 15)}
"""A current stay "since 1 April" is told during it: the interview's day for that question."""

OFFERS = {
    "role": ["question.role.hint", "error.choice.role"],
    "nationality": ["question.nationality.hint", "error.country.unknown"],
    "location": ["question.location.hint", "error.location.which_stay"],
    "work": ["question.work.hint", "error.date.days_needed"],
    "current_stay": ["question.current_stay.hint"],
    "previous_stays": [
        "question.previous_stays.hint",
        "error.stays.dates_needed",
        "error.stays.future",
        "error.stays.which_kind",
    ],
    "age": ["question.age.hint", "error.age"],
    "entry_date": [
        "question.entry_date.hint",
        "question.filed_on.hint",
        "error.date.vague",
        "error.date.which_one",
        "error.date.no_date",
        "error.date.impossible_date",
        "error.date.too_many",
    ],
    "documents": [
        "question.documents.hint",
        "error.documents.none_matched",
        "error.documents.unsure",
    ],
}
"""Where each text's examples are answers: the question whose hint or error offers them (the
filing day's examples are dates like the entry's, typed at the entry question)."""
COMMANDS = ["help.commands", "error.empty", "error.change.which", "info.done"]
"""Texts whose examples are commands, understood at any question."""
ADD_ONS = {"question.previous_stays.hint", "error.stays.which_kind"}
"""Texts offering a word to add to a period ("holiday", "visit"): typed with one."""


def at(lang: str, question: str) -> Interview:
    """An interview in ``lang`` that now asks ``question`` (the role only when asked to change
    it: it is never asked by itself)."""
    interview = Interview.start(
        lang=lang,
        today=DAYS.get(question, TODAY),
        role=None if question == "role" else "worker",
        opening=question == "opening",
    )
    answers = {
        "nationality": "MA",
        "location": "1",
        "work": "1/4/2026 - 15/6/2026",
        "previous_stays": NO[lang],
        "entry_date": "31/3/2026",
        "current_stay": "1/4/2026 - 30/5/2026",
        "documents": EVERYTHING[lang],
        "age": "34",
        **PATHS.get(question, {}),
    }
    step = interview.change("role") if question == "role" else interview.current()
    while step.question is not None and step.question.id != question:
        step = interview.answer(answers[step.question.id])
        assert step.accepted, (lang, question, step.messages)
    assert step.question is not None, (lang, question)
    return interview


def examples(lang: str, key: str) -> list[str]:
    text = translator(lang, "interview")(
        key, text="x", country="X", year=2000, date="x", start="x", end="x", days=2, topic="x"
    )
    return [
        found
        for found in re.findall(QUOTED[lang], text)
        if "…" not in found and found not in ("x", "X")
    ]


def understood(interview: Interview, text: str) -> bool:
    step = interview.answer(text)
    errors = [m.text for m in step.messages if m.kind == "error"]
    asked_which = translator(interview.lang, "interview")("error.change.which")
    return step.accepted and not errors or errors == [asked_which]  # "change" asks: change what?


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("question", list(OFFERS))
def test_every_example_a_question_offers_is_understood_there(lang, question):
    offered = [(key, word) for key in OFFERS[question] for word in examples(lang, key)]
    assert offered, f"{lang} {question}: no example found"
    refused = []
    for key, word in offered:
        if understood(at(lang, question), word):
            continue
        if (
            key in ADD_ONS
            and not any(c.isdigit() for c in word)
            and understood(at(lang, question), f"1/6/2025 - 31/8/2025 {word}")
        ):
            continue
        refused.append(f"{key}: {word}")
    assert refused == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("question", ["role", "location"])
def test_every_choice_label_and_each_word_in_its_brackets_is_that_choice(lang, question):
    spec = BY_ID[question]
    t = translator(lang, "interview")
    refused = []
    for value in spec.choices:
        label = t(f"choice.{question}.{value}")
        inside = re.search(r"\((.+)\)", label)
        bracketed = re.split(r",| or | ou | of | oder ", inside.group(1)) if inside else []
        words = [label, *(word.strip() for word in bracketed)]
        for word in words:
            interview = at(lang, question)
            interview.answer(word)
            chosen = interview.state.role if question == "role" else _location(interview)
            if chosen != value:
                refused.append(f"{value}: {word} → {chosen}")
    assert refused == []


def _location(interview: Interview) -> str | None:
    from assistant.engine.questions import LOCATION_FACTS

    facts = interview.state.facts
    found = (facts.location, facts.status)
    return next((name for name, pair in LOCATION_FACTS.items() if pair == found), None)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_command_the_help_names_is_understood(lang):
    words = {word for key in COMMANDS for word in examples(lang, key)}
    assert len(words) >= 5
    refused = [word for word in sorted(words) if not understood(at(lang, "work"), word)]
    assert refused == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_opening_offers_a_way_to_skip_it(lang):
    skip = examples(lang, "question.opening.you")
    assert skip and understood(at(lang, "opening"), skip[0])
