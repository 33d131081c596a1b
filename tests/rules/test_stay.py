"""The authorised stay: the work authorisation cut by the maximum durations.

RD 105/19 §1 (short stay: 90 days in any 180), RD 105/23 §2, 105/28 §2, 105/33 §2 and
Law 61/29-2 (seasonal: 150 days in any 360), RD 105/18 §4 4° and 5° (refusal when reached).
Both the first and the last day of every stay count.
"""

from __future__ import annotations

from datetime import date

from .conftest import outcome, period


def test_the_stay_lasts_as_long_as_the_work_authorisation():
    stay = outcome(work=period("2026-04-01", "2026-06-15")).authorised_stay
    assert (stay.start, stay.end, stay.days, stay.capped_by) == (
        date(2026, 4, 1),
        date(2026, 6, 15),
        76,
        "work_authorisation",
    )


def test_a_long_stay_of_150_days_is_not_capped():
    result = outcome(work=period("2026-04-01", days=150))
    assert result.procedure == "single_permit"
    assert result.authorised_stay.days == 150
    assert result.authorised_stay.capped_by == "work_authorisation"
    assert result.next_possible_start is None


def test_a_long_stay_of_151_days_is_capped_at_150():
    result = outcome(work=period("2026-04-01", days=151))
    assert result.authorised_stay.days == 150
    assert result.authorised_stay.end == date(2026, 8, 28)
    assert result.authorised_stay.capped_by == "seasonal_max"
    # nothing earlier counts: the longest stay the cap allows can start on the day asked
    assert result.next_possible_start == date(2026, 4, 1)


def test_an_earlier_seasonal_stay_shortens_the_new_one():
    # 100 days last year, inside the 360 days before the new start: 50 days remain
    result = outcome(
        work=period("2026-04-01", days=80),
        previous_seasonal_stays=[period("2025-06-01", days=100)],
    )
    assert result.procedure == "short_stay"
    assert result.authorised_stay.capped_by == "seasonal_max"
    assert result.authorised_stay.days == 50
    assert result.authorised_stay.end == date(2026, 5, 20)
    assert result.blocking == []


def test_an_earlier_stay_leaves_the_360_day_window_day_by_day():
    # earlier stay 2025-04-01..2025-08-28 (150 days). Window of 360 days ending 2026-03-26
    # starts 2025-04-01: full. Ending 2026-03-27, it starts 2025-04-02: one day has left.
    earlier = [period("2025-04-01", days=150)]
    reached = outcome(work=period("2026-03-26", days=10), previous_seasonal_stays=earlier)
    assert reached.blocking == ["seasonal_max_reached"]
    assert reached.authorised_stay is None
    one_day = outcome(work=period("2026-03-27", days=10), previous_seasonal_stays=earlier)
    assert one_day.blocking == []
    # each day the new stay goes on, one earlier day leaves the window: the stay can go on
    assert one_day.authorised_stay.days == 10
    assert one_day.authorised_stay.capped_by == "work_authorisation"


def test_when_the_seasonal_maximum_is_reached_the_outcome_says_from_when():
    earlier = [period("2025-09-01", days=150)]  # until 2026-01-28
    result = outcome(work=period("2026-03-01", days=60), previous_seasonal_stays=earlier)
    assert result.blocking == ["seasonal_max_reached"]
    assert result.authorised_stay is None
    # 60 days fit once at most 90 earlier days remain in the window of the last day
    start = result.next_possible_start
    check = outcome(work=period(start, days=60), previous_seasonal_stays=earlier)
    assert check.authorised_stay.days == 60 and check.blocking == []
    day_before = outcome(
        work=period(start.fromordinal(start.toordinal() - 1), days=60),
        previous_seasonal_stays=earlier,
    )
    assert day_before.authorised_stay is None or day_before.authorised_stay.days < 60


def test_a_tourist_visit_counts_towards_the_short_stay_maximum():
    # 40 days in France in January; from 1 April, the 180-day window still holds them
    result = outcome(
        work=period("2026-04-01", days=90),
        previous_schengen_stays=[period("2026-01-05", days=40)],
    )
    assert result.authorised_stay.capped_by == "short_stay_max"
    assert result.authorised_stay.days == 50


