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


# --- which stay a date or a status belongs to ------------------------------------------------


def test_a_year_said_of_an_earlier_stay_after_the_work_is_not_the_works():
    facts = opened(
        "The man is Ukrainian, he is still in Lviv. Work from 16 November to 20 December. He "
        "came already 2 or 3 times before, in 2023 I think.",
        "en",
        today=date(2026, 11, 2),
    )
    assert facts.work == Period(start=date(2026, 11, 16), end=date(2026, 12, 20))
    assert not facts.previous_seasonal_stays


def test_chat_lines_run_together_with_slashes_are_sentences():
    facts = opened(
        "ik ben Oleksandr / 44 jaar / nu nog in Lviv / werk van 20 april tot 20 juni / 2024 ook "
        "in belgie geweest mei juli ongeveer",
        "nl",
    )
    assert facts.work == Period(start=date(2026, 4, 20), end=date(2026, 6, 20))
    assert not facts.previous_seasonal_stays


def test_a_full_stop_after_a_day_ends_the_sentence():
    facts = opened(
        "I'm Filipina, 31, here in Belgium with my annex 3, since May 18 until Aug 15. Last year "
        "I was in Italy for vacation Dec 20 to Jan 10",
        "en",
        today=date(2026, 6, 3),
    )
    assert facts.current_stay == Period(start=date(2026, 5, 18), end=date(2026, 8, 15))
    assert list(facts.previous_schengen_stays or ()) == [
        Period(start=date(2025, 12, 20), end=date(2026, 1, 10))
    ]


def test_seasonal_work_wished_for_in_the_holidays_is_no_visit():
    facts = opened(
        "Mein Klient ist Kirgise, studiert in Löwen und möchte in den Ferien Saisonarbeit machen, "
        "vom 1. bis 31. Dezember.",
        "de",
        today=date(2026, 10, 1),
    )
    assert not facts.previous_schengen_stays


def test_a_status_of_an_earlier_stay_is_not_where_the_worker_is():
    facts = opened(
        "I am from Turkey, Konya. age 40. My work in belgium is 6 month, from 1 march 2027. "
        "Before i work Belgium 2024 15 april - 15 october, seasonal permit.",
        "en",
        today=date(2027, 1, 12),
    )
    assert facts.location is None


def test_the_day_of_arrival_beside_a_current_stay_is_no_wish():
    facts, _ = answered(
        "current_stay",
        "Visum D gültig vom 01.03.2026 bis 31.08.2026, bin auch am 2. März gekommen",
        "de",
        Facts(nationality="NP", location="belgium", status="seasonal_long_stay"),
        today=date(2026, 4, 15),
    )
    assert facts.current_stay == Period(start=date(2026, 3, 1), end=date(2026, 8, 31))
    assert facts.entry_date == date(2026, 3, 2)
    assert facts.work is None


# --- the day of entry into Belgium among other days --------------------------------------------


@pytest.mark.parametrize(
    ("text", "today", "day"),
    [
        ("he entered Schengen in Frankfurt on 3 june, then train, in Belgium on 4 june",
         date(2026, 5, 30), date(2026, 6, 4)),
        ("flight kathmandu - doha - brussels, leave 23:40 on 14 april, land 15 april morning",
         date(2026, 3, 30), date(2026, 4, 15)),
        ("after tomorow inshallah", date(2026, 10, 30), date(2026, 11, 1)),
    ],
)  # fmt: skip
def test_the_entry_is_the_day_the_worker_lands_in_belgium(text, today, day):
    facts, _ = answered("entry_date", text, "en", today=today)
    assert facts.entry_date == day


# --- two values where one is meant ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Senegal denk ik... of Mali? Hij heeft volgens mij 2 paspoorten"),
        ("fr", "marocaine ou algérienne je sais plus"),
    ],
)
def test_two_countries_given_as_alternatives_are_asked_naming_both(lang, text):
    facts, said = answered("nationality", text, lang, Facts(location="abroad"))
    assert facts.nationality is None
    assert any("Mali" in s or "Algérie" in s for s in said)


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [
        ("de", "Er ist 45 – nein, er sagt gerade 44.", 44),
        ("fr", "il a 45 ans, non il a dit 44", 44),
        ("en", "he is 45, no he has 2 kids", 45),
    ],
)
def test_a_number_said_again_after_a_no_is_the_one_meant(lang, text, age):
    facts, _ = answered("age", text, lang)
    assert facts.age == age


