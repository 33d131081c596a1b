"""Ages as people give them: in words, with a birthday coming, by a date or a year of birth.

"34, 35 in April" means 34 today, and 35 from the birthday if the filing day is after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Interview
from assistant.engine.state import Facts

TODAY = date(2026, 4, 20)
EXTENSION = Facts(
    nationality="MA",
    location="belgium",
    status="seasonal_short_stay",
    current_stay={"start": "2026-04-01", "end": "2026-05-30"},
    work={"start": "2026-05-31", "end": "2026-07-31"},
)


def age_answered(text: str, lang: str = "en") -> Interview:
    interview = Interview.start(lang=lang, today=TODAY, role="worker")
    interview.state.facts = EXTENSION
    interview.state.reopened = "age"
    interview.answer(text)
    return interview


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("34, 35 in October", "en", 34),
        ("dix-sept ans", "fr", 17),
        ("hij is 17, wordt in juni 18", "nl", 17),
        ("er ist 18, wird im Mai 19", "de", 18),
        ("né le 3/5/1991", "fr", 34),
        ("geboren am 1.1.1990", "de", 36),
    ],
)
def test_the_age_on_the_interviews_today(text, lang, age):
    assert age_answered(text, lang).state.facts.age == age


@pytest.mark.parametrize("text", ["around 40", "25 or 26", "born in 1990", "Mitte dreißig"])
def test_an_age_that_is_not_clear_is_asked_about(text):
    assert age_answered(text).state.facts.age is None


def test_a_birthday_before_the_filing_day_counts():
    interview = age_answered("17, 18 on 3 May")
    assert interview.state.facts.age == 17
    interview.state.facts = interview.state.facts.model_copy(update={"filed_on": date(2026, 5, 10)})
    assert interview.situation().age == 18  # an adult on the filing day: fee, criminal record
    interview.state.facts = interview.state.facts.model_copy(update={"filed_on": date(2026, 4, 30)})
    assert interview.situation().age == 17


@pytest.mark.parametrize(
    ("question", "lang", "text", "age"),
    [
        ("work", "nl", "15 sept. - 15 dec. ik ben 41 trouwens", 41),
        (
            "filed_on",
            "nl",
            "eergisteren ingediend. o ja, hij is 33, dat had ik nog niet gezegd",
            33,
        ),
        (
            "role",
            "nl",
            "ik ben de werkgever, de werknemer is een Vietnamees van vierendertig jaar",
            34,
        ),
        ("nationality", "fr", "Nationalité : sénégalaise\nDate de naissance : 04/11/1995", 30),
    ],
)
def test_an_age_said_in_passing_at_another_question_is_taken(question, lang, text, age):
    interview = Interview.start(lang=lang, today=TODAY)
    interview.state.reopened = question
    interview.answer(text)
    assert interview.state.facts.age == age
