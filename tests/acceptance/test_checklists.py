"""Checklists per procedure (rules.md, "Checklists per procedure") and the user's documents,
typed in French, Dutch, German or English, as people type them."""

from __future__ import annotations

import pytest

from .helpers import conditional, held, item, outcome, period, required

IN_BELGIUM = {"today": "2026-05-04", "location": "belgium"}
SHORT = {"work": period("2026-04-01", "2026-06-15")}
SINGLE = {"work": period("2026-04-01", "2026-08-31")}
EXTENSION = {
    **IN_BELGIUM,
    "status": "seasonal_short_stay",
    "current_stay": period("2026-04-01", "2026-05-15"),
    "work": period("2026-05-16", "2026-06-20"),
}
BEYOND_90 = {**EXTENSION, "work": period("2026-05-16", "2026-08-15")}
RENEWAL = {
    **IN_BELGIUM,
    "status": "seasonal_long_stay",
    "current_stay": period("2026-04-01", "2026-07-31"),
    "work": period("2026-08-01", "2026-08-20"),
}

SINGLE_REQUIRED = {
    "fee_payment",
    "passport",
    "employment_contract",
    "health_insurance",
    "housing_proof",
    "medical_certificate",
    "criminal_record",
}


def test_a_visa_exempt_short_stay_requires_passport_and_work_permit_and_the_rest_on_request():
    answer = outcome(nationality="UA", **SHORT)
    assert required(answer) == {"passport", "work_permit"}
    assert {"housing_proof", "employment_contract", "sponsorship_undertaking"} <= conditional(
        answer
    )


def test_a_visa_national_short_stay_requires_the_visa_application_documents_and_the_visa():
    answer = outcome(nationality="MA", **SHORT)
    assert {
        "passport",
        "work_permit",
        "health_insurance",
        "housing_proof",
        "short_stay_visa",
    } <= required(answer)
    assert not {"fee_payment", "medical_certificate", "criminal_record", "annex_3"} & required(
        answer
    )


def test_a_short_stay_extension_requires_exactly_the_five_documents_of_105_17():
    answer = outcome(**EXTENSION)
    assert answer["procedure"] == "short_stay_extension"
    assert required(answer) == {
        "passport",
        "work_permit",
        "health_insurance",
        "housing_proof",
        "annex_3",
    }


def test_an_extension_beyond_90_days_requires_the_documents_of_105_27_for_an_adult():
    answer = outcome(**BEYOND_90, age=30)
    assert answer["procedure"] == "extension_beyond_90_days"
    assert required(answer) == SINGLE_REQUIRED | {"annex_3"}
    assert "sponsorship_undertaking" in conditional(answer)


def test_a_single_permit_requires_the_documents_of_105_22_for_an_adult():
    answer = outcome(**SINGLE, age=30)
    assert required(answer) == SINGLE_REQUIRED


def test_a_renewal_requires_the_documents_of_105_32_and_no_fee():
    answer = outcome(**RENEWAL)
    assert required(answer) == {
        "passport",
        "seasonal_permit_or_visa",
        "employment_contract",
        "health_insurance",
        "housing_proof",
    }
    assert answer["fee"] is None


def test_a_minor_needs_no_criminal_record_and_pays_no_fee_for_a_single_permit():
    answer = outcome(**SINGLE, age=17, filed_on="2026-03-01")
    assert "criminal_record" not in required(answer)
    assert "fee_payment" not in required(answer)
    assert answer["fee"] is None


def test_a_minor_needs_no_criminal_record_and_pays_no_fee_for_an_extension_beyond_90_days():
    answer = outcome(**BEYOND_90, age=16, filed_on="2026-05-04")
    assert "criminal_record" not in required(answer)
    assert answer["fee"] is None


def test_an_eighteen_year_old_pays_the_fee_for_a_single_permit():
    answer = outcome(**SINGLE, age=18, filed_on="2026-03-01")
    assert "fee_payment" in required(answer)
    assert answer["fee"]["amount_eur"] == 148


def test_an_eighteen_year_old_is_asked_for_a_criminal_record():
    answer = outcome(**SINGLE, age=18, filed_on="2026-03-01")
    assert "criminal_record" in required(answer)


def test_an_unknown_age_is_reported_as_a_missing_fact_for_a_single_permit():
    answer = outcome(**SINGLE, age=None)
    assert "age" in answer["missing_facts"]


def test_every_checklist_item_cites_its_article():
    answer = outcome(**SINGLE)
    assert answer["documents"]
    for entry in answer["documents"]:
        assert isinstance(entry["citation"], str) and "105/" in entry["citation"], entry
    assert "105/22" in item(answer, "passport")["citation"]


