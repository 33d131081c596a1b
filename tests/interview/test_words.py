"""Yes/no, nationalities and documents in a person's words."""

from __future__ import annotations

import pytest

from assistant.engine.parsing.countries import read_nationality
from assistant.engine.parsing.documents import NoDocumentNamed, read_held
from assistant.engine.parsing.yesno import parse_yes_no


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "Yes!",
        "oui",
        "ouais",
        "ja",
        "jawel",
        "ja hoor",
        "jawohl",
        "klar",
        "bien sûr",
        "sure",
        "yes he was",
        "jaaa",
        "yesss",
    ],
)
def test_yes(text):
    assert parse_yes_no(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "non",
        "nee",
        "neen",
        "nein",
        "nooit",
        "jamais",
        "nie",
        "pas du tout",
        "not at all",
        "no never",
        "nooon",  # a letter held down
        "neeee",
    ],
)
def test_no(text):
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("text", ["maybe", "peut-être", "misschien", "vielleicht", "", "banana"])
def test_neither(text):
    assert parse_yes_no(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MA", "MA"),
        ("Morocco", "MA"),
        ("Maroc", "MA"),
        ("Marokko", "MA"),
        ("marocaine", "MA"),
        ("Marroko", "MA"),
        ("marokaan", "MA"),
        ("Ukrainerin", "UA"),
        ("oekraïne", "UA"),
        ("Tunesier", "TN"),
        ("tunisienne", "TN"),
        ("Nepalees", "NP"),
        ("Kyrgyzstan", "KG"),
        ("filipino", "PH"),
        ("sénégalaise", "SN"),
        ("Moldawien", "MD"),
        ("Guinée", "GN"),
        ("he is Moroccan", "MA"),
        ("il est marocain", "MA"),
        ("hij is Marokkaan", "MA"),
        ("Polonais", "PL"),
        ("Belgier", "BE"),
    ],
)
def test_nationalities_in_four_languages_misspelt_or_not(text, code):
    assert read_nationality(text).code == code


@pytest.mark.parametrize("text", ["asdfgh", "Narnia", "1/4/2026", "I don't know", "x" * 300])
def test_no_nationality(text):
    assert read_nationality(text).code is None


@pytest.mark.parametrize("text", ["Guinéen", "congolaises", "Korean", "Kongolesin"])
def test_a_word_of_several_countries_is_not_settled_on_one(text):
    assert read_nationality(text).code is None


def test_where_the_worker_lives_comes_with_the_nationality():
    reading = read_nationality("Marokkaan, woont nog in Marokko")
    assert (reading.code, reading.lives_in) == ("MA", "MA")


CHECKLIST = (
    "passport",
    "work_permit",
    "health_insurance",
    "housing_proof",
    "annex_3",
    "sponsorship_undertaking",
)
REQUIRED = CHECKLIST[:-1]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("passport and work permit", ["passport", "work_permit"]),
        ("paspoort, arbeidskaart", ["passport", "work_permit"]),
        (
            "passeport, annexe 3, permis de travail et assurance",
            ["passport", "work_permit", "health_insurance", "annex_3"],
        ),
        (
            "Reisepas, Arbeitserlaubnis, Krankenversicherug",
            ["passport", "work_permit", "health_insurance"],
        ),
        ("everything except the lease", ["passport", "work_permit", "health_insurance", "annex_3"]),
        ("tout sauf le bail", ["passport", "work_permit", "health_insurance", "annex_3"]),
        (
            "alles behalve het huurcontract",
            ["passport", "work_permit", "health_insurance", "annex_3"],
        ),
        ("alles außer dem Mietvertrag", ["passport", "work_permit", "health_insurance", "annex_3"]),
        ("everything", list(REQUIRED)),
        ("passport but not the insurance", ["passport"]),
        ("none yet", []),
        ("rien", []),
        ("nog niets", []),
        ("nichts", []),
        ("nog niks, we beginnen pas", []),
        # a phrase is a cue in any language: a Dutch answer says "pas encore"
        ("paspoort ok, verzekering nog nie, housing pas encore", ["passport"]),
        ("passeport, toelating van 't Vlaams Gewest ok", ["passport", "work_permit"]),
        # "signed" names no document alone: "not signed yet" speaks of the paper before it
        ("passeport, le bail c'est chez mon patron, pas encore signé", ["passport"]),
        ("passport, lease from the landlord, not signed yet", ["passport"]),
        # a label naming the item, then what the person has for it: a look-alike
        ("Pass. Wohnung: nur die Meldebescheinigung von der Gemeinde", ["passport"]),
        # a paper promised for a day to come is not held; one done on a day past is
        ("passport yes, insurance the broker sends it on Monday", ["passport"]),
        ("Pass ja, die Versicherung gibt ihm der Makler am Montag", ["passport"]),
        ("passport, insurance paid on Monday", ["passport", "health_insurance"]),
        # a paper someone else keeps is held
        (
            "paspoort. De bijlage 3 heb ik niet bij mij, die ligt bij de baas",
            ["passport", "annex_3"],
        ),
        ("le passeport (c'est nous qui l'avons ici au bureau)", ["passport"]),
        ("passport, the lease is with the boss", ["passport", "housing_proof"]),
        # lists dictated without commas
        (
            "passport work permit insurance yes housing no not yet",
            ["passport", "work_permit", "health_insurance"],
        ),
        (
            "paspoort bijlage drie en verzekering de rest heb ik nog niet",
            ["passport", "health_insurance", "annex_3"],
        ),
        ("reisepass krankenversicherung und anlage 3", ["passport", "health_insurance", "annex_3"]),
        # "already signed" names no contract
        (
            "een paspoort. De huurovereenkomst geven wij, die is al getekend.",
            ["passport", "housing_proof"],
        ),
    ],
)
def test_documents_in_free_words(text, held):
    assert read_held(text, CHECKLIST, REQUIRED).held == held


@pytest.mark.parametrize("text", ["banana", "next week", "tout sauf la banane"])
def test_no_document_named(text):
    with pytest.raises(NoDocumentNamed):
        read_held(text, CHECKLIST, REQUIRED)
