"""The opening description: a whole case told at once, each fact it states plainly taken and
said back, nothing guessed. (The blind corpus measures how often; these are the kinds.)"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Interview

TODAY = date(2026, 5, 12)


def told(text: str, lang: str = "en", today: date = TODAY) -> Interview:
    interview = Interview.start(lang=lang, today=today, opening=True)
    interview.answer(text)
    return interview


def _asked(lang: str, question: str, today: date = TODAY, **facts) -> Interview:
    interview = Interview.start(lang=lang, today=today, role="worker")
    for name, value in facts.items():
        setattr(interview.state.facts, name, value)
    interview.state.answered = ["role", "nationality", "location"]
    interview.state.reopened = question
    return interview


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He arrived on 3 April with an annex 3 that is valid until 1 July."),
        ("fr", "Il est arrivé le 3 avril, son annexe 3 est valable jusqu'au 1er juillet."),
        ("nl", "Hij is op 3 april aangekomen, de bijlage 3 is geldig tot 1 juli."),
        ("de", "Er ist am 3. April eingereist, die Anlage 3 ist gültig bis 1. Juli."),
    ],
)
def test_an_arrival_and_the_end_of_the_annex_give_the_current_stay(lang, text):
    facts = told(text, lang).state.facts
    assert facts.entry_date == date(2026, 4, 3)
    assert facts.current_stay is not None
    assert (facts.current_stay.start, facts.current_stay.end) == (
        date(2026, 4, 3),
        date(2026, 7, 1),
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our Nepali picker comes on 20 May, he works from 21 May to 31 July."),
        ("fr", "Notre ouvrier népalais arrive le 20 mai, il travaille du 21 mai au 31 juillet."),
        ("nl", "Onze Nepalese plukker komt op 20 mei aan, hij werkt van 21 mei tot 31 juli."),
    ],
)
def test_a_day_of_arrival_still_to_come_is_read_and_where_the_worker_is_now_asked(lang, text):
    # coming on a day to come: from abroad, or from a stay in Belgium under another status
    interview = told(text, lang)
    facts = interview.state.facts
    assert facts.nationality == "NP"
    assert facts.location is None
    assert interview.current().question.id == "location"
    assert facts.entry_date == date(2026, 5, 20)
    assert (facts.work.start, facts.work.end) == (date(2026, 5, 21), date(2026, 7, 31))


def test_a_work_permit_is_the_work_not_the_stay():
    facts = told(
        "Kenyan worker in Belgium since 2 May on annex 3. "
        "His work permit runs from 4 May to 30 July."
    ).state.facts
    assert facts.entry_date is None  # "in Belgium since": where the worker is, not the entry
    assert facts.current_stay is None  # the annex's end is not said: asked, not taken from the work
    assert (facts.work.start, facts.work.end) == (date(2026, 5, 4), date(2026, 7, 30))


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "employeur, c'est pour une ouvrière ukrainienne", "UA"),
        ("de", "Arbeitgeber, es geht um unseren Arbeiter aus Moldawien", "MD"),
        ("fr", "c pour moi, jsui algerien", "DZ"),
        ("nl", "werkgever, voor een arbeider uit Marokko", "MA"),
        ("nl", "werkgever. wij hebben 5 Oekraïners op ons bedrijf", "UA"),
        ("nl", "werkgever, het gaat om twee Marokkanen", "MA"),
        ("nl", "werkgever, wij nemen 3 Vietnamezen aan", "VN"),
        ("en", "Am the worker, Nigerian, 33yrs", "NG"),
        ("de", "wir sind der Betrieb, der die Kubanerin einstellen will", "CU"),
        ("fr", "Je suis l'exploitant, c'est pour un de nos cueilleurs marocains.", "MA"),
        ("fr", "Service RH de la société, je gère le dossier de nos saisonniers népalais", "NP"),
    ],
)
def test_a_nationality_said_of_the_worker_next_to_the_role(lang, text, code):
    interview = Interview.start(lang=lang, today=TODAY)
    interview.answer(text)
    assert interview.state.facts.nationality == code


def test_a_long_description_ending_with_a_question_is_read_not_taken_for_help():
    text = (
        "Je suis algérien, j'ai 38 ans, je suis encore en Algérie. Un agriculteur de Sint-Truiden "
        "veut me faire travailler du 1er juin au 15 octobre, comme l'année passée du 1er juin au "
        "31 août 2025 chez lui. Je n'ai jamais été ailleurs en Europe. Mon cousin dit que c'est "
        "facile, mon frère dit que c'est compliqué, et moi je ne sais plus très bien quoi penser "
        "de tout cela. Comment ça marche avec le visa pour moi ?"
    )
    assert len(text) > 400
    facts = told(text, "fr").state.facts
    assert facts.nationality == "DZ"
    assert facts.age == 38
    assert facts.location == "abroad"
    assert (facts.work.start, facts.work.end) == (date(2026, 6, 1), date(2026, 10, 15))


def test_a_paste_longer_than_any_description_is_refused_and_asked_again():
    interview = Interview.start(lang="en", today=TODAY, opening=True)
    step = interview.answer("Moroccan, 30. " * 200)
    assert interview.state.facts.nationality is None
    assert step.question is not None and step.question.id == "opening"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        (
            "fr",
            "Je suis malien, encore à Kayes. J'ai le passeport et l'assurance, rien d'autre.",
            ["passport", "health_insurance"],
        ),
        (
            "nl",
            "Ik ben Marokkaan. Ik heb mijn paspoort en het contract al.",
            ["passport", "employment_contract"],
        ),
        (
            "en",
            "Thai, 30, still in Thailand; i have my passport and the medical certificate",
            ["passport", "medical_certificate"],
        ),
    ],
)
def test_the_papers_a_description_says_are_held(lang, text, held):
    facts = told(text, lang).state.facts
    assert sorted(facts.documents) == sorted(held)


def test_one_paper_named_in_a_description_still_asks_for_the_others():
    interview = told(
        "Je suis bielorusse, je suis encore en Biélorussie. Je viens travailler du 12 avril "
        "au 18 juin, jamais venu en Europe. J'ai déjà le permis de travail.",
        "fr",
        date(2027, 2, 10),
    )
    assert interview.state.facts.documents == ("work_permit",)
    asked = [interview.current().question]
    while asked[-1] is not None and asked[-1].id != "documents" and len(asked) < 5:
        said = "je ne sais pas" if asked[-1].id == "entry_date" else "non"
        asked.append(interview.answer(said).question)
    assert asked[-1] is not None and asked[-1].id == "documents", [q and q.id for q in asked]
    interview.answer("le passeport aussi, le visa pas encore")
    assert set(interview.state.facts.documents) == {"passport", "work_permit"}


def test_papers_held_and_the_rest_said_in_a_description_are_the_file():
    interview = told(
        "Je suis marocain, au Maroc. Je viens travailler du 1er juin au 31 juillet, jamais venu "
        "en Europe. J'ai le passeport et le contrat, le reste pas encore.",
        "fr",
    )
    assert set(interview.state.facts.documents) == {"passport", "employment_contract"}
    assert "documents" not in interview.state.partial


@pytest.mark.parametrize(
    "text",
    [
        "I have the annex 6 since 1 June until 31 August, I'm from Nepal.",  # dates: the stay
        "Ik ben Surinaamse, ik woon in Nederland en ik heb een verblijfsvergunning.",  # a place
    ],
)
def test_a_paper_that_tells_the_situation_is_not_taken_for_the_file(text):
    lang = "nl" if text.startswith("Ik") else "en"
    assert told(text, lang).state.facts.documents is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "From 1 June to 31 August, arriving the day before."),
        ("de", "Vom 1. Juni bis 31. August, ich komme einen Tag vorher an."),
        ("nl", "Van 1 juni tot 31 augustus, ik kom een dag eerder aan."),
    ],
)
def test_an_arrival_counted_from_the_work(lang, text):
    interview = _asked(lang, "work", nationality="MA", location="abroad")
    interview.answer(text)
    assert interview.state.facts.entry_date == date(2026, 5, 31)


def test_an_arrival_then_work_from_the_day_after():
    facts = told(
        "Ich bin Peruaner, noch in Lima. Ich komme am 20. Mai an und arbeite ab dem Tag danach "
        "bis zum 31. Juli.",
        "de",
    ).state.facts
    assert facts.entry_date == date(2026, 5, 20)
    assert (facts.work.start, facts.work.end) == (date(2026, 5, 21), date(2026, 7, 31))


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("nl", "de eerste", "worker"),
        ("nl", "de derde optie", "helpdesk"),
        ("de", "die zweite", "employer"),
        ("fr", "la première", "worker"),
        ("en", "the third one", "helpdesk"),
    ],
)
def test_a_choice_said_as_an_ordinal(lang, text, role):
    interview = Interview.start(lang=lang, today=TODAY)
    interview.change("role")
    interview.answer(text)
    assert interview.state.role == role


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [("nl", "k ben de baas, hij is 19", 19), ("en", "the employer. he's 52.", 52)],
)
def test_a_person_said_to_be_a_number_is_an_age(lang, text, age):
    interview = Interview.start(lang=lang, today=TODAY)
    interview.answer(text)
    assert interview.state.facts.age == age


def test_a_day_said_with_a_person_is_not_an_age():
    interview = Interview.start(lang="nl", today=TODAY)
    interview.answer("ik ben de werknemer, ik ben 30 april aangekomen")
    assert interview.state.facts.age is None
    assert interview.state.facts.entry_date == date(2026, 4, 30)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "annex 3 from 1 May to 29 July, and the contract runs from 3 May to 30 June"),
        ("nl", "bijlage 3 van 1 mei tot 29 juli; hij werkt bij ons van 3 mei tot 30 juni"),
        ("de", "Anlage 3: 1.5. bis 29.7.; Arbeitsvertrag 3.5. bis 30.6."),
    ],
)
def test_a_contract_inside_the_current_stay_is_the_work_taken_whole(lang, text):
    interview = _asked(
        lang, "current_stay", nationality="UA", location="belgium", status="seasonal_short_stay"
    )
    interview.answer(text)
    facts = interview.state.facts
    assert (facts.current_stay.start, facts.current_stay.end) == (
        date(2026, 5, 1),
        date(2026, 7, 29),
    )
    assert (facts.work.start, facts.work.end) == (date(2026, 5, 3), date(2026, 6, 30))


def test_a_flemish_ordinal_day():
    interview = _asked("nl", "work", date(2026, 2, 6), nationality="MA", location="abroad")
    interview.answer("ze beginnen den eersten april en stoppen den dertigsten juni")
    assert (interview.state.facts.work.start, interview.state.facts.work.end) == (
        date(2026, 4, 1),
        date(2026, 6, 30),
    )


def test_an_end_after_an_arrival_and_the_wish_after_it():
    facts = told(
        "Our Tunisian picker came on 2 May, the annex 3 is valid until 30 July. "
        "We would like to keep him until 15 September."
    ).state.facts
    assert (facts.current_stay.start, facts.current_stay.end) == (
        date(2026, 5, 2),
        date(2026, 7, 30),
    )
    assert (facts.work.start, facts.work.end) == (date(2026, 7, 31), date(2026, 9, 15))


def test_two_ends_without_an_arrival_are_asked_not_made_a_stay():
    """ "Valid until 30 July ... until 15 September": neither is the stay's first day."""
    interview = told(
        "Our Tunisian picker has an annex 3 valid until 30 July, we would like to keep him "
        "until 15 September."
    )
    assert interview.state.facts.current_stay is None
    assert interview.state.facts.work is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenyan, still in Nairobi. Work from the day after he arrives until 31 July."),
        ("fr", "Kényan, encore à Nairobi. Travail du lendemain de son arrivée au 31 juillet."),
    ],
)
def test_work_counted_from_an_arrival_not_given_is_asked(lang, text):
    facts = told(text, lang).state.facts
    assert facts.work is None and facts.entry_date is None


