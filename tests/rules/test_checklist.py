"""The documents to produce (RD 105/11 – 105/42), per procedure, and which are held."""

from __future__ import annotations

from .conftest import outcome, period


def ids(result, required=None):
    return [d.id for d in result.documents if required is None or d.required is required]


def test_a_visa_national_coming_for_a_short_stay_needs_the_visa_and_its_proofs():
    result = outcome(nationality="MA", work=period("2026-04-01", days=60))
    assert result.visa_required is True
    assert ids(result, required=True) == [
        "passport",
        "short_stay_visa",
        "work_permit",
        "health_insurance",
        "housing_proof",
    ]
    assert "consulate" in result.authorities


def test_a_visa_exempt_national_shows_housing_only_if_the_border_police_asks():
    result = outcome(nationality="UA", work=period("2026-04-01", days=60))
    assert result.visa_required is False
    assert ids(result, required=True) == ["passport", "work_permit"]
    housing = next(d for d in result.documents if d.id == "housing_proof")
    assert (housing.required, housing.condition) == (False, "if_border_police_asks")
    assert "short_stay_visa" not in ids(result)
    assert "consulate" not in result.authorities


def test_documents_asked_only_on_request_are_marked_as_such():
    result = outcome(work=period("2026-04-01", days=60))
    sponsorship = next(d for d in result.documents if d.id == "sponsorship_undertaking")
    assert (sponsorship.required, sponsorship.condition, sponsorship.citation) == (
        False,
        "on_request",
        "RD 105/40 §3",
    )


def test_the_single_procedure_asks_for_a_criminal_record_from_18():
    adult = outcome(age=18, work=period("2026-04-01", days=120))
    assert ids(adult, required=True) == [
        "fee_payment",
        "passport",
        "employment_contract",
        "health_insurance",
        "housing_proof",
        "medical_certificate",
        "criminal_record",
    ]


def test_a_minor_needs_no_criminal_record_and_pays_no_fee():
    minor = outcome(age=17, work=period("2026-04-01", days=120))
    assert "criminal_record" not in ids(minor)
    assert "fee_payment" not in ids(minor)
    assert minor.fee is None


def test_while_the_age_is_unknown_the_criminal_record_stays_listed_and_the_age_is_asked():
    result = outcome(work=period("2026-04-01", days=120))
    assert "criminal_record" in ids(result)
    assert "age" in result.missing_facts


def test_a_short_stay_extension_asks_for_copies_and_the_annex_3():
    result = outcome(
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", days=30),
        work=period("2026-03-31", days=30),
    )
    assert ids(result, required=True) == [
        "passport",
        "work_permit",
        "health_insurance",
        "housing_proof",
        "annex_3",
    ]
    assert next(d for d in result.documents if d.id == "annex_3").citation.startswith(
        "RD 105/17 §3 5°"
    )


def test_an_extension_beyond_90_days_asks_for_the_full_file():
    result = outcome(
        location="belgium",
        status="seasonal_short_stay",
        age=40,
        current_stay=period("2026-03-01", days=80),
        work=period("2026-05-20", days=60),
    )
    assert ids(result, required=True) == [
        "fee_payment",
        "passport",
        "employment_contract",
        "health_insurance",
        "housing_proof",
        "medical_certificate",
        "criminal_record",
        "annex_3",
    ]


def test_a_renewal_asks_for_the_current_permit_and_no_fee():
    result = outcome(
        location="belgium",
        status="seasonal_long_stay",
        current_stay=period("2026-02-01", days=100),
        work=period("2026-05-12", days=30),
    )
    assert ids(result, required=True) == [
        "passport",
        "seasonal_permit_or_visa",
        "employment_contract",
        "health_insurance",
        "housing_proof",
    ]
    assert result.fee is None


def test_documents_typed_in_four_languages_are_held():
    result = outcome(
        work=period("2026-04-01", days=60),
        documents=["paspoort", "Arbeitserlaubnis", "assurance maladie", "lease"],
    )
    held = {d.id: d.matched_text for d in result.documents if d.held}
    assert held == {
        "passport": "paspoort",
        "work_permit": "Arbeitserlaubnis",
        "health_insurance": "assurance maladie",
        "housing_proof": "lease",
    }


def test_a_phrase_naming_several_documents_marks_each():
    result = outcome(
        work=period("2026-04-01", days=60), documents=["passeport, permis de travail et bail"]
    )
    assert {d.id for d in result.documents if d.held} == {
        "passport",
        "work_permit",
        "housing_proof",
    }


def test_words_that_name_no_document_are_reported_not_dropped():
    result = outcome(work=period("2026-04-01", days=60), documents=["banana", "pasport"])
    assert result.unmatched_documents == ["banana"]
    assert [d.id for d in result.documents if d.held] == ["passport"]


def test_a_visa_nationals_extension_is_also_a_visa_extension_at_foreign_affairs():
    facts = dict(
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", days=30),
        work=period("2026-03-31", days=30),
    )
    visa_national = outcome(nationality="MA", **facts)
    exempt = outcome(nationality="UA", **facts)
    assert (
        visa_national.visa_required is True and "fps_foreign_affairs" in visa_national.authorities
    )
    assert exempt.visa_required is False and "fps_foreign_affairs" not in exempt.authorities


def test_a_renewal_under_a_long_stay_visa_holds_the_permit_or_visa_with_the_visa():
    # RD 105/32 2°: « copie du permis ... ou du visa de long séjour sous le couvert duquel il
    # séjourne »
    result = outcome(
        location="belgium",
        status="seasonal_long_stay",
        documents=["visa D"],
        current_stay=period("2026-02-01", days=100),
        work=period("2026-05-12", days=30),
    )
    item = next(d for d in result.documents if d.id == "seasonal_permit_or_visa")
    assert item.held and item.matched_text == "visa D"


def test_an_extension_with_none_of_the_documents_is_inadmissible_as_things_stand():
    facts = dict(
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", days=30),
        work=period("2026-03-31", days=30),
    )
    assert "no_documents" in outcome(documents=[], **facts).blocking  # RD 105/17 §4
    not_told = outcome(**facts)
    assert "no_documents" not in not_told.blocking and "documents" in not_told.missing_facts
