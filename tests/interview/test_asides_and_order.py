"""What people add around the facts, and dates whose order or month is not sure: amounts, times
and hours are never facts; a year said of a brother is not the worker's; a run of years after a
period is each of those seasons; an English "5/4 to 6/7" may be day first or month first; "from
the 2nd" after a date in another month may be either month; two passports are asked about. Each
is read as a careful clerk would: what is sure is taken, what is not is asked back."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine.state import Facts
from i18n import translator
from rules.models import Period

from .conftest import answered_at

ABROAD = Facts(nationality="MA", age=30, location="abroad")
NO_NATIONALITY = Facts(location="abroad")
TODAY = date(2026, 3, 12)


def answered(question: str, text: str, lang: str, facts: Facts = ABROAD, today: date = TODAY):
    facts, step = answered_at(question, text, lang, today, facts)
    return facts, [m.text for m in step.messages]


def asked(lang: str, key: str, said: list[str]) -> bool:
    """Whether the message of ``key`` (its words before any placeholder) was said."""
    message = translator(lang, "interview")(key, text="|")
    return any(message.split("|")[-1][:25] in m for m in said)


# --- numbers that are not facts --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [
        ("de", "Unser Arbeiter (Mykola, 46), 38 Std./Woche, 14,20 € brutto", 46),
        ("nl", "hij is 41, verdient € 11,50 per uur, begint om 8u", 41),
        ("fr", "il a 33 ans, commence à 14h30, 40 heures par semaine", 33),
        ("en", "He is from Ukraine (Lviv region), 12 years experience, he is 52", 52),
    ],
)
def test_amounts_times_and_hours_are_no_age(lang, text, age):
    facts, _ = answered("age", text, lang)
    assert facts.age == age


def test_years_of_experience_are_no_age():
    facts, _ = answered("nationality", "from Ukraine, 12 years experience in orchards", "en")
    assert facts.nationality == "UA"
    assert facts.age == 30  # as it was


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "né le 15.V.1990"),
        ("nl", "geboren op 15.V.1990"),
        ("de", "geb. 15.V.1990"),
    ],
)
def test_a_month_in_roman_numerals(lang, text):
    facts, _ = answered("age", text, lang)
    assert facts.age == 35


# --- years and people -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We had him in 2025 from 1 April to 15 July, his brother came in 2024."),
        ("de", "2025 hatten wir ihn vom 1. April bis 15. Juli, sein Bruder war 2024 da"),
        ("fr", "On l'a eu en 2025 du 1er avril au 15 juillet. Son frère est venu en 2024."),
        ("nl", "We hadden hem in 2025 van 1 april tot 15 juli. Zijn broer kwam in 2024."),
    ],
)
def test_a_year_said_of_a_brother_is_not_the_workers(lang, text):
    facts, _ = answered("previous_stays", text, lang)
    assert list(facts.previous_seasonal_stays or []) == [
        Period(start=date(2025, 4, 1), end=date(2025, 7, 15))
    ]
    assert not facts.previous_schengen_stays


def test_a_run_of_years_after_a_period_is_each_of_those_seasons():
    text = "every year from 1 May to 31 August, 2022 2023 2024 2025"
    facts, _ = answered("previous_stays", text, "en")
    assert list(facts.previous_seasonal_stays or []) == [
        Period(start=date(year, 5, 1), end=date(year, 8, 31)) for year in (2022, 2023, 2024, 2025)
    ]


# --- the order of day and month, the month of a bare day ---------------------------------------


@pytest.mark.parametrize("text", ["5/4 to 6/7", "from 4/5 till 7/8"])
def test_an_english_period_that_reads_either_way_is_asked(text):
    facts, said = answered("work", text, "en")
    assert facts.work is None
    assert asked("en", "error.date.day_or_month_first", said)


@pytest.mark.parametrize(
    ("lang", "text", "work"),
    [
        ("en", "12/4 -> 10/7", (date(2026, 4, 12), date(2026, 7, 10))),  # 12/4 is no month
        ("en", "5/4 to 16/7", (date(2026, 4, 5), date(2026, 7, 16))),  # 16 settles it
        ("fr", "5/4 au 6/7", (date(2026, 4, 5), date(2026, 7, 6))),  # day first in French
    ],
)
def test_a_period_whose_order_is_settled_is_read(lang, text, work):
    facts, _ = answered("work", text, lang)
    assert facts.work == Period(start=work[0], end=work[1])


def test_a_first_day_with_no_month_after_another_month_is_asked():
    text = "His flight lands on 1 April, and he works for us from the 2nd until 30 June."
    facts, said = answered("work", text, "en")
    assert facts.work is None
    assert asked("en", "error.date.which_month", said)


def test_a_day_after_a_month_named_alone_is_in_that_month():
    text = "he came in feb, on the 16th. allowed till the 16th of may"
    on_annex_3 = Facts(nationality="MA", age=30, location="belgium", status="seasonal_short_stay")
    facts, _ = answered("current_stay", text, "en", on_annex_3, date(2026, 3, 18))
    assert facts.current_stay == Period(start=date(2026, 2, 16), end=date(2026, 5, 16))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Si le visa arrive à temps à partir du 1er mai, sinon le 15 mai, jusqu'au 31 août"),
        ("de", "Anfang: Mitte bis Ende April, je nach Wetter. Ende: 30. Juni."),
        ("en", "from mid to end April until 30 June"),
    ],
)
def test_a_start_not_settled_is_asked(lang, text):
    facts, _ = answered("work", text, lang)
    assert facts.work is None


def test_arrived_months_ago_gives_no_day():
    facts, _ = answered("entry_date", "he arrived 2 months ago", "en")
    assert facts.entry_date is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "comme mon collègue vous l'a dit ce matin au téléphone"),
        ("de", "wie ich gestern am Telefon gesagt habe"),
    ],
)
def test_when_someone_told_is_no_day_of_the_case(lang, text):
    facts, _ = answered("entry_date", text, lang)
    assert facts.entry_date is None


def test_a_day_still_to_come_after_said_is_the_day():
    facts, _ = answered("entry_date", "he said he arrives tomorrow", "en")
    assert facts.entry_date == date(2026, 3, 13)


# --- nationality ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "weiss net genau, er hat zwei Pässe, Türkei und Bulgarien glaub ich"),
        ("en", "born in Kosovo but passport is Serbian. also have Kosovo ID card"),
        ("fr", "il a la double nationalité, tunisienne et algérienne"),
    ],
)
def test_two_nationalities_ask_which_passport(lang, text):
    facts, said = answered("nationality", text, lang, NO_NATIONALITY)
    assert facts.nationality is None
    assert asked(lang, "error.country.which_passport", said)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("de", "Er kommt aus Mexiko, spricht kaum Deutsch nur Spanisch", "MX"),
        ("en", "Peruvian, speaks Spanish and a bit of English", "PE"),
        ("de", "De Maa isch us Eritrea, 30-jährig", "ER"),
        ("nl", "nen Turk, ze zeggen nu Türkiye geloof ik", "TR"),
    ],
)
def test_languages_and_new_names_are_not_other_countries(lang, text, code):
    facts, _ = answered("nationality", text, lang, NO_NATIONALITY)
    assert facts.nationality == code
    assert facts.location == "abroad"  # as it was: "nu Türkiye" is no place


def test_a_country_name_in_another_language_is_no_nationality_word():
    facts, _ = answered("opening", "Er het en Job in Belgie vom 1. Mai bis 31. Juli", "de", Facts())
    assert facts.nationality is None


# --- documents, roles, greetings ----------------------------------------------------------------

BEYOND_90 = Facts(
    nationality="UA",
    age=30,
    location="belgium",
    status="seasonal_short_stay",
    current_stay=Period(start=date(2026, 4, 1), end=date(2026, 6, 29)),
    work=Period(start=date(2026, 6, 30), end=date(2026, 9, 30)),
)


def test_a_date_among_the_papers_names_no_annex():
    text = "passport and contract. Fee paid on 3/6."
    facts, _ = answered("documents", text, "en", BEYOND_90, date(2026, 6, 9))
    assert set(facts.documents or []) == {"passport", "employment_contract", "fee_payment"}


def test_papers_there_close_their_part_of_an_unpunctuated_list():
    text = "PASPOORT EN CONTRACT ZIJN ER DE VERZEKERING EN DE HUUR NOG NIET"
    facts, _ = answered("documents", text, "nl", BEYOND_90, date(2026, 6, 9))
    assert set(facts.documents or []) == {"passport", "employment_contract"}


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        (
            "en",
            "I'm his daughter and I do all the paperwork for the farm so put employer",
            "employer",
        ),
        ("nl", "Uitzendkantoor, wij zijn de juridische werkgever van de arbeider", "employer"),
    ],
)
def test_a_role_said_as_the_choice_or_as_the_legal_employer(lang, text, role):
    from assistant.engine import Interview

    interview = Interview.start(lang=lang, today=TODAY)  # type: ignore[arg-type]
    interview.answer(text)
    assert interview.state.role == role


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Interimkantoor hier, ik doe de papieren voor een kandidaat van ons"),
        ("en", "i work for my brother in law, he is the farmer. we are doing this together"),
    ],
)
def test_an_agency_or_two_people_together_are_asked_who_answers(lang, text):
    from assistant.engine import Interview

    interview = Interview.start(lang=lang, today=TODAY)  # type: ignore[arg-type]
    interview.answer(text)
    assert interview.state.role is None


def test_a_greeting_is_no_day_and_the_filing_day_is_the_one_its_words_speak_of():
    text = (
        "Guten Morgen, ich helfe einem Mann aus Ghana (34). Er ist seit 6. April mit Annexe 3 "
        "hier, gültig bis 4. Juli, den Verlängerungsantrag haben wir gestern abgegeben."
    )
    facts, _ = answered("opening", text, "de", Facts(), date(2026, 6, 16))
    assert facts.filed_on == date(2026, 6, 15)
    assert facts.current_stay == Period(start=date(2026, 4, 6), end=date(2026, 7, 4))
    assert facts.entry_date is None  # "Morgen" is no arrival tomorrow


def test_a_time_written_after_an_iso_date_is_no_day():
    text = "Albanees, komt voor de kersen van 2026-06-15T07:00 tot 2026-08-14, nu nog in Tirana"
    facts, _ = answered("opening", text, "nl", Facts(), date(2026, 6, 1))
    assert facts.work == Period(start=date(2026, 6, 15), end=date(2026, 8, 14))


# --- signatures, dictation, forms --------------------------------------------------------------


def test_the_day_a_mail_is_signed_is_no_day_of_the_case():
    text = "Antrag wird am 21.01. eingereicht.\nGruß, Hof Mreyen, St. Vith, 08.01.2027"
    facts, _ = answered("filed_on", text, "de", ABROAD, date(2027, 1, 8))
    assert facts.filed_on == date(2027, 1, 21)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "vom 1 Punkt 8 Punkt 2026 bis 31 Punkt 10 Punkt 2026 Punkt"),
        ("en", "from 1 slash 8 slash 2026 until 31 slash 10 slash 2026 full stop"),
    ],
)
def test_dictated_separators(lang, text):
    facts, _ = answered("work", text, lang)
    assert facts.work == Period(start=date(2026, 8, 1), end=date(2026, 10, 31))


@pytest.mark.parametrize(("lang", "text"), [("en", "n/a"), ("nl", "nvt"), ("de", "entfällt")])
def test_not_applicable_on_a_form_is_no_earlier_stay(lang, text):
    facts, _ = answered("previous_stays", text, lang)
    assert facts.previous_seasonal_stays == () and facts.previous_schengen_stays == ()


def test_a_brothers_age_beside_the_writers_is_the_brothers():
    facts, _ = answered("age", "ALSO ICH BIN 30 UND MEIN BRUDER 27 ER KOMMT AUCH MIT", "de")
    assert facts.age == 30


def test_a_son_said_to_be_an_age_is_the_worker():
    facts, _ = answered("age", "mijn zoon is zeventien", "nl")
    assert facts.age == 17


def test_last_years_dates_said_again_are_an_earlier_stay_too():
    text = "Letztes Jahr hatten wir ihn vom 7. April bis 30. Juni, heuer die gleichen Daten."
    facts, _ = answered("work", text, "de")
    assert facts.work == Period(start=date(2026, 4, 7), end=date(2026, 6, 30))
    assert list(facts.previous_seasonal_stays or []) == [
        Period(start=date(2025, 4, 7), end=date(2025, 6, 30))
    ]


def test_same_as_last_year_alone_says_no_earlier_stay():
    facts, _ = answered("work", "same as last year, 1 april to 30 june", "en")
    assert facts.work == Period(start=date(2026, 4, 1), end=date(2026, 6, 30))
    assert facts.previous_seasonal_stays is None


def test_an_annex_3_in_an_opening_says_where_the_worker_stands_not_the_file():
    text = "Im Kenyan, 30, i arrived last Sunday for the fruit picking, i have annex 3"
    facts, _ = answered("opening", text, "en", Facts(), date(2027, 6, 16))
    assert facts.status == "seasonal_short_stay"
    assert facts.documents is None


def test_a_day_after_its_weekday_is_never_dropped():
    text = "Début mai, sûrement le lundi 4, jusqu'au 15 juillet."
    facts, said = answered("work", text, "fr", ABROAD, date(2026, 2, 17))
    assert facts.work is None  # 1 May or 4 May: asked


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("4/15/26 - 6/30/26", (date(2026, 4, 15), date(2026, 6, 30))),  # only month first
        ("4/1 - 6/30", (date(2026, 4, 1), date(2026, 6, 30))),
        ("1/4 - 30/6", (date(2026, 4, 1), date(2026, 6, 30))),  # only day first
    ],
)
def test_english_dates_that_read_only_one_way(text, work):
    facts, _ = answered("work", text, "en")
    assert facts.work == Period(start=work[0], end=work[1])


def test_english_dates_mixing_both_orders_are_asked():
    facts, _ = answered("work", "4/15/2026 - 30/6/2026", "en")
    assert facts.work is None


@pytest.mark.parametrize(
    ("lang", "text", "where"),
    [
        ("en", "Worker: Vietnamese, 26\nNow: Hanoi\nPrevious stays: none", "abroad"),
        ("de", "Nationalität: Albanien; jetzt: Tirana; vorher: nein", "abroad"),
        ("en", "Worker is Georgian, age idk, he's in Tbilisi. Prev stays: none", "abroad"),
    ],
)
def test_a_forms_labels_say_where_and_no_earlier_stay(lang, text, where):
    facts, _ = answered("opening", text, lang, Facts(), date(2026, 3, 1))
    assert facts.location == where
    assert facts.previous_seasonal_stays == () and facts.previous_schengen_stays == ()


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "Our worker is Moroccan and Spanish but he travels on the Moroccan passport", "MA"),
        (
            "nl",
            "Marokkaanse en Spaanse nationaliteit, hij reist altijd met zijn Spaans paspoort",
            "ES",
        ),
        (
            "fr",
            "double nationalité tunisienne et française, il voyage sur son passeport tunisien",
            "TN",
        ),
    ],
)
def test_the_passport_a_worker_of_two_nationalities_travels_on(lang, text, code):
    facts, _ = answered("nationality", text, lang, NO_NATIONALITY)
    assert facts.nationality == code


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("de", "ich schreibe für meinen bruder. er ist aus abuja, 28 jahre", "NG"),
        ("nl", "hij komt uit Kyiv, zit nu op de bus richting Brussel", "UA"),
    ],
)
def test_a_city_of_origin_in_an_opening_gives_its_country(lang, text, code):
    facts, _ = answered("opening", text, lang, Facts(), date(2026, 3, 1))
    assert facts.nationality == code


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "ik ben colombiaanse, nu op bezoek bij mijn tante in Gent met een toeristenvisum"),
        ("de", "Ägypter, 19, ist gerade mit Touristenvisum bei seinem Onkel in Brüssel"),
    ],
)
def test_a_visit_to_a_relative_in_belgium_now_is_where_the_worker_is(lang, text):
    facts, _ = answered("opening", text, lang, Facts(), date(2026, 5, 1))
    assert (facts.location, facts.status) == ("belgium", "other")


def test_tomorrow_before_a_place_is_tomorrow():
    text = (
        "Nepalese, 27, in Doha im Transit, landet morgen in Zaventem. Einsatz vom 18.3. bis 15.6."
    )
    facts, _ = answered("opening", text, "de", Facts(), date(2026, 3, 16))
    assert facts.entry_date == date(2026, 3, 17)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("fr", "congolais", ("Congo-Kinshasa", "Congo-Brazzaville")),
        ("de", "Guineer", ("Guinea", "Guinea-Bissau")),
    ],
)
def test_a_word_of_several_countries_names_them_in_the_question(lang, text, names):
    facts, said = answered("nationality", text, lang, NO_NATIONALITY)
    assert facts.nationality is None
    assert all(any(name in message for message in said) for name in names)


@pytest.mark.parametrize(
    ("lang", "text", "today", "day"),
    [
        ("en", "15th of March (Sunday), the bus from Kyiv arrive 23:40", date(2026, 3, 2), 15),
        ("nl", "de 1e, dus volgende week woensdag", date(2026, 6, 24), 1),
    ],
)
def test_one_day_said_twice_is_one_day(lang, text, today, day):
    facts, _ = answered("entry_date", text, lang, ABROAD, today)
    assert facts.entry_date is not None and facts.entry_date.day == day


def test_the_weekday_chooses_the_year_on_the_side_the_date_looks():
    on_annex_6 = Facts(nationality="MA", age=30, location="belgium", status="seasonal_long_stay")
    facts, _ = answered(
        "entry_date", "eingereist ist er am Mo. 2.3.", "de", on_annex_6, date(2026, 6, 3)
    )
    assert facts.entry_date == date(2026, 3, 2)


def test_the_filing_day_is_the_one_the_filing_words_speak_of():
    text = "We submitted it on 2 March, yesterday I got the confirmation letter"
    facts, _ = answered("filed_on", text, "en", ABROAD, date(2026, 3, 12))
    assert facts.filed_on == date(2026, 3, 2)


def test_a_filing_day_changed_since_is_asked():
    text = "we zijn gisteren naar de gemeente geweest maar de mevrouw zei kom terug op donderdag"
    facts, _ = answered("filed_on", text, "nl", ABROAD, date(2026, 6, 16))
    assert facts.filed_on is None


@pytest.mark.parametrize(
    ("lang", "text", "entry"),
    [
        ("en", "Work 4 May to 31 August. He wants to come on 3 May but nothing is booked yet.", 3),
        ("fr", "contrat du 4 mai au 31 août. il veut venir le 3 mai", 3),
        (
            "nl",
            "van 1 april tot 30 juni, hij komt aan op 29/3.\nGroeten, Hof ter Linden, 12/02",
            29,
        ),
    ],
)
def test_an_arrival_beside_the_work(lang, text, entry):
    facts, _ = answered("work", text, lang, ABROAD, date(2026, 2, 12))
    assert facts.entry_date is not None and facts.entry_date.day == entry


def test_a_c_visa_for_seasonal_work_is_a_short_stay():
    text = (
        "Der Herr ist Inder, 33 Jahre, ist letzte Woche mit einem C-Visum für Saisonarbeit "
        "eingereist und hat in Eupen die Anlage 3 bekommen."
    )
    facts, _ = answered("opening", text, "de", Facts(), date(2026, 5, 4))
    assert (facts.location, facts.status) == ("belgium", "seasonal_short_stay")


# --- what a second reading of these rules found (each was read wrong once) ---------------------


def test_a_year_that_opens_the_next_period_is_not_a_run():
    text = "seasonal work from 1 May to 31 August 2024, 2025 from 1 April to 30 June"
    facts, _ = answered("previous_stays", text, "en")
    assert list(facts.previous_seasonal_stays or []) == [
        Period(start=date(2024, 5, 1), end=date(2024, 8, 31)),
        Period(start=date(2025, 4, 1), end=date(2025, 6, 30)),
    ]


def test_the_filing_day_is_the_one_in_the_filing_words_clause():
    text = "On 3 May we submitted it, and the receipt came on 10 May"
    facts, _ = answered("filed_on", text, "en", ABROAD, date(2026, 6, 1))
    assert facts.filed_on == date(2026, 5, 3)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "Il parle français, il est sénégalais", "SN"),
        ("en", "He speaks English, he is Nigerian", "NG"),
    ],
)
def test_a_language_spoken_leaves_the_nationality_said_after_it(lang, text, code):
    facts, _ = answered("nationality", text, lang, NO_NATIONALITY)
    assert facts.nationality == code


def test_the_rent_is_no_housing_paper():
    facts, _ = answered("documents", "Pass und Vertrag ok, Miete ist geregelt", "de")
    assert "housing_proof" not in (facts.documents or [])


def test_dates_with_dots_stay_day_first_beside_month_first_slashes():
    facts, _ = answered("work", "4/1 - 6/30, he arrived 15.3.2026", "en", ABROAD, date(2026, 3, 1))
    assert facts.entry_date == date(2026, 3, 15)


def test_an_arrival_said_by_someone_is_still_the_arrival():
    on_annex_3 = Facts(nationality="MA", age=30, location="belgium", status="seasonal_short_stay")
    facts, _ = answered("entry_date", "He arrived yesterday, he said.", "en", on_annex_3)
    assert facts.entry_date == date(2026, 3, 11)


def test_a_greeting_from_a_country_is_no_signature():
    text = "Groeten uit Marokko! Hij komt op 3/6 aan, werk van 4/6 tot 31/8."
    facts, _ = answered("work", text, "nl", ABROAD, date(2026, 3, 1))
    assert facts.entry_date == date(2026, 6, 3)


def test_a_french_range_within_one_month_is_not_asked():
    text = "arrive le 5 avril, travaille du 10 au 30 juin"
    facts, _ = answered("work", text, "fr", ABROAD, date(2026, 3, 1))
    assert facts.work == Period(start=date(2026, 6, 10), end=date(2026, 6, 30))


def test_the_german_am_is_no_morning():
    facts, _ = answered(
        "entry_date", "Er kommt am 15 am Flughafen an", "de", ABROAD, date(2026, 5, 2)
    )
    assert facts.entry_date == date(2026, 5, 15)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Rechtsanwältin. Ich vertrete den Herrn in seinem Aufenthaltsverfahren."),
        ("nl", "leerkracht NT2 hier. een cursist van mij vroeg of ik hem wou helpen"),
        ("fr", "c'est mon fils qui va travailler, moi c'est son pere je remplis pour lui"),
        ("en", "I'm his teacher at the evening school, he asked me to help"),
    ],
)
def test_a_lawyer_a_teacher_or_a_parent_typing_helps_the_worker(lang, text):
    from assistant.engine import Interview

    interview = Interview.start(lang=lang, today=TODAY)  # type: ignore[arg-type]
    interview.answer(text)
    assert interview.state.role == "helpdesk"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "der sitzt im bus, sind grad bei aachen, morgen sollt er in roeselare sein"),
        (
            "nl",
            "ze is momenteel in Holland bij haar zus, op een toeristenvisum. ze woont daar niet",
        ),
    ],
)
def test_passing_through_another_eu_country_is_abroad(lang, text):
    facts, _ = answered("location", text, lang, Facts(nationality="MA"))
    assert facts.location == "abroad"


@pytest.mark.parametrize(
    ("lang", "text", "work"),
    [
        ("de", "Apfelernte. ab 1. Oktober bis zum 15.", (date(2026, 10, 1), date(2026, 10, 15))),
        ("nl", "begin september tot de 15e", (date(2026, 9, 1), date(2026, 9, 15))),
        ("fr", "du 3 mai jusqu'au 20", (date(2026, 5, 3), date(2026, 5, 20))),
    ],
)
def test_until_a_day_without_its_month_is_in_the_first_days_month(lang, text, work):
    facts, _ = answered("work", text, lang, ABROAD, date(2026, 3, 1))
    assert facts.work == Period(start=work[0], end=work[1])


def test_the_third_time_is_no_third_of_the_month():
    text = "Unsere Arbeiterin aus Thailand kommt zum dritten Mal, Arbeit vom 1. Mai bis 31. Juli"
    facts, _ = answered("opening", text, "de", Facts(), date(2026, 3, 1))
    assert facts.entry_date is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "letztes Jahr, gleiche Zeit wie jetzt"),
        ("en", "last year, same period as now"),
        ("fr", "l'an passé, même période que maintenant"),
        ("nl", "vorig jaar ook, zelfde periode als nu. verder niks"),
    ],
)
def test_last_year_same_period_as_now_is_the_current_stay_a_year_earlier(lang, text):
    on_annex_3 = Facts(
        nationality="MA",
        age=30,
        location="belgium",
        status="seasonal_short_stay",
        current_stay=Period(start=date(2026, 4, 15), end=date(2026, 7, 10)),
    )
    facts, _ = answered("previous_stays", text, lang, on_annex_3, date(2026, 5, 19))
    assert list(facts.previous_seasonal_stays or []) == [
        Period(start=date(2025, 4, 15), end=date(2025, 7, 10))
    ]


def test_a_month_said_alone_before_gives_the_days_after_it_their_month():
    facts, _ = answered("work", "Septembre. Du 1er jusqu'au 15.", "fr", ABROAD, date(2026, 3, 1))
    assert facts.work == Period(start=date(2026, 9, 1), end=date(2026, 9, 15))


def test_still_there_after_a_city_of_origin_is_abroad():
    text = "Notre saisonnier vient de Minsk, il y est encore. Il travaille du 6 avril au 30 juin."
    facts, _ = answered("opening", text, "fr", Facts(), date(2026, 3, 1))
    assert facts.location == "abroad"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Grüezi, ich hilf emene Albaner, 33i. Er wohnt in Italie.", 33),
        ("Unser Bursch is a Serbe, 20 Joa, wohnt in Serbien.", 20),
    ],
)
def test_swiss_and_austrian_ages_in_an_opening(text, age):
    facts, _ = answered("opening", text, "de", Facts(), date(2026, 3, 1))
    assert facts.age == age


def test_a_swiss_month_name():
    facts, _ = answered("work", "vom 1. Juni bis 31. Augschte", "de", ABROAD, date(2026, 3, 1))
    assert facts.work == Period(start=date(2026, 6, 1), end=date(2026, 8, 31))
