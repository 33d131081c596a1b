"""A worker answering for themselves is spoken to ("where you are now"), an employer or a
helpdesk about the worker ("where the worker is now") — error messages too; and what an error
asks the worker to type is understood."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Interview
from i18n import translator

TODAY = date(2026, 3, 2)
SPAIN = {"en": "Spain", "fr": "Espagne", "nl": "Spanje", "de": "Spanien"}
WORKER = {
    "en": "the worker",
    "fr": "le travailleur",
    "nl": "de werknemer",
    "de": "der Arbeitnehmer",
}


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
def test_errors_speak_to_the_worker_and_about_the_worker_to_the_others(lang):
    for role, speaks_of_the_worker in (("worker", False), ("employer", True)):
        interview = Interview.start(lang=lang, today=TODAY, role=role)
        interview.answer("Morocco")
        said = " ".join(m.text for m in interview.answer("7").messages)
        said += " ".join(m.text for m in interview.answer(SPAIN[lang]).messages)
        assert (WORKER[lang] in said.replace("Der", "der")) == speaks_of_the_worker, said


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
def test_the_worker_told_to_choose_a_number_is_understood_choosing_it(lang):
    interview = Interview.start(lang=lang, today=TODAY, role="worker")
    interview.answer("Morocco")
    step = interview.answer(SPAIN[lang])
    label = translator(lang, "interview")("choice.location.eu_resident")
    (living_there,) = [c.value for c in step.question.choices if c.label == label]
    step = interview.answer(living_there)
    assert step.accepted and interview.state.facts.location == "eu_resident"
