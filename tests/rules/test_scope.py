"""RD 105/10 and the first article of each sub-section: which procedure applies."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import outcome, period


def test_a_stay_of_90_days_from_abroad_is_a_short_stay():
    assert outcome(work=period("2026-04-01", days=90)).procedure == "short_stay"


def test_a_stay_of_91_days_from_abroad_is_the_single_procedure():
    assert outcome(work=period("2026-04-01", days=91)).procedure == "single_permit"


@pytest.mark.parametrize("nationality", ["FR", "Pologne", "Duitsland", "Norway", "Suisse", "IE"])
def test_eu_eea_and_swiss_nationals_are_out_of_scope(nationality):
    result = outcome(nationality=nationality, work=period("2026-04-01", days=30))
    assert (result.procedure, result.reason) == ("not_applicable", "eu_citizen")
    assert "RD 105/10" in result.citations


def test_belgians_are_out_of_scope():
    result = outcome(nationality="Belgique")
    assert (result.procedure, result.reason) == ("not_applicable", "belgian")


def test_someone_in_belgium_under_another_status_must_apply_from_abroad():
    result = outcome(location="belgium", status="other", work=period("2026-04-01", days=30))
    assert (result.procedure, result.reason) == ("not_applicable", "must_apply_from_abroad")


def test_someone_in_belgium_without_a_status_must_apply_from_abroad():
    result = outcome(location="belgium", status="none")
    assert result.reason == "must_apply_from_abroad"


def test_a_moroccan_living_in_spain_is_outside_the_chapter():
    # RD 105/10: the chapter covers third-country nationals « se trouvant en dehors du
    # territoire des Etats membres de l'Union européenne »
    result = outcome(location="eu_resident", work=period("2026-04-01", days=60))
    assert (result.procedure, result.reason) == ("not_applicable", "lives_in_eu_member_state")
    assert result.citations == ["RD 105/10"]
    assert result.authorised_stay is None and result.fee is None and result.documents == []


def test_living_in_another_member_state_is_outside_the_chapter_whatever_the_length_of_the_work():
    for days in (1, 90, 91, 150):
        assert (
            outcome(location="eu_resident", work=period("2026-04-01", days=days)).reason
            == "lives_in_eu_member_state"
        )


def test_living_in_another_member_state_needs_no_other_fact_to_be_answered():
    result = outcome(location="eu_resident")
    assert (result.procedure, result.reason, result.missing_facts) == (
        "not_applicable",
        "lives_in_eu_member_state",
        [],
    )


def test_an_eu_citizen_living_in_another_member_state_is_out_of_scope_as_an_eu_citizen():
    assert outcome(nationality="PL", location="eu_resident").reason == "eu_citizen"


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
def test_someone_living_in_another_member_state_is_told_why_in_plain_words(lang):
    text = outcome(lang, location="eu_resident").explanation
    assert text and "explain." not in text
    assert "105/10" in text


def test_work_that_is_not_seasonal_is_out_of_scope():
    assert outcome(seasonal_work=False).reason == "not_seasonal_work"


def test_extension_that_ends_on_day_90_of_the_current_stay_stays_a_short_stay_extension():
    result = outcome(
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", days=60),
        work=period("2026-04-30", "2026-05-29"),
    )
    assert result.procedure == "short_stay_extension"


def test_extension_that_would_reach_day_91_is_an_extension_beyond_90_days():
    result = outcome(
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", days=60),
        work=period("2026-04-30", "2026-05-30"),
    )
    assert result.procedure == "extension_beyond_90_days"


def test_a_seasonal_long_stay_is_renewed():
    result = outcome(
        location="belgium",
        status="seasonal_long_stay",
        current_stay=period("2026-02-01", days=100),
        work=period("2026-05-12", days=30),
    )
    assert result.procedure == "renewal"


def test_without_work_dates_the_procedure_from_abroad_is_not_guessed():
    result = outcome()
    assert result.procedure is None
    assert result.missing_facts == ["work"]


def test_in_belgium_without_a_status_the_procedure_is_not_guessed():
    result = outcome(location="belgium")
    assert result.procedure is None
    assert "status" in result.missing_facts


def test_an_extension_needs_the_current_stay_to_count_the_90_days():
    result = outcome(
        location="belgium", status="seasonal_short_stay", work=period("2026-04-01", days=20)
    )
    assert result.procedure is None
    assert result.missing_facts == ["current_stay"]


def test_the_entry_date_stands_in_for_the_start_of_the_current_stay():
    result = outcome(
        location="belgium",
        status="seasonal_short_stay",
        entry_date="2026-03-01",
        work=period("2026-04-01", "2026-05-29"),
    )
    assert result.procedure == "short_stay_extension"


def test_the_forms_follow_the_decree():
    """Annex 48 refuses 105/25, 105/29 and 105/36 only (105/18 names no form for a refused
    short-stay extension); border control and annex 11 (105/13, 105/14) apply to a long-stay
    entry too."""
    from rules.tables import procedures

    assert "annex_48" not in procedures()["short_stay_extension"].forms
    assert "annex_11" in procedures()["single_permit"].forms
    assert "annex_48" in procedures()["extension_beyond_90_days"].forms


def test_the_contract_asked_on_doubt_about_means_cites_105_40():
    """105/39 §2 is doubt about the travel document or visa; doubt about means is 105/40 §1."""
    from rules.tables import procedures

    row = next(
        r for r in procedures()["short_stay"].checklist if r.document == "employment_contract"
    )
    assert row.citation == "RD 105/40 §1"


def test_earlier_schengen_days_that_stop_a_short_stay_extension_route_it_beyond_90_days():
    """Law review (issue 8, item 2): in Belgium since 1 April on a seasonal short stay, in Italy
    from 1 to 20 January, staying to 29 June: 90 days from the first day, but the 90 in 180
    would stop it earlier. The Report to the King on 105/19: « Si un séjour plus long est
    désiré, la procédure décrite dans l'article 105/26 et suivant doit être suivi »."""
    from .conftest import outcome, period

    result = outcome(
        today="2026-05-20", location="belgium", status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-05-31"), work=period("2026-06-01", "2026-06-29"),
        previous_schengen_stays=[period("2026-01-01", "2026-01-20")],
    )  # fmt: skip
    assert result.procedure == "extension_beyond_90_days"
    assert result.authorised_stay.end == date(2026, 6, 29)
    assert "105/26" in result.explanation
    unhindered = outcome(
        today="2026-05-20", location="belgium", status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-05-31"), work=period("2026-06-01", "2026-06-29"),
    )  # fmt: skip
    assert unhindered.procedure == "short_stay_extension"
