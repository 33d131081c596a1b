"""The short-stay maximum (90 in any 180) and the seasonal maximum (150 in any 360).

Both ends of every stay count. Expected dates were worked out by hand and checked with a
brute-force count over every window.
"""

from __future__ import annotations

from .helpers import outcome, period

IN_BELGIUM = {"today": "2026-05-04", "location": "belgium"}

# 2025-06-23 .. 2025-09-30: 100 days, more than 180 days before 2026-04-01 (no 90/180 effect).
HUNDRED_DAYS_LAST_SUMMER = period("2025-06-23", "2025-09-30")
# 2025-04-01 .. 2025-08-28: 150 days; its first day leaves the 360-day window on 2026-03-27.
FULL_SEASON_LAST_YEAR = period("2025-04-01", "2025-08-28")


def stay(answer: dict) -> tuple:
    s = answer["authorised_stay"]
    return s["start"], s["end"], s["days"], s["capped_by"]


# -- 150 / 360 -----------------------------------------------------------------------------


def test_a_single_permit_of_exactly_150_days_is_capped_only_by_the_work_authorisation():
    answer = outcome(work=period("2026-04-01", "2026-08-28"))
    assert answer["procedure"] == "single_permit"
    assert stay(answer) == ("2026-04-01", "2026-08-28", 150, "work_authorisation")
    assert answer["next_possible_start"] is None
    assert answer["blocking"] == []


def test_a_single_permit_of_151_days_is_cut_to_150_days_by_the_seasonal_maximum():
    answer = outcome(work=period("2026-04-01", "2026-08-29"))
    assert stay(answer) == ("2026-04-01", "2026-08-28", 150, "seasonal_max")
    assert answer["blocking"] == []


def test_a_request_longer_than_150_days_can_have_the_caps_full_length_from_its_own_start():
    # Nothing earlier in the window: 150 days (the cap's full length) fit from the start.
    answer = outcome(work=period("2026-04-01", "2026-10-31"))
    assert answer["next_possible_start"] == "2026-04-01"


def test_the_seasonal_cap_end_is_the_last_day_allowed_by_the_150_day_rule():
    answer = outcome(work=period("2026-04-01", "2026-10-31"))
    assert answer["deadlines"]
    cap = [d for d in answer["deadlines"] if d["id"] == "seasonal_cap_end"]
    assert cap and cap[0]["date"] == "2026-08-28"


def test_an_earlier_seasonal_stay_inside_the_window_shortens_a_new_short_stay():
    # Window 2025-06-23 .. 2026-06-17 holds the 100 old days: only 50 new days fit.
    answer = outcome(
        work=period("2026-04-01", "2026-06-29"),
        previous_seasonal_stays=[HUNDRED_DAYS_LAST_SUMMER],
    )
    assert answer["procedure"] == "short_stay"
    assert stay(answer) == ("2026-04-01", "2026-05-20", 50, "seasonal_max")


def test_next_possible_start_is_the_first_day_from_which_the_whole_request_fits():
    # A 90-day stay from D needs the window ending D+89 (from D-270) to hold <= 60 old days:
    # D-270 >= 2025-08-02, so D = 2026-04-29.
    answer = outcome(
        work=period("2026-04-01", "2026-06-29"),
        previous_seasonal_stays=[HUNDRED_DAYS_LAST_SUMMER],
    )
    assert answer["next_possible_start"] == "2026-04-29"


def test_next_possible_start_aims_at_the_caps_full_length_when_more_is_requested():
    # 200 days asked; 150 days from D need no old day in the window ending D+149 (from D-210).
    answer = outcome(
        work=period("2026-04-01", "2026-10-17"),
        previous_seasonal_stays=[HUNDRED_DAYS_LAST_SUMMER],
    )
    assert answer["procedure"] == "single_permit"
    assert stay(answer) == ("2026-04-01", "2026-05-20", 50, "seasonal_max")
    assert answer["next_possible_start"] == "2026-04-29"


def test_a_full_season_whose_first_day_is_still_in_the_window_blocks_a_new_start():
    # 2025-04-01 + 359 days = 2026-03-26: that window holds 150 old days already.
    answer = outcome(
        work=period("2026-03-26", "2026-06-23"),
        previous_seasonal_stays=[FULL_SEASON_LAST_YEAR],
    )
    assert "seasonal_max_reached" in answer["blocking"]
    assert answer["next_possible_start"] == "2026-03-27"


