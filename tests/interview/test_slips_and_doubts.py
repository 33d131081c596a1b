"""Slips and doubts in what people type: a weekday that is not the date's, "not that I know
of" for earlier stays, "in Belgium since" (where someone is, not the day they came in), a
correction that keeps the year said before it. Each is read as a careful clerk would: what is
sure is taken, what is not is asked back. Every weekday here was computed, not guessed."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Interview
from assistant.engine.state import Facts
from i18n import translator

from .conftest import answered_at

ABROAD = Facts(nationality="MA", age=30, location="abroad")
ON_ANNEX_3 = Facts(nationality="MA", age=30, location="belgium", status="seasonal_short_stay")


def answered(question: str, text: str, lang: str, today: date, facts: Facts):
    """The facts after ``text`` at ``question``, and what the interview said back."""
    facts, step = answered_at(question, text, lang, today, facts)
    return facts, [m.text for m in step.messages]


# --- a weekday that is not the date's is asked back ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # 13 May 2026 is a Wednesday, 7 April 2026 a Tuesday
        ("fr", "mardi 13 mai"),
        ("fr", "il arrive le lundi 13 mai"),
        ("nl", "maandag 7 april"),
        ("de", "am Mo. 7.4."),
        ("de", "Montag, den 7. April"),
        ("en", "Monday 7 April"),
        ("en", "he lands on Tue, 13 May 2026"),
    ],
)
def test_a_weekday_that_is_not_the_dates_is_asked_back(lang, text):
    facts, said = answered("entry_date", text, lang, date(2026, 4, 2), ABROAD)
    assert facts.entry_date is None
    message = translator(lang, "interview")("error.date.wrong_weekday", text="|")
    assert any(message.split("|")[1] in m for m in said)


@pytest.mark.parametrize(
    ("lang", "text", "entry"),
    [
        ("fr", "mercredi 13 mai", date(2026, 5, 13)),
        ("nl", "dinsdag 7 april", date(2026, 4, 7)),
        ("de", "am Di. 7.4.", date(2026, 4, 7)),
        ("en", "Tuesday, the 7th of April", date(2026, 4, 7)),
    ],
)
def test_a_weekday_that_is_the_dates_is_read(lang, text, entry):
    facts, _ = answered("entry_date", text, lang, date(2026, 4, 2), ABROAD)
    assert facts.entry_date == entry


def test_last_friday_with_its_date_is_read():
    facts, _ = answered(
        "entry_date", "afgelopen vrijdag, 27 maart", "nl", date(2026, 4, 2), ON_ANNEX_3
    )
    assert facts.entry_date == date(2026, 3, 27)


def test_a_period_whose_start_is_on_another_weekday_is_asked_back():
    facts, _ = answered(
        "work", "vanaf maandag 7 april tot eind juni", "nl", date(2026, 3, 5), ABROAD
    )
    assert facts.work is None


def test_a_period_with_the_right_weekdays_is_read():
    facts, _ = answered("work", "Mon 6 April to Fri 26 June", "en", date(2026, 3, 5), ABROAD)
    assert facts.work is not None
    assert (facts.work.start, facts.work.end) == (date(2026, 4, 6), date(2026, 6, 26))


# --- "not that I know of" is not "no" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "no not that i know of"),
        ("en", "not as far as I know"),
        ("fr", "pas que je sache"),
        ("fr", "pas à ma connaissance"),
        ("nl", "nee nie dat ik weet"),
        ("nl", "niet voor zover ik weet"),
        ("de", "nicht dass ich wüsste"),
        ("de", "meines Wissens nicht"),
    ],
)
def test_not_that_i_know_of_is_not_known_never_no(lang, text):
    facts, _ = answered("previous_stays", text, lang, date(2026, 4, 22), ABROAD)
    assert facts.previous_seasonal_stays is None


# --- "in Belgium since" says where someone is, not the day they came in ---------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "in Belgium since 2/5 till 30/7"),
        ("de", "ist seit 3. März in Belgien, Anlage 3 bis 31. Mai"),
        ("en", "here since 1 May with the D visa, valid until 31 October"),
    ],
)
def test_in_belgium_since_gives_the_stay_not_the_entry(lang, text):
    facts, _ = answered("current_stay", text, lang, date(2026, 5, 20), ON_ANNEX_3)
    assert facts.current_stay is not None
    assert facts.entry_date is None


def test_arrived_on_gives_the_entry():
    text = "arrived on 2 May, annex 3 until 30 July"
    facts, _ = answered("current_stay", text, "en", date(2026, 5, 20), ON_ANNEX_3)
    assert facts.entry_date == date(2026, 5, 2)


# --- a correction keeps what was said before the corrected dates ------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "stay"),
    [
        (
            "fr",
            "en 2024 de juin à... non, de juillet à septembre. Du 1er juillet au 30 septembre",
            (date(2024, 7, 1), date(2024, 9, 30)),
        ),
        (
            "de",
            "2024 von juni... nee, war 2023, 1.6. bis 31.8.",
            (date(2023, 6, 1), date(2023, 8, 31)),
        ),
        (
            "en",
            "in 2024 from June... sorry, from 1 July to 30 September",
            (date(2024, 7, 1), date(2024, 9, 30)),
        ),
    ],
)
def test_a_corrected_stay_keeps_the_year_said_before_it(lang, text, stay):
    facts, _ = answered("previous_stays", text, lang, date(2026, 5, 21), ABROAD)
    assert [(p.start, p.end) for p in facts.previous_seasonal_stays or []] == [stay]


# --- several workers in one answer ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "question", "text"),
    [
        ("de", "nationality", "die zwei Brüder sind Tunesier, der dritte kommt aus Algerien"),
        ("fr", "nationality", "on a 2 ouvriers, un marocain de 30 ans et un tunisien de 45 ans"),
        ("nl", "age", "de broers zijn 19 en 23, ze komen allebei op 1 april"),
        (
            "de",
            "previous_stays",
            "der ältere war letztes Jahr schon da, 1.6. bis 31.8., der jüngere noch nie",
        ),
        ("en", "previous_stays", "3 Nepali workers, 2 are first timers, one was here in 2024"),
    ],
)
def test_several_workers_whose_facts_differ_are_asked_which_one(lang, question, text):
    interview = Interview.start(lang=lang, today=date(2026, 3, 2), role="employer")  # type: ignore[arg-type]
    interview.state.facts = ABROAD.model_copy(update={"nationality": None, "age": None})
    interview.state.answered = ["role"]
    interview.state.reopened = question
    step = interview.answer(text)
    assert interview.state.facts.nationality is None
    assert interview.state.facts.age is None
    assert interview.state.facts.previous_seasonal_stays is None
    message = translator(lang, "interview")("error.several_workers")
    assert message in [m.text for m in step.messages]


@pytest.mark.parametrize(
    ("lang", "text", "nationality"),
    [
        ("nl", "2 Oekraïense seizoenarbeiders, ze zitten nog in Lviv", "UA"),
        ("en", "Two Moldovan brothers, this file is for the younger one, Ion, he's 20", "MD"),
        ("de", "Wir haben drei Saisonarbeiter aus Marokko, hier geht es um den jüngsten", "MA"),
    ],
)
def test_several_workers_alike_or_one_named_are_one_case(lang, text, nationality):
    interview = Interview.start(lang=lang, today=date(2026, 3, 2), role="employer")  # type: ignore[arg-type]
    interview.state.answered = ["role"]
    interview.answer(text)
    assert interview.state.facts.nationality == nationality


# --- a choice number and words that say otherwise ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        (
            "de",
            "2 sorry vertippt, ich bin ned der Arbeitgeber, bin von der Gewerkschaft",
            "helpdesk",
        ),
        ("fr", "1 jcrois.. ah non attendez c pas moi qui travaille, j aide mon cousin", "helpdesk"),
        ("nl", "1 denk ik? ik ben zijn broer, ik help hem ff met de papieren", "helpdesk"),
        ("en", "2, I run the farm", "employer"),
    ],
)
def test_words_that_take_a_choice_number_back_are_read(lang, text, role):
    interview = Interview.start(lang=lang, today=date(2026, 3, 2))  # type: ignore[arg-type]
    interview.change("role")
    interview.answer(text)
    assert interview.state.role == role


def test_a_number_and_words_that_disagree_without_a_doubt_are_asked_back():
    interview = Interview.start(lang="en", today=date(2026, 3, 2))  # type: ignore[arg-type]
    interview.change("role")
    interview.answer("2 - im helping my neighbour fill this in, he is the one who will work")
    assert interview.state.role is None


def test_a_location_number_taken_back_gives_way_to_the_words():
    facts, _ = answered(
        "location",
        "2, ach nee, er hat ja jetzt die Anlage 6 bekommen",
        "de",
        date(2027, 4, 8),
        Facts(),
    )
    assert (facts.location, facts.status) == ("belgium", "seasonal_long_stay")


# --- a pasted mail or chat: its headers and stamps give no fact -------------------------------


def test_a_mail_header_gives_no_fact_and_tomorrow_counts_from_the_day_it_was_sent():
    text = (
        "Von: Hof Lambertz\nGesendet: Montag, 4. Mai 2026 10:12\nBetreff: AW: Einreise Hassan\n\n"
        "Hallo, Hassan kommt morgen mit dem Flixbus an. Gruß R. Lambertz"
    )
    facts, _ = answered("entry_date", text, "de", date(2026, 5, 6), ABROAD)
    assert facts.entry_date == date(2026, 5, 5)


def test_a_subject_line_and_a_chat_stamp_are_not_facts():
    interview = Interview.start(lang="en", today=date(2026, 6, 30), opening=True)  # type: ignore[arg-type]
    interview.answer(
        "Re: Re: seasonal permit\n[14:02, 29/6/2026] Ahmed: he arrives on the 10th\n"
        "^ that's from our foreman. The worker is Egyptian."
    )
    facts = interview.state.facts
    assert facts.location is None  # "seasonal permit" was the mail's subject
    assert facts.nationality == "EG"
    assert facts.entry_date == date(2026, 7, 10)


def test_chat_lines_give_their_messages_not_their_stamps():
    interview = Interview.start(lang="nl", today=date(2026, 5, 4), opening=True)  # type: ignore[arg-type]
    interview.answer(
        "ik ben van het CAW, de werkgever stuurde me dit over onze cliënt (Ghanees):\n"
        "[14:02, 3/5/2026] Ahmed Boer: hij komt de 10de aan in brussel\n"
        "[14:03, 3/5/2026] Ahmed Boer: werken van 11 mei tot 31 juli"
    )
    work = interview.state.facts.work
    assert work is not None
    assert (work.start, work.end) == (date(2026, 5, 11), date(2026, 7, 31))


# --- "no, apart from…" and ages said twice -------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "no, apart from a week in Paris at Easter"),
        ("fr", "non, à part une semaine à Paris à Pâques chez sa tante"),
        ("nl", "nee, behalve een weekje bij zijn zus in Duitsland"),
        ("de", "nein, außer einer Woche Urlaub in Frankreich"),
    ],
)
def test_no_apart_from_a_visit_without_its_dates_asks_for_them(lang, text):
    facts, _ = answered("previous_stays", text, lang, date(2026, 5, 10), ABROAD)
    assert facts.previous_seasonal_stays is None
    assert facts.previous_schengen_stays is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "il a 28 ans non 29 pardon"), ("nl", "hij is 28 jaar nee 29"), ("de", "28 nein 29")],
)
def test_an_age_corrected_on_the_spot_is_the_second(lang, text):
    facts, _ = answered(
        "age", text, lang, date(2026, 5, 10), ABROAD.model_copy(update={"age": None})
    )
    assert facts.age == 29


def test_an_age_and_a_date_of_birth_that_disagree_leave_the_age_to_ask():
    interview = Interview.start(lang="nl", today=date(2026, 5, 1), opening=True)  # type: ignore[arg-type]
    interview.answer("Onze Senegalese arbeider, hij is 30, geboren 4/2/1990, zit nog in Dakar")
    assert interview.state.facts.nationality == "SN"
    assert interview.state.facts.age is None


# --- "next month" is a month; "from next month" its first day ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "coming next month"),
        ("fr", "il vient le mois prochain"),
        ("de", "kommt nächsten Monat"),
    ],
)
def test_an_arrival_next_month_names_no_day(lang, text):
    facts, _ = answered("entry_date", text, lang, date(2026, 9, 2), ABROAD)
    assert facts.entry_date is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "from next month"), ("nl", "vanaf volgende maand"), ("de", "ab nächsten Monat")],
)
def test_from_next_month_is_its_first_day(lang, text):
    facts, _ = answered("entry_date", text, lang, date(2026, 9, 2), ABROAD)
    assert facts.entry_date == date(2026, 10, 1)


def test_turning_30_next_month_is_29_now():
    facts, _ = answered(
        "age",
        "She turns 30 next month",
        "en",
        date(2026, 10, 8),
        ABROAD.model_copy(update={"age": None}),
    )
    assert facts.age == 29


# --- dates written month first, and places said of someone else ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i visited my friend in Netherlands Dec 10-24 2025",
        "a visit to my friend in the Netherlands, December 10 to 24, 2025",
    ],
)
def test_a_range_written_month_first_is_one_visit(text):
    facts, _ = answered("previous_stays", text, "en", date(2026, 1, 30), ABROAD)
    assert [(p.start, p.end) for p in facts.previous_schengen_stays or []] == [
        (date(2025, 12, 10), date(2025, 12, 24))
    ]


def test_a_year_after_a_month_first_range_is_that_ranges():
    text = (
        "Worked in Belgium in 2023 (June-Sept) and i visited my friend in Netherlands "
        "Dec 10-24 2025"
    )
    facts, _ = answered("previous_stays", text, "en", date(2026, 1, 30), ABROAD)
    assert [(p.start, p.end) for p in facts.previous_seasonal_stays or []] == [
        (date(2023, 6, 1), date(2023, 9, 30))
    ]


def test_the_country_where_the_workers_kids_are_is_not_where_the_worker_is():
    interview = Interview.start(lang="en", today=date(2026, 5, 29), opening=True)  # type: ignore[arg-type]
    interview.answer(
        "CAW helpdesk here. Client is Bolivian, 3 kids back in Bolivia, she is in Belgium on a "
        "student permit (A card) and wants a summer job on a farm"
    )
    facts = interview.state.facts
    assert (facts.location, facts.status) == ("belgium", "other")


# --- what an opening carries besides its facts: phones, titles, labels, relatives ---------------


def told(text: str, lang: str, today: date) -> Facts:
    interview = Interview.start(lang=lang, today=today, opening=True)  # type: ignore[arg-type]
    interview.answer(text)
    return interview.state.facts


def test_a_phone_number_is_no_date_and_hides_none():
    facts = told(
        "Ferme Lemaire, chaussée de Louvain 250, 1300 Wavre - 0478/45.67.89. On prend un gars "
        "du Népal cette année, 24 ans, pour les asperges, du 2 avril au 30 juin 2027.",
        "fr",
        date(2027, 1, 14),
    )
    assert facts.work is not None
    assert (facts.work.start, facts.work.end) == (date(2027, 4, 2), date(2027, 6, 30))


@pytest.mark.parametrize(
    ("lang", "text", "nationality"),
    [
        ("de", "unser Saisonarbeiter Herr Oumarou (Niger), geb. 12.06.1990", "NE"),
        ("de", "Anrufer: Hr. Diallo, Guinea, 24 J.", "GN"),
        ("de", "Kl. (m), 31 J., StA Ägypten, z. Zt. in Ägypten", "EG"),
        ("en", "Our seasonal worker Mr. Rahimov (Uzbekistan, 33 y.) arrives in April", "UZ"),
    ],
)
def test_a_country_beside_a_title_and_name_is_the_nationality(lang, text, nationality):
    assert told(text, lang, date(2026, 3, 1)).nationality == nationality


def test_symbols_used_as_labels_are_read_as_their_words():
    facts = told(
        "🇸🇳 senegalais\n🎂 24/10/1999\n🍓 travail 15 avril - 15 juillet\n✈️ arrivee 13 avril",
        "fr",
        date(2027, 2, 9),
    )
    assert facts.age == 27
    assert facts.entry_date == date(2027, 4, 13)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Kolumbianer, 33, noch in Bogota. War weder in Belgien noch sonstwo in Europa."),
        ("en", "Indian national, 31 yrs, presently in Punjab. This is my first time going abroad."),
    ],
)
def test_never_abroad_before_is_no_earlier_stay(lang, text):
    facts = told(text, lang, date(2026, 3, 3))
    assert facts.previous_seasonal_stays is not None and not facts.previous_seasonal_stays
    assert facts.previous_schengen_stays is not None and not facts.previous_schengen_stays


def test_the_age_of_a_relative_is_not_the_workers():
    facts = told(
        "Eine Frau aus Kenia, sie ist 36, ihr Mann ist 40 (der kommt aber nicht mit arbeiten).",
        "de",
        date(2026, 5, 13),
    )
    assert facts.age == 36


def test_a_plane_ticket_for_a_day_is_the_arrival():
    facts = told(
        "Je suis malien, 38 ans, à Bamako. Cette année c'est du 8 juin au 5 septembre, "
        "le billet d'avion c'est pour le 6 juin.",
        "fr",
        date(2026, 4, 21),
    )
    assert facts.entry_date == date(2026, 6, 6)


# --- feasts, expired papers, ages said with the birthday to come --------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "today", "entry"),
    [
        # Easter Monday: 6 April 2026, 29 March 2027 (the holidays library's dates)
        ("fr", "le lundi de Pâques", date(2027, 2, 1), date(2027, 3, 29)),
        ("nl", "op paasmaandag", date(2026, 3, 1), date(2026, 4, 6)),
        ("de", "am Ostermontag", date(2026, 3, 1), date(2026, 4, 6)),
        ("en", "the Monday after Easter", date(2026, 3, 1), date(2026, 4, 6)),
    ],
)
def test_a_feast_said_as_a_day_is_that_day(lang, text, today, entry):
    facts, _ = answered("entry_date", text, lang, today, ABROAD)
    assert facts.entry_date == entry


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "sometime after Easter"),
        ("nl", "na nieuwjaar, de eerste werkdag"),
        ("fr", "vers Noël"),
    ],
)
def test_around_a_feast_is_no_day(lang, text):
    facts, _ = answered("entry_date", text, lang, date(2026, 12, 1), ABROAD)
    assert facts.entry_date is None


def test_a_feast_beside_its_date_is_only_its_name():
    facts, _ = answered(
        "entry_date",
        "Am 6. April, Ostermontag, kommt er mit dem Bus.",
        "de",
        date(2026, 3, 16),
        ABROAD,
    )
    assert facts.entry_date == date(2026, 4, 6)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "in belgium still at the farm. his annex 3 expired last week"),
        ("fr", "en belgique mais son annexe 3 a expiré le 5 juillet"),
        ("nl", "hij is in belgie, met een bijlage 3, maar die is vorige week vervallen"),
        ("de", "In Belgien, aber seine Anlage 3 ist am 10. abgelaufen"),
    ],
)
def test_an_expired_annex_3_is_no_seasonal_stay(lang, text):
    facts, _ = answered("location", text, lang, date(2026, 7, 21), Facts(nationality="MA"))
    assert facts.status != "seasonal_short_stay"


@pytest.mark.parametrize(
    ("lang", "text", "today", "age"),
    [
        ("fr", "né en 92", date(2026, 12, 31), 34),
        ("de", "Jahrgang 98, Geburtstag war im März", date(2026, 6, 30), 28),
        ("en", "18 next week!!", date(2026, 6, 9), 17),
        ("fr", "30 ans le 3 mai", date(2027, 4, 10), 29),
    ],
)
def test_a_birth_year_or_a_birthday_to_come(lang, text, today, age):
    facts, _ = answered("age", text, lang, today, ABROAD.model_copy(update={"age": None}))
    assert facts.age == age


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "wir haben es am Montag per Mail an die Gemeinde geschickt"),
        ("nl", "we hebben het maandag doorgemaild naar de dienst vreemdelingen"),
        ("fr", "on l'a envoyée par e-mail lundi au service étrangers"),
    ],
)
def test_a_request_sent_on_monday_was_sent_last_monday(lang, text):
    facts, _ = answered("filed_on", text, lang, date(2026, 4, 16), ON_ANNEX_3)
    assert facts.filed_on == date(2026, 4, 13)


# --- weeks by their number, the first fortnight of a month, a country's new name ---------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "KW 14 bis KW 26"),
        ("nl", "week 14 tot 26"),
        ("en", "weeks 14-26 of 2026"),
    ],
)
def test_calendar_weeks_run_from_monday_to_sunday(lang, text):
    facts, _ = answered("work", text, lang, date(2026, 2, 11), ABROAD)
    assert facts.work is not None
    assert (facts.work.start, facts.work.end) == (date(2026, 3, 30), date(2026, 6, 28))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "die ersten zwei Wochen im Juli, komme am 30. Juni"),
        ("en", "the first two weeks of July, she is arriving June 30"),
        ("nl", "de eerste twee weken van juli, ik kom de 30e juni aan"),
    ],
)
def test_the_first_two_weeks_of_a_month_are_its_1st_to_14th(lang, text):
    facts, _ = answered("work", text, lang, date(2026, 5, 12), ABROAD)
    assert facts.work is not None
    assert (facts.work.start, facts.work.end) == (date(2026, 7, 1), date(2026, 7, 14))


@pytest.mark.parametrize(
    ("lang", "text"), [("nl", "ik word volgende week 40"), ("de", "bin letzte Woche 45 geworden")]
)
def test_an_age_said_with_a_week_is_no_calendar_week(lang, text):
    facts, _ = answered(
        "age", text, lang, date(2026, 11, 19), ABROAD.model_copy(update={"age": None})
    )
    assert facts.age in (39, 45)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Swaziland (now they call Eswatini)"), ("de", "Burma. heißt jetzt Myanmar oder?")],
)
def test_a_countrys_new_name_says_nothing_of_where_the_worker_is(lang, text):
    facts, _ = answered("nationality", text, lang, date(2026, 10, 2), Facts())
    assert facts.nationality in ("SZ", "MM")
    assert facts.location is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "van week 15 tot en met week 26"), ("fr", "de la semaine 15 à la semaine 26")],
)
def test_a_range_of_weeks_said_with_its_articles(lang, text):
    facts, _ = answered("work", text, lang, date(2026, 1, 20), ABROAD)
    assert facts.work is not None
    assert (facts.work.start, facts.work.end) == (date(2026, 4, 6), date(2026, 6, 28))


def test_in_his_thirties_is_no_age():
    facts = told(
        "het gaat over een man uit Algerije, in de dertig, hij woont in Tindouf",
        "nl",
        date(2026, 2, 5),
    )
    assert facts.age is None


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        (
            "en",
            "contract signed by us, not yet by him. medical is done.",
            ["medical_certificate"],
        ),
        (
            "nl",
            "kopie paspoort hebben we. het contract is door ons getekend, nog niet door hem.",
            ["passport"],
        ),
        (
            "fr",
            "il a son passeport. Le logement c'est chez nous, la caravane de la ferme",
            ["passport"],
        ),
        (
            "de",
            "Pass hat er. Wohnen tut er bei uns, im Wohnwagen vom Hof",
            ["passport"],
        ),
    ],
)
def test_a_paper_still_to_sign_or_a_home_without_a_paper_is_not_held(lang, text, held):
    facts, _ = answered(
        "documents", text, lang, date(2026, 2, 1), ABROAD.model_copy(update={"work": None})
    )
    assert sorted(facts.documents or []) == held


def test_all_as_copies_speaks_of_the_papers_just_listed():
    facts, said = answered(
        "documents",
        "Pass, Arbeitserlaubnis, Anlage 3, alles als Kopie, Versicherung hat er auch.",
        "de",
        date(2026, 6, 3),
        ON_ANNEX_3,
    )
    assert sorted(facts.documents or []) == [
        "annex_3",
        "health_insurance",
        "passport",
        "work_permit",
    ]
    assert not any("kopie" in m.lower() for m in said)


def test_an_age_said_in_an_opening_with_its_birthday_to_come():
    facts = told(
        "je suis nepalais, j'habite a Barcelone avec la tarjeta de residencia. 30 ans le 3 mai.",
        "fr",
        date(2027, 4, 10),
    )
    assert facts.age == 29


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "bin in holland bei meinem bruder, mit touristen visum"),
        ("fr", "aux Pays-Bas chez ma tante a Rotterdam, visa touriste, apres je rentre au Maroc"),
    ],
)
def test_a_visit_in_another_eu_country_is_abroad(lang, text):
    facts, _ = answered("location", text, lang, date(2026, 5, 19), Facts(nationality="MA"))
    assert facts.location == "abroad"


@pytest.mark.parametrize(
    ("lang", "text", "nationality"),
    [("en", "from Kyiv", "UA"), ("nl", "uit Rabat", "MA"), ("fr", "il vient de Kyiv", "UA")],
)
def test_the_city_someone_comes_from_is_said_back_as_the_nationality(lang, text, nationality):
    facts, _ = answered("nationality", text, lang, date(2026, 5, 5), Facts())
    assert facts.nationality == nationality


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "gleich nach dem Wochenende"),
        ("en", "right after the weekend"),
        ("nl", "direct na het weekend"),
        ("fr", "juste après le weekend"),
    ],
)
def test_right_after_the_weekend_is_the_coming_monday(lang, text):
    facts, _ = answered("entry_date", text, lang, date(2026, 7, 9), ABROAD)  # a Thursday
    assert facts.entry_date == date(2026, 7, 13)


@pytest.mark.parametrize(
    ("lang", "text", "today", "entry"),
    [
        (
            "en",
            "He lands in Schiphol on 3 June and takes the train to Belgium the next day",
            date(2026, 6, 1),
            date(2026, 6, 4),
        ),
        (
            "de",
            "er landet am 2.4. in Düsseldorf, am Tag danach fährt ihn sein Cousin rüber",
            date(2026, 3, 20),
            date(2026, 4, 3),
        ),
        (
            "nl",
            "hij landt op 31 maart op Schiphol en de dag erna brengt een busje hem naar hier",
            date(2026, 3, 18),
            date(2026, 4, 1),
        ),
    ],
)
def test_landed_elsewhere_and_in_belgium_the_next_day(lang, text, today, entry):
    facts, _ = answered("entry_date", text, lang, today, ABROAD)
    assert facts.entry_date == entry


def test_landing_and_starting_work_the_next_day_never_moves_the_entry():
    facts, _ = answered(
        "entry_date",
        "he lands on 3 June and starts work the next day",
        "en",
        date(2026, 6, 1),
        ABROAD,
    )
    assert facts.entry_date in (None, date(2026, 6, 3))  # the next day is the work's