def test_a_year_said_again_after_a_no_is_the_one_meant():
    facts, _ = answered(
        "previous_stays",
        "Hij was hier in 2023 van 1 juni tot 31 oktober, en in 2024, nee dat was 2025, van 1 "
        "juni tot 31 oktober.",
        "nl",
        today=date(2026, 3, 12),
    )
    assert [p.start.year for p in facts.previous_seasonal_stays or ()] == [2023, 2025]


def test_a_couple_with_two_ages_is_asked_whose():
    facts = opened(
        "Ich betreue ein Ehepaar aus Nepal. Beide arbeiten vom 1. September bis 30. November, "
        "sie sind noch in Kathmandu. Er ist 31, sie 29.",
        "de",
    )
    assert facts.age is None


def test_the_writer_of_a_couple_gives_their_own_age():
    facts = opened(
        "Wij zijn met twee, ik en mijn vrouw, allebei Marokkaans. Ik ben 41, zij 36.", "nl"
    )
    assert facts.age == 41


def test_a_value_said_to_be_typed_wrong_is_replaced():
    facts = opened(
        "My client is from Ghana, he's 27, an asylum seeker in Belgium. A farmer asked him for "
        "work from 15 April to 15 June. Sorry, I wrote 15 June, it's 15 July.",
        "en",
        today=date(2027, 4, 7),
    )
    assert facts.work == Period(start=date(2027, 4, 15), end=date(2027, 7, 15))


def test_a_numeric_date_closing_a_sentence_ends_it():
    facts = opened(
        "je suis ukrainien, 47 ans. cet été j'ai visité ma fille en Pologne 10.07-24.07. je "
        "veux revenir mars 2027",
        "fr",
        today=date(2026, 11, 10),
    )
    assert facts.work is None
    assert list(facts.previous_schengen_stays or ()) == [
        Period(start=date(2026, 7, 10), end=date(2026, 7, 24))
    ]


def test_a_papers_dates_are_no_part_of_its_name():
    facts, _ = answered(
        "documents",
        "bijlage 3 van 2/5 tot 30/7, kopie paspoort ja, verzekering loopt tot 31/12",
        "nl",
        Facts(nationality="MA", location="belgium", status="seasonal_short_stay", age=30),
    )
    assert {"annex_3", "passport", "health_insurance"} <= set(facts.documents or ())


# --- what a second reader found: none of these may become a fact ---------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "since 3 March 40 years old"),
        ("fr", "depuis le 3 mars 40 ans"),
        ("de", "Am 3. Mai 40 geworden"),
        ("nl", "sinds 3 maart 40 jaar"),
    ],
)
def test_a_day_and_month_before_an_age_is_no_date_of_birth(lang, text):
    facts, _ = answered("age", text, lang, today=date(2026, 6, 1))
    assert facts.age != 86


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "from 1 May to 30 June, he worked with us in 2024"),
        ("fr", "du 1er mai au 30 juin, il a travaillé chez nous en 2024"),
        ("nl", "van 1 mei tot 30 juni, hij heeft bij ons gewerkt in 2024"),
        ("en", "Yes. Seasonal work 18 May to 15 Aug. That was in 2024."),
    ],
)
def test_a_year_said_after_an_earlier_stay_is_its_year(lang, text):
    facts, _ = answered("previous_stays", text, lang, today=date(2026, 4, 20))
    assert [p.start.year for p in facts.previous_seasonal_stays or ()] == [2024]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Je Belgique déjà, depuis mars, annexe 3"),
        ("de", "Ich Italien gearbeitet letztes Jahr"),
        ("nl", "ik spanje gewerkt vorig jaar"),
        ("en", "me poland work before 2 years"),
    ],
)
def test_a_country_where_the_writer_lives_or_worked_is_no_nationality(lang, text):
    assert opened(text, lang, today=date(2026, 4, 20)).nationality is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Er ist Marokkaner, noch in Marokko. Arbeit vom 4. Mai bis 30. September. Am "
               "1. Oktober fliegt er zurück."),
        ("en", "He is Moroccan, still in Morocco. Work from 4 May to 30 September. On 1 October "
               "he flies home."),
    ],
)  # fmt: skip
def test_a_flight_home_after_the_work_is_no_arrival(lang, text):
    assert opened(text, lang, today=date(2026, 4, 20)).entry_date is None


