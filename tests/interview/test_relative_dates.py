"""Dates said relative to today, as people say them at the commune's counter or on the phone:
a weekday in the past tense, a weekday of last or next week, the first of last month, a year
said in words. A date that is only hedged ("early next week", "d'ici quinze jours") is asked
back, never guessed. Every expected date here was computed, not counted on fingers."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine.state import Facts
from i18n import translator

from .conftest import answered_at


def _extension(today: date) -> Facts:
    """A worker in Belgium on an annex 3 asking for an extension: the filing date is asked."""
    return Facts(
        nationality="MA",
        age=30,
        location="belgium",
        status="seasonal_short_stay",
        current_stay={"start": date(today.year, 1, 1).isoformat(), "end": "2027-12-31"},
    )


def answered(question: str, text: str, lang: str, today: date, facts: Facts | None = None):
    return answered_at(
        question, text, lang, today, facts if facts is not None else _extension(today)
    )


# --- a weekday in the past tense is the last one --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "today", "filed"),
    [
        # Wednesday 18 March 2026: "on Monday" in the past is the 16th, not the 23rd
        ("en", "we went to the commune on Monday with all the papers", date(2026, 3, 18), 16),
        ("en", "We filed it on Monday.", date(2026, 3, 18), 16),
        ("fr", "on est allé à la commune lundi avec tous les papiers", date(2026, 3, 18), 16),
        ("fr", "nous avons déposé la demande lundi", date(2026, 3, 18), 16),
        ("nl", "we zijn maandag naar het gemeentehuis geweest", date(2026, 3, 18), 16),
        ("nl", "maandag ingediend bij de gemeente", date(2026, 3, 18), 16),
        (
            "de",
            "ich war bei Gemeinde am Montag, die Frau hat Papier genommen",
            date(2026, 3, 18),
            16,
        ),
        ("de", "wir haben den Antrag am Montag abgegeben", date(2026, 3, 18), 16),
    ],
)
def test_a_filing_told_in_the_past_tense_was_on_the_last_such_weekday(lang, text, today, filed):
    facts, _ = answered("filed_on", text, lang, today)
    assert facts.filed_on == date(2026, 3, filed)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "we will go to the commune on Monday"),
        ("en", "he files on Monday"),
        ("fr", "il va déposer lundi"),
        ("fr", "lundi, à la commune"),
        ("nl", "de aanvraag wordt maandag ingediend"),
        ("nl", "we gaan maandag naar de gemeente"),
        ("de", "er wird am Montag einreichen"),
        ("de", "am Montag bei der Gemeinde"),
    ],
)
def test_a_filing_still_to_come_is_on_the_next_such_weekday(lang, text):
    facts, _ = answered("filed_on", text, lang, date(2026, 3, 18))
    assert facts.filed_on == date(2026, 3, 23)


@pytest.mark.parametrize(
    ("lang", "text", "filed"),
    [
        # Wednesday 18 March 2026
        ("en", "Monday, we dropped off the papers", date(2026, 3, 16)),
        ("fr", "on a tout remis lundi à l'employée", date(2026, 3, 16)),
        ("de", "Montag. Wir waren mit allen Papieren dort", date(2026, 3, 16)),
        ("en", "on Monday, he will file", date(2026, 3, 23)),
        # the past is another clause's: his filing is still to come
        ("en", "we went to Brussels, on Monday he files at the commune", date(2026, 3, 23)),
        ("en", "he sent me a message, he goes to the commune Monday", date(2026, 3, 23)),
    ],
)
def test_a_weekday_alone_in_its_clause_takes_the_tense_beside_it(lang, text, filed):
    facts, _ = answered("filed_on", text, lang, date(2026, 3, 18))
    assert facts.filed_on == filed


def test_an_arrival_told_in_the_past_was_on_the_last_such_weekday():
    """Thursday 16 April 2026: he arrived on the Tuesday just gone."""
    facts, _ = answered(
        "entry_date",
        "he arrived on Tuesday, he's at the farm already",
        "en",
        date(2026, 4, 16),
    )
    assert facts.entry_date == date(2026, 4, 14)


# --- a weekday of a named week is that week's day ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "filed"),
    [
        # Wednesday 8 April 2026: next week's Thursday is the 16th, not tomorrow the 9th
        ("de", "Termin bei der Gemeinde ist am Donnerstag nächste Woche", date(2026, 4, 16)),
        ("de", "Donnerstag nächster Woche", date(2026, 4, 16)),
        ("de", "nächste Woche am Donnerstag", date(2026, 4, 16)),
        ("en", "next week on Thursday", date(2026, 4, 16)),
        ("en", "on Thursday of next week", date(2026, 4, 16)),
        ("nl", "volgende week donderdag", date(2026, 4, 16)),
        ("nl", "donderdag volgende week", date(2026, 4, 16)),
        ("fr", "jeudi de la semaine prochaine", date(2026, 4, 16)),
        # last week's Tuesday is 31 March
        ("fr", "la semaine passée, le mardi", date(2026, 3, 31)),
        ("fr", "le mardi de la semaine passée", date(2026, 3, 31)),
        ("nl", "dinsdag van vorige week", date(2026, 3, 31)),
        ("de", "Dienstag vorige Woche", date(2026, 3, 31)),
        ("en", "the Tuesday of last week", date(2026, 3, 31)),
        # this week's Thursday is tomorrow
        ("en", "this week on Thursday", date(2026, 4, 9)),
        ("fr", "jeudi de cette semaine", date(2026, 4, 9)),
        ("nl", "deze week donderdag", date(2026, 4, 9)),
        ("de", "am Donnerstag dieser Woche", date(2026, 4, 9)),
        # the week two (three) weeks from now, and its day
        ("fr", "dans deux semaines, le lundi", date(2026, 4, 20)),
        ("de", "Montag in zwei Wochen", date(2026, 4, 20)),
        ("nl", "over twee weken op maandag", date(2026, 4, 20)),
        ("en", "in three weeks on Friday", date(2026, 5, 1)),
        # the Tuesday after the coming one (the 14th) is the 21st
        ("en", "Tuesday after next", date(2026, 4, 21)),
        ("en", "a week on Tuesday", date(2026, 4, 21)),
        ("de", "übernächsten Dienstag", date(2026, 4, 21)),
        ("nl", "dinsdag na volgende", date(2026, 4, 21)),
        # the week after next: its Monday is the 20th
        ("de", "am Montag in der übernächsten Woche", date(2026, 4, 20)),
    ],
)
def test_a_weekday_of_last_or_next_week(lang, text, filed):
    facts, _ = answered("filed_on", text, lang, date(2026, 4, 8))
    assert facts.filed_on == filed


@pytest.mark.parametrize(
    ("lang", "text", "today", "entry"),
    [
        # Wednesday 5 August 2026: the coming Monday is the 10th, "en huit" a week after it
        ("fr", "lundi en huit, il a déjà le billet", date(2026, 8, 5), date(2026, 8, 17)),
        ("fr", "lundi en quinze", date(2026, 8, 5), date(2026, 8, 24)),
        # said on a Monday, "lundi en huit" is a week from today
        ("fr", "lundi en huit", date(2026, 8, 3), date(2026, 8, 10)),
        ("fr", "demain en huit", date(2026, 8, 5), date(2026, 8, 13)),
        ("nl", "maandag over acht dagen", date(2026, 8, 5), date(2026, 8, 17)),
        ("de", "Montag in acht Tagen", date(2026, 8, 5), date(2026, 8, 17)),
        ("en", "Monday week", date(2026, 8, 5), date(2026, 8, 17)),
    ],
)
def test_a_weekday_and_eight_or_fifteen_days_after_it(lang, text, today, entry):
    abroad = Facts(nationality="MA", age=30, location="abroad")
    facts, _ = answered("entry_date", text, lang, today, abroad)
    assert facts.entry_date == entry


# --- a day of last, this or next month ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        # Wednesday 3 June 2026: last month is May
        ("de", "seit dem Ersten vom letzten Monat, bis Ende Oktober", date(2026, 5, 1)),
        ("fr", "depuis le 1er du mois passé jusqu'au 31 octobre", date(2026, 5, 1)),
        ("fr", "depuis le 20 du mois dernier jusqu'au 31 octobre", date(2026, 5, 20)),
        ("nl", "sinds den eersten van vorige maand tot eind oktober", date(2026, 5, 1)),
        ("en", "since the 1st of last month, until the end of October", date(2026, 5, 1)),
        ("en", "since the first of this month, until 31 October", date(2026, 6, 1)),
    ],
)
def test_a_current_stay_since_a_day_of_last_month(lang, text, start):
    facts, _ = answered("current_stay", text, lang, date(2026, 6, 3))
    assert facts.current_stay is not None
    assert (facts.current_stay.start, facts.current_stay.end) == (start, date(2026, 10, 31))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "le 1er du mois prochain"),
        ("de", "ab dem Ersten vom nächsten Monat, dann geht er gleich am ersten Tag"),
        ("de", "am 1. des nächsten Monats"),
        ("nl", "den eersten van volgende maand"),
        ("en", "the first of next month"),
    ],
)
def test_a_filing_on_the_first_of_next_month(lang, text):
    """Monday 16 November 2026: "am ersten Tag" counts a day, it is not a second date."""
    facts, _ = answered("filed_on", text, lang, date(2026, 11, 16))
    assert facts.filed_on == date(2026, 12, 1)


# --- a year said in words -----------------------------------------------------------------------

ABROAD = Facts(nationality="MA", age=30, location="abroad")


@pytest.mark.parametrize(
    ("lang", "text", "stays"),
    [
        (
            "en",
            "yes two times in twenty twenty three from the tenth of march to the eighth of june "
            "and in twenty twenty five from the first of april to the thirtieth of june",
            [(date(2023, 3, 10), date(2023, 6, 8)), (date(2025, 4, 1), date(2025, 6, 30))],
        ),
        (
            "en",
            "in two thousand twenty-three, from the first of july to the thirtieth of september",
            [(date(2023, 7, 1), date(2023, 9, 30))],
        ),
        (
            "fr",
            "en deux mille vingt-trois, du premier juillet au trente septembre",
            [(date(2023, 7, 1), date(2023, 9, 30))],
        ),
        (
            "nl",
            "ja tweeduizend drieëntwintig van een juli tot dertig september",
            [(date(2023, 7, 1), date(2023, 9, 30))],
        ),
        (
            "nl",
            "in twintig drieëntwintig, van een juli tot dertig september",
            [(date(2023, 7, 1), date(2023, 9, 30))],
        ),
        (
            "de",
            "zweitausenddreiundzwanzig vom ersten Juli bis dreißigsten September",
            [(date(2023, 7, 1), date(2023, 9, 30))],
        ),
        (
            "de",
            "zwanzig dreiundzwanzig vom ersten Juli bis dreißigsten September",
            [(date(2023, 7, 1), date(2023, 9, 30))],
        ),
    ],
)
def test_earlier_seasons_in_years_said_in_words(lang, text, stays):
    facts, _ = answered("previous_stays", text, lang, date(2026, 3, 19), ABROAD)
    assert [(s.start, s.end) for s in facts.previous_seasonal_stays] == stays


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "twee jaar geleden, van één juni tot eenendertig augustus"),
        ("en", "two years ago, from 1 June to 31 August"),
        ("fr", "il y a deux ans, du 1er juin au 31 août"),
        ("de", "vor zwei Jahren, vom 1. Juni bis 31. August"),
    ],
)
def test_a_season_some_years_ago_is_in_that_year(lang, text):
    """24 February 2026: "two years ago" names 2024, not 24 February 2024."""
    facts, _ = answered("previous_stays", text, lang, date(2026, 2, 24), ABROAD)
    periods = [(s.start, s.end) for s in facts.previous_seasonal_stays]
    assert periods == [(date(2024, 6, 1), date(2024, 8, 31))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "i was born on the third of march nineteen ninety five"),
        ("nl", "geboren op drie maart negentien vijfennegentig"),
        ("de", "geboren am dritten März neunzehnhundertfünfundneunzig"),
        ("fr", "né le trois mars mille neuf cent quatre-vingt-quinze"),
    ],
)
def test_a_birth_year_said_in_words(lang, text):
    """2 March 2027: born 3 March 1995, the worker is 31 until tomorrow."""
    facts, _ = answered("age", text, lang, date(2027, 3, 2), ABROAD)
    assert facts.age == 31


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [
        ("en", "he is twenty, twenty one next month", 20),
        ("en", "twenty", 20),
    ],
)
def test_two_ages_in_words_are_not_a_year(lang, text, age):
    facts, _ = answered("age", text, lang, date(2027, 3, 2), ABROAD)
    assert facts.age == age


# --- a hedged day is asked again, never guessed -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "wahrscheinlich Anfang nächster Woche, je nachdem wann die Gemeinde einen Termin hat",
        ),
        ("de", "Anfang nächster Woche"),
        ("de", "Ende nächster Woche"),
        ("de", "innerhalb von zwei Wochen"),
        ("de", "wahrscheinlich am 2. Oktober"),
        ("fr", "d'ici quinze jours, quand le contrat sera signé"),
        ("fr", "début de la semaine prochaine"),
        ("fr", "fin de cette semaine"),
        ("fr", "probablement le 2 octobre"),
        ("nl", "begin volgende week"),
        ("nl", "eind volgende week, als de afspraak doorgaat"),
        ("nl", "waarschijnlijk op 2 oktober"),
        ("en", "early next week"),
        ("en", "mid next week"),
        ("en", "within two weeks"),
        ("en", "probably on 2 October"),
    ],
)
def test_a_hedged_filing_day_is_asked_again(lang, text):
    facts, step = answered("filed_on", text, lang, date(2026, 9, 24))
    assert facts.filed_on is None
    vague = translator(lang, "interview")("error.date.vague")
    assert vague in [m.text for m in step.messages]


@pytest.mark.parametrize(
    ("lang", "text", "filed"),
    [
        # Thursday 24 September 2026: "normally" is the plan, not a hedge; "binnen twee weken"
        # is said of a day in Flanders ("in two weeks")
        ("fr", "normalement le 2 octobre", date(2026, 10, 2)),
        ("nl", "binnen twee weken", date(2026, 10, 8)),
        ("en", "the Monday of next week", date(2026, 9, 28)),
    ],
)
def test_a_plain_day_is_still_read(lang, text, filed):
    facts, _ = answered("filed_on", text, lang, date(2026, 9, 24))
    assert facts.filed_on == filed


def test_a_period_until_a_month_end_keeps_d_ici():
    """ "d'ici fin août" in a period is its end, not a hedge."""
    facts, _ = answered(
        "work", "à partir du lundi 1er juin d'ici fin août", "fr", date(2026, 3, 2), ABROAD
    )
    assert facts.work is not None
    assert (facts.work.start, facts.work.end) == (date(2026, 6, 1), date(2026, 8, 31))


@pytest.mark.parametrize(
    ("lang", "text", "filed"),
    [
        ("de", "heut no, i fahr am Nachmittag hin", date(2026, 4, 23)),
        ("en", "tomorow", date(2026, 4, 24)),
    ],
)
def test_today_and_tomorrow_as_people_type_them(lang, text, filed):
    facts, _ = answered("filed_on", text, lang, date(2026, 4, 23))
    assert facts.filed_on == filed


@pytest.mark.parametrize(
    ("lang", "text", "today", "work"),
    [
        (
            "fr",
            "de la mi-janvier à la mi-avril l'année prochaine, pour le forçage des chicons",
            date(2026, 11, 5),
            (date(2027, 1, 15), date(2027, 4, 15)),
        ),
        (
            "en",
            "next year from 1 March to 31 May",
            date(2026, 12, 2),
            (date(2027, 3, 1), date(2027, 5, 31)),
        ),
        (
            "de",
            "fünfzehnter vierter bis dreißigster neunter",
            date(2026, 1, 20),
            (date(2026, 4, 15), date(2026, 9, 30)),
        ),
    ],
)
def test_planned_work_said_with_next_year_or_dictated_in_ordinals(lang, text, today, work):
    facts, _ = answered("work", text, lang, today, ABROAD)
    assert facts.work is not None
    assert (facts.work.start, facts.work.end) == work


def test_next_year_alone_is_not_the_first_of_january():
    abroad = Facts(nationality="MA", age=30, location="abroad")
    facts, _ = answered("entry_date", "next year", "en", date(2026, 12, 2), abroad)
    assert facts.entry_date is None


@pytest.mark.parametrize(
    ("lang", "text", "today", "filed"),
    [
        ("de", "am 3. – nein, am 4., der 3. war ja ein Sonntag", date(2026, 5, 10), 4),
        ("fr", "le 4 mai, c'était un lundi", date(2026, 5, 10), 4),
        ("en", "on 4 May, it was a Monday", date(2026, 5, 10), 4),
    ],
)
def test_a_weekday_after_a_or_ein_is_a_kind_of_day_not_a_date(lang, text, today, filed):
    facts, _ = answered("filed_on", text, lang, today)
    assert facts.filed_on == date(2026, 5, filed)
