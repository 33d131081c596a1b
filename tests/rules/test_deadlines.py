"""Deadlines as real dates (RD 105/17 – 105/30, 105/24 §2, RD 33, RD 1/2/1)."""

from __future__ import annotations

from datetime import date

from rules.working_days import MONDAY_TO_FRIDAY, add_working_days, is_working_day

from .conftest import outcome, period


def deadline(result, deadline_id):
    return next(d for d in result.deadlines if d.id == deadline_id)


def extension(**facts):
    facts.setdefault("current_stay", period("2026-03-01", "2026-04-15"))
    facts.setdefault("work", period("2026-04-16", "2026-05-20"))
    return outcome(location="belgium", status="seasonal_short_stay", **facts)


def test_the_extension_is_filed_at_the_latest_on_the_last_day_of_the_stay():
    assert deadline(extension(), "extension_request").date == date(2026, 4, 15)


def test_missing_documents_are_due_ten_days_after_filing():
    result = extension(filed_on="2026-04-10")
    assert deadline(result, "missing_documents").date == date(2026, 4, 20)


def test_without_a_filing_date_the_deadline_says_what_it_counts_from():
    result = extension()
    missing = deadline(result, "missing_documents")
    assert missing.date is None
    assert "filed" in missing.note
    assert "filed_on" in result.missing_facts


def test_the_decision_deadline_counts_from_a_date_the_person_cannot_know():
    decision = deadline(extension(), "extension_decision")
    assert decision.date is None
    assert "15 days" in decision.note


def test_annex_3_is_bridged_by_15_days_but_never_past_day_90():
    assert deadline(extension(), "annex_3_bridge").date == date(2026, 4, 30)
    near_the_end = extension(
        current_stay=period("2026-03-01", days=85), work=period("2026-05-25", days=5)
    )
    assert deadline(near_the_end, "annex_3_bridge").date == date(2026, 5, 29)  # day 90


def test_filing_after_the_stay_ended_is_late():
    assert "request_late" in extension(filed_on="2026-04-16").blocking
    assert "request_late" not in extension(filed_on="2026-04-15").blocking


def test_registration_within_8_working_days_skips_easter_monday():
    # entry Friday 3 April 2026: Sat 4, [Mon 6 Easter Monday], 7, 8, 9, 10, 11, 13, 14 April
    result = outcome(work=period("2026-04-01", days=120), entry_date="2026-04-03", age=30)
    assert deadline(result, "registration").date == date(2026, 4, 14)
    assert result.working_days is not None
    assert "holidays" in result.working_days.holidays_source


def test_a_working_day_deadline_landing_on_a_holiday_moves_to_the_next_working_day():
    # entry Wednesday 25 March 2026, Monday to Friday: the 8th working day would be Monday
    # 6 April (Easter Monday); Monday to Saturday it is Friday 3 April
    assert add_working_days(date(2026, 3, 25), 8, MONDAY_TO_FRIDAY) == date(2026, 4, 7)
    assert add_working_days(date(2026, 3, 25), 8) == date(2026, 4, 3)
    assert is_working_day(date(2026, 3, 28)) and not is_working_day(
        date(2026, 3, 28), MONDAY_TO_FRIDAY
    )
    assert not is_working_day(date(2026, 4, 6))
    assert not is_working_day(date(2026, 7, 21))  # national day
    assert is_working_day(date(2026, 7, 20))


def test_arrival_declaration_is_a_figure_to_confirm():
    result = outcome(work=period("2026-04-01", days=60), entry_date="2026-04-01")
    arrival = deadline(result, "arrival_declaration")
    assert arrival.date == date(2026, 4, 4)  # Thu 2, Fri 3, Sat 4 (Monday to Friday: Tue 7)
    assert arrival.to_confirm and arrival.source


