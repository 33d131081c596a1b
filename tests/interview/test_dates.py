"""Dates as people type them in Belgium: day before month, in four languages, years inferred."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine.parsing.dates import DateError, parse_date

from .conftest import TODAY

APRIL_1 = date(2026, 4, 1)


@pytest.mark.parametrize(
    "text",
    [
        "1/4/2026",
        "01/04/2026",
        "1.4.2026",
        "01.04.2026",
        "1-4-2026",
        "1/4/26",
        "2026-04-01",
        "1/4",
        "1.4.",
        "1 april 2026",
        "1 April",
        "1er avril",
        "1er avril 2026",
        "le 1er avril",
        "1 avr.",
        "1. April",
        "1. April 2026",
        "am 1. April",
        "April 1st",
        "April 1, 2026",
        "1st of April",
        "1 apr",
        "op 1 april",
        "1ste april",
        "APRIL 1",
        "1 AVRIL",
    ],
)
def test_the_first_of_april_in_every_usual_form(text):
    assert parse_date(text, TODAY, "future") == APRIL_1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 maart 2026", date(2026, 3, 3)),
        ("15 mars", date(2026, 3, 15)),
        ("1 Mai", date(2026, 5, 1)),
        ("31 mei", date(2026, 5, 31)),
        ("14 juillet", date(2026, 7, 14)),
        ("2 März", date(2026, 3, 2)),
        ("2 maerz", date(2026, 3, 2)),
        ("30 sept.", date(2026, 9, 30)),
        ("1 février 2027", date(2027, 2, 1)),
        ("29/2/2028", date(2028, 2, 29)),
        ("fin juin", date(2026, 6, 30)),
        ("eind augustus", date(2026, 8, 31)),
        ("Ende Februar 2028", date(2028, 2, 29)),
        ("mid-July", date(2026, 7, 15)),
        ("début mai", date(2026, 5, 1)),
        ("today", TODAY),
        ("aujourd'hui", TODAY),
        ("vandaag", TODAY),
        ("heute", TODAY),
        ("demain", date(2026, 3, 3)),
        ("overmorgen", date(2026, 3, 4)),
        ("übermorgen", date(2026, 3, 4)),
        # the month, then its day after an article
        ("jänner, am 8.", date(2026, 1, 8)),
        ("Feber, am 3.", date(2026, 2, 3)),
        ("June, the 8th", date(2026, 6, 8)),
        ("12-Jan-2027", date(2027, 1, 12)),
    ],
)
def test_month_names_and_words_of_the_four_languages(text, expected):
    assert parse_date(text, TODAY, "future") == expected


def test_a_plan_without_a_year_lies_ahead():
    november = date(2026, 11, 20)
    assert parse_date("1/4", november, "future") == date(2027, 4, 1)
    assert parse_date("1/12", november, "future") == date(2026, 12, 1)


def test_a_plan_that_started_a_few_weeks_ago_stays_this_year():
    assert parse_date("1/3", date(2026, 3, 20), "future") == date(2026, 3, 1)


def test_an_earlier_stay_without_a_year_lies_behind():
    assert parse_date("1/6", TODAY, "past") == date(2025, 6, 1)
    assert parse_date("1/2", TODAY, "past") == date(2026, 2, 1)


def test_near_takes_the_closest_year():
    assert parse_date("20/12", date(2026, 1, 5), "near") == date(2025, 12, 20)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("31/4", "impossible_date"),
        ("30 février", "impossible_date"),
        ("29/2/2027", "impossible_date"),
        ("32/1/2026", "impossible_date"),
        ("4/15/2026", "month_first"),
        ("12/31/2026", "month_first"),
        ("13/13/2026", "impossible_date"),
        ("soon", "no_date"),
        ("", "no_date"),
        ("sometime next season", "no_date"),
        ("1/4 or 2/4", "too_many"),
    ],
)
def test_dates_that_do_not_exist_or_are_not_dates(text, code):
    """babel's parser would swap 4/15 into 15 April silently: we refuse it and say why."""
    with pytest.raises(DateError) as caught:
        parse_date(text, TODAY, "future")
    assert caught.value.code == code