def test_a_flight_home_after_a_current_stay_is_no_entry_nor_work():
    facts, _ = answered(
        "current_stay",
        "annex 3 from 1 April to 30 June, flight back home on 2 July",
        "en",
        Facts(nationality="MA", location="belgium", status="seasonal_short_stay"),
        today=date(2026, 4, 20),
    )
    assert facts.entry_date is None and facts.work is None


@pytest.mark.parametrize(
    "text",
    [
        "he starts in Belgium on 5 May, flight from Morocco on 3 May",
        "Last year he was in Belgium on 3 May 2025, this year he flies from Morocco on 10 May",
    ],
)
def test_a_place_before_a_day_does_not_beat_the_word_of_arrival(text):
    facts, _ = answered("entry_date", text, "en", today=date(2026, 4, 20))
    assert facts.entry_date in (None, date(2026, 5, 3), date(2026, 5, 10))


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [
        ("en", "30 no not 31", 31),
        ("fr", "il a 30 ans non pas 31", 31),
        ("de", "Er ist 30, nein nicht 31", 31),
    ],
)
def test_a_number_denied_is_not_the_one_meant(lang, text, age):
    facts, _ = answered("age", text, lang)
    assert facts.age != age


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("fr", "Il arrive le 3 mai. Enfin, il commence le travail le 5 mai.", date(2026, 5, 3)),
        ("en", "He arrives on 3 May. Sorry, I forgot: the work starts on 5 May.", date(2026, 5, 3)),
    ],
)
def test_a_new_sentence_after_sorry_adds_and_does_not_correct(lang, text, day):
    facts, _ = answered("entry_date", text, lang, today=date(2026, 4, 20))
    assert facts.entry_date in (None, day)


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("fr", "On a introduit le dossier le 3 mai", date(2026, 5, 3)),
        ("nl", "We hebben het dossier op 12 mei ingediend", date(2026, 5, 12)),
        ("en", "We filed the dossier on 12 May", date(2026, 5, 12)),
    ],
)
def test_a_dossier_filed_on_a_day_keeps_its_day(lang, text, day):
    facts, _ = answered("filed_on", text, lang, today=date(2026, 5, 20))
    assert facts.filed_on == day


@pytest.mark.parametrize(
    "text",
    ["contrat signé. le logement est en place.", "place", "passer", "belge", "Bestätigung"],
)
def test_an_ordinary_word_does_not_sound_like_a_paper(text):
    from rules.documents import match_uncached

    found = match_uncached(text)
    assert found is None or found.document != "passport"
    assert text != "Bestätigung" or found is None


def test_a_name_after_a_person_word_is_no_country():
    assert opened("Our worker Jordan is from Ghana, 30, still in Accra", "en").nationality == "GH"


# --- more of how learners and chat writers describe the worker -----------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "employer 👍 we have 3 guys from 🇲🇦 for the season", "MA"),
        ("de", "🇲🇦 28 j. ✅ noch in Marokko", "MA"),
        ("en", "Uzbekistan. 34 age. Now I am in Samarkand.", "UZ"),
    ],
)
def test_a_flag_or_a_country_alone_in_its_sentence_describes_the_worker(lang, text, code):
    assert opened(text, lang).nationality == code


def test_flags_of_two_countries_are_no_nationality():
    assert opened("our farm 🇧🇪 hires a guy 🇲🇦 and one 🇹🇳", "en").nationality is None


def test_a_flag_answers_the_nationality_question():
    facts, _ = answered("nationality", "🇲🇦", "en", Facts(location="abroad"))
    assert facts.nationality == "MA"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "moi népali / maintenant Katmandou / 26 ans"),
        ("fr", "moi vietnamien 29 ans, maintenant Hanoi, travail champignon"),
    ],
)
def test_now_and_a_place_without_a_colon_is_where_the_worker_is(lang, text):
    assert opened(text, lang).location == "abroad"


def test_now_and_a_whole_sentence_is_read_as_a_sentence():
    facts = opened(
        "Je suis indien, 24 ans. Maintenant je suis aux Pays-Bas chez mon oncle avec un visa "
        "touriste.",
        "fr",
    )
    assert facts.location != "eu_resident"


