"""Deadlines as real dates (RD 105/17 – 105/30, 105/24 §2, RD 33, RD 1/2/1)."""

from __future__ import annotations

from datetime import date

from rules.working_days import add_working_days, is_working_day

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
    near_the_end = extension(current_stay=period("2026-03-01", days=85), work=period("2026-05-25", days=5))
    assert deadline(near_the_end, "annex_3_bridge").date == date(2026, 5, 29)  # day 90


def test_filing_after_the_stay_ended_is_late():
    assert "request_late" in extension(filed_on="2026-04-16").blocking
    assert "request_late" not in extension(filed_on="2026-04-15").blocking


def test_registration_within_8_working_days_skips_easter_monday():
    # entry Friday 3 April 2026; Monday 6 April is Easter Monday
    result = outcome(work=period("2026-04-01", days=120), entry_date="2026-04-03", age=30)
    assert deadline(result, "registration").date == date(2026, 4, 16)
    assert result.working_days is not None
    assert "holidays" in result.working_days.holidays_source


def test_a_working_day_deadline_landing_on_a_holiday_moves_to_the_next_working_day():
    # entry Wednesday 25 March 2026: the 8th working day would be Monday 6 April (Easter Monday)
    assert add_working_days(date(2026, 3, 25), 8) == date(2026, 4, 7)
    assert not is_working_day(date(2026, 4, 6))
    assert not is_working_day(date(2026, 7, 21))  # national day
    assert is_working_day(date(2026, 7, 20))


def test_arrival_declaration_is_a_figure_to_confirm():
    result = outcome(work=period("2026-04-01", days=60), entry_date="2026-04-01")
    arrival = deadline(result, "arrival_declaration")
    assert arrival.date == date(2026, 4, 7)  # Thu 2, Fri 3, (Easter Monday), Tue 7
    assert arrival.to_confirm and arrival.source


def test_single_permit_decision_is_shorter_after_seasonal_work_in_the_last_five_years():
    first_time = outcome(work=period("2026-06-01", days=120), filed_on="2026-03-02")
    returning = outcome(work=period("2026-06-01", days=120), filed_on="2026-03-02",
                        previous_seasonal_stays=[period("2023-05-01", days=60)])
    assert deadline(first_time, "single_permit_decision").date == date(2026, 5, 31)
    assert deadline(returning, "single_permit_decision").date == date(2026, 5, 1)
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
    kinds = {d.id: d.kind for d in outcome(work=period("2026-04-01", days=60), entry_date="2026-04-01").deadlines}
    assert kinds == {"seasonal_cap_end": "limit", "arrival_declaration": "action"}
