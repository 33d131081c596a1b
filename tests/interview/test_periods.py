"""Periods and lists of periods, both ends counting."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine.parsing.dates import DateError
from assistant.engine.parsing.periods import parse_period, parse_periods

from .conftest import TODAY

SPRING = (date(2026, 4, 1), date(2026, 6, 15))


@pytest.mark.parametrize(
    "text",
    [
        "from 1/4 to 15/6",
        "1.4.2026 - 15.6.2026",
        "du 1er avril au 15 juin",
        "1/4 - 15/6/2026",
        "van 1 april tot 15 juni",
        "van 1 april t/m 15 juni",
        "vom 1. April bis 15. Juni",
        "1 April – 15 June 2026",
        "2026-04-01 to 2026-06-15",
        "1/4/26-15/6/26",
        "du 01/04/2026 au 15/06/2026",
        "April 1st until June 15th",
        "1.4. bis 15.6.",
    ],
)
def test_one_spring_period_in_many_forms(text):
    period = parse_period(text, TODAY)
    assert (period.start, period.end) == SPRING


def test_a_bare_first_day_takes_the_month_of_the_last():
    assert parse_period("du 1er au 15 juin", TODAY).start == date(2026, 6, 1)
    assert parse_period("vom 1. bis 15. Juni", TODAY).end == date(2026, 6, 15)


def test_a_number_after_a_word_is_not_a_day():
    """ "bijlage 3 tot 15/6": the 3 names the annex, not the 3rd."""
    period = parse_period("bijlage 3 tot 15/6", TODAY, default_start=date(2026, 4, 1))
    assert period.start == date(2026, 4, 1)


def test_a_period_crossing_new_year():
    period = parse_period("1/11 - 15/1", TODAY)
    assert (period.start, period.end) == (date(2026, 11, 1), date(2027, 1, 15))


def test_whole_months():
    period = parse_period("June to August", TODAY)
    assert (period.start, period.end) == (date(2026, 6, 1), date(2026, 8, 31))


def test_until_a_day_with_a_known_start():
    period = parse_period("tot 30 juni", TODAY, default_start=date(2026, 4, 1))
    assert (period.start, period.end) == (date(2026, 4, 1), date(2026, 6, 30))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("15 June to 1 April 2026", "end_before_start"),
        ("1/4/2026 - 1/3/2026", "end_before_start"),
        ("31/4 - 15/6", "impossible_date"),
        ("1 April", "one_date"),
        ("whenever", "no_period"),
        ("1/4 - 15/6 - 30/6", "too_many"),
    ],
)
def test_unusable_periods(text, code):
    with pytest.raises(DateError) as caught:
        parse_period(text, TODAY)
    assert caught.value.code == code


@pytest.mark.parametrize(
    "text", ["none", "no", "geen", "keine", "aucun", "non jamais", "nee", "nooit", "nein, nie"]
)
def test_no_earlier_stay(text):
    assert parse_periods(text, TODAY) == []


def test_several_earlier_stays_lie_behind():
    periods = parse_periods("1/6-31/7 and 1/9 - 15/10", TODAY)
    assert [(p.start, p.end) for p in periods] == [
        (date(2025, 6, 1), date(2025, 7, 31)),
        (date(2025, 9, 1), date(2025, 10, 15)),
    ]


def test_last_year_and_a_year_said_apart():
    assert parse_periods("vorig jaar van 1 juli tot 31 augustus", date(2026, 12, 1))[
        0
    ].start == date(2025, 7, 1)
    assert parse_periods("2024 von Mai bis August", TODAY)[0].end == date(2024, 8, 31)


def test_an_odd_number_of_dates_is_not_a_list_of_periods():
    with pytest.raises(DateError) as caught:
        parse_periods("1/6 - 31/7 and 1/9", TODAY)
    assert caught.value.code == "odd_dates"


@pytest.mark.parametrize("text", ["du 30 juin au 1 mai", "30/6 - 1/5", "from 30 June to 1 May"])
def test_two_ends_that_look_swapped_are_refused_not_read_as_ten_months(text):
    with pytest.raises(DateError):
        parse_period(text, date(2026, 3, 2))


def test_a_season_over_new_year_is_read_into_the_next_year():
    period = parse_period("du 1er novembre au 31 janvier", date(2026, 3, 2))
    assert (period.start, period.end) == (date(2026, 11, 1), date(2027, 1, 31))


@pytest.mark.parametrize(
    "text", ["1/1/9999 - 31/3/9999", "juni tot augustus 9999", "du 1er janvier 1066 au 3 mars 1066"]
)
def test_a_year_no_stay_can_be_worked_out_in_is_refused_not_a_crash(text):
    with pytest.raises(DateError):
        parse_period(text, date(2026, 3, 2))


@pytest.mark.parametrize(
    "text",
    [
        "du 1er juin au 15 octobre, comme l'année passée du 1er juin au 31 août 2025",
        "from 1 June to 15 October, like last year from 1 June to 31 August 2025",
    ],
)
def test_a_year_said_twice_before_a_dated_period_stays_with_it(text):
    """ "last year ... 31 August 2025": the words repeat the period's own year; they do not
    carry it back to the period before, which is this year's work."""
    from assistant.engine.reading import periods

    found = periods.find(text, date(2026, 5, 12))
    assert [p.years for p in found.periods] == [[], []]
    assert found.years == []