def test_an_earlier_holiday_in_another_country_is_not_where_the_worker_is():
    facts = opened(
        "I am albanian. I arrived in Belgium 1 june and i have the annex 3 from the commune. "
        "Last year i was in Italy for holidays in january, 2 weeks.",
        "en",
        today=date(2026, 6, 10),
    )
    assert (facts.location, facts.status) == ("belgium", "seasonal_short_stay")


def test_the_passport_settles_what_people_thought():
    facts = opened(
        "On pensait qu'il était égyptien mais il a un passeport soudanais. Il habite au Caire.",
        "fr",
    )
    assert facts.nationality == "SD"


def test_a_second_passport_besides_is_still_asked():
    facts, _ = answered(
        "nationality", "er ist marokkaner, hat aber auch den spanischen pass", "de", Facts()
    )
    assert facts.nationality is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "me Ram, nepali, 27 year, now in kathmandu. before never come europe"),
        ("fr", "moi sénégalais, 31 ans, à Thiès. Moi pas encore venu Europe."),
    ],
)
def test_learners_saying_they_never_came_before(lang, text):
    assert opened(text, lang).previous_seasonal_stays == ()


# --- round nine: ages, papers in progress, days that are not the entry ----------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "34, Jahrgang 1985"),
        ("en", "34, born 1989"),
        ("nl", "35 (geboren 1995)"),
        ("de", "fast 60"),
        ("fr", "presque 60, c'est notre plus ancien"),
        ("nl", "bijna 60"),
    ],
)
def test_an_age_that_disagrees_with_its_year_or_is_almost_is_asked(lang, text):
    facts, _ = answered("age", text, lang, today=date(2026, 6, 10))
    assert facts.age == 30  # as it was


@pytest.mark.parametrize(
    ("lang", "text", "age"), [("nl", "39, bijna 40", 39), ("en", "36, born 1990", 36)]
)
def test_an_age_with_its_next_birthday_or_a_year_that_fits(lang, text, age):
    facts, _ = answered("age", text, lang, today=date(2026, 6, 10))
    assert facts.age == age


EXTENSION = Facts(nationality="MA", age=30, location="belgium", status="seasonal_short_stay")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Pass: Kopie ja, Original hat er gerade nicht. Arbeitserlaubnis als Kopie auch."),
        ("en", "passport copy yes original no (the boss has it), work permit copy, insurance"),
    ],
)
def test_a_copy_held_is_the_paper_whatever_became_of_the_original(lang, text):
    facts, _ = answered("documents", text, lang, EXTENSION)
    assert {"passport", "work_permit"} <= set(facts.documents or ())


@pytest.mark.parametrize(
    ("lang", "text", "paper"),
    [
        ("de", "ärztliches attest hab ich, die bank schickt die bestätigung von der gebühr noch",
         "fee_payment"),
        ("fr", "moi j'ai l'assurance. la banque doit envoyer la preuve de paiement", "fee_payment"),
        ("en", "passport of course. and i have a photo of my visa, its a schengen tourist visa",
         "short_stay_visa"),
    ],
)  # fmt: skip
def test_a_paper_still_to_be_sent_or_a_look_alike_is_not_held(lang, text, paper):
    facts, _ = answered("documents", text, lang)
    assert paper not in (facts.documents or ())


@pytest.mark.parametrize(
    "text",
    [
        "Il atterrit à Paris le 8 mars, il reste chez son frère et il arrive en Belgique une "
        "semaine après.",
        "avant que son visa expire, il est valable jusqu'au 30 juin",
    ],
)
def test_a_landing_elsewhere_or_a_last_valid_day_is_no_entry(text):
    facts, _ = answered("entry_date", text, "fr", today=date(2026, 3, 1))
    assert facts.entry_date is None


def test_coming_from_a_country_is_no_arrival():
    facts = opened(
        "Unser jüngster Erntehelfer kommt aus Nepal und wird am 3. Juli 18. Er ist noch in "
        "Kathmandu.",
        "de",
    )
    assert facts.entry_date is None


def test_stateless_is_no_nationality_of_the_papers_country():
    facts = opened(
        "Mijn cliënt is staatloos, hij heeft een reisdocument voor vluchtelingen van Nederland. "
        "Hij is 52.",
        "nl",
    )
    assert facts.nationality is None