def test_single_permit_decision_is_shorter_after_seasonal_work_in_the_last_five_years():
    first_time = outcome(work=period("2026-06-01", days=120), filed_on="2026-03-02")
    returning = outcome(
        work=period("2026-06-01", days=120),
        filed_on="2026-03-02",
        previous_seasonal_stays=[period("2023-05-01", days=60)],
    )
    # counted from the notification that the application is complete: undated, its length said
    assert deadline(first_time, "single_permit_decision").date is None
    assert "90 days" in deadline(first_time, "single_permit_decision").note
    assert "60 days" in deadline(returning, "single_permit_decision").note
    assert deadline(returning, "single_permit_decision").to_confirm


def test_the_last_day_under_the_seasonal_maximum_is_dated():
    result = outcome(work=period("2026-04-01", days=60))
    assert deadline(result, "seasonal_cap_end").date == date(2026, 8, 28)


def test_deadlines_come_next_one_first_undated_last():
    dates = [d.date for d in extension(filed_on="2026-04-10").deadlines]
    known = [d for d in dates if d is not None]
    assert known == sorted(known)
    assert dates[: len(known)] == known


def test_the_last_day_under_the_seasonal_maximum_is_a_limit_not_an_action():
    kinds = {
        d.id: d.kind
        for d in outcome(work=period("2026-04-01", days=60), entry_date="2026-04-01").deadlines
    }
    assert kinds == {"seasonal_cap_end": "limit", "arrival_declaration": "action"}


# -- the annex 3 while the request is examined never passes a maximum ----------------------
# RD 105/20: « sans pouvoir dépasser la durée maximale de court séjour » (90 days in any 180,
# earlier Schengen visits included). RD 105/30 sets no end; Law 61/29-2 caps every stay as a
# seasonal worker at 150 days in any 360.


def beyond_90(**facts):
    return outcome(location="belgium", status="seasonal_short_stay", today="2026-05-04", **facts)


def test_the_bridge_of_an_extension_beyond_90_days_stops_at_the_last_day_of_the_150():
    # 60 days last autumn + a short stay of 76 days from 1 March (to 15 May): 14 days remain,
    # up to 29 May; fifteen days from 15 May would be 30 May
    result = beyond_90(
        current_stay=period("2026-03-01", "2026-05-15"),
        work=period("2026-05-16", "2026-07-28"),
        previous_seasonal_stays=[period("2025-10-01", days=60)],
    )
    assert result.procedure == "extension_beyond_90_days"
    assert result.seasonal_cap_end == date(2026, 5, 29)
    bridge = deadline(result, "annex_3_bridge")
    assert bridge.date == date(2026, 5, 29)
    assert "Law 61/29-2" in bridge.citation and "RD 105/30" in bridge.citation
    assert "150-day maximum (Law 61/29-2)" in bridge.note


def test_the_bridge_of_an_extension_beyond_90_days_far_from_the_maximum_is_fifteen_days():
    result = beyond_90(
        current_stay=period("2026-03-01", "2026-05-15"), work=period("2026-05-16", "2026-07-28")
    )
    assert deadline(result, "annex_3_bridge").date == date(2026, 5, 30)


def test_the_bridge_of_a_request_whose_maximum_ends_with_the_current_stay_gives_no_day():
    result = beyond_90(
        current_stay=period("2026-03-01", days=90),
        work=period("2026-05-30", days=60),
        previous_seasonal_stays=[period("2025-10-01", days=60)],
    )
    assert result.blocking == ["seasonal_max_reached"]
    assert deadline(result, "annex_3_bridge").date == date(
        2026, 5, 29
    )  # the current stay's last day


def test_the_bridge_of_a_short_stay_extension_stops_at_day_90_counting_earlier_visits():
    # 10 days in Spain in January and a short stay from 1 March to 9 May (70 days): the 90 days
    # in 180 are reached on 19 May, before 9 May + 15 days (work to 19 May: no longer stay is
    # asked, which 105/26 would take)
    result = extension(
        current_stay=period("2026-03-01", "2026-05-09"),
        work=period("2026-05-10", "2026-05-19"),
        previous_schengen_stays=[period("2026-01-10", days=10)],
    )
    assert result.procedure == "short_stay_extension"
    assert deadline(result, "annex_3_bridge").date == date(2026, 5, 19)


