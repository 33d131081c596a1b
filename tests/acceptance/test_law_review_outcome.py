"""What the decree asks beyond the checklist, as the outcome carries it (docs/decide.md):
look-alike documents, what the application must state, duties during the stay, grounds of
refusal, the readings made where the decree leaves a choice; a refusal that reads as one; known
facts that are no longer conditions. Each case from its article (law review, issue 8)."""

from __future__ import annotations

from .helpers import outcome, period

SHORT_STAY = {"work": period("2026-04-01", "2026-06-15"), "entry_date": "2026-04-01"}
SINGLE_PERMIT = {"work": period("2026-04-01", "2026-08-31"), "entry_date": "2026-04-01"}
IN_BELGIUM = {"today": "2026-05-04", "location": "belgium", "status": "seasonal_short_stay"}
SHORT_EXTENSION = {
    **IN_BELGIUM,
    "current_stay": period("2026-04-01", "2026-05-15"),
    "work": period("2026-05-16", "2026-06-20"),
}
BEYOND_90 = {
    **IN_BELGIUM,
    "current_stay": period("2026-04-01", "2026-06-29"),
    "work": period("2026-06-30", "2026-08-20"),
}


def ids(items: list[dict]) -> list[str]:
    return [item["id"] for item in items]


# -- look-alike documents (RD 105/11 §1 2°, RD 1 11°, RD 105/42 §1) ---------------------------


def test_a_tourist_schengen_visa_is_a_near_miss_not_the_seasonal_visa():
    answer = outcome(lang="fr", documents=["visa Schengen touristique", "passeport"], **SHORT_STAY)
    visa = next(d for d in answer["documents"] if d["id"] == "short_stay_visa")
    assert not visa["held"]
    near = answer["near_misses"]
    assert ids(near) == ["tourist_schengen_visa"]
    assert near[0]["document"] == "short_stay_visa" and "105/11" in near[0]["citation"]
    assert "travailleur saisonnier" in near[0]["why"]
    assert answer["unmatched_documents"] == []


def test_a_proof_of_address_is_not_the_housing_proof_of_105_42():
    answer = outcome(documents=["proof of address"], **SINGLE_PERMIT)
    assert ids(answer["near_misses"]) == ["proof_of_address"]
    assert "105/42" in answer["near_misses"][0]["citation"]
    housing = next(d for d in answer["documents"] if d["id"] == "housing_proof")
    assert not housing["held"]


def test_a_single_permit_is_not_the_seasonal_worker_permit():
    answer = outcome(
        **IN_BELGIUM | {"status": "seasonal_long_stay"},
        current_stay=period("2026-03-01", "2026-06-30"),
        work=period("2026-07-01", "2026-07-25"),
        documents=["single permit"],
    )
    assert answer["procedure"] == "renewal"
    assert ids(answer["near_misses"]) == ["single_permit"]


# -- what the application must state (105/22 §1, 105/27 §1) ----------------------------------


def test_a_single_application_from_abroad_must_state_consulate_email_and_earlier_work():
    answer = outcome(**SINGLE_PERMIT)
    assert answer["procedure"] == "single_permit"
    stated = {item["id"]: item["citation"] for item in answer["application_must_state"]}
    assert stated == {
        "consulate": "RD 105/22 §1 1°",
        "employer_email": "RD 105/22 §1 2°",
        "earlier_seasonal_work": "RD 105/22 §1 3°",
    }
    assert all(item["text"] for item in answer["application_must_state"])


def test_an_extension_beyond_90_days_must_state_the_housing_address():
    answer = outcome(**BEYOND_90)
    assert answer["procedure"] == "extension_beyond_90_days"
    assert ids(answer["application_must_state"]) == ["housing_address"]
    assert answer["application_must_state"][0]["citation"] == "RD 105/27 §1"


def test_a_short_stay_application_states_nothing_more_than_its_documents():
    assert outcome(**SHORT_STAY)["application_must_state"] == []


# -- obligations (105/42 §2) --------------------------------------------------------------------