def test_an_unaccompanied_minor_is_in_belgium_under_another_status():
    facts = opened(
        "Le jeune est afghan, il est en Belgique comme MENA (mineur étranger non accompagné).",
        "fr",
    )
    assert (facts.location, facts.status) == ("belgium", "other")


def test_the_years_a_residence_card_runs_are_no_age():
    facts, _ = answered(
        "location",
        "je suis domicilié en France a Maubeuge, j'ai la carte de séjour française de 10 ans",
        "fr",
        Facts(nationality="MA"),
    )
    assert facts.age is None


def test_messages_of_one_chat_are_one_answer():
    facts, _ = answered(
        "previous_stays",
        "[03.06.26, 20:11] Nuri: 2023 war ich in Sint-Truiden für die Birnen\n"
        "[03.06.26, 20:11] Nuri: vom 15.8 bis 30.9\n[03.06.26, 20:12] Nuri: sonst nix",
        "de",
        today=date(2026, 6, 3),
    )
    assert list(facts.previous_seasonal_stays or ()) == [
        Period(start=date(2023, 8, 15), end=date(2023, 9, 30))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2024: 1/5-31/7 aardbeien in Hoogstraten; 2025 zelfde periode",
        "ja 2 keer. 2024 mei 1 tot juli 31, 2025 ook zelfde",
    ],
)
def test_a_year_then_the_same_is_the_period_again_that_year(text):
    facts, _ = answered("previous_stays", text, "nl", today=date(2026, 6, 3))
    assert [p.start.year for p in facts.previous_seasonal_stays or ()] == [2024, 2025]


def test_a_year_then_the_same_farm_is_no_same_period():
    facts, _ = answered(
        "previous_stays",
        "2023 jun-aug strawberry, 2025 same farm from 2 june to 29 august",
        "en",
        today=date(2026, 6, 3),
    )
    assert Period(start=date(2023, 6, 2), end=date(2023, 8, 29)) not in (
        facts.previous_seasonal_stays or ()
    )


def test_since_a_day_inside_the_permit_is_when_the_stay_began():
    facts, _ = answered(
        "current_stay",
        "Bijlage 6: 15/02/2027 t.e.m. 14/08/2027 — meneer is hier pas sinds 20 februari",
        "nl",
        Facts(nationality="MA", location="belgium", status="seasonal_long_stay"),
        today=date(2027, 3, 1),
    )
    assert facts.current_stay == Period(start=date(2027, 2, 20), end=date(2027, 8, 14))
    assert facts.work is None


def test_a_first_day_counted_from_a_known_arrival():
    facts, _ = answered(
        "work",
        "hij begint een week na aankomst, tot 30 juni",
        "nl",
        Facts(nationality="MA", location="abroad", entry_date=date(2027, 3, 22)),
        today=date(2027, 1, 11),
    )
    assert facts.work == Period(start=date(2027, 3, 29), end=date(2027, 6, 30))


def test_a_first_day_counted_from_an_arrival_not_known_is_asked():
    facts, _ = answered(
        "work", "two days after she arrives, until 15 October", "en", today=date(2026, 5, 5)
    )
    assert facts.work is None and facts.entry_date is None


def test_a_readers_own_mistake_asks_again_and_keeps_every_fact(monkeypatch):
    from assistant.engine import answers as reader

    def broken(*_):
        raise KeyError("a cue no vocabulary has")

    monkeypatch.setattr(reader, "read_age", broken)
    facts, said = answered("age", "34", "fr")
    assert facts == ABROAD  # nothing already answered is lost
    assert any("pas pu lire" in s for s in said)


def test_a_landing_on_the_way_is_no_entry():
    facts, _ = answered(
        "location",
        "hes in transit in Paris right now, his flight from Dakar landed this morning and he "
        "takes the train to Brussels tonight",
        "en",
        Facts(nationality="SN"),
        today=date(2026, 4, 2),
    )
    assert facts.entry_date is None


