"""A saved transcript is anonymous by construction, and still replays: only the interview's
own words, dates and small numbers survive; names, addresses, dates of birth, phones, e-mails,
passport numbers and MRZ lines never do, in any of the four languages."""

from __future__ import annotations

import time
import tomllib
from datetime import date
from pathlib import Path

import pytest

from assistant.engine.anonymise import PLACEHOLDER, anonymise, anonymise_interview
from assistant.engine.transcript import load, observed, record, replay_data

TRANSCRIPTS = sorted((Path(__file__).parents[2] / "transcripts").glob("*.toml"))
TODAY = date(2026, 3, 2)


def _outcome(interview) -> dict:
    got = observed(interview)
    got["facts"] = {k: v for k, v in got["facts"].items() if k != "next_birthday"}
    return got


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.stem)
def test_every_transcript_anonymised_replays_to_the_same_outcome(path):
    data = load(path)
    answers = [turn["answer"] for turn in data.get("turn", [])]
    anonymised = anonymise_interview(
        data["lang"], data["today"], data.get("role"), data.get("opening", False), answers, []
    )
    assert anonymised.kept == len(answers)
    text = record(anonymised.interview, "anonymised", data["lang"], data.get("role"), [])
    replayed = replay_data(tomllib.loads(text), path.name)
    assert replayed.passed, replayed.first_divergence
    original = replay_data(data, path.name)
    assert original.passed
    from assistant.engine import Interview

    again = Interview.start(
        lang=data["lang"],
        today=data["today"],
        role=data.get("role"),
        opening=data.get("opening", False),
    )
    for answer in answers:
        again.answer(answer)
    assert _outcome(anonymised.interview) == _outcome(again)


PERSONAL = {
    # what is said: the pieces that must not survive
    "Il s'appelle Ahmed Benali, il habite rue Hassan II 12, Rabat": ["Ahmed", "Benali", "Hassan"],
    "Karim Benali, né le 14/07/1991, tél. 0470/12.34.56": [
        "Karim",
        "Benali",
        "14/07",
        "0470",
        "12.34.56",
    ],
    "bureau: 02/123.45.67, e-mail karim.benali@gmail.com": ["123", "45.67", "karim", "gmail"],
    "Hij heet Pieter Janssens, Kerkstraat 5, 3800 Sint-Truiden, geboren op 3 mei 1988": [
        "Pieter",
        "Janssens",
        "Kerkstraat",
        "3800",
        "3 mei",
    ],
    "Er heißt Mehmet Yılmaz, Hauptstraße 7, geboren am 12.3.1990, Tel. +49 (0)30 1234567": [
        "Mehmet",
        "Yılmaz",
        "Hauptstraße",
        "12.3",
        "1234567",
        "+49",
    ],
    "My name is Aibek Asanov, born on 12 March 1990, call +996 555 123 456": [
        "Aibek",
        "Asanov",
        "12 March",
        "996",
        "555",
        "123 456",
    ],
    "phone +32 470 12 34 56 or 0032470123456": ["470", "12 34 56", "0032470123456"],
    "mail: aibek dot asanov at gmail dot com, or a.asanov (at) mail (dot) kg": [
        "aibek",
        "asanov",
        "gmail",
        "mail",
    ],
    "passeport XK-1234567, paspoort nr. EM123456, Reisepassnummer C01X00T47": [
        "1234567",
        "EM123456",
        "C01X00T47",
    ],
    "Il habite rue de la Loi 16, 1000 Bruxelles; je m'appelle Marie": ["Loi 16", "1000", "Marie"],
    "Hij heet Jan Peeters en woont in de Kerkstraat 5": ["Jan", "Peeters", "Kerkstraat"],
    "Ich heiße Anna Maria Schmidt, Hauptstraße 7, Köln": ["Anna", "Schmidt", "Hauptstraße"],
    "P<KGZASANOV<<AIBEK<<<<<<<<<<<<<<<<<<<<<<<<<<\nAB12345674KGZ9003125M2809304<<<<<<<<<<<<<<02": [
        "ASANOV",
        "AIBEK",
        "AB1234567",
        "9003125",
    ],
}


@pytest.mark.parametrize("said", list(PERSONAL))
def test_personal_data_never_survives(said):
    anonymous = anonymise(said, TODAY)
    for piece in PERSONAL[said]:
        assert piece not in anonymous, anonymous
    assert PLACEHOLDER in anonymous


@pytest.mark.parametrize(
    "said",
    [
        "1.4.2026-15.6.2026",
        "2026-05-01 2026-09-30",
        "1.5.26-30.9.26",
        "1.5.-15.10.",
        "du 1er avril au 15 juin 2026",
        "van 1 april tot 15 juni 2026",
        "vom 1. April bis 15. Juni",
        "from 10 April 2026 to 9 June 2026, arriving 31/3",
        "Marokko",
        "he is 24",
        "annex3",
        "passeport, permis de travail et assurance maladie",
        "change work",
        "terug",
        "2",
        "I'm Portuguese",
        "he lives in Rabat",
        "in place of the passport, a contract",
    ],
)
def test_dates_countries_documents_choices_and_commands_survive(said):
    assert anonymise(said, TODAY) == said


def test_a_date_of_birth_keeps_only_its_year_and_the_age():
    assert anonymise("né le 12/03/1990", TODAY) == "né le 31/12/1990"  # 35 on 2 March 2026
    assert anonymise("geboren am 1.2.1990", TODAY) == "geboren am 1.1.1990"  # 36
    assert anonymise("born on 12 March 1990", TODAY) == "born on 31 December 1990"


def test_anonymising_takes_time_in_proportion_to_the_text():
    piece = "Karim Benali, 0470/12.34.56, du 1er avril au 15 juin 2026, passeport XK-1234567. "
    small, large = piece * 125, piece * 500  # 10 kB and 40 kB

    def seconds(text: str) -> float:
        start = time.perf_counter()
        anonymise(text, TODAY)
        return time.perf_counter() - start

    seconds(small)  # warm the vocabulary
    ratio = min(seconds(large) for _ in range(3)) / min(seconds(small) for _ in range(3))
    assert ratio < 8  # four times the text: about four times the time (quadratic: sixteen)