def test_the_day_of_filing_said_to_be_the_day_of_arrival_is_both():
    interview = _asked("fr", "filed_on", nationality="MA", location="belgium")
    interview.answer("je l'ai fait le jour même de mon arrivée, le 4 mai")
    assert interview.state.facts.filed_on == interview.state.facts.entry_date == date(2026, 5, 4)


def test_filed_right_away_after_arriving_does_not_date_the_arrival():
    interview = _asked("en", "filed_on", nationality="MA", location="belgium")
    interview.answer("right away after I arrived, on 4 May")
    assert interview.state.facts.filed_on == date(2026, 5, 4)
    assert interview.state.facts.entry_date is None


def test_an_arrival_with_the_work_answers_both():
    interview = _asked("nl", "entry_date", nationality="MA", location="abroad")
    interview.answer("Meneer komt 30 mei aan en werkt van 1 juni tot 30 augustus.")
    facts = interview.state.facts
    assert facts.entry_date == date(2026, 5, 30)
    assert (facts.work.start, facts.work.end) == (date(2026, 6, 1), date(2026, 8, 30))


def test_a_place_said_with_already_in():
    interview = Interview.start(lang="nl", today=TODAY)
    interview.answer("Ik ben de seizoenarbeider, ik zit al in België met een bijlage 3")
    assert interview.state.facts.location == "belgium"
    assert interview.state.facts.status == "seasonal_short_stay"


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("de", "Die Person kommt aus Guatemala und ist noch dort.", "GT"),
        ("nl", "Hij komt uit Marokko, hij is 30.", "MA"),
        ("en", "He's coming from Kenya next month.", "KE"),
        ("fr", "La personne est kényane.", "KE"),
    ],
)
def test_where_a_person_comes_from_is_the_nationality(lang, text, code):
    assert told(text, lang).state.facts.nationality == code


