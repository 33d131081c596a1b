"""Reading one answer to one question: the facts it sets, and what to say back.

Each reader takes the answer text and the interview state and returns a :class:`Reading`
(the facts to set, the confirmations to show) or raises :class:`AnswerError` naming the catalog
key of the message that says what was expected. Readers never change the state themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rules.models import Period

from .parsing import countries as country_parsing
from .parsing import documents as document_parsing
from .parsing.dates import DateError, find_dates, parse_date, resolve
from .parsing.periods import pair, parse_period, parse_periods
from .parsing.text import fold
from .parsing.yesno import is_none_answer, parse_yes_no
from .questions import LOCATION_FACTS, QuestionSpec
from .state import InterviewState
from .words import CHOICE_WORDS, SCHENGEN_WORDS

Said = tuple[str, dict[str, Any]]
"""A catalog key and its placeholders, rendered in the language of the moment."""


class AnswerError(ValueError):
    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass
class Reading:
    facts: dict[str, Any] = field(default_factory=dict)
    """Situation fields to set (``Facts`` names)."""
    role: str | None = None
    said: list[Said] = field(default_factory=list)


def _date_error(error: DateError, answer: str = "") -> AnswerError:
    detail = answer.strip()[:60] if error.code == "end_before_start" and answer else error.detail
    return AnswerError(f"error.date.{error.code}", text=detail)


# --- choices ------------------------------------------------------------------------------

_ABROAD_PREPOSITION = re.compile(r"\b(?:in|au|aux|en|im|a|uit|from|aus|du|de)\s+(.+)$")


WEAK_WORKER_WORDS = ("moi", "ik", "ich", "me", "i", "je")
"""Pronouns point to the worker only when nothing else names a role ("ik ben consulent")."""


def _find_choices(question: str, folded: str) -> list[str]:
    padded = f" {folded} "
    found = [
        choice
        for choice, phrases in CHOICE_WORDS[question].items()
        if any(f" {phrase} " in padded for phrase in phrases)
    ]
    if question == "role" and not found and folded in WEAK_WORKER_WORDS:
        found = ["worker"]
    return found


def read_choice(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    folded = fold(text).strip(" .")
    if folded.isdigit() and 1 <= int(folded) <= len(spec.choices):
        chosen = [spec.choices[int(folded) - 1]]
    else:
        chosen = _find_choices(spec.id, folded)
        if spec.id == "location" and not chosen:
            chosen = _location_from_country(folded)
        if spec.id == "location" and len(chosen) > 1:
            # "in Belgium with an annex 3, not abroad": the stay named wins over "abroad"
            chosen = [c for c in chosen if c != "abroad"] if len(chosen) == 2 else chosen
    if len(chosen) != 1:
        belgium_only = spec.id == "location" and _mentions_belgium(folded)
        raise AnswerError(
            "error.location.which_stay" if belgium_only else f"error.choice.{spec.id}"
        )
    choice = chosen[0]
    if spec.id == "role":
        return Reading(role=choice, said=[(f"confirm.role.{choice}", {})])
    location, status = LOCATION_FACTS[choice]
    return Reading(
        facts={"location": location, "status": status}, said=[(f"confirm.location.{choice}", {})]
    )


_BELGIUM = ("belgium", "belgique", "belgie", "belgien", "hier", "here", "ici")


def _mentions_belgium(folded: str) -> bool:
    return any(word in folded.split() for word in _BELGIUM)


def _location_from_country(folded: str) -> list[str]:
    match = _ABROAD_PREPOSITION.search(folded)
    candidate = match.group(1) if match else folded
    code = country_parsing.country_in(candidate)
    if code is None:
        return []
    return [] if code == "BE" else ["abroad"]


# --- nationality --------------------------------------------------------------------------


def read_country(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    found = country_parsing.read_nationality(text)
    if found.code is None:
        raise AnswerError("error.country.unknown", text=text.strip()[:60])
    reading = Reading(
        facts={"nationality": found.code},
        said=[("confirm.nationality", {"country": ("country", found.code)})],
    )
    if found.lives_in is not None and found.lives_in != "BE" and state.facts.location is None:
        reading.facts["location"] = "abroad"
        reading.said.append(("confirm.location.abroad", {}))
    return reading


# --- dates and periods --------------------------------------------------------------------


def _default_work_start(state: InterviewState) -> date | None:
    """In Belgium, the requested work follows the current stay: "until 30 June" is enough."""
    stay = state.facts.current_stay
    if state.facts.location == "belgium" and stay is not None:
        return stay.end + timedelta(days=1)
    return None


def read_period(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    today = state.today
    if spec.id == "current_stay":
        mentions = [m for m in find_dates(text, today)]
        if len(mentions) == 3:  # the wish replaces the work asked before (a change)
            return _stay_and_wish(text, state)
        direction = "near"
        default_start = None
    else:
        direction = "future"
        default_start = _default_work_start(state)
        arrival = _arrival_in(text, state)
        if arrival is not None:
            return arrival
    try:
        period = parse_period(text, today, direction, default_start=default_start)
    except DateError as error:
        raise _date_error(error, text) from None
    key = "confirm.period.stay" if spec.id == "current_stay" else "confirm.period.work"
    return Reading(facts={spec.id: period}, said=[(key, _period_values(period))])


_ARRIVAL = re.compile(
    r"\b(?:arriv\w*|enter\w*|entry|entree|entre|aankomst|aankom\w*|binnenkomst|komt aan|"
    r"ankunft|einreise|reist ein|kommt an|ankomm\w*)\b"
)


def _arrival_in(text: str, state: InterviewState) -> Reading | None:
    """ "1/4 - 15/6, arriving 31/3": the work period and, after an arrival word, the day of
    entry (one answer, two facts). ``None`` when the answer does not name an arrival."""
    folded = fold(text)
    word = _ARRIVAL.search(folded)
    mentions = find_dates(text, state.today)
    if word is None or len(mentions) != 3 or state.facts.location != "abroad":
        return None
    after = [m for m in mentions if m.start >= word.end()]
    if not after:
        return None
    entry_mention = after[0]
    first, last = (m for m in mentions if m is not entry_mention)
    try:
        period = pair(first, last, state.today, "future")
        entry = resolve(entry_mention, state.today, "future")
    except DateError as error:
        raise _date_error(error, text) from None
    return Reading(
        facts={"work": period, "entry_date": entry},
        said=[
            ("confirm.period.work", _period_values(period)),
            ("confirm.entry_date", {"date": ("date", entry)}),
        ],
    )


def _stay_and_wish(text: str, state: InterviewState) -> Reading:
    """ "Arrived 1/4, annex 3 until 30/5, would like to stay until 30/6": the current stay and
    the requested work in one answer."""
    first, second, third = find_dates(text, state.today)
    try:
        stay = pair(first, second, state.today, "near")
        end = resolve(third, state.today, "future")
    except DateError as error:
        raise _date_error(error) from None
    if end <= stay.end:
        raise AnswerError("error.date.end_before_start", text=third.text)
    work = Period(start=stay.end + timedelta(days=1), end=end)
    return Reading(
        facts={"current_stay": stay, "work": work},
        said=[
            ("confirm.period.stay", _period_values(stay)),
            ("confirm.period.work", _period_values(work)),
        ],
    )


def _period_values(period: Period) -> dict[str, Any]:
    return {"start": ("date", period.start), "end": ("date", period.end), "days": period.days}


def read_periods(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    """Earlier stays: "none", or periods; a period whose words say visit or holiday, or name
    another Schengen country, is a Schengen short stay, any other a seasonal stay in Belgium."""
    if is_none_answer(text) or parse_yes_no(text) is False:
        return Reading(
            facts={"previous_seasonal_stays": [], "previous_schengen_stays": []},
            said=[("confirm.stays.none", {})],
        )
    if parse_yes_no(text) is True and not find_dates(text, state.today):
        try:
            parse_periods(text, state.today, "past")
        except DateError:
            raise AnswerError("error.stays.dates_needed") from None
    seasonal: list[Period] = []
    schengen: list[Period] = []
    said: list[Said] = []
    for segment in _segments(text, state.today):
        try:
            periods = parse_periods(segment, state.today, "past")
        except DateError as error:
            raise _date_error(error) from None
        is_visit = any(f" {w} " in f" {fold(segment)} " for w in SCHENGEN_WORDS)
        for period in periods:
            if period.start > state.today:
                raise AnswerError("error.stays.future", text=segment.strip()[:60])
            (schengen if is_visit else seasonal).append(period)
            key = "confirm.stays.schengen" if is_visit else "confirm.stays.seasonal"
            said.append((key, _period_values(period)))
    return Reading(
        facts={"previous_seasonal_stays": seasonal, "previous_schengen_stays": schengen},
        said=said,
    )


_SEGMENT_SPLIT = re.compile(r"[;\n]|,\s+(?=\D)|\s(?:and|et|en|und|plus|then|puis|daarna|dann)\s")


def _segments(text: str, today: date) -> list[str]:
    """Cut a list of stays into pieces holding two dates each (or a month range)."""
    pieces = [p for p in _SEGMENT_SPLIT.split(text) if p and p.strip()]
    segments: list[str] = []
    buffer = ""
    for piece in pieces:
        buffer = f"{buffer} {piece}".strip()
        count = len(find_dates(buffer, today))
        if count >= 2 and count % 2 == 0:
            segments.append(buffer)
            buffer = ""
    if buffer:
        if segments and not find_dates(buffer, today):
            segments[-1] = f"{segments[-1]} {buffer}"
        else:
            segments.append(buffer)
    return segments or [text]


def read_date(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    try:
        day = parse_date(text, state.today, "future" if spec.id == "entry_date" else "near")
    except DateError as error:
        raise _date_error(error) from None
    return Reading(facts={spec.id: day}, said=[(f"confirm.{spec.id}", {"date": ("date", day)})])


# --- age ------------------------------------------------------------------------------------

_BORN = re.compile(r"\b(?:born|ne|nee|geboren|geb)\b")
_NUMBER = re.compile(r"(?<![\d/.\-])(\d{1,3})(?![\d/.\-]\d)")


def read_age(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    folded = fold(text)
    dates = [m for m in find_dates(text, state.today) if m.month is not None]
    if dates and not (_BORN.search(folded) or dates[0].year):
        raise AnswerError("error.age")  # "30 March" is a date, not an age
    if dates:
        try:
            born = resolve(dates[0], state.today, "past")
        except DateError as error:
            raise _date_error(error) from None
        today = state.today
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    else:
        numbers = _NUMBER.findall(folded)
        if len(numbers) != 1:
            raise AnswerError("error.age")
        age = int(numbers[0])
        if 1900 < age <= state.today.year:
            age = state.today.year - age
    if not 10 <= age <= 100:
        raise AnswerError("error.age")
    return Reading(facts={"age": age}, said=[("confirm.age", {"age": age})])


# --- documents ------------------------------------------------------------------------------


def read_documents(
    spec: QuestionSpec,
    text: str,
    state: InterviewState,
    checklist: tuple[str, ...],
    required: tuple[str, ...],
) -> Reading:
    try:
        held = document_parsing.read_held(text, checklist, required)
    except document_parsing.NoDocumentNamed:
        raise AnswerError("error.documents.none_matched") from None
    if not held:
        return Reading(facts={"documents": []}, said=[("confirm.documents.none", {})])
    return Reading(
        facts={"documents": held}, said=[("confirm.documents", {"documents": ("documents", held)})]
    )