def test_the_bridge_of_a_short_stay_extension_stops_at_the_last_day_of_the_150():
    # a 100-day seasonal long stay last autumn (not a short stay) and a short stay from 1 March
    # to 9 April (40 days): the 150 days in 360 end on 19 April, before 9 April + 15 days
    result = extension(
        current_stay=period("2026-03-01", "2026-04-09"),
        work=period("2026-04-10", "2026-04-30"),
        previous_seasonal_stays=[period("2025-09-01", days=100)],
    )
    assert result.procedure == "short_stay_extension"
    assert result.seasonal_cap_end == date(2026, 4, 19)
    assert deadline(result, "annex_3_bridge").date == date(2026, 4, 19)


# -- the renewal: the one date the person must meet is the permit's last day ----------------
# RD 105/32 2°: a copy of the permit or visa « en cours de validité » goes with the request;
# RD 33 §1 al. 4: the permit may expire « durant la procédure de renouvellement ».


def renewal(**facts):
    facts.setdefault("current_stay", period("2026-04-01", "2026-07-31"))
    facts.setdefault("work", period("2026-08-01", "2026-08-20"))
    return outcome(location="belgium", status="seasonal_long_stay", today="2026-07-01", **facts)


def test_a_renewal_is_filed_at_the_latest_on_the_last_day_of_the_permit():
    result = renewal()
    request = deadline(result, "renewal_request")
    assert request.date == date(2026, 7, 31)
    assert request.citation == "RD 105/32 2°; RD 33 §1 al. 4"
    assert request.kind == "action" and not request.to_confirm
    assert "not known" in request.note  # Law 61/29-5's time, not in the decree


def test_a_renewal_filed_after_the_permit_ended_is_late_under_105_32():
    result = renewal(filed_on="2026-08-01")
    assert "request_late" in result.blocking
    assert "RD 105/32 2°" in result.explanation and "105/17" not in result.explanation
    assert "request_late" not in renewal(filed_on="2026-07-31").blocking


def test_without_a_filing_date_a_renewal_still_dates_what_the_person_must_do():
    result = renewal()
    assert "filed_on" not in result.missing_facts  # before the permit ends, it changes nothing
    undated = {d.id for d in result.deadlines if d.date is None}
    # what counts from the completeness notice or from the decision (105/34 §2, 105/35 §2)
    assert undated == {
        "annex_49_renewal",
        "renewal_decision",
        "permit_prolongation",
        "long_stay_visa_prolongation",
    }
    assert deadline(result, "renewal_decision").to_confirm
    assert result.fee is None  # no fee listed in 105/32: the filing date picks no amount


def test_an_extension_beyond_90_days_filed_after_the_annex_3_ended_is_not_blocked():
    """RD 105/27 §2 7° asks for a copy of the annex 3 "qui a été délivré": the decree sets no
    filing limit for this request, and 105/17 §1 governs only the short-stay extension."""
    result = beyond_90(
        current_stay=period("2026-01-20", "2026-04-19"),
        work=period("2026-04-20", "2026-06-30"),
        filed_on="2026-04-25",
    )
    assert result.procedure == "extension_beyond_90_days"
    assert "request_late" not in result.blocking


def test_no_request_to_pay_a_fee_the_applicant_is_exempt_from():
    """RD 1/2/1 §3 al. 2 dates the payment after the request to pay; under 18 there is no fee."""
    adult = outcome(work=period("2026-05-01", days=120), age=30)
    minor = outcome(work=period("2026-05-01", days=120), age=17)
    assert adult.procedure == minor.procedure == "single_permit"
    assert "fee_payment_request" in {d.id for d in adult.deadlines}
    assert "fee_payment_request" not in {d.id for d in minor.deadlines}
    assert minor.fee is None


