"""Which procedure applies (rules.md, Procedures) and who is out of scope (RD 105/10)."""

from __future__ import annotations

import pytest

from .helpers import outcome, period

IN_BELGIUM = {"today": "2026-05-04", "location": "belgium"}


def test_a_stay_from_abroad_of_exactly_90_days_is_a_short_stay():
    answer = outcome(work=period("2026-04-01", "2026-06-29"))
    assert answer["procedure"] == "short_stay"
    assert answer["reason"] is None


def test_a_stay_from_abroad_of_91_days_is_the_single_procedure():
    answer = outcome(work=period("2026-04-01", "2026-06-30"))
    assert answer["procedure"] == "single_permit"


def test_a_one_day_stay_from_abroad_is_a_short_stay():
    assert outcome(work=period("2026-04-01", "2026-04-01"))["procedure"] == "short_stay"


def test_an_extension_ending_on_day_90_of_the_current_stay_is_a_short_stay_extension():
    # The 90 days run from the first day of the current stay (2026-04-01), not from the new
    # work authorisation's start (2026-05-16): 2026-04-01 .. 2026-06-29 is 90 days.
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-05-15"),
        work=period("2026-05-16", "2026-06-29"),
    )
    assert answer["procedure"] == "short_stay_extension"


def test_an_extension_ending_on_day_91_of_the_current_stay_is_an_extension_beyond_90_days():
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-05-15"),
        work=period("2026-05-16", "2026-06-30"),
    )
    assert answer["procedure"] == "extension_beyond_90_days"


def test_a_seasonal_worker_on_a_long_stay_in_belgium_asks_for_a_renewal():
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_long_stay",
        current_stay=period("2026-04-01", "2026-07-31"),
        work=period("2026-08-01", "2026-08-20"),
    )
    assert answer["procedure"] == "renewal"


def test_someone_in_belgium_under_another_status_must_apply_from_abroad():
    answer = outcome(**IN_BELGIUM, status="other", work=period("2026-06-01", "2026-07-31"))
    assert answer["procedure"] == "not_applicable"
    assert answer["reason"] == "must_apply_from_abroad"


@pytest.mark.parametrize(
    "nationality", ["FR", "DE", "PL", "Allemagne", "Duitsland", "Deutschland", "Germany", "Pologne"]
)
def test_a_citizen_of_the_european_union_is_out_of_scope_as_an_eu_citizen(nationality):
    answer = outcome(nationality=nationality, work=period("2026-04-01", "2026-06-29"))
    assert answer["procedure"] == "not_applicable"
    assert answer["reason"] == "eu_citizen"


@pytest.mark.parametrize("nationality", ["NO", "IS", "LI", "CH", "Suisse", "Schweiz", "Noorwegen"])
def test_a_citizen_of_the_eea_or_switzerland_is_out_of_scope(nationality):
    answer = outcome(nationality=nationality, work=period("2026-04-01", "2026-06-29"))
    assert answer["procedure"] == "not_applicable"
    assert answer["reason"] not in (None, "belgian", "must_apply_from_abroad")


@pytest.mark.parametrize(
    "nationality", ["BE", "Belgique", "België", "Belgien", "Belgium", "belgie"]
)
def test_a_belgian_is_out_of_scope_as_a_belgian(nationality):
    answer = outcome(nationality=nationality, work=period("2026-04-01", "2026-06-29"))
    assert answer["procedure"] == "not_applicable"
    assert answer["reason"] == "belgian"


def test_an_eu_citizen_already_in_belgium_is_still_out_of_scope_as_an_eu_citizen():
    answer = outcome(**IN_BELGIUM, nationality="Roumanie", status="other")
    assert answer["procedure"] == "not_applicable"
    assert answer["reason"] == "eu_citizen"


@pytest.mark.parametrize("nationality", ["MA", "Maroc", "UA", "Oekraïne", "Indien"])
def test_a_third_country_national_living_in_another_eu_member_state_is_outside_the_chapter(
    nationality,
):
    # RD 105/10: only those « se trouvant en dehors du territoire des Etats membres de l'Union
    # européenne » come in under these rules
    answer = outcome(
        nationality=nationality, location="eu_resident", work=period("2026-04-01", "2026-06-29")
    )
    assert answer["procedure"] == "not_applicable"
    assert answer["reason"] == "lives_in_eu_member_state"
    assert "RD 105/10" in answer["citations"]
    assert answer["authorised_stay"] is None and answer["fee"] is None and answer["blocking"] == []