def test_a_full_season_whose_first_day_has_left_the_window_no_longer_limits():
    answer = outcome(
        work=period("2026-03-27", "2026-06-24"),
        previous_seasonal_stays=[FULL_SEASON_LAST_YEAR],
    )
    assert answer["blocking"] == []
    assert stay(answer) == ("2026-03-27", "2026-06-24", 90, "work_authorisation")
    assert answer["next_possible_start"] is None


def test_a_renewal_counts_the_current_long_stay_towards_the_150_days():
    # Current stay 2026-04-01 .. 2026-07-31 is 122 days: 28 more, up to 2026-08-28.
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_long_stay",
        current_stay=period("2026-04-01", "2026-07-31"),
        work=period("2026-08-01", "2026-09-30"),
    )
    assert answer["procedure"] == "renewal"
    assert answer["authorised_stay"]["end"] == "2026-08-28"
    assert answer["authorised_stay"]["capped_by"] == "seasonal_max"
    cap = [d for d in answer["deadlines"] if d["id"] == "seasonal_cap_end"]
    assert cap and cap[0]["date"] == "2026-08-28"


def test_an_extension_beyond_90_days_is_capped_at_150_days_counted_from_the_current_stay():
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-06-29"),
        work=period("2026-06-30", "2026-09-30"),
    )
    assert answer["procedure"] == "extension_beyond_90_days"
    assert answer["authorised_stay"]["end"] == "2026-08-28"
    assert answer["authorised_stay"]["capped_by"] == "seasonal_max"


def test_a_renewal_within_150_days_is_capped_by_the_work_authorisation():
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_long_stay",
        current_stay=period("2026-04-01", "2026-07-31"),
        work=period("2026-08-01", "2026-08-20"),
    )
    assert answer["authorised_stay"]["end"] == "2026-08-20"
    assert answer["authorised_stay"]["capped_by"] == "work_authorisation"
    assert answer["blocking"] == []


def test_a_renewal_when_150_days_are_already_used_is_blocked_by_the_seasonal_maximum():
    answer = outcome(
        today="2026-08-20",
        location="belgium",
        status="seasonal_long_stay",
        current_stay=period("2026-04-01", "2026-08-28"),
        work=period("2026-08-29", "2026-09-30"),
    )
    assert "seasonal_max_reached" in answer["blocking"]


# 2025-10-01 .. 2025-11-29: 60 days; with a current stay of 90 days from 2026-03-01 (until
# 2026-05-29) the window of 2026-05-29 (from 2025-06-04) holds 60 + 90 = 150 days.
SIXTY_DAYS_LAST_AUTUMN = period("2025-10-01", "2025-11-29")
NINETY_DAYS_FROM_MARCH = period("2026-03-01", "2026-05-29")


def test_an_extension_beyond_90_days_whose_150_days_end_with_the_current_stay_is_blocked():
    # The request can give no day after 2026-05-29. 60 days fit once the 60 autumn days have
    # left the window: the window of the last day (s + 59) must start on 2025-11-30 or later,
    # s - 300 >= 2025-11-30, s = 2026-09-26.
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_short_stay",
        current_stay=NINETY_DAYS_FROM_MARCH,
        work=period("2026-05-30", "2026-07-28"),
        previous_seasonal_stays=[SIXTY_DAYS_LAST_AUTUMN],
    )
    assert answer["procedure"] == "extension_beyond_90_days"
    assert answer["blocking"] == ["seasonal_max_reached"]
    assert answer["authorised_stay"] is None
    assert answer["next_possible_start"] == "2026-09-26"
    # a refusal reads as a refusal: it leads (law review, item 9)
    assert answer["explanation"].startswith("As things stand, the request would be refused")
    assert "You are in Belgium" in answer["explanation"]


def test_work_asked_from_the_first_day_of_the_current_stay_shows_no_stay_as_granted():
    # The same person asks for work "from 1 March to 28 July": the days up to 2026-05-29 are the
    # stay already held. Nothing is added, so the stay 2026-03-01 .. 2026-05-29 must not be shown.
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_short_stay",
        current_stay=NINETY_DAYS_FROM_MARCH,
        work=period("2026-03-01", "2026-07-28"),
        previous_seasonal_stays=[SIXTY_DAYS_LAST_AUTUMN],
    )
    assert answer["procedure"] == "extension_beyond_90_days"
    assert answer["blocking"] == ["seasonal_max_reached"]
    assert answer["authorised_stay"] is None
    assert answer["next_possible_start"] == "2026-09-26"
    assert not [d for d in answer["deadlines"] if d["id"] == "seasonal_cap_end" and d["date"]]