def test_an_entry_that_opens_the_stay_it_begins():
    facts = opened(
        "our worker (Senegalese, 40) has a D visa for seasonal work. He entered on 15 February "
        "and the visa runs till 14 August.",
        "en",
        today=date(2027, 2, 22),
    )
    assert (facts.location, facts.status) == ("belgium", "seasonal_long_stay")
    assert facts.current_stay == Period(start=date(2027, 2, 15), end=date(2027, 8, 14))
    assert facts.work is None


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [
        ("fr", "Il a 38 ans le mois prochain", 37),
        ("de", "er wird nächsten Monat 38", 37),
        ("en", "38, he starts next month", 38),
        ("nl", "ik vijfendertig jaren, volgende maand zes en dertig", 35),
    ],
)
def test_an_age_with_a_birthday_soon_to_come(lang, text, age):
    facts, _ = answered("age", text, lang, today=date(2027, 1, 3))
    assert facts.age == age


def test_a_visa_not_stamped_yet_is_asked_where_the_worker_is():
    facts, _ = answered("location", "j ai le visa D mais il est pas encore tamponné", "fr", Facts())
    assert facts.location is None


def test_finished_is_not_finnish():
    facts = opened(
        "moi je suis de senegal, j ai 27 ans. le patron il a dit travail commence 1 juin fini "
        "31 aout.",
        "fr",
    )
    assert facts.nationality == "SN"


def test_really_not_knowing_is_never_no():
    facts, _ = answered(
        "previous_stays",
        "Weiß ich echt nicht mehr, das hat damals der alte Vorarbeiter gemacht.",
        "de",
    )
    assert facts.previous_seasonal_stays is None


def test_work_since_a_day_until_the_last_day_of_the_annex():
    facts, _ = answered(
        "work",
        "hij werkt sinds 2 juni bij ons, en dat tot de laatste dag van zijn bijlage 3",
        "nl",
        Facts(
            nationality="MA",
            location="belgium",
            status="seasonal_short_stay",
            current_stay=Period(start=date(2026, 6, 2), end=date(2026, 8, 30)),
        ),
        today=date(2026, 7, 8),
    )
    assert facts.work == Period(start=date(2026, 6, 2), end=date(2026, 8, 30))


def test_the_third_day_of_may():
    facts, _ = answered(
        "current_stay",
        "depuis le 3ème jour de mai jusqu'au trente et un juillet",
        "fr",
        Facts(nationality="MA", location="belgium", status="seasonal_short_stay"),
        today=date(2026, 6, 10),
    )
    assert facts.current_stay == Period(start=date(2026, 5, 3), end=date(2026, 7, 31))


def test_living_in_an_eu_country_without_its_card_is_abroad():
    facts = opened(
        "meneer heeft een Brits paspoort. hij woont in Maubeuge, geen Franse verblijfskaart.", "nl"
    )
    assert facts.location != "eu_resident"


# --- what the second review of round nine found ---------------------------------------------


def test_chat_messages_that_open_with_a_year_stay_apart():
    facts, _ = answered(
        "previous_stays",
        "[10:01, 3/3/2026] Nuri: 2023 from 1 May to 30 June\n"
        "[10:02, 3/3/2026] Nuri: 2024 from 1 June to 31 July",
        "en",
        today=date(2026, 3, 10),
    )
    assert [p.start.year for p in facts.previous_seasonal_stays or ()] == [2023, 2024]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Moroccan, he applied for a Spanish passport."),
        ("de", "Marokkaner, er wartet noch auf den spanischen Pass."),
        ("fr", "Marocain, mais il a un passeport espagnol"),
    ],
)
def test_a_passport_applied_for_or_besides_is_asked(lang, text):
    facts, _ = answered("nationality", text, lang, Facts())
    assert facts.nationality != "ES"


def test_mena_the_name_is_no_status():
    facts, _ = answered("location", "Mena est déjà en Belgique, avec son annexe 3.", "fr", Facts())
    assert facts.status == "seasonal_short_stay"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Il a son passeport et le contrat, il va envoyer les scans."),
        ("de", "Pass und Vertrag hat er, wir schicken sie Ihnen."),
        ("en", "Passport and short stay visa, not a tourist visa."),
    ],
)
def test_sending_copies_or_denying_a_look_alike_takes_no_paper_away(lang, text):
    facts, _ = answered("documents", text, lang)
    assert "passport" in (facts.documents or ())
    assert len(facts.documents or ()) >= 2


