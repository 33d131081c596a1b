"""The result and its exports speak as the outcome does: about "the worker" when an employer
answers (conditions, deadline titles and the commune included), "you" for the worker and for a
helpdesk agent reading it out to the caller."""

from __future__ import annotations

import re
from datetime import date

import pytest

from assistant.app.case import Case
from assistant.app.report import to_markdown, to_text

SHORT_STAY = ("Morocco", "abroad", "1/4 - 15/6", "no", "31/3", "passport and work permit")
SECOND_PERSON = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)


def _case(role: str) -> Case:
    case = Case.new("en", date(2026, 3, 2), role=role)
    for text in SHORT_STAY:
        case.answer(text)
    assert case.done
    return case


@pytest.mark.parametrize("write", [to_text, to_markdown])
def test_an_employers_result_speaks_of_the_worker(write):
    case = _case("employer")
    assert case.audience == "employer"
    text = write(case.outcome(), case.output_lang, case.interview.state.today, case.audience)
    body = text.split("\n", 3)[3]  # below the heading ("Your result": the reader's own)
    assert "The worker comes from abroad" in body
    assert "the worker applies for a short-stay visa with the mention" in body
    # a Moroccan needs the visa: a known fact is not shown as a condition (law review, item 10)
    assert "nationality needs a visa" not in body
    assert "Commune where the worker lives" in body
    assert not SECOND_PERSON.search(body), SECOND_PERSON.search(body)


@pytest.mark.parametrize("role", ["worker", "helpdesk"])
def test_the_worker_and_the_helpdesk_keep_you(role):
    case = _case(role)
    assert case.audience == "worker"
    text = to_text(case.outcome(), case.output_lang, case.interview.state.today, case.audience)
    assert "You come from abroad" in text and "you apply for a short-stay visa with the" in text
    assert "only if your nationality needs a visa" not in text