def test_an_arrival_counted_from_the_work_is_dated():
    facts = told(
        "Wij willen een Zuid-Afrikaanse werknemer van 1 juni tot 30 september. "
        "Hij komt de dag ervoor aan.",
        "nl",
    ).state.facts
    assert facts.entry_date == date(2026, 5, 31)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Morrocan, 26, here on annex 3", "MA"),
        ("hi, im from philipines, i am here in belgium with a D visa", "PH"),
        ("jsui tunisein, j'arrive en mai", "TN"),
    ],
)
def test_a_misspelt_nationality_where_one_is_expected(text, code):
    assert told(text, "fr" if text.startswith("jsui") else "en").state.facts.nationality == code


def test_a_word_that_only_looks_like_a_country_is_not_a_nationality():
    """ "Backpacking", "strawberry": first words and words after "from" that name no country."""
    assert (
        told("Backpacking around, from tomorrow free for picking").state.facts.nationality is None
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Er ist Marokkaner, noch in Marokko. Er kommt ungefähr Mitte Juni."),
        ("en", "He is Moroccan, still in Morocco, arriving around the 10th of June."),
        ("fr", "Il est marocain, encore au Maroc, il arrive vers le 10 juin."),
    ],
)
def test_a_hedged_day_of_arrival_is_asked_not_taken(lang, text):
    interview = told(text, lang)
    assert interview.state.facts.nationality == "MA"
    assert interview.state.facts.entry_date is None