def test_a_long_stay_brings_the_duty_to_report_a_change_of_housing():
    for situation in (SINGLE_PERMIT, BEYOND_90):
        answer = outcome(**situation)
        assert ids(answer["obligations"]) == ["report_housing_change"]
        assert answer["obligations"][0]["citation"] == "RD 105/42 §2"


def test_a_short_stay_shows_no_long_stay_duty():
    assert outcome(**SHORT_STAY)["obligations"] == []


# -- refusal grounds (105/18 §4 and the related articles) --------------------------------------


def test_a_short_stay_extension_lists_the_seven_grounds_of_105_18_4():
    answer = outcome(**SHORT_EXTENSION)
    assert answer["procedure"] == "short_stay_extension"
    citations = " ".join(item["citation"] for item in answer["refusal_grounds"])
    for point in ("1°", "2°", "3°", "4°", "5°", "6°", "7°"):
        assert f"RD 105/18 §4 {point}" in citations


def test_the_visa_code_is_a_ground_only_for_a_nationality_that_needs_a_visa():
    moroccan = outcome(nationality="MA", **SHORT_STAY)
    brazilian = outcome(nationality="BR", **SHORT_STAY)
    assert "visa_code" in ids(moroccan["refusal_grounds"])
    assert "visa_code" not in ids(brazilian["refusal_grounds"])


def test_a_long_stay_can_fail_on_doubt_about_means_105_40():
    grounds = outcome(**SINGLE_PERMIT)["refusal_grounds"]
    assert "RD 105/40 §1" in [item["citation"] for item in grounds]


# -- readings where the decree leaves a choice --------------------------------------------------


def test_every_reading_names_the_other_one_and_the_safer_side():
    answer = outcome(**SINGLE_PERMIT, age=30)
    readings = {item["id"]: item for item in answer["interpretations"]}
    assert {"working_days", "seasonal_window", "over_eighteen", "fee_amounts"} <= set(readings)
    for item in readings.values():
        assert item["reading"] and item["other_reading"] and item["safer"] and item["source"]


def test_the_last_filing_day_is_a_reading_for_an_extension():
    answer = outcome(**SHORT_EXTENSION)
    assert "filing_before_expiry" in ids(answer["interpretations"])


# -- a refusal reads as a refusal (item 9); known facts are not conditions (item 10) ----------


def test_a_refusal_leads_the_explanation_and_no_stay_is_offered_beside_it():
    answer = outcome(**SHORT_STAY, previous_seasonal_stays=[period("2025-10-01", "2026-02-27")])
    assert answer["blocking"] == ["seasonal_max_reached"]
    assert answer["explanation"].startswith("As things stand, the request would be refused")
    assert "You can obtain a stay" not in answer["explanation"]
    assert "missing" not in answer["explanation"].split(".")[0]


def test_a_known_visa_obligation_is_not_shown_as_a_condition():
    answer = outcome(nationality="MA", **SHORT_STAY)
    assert answer["visa_required"] is True
    assert "if your nationality needs" not in answer["explanation"]
    assert all(item["condition"] != "visa_national" for item in answer["documents"])


def test_a_visa_exempt_nationality_is_told_it_needs_no_visa():
    answer = outcome(nationality="BR", **SHORT_STAY)
    assert answer["visa_required"] is False
    assert "needs no visa" in answer["explanation"]


def test_a_nationality_whose_visa_rule_is_to_confirm_says_so():
    kosovar = outcome(nationality="XK", **SHORT_STAY)
    assert kosovar["visa_list_to_confirm"] is True
    assert "to confirm" in kosovar["explanation"]
    assert outcome(nationality="MA", **SHORT_STAY)["visa_list_to_confirm"] is False


# -- articles once each, in the decree's order ---------------------------------------------------


def test_articles_are_listed_once_each_in_the_decrees_order():
    citations = outcome(**SHORT_STAY)["citations"]
    assert len(citations) == len(set(citations))
    decree = [c for c in citations if c.startswith("RD 105/")]
    numbers = [int(c.split("/")[1].split()[0]) for c in decree]
    assert numbers == sorted(numbers)
    assert citations.index("RD 105/38") > citations.index("RD 105/19 §1")