def test_a_seasonal_stay_listed_twice_counts_once():
    earlier = period("2025-12-01", days=60)
    once = outcome(work=period("2026-03-01", days=90), previous_seasonal_stays=[earlier])
    twice = outcome(
        work=period("2026-03-01", days=90),
        previous_seasonal_stays=[earlier],
        previous_schengen_stays=[earlier],
    )
    assert once.authorised_stay == twice.authorised_stay
    assert twice.authorised_stay.days == 30


def test_days_under_a_long_stay_do_not_count_towards_the_short_stay_maximum():
    # a 120-day seasonal long stay ended 2026-02-28; it counts for the seasonal maximum only
    result = outcome(
        work=period("2026-03-20", days=20),
        previous_seasonal_stays=[period("2025-11-01", "2026-02-28")],
    )
    assert result.authorised_stay.days == 20
    assert result.blocking == []


def test_the_short_stay_maximum_already_reached_blocks_the_request():
    result = outcome(
        work=period("2026-04-01", days=30),
        previous_schengen_stays=[period("2026-01-01", "2026-03-31")],
    )
    assert "short_stay_max_reached" in result.blocking
    assert result.authorised_stay is None
    assert result.next_possible_start is not None


def test_earlier_visits_that_would_stop_an_extension_send_it_beyond_90_days():
    # current stay from 1 March (60 days); 10 days in Spain in January would stop a short-stay
    # extension on 19 May: the work to 29 May goes through 105/26 (Report to the King on 105/19)
    result = outcome(
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", days=60),
        work=period("2026-04-30", "2026-05-29"),
        previous_schengen_stays=[period("2026-01-10", days=10)],
    )
    assert result.procedure == "extension_beyond_90_days"
    assert result.authorised_stay.capped_by == "work_authorisation"
    assert result.authorised_stay.end == date(2026, 5, 29)


def test_a_renewal_counts_the_stay_it_continues():
    # long stay of 120 days from 1 February: a renewal can add 30 days, not 60
    result = outcome(
        location="belgium",
        status="seasonal_long_stay",
        current_stay=period("2026-02-01", days=120),
        work=period("2026-06-01", days=60),
    )
    assert result.procedure == "renewal"
    assert result.authorised_stay.days == 30
    assert result.authorised_stay.capped_by == "seasonal_max"
    assert result.seasonal_cap_end == date(2026, 6, 30)


def test_an_extension_beyond_90_days_counts_the_short_stay_before_it():
    result = outcome(
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", days=90),
        work=period("2026-05-30", days=90),
    )
    assert result.procedure == "extension_beyond_90_days"
    assert result.authorised_stay.days == 60
    assert result.authorised_stay.end == date(2026, 7, 28)


# -- a maximum used up by the end of the current stay: no further day (issue 14, item 6) ------

SIXTY_DAYS_LAST_AUTUMN = [period("2025-10-01", days=60)]  # until 2025-11-29
NINETY_DAYS_FROM_MARCH = period("2026-03-01", days=90)  # until 2026-05-29: day 150 of the window


def test_an_extension_beyond_90_days_is_refused_when_the_current_stay_reaches_150_days():
    # 60 earlier seasonal days + a current short stay of 90: the 150 days are used up on its
    # last day, so a request for the days after it can give none (105/28 §2, Law 61/29-2)
    result = outcome(
        location="belgium",
        status="seasonal_short_stay",
        today="2026-05-04",
        current_stay=NINETY_DAYS_FROM_MARCH,
        work=period("2026-05-30", days=60),
        previous_seasonal_stays=SIXTY_DAYS_LAST_AUTUMN,
    )
    assert result.procedure == "extension_beyond_90_days"
    assert result.blocking == ["seasonal_max_reached"]
    assert result.authorised_stay is None
    assert result.next_possible_start == date(2026, 9, 26)  # the autumn days have left the window