def test_a_season_said_for_every_year_since_a_year_is_each_season_already_over():
    interview = _asked("en", "previous_stays", nationality="MA", location="abroad")
    interview.answer("every year since 2022, always 15 August to 15 October")
    stays = interview.state.facts.previous_seasonal_stays
    assert [(s.start, s.end) for s in stays] == [
        (date(year, 8, 15), date(year, 10, 15)) for year in (2022, 2023, 2024, 2025)
    ]


def test_a_visit_named_earlier_in_the_sentence_than_its_dates_is_a_visit():
    interview = _asked("nl", "previous_stays", nationality="MA", location="abroad")
    interview.answer(
        "Seizoenarbeid bij ons: 01/05/2025-31/07/2025. "
        "Daarnaast was hij in april op vakantie in Frankrijk, van 3 tot 17 april."
    )
    facts = interview.state.facts
    assert [(s.start, s.end) for s in facts.previous_seasonal_stays] == [
        (date(2025, 5, 1), date(2025, 7, 31))
    ]
    assert [(s.start, s.end) for s in facts.previous_schengen_stays] == [
        (date(2026, 4, 3), date(2026, 4, 17))
    ]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "Macau passport, 23, still at home in Macau.", "MO"),
        ("de", "Macao, hab Macau SAR Pass, bin jetzt in Belgien als Student", "MO"),
        ("en", "Hello, I hold a HKSAR passport, I'm 35", "HK"),
        ("fr", "ahla, ena tounsi, 23 ans, je suis en Tunisie à Sfax.", "TN"),
        (
            "fr",
            "colombienne, j'habite à Lisbonne avec mon autorização de residência portugaise",
            "CO",
        ),
    ],
)
def test_the_nationality_of_a_passport_or_said_in_a_word_of_home(lang, text, code):
    assert told(text, lang).state.facts.nationality == code


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nationality: Thai\nCurrent location: Udon Thani, Thailand\nPeriod: 01/03–31/05"),
        ("de", "Staatsangehörigkeit: vietnamesisch\nAufenthaltsort: Hanoi, Vietnam"),
        ("fr", "Nationalité : marocaine\nLieu actuel : Agadir, Maroc"),
    ],
)
def test_a_pasted_form_line_that_says_where_places_the_worker(lang, text):
    assert told(text, lang).state.facts.location == "abroad"


