"""Properties over generated situations, checked against a naive day-by-day count.

The reference below knows nothing of bisection or of the monotonic window count that
``rules.caps`` relies on: it walks the stay one day at a time and counts, for the window of
each day, the days of stay it holds.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rules import Situation, decide
from rules.models import Period

START = date(2026, 5, 1)
DOCUMENT_WORDS = ["paspoort", "arbeidskaart", "lease", "Krankenversicherung", "garbage", "casier"]


def naive_last_day(
    earlier: set[date], start: date, end: date, days: int, window: int
) -> date | None:
    """Walk from ``start``: a day is allowed while the window ending on it holds at most
    ``days`` days of stay (earlier days and the new stay so far)."""
    stay = set(earlier)
    last = None
    day = start
    while day <= end:
        stay.add(day)
        held = sum(1 for k in range(window) if day - timedelta(days=k) in stay)
        if held > days:
            break
        last = day
        day += timedelta(days=1)
    return last


def days_of(periods) -> set[date]:
    return {p.start + timedelta(days=k) for p in periods for k in range(p.days)}


def naive_fits(earlier: set[date], start: date, length: int, days: int, window: int) -> bool:
    return naive_last_day(
        earlier, start, start + timedelta(days=length - 1), days, window
    ) == start + timedelta(days=length - 1)


@st.composite
def earlier_stays(draw, max_count=3):
    count = draw(st.integers(0, max_count))
    stays = []
    for _ in range(count):
        ends_before = draw(st.integers(1, 420))
        length = draw(st.integers(1, 160))
        end = START - timedelta(days=ends_before)
        stays.append(Period(start=end - timedelta(days=length - 1), end=end))
    return tuple(stays)


@st.composite
def abroad_situations(draw):
    return Situation(
        today=date(2026, 3, 2),
        nationality=draw(st.sampled_from(["MA", "UA", "Inde", "Turkije", "Tunisie"])),
        location="abroad",
        work=Period(start=START, end=START + timedelta(days=draw(st.integers(0, 240)))),
        previous_seasonal_stays=draw(earlier_stays()),
        previous_schengen_stays=draw(earlier_stays(2)),
        age=draw(st.none() | st.integers(0, 80)),
        documents=tuple(draw(st.lists(st.sampled_from(DOCUMENT_WORDS), max_size=4))),
    )


def short_counted(situation: Situation) -> set[date]:
    short_seasonal = [p for p in situation.previous_seasonal_stays if p.days <= 90]
    return days_of(list(situation.previous_schengen_stays) + short_seasonal)


@settings(max_examples=150, deadline=None)
@given(abroad_situations())
def test_the_authorised_stay_agrees_with_a_day_by_day_count(situation):
    outcome = decide(situation)
    work = situation.work
    ends = [
        naive_last_day(days_of(situation.previous_seasonal_stays), work.start, work.end, 150, 360)
    ]
    if outcome.procedure == "short_stay":
        ends.append(naive_last_day(short_counted(situation), work.start, work.end, 90, 180))
    if None in ends:
        assert outcome.authorised_stay is None
        assert outcome.blocking
        return
    stay = outcome.authorised_stay
    assert stay.end == min(ends)
    assert stay.start == work.start
    assert stay.days == (stay.end - stay.start).days + 1
    assert stay.end <= work.end
    assert stay.days <= (90 if outcome.procedure == "short_stay" else 150)


@settings(max_examples=60, deadline=None)
@given(abroad_situations())
def test_the_next_possible_start_is_the_first_day_the_stay_fits(situation):
    outcome = decide(situation)
    start = outcome.next_possible_start
    if start is None:
        assert outcome.authorised_stay is not None
        assert outcome.authorised_stay.capped_by == "work_authorisation"
        return
    caps = [(days_of(situation.previous_seasonal_stays), 150, 360)]
    if outcome.procedure == "short_stay":
        caps.append((short_counted(situation), 90, 180))
    length = min(situation.work.days, *(days for _, days, _ in caps))

    def fits(day):
        return all(naive_fits(earlier, day, length, days, window) for earlier, days, window in caps)

    assert fits(start)
    assert start == situation.work.start or not fits(start - timedelta(days=1))


@st.composite
def any_situations(draw):
    location = draw(st.sampled_from(["abroad", "belgium"]))
    current_start = START - timedelta(days=draw(st.integers(1, 120)))
    current = Period(
        start=current_start, end=current_start + timedelta(days=draw(st.integers(0, 150)))
    )
    work_start = current.end + timedelta(days=draw(st.integers(-10, 5)))
    return Situation(
        today=draw(st.dates(date(2020, 6, 1), date(2031, 1, 1))),
        nationality=draw(st.sampled_from(["MA", "Marokko", "UA", "US", "TR", "FR", "BE", "Nepal"])),
        location=location,
        status=draw(
            st.none()
            | st.sampled_from(["none", "seasonal_short_stay", "seasonal_long_stay", "other"])
        ),
        work=draw(
            st.none()
            | st.just(
                Period(start=work_start, end=work_start + timedelta(days=draw(st.integers(0, 300))))
            )
        ),
        current_stay=draw(st.none() | st.just(current)),
        entry_date=draw(st.none() | st.just(current_start)),
        previous_seasonal_stays=draw(earlier_stays()),
        previous_schengen_stays=draw(earlier_stays(2)),
        age=draw(st.none() | st.integers(0, 90)),
        documents=tuple(
            draw(st.lists(st.text(max_size=30) | st.sampled_from(DOCUMENT_WORDS), max_size=4))
        ),
        filed_on=draw(st.none() | st.dates(date(2020, 6, 1), date(2031, 1, 1))),
    )


@settings(max_examples=200, deadline=None)
@given(any_situations(), st.sampled_from(["fr", "nl", "de", "en"]))
def test_decide_never_fails_on_a_valid_situation_and_always_cites(situation, lang):
    outcome = decide(situation, lang)
    assert outcome.explanation
    assert outcome.citations
    if outcome.authorised_stay is not None and situation.work is not None:
        assert outcome.authorised_stay.end <= situation.work.end
        assert outcome.authorised_stay.days <= 150
    for item in outcome.documents:
        assert item.citation and item.name
    for deadline in outcome.deadlines:
        assert deadline.citation and deadline.note
    assert decide(situation, lang) == outcome  # the same situation always gives the same answer


def next_start_fits(outcome, caps, length) -> None:
    """The next possible start of a refused continuing request is the first day, from the day
    after the current stay, from which the days asked for fit under every maximum (naive count)."""
    start = outcome.next_possible_start
    assert start is not None and start >= START

    def fits(day):
        return all(
            naive_fits(earlier, day, min(length, days), days, window)
            for earlier, days, window in caps
        )

    assert fits(start)
    assert start == START or not fits(start - timedelta(days=1))


@st.composite
def work_from_or_during_the_current_stay(draw, current: Period, last_day: date) -> Period:
    """The requested work: from the day after the current stay, or already begun during it
    ("since 1 April, until the end of September")."""
    began = draw(
        st.integers(0, current.days)
    )  # days of the current stay the work began before its end
    return Period(start=START - timedelta(days=began), end=last_day)


@st.composite
def renewals(draw):
    current_start = START - timedelta(days=draw(st.integers(30, 200)))
    current = Period(start=current_start, end=START - timedelta(days=1))
    return Situation(
        today=date(2026, 3, 2),
        nationality="NP",
        location="belgium",
        status="seasonal_long_stay",
        current_stay=current,
        work=draw(
            work_from_or_during_the_current_stay(
                current, START + timedelta(days=draw(st.integers(0, 200)))
            )
        ),
        previous_seasonal_stays=draw(earlier_stays()),
        age=40,
        filed_on=date(2026, 4, 20),
    )


@st.composite
def extensions_beyond_90_days(draw):
    current_start = START - timedelta(days=draw(st.integers(1, 90)))
    current = Period(start=current_start, end=START - timedelta(days=1))
    last_day = current_start + timedelta(days=90 + draw(st.integers(0, 200)))  # past day 90
    return Situation(
        today=date(2026, 3, 2),
        nationality="MA",
        location="belgium",
        status="seasonal_short_stay",
        current_stay=current,
        work=draw(work_from_or_during_the_current_stay(current, last_day)),
        previous_seasonal_stays=draw(earlier_stays()),
        previous_schengen_stays=draw(earlier_stays(2)),
        age=30,
        filed_on=date(2026, 4, 20),
    )


def already_counted(situation: Situation, days: set[date]) -> set[date]:
    """What counts before the first day a continuing request adds (START, the day after the
    current stay): the given days, the current stay, and the requested days already under way."""
    current_and_work = days_of([situation.current_stay]) | {
        d for d in days_of([situation.work]) if d < START
    }
    return {d for d in days | current_and_work if d < START}


def continuing_stay_agrees_with_a_day_by_day_count(situation: Situation, procedure: str) -> None:
    outcome = decide(situation)
    assert outcome.procedure == procedure
    earlier = already_counted(situation, days_of(situation.previous_seasonal_stays))
    expected = naive_last_day(earlier, START, situation.work.end, 150, 360)
    if expected is None:
        # the maximum is used up by the end of the current stay: no further day, refused, and
        # never a stay shown as if granted (RD 105/28 §2, 105/33 §2 with Law 61/29-2)
        assert outcome.authorised_stay is None and "seasonal_max_reached" in outcome.blocking
        next_start_fits(outcome, [(earlier, 150, 360)], (situation.work.end - START).days + 1)
    else:
        assert outcome.blocking == []
        assert outcome.authorised_stay.start == situation.work.start
        assert outcome.authorised_stay.end == expected
        assert outcome.seasonal_cap_end is None or outcome.seasonal_cap_end >= START
        # what the request adds: the days after the current stay, up to the same end
        added = outcome.added_stay
        assert (added.start, added.end, added.days) == (
            START,
            expected,
            (expected - START).days + 1,
        )
    if procedure == "extension_beyond_90_days":
        bridge_agrees_with_a_day_by_day_count(situation, outcome, [(earlier, 150, 360)])


def bridge_agrees_with_a_day_by_day_count(situation: Situation, outcome, caps: list) -> None:
    """The annex 3 prolonged by 15 days from the end of the current stay (RD 105/20, 105/30)
    covers no day past a maximum (105/20; Law 61/29-2): the current stay's last day when a
    maximum is used up by then."""
    current_end = situation.current_stay.end
    wanted = current_end + timedelta(days=15)
    ends = [naive_last_day(days, START, wanted, most, window) for days, most, window in caps]
    expected = current_end if None in ends else min(ends)
    bridge = next(d for d in outcome.deadlines if d.id == "annex_3_bridge")
    assert bridge.date == expected


@settings(max_examples=150, deadline=None)
@given(renewals())
def test_a_renewal_counts_the_stay_it_continues_like_a_day_by_day_count(situation):
    continuing_stay_agrees_with_a_day_by_day_count(situation, "renewal")


@settings(max_examples=150, deadline=None)
@given(extensions_beyond_90_days())
def test_an_extension_beyond_90_days_counts_the_stay_it_continues_like_a_day_by_day_count(
    situation,
):
    continuing_stay_agrees_with_a_day_by_day_count(situation, "extension_beyond_90_days")


@st.composite
def short_extensions(draw):
    current_start = START - timedelta(days=draw(st.integers(10, 80)))
    current = Period(start=current_start, end=START - timedelta(days=1))
    last_day = current_start + timedelta(
        days=draw(st.integers(0, 89))
    )  # within day 90: an extension
    return Situation(
        today=date(2026, 3, 2),
        nationality="MA",
        location="belgium",
        status="seasonal_short_stay",
        current_stay=current,
        work=draw(work_from_or_during_the_current_stay(current, max(START, last_day))),
        previous_seasonal_stays=draw(earlier_stays()),
        previous_schengen_stays=draw(earlier_stays(2)),
        documents=("passport",),
    )


@settings(max_examples=150, deadline=None)
@given(short_extensions())
def test_a_short_stay_extension_agrees_with_a_day_by_day_count_of_both_maximums(situation):
    outcome = decide(situation)
    seasonal = already_counted(situation, days_of(situation.previous_seasonal_stays))
    short = already_counted(situation, short_counted(situation))
    work = situation.work
    seasonal_end = naive_last_day(seasonal, START, work.end, 150, 360)
    short_end = naive_last_day(short, START, work.end, 90, 180)
    ends = [seasonal_end, short_end]
    # the 90 days in 180 stopping it before the requested end (and before the 150 do): only
    # 105/26 can give that end (Report to the King on 105/19)
    stopped_by_short_max = seasonal_end is not None and (
        short_end is None or (short_end < work.end and short_end < seasonal_end)
    )
    if stopped_by_short_max:
        assert outcome.procedure == "extension_beyond_90_days"
        return
    assert outcome.procedure == "short_stay_extension"
    if None in ends:
        # a maximum used up by the end of the current stay: refused, no stay shown as granted
        assert outcome.authorised_stay is None and outcome.blocking
        next_start_fits(
            outcome, [(seasonal, 150, 360), (short, 90, 180)], (work.end - START).days + 1
        )
    else:
        assert outcome.authorised_stay.start == work.start
        assert outcome.authorised_stay.end == min(ends)
        # never beyond day 90 of the current stay (RD 105/19 §1)
        assert (outcome.authorised_stay.end - situation.current_stay.start).days < 90
    bridge_agrees_with_a_day_by_day_count(
        situation, outcome, [(seasonal, 150, 360), (short, 90, 180)]
    )