def test_an_inadmissible_extension_gets_no_ten_days_and_no_bridge():
    late = extension(filed_on="2026-04-16", documents=["passport"])
    empty = extension(filed_on="2026-04-10", documents=[])
    for result in (late, empty):
        ids = {d.id for d in result.deadlines}
        assert "missing_documents" not in ids and "annex_3_bridge" not in ids
    in_time = {d.id for d in extension(filed_on="2026-04-10", documents=["passport"]).deadlines}
    assert {"missing_documents", "annex_3_bridge"} <= in_time


def test_no_bridge_for_an_annex_3_over_before_the_request_beyond_90_days():
    """RD 105/30: the annex 3 is prolonged when it « expire durant l'examen de la demande »."""
    after = beyond_90(
        current_stay=period("2026-01-20", "2026-04-19"),
        work=period("2026-04-20", "2026-06-30"),
        filed_on="2026-04-25",
    )
    before = beyond_90(
        current_stay=period("2026-02-04", "2026-05-04"),
        work=period("2026-05-05", "2026-06-30"),
        filed_on="2026-05-04",
    )
    assert "annex_3_bridge" not in {d.id for d in after.deadlines}
    assert "annex_3_bridge" in {d.id for d in before.deadlines}


def test_an_unknown_filing_day_after_the_stay_is_a_condition_not_a_late_filing():
    result = extension(today="2026-04-20")
    assert "request_late" not in result.blocking
    assert "filed_on" in result.missing_facts
    assert "If the request has not been filed yet, it is now too late" in result.explanation
    french = outcome(
        "fr",
        location="belgium",
        status="seasonal_long_stay",
        today="2026-08-03",
        current_stay=period("2026-04-01", "2026-07-31"),
        work=period("2026-08-01", "2026-08-20"),
    )
    assert "Si le renouvellement n'a pas encore été introduit" in french.explanation
    assert "AR 105/32 2°" in french.explanation


def test_the_renewal_window_of_rd_33_is_dated_and_marked_to_confirm():
    # RD 33 §1 al. 1: « entre le quarantième et le trentième jour avant la date d'échéance »;
    # permit ends 31 July 2026: the 40th day before is 21 June, the 30th day before 1 July
    result = renewal()
    opens, closes = (
        deadline(result, "renewal_window_opens"),
        deadline(result, "renewal_window_closes"),
    )
    assert (opens.date, closes.date) == (date(2026, 6, 21), date(2026, 7, 1))
    assert opens.to_confirm and closes.to_confirm
    assert "seasonal worker permit" in closes.note


def test_after_a_renewal_the_permit_is_extended_at_the_commune_or_the_visa_by_foreign_affairs():
    steps = {d.id: d for d in renewal().deadlines}
    assert steps["permit_prolongation"].citation == "RD 105/34 §2"
    assert steps["long_stay_visa_prolongation"].citation == "RD 105/35 §2"
    assert "decision" in steps["permit_prolongation"].note


def short_extension(nationality: str, **facts):
    return outcome(
        nationality=nationality,
        location="belgium",
        status="seasonal_short_stay",
        today="2026-05-04",
        current_stay=period("2026-04-01", "2026-05-15"),
        work=period("2026-05-16", "2026-06-20"),
        **facts,
    )


def test_after_a_short_stay_extension_the_annex_3_or_the_visa_is_prolonged():
    # 105/19 §2: the commune prolongs the annex 3; §3: a visa is extended by FPS Foreign Affairs
    exempt = {d.id for d in short_extension("BR").deadlines}
    visa = {d.id for d in short_extension("MA").deadlines}
    assert "annex_3_prolongation" in exempt and "visa_prolongation" not in exempt
    assert "visa_prolongation" in visa and "annex_3_prolongation" not in visa


def test_no_step_after_a_positive_decision_is_shown_beside_a_refusal():
    refused = short_extension("BR", filed_on="2026-05-20")
    assert "request_late" in refused.blocking
    assert "annex_3_prolongation" not in {d.id for d in refused.deadlines}