@pytest.mark.parametrize(
    ("lang", "text", "age", "work", "entry"),
    [
        # "am" is German for "on the", but "i am 24" is an age
        (
            "en",
            "im kenyan i am 24 i am still in kenya the job is from the 15th of june to the "
            "15th of august",
            24,
            (date(2026, 6, 15), date(2026, 8, 15)),
            None,
        ),
        # "von 20. Mai" is a day, not "a man of 20"
        (
            "de",
            "ich bin ukrainerin, ich bin einundfünfzig jahre alt, ich möchte pflücken von "
            "zwanzigsten juni bis zwanzigsten juli",
            51,
            (date(2026, 6, 20), date(2026, 7, 20)),
            None,
        ),
        (
            "de",
            "Ich bin von Nigeria, wohne in Lagos. Arbeit von 10. August bis 10. Oktober. "
            "Ich reise am 9. August.",
            None,
            (date(2026, 8, 10), date(2026, 10, 10)),
            date(2026, 8, 9),
        ),
    ],
)
def test_ages_days_and_arrivals_in_a_description_are_told_apart(lang, text, age, work, entry):
    facts = told(text, lang).state.facts
    assert facts.age == age
    assert (facts.work.start, facts.work.end) == work
    assert facts.entry_date == entry


def test_work_that_began_a_few_days_ago_stays_in_this_year():
    facts = told("Employer. Worker is Georgian, 29. Work from 1 May to 28 July.").state.facts
    assert (facts.work.start, facts.work.end) == (date(2026, 5, 1), date(2026, 7, 28))


def test_a_visa_under_way_since_months_is_asked_about_not_moved_to_next_year():
    facts = told(
        "Unsere Saisonkraft aus Indien hat ein Visum D vom 1.7. bis 31.12., er ist 50",
        "de",
        today=date(2026, 9, 15),
    ).state.facts
    assert facts.work is None


def test_a_place_said_with_a_doubt_is_asked_about():
    interview = told(
        "onze werknemer is al in België, of nee, hij zit nog in Marokko denk ik, "
        "ik moet het nakijken",
        "nl",
    )
    assert interview.state.facts.location is None


def test_a_range_with_weekdays_written_before_its_days():
    interview = _asked("en", "previous_stays", nationality="MA", location="abroad")
    interview.answer("Mon 2 June 2025 to Fri 29 Aug 2025, with us")
    stays = interview.state.facts.previous_seasonal_stays
    assert [(s.start, s.end) for s in stays] == [(date(2025, 6, 2), date(2025, 8, 29))]


