"""Dated deadlines (rules.md, Deadlines) and the administrative fee (rules.md, Fee).

Working days: the decree does not define them. For a date the person must meet, the earlier,
safe reading is shown (Monday to Saturday, Belgian public holidays excluded) and the other one
(Monday to Friday) named (rules.md). The count starts the day after the event (the day of entry
is not itself one of the working days)."""

from __future__ import annotations

import pytest

from .helpers import deadline, outcome, period

IN_BELGIUM = {"today": "2026-05-04", "location": "belgium"}
EXTENSION = {
    **IN_BELGIUM,
    "status": "seasonal_short_stay",
    "current_stay": period("2026-04-01", "2026-05-15"),
    "work": period("2026-05-16", "2026-06-20"),
}


# -- working days --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "entry", "expected", "holiday"),
    [
        # Fri 17: Sat 18, Mon 20, [Tue 21], Wed 22
        ("2026-06-01", "2026-07-17", "2026-07-22", "21 July (Tuesday)"),
        # Wed 13: Thu 14, [Fri 15], Sat 16, Mon 18
        ("2025-07-01", "2025-08-13", "2025-08-18", "15 August 2025 (Friday)"),
        # Mon 9: Tue 10, [Wed 11], Thu 12, Fri 13
        ("2026-10-01", "2026-11-09", "2026-11-13", "11 November (Wednesday)"),
        # Wed 23: Thu 24, [Fri 25], Sat 26, Mon 28
        ("2026-12-01", "2026-12-23", "2026-12-28", "25 December (Friday)"),
        # Fri 29: Sat 30, [Mon 1], Tue 2, Wed 3
        ("2027-10-01", "2027-10-29", "2027-11-03", "1 November 2027 (Monday)"),
        # Thu 2: Fri 3, Sat 4, [Mon 6], Tue 7
        ("2026-03-02", "2026-04-02", "2026-04-07", "Easter Monday 2026-04-06"),
        # Thu 31: [Fri 1], Sat 2, Mon 4, Tue 5
        ("2026-12-01", "2026-12-31", "2027-01-05", "New Year's Day, across the year end"),
        # Sat 18: Mon 20, [Tue 21], Wed 22, Thu 23
        ("2026-06-01", "2026-07-18", "2026-07-23", "entry on a Saturday, then 21 July"),
    ],
)
def test_the_arrival_declaration_is_due_within_three_working_days_skipping_public_holidays(
    today, entry, expected, holiday
):
    start = entry
    answer = outcome(today=today, entry_date=entry, work={"start": start, "end": start})
    assert answer["procedure"] == "short_stay"
    assert deadline(answer, "arrival_declaration")["date"] == expected, holiday


def test_registration_after_a_long_stay_visa_is_due_within_eight_working_days_after_easter():
    # 2026-04-01 (Wed): 2, 3, 4, [6 Easter Monday], 7, 8, 9, 10, 11 April (Monday to Saturday);
    # Monday to Friday it would be 2, 3, [6], 7, 8, 9, 10, 13, 14 April: named beside it
    answer = outcome(entry_date="2026-04-01", work=period("2026-04-01", "2026-08-31"))
    assert answer["procedure"] == "single_permit"
    registration = deadline(answer, "registration")
    assert registration["date"] == "2026-04-11"
    assert "14 April 2026" in registration["note"]
    assert "working_days" in {i["id"] for i in answer["interpretations"]}


def test_registration_skips_ascension_day_and_whit_monday():
    # 2026-05-13 (Wed): [14 Ascension], 15, 16, 18, 19, 20, 21, 22, 23 May (Monday to Saturday);
    # Monday to Friday: 15, 18, 19, 20, 21, 22, [25 Whit Monday], 26, 27 May
    answer = outcome(entry_date="2026-05-13", work=period("2026-05-13", "2026-09-30"))
    assert deadline(answer, "registration")["date"] == "2026-05-23"
    assert "27 May 2026" in deadline(answer, "registration")["note"]


def test_the_answer_says_which_working_days_it_counts():
    answer = outcome(entry_date="2026-04-01", work=period("2026-04-01", "2026-08-31"))
    note = deadline(answer, "registration")["note"]
    assert "Monday to Saturday" in note and "Monday to Friday" in note
    assert "Monday to Saturday" in answer["working_days"]["definition"]


