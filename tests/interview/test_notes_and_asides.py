"""How a helpdesk agent or an employer writes: a weekday that says which month, a nationality
said of the employer, a status word that names an organisation, an arrival said in the past
(kinds found by the third blind corpus; these cases are written here, not taken from it)."""

from __future__ import annotations

from datetime import date

from assistant.engine import Interview


def opening(text: str, lang: str = "en", today: date = date(2026, 3, 25)) -> dict:
    interview = Interview.start(lang=lang, today=today, opening=True)
    interview.answer(text)
    return interview.state.facts.model_dump(exclude_none=True)


def test_a_weekday_with_a_bare_day_picks_the_month_where_it_falls():
    # 25 March 2026: Thursday the 16th is 16 April (16 March was a Monday)
    text = "nos saisonniers népalais arrivent le mardi 14 avril. Demande introduite le jeudi 16"
    facts = opening(text, "fr")
    assert facts["filed_on"] == date(2026, 4, 16)


def test_a_nationality_said_of_the_employer_is_not_the_workers():
    facts = opening("I'm the American farm manager, our worker is from Guatemala")
    assert facts["nationality"] == "GT"


def test_the_workers_nationality_beside_our_workers_is_the_workers():
    assert opening("nos saisonniers népalais arrivent le 14 avril", "fr")["nationality"] == "NP"


def test_an_organisation_named_after_a_status_is_not_the_workers_status():
    facts = opening("Volunteer at a refugee NGO, calling for a Kenyan lady who is still in Kenya")
    assert facts.get("status") != "other"


def test_an_arrival_said_in_the_past_is_a_past_day():
    facts = opening("Keniaan, aangekomen op dinsdag 2 juni", "nl", date(2026, 6, 24))
    assert facts["entry_date"] == date(2026, 6, 2)