def test_since_a_day_of_work_inside_a_permit_is_no_start_of_the_stay():
    facts, _ = answered(
        "current_stay",
        "Bijlage 6 van 15/02 tot 14/08, hij werkt bij ons sinds 1 maart.",
        "nl",
        Facts(nationality="MA", location="belgium", status="seasonal_long_stay"),
        today=date(2026, 4, 1),
    )
    assert facts.current_stay in (None, Period(start=date(2026, 2, 15), end=date(2026, 8, 14)))


def test_an_arrival_counted_from_the_start_of_work_keeps_the_work():
    facts, _ = answered(
        "work",
        "Vom 02. Mai bis 31. Juli. Er reist drei Tage vor Arbeitsbeginn ein.",
        "de",
        today=date(2026, 4, 1),
    )
    assert facts.work == Period(start=date(2026, 5, 2), end=date(2026, 7, 31))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He was at home in Morocco and arrived here on 3 March."),
        ("fr", "Son passeport a expiré, il est entré le 3 mars."),
    ],
)
def test_a_place_or_an_expiry_in_another_clause_keeps_the_entry(lang, text):
    facts, _ = answered("entry_date", text, lang, Facts(location="belgium"), today=date(2026, 4, 1))
    assert facts.entry_date == date(2026, 3, 3)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "34 years old, born in Nepal, has lived in Portugal since 2015."),
        ("de", "Er kommt bald, 45 Jahre alt."),
    ],
)
def test_a_year_of_something_else_or_soon_does_not_unsettle_an_age(lang, text):
    facts, _ = answered("age", text, lang, today=date(2026, 6, 10))
    assert facts.age in (34, 45)


def test_a_worker_who_is_home_after_a_season_is_abroad():
    facts, _ = answered(
        "location",
        "He worked in Belgium last season, he is in Morocco with his family.",
        "en",
        Facts(nationality="MA"),
    )
    assert facts.location == "abroad"


def test_coming_from_a_country_on_a_day_is_that_day():
    facts, _ = answered(
        "entry_date",
        "He is coming from Nepal on 3 July",
        "en",
        Facts(location="abroad"),
        today=date(2026, 6, 1),
    )
    assert facts.entry_date == date(2026, 7, 3)


# --- days counted from facts already known ----------------------------------------------------


def test_an_entry_counted_back_from_the_start_of_work():
    facts, _ = answered(
        "entry_date",
        "two days before he starts",
        "en",
        Facts(location="abroad", work=Period(start=date(2026, 6, 1), end=date(2026, 8, 31))),
        today=date(2026, 5, 1),
    )
    assert facts.entry_date == date(2026, 5, 30)


ON_ANNEX_3 = Facts(
    nationality="MA",
    location="belgium",
    status="seasonal_short_stay",
    current_stay=Period(start=date(2026, 5, 16), end=date(2026, 8, 14)),
)


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("en", "3 days before the annex 3 expires", date(2026, 8, 11)),
        ("de", "Am letzten Tag seiner Anlage 3, früher schaffen wir es nicht.", date(2026, 8, 14)),
    ],
)
def test_a_filing_day_counted_from_the_end_of_the_stay(lang, text, day):
    facts, _ = answered("filed_on", text, lang, ON_ANNEX_3, today=date(2026, 8, 1))
    assert facts.filed_on == day


def test_within_so_many_days_is_a_time_limit_not_a_day():
    facts, _ = answered(
        "filed_on",
        "dans les 8 jours après l'arrivée je crois",
        "fr",
        Facts(location="belgium", status="seasonal_short_stay", entry_date=date(2026, 6, 4)),
        today=date(2026, 6, 5),
    )
    assert facts.filed_on is None


@pytest.mark.parametrize(("lang", "text"), [("en", "17 and a half"), ("fr", "17 ans et demi")])
def test_an_age_and_a_half_is_the_whole_years(lang, text):
    facts, _ = answered("age", text, lang)
    assert facts.age == 17


def test_zero_earlier_stays_is_none():
    facts, _ = answered("previous_stays", "0", "en")
    assert facts.previous_seasonal_stays == () or facts.previous_seasonal_stays == []


def test_an_arrival_word_in_the_sentence_before_does_not_date_the_next():
    facts = opened(
        "Die Anlage 3 von meinem Klienten (Ägypter, 50) läuft diesen Freitag aus. Er ist am "
        "1. Juni als Saisonarbeiter eingereist. Wir wollen morgen bei der Gemeinde die "
        "Verlängerung einreichen.",
        "de",
        today=date(2026, 8, 26),
    )
    assert facts.entry_date != date(2026, 8, 27)