def test_a_moroccan_living_in_spain_for_a_long_season_is_outside_the_chapter_too():
    answer = outcome(location="eu_resident", work=period("2026-04-01", "2026-08-28"))
    assert (answer["procedure"], answer["reason"]) == ("not_applicable", "lives_in_eu_member_state")


def test_a_polish_citizen_living_in_germany_is_out_of_scope_as_an_eu_citizen():
    answer = outcome(nationality="PL", location="eu_resident")
    assert answer["reason"] == "eu_citizen"


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
def test_living_in_another_eu_member_state_is_explained_in_every_language(lang):
    answer = outcome(lang, location="eu_resident")
    assert answer["explanation"] and "lives_in_eu_member_state" not in answer["explanation"]
    assert "105/10" in answer["explanation"]


def test_an_out_of_scope_answer_has_no_fee_and_no_stay():
    answer = outcome(nationality="FR", work=period("2026-04-01", "2026-09-30"))
    assert answer["fee"] is None
    assert answer["authorised_stay"] is None


VISA_LIST = [
    # Schengen visa list (Reg. (EU) 2018/1806): Annex I needs a visa, Annex II is exempt.
    ("MA", True),
    ("ma", True),
    ("Maroc", True),
    ("Marokko", True),
    ("Morocco", True),
    ("Marocco", True),
    ("Morroco", True),
    ("Tunisie", True),
    ("Tunesië", True),
    ("Tunesien", True),
    ("Türkei", True),
    ("Turquie", True),
    ("Turkije", True),
    ("Turkey", True),
    ("Inde", True),
    ("Indien", True),
    ("Sénégal", True),
    ("Senegal", True),
    ("Filipijnen", True),
    ("Philippines", True),
    ("Russie", True),
    ("Vietnam", True),
    ("UA", False),
    ("Ukraine", False),
    ("Oekraïne", False),
    ("Oekraine", False),
    ("Albanie", False),
    ("Albanië", False),
    ("Albanien", False),
    ("Moldavie", False),
    ("Serbien", False),
    ("Brésil", False),
    ("Royaume-Uni", False),
    ("GB", False),
    ("Verenigde Staten", False),
    ("United States", False),
]


@pytest.mark.parametrize(("nationality", "needs_visa"), VISA_LIST)
def test_a_short_stay_says_whether_the_nationality_needs_a_schengen_visa(nationality, needs_visa):
    answer = outcome(nationality=nationality, work=period("2026-04-01", "2026-06-15"))
    assert answer["procedure"] == "short_stay"
    assert answer["visa_required"] is needs_visa


def test_a_visa_national_on_a_short_stay_gets_the_short_stay_visa_on_the_checklist():
    answer = outcome(nationality="Marokko", work=period("2026-04-01", "2026-06-15"))
    visa = next(entry for entry in answer["documents"] if entry["id"] == "short_stay_visa")
    assert visa["required"] is True


def test_a_visa_exempt_national_on_a_short_stay_does_not_need_the_short_stay_visa():
    answer = outcome(nationality="Oekraïne", work=period("2026-04-01", "2026-06-15"))
    assert not any(
        entry["id"] == "short_stay_visa" and entry["required"] for entry in answer["documents"]
    )


def test_the_example_of_the_interface_gives_the_documented_answer():
    answer = outcome(
        lang="nl",
        today="2026-03-02",
        nationality="MA",
        location="abroad",
        work=period("2026-04-01", "2026-06-15"),
        age=30,
        documents=["paspoort", "arbeidskaart"],
    )
    assert answer["procedure"] == "short_stay"
    assert answer["visa_required"] is True
    stay = answer["authorised_stay"]
    assert (stay["start"], stay["end"], stay["capped_by"]) == (
        "2026-04-01",
        "2026-06-15",
        "work_authorisation",
    )
    assert stay["days"] == 76
    docs = {entry["id"]: entry for entry in answer["documents"]}
    assert docs["passport"]["held"] and docs["work_permit"]["held"]
    assert not docs["health_insurance"]["held"] and not docs["housing_proof"]["held"]
    assert answer["fee"] is None
    assert answer["next_possible_start"] is None
    assert answer["blocking"] == []