def test_the_documents_of_a_short_stay_extension_are_recognised_in_four_languages():
    typed = {
        "fr": [
            "copie du passeport",
            "permis de travail",
            "assurance maladie",
            "contrat de bail",
            "annexe 3",
        ],
        "nl": ["kopie paspoort", "arbeidskaart", "ziekteverzekering", "huurcontract", "bijlage 3"],
        "de": [
            "Kopie Reisepass",
            "Arbeitserlaubnis",
            "Krankenversicherung",
            "Mietvertrag",
            "Anlage 3",
        ],
        "en": ["passport copy", "work permit", "health insurance", "rental agreement", "annex 3"],
    }
    for lang, documents in typed.items():
        answer = outcome(**EXTENSION, documents=documents)
        assert held(answer) == {
            "passport",
            "work_permit",
            "health_insurance",
            "housing_proof",
            "annex_3",
        }, lang


SINGLE_TYPED = {
    "fr": [
        "mon passeport",
        "contrat de travail",
        "assurance maladie",
        "contrat de bail",
        "certificat médical",
        "extrait de casier judiciaire",
        "preuve de paiement de la redevance",
    ],
    "nl": [
        "paspoort",
        "arbeidsovereenkomst",
        "ziekteverzekering",
        "huurcontract",
        "medisch attest",
        "uittreksel uit het strafregister",
        "betalingsbewijs retributie",
    ],
    "de": [
        "Reisepass",
        "Arbeitsvertrag",
        "Krankenversicherung",
        "Mietvertrag",
        "ärztliches Attest",
        "Führungszeugnis",
        "Zahlungsnachweis Gebühr",
    ],
    "en": [
        "passport",
        "employment contract",
        "health insurance",
        "lease",
        "medical certificate",
        "criminal record",
        "proof of payment of the fee",
    ],
    "misspelt": [
        "pasport",
        "employment contarct",
        "helth insurance",
        "rental agreemnt",
        "medical certficate",
        "criminal recrod",
        "fee paymant",
    ],
    "without accents": [
        "passeport",
        "contrat de travail",
        "assurance maladie",
        "bail",
        "certificat medical",
        "casier judiciaire",
        "redevance payee",
    ],
}


@pytest.mark.parametrize("how", list(SINGLE_TYPED))
def test_the_documents_of_a_single_permit_are_recognised_as_people_type_them(how):
    answer = outcome(**SINGLE, lang="fr" if how == "fr" else "en", documents=SINGLE_TYPED[how])
    assert held(answer) == SINGLE_REQUIRED


def test_a_held_document_shows_the_words_the_user_typed():
    answer = outcome(**SINGLE, documents=["Reisepass"])
    passport = item(answer, "passport")
    assert passport["held"] is True
    assert passport["matched_text"] == "Reisepass"
    assert held(answer) == {"passport"}


def test_documents_of_a_renewal_are_recognised_in_four_languages():
    typed = {
        "fr": ["passeport", "permis pour travailleur saisonnier", "contrat de travail"],
        "nl": ["paspoort", "vergunning voor seizoenarbeider", "arbeidsovereenkomst"],
        "de": ["Reisepass", "Erlaubnis für Saisonarbeitnehmer", "Arbeitsvertrag"],
        "en": ["passport", "seasonal worker permit", "employment contract"],
    }
    for lang, documents in typed.items():
        answer = outcome(**RENEWAL, documents=documents)
        assert held(answer) == {"passport", "seasonal_permit_or_visa", "employment_contract"}, lang


def test_the_short_stay_visa_is_recognised_but_not_a_schengen_visa_without_the_mention():
    # RD 105/11 §1 2°: a short-stay visa bearing the mention "seasonal worker"
    for typed in ("short-stay visa", "visa court séjour", "visum C", "Kurzzeitvisum"):
        answer = outcome(nationality="MA", **SHORT, documents=[typed])
        assert held(answer) == {"short_stay_visa"}, typed
    for typed in ("visa Schengen", "Schengenvisum", "tourist visa", "visa touristique"):
        answer = outcome(nationality="MA", **SHORT, documents=[typed])
        assert "short_stay_visa" not in held(answer), typed


def test_documents_that_are_on_no_checklist_match_nothing():
    answer = outcome(
        **SINGLE,
        documents=[
            "acte de naissance",
            "geboorteakte",
            "Geburtsurkunde",
            "birth certificate",
            "diploma",
        ],
    )
    assert held(answer) == set()


def test_an_empty_document_list_holds_nothing():
    answer = outcome(**SINGLE, documents=[])
    assert held(answer) == set()
    assert all(entry["matched_text"] is None for entry in answer["documents"])


@pytest.mark.parametrize(
    "typed", ["visa long séjour", "visum lang verblijf", "Visum D", "long-stay visa"]
)
def test_a_long_stay_visa_counts_as_the_permit_or_visa_of_a_renewal(typed):
    answer = outcome(**RENEWAL, documents=[typed])
    assert held(answer) == {"seasonal_permit_or_visa"}


@pytest.mark.parametrize(
    "typed",
    ["annexe 3", "bijlage 3", "Anlage 3", "annex 3", "annexe III", "bijlage III", "Anlage III"],
)
def test_the_annex_3_is_recognised_however_its_number_is_written(typed):
    assert held(outcome(**EXTENSION, documents=[typed])) == {"annex_3"}


def test_the_annex_3_written_annex_iii_in_english_is_recognised():
    assert held(outcome(**EXTENSION, documents=["annex III"])) == {"annex_3"}