def test_a_renewal_in_the_same_situation_is_blocked_the_same_way():
    for work in (period("2026-05-30", "2026-07-28"), period("2026-04-01", "2026-07-28")):
        answer = outcome(
            **IN_BELGIUM,
            status="seasonal_long_stay",
            current_stay=NINETY_DAYS_FROM_MARCH,
            work=work,
            previous_seasonal_stays=[SIXTY_DAYS_LAST_AUTUMN],
        )
        assert answer["procedure"] == "renewal"
        assert answer["blocking"] == ["seasonal_max_reached"]
        assert answer["authorised_stay"] is None
        assert answer["next_possible_start"] == "2026-09-26"


# A renewal asked on 20 June for work from 1 April to 31 August, the permit held running from
# 1 April to 30 June (91 days). RD 105/33 §2: the stay authorised corresponds to the work
# authorisation, limited to 150 days: 1 April .. 28 August. What the renewal adds is
# 1 July .. 28 August (59 days).
PERMIT_FROM_APRIL = period("2026-04-01", "2026-06-30")


def test_a_renewal_for_work_begun_during_the_permit_reports_the_days_it_adds():
    answer = outcome(
        today="2026-06-20",
        location="belgium",
        status="seasonal_long_stay",
        current_stay=PERMIT_FROM_APRIL,
        work=period("2026-04-01", "2026-08-31"),
    )
    assert answer["procedure"] == "renewal"
    assert stay(answer) == ("2026-04-01", "2026-08-28", 150, "seasonal_max")
    assert answer["added_stay"] == {"start": "2026-07-01", "end": "2026-08-28", "days": 59}
    # the 62 days asked after 30 June, as a new stay: the window of its last day (s + 61) may
    # hold at most 88 days of the permit, 2026-04-04 .. 2026-06-30: s - 298 >= 2026-04-04
    assert answer["next_possible_start"] == "2027-01-27"
    assert "applied for from abroad" in answer["explanation"]


def test_the_same_renewal_written_from_the_day_after_the_permit_adds_the_same_days():
    answer = outcome(
        today="2026-06-20",
        location="belgium",
        status="seasonal_long_stay",
        current_stay=PERMIT_FROM_APRIL,
        work=period("2026-07-01", "2026-08-31"),
    )
    assert stay(answer) == ("2026-07-01", "2026-08-28", 59, "seasonal_max")
    assert answer["added_stay"] == {"start": "2026-07-01", "end": "2026-08-28", "days": 59}
    assert answer["next_possible_start"] == "2027-01-27"


def test_a_stay_from_abroad_adds_to_no_current_stay():
    answer = outcome(work=period("2026-04-01", "2026-06-15"))
    assert answer["added_stay"] is None


# -- 90 / 180 ------------------------------------------------------------------------------


def test_a_tourist_stay_in_another_schengen_country_shortens_a_short_stay():
    # 30 tourist days in February stay in every 180-day window of the new stay: 60 days left.
    answer = outcome(
        work=period("2026-04-01", "2026-06-29"),
        previous_schengen_stays=[period("2026-02-01", "2026-03-02")],
    )
    assert answer["procedure"] == "short_stay"
    assert stay(answer) == ("2026-04-01", "2026-05-30", 60, "short_stay_max")
    assert answer["next_possible_start"] == "2026-06-01"


def test_ninety_schengen_days_just_before_the_start_block_a_short_stay():
    answer = outcome(
        work=period("2026-04-01", "2026-06-29"),
        previous_schengen_stays=[period("2026-01-01", "2026-03-31")],
    )
    assert "short_stay_max_reached" in answer["blocking"]
    assert answer["next_possible_start"] == "2026-06-30"


def test_schengen_stays_older_than_180_days_do_not_limit_a_short_stay():
    answer = outcome(
        work=period("2026-04-01", "2026-06-29"),
        previous_schengen_stays=[period("2025-08-01", "2025-09-30")],
    )
    assert stay(answer) == ("2026-04-01", "2026-06-29", 90, "work_authorisation")
    assert answer["blocking"] == []
    assert answer["next_possible_start"] is None


def test_a_seasonal_stay_listed_in_both_lists_is_counted_once():
    both = period("2026-01-05", "2026-02-03")  # 30 days
    answer = outcome(
        work=period("2026-04-01", "2026-06-29"),
        previous_seasonal_stays=[both],
        previous_schengen_stays=[both],
    )
    assert stay(answer) == ("2026-04-01", "2026-05-30", 60, "short_stay_max")