@pytest.mark.parametrize(
    ("lang", "text", "work"),
    [
        ("en", "whole of September and October", (date(2026, 9, 1), date(2026, 10, 31))),
        ("nl", "gans juli en augustus", (date(2026, 7, 1), date(2026, 8, 31))),
    ],
)
def test_whole_months_said_as_such_are_every_day_of_them(lang, text, work):
    interview = _asked(lang, "work", nationality="MA", location="abroad")
    interview.answer(text)
    facts = interview.state.facts
    assert (facts.work.start, facts.work.end) == work


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "before I answer anything, why do you need all this? does it go to the immigration "
            "office?",
        ),
        ("de", "was muss ich hier genau schreiben? ist das für das Visum?"),
    ],
)
def test_a_question_instead_of_a_description_is_answered_and_changes_nothing(lang, text):
    interview = told(text, lang)
    assert interview.state.facts == type(interview.state.facts)()
    assert interview.current().question.id == "opening"


def test_an_annex_named_at_a_dates_question_places_the_worker_in_belgium():
    interview = _asked("fr", "entry_date", nationality="MA")
    interview.state.answered = ["role", "nationality"]
    interview.answer("il est déjà là depuis le 2 mai, il a l'annexe 3")
    facts = interview.state.facts
    assert (facts.location, facts.status) == ("belgium", "seasonal_short_stay")
    assert facts.entry_date == date(2026, 5, 2)


def test_a_country_named_in_its_own_language_is_a_place():
    interview = _asked("nl", "location", nationality="MA")
    interview.state.answered = ["role", "nationality"]
    interview.answer("ik woon in Italia, ik heb permesso di soggiorno")
    assert interview.state.facts.location == "eu_resident"


def test_the_country_of_papers_is_not_a_second_nationality():
    interview = _asked("en", "nationality")
    interview.state.answered = ["role"]
    interview.answer("Moroccan. Well he has Spanish papers too, a residence card")
    assert interview.state.facts.nationality == "MA"


@pytest.mark.parametrize(
    ("lang", "text", "location"),
    [
        (
            "nl",
            "hij zit nog in Oezbekistan, wacht op zijn visum",
            "abroad",
        ),  # "wacht op": no correction
        (
            "en",
            "He lives in Spain, has a Spanish TIE residence card, and is working in Poland now",
            "eu_resident",
        ),
        ("en", "Lisbon. I have portuguese residence permit", "eu_resident"),
    ],
)
def test_where_the_worker_is_in_a_few_words(lang, text, location):
    interview = _asked(lang, "location", nationality="UZ")
    interview.state.answered = ["role", "nationality"]
    interview.answer(text)
    assert interview.state.facts.location == location


@pytest.mark.parametrize(
    ("lang", "question", "text"),
    [
        ("nl", "previous_stays", "hoort Zwitserland bij Schengen?"),
        ("en", "filed_on", "commune = the town hall? or is it the immigration office?"),
    ],
)
def test_a_question_back_that_answers_nothing_gets_help_and_the_same_question(lang, question, text):
    interview = _asked(lang, question, nationality="MA", location="abroad")
    before = interview.state.facts.model_copy()
    step = interview.answer(text)
    assert interview.state.facts == before
    assert step.question is not None and step.question.id == question
    assert not any(m.kind == "error" for m in step.messages)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Beratungsstelle hier, Kl.: Marokkaner, 28J., arbeitet 1.6.-30.9., noch in Nador"),
        ("nl", "hulpdienst. klant: marokkaan, 28j, seizoen 1/6 tot 30/9, nog geen visum"),
    ],
)
def test_the_work_in_a_helpdesk_note_at_the_first_question_is_taken(lang, text):
    interview = Interview.start(lang=lang, today=TODAY)
    interview.answer(text)
    facts = interview.state.facts
    assert (facts.work.start, facts.work.end) == (date(2026, 6, 1), date(2026, 9, 30))


def test_an_age_written_y_slash_o_in_a_description():
    assert told("Hi po, I'm Filipina, 29 y/o, currently in Manila").state.facts.age == 29
