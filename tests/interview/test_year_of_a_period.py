"""A period typed without its year lands in the year of what it is (issue: "the year of a date
that has no year must follow from what the date is"): a current stay or work under way may have
started before today, planned work starts from today on, an earlier stay lies in the past. It is
read right or asked about, never placed a year away."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.engine import Interview
from assistant.engine.state import Facts
from i18n import format_date

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
SHAPES = {
    "fr": ("du {a} au {b}", "depuis le {a} jusqu'au {b}", "{n1} - {n2}"),
    "nl": ("van {a} tot {b}", "sinds {a} tot en met {b}", "{n1} - {n2}"),
    "de": ("vom {a} bis {b}", "seit {a} bis {b}", "{n1} - {n2}"),
    "en": ("from {a} to {b}", "since {a} until {b}", "{n1} - {n2}"),
}
TODAY = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))


def _said(lang: str, start: date, end: date, shape: int) -> str:
    months = MONTHS[lang].split()

    def words(day: date) -> str:
        dot = "." if lang == "de" else ""
        return f"{day.day}{dot} {months[day.month - 1]}"

    return SHAPES[lang][shape].format(
        a=words(start), b=words(end), n1=f"{start.day}/{start.month}", n2=f"{end.day}/{end.month}"
    )


def _answer(question: str, facts: Facts, today: date, lang: str, text: str) -> Interview:
    interview = Interview.start(lang=lang, today=today, role="worker")  # type: ignore[arg-type]
    interview.state.facts = facts
    interview.state.answered = ["role", "nationality", "location"]
    interview.state.reopened = question
    interview.answer(text)
    return interview


def _read_right_or_asked(period, start: date, end: date) -> None:
    if period is not None:  # None: asked back, which is never wrong
        assert (period.start, period.end) == (start, end)


@settings(max_examples=150, deadline=None)
@given(
    today=TODAY,
    began=st.integers(0, 80),
    left=st.integers(1, 80),
    lang=st.sampled_from(sorted(MONTHS)),
    shape=st.integers(0, 2),
)
def test_a_current_stay_under_way_stays_in_this_year(today, began, left, lang, shape):
    start, end = today - timedelta(days=began), today + timedelta(days=left)
    facts = Facts(nationality="MA", location="belgium", status="seasonal_short_stay")
    interview = _answer("current_stay", facts, today, lang, _said(lang, start, end, shape))
    _read_right_or_asked(interview.state.facts.current_stay, start, end)


@settings(max_examples=150, deadline=None)
@given(
    today=TODAY,
    ahead=st.integers(0, 200),
    length=st.integers(20, 150),
    lang=st.sampled_from(sorted(MONTHS)),
    shape=st.integers(0, 2),
)
def test_planned_work_starts_from_today_on(today, ahead, length, lang, shape):
    start = today + timedelta(days=ahead)
    end = start + timedelta(days=length)
    facts = Facts(nationality="MA", location="abroad")
    interview = _answer("work", facts, today, lang, _said(lang, start, end, shape))
    _read_right_or_asked(interview.state.facts.work, start, end)


@settings(max_examples=150, deadline=None)
@given(
    today=TODAY,
    ago=st.integers(1, 300),
    length=st.integers(10, 60),
    lang=st.sampled_from(sorted(MONTHS)),
    shape=st.integers(0, 2),
)
def test_an_earlier_stay_lies_in_the_past(today, ago, length, lang, shape):
    end = today - timedelta(days=ago)
    start = end - timedelta(days=length)
    facts = Facts(nationality="MA", location="abroad")
    text = _said(lang, start, end, shape)
    interview = _answer("previous_stays", facts, today, lang, text)
    stays = interview.state.facts.previous_seasonal_stays
    if stays:
        assert [(p.start, p.end) for p in stays] == [(start, end)], (text, format_date(today, "en"))


def test_two_years_in_two_digits_repeat_the_period_said_once():
    interview = _answer(
        "previous_stays",
        Facts(nationality="MA", location="abroad", work=None),
        date(2026, 10, 7),
        "fr",
        "il était chez nous en 23 et en 25, les deux fois du 1/8 au 31/10",
    )
    stays = interview.state.facts.previous_seasonal_stays
    assert [(s.start, s.end) for s in stays] == [
        (date(2023, 8, 1), date(2023, 10, 31)),
        (date(2025, 8, 1), date(2025, 10, 31)),
    ]