def test_overlapping_schengen_stays_count_each_day_once():
    answer = outcome(
        work=period("2026-04-01", "2026-06-29"),
        previous_schengen_stays=[
            period("2026-02-01", "2026-02-20"),
            period("2026-02-11", "2026-03-02"),
        ],
    )
    assert stay(answer) == ("2026-04-01", "2026-05-30", 60, "short_stay_max")


def test_earlier_schengen_days_that_would_stop_a_short_stay_extension_route_it_beyond_90_days():
    # 20 tourist days in January + 70 days from 2026-04-01 = 90: a short-stay extension would end
    # on 2026-06-09; the work to 20 June goes through 105/26 (law review, issue 8 item 2).
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-05-15"),
        work=period("2026-05-16", "2026-06-20"),
        previous_schengen_stays=[period("2026-01-10", "2026-01-29")],
    )
    assert answer["procedure"] == "extension_beyond_90_days"
    assert answer["authorised_stay"]["end"] == "2026-06-20"
    assert answer["authorised_stay"]["capped_by"] == "work_authorisation"


def test_a_short_stay_extension_to_day_90_is_capped_by_the_work_authorisation():
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-05-15"),
        work=period("2026-05-16", "2026-06-29"),
    )
    assert answer["authorised_stay"]["end"] == "2026-06-29"
    assert answer["authorised_stay"]["capped_by"] == "work_authorisation"
    assert answer["blocking"] == []
    assert answer["next_possible_start"] is None


def test_a_short_stay_whose_90_days_end_with_the_current_stay_continues_beyond_90_days():
    # 30 tourist days (2026-01-01 .. 01-30) + the current stay 2026-03-01 .. 04-29 (60 days):
    # 90 days in the window of 2026-04-29. As a short-stay extension, the work asked "since
    # 1 April until 19 May" (day 80) would give no day after 29 April; 105/26 can.
    answer = outcome(
        today="2026-04-15",
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", "2026-04-29"),
        work=period("2026-04-01", "2026-05-19"),
        previous_schengen_stays=[period("2026-01-01", "2026-01-30")],
    )
    assert answer["procedure"] == "extension_beyond_90_days"
    assert answer["blocking"] == []
    assert answer["authorised_stay"]["end"] == "2026-05-19"


def test_two_earlier_seasonal_stays_are_counted_together_in_the_360_day_window():
    # 40 days from 2025-08-01: the window 2025-07-25 .. 2026-07-19 holds 40 + 110 = 150 days.
    answer = outcome(
        work=period("2026-04-01", "2026-08-31"),
        previous_seasonal_stays=[
            period("2025-05-01", "2025-06-09"),
            period("2025-08-01", "2025-09-09"),
        ],
    )
    assert stay(answer) == ("2026-04-01", "2026-07-19", 110, "seasonal_max")
    assert answer["next_possible_start"] == "2026-04-08"


def test_a_current_stay_also_listed_as_a_schengen_stay_is_counted_once():
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_short_stay",
        current_stay=period("2026-04-01", "2026-05-15"),
        work=period("2026-05-16", "2026-06-29"),
        previous_schengen_stays=[period("2026-04-01", "2026-05-15")],
    )
    assert answer["procedure"] == "short_stay_extension"
    assert answer["authorised_stay"]["end"] == "2026-06-29"
    assert answer["blocking"] == []


def test_a_current_stay_also_listed_as_a_previous_seasonal_stay_is_counted_once():
    answer = outcome(
        **IN_BELGIUM,
        status="seasonal_long_stay",
        current_stay=period("2026-04-01", "2026-07-31"),
        work=period("2026-08-01", "2026-09-30"),
        previous_seasonal_stays=[period("2026-04-01", "2026-07-31")],
    )
    assert answer["authorised_stay"]["end"] == "2026-08-28"


def test_when_both_caps_shorten_a_short_stay_the_tighter_one_wins_and_both_set_the_next_start():
    # Seasonal cap: 50 days, whole 90 days from 2026-04-29; Schengen cap: 60 days, from 2026-06-01.
    answer = outcome(
        work=period("2026-04-01", "2026-06-29"),
        previous_seasonal_stays=[HUNDRED_DAYS_LAST_SUMMER],
        previous_schengen_stays=[period("2026-02-01", "2026-03-02")],
    )
    assert stay(answer) == ("2026-04-01", "2026-05-20", 50, "seasonal_max")
    assert answer["next_possible_start"] == "2026-06-01"