def test_a_work_authorisation_begun_during_the_current_stay_does_not_show_that_stay_as_granted():
    # the same case, the work authorisation asked "since 1 March until 28 July": the days up to
    # 29 May are the stay already held, not a stay the request would grant
    for work_start in ("2026-03-01", "2026-04-01", "2026-05-29"):
        result = outcome(
            location="belgium",
            status="seasonal_short_stay",
            today="2026-05-04",
            current_stay=NINETY_DAYS_FROM_MARCH,
            work=period(work_start, "2026-07-28"),
            previous_seasonal_stays=SIXTY_DAYS_LAST_AUTUMN,
        )
        assert result.procedure == "extension_beyond_90_days"
        assert result.blocking == ["seasonal_max_reached"], work_start
        assert result.authorised_stay is None
        assert result.next_possible_start == date(2026, 9, 26)
        assert "refused" in result.explanation


def test_an_extension_beyond_90_days_is_refused_exactly_as_a_renewal_in_the_same_situation():
    for work in (period("2026-05-30", days=60), period("2026-04-01", "2026-07-28")):
        facts = dict(
            location="belgium",
            today="2026-05-04",
            current_stay=NINETY_DAYS_FROM_MARCH,
            work=work,
            previous_seasonal_stays=SIXTY_DAYS_LAST_AUTUMN,
        )
        extension = outcome(status="seasonal_short_stay", **facts)
        renewal = outcome(status="seasonal_long_stay", **facts)
        assert (extension.procedure, renewal.procedure) == ("extension_beyond_90_days", "renewal")
        for field in ("authorised_stay", "blocking", "next_possible_start", "seasonal_cap_end"):
            assert getattr(extension, field) == getattr(renewal, field), field


def test_a_work_authorisation_begun_during_the_current_stay_still_gets_the_days_left():
    # 50 earlier days instead of 60: ten days remain after 29 May, up to 8 June
    result = outcome(
        location="belgium",
        status="seasonal_short_stay",
        today="2026-05-04",
        current_stay=NINETY_DAYS_FROM_MARCH,
        work=period("2026-04-01", "2026-07-28"),
        previous_seasonal_stays=[period("2025-10-01", days=50)],
    )
    assert result.blocking == []
    assert result.authorised_stay.start == date(2026, 4, 1)
    assert result.authorised_stay.end == date(2026, 6, 8)
    assert result.authorised_stay.capped_by == "seasonal_max"
    assert result.seasonal_cap_end == date(2026, 6, 8)


def test_a_current_stay_that_reaches_day_90_of_180_leaves_the_route_beyond_90_days():
    # 30 tourist days in January + a current short stay of 60 days from 1 March (until 29 April):
    # the 90 days in 180 are used up on its last day, so a short-stay extension would be refused
    # (105/18 §4 4°); a longer stay goes through 105/26, which the 150 days still allow
    for work_start in ("2026-04-01", "2026-04-30"):
        result = outcome(
            location="belgium",
            status="seasonal_short_stay",
            today="2026-04-15",
            current_stay=period("2026-03-01", days=60),
            work=period(work_start, "2026-05-19"),
            previous_schengen_stays=[period("2026-01-01", days=30)],
        )
        assert result.procedure == "extension_beyond_90_days"
        assert result.blocking == []
        assert result.authorised_stay.end == date(2026, 5, 19)


def test_a_short_stay_extension_is_refused_when_the_current_stay_reaches_150_days():
    # a 100-day seasonal long stay last autumn (it does not count for the 90 days in 180) and a
    # current short stay of 50 days: the 150 days in 360 are used up on 19 April (105/18 §4 5°)
    for work_start in ("2026-04-01", "2026-04-20"):
        result = outcome(
            location="belgium",
            status="seasonal_short_stay",
            today="2026-04-15",
            current_stay=period("2026-03-01", days=50),
            work=period(work_start, "2026-05-19"),
            previous_seasonal_stays=[period("2025-09-01", days=100)],
        )
        assert result.procedure == "short_stay_extension"
        assert result.blocking == ["seasonal_max_reached"]
        assert result.authorised_stay is None


def test_a_stay_over_29_february_counts_that_day():
    result = outcome(today="2028-01-10", work=period("2028-02-01", days=151))
    assert result.authorised_stay.end == date(2028, 6, 29)  # 150 days with 29 February