def test_an_identity_certificate_is_no_nationality():
    facts = opened(
        "Het gaat om een Tibetaanse man met een Indiaas identity certificate, geen paspoort. Hij "
        "woont in Duitsland (München) met een Aufenthaltstitel.",
        "nl",
    )
    assert facts.nationality is None


def test_without_papers_in_an_eu_country_is_abroad():
    facts = opened(
        "Le monsieur est érythréen, il est ici à Calais, sans papiers en France. Un maraîcher "
        "belge lui propose du travail pour la récolte.",
        "fr",
    )
    assert facts.location == "abroad"


def test_the_boss_who_said_so_is_not_the_one_typing():
    from assistant.engine.parsing.text import fold
    from assistant.engine.reading.mentions import Ambiguous, role_of

    text = "ich bin vorarbeiter von die gruppe, chef hat gesagt ich mache das formular für alle"
    try:
        role = role_of(fold(text))
    except Ambiguous:
        role = None
    assert role != "employer"


# --- what the third review found ----------------------------------------------------------------

ON_ANNEX_3_AT_WORK = ON_ANNEX_3.model_copy(
    update={"work": Period(start=date(2026, 6, 1), end=date(2026, 8, 31))}
)


@pytest.mark.parametrize(
    "text",
    [
        "We handed it in on the last day of May",
        "two days after the contract ended",
        "a week after his annex 3 started",
        "at least 2 weeks before the annex 3 expires, like the rules say",
        "We filed on 5 June, two weeks after getting the annex 3",
    ],
)
def test_a_count_from_the_wrong_fact_or_beside_a_date_is_no_filing_day(text):
    facts, _ = answered("filed_on", text, "en", ON_ANNEX_3_AT_WORK, today=date(2026, 6, 10))
    assert facts.filed_on in (None, date(2026, 6, 5))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "a few days before he starts"),
        ("fr", "quelques jours avant le début du travail"),
        ("de", "ein paar Tage vor Arbeitsbeginn"),
        ("nl", "een paar dagen voor hij begint"),
    ],
)
def test_a_few_days_is_no_number_of_days(lang, text):
    facts, _ = answered(
        "entry_date",
        text,
        lang,
        Facts(location="abroad", work=Period(start=date(2026, 6, 1), end=date(2026, 8, 31))),
        today=date(2026, 5, 10),
    )
    assert facts.entry_date is None


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("de", "Ich bin der Arbeitgeber, ich hatte es Ihnen gesagt", "employer"),
        ("en", "my boss said I have to fill this in", "worker"),
        ("en", "I am the employer, I called you last week", "employer"),
    ],
)
def test_who_said_or_called_does_not_change_who_is_typing(lang, text, role):
    interview = Interview.start(lang=lang, today=TODAY)  # type: ignore[arg-type]
    interview.answer(text)
    assert interview.state.role == role


def test_a_residence_card_there_is_living_there_whatever_else_is_missing():
    facts = opened(
        "Moroccan, lives in Spain with his residence card, no papers for Belgium yet", "en"
    )
    assert facts.location == "eu_resident"


def test_an_abbreviation_is_no_end_of_sentence():
    facts, _ = answered(
        "current_stay",
        "arrived approx. 4 June, annex 3 until 31 August",
        "en",
        Facts(nationality="MA", location="belgium", status="seasonal_short_stay"),
        today=date(2026, 6, 10),
    )
    assert facts.entry_date == date(2026, 6, 4)


def test_seventeen_and_a_half_written_with_a_fraction():
    facts, _ = answered("age", "17 1/2", "en")
    assert facts.age == 17


@pytest.mark.parametrize(
    ("question", "lang", "text", "start"),
    [
        ("entry_date", "en", "1 5 2026", date(2026, 5, 1)),
        ("work", "de", "1 5 2027 bis 31 7 2027", date(2027, 5, 1)),
    ],
)
def test_a_date_dictated_without_its_separators(question, lang, text, start):
    facts, _ = answered(question, text, lang, today=date(2026, 3, 1))
    assert start in (facts.entry_date, facts.work.start if facts.work else None)
