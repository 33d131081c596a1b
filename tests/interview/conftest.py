"""Interview tests: the headless engine, its parsers, the transcripts. No Textual anywhere.

Every test pins its own "today" (``TODAY``): years of dates typed without one are inferred from
it, so a test written in March must not change meaning in December.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Interview

TODAY = date(2026, 3, 2)


@pytest.fixture
def interview_at():
    """A fresh interview in a language, on ``TODAY`` unless told, role preset to the worker."""

    def make(lang: str = "en", today: date = TODAY, role: str | None = "worker") -> Interview:
        return Interview.start(lang=lang, today=today, role=role)

    return make


def answer_all(interview: Interview, *answers: str):
    step = interview.current()
    for text in answers:
        step = interview.answer(text)
    return step


def answered_at(question: str, text: str, lang: str, today: date, facts):
    """The facts and the step after ``text`` is typed at ``question``, reopened in an interview
    that already knows ``facts`` (a copy: the caller's stay as they were)."""
    interview = Interview.start(lang=lang, today=today, role="employer")  # type: ignore[arg-type]
    interview.state.facts = facts.model_copy()
    interview.state.answered = ["role", "nationality", "location"]
    interview.state.reopened = question
    step = interview.answer(text)
    return interview.state.facts, step
