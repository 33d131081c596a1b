"""Nationalities and documents as people type them, in four languages."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from rules.countries import needs_short_stay_visa, resolve_nationality
from rules.documents import match_documents, near_misses_in

PHRASES = tomllib.loads(
    (Path(__file__).parents[1] / "data" / "document_phrases.toml").read_text("utf-8")
)["phrase"]


@pytest.mark.parametrize("case", PHRASES, ids=lambda case: f"{case['lang']}:{case['text']}")
def test_a_typed_phrase_matches_its_document(case):
    found = [match.document for match in match_documents(case["text"])]
    assert found == ([] if case["document"] == "none" else [case["document"]])
    if "near_miss" in case:
        assert [near.id for _, _, near in near_misses_in(case["text"])] == [case["near_miss"]]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("MA", "MA"),
        ("ma", "MA"),
        ("Maroc", "MA"),
        ("Marokko", "MA"),
        ("Morocco", "MA"),
        ("marocain", "MA"),
        ("Marrokko", "MA"),
        ("Oekraïne", "UA"),
        ("Ukraine", "UA"),
        ("ukrainien", "UA"),
        ("Türkei", "TR"),
        ("Turquie", "TR"),
        ("Turkije", "TR"),
        ("Népal", "NP"),
        ("nepal", "NP"),
        ("Inde", "IN"),
        ("Indien", "IN"),
        ("India", "IN"),
        ("Verenigde Staten", "US"),
        ("Vereinigte Staaten", "US"),
        ("États-Unis", "US"),
        ("Côte d’Ivoire", "CI"),
        ("Ivoorkust", "CI"),
        ("Tunesië", "TN"),
        ("Tunisie", "TN"),
        ("Moldavie", "MD"),
        ("Moldova", "MD"),
        ("Philippines", "PH"),
        ("Filipijnen", "PH"),
        ("Belgique", "BE"),
        ("België", "BE"),
        ("Frankrijk", "FR"),
        ("Allemagne", "DE"),
        ("Kosovo", "XK"),
        ("Sénégal", "SN"),
        ("Georgien", "GE"),
    ],
)
def test_a_nationality_is_recognised_in_four_languages(typed, code):
    assert resolve_nationality(typed) == code


@pytest.mark.parametrize("typed", ["", "   ", "xx", "Atlantis", "asdfghjkl", "123", "a" * 5000])
def test_an_unknown_nationality_is_not_guessed(typed):
    assert resolve_nationality(typed) is None


@pytest.mark.parametrize(
    ("code", "needs"),
    [
        ("MA", True),
        ("TR", True),
        ("IN", True),
        ("UA", False),
        ("US", False),
        ("GB", False),
        ("AL", False),
        ("VU", True),
    ],
)
def test_the_short_stay_visa_follows_the_schengen_list(code, needs):
    assert needs_short_stay_visa(code) is needs


@pytest.mark.parametrize(
    "doc_id", ["passport", "work_permit", "annex_3", "seasonal_permit_or_visa"]
)
def test_a_document_id_names_its_document(doc_id):
    assert [m.document for m in match_documents(doc_id)] == [doc_id]


@pytest.mark.parametrize(
    ("typed", "doc_id"),
    [
        ("only my passport", "passport"),
        ("just the lease", "housing_proof"),
        ("verzekering", "health_insurance"),
        ("Wohnung", "housing_proof"),
    ],
)
def test_a_document_among_other_words_is_found(typed, doc_id):
    assert [m.document for m in match_documents(typed)] == [doc_id]


@pytest.mark.parametrize("typed", ["annexe 46", "bijlage 46", "Anlage 49"])
def test_a_number_is_never_taken_for_a_typo(typed):
    # annex 46 is the decision, annex 49 a provisional document: neither is annex 6 or annex 3
    assert match_documents(typed) == []


@pytest.mark.parametrize(
    ("typed", "doc_id"),
    [
        ("reispaspoort", "passport"),
        ("befristeter Vertrag", "employment_contract"),
        ("ontvangstbewijs", "fee_payment"),
        ("annexe 3 bs", "sponsorship_undertaking"),
    ],
)
def test_more_words_people_use(typed, doc_id):
    assert [m.document for m in match_documents(typed)] == [doc_id]


@pytest.mark.parametrize(
    ("typed", "doc_id"),
    [
        ("het contract al", "employment_contract"),  # not a typo of "huurcontract"
        ("the contract too", "employment_contract"),
        ("huur contract", "housing_proof"),  # a name split in two is still that name
    ],
)
def test_a_name_written_out_whole_beats_a_near_typo(typed, doc_id):
    from rules.documents import match_one

    assert match_one(typed).document == doc_id