# -- what an extension or a renewal adds to the stay the person is on -----------------------
# RD 105/33 §2 (and 105/28 §2, 105/19 §1): « la durée de l'autorisation de séjour correspond à
# la durée de l'autorisation de travail », limited to the maximum of Law 61/29-2; the permit is
# « prolongé » to it (105/34 §2). The authorised stay starts with the work; `added_stay` is the
# part after the current stay.

SEASON_FROM_APRIL = period("2026-04-01", "2026-06-30")  # the permit held: 91 days


def renewal(work, current=SEASON_FROM_APRIL, **facts):
    return outcome(
        location="belgium",
        status="seasonal_long_stay",
        today="2026-06-20",
        current_stay=current,
        work=work,
        **facts,
    )


def test_a_renewal_for_work_begun_with_the_current_stay_says_what_it_adds():
    # work 1 April – 31 August asked on 20 June: the stay authorised with it is 1 April –
    # 28 August (150 days, the maximum); the permit held covers up to 30 June, so the renewal
    # adds 1 July – 28 August, 59 days
    result = renewal(period("2026-04-01", "2026-08-31"))
    stay = result.authorised_stay
    assert (stay.start, stay.end, stay.days, stay.capped_by) == (
        date(2026, 4, 1),
        date(2026, 8, 28),
        150,
        "seasonal_max",
    )
    added = result.added_stay
    assert (added.start, added.end, added.days) == (date(2026, 7, 1), date(2026, 8, 28), 59)
    assert "already covers the days up to Tuesday, 30 June 2026" in result.explanation
    assert (
        "the request adds 59 days, from Wednesday, 1 July 2026 to Friday, 28 August 2026"
        in result.explanation
    )


def test_the_same_renewal_asked_from_the_day_after_the_current_stay_ends_on_the_same_day():
    during = renewal(period("2026-04-01", "2026-08-31"))
    after = renewal(period("2026-07-01", "2026-08-31"))
    assert after.authorised_stay.start == date(2026, 7, 1) and after.authorised_stay.days == 59
    assert after.added_stay == during.added_stay
    assert after.authorised_stay.end == during.authorised_stay.end == during.seasonal_cap_end
    # all of it is added: nothing to say about days already held
    assert "already covers" not in after.explanation


def test_a_renewal_of_a_stay_begun_before_the_work_counts_every_day_of_it():
    # permit 1 March – 30 June (122 days), new work from 1 April: 28 days remain, to 28 July
    result = renewal(period("2026-04-01", "2026-08-31"), current=period("2026-03-01", "2026-06-30"))
    assert (result.authorised_stay.start, result.authorised_stay.end) == (
        date(2026, 4, 1),
        date(2026, 7, 28),
    )
    assert (result.added_stay.start, result.added_stay.days) == (date(2026, 7, 1), 28)


def test_the_next_possible_start_of_a_continuing_request_is_a_new_stay_from_abroad():
    # the 62 days asked after 30 June fit in full once 88 days of the current stay are the only
    # ones left in the window: 4 April 2026 + 360 days - 62 days = 27 January 2027 (RD 105/10)
    result = renewal(period("2026-04-01", "2026-08-31"))
    assert result.next_possible_start == date(2027, 1, 27)
    assert "A stay of this length" not in result.explanation
    assert (
        "new seasonal stay for all the days asked for after your current stay" in result.explanation
    )
    assert (
        "applied for from abroad (RD 105/10), could start on Wednesday, 27 January 2027"
        in result.explanation
    )


def test_a_new_application_adds_no_stay_to_another_and_keeps_its_wording():
    result = outcome(work=period("2026-04-01", days=151))
    assert result.added_stay is None
    assert "A stay of this length (or the longest stay allowed) can start on" in result.explanation


def test_a_refused_renewal_adds_nothing():
    result = renewal(period("2026-04-01", "2026-08-31"), current=period("2026-04-01", "2026-08-28"))
    assert result.blocking == ["seasonal_max_reached"]
    assert result.authorised_stay is None and result.added_stay is None