def test_the_explanation_is_written_in_the_chosen_language():
    texts = {
        lang: outcome(lang=lang, work=period("2026-04-01", "2026-06-15"))["explanation"]
        for lang in ("fr", "nl", "de", "en")
    }
    assert all(isinstance(text, str) and text for text in texts.values())
    assert len(set(texts.values())) == 4


def test_the_decision_is_the_same_whatever_the_language_of_the_texts():
    answers = [
        outcome(lang=lang, work=period("2026-04-01", "2026-08-31"))
        for lang in ("fr", "nl", "de", "en")
    ]
    for key in ("procedure", "authorised_stay", "deadlines", "fee", "blocking"):
        if key == "deadlines":
            values = [[(d["id"], d["date"]) for d in a[key]] for a in answers]
        else:
            values = [a[key] for a in answers]
        assert all(value == values[0] for value in values), key


def test_the_single_procedure_involves_the_region_the_immigration_office_consulate_and_commune():
    answer = outcome(work=period("2026-04-01", "2026-08-31"))
    assert {"regional_authority", "immigration_office", "consulate", "commune"} <= set(
        answer["authorities"]
    )
    assert {"annex_46", "annex_49"} <= set(answer["forms"])
    assert any("105/22" in citation for citation in answer["citations"])


def test_an_extension_beyond_90_days_involves_fps_foreign_affairs_for_the_long_stay_visa():
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-05-15"),
        work=period("2026-05-16", "2026-08-15"),
    )
    assert answer["procedure"] == "extension_beyond_90_days"
    assert {"regional_authority", "immigration_office", "commune", "fps_foreign_affairs"} <= set(
        answer["authorities"]
    )


def test_a_short_stay_involves_border_control_and_the_commune_and_gives_an_annex_3():
    answer = outcome(work=period("2026-04-01", "2026-06-15"))
    assert {"border_control", "commune"} <= set(answer["authorities"])
    assert "annex_3" in answer["forms"]


def test_a_missing_work_period_is_reported_as_a_missing_fact_not_guessed():
    answer = outcome()
    assert any(fact.startswith("work") for fact in answer["missing_facts"])


@pytest.mark.parametrize(("nationality", "needs_visa"), [("Moldau", False), ("Weißrussland", True)])
def test_common_german_country_names_are_recognised(nationality, needs_visa):
    answer = outcome(nationality=nationality, work=period("2026-04-01", "2026-06-15"))
    assert answer["visa_required"] is needs_visa


@pytest.mark.parametrize("nationality", ["Marroco", "Marrocco"])
def test_a_common_misspelling_of_morocco_is_recognised(nationality):
    answer = outcome(nationality=nationality, work=period("2026-04-01", "2026-06-15"))
    assert answer["visa_required"] is True


@pytest.mark.parametrize(
    ("nationality", "needs_visa"),
    [
        ("Dominica", False),
        ("République dominicaine", True),
        ("Zuid-Korea", False),
        ("Nordkorea", True),
        ("Australien", False),
        ("Niger", True),
        ("Nigeria", True),
    ],
)
def test_similar_country_names_are_not_confused(nationality, needs_visa):
    answer = outcome(nationality=nationality, work=period("2026-04-01", "2026-06-15"))
    assert answer["procedure"] == "short_stay"
    assert answer["visa_required"] is needs_visa


@pytest.mark.parametrize("nationality", ["Autriche", "Österreich", "Oostenrijk"])
def test_austria_is_not_confused_with_australia(nationality):
    assert outcome(nationality=nationality)["reason"] == "eu_citizen"


def test_someone_in_belgium_without_saying_under_which_status_is_asked_for_it():
    answer = outcome(**IN_BELGIUM)
    assert "status" in answer["missing_facts"]


def test_a_short_stay_extension_of_a_visa_national_involves_fps_foreign_affairs_for_the_visa():
    answer = outcome(
        **IN_BELGIUM,
        nationality="MA",
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-05-15"),
        work=period("2026-05-16", "2026-06-20"),
    )
    assert {"commune", "immigration_office", "fps_foreign_affairs"} <= set(answer["authorities"])
