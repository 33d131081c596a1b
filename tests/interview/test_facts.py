"""The facts an interview gathers are the situation's facts, declared once
(``rules.models.SituationFacts``): whatever the interview holds reaches the rules core."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from assistant.engine import Interview, situation_of
from assistant.engine.state import Facts
from rules.models import Situation

EVERY_FACT = {
    "nationality": "MD",
    "location": "belgium",
    "status": "seasonal_short_stay",
    "work": {"start": "2026-05-31", "end": "2026-07-31"},
    "current_stay": {"start": "2026-04-01", "end": "2026-05-30"},
    "entry_date": "2026-04-01",
    "previous_seasonal_stays": [{"start": "2025-06-01", "end": "2025-07-15"}],
    "previous_schengen_stays": [{"start": "2025-01-02", "end": "2025-01-20"}],
    "age": 41,
    "documents": ["passport"],
    "filed_on": "2026-05-02",
    "seasonal_work": False,
}


def test_the_interview_can_hold_every_fact_of_a_situation():
    assert set(Situation.model_fields) - {"today"} == set(EVERY_FACT)
    assert set(Facts.model_fields) == {*EVERY_FACT, "next_birthday"}


def test_every_fact_gathered_reaches_the_rules_core():
    interview = Interview.start(lang="en", today=date(2026, 4, 20), role="worker")
    interview.state.facts = Facts.model_validate(EVERY_FACT)
    situation = situation_of(interview.state)
    expected = Situation.model_validate(
        {**EVERY_FACT, "today": "2026-04-20", "documents": situation.documents}
    )
    assert situation == expected
    assert situation.documents and situation.seasonal_work is False


@pytest.mark.parametrize(
    ("fact", "value"), [("age", 200), ("entry_date", "2026-02-30"), ("location", "mars")]
)
def test_a_stored_interview_holds_only_facts_a_situation_accepts(fact, value):
    with pytest.raises(ValidationError):
        Facts.model_validate({**EVERY_FACT, fact: value})