def test_a_deadline_whose_starting_date_is_unknown_has_no_date_and_a_note():
    answer = outcome(work=period("2026-04-01", "2026-06-15"))
    arrival = deadline(answer, "arrival_declaration")
    assert arrival["date"] is None
    assert isinstance(arrival["note"], str) and arrival["note"]
    assert "entry_date" in answer["missing_facts"]


# -- short-stay extension ------------------------------------------------------------------


def test_the_extension_request_is_due_on_the_last_day_of_the_authorised_stay():
    answer = outcome(**EXTENSION)
    assert deadline(answer, "extension_request")["date"] == "2026-05-15"


def test_an_extension_filed_on_the_last_day_of_the_stay_is_in_time():
    answer = outcome(**EXTENSION, filed_on="2026-05-15")
    assert "request_late" not in answer["blocking"]


def test_an_extension_filed_the_day_after_the_stay_ended_is_late():
    answer = outcome(**{**EXTENSION, "today": "2026-05-16"}, filed_on="2026-05-16")
    assert "request_late" in answer["blocking"]


def test_missing_documents_are_due_ten_days_after_filing():
    answer = outcome(**EXTENSION, filed_on="2026-05-05", documents=["passeport", "annexe 3"])
    assert deadline(answer, "missing_documents")["date"] == "2026-05-15"


def test_the_annex_3_is_bridged_by_fifteen_days_from_its_expiry():
    answer = outcome(**EXTENSION)
    assert deadline(answer, "annex_3_bridge")["date"] == "2026-05-30"


def test_the_annex_3_bridge_never_goes_past_the_short_stay_maximum():
    # Current stay 2026-04-01 .. 2026-06-20 (81 days); + 15 days would be 2026-07-05, but
    # day 90 is 2026-06-29.
    answer = outcome(
        today="2026-06-10",
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-06-20"),
        work=period("2026-06-21", "2026-06-29"),
    )
    assert answer["procedure"] == "short_stay_extension"
    assert deadline(answer, "annex_3_bridge")["date"] == "2026-06-29"


def test_the_annex_3_bridge_of_an_extension_beyond_90_days_is_fifteen_days_from_expiry():
    answer = outcome(
        today="2026-06-10",
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-06-20"),
        work=period("2026-06-21", "2026-08-15"),
    )
    assert answer["procedure"] == "extension_beyond_90_days"
    assert deadline(answer, "annex_3_bridge")["date"] == "2026-07-05"


def test_the_annex_3_bridge_of_an_extension_beyond_90_days_stops_at_the_seasonal_maximum():
    # 60 days last autumn (2025-10-01 .. 2025-11-29) + the current stay 2026-04-01 .. 2026-06-20
    # (81 days) = 141: nine days remain, up to 2026-06-29, before 2026-06-20 + 15 = 2026-07-05.
    # RD 105/30 sets no end; Law 61/29-2 caps every stay as a seasonal worker.
    answer = outcome(
        today="2026-06-10",
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-06-20"),
        work=period("2026-06-21", "2026-08-15"),
        previous_seasonal_stays=[period("2025-10-01", "2025-11-29")],
    )
    assert answer["procedure"] == "extension_beyond_90_days"
    assert deadline(answer, "seasonal_cap_end")["date"] == "2026-06-29"
    bridge = deadline(answer, "annex_3_bridge")
    assert bridge["date"] == "2026-06-29"
    assert "Law 61/29-2" in bridge["citation"]


# -- single procedure and renewal ----------------------------------------------------------


# The decision times count from the notification that the application is complete, not from
# filing (law review, issue 8 item 7; as RD 105/27 §3 counts the beyond-90 decision): undated
# until that day is known, their length said in the note.


def test_the_single_permit_decision_takes_ninety_days_from_completeness_for_a_newcomer():
    answer = outcome(work=period("2026-04-01", "2026-08-31"), filed_on="2026-01-10")
    decision = deadline(answer, "single_permit_decision")
    assert decision["date"] is None
    assert "90" in decision["note"] and decision["to_confirm"]


def test_the_single_permit_decision_takes_sixty_days_for_a_returning_worker():
    answer = outcome(
        work=period("2026-04-01", "2026-08-31"),
        filed_on="2026-01-10",
        previous_seasonal_stays=[period("2024-05-01", "2024-07-31")],
    )
    decision = deadline(answer, "single_permit_decision")
    assert decision["date"] is None and "60" in decision["note"]


