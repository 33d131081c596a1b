"""People who write a language they learnt late, correct themselves as they type, or say a
date before the verb it belongs to: a paper's name written as it sounds, "ik marokko", a
correction after a full stop, a day corrected inside its clause, a date of birth with a
two-digit year, a file's number beside a paper. Each is read as a careful clerk would."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine.interview import Interview
from assistant.engine.state import Facts
from rules.models import Period

from .conftest import answered_at

ABROAD = Facts(nationality="MA", age=30, location="abroad")
TODAY = date(2026, 3, 12)


def answered(question: str, text: str, lang: str, facts: Facts = ABROAD, today: date = TODAY):
    facts, step = answered_at(question, text, lang, today, facts)
    return facts, [m.text for m in step.messages]


def opened(text: str, lang: str, today: date = TODAY) -> Facts:
    interview = Interview.start(lang=lang, today=today, opening=True)  # type: ignore[arg-type]
    interview.answer(text)
    return interview.state.facts


# --- papers written as they sound --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("pasport oui kontra oui asurans non", {"passport", "employment_contract"}),
        ("sertifika medikal oui, kazie judisier oui", {"medical_certificate", "criminal_record"}),
    ],
)
def test_a_paper_written_as_it_sounds_is_that_paper(text, held):
    interview_facts, _ = answered("documents", text, "fr", ABROAD.model_copy(update={"age": 30}))
    assert set(interview_facts.documents or ()) >= held


def test_a_mark_before_its_paper_reaches_only_to_the_comma():
    facts, _ = answered(
        "documents", "✅ passeport ✅ assurance ❌ visa ❌ permis de travail, logement ok", "fr"
    )
    assert "work_permit" not in (facts.documents or ())
    assert {"passport", "health_insurance", "housing_proof"} <= set(facts.documents or ())


def test_the_number_of_an_invoice_is_no_negation():
    """ "facture n° 2026-118": the "n°" is no "n'", the fee is paid."""
    facts, _ = answered(
        "documents", "la redevance a été payée le 3 mars (facture n° 2026-118)", "fr"
    )
    assert facts.documents is not None and "fee_payment" in facts.documents


# --- where the writer is from ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("nl", "ik marokko, 35 jaar. ik nu nog thuis", "MA"),
        ("en", "me nepal, 28 year, still in Kathmandu", "NP"),
        ("de", "Mein Klient (Kolumbien, 36) ist noch in Bogotá", "CO"),
        ("de", "1. Arbeitgeber: Hof Kirch\n2. Arbeiter: Indien (Punjab), 35 J.", "IN"),
    ],
)
def test_a_country_after_a_bare_pronoun_or_a_person_word_is_the_nationality(lang, text, code):
    assert opened(text, lang).nationality == code


def test_belgium_after_a_bare_pronoun_is_no_nationality():
    assert opened("so i belgium work in may", "en").nationality is None


# --- dates before their verb, weekdays in a period ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bin Moldauer, in Chișinău. Am Samstag, 2. Mai fliege ich nach Charleroi, "
               "Arbeit ab Montag 4. Mai bis Freitag 31. Juli."),
        ("fr", "Je suis marocain, au Maroc. Le 2 mai j'arrive, je travaille du 4 mai au "
               "31 juillet."),
    ],
)  # fmt: skip
def test_a_date_that_opens_its_clause_before_a_verb_of_arrival_is_the_arrival(lang, text):
    facts = opened(text, lang)
    assert facts.entry_date == date(2026, 5, 2)
    assert facts.work == Period(start=date(2026, 5, 4), end=date(2026, 7, 31))


def test_a_verb_of_arrival_with_its_own_date_does_not_take_the_date_before_it():
    facts = opened(
        "boulot du 1er juin au 28 août, il atterrit à Zaventem le 31 mai. Il est marocain, "
        "encore au Maroc.",
        "fr",
    )
    assert facts.entry_date in (None, date(2026, 5, 31))


# --- corrections as people type them -----------------------------------------------------------


def test_a_year_corrected_after_a_full_stop_replaces_the_year():
    facts, _ = answered(
        "previous_stays", "ja, 2024 vom 3. Juni bis 31. August. Korrektur: 2025, nicht 2024", "de"
    )
    assert list(facts.previous_seasonal_stays or ()) == [
        Period(start=date(2025, 6, 3), end=date(2025, 8, 31))
    ]


def test_a_day_corrected_inside_its_clause_is_that_day():
    facts = opened(
        "Unsere Erntehelferin aus Kolumbien ist schon da. Sie ist am 2. März eingereist, "
        "nein warte, am 3., der Flug hatte Verspätung.",
        "de",
    )
    assert facts.entry_date == date(2026, 3, 3)


def test_an_end_corrected_with_until_keeps_the_start():
    facts = opened(
        "Une dame thaïlandaise de 44 ans. Son annexe 3 va du 3 avril au 30 juin — non, je "
        "corrige, jusqu'au 1er juillet.",
        "fr",
        today=date(2026, 5, 10),
    )
    assert facts.current_stay == Period(start=date(2026, 4, 3), end=date(2026, 7, 1))


def test_waiting_for_the_visa_is_no_correction():
    facts, _ = answered("location", "noch daheim in tirana, warte aufs visum", "de")
    assert facts.location == "abroad"


# --- dates of birth --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["5 mars 90", "né le 5 mars 90"])
def test_a_date_of_birth_with_two_digits_for_its_year(text):
    facts, _ = answered("age", text, "fr", today=date(2026, 6, 1))
    assert facts.age == 36


def test_an_age_to_come_on_a_day_is_no_year_of_birth():
    facts, _ = answered("age", "Er wird am 3. Mai 40.", "de")
    assert facts.age == 39