def test_a_seasonal_stay_more_than_five_years_ago_does_not_shorten_the_decision_time():
    answer = outcome(
        work=period("2026-04-01", "2026-08-31"),
        filed_on="2026-01-10",
        previous_seasonal_stays=[period("2019-05-01", "2019-07-31")],
    )
    assert "90" in deadline(answer, "single_permit_decision")["note"]


def test_the_renewal_decision_is_undated_until_the_application_is_complete():
    answer = outcome(
        today="2026-07-01",
        location="belgium",
        status="seasonal_long_stay",
        current_stay=period("2026-04-01", "2026-07-31"),
        work=period("2026-08-01", "2026-08-20"),
        filed_on="2026-07-01",
    )
    decision = deadline(answer, "renewal_decision")
    assert decision["date"] is None and "30" in decision["note"]


def test_every_deadline_cites_its_article():
    answer = outcome(**EXTENSION, filed_on="2026-05-05", documents=["passeport"])
    assert answer["deadlines"]
    for entry in answer["deadlines"]:
        assert isinstance(entry["citation"], str) and entry["citation"], entry


# -- fee -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filed_on", "amount", "valid_from"),
    [
        ("2020-05-31", 358, "2019-06-01"),
        ("2020-06-01", 363, "2020-06-01"),
        ("2022-05-25", 363, "2020-06-01"),
        ("2022-05-26", 126, "2022-05-26"),
        ("2023-12-31", 126, "2022-05-26"),
        ("2024-01-01", 144, "2024-01-01"),
        ("2024-12-31", 144, "2024-01-01"),
        ("2025-01-01", 148, "2025-01-01"),
        ("2027-02-01", 148, "2025-01-01"),
    ],
)
def test_the_fee_is_the_amount_in_force_on_the_filing_date(filed_on, amount, valid_from):
    answer = outcome(today=filed_on, filed_on=filed_on, work=period("2026-04-01", "2026-08-31"))
    assert answer["procedure"] == "single_permit"
    assert answer["fee"]["amount_eur"] == amount
    assert answer["fee"]["valid_from"] == valid_from
    assert answer["fee"]["citation"]


def test_without_a_filing_date_the_fee_of_today_applies():
    answer = outcome(today="2024-06-01", work=period("2024-07-01", "2024-11-30"))
    assert answer["fee"]["amount_eur"] == 144


def test_an_extension_beyond_90_days_has_a_fee():
    answer = outcome(
        **{**EXTENSION, "work": period("2026-05-16", "2026-08-15")}, filed_on="2026-05-04"
    )
    assert answer["procedure"] == "extension_beyond_90_days"
    assert answer["fee"]["amount_eur"] == 148


def test_a_short_stay_has_no_administrative_fee():
    assert outcome(work=period("2026-04-01", "2026-06-15"), filed_on="2026-03-01")["fee"] is None


def test_a_short_stay_extension_has_no_administrative_fee():
    assert outcome(**EXTENSION, filed_on="2026-05-05")["fee"] is None


def test_an_extension_filed_with_none_of_the_documents_is_flagged_as_inadmissible():
    answer = outcome(**EXTENSION, filed_on="2026-05-05", documents=[])
    assert answer["blocking"]


def test_the_renewal_is_filed_at_the_latest_on_the_last_day_of_the_permit_or_visa():
    # RD 105/32 2°: a copy of the permit or visa « en cours de validité » goes with it
    answer = outcome(
        today="2026-07-01",
        location="belgium",
        status="seasonal_long_stay",
        current_stay=period("2026-04-01", "2026-07-31"),
        work=period("2026-08-01", "2026-08-20"),
    )
    request = deadline(answer, "renewal_request")
    assert request["date"] == "2026-07-31"
    assert "RD 105/32 2°" in request["citation"]


def test_a_renewal_filed_once_the_permit_has_expired_is_late():
    answer = outcome(
        today="2026-08-03",
        location="belgium",
        status="seasonal_long_stay",
        current_stay=period("2026-04-01", "2026-07-31"),
        work=period("2026-08-01", "2026-08-20"),
        filed_on="2026-08-01",
    )
    assert "request_late" in answer["blocking"]
    assert "RD 105/32 2°" in answer["explanation"]
