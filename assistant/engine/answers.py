"""Reading one answer: the facts it sets, what to say back, and what to ask about.

Each reader takes the answer text and the interview state and returns a :class:`Reading`
(the facts to set, the confirmations to show) or raises :class:`AnswerError` naming the catalog
key of the message that asks back. Readers never change the state themselves.

The rule every reader follows: **a reading is never a silent guess.** Every date, country or
document the answer mentions is used, said back, or asked about; "I don't know" is never "no";
two possible readings are asked about, not chosen. Besides the fact its question asks for, an
answer may give others ("I'm the employer, he is Moroccan"): :func:`also_said` takes those
that are stated plainly and says them back too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rules.models import Period

from .parsing import countries as country_parsing
from .parsing import documents as document_parsing
from .parsing.dates import DateError, DateMention, Direction, resolve
from .parsing.text import fold
from .parsing.yesno import parse_yes_no
from .questions import LOCATION_FACTS, QuestionSpec
from .reading import periods as period_reading
from .reading.lexicon import lexicon
from .reading.mentions import (
    Ambiguous,
    age_from_birth,
    age_numbers,
    nationality_of,
    numbered_choice,
    role_of,
    stated_age,
    whereabouts_of,
)
from .reading.places import countries_in
from .state import InterviewState

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
    unknown: bool = False
    """The person does not know (this question): recorded as unknown, never as "no"."""

    def add(self, other: Reading) -> Reading:
        for name, value in other.facts.items():
            self.facts.setdefault(name, value)
        self.role = self.role or other.role
        self.said.extend(other.said)
        return self


def _date_error(error: DateError, answer: str = "") -> AnswerError:
    detail = answer.strip()[:60] if error.code == "end_before_start" and answer else error.detail
    return AnswerError(f"error.date.{error.code}", text=detail)


def _period_values(period: Period) -> dict[str, Any]:
    return {"start": ("date", period.start), "end": ("date", period.end), "days": period.days}


def _says_unknown(folded: str) -> bool:
    return lexicon().cues["unknown"].search(folded) is not None


# --- facts said in passing ----------------------------------------------------------------


def also_said(text: str, state: InterviewState, asked: str) -> Reading:
    """Facts an answer states plainly besides the one asked for: who is typing, the
    nationality, where the worker is, the age. Only facts not known yet are taken; each is
    said back."""
    folded = fold(text)
    reading = Reading()
    if asked != "role" and state.role is None:
        try:
            role = role_of(folded)
        except Ambiguous:
            role = None
        if role is not None:
            reading.role = role
            reading.said.append((f"confirm.role.{role}", {}))
    mentions = countries_in(folded)
    if asked != "nationality" and state.facts.nationality is None and mentions:
        try:
            code = nationality_of(folded, mentions)
        except Ambiguous:
            code = None
        if code is not None:
            reading.facts["nationality"] = code
            reading.said.append(("confirm.nationality", {"country": ("country", code)}))
    if asked != "location" and state.facts.location is None and mentions:
        try:
            place = _place_reading(folded, mentions, require_place_word=True)
        except (Ambiguous, AnswerError):
            place = None
        if place is not None:
            reading.add(place)
    if asked != "age" and state.facts.age is None:
        age = stated_age(folded)
        if age is not None:
            reading.facts["age"] = age
            reading.said.append(("confirm.age", {"age": age}))
    return reading


# --- who is answering ---------------------------------------------------------------------


def read_role(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    folded = fold(text).strip(" .!")
    number = numbered_choice(folded, len(spec.choices))
    if number is not None:
        role = spec.choices[number - 1]
    else:
        try:
            role = role_of(folded)
        except Ambiguous:
            raise AnswerError("error.choice.role") from None
        if role is None and folded in ("moi", "ik", "ich", "me", "i", "je", "myself"):
            role = "worker"
        if role is None:
            raise AnswerError("error.choice.role")
    reading = Reading(role=role, said=[(f"confirm.role.{role}", {})])
    return reading.add(also_said(text, state, "role"))


# --- where the worker is ------------------------------------------------------------------


def _free_movement(code: str) -> bool:
    from rules.countries import has_free_movement

    return has_free_movement(code)


def _location_said(choice: str) -> Reading:
    location, status = LOCATION_FACTS[choice]
    return Reading(
        facts={"location": location, "status": status}, said=[(f"confirm.location.{choice}", {})]
    )


def _place_reading(
    folded: str, mentions, require_place_word: bool = False
) -> Reading | None:
    """Where the answer places the worker, from the place it names: ``None`` when it names
    none. Belgium without a status is asked about (which stay?)."""
    lex = lexicon()
    place = whereabouts_of(folded, mentions, strict=require_place_word)
    if place is None:
        if require_place_word:
            return None
        cues = lex.cues
        foreign = {
            m.code
            for m in mentions
            if not m.by_nationality_word
            and not _origin_before(folded, m.start)
        }
        if len(foreign) != 1:
            return None
        code = foreign.pop()
        place_resident = lex.location["eu_resident"].search(folded) is not None
    else:
        code, place_resident = place.code, place.resident
    if code == "BE":
        status = _status_in_belgium(folded)
        if status is None:
            if require_place_word:
                return None
            raise AnswerError("error.location.which_stay")
        return _location_said(status)
    if _free_movement(code) and place_resident:
        return _location_said("eu_resident")
    if _free_movement(code):
        if require_place_word:
            return None
        raise AnswerError("error.location.eu_which", country=("country", code))
    return _location_said("abroad")


def _origin_before(folded: str, offset: int) -> bool:
    """ "from Albania", "uit Marokko", "arrived from": where someone comes from, not where
    they are."""
    cues = lexicon().cues
    before = " ".join(folded[:offset].split()[-3:])
    words = before.split()
    return bool(words) and (
        words[-1] in cues["origin"] or cues["arrival"].search(before) is not None
        or cues["birth"].search(before) is not None
    )


def _status_in_belgium(folded: str) -> str | None:
    location = lexicon().location
    found = {name for name in ("short_stay", "long_stay", "other") if location[name].search(folded)}
    if "other" in found:
        return "other"
    if len(found) == 1:
        return found.pop()
    return None


def read_location(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    folded = fold(text).strip(" .!")
    number = numbered_choice(folded, len(spec.choices))
    if number is not None:
        return _location_said(spec.choices[number - 1]).add(also_said(text, state, "location"))
    mentions = countries_in(folded)
    try:
        reading = _place_reading(folded, mentions)
    except Ambiguous:
        raise AnswerError("error.choice.location") from None
    if reading is None:
        lex = lexicon().location
        if lex["eu_resident"].search(folded) and not lex["belgium"].search(folded):
            reading = None
        status = _status_in_belgium(folded)
        abroad = lex["abroad"].search(folded) is not None
        if status is not None and not abroad:
            reading = _location_said(status)
        elif abroad and status is None:
            reading = _location_said("abroad")
        elif lex["belgium"].search(folded):
            raise AnswerError("error.location.which_stay")
        else:
            raise AnswerError("error.choice.location")
    return reading.add(also_said(text, state, "location"))


def read_choice(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    if spec.id == "role":
        return read_role(spec, text, state)
    return read_location(spec, text, state)


# --- nationality --------------------------------------------------------------------------


def read_country(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    folded = fold(text)
    mentions = countries_in(folded)
    try:
        code = nationality_of(folded, mentions)
    except Ambiguous:
        raise AnswerError("error.country.unknown", text=text.strip()[:60]) from None
    place: Reading | None = None
    if code is None:
        found = country_parsing.read_nationality(text)
        code = found.code
        if code is not None and found.lives_in is not None and found.lives_in != code:
            place = _where_lived(found.lives_in, folded)
    else:
        try:
            place = _place_reading(folded, mentions, require_place_word=True)
        except (Ambiguous, AnswerError):
            place = None
    if code is None:
        raise AnswerError("error.country.unknown", text=text.strip()[:60])
    reading = Reading(
        facts={"nationality": code},
        said=[("confirm.nationality", {"country": ("country", code)})],
    )
    if place is not None and state.facts.location is None:
        reading.add(place)
    return reading.add(also_said(text, state, "nationality"))


def _where_lived(code: str, folded: str) -> Reading | None:
    if code == "BE":
        status = _status_in_belgium(folded)
        return _location_said(status) if status else None
    if _free_movement(code):
        return _location_said("eu_resident")
    return _location_said("abroad")


# --- dates and periods --------------------------------------------------------------------


def _work_direction(state: InterviewState) -> Direction:
    """Planned work starts from today on; work asked in Belgium may be under way."""
    return "current" if state.facts.location == "belgium" else "planned"


def _arrival_before(folded: str, offset: int, window: int = 40) -> bool:
    arrival = lexicon().cues["arrival"]
    return any(
        match.end() <= offset and offset - match.end() <= window
        for match in arrival.find(folded)
    )


def _wish_before(folded: str, offset: int) -> bool:
    wish = lexicon().cues["wish"]
    return any(match.end() <= offset and offset - match.end() <= 40 for match in wish.find(folded))


def _periods(found: period_reading.Found, today: date, direction: Direction) -> list[Period]:
    periods: list[Period] = []
    for mention in found.periods:
        periods.extend(period_reading.resolve_period(mention, today, direction))
    return periods


def _single_date(mention: DateMention, today: date, direction: Direction) -> date:
    return resolve(mention, today, direction)


def read_period(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    if spec.id == "current_stay":
        return read_current_stay(spec, text, state)
    return read_work(spec, text, state)


def read_current_stay(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    """ "Since 1 April, annex 3 until 30 May, would like until 30 June": the current stay,
    and the work asked for when a third date says until when."""
    today = state.today
    found = period_reading.find(text, today)
    try:
        stays = _periods(found, today, "current")
        singles = list(found.singles)
        if not stays:
            if _says_unknown(found.text):
                return Reading(unknown=True)
            if len(singles) >= 2:
                first, second = singles[0], singles[1]
                stays = [
                    period_reading.resolve_period(
                        period_reading.PeriodMention(first.start, second.end, first, second),
                        today,
                        "current",
                    )[0]
                ]
                singles = singles[2:]
            elif singles:
                raise AnswerError("error.date.one_date", text=singles[0].text)
            else:
                raise AnswerError("error.date.no_period", text=text.strip()[:60])
        if len(stays) > 1:
            raise AnswerError("error.date.too_many", text=text.strip()[:60])
        stay = stays[0]
        reading = Reading(
            facts={"current_stay": stay}, said=[("confirm.period.stay", _period_values(stay))]
        )
        period_mention = found.periods[0] if found.periods else None
        if period_mention is not None and _arrival_before(found.text, period_mention.start):
            reading.facts["entry_date"] = stay.start
            reading.said.append(("confirm.entry_date", {"date": ("date", stay.start)}))
        for single in singles:
            day = _single_date(single, today, "planned")
            if _arrival_before(found.text, single.start):
                reading.facts["entry_date"] = _single_date(single, today, "current")
                reading.said.append(("confirm.entry_date", {"date": ("date", reading.facts["entry_date"])}))
            elif day > stay.end and "work" not in reading.facts:
                work = Period(start=stay.end + timedelta(days=1), end=day)
                reading.facts["work"] = work
                reading.said.append(("confirm.period.work", _period_values(work)))
            else:
                raise AnswerError("error.date.unplaced", date=("date", day))
    except DateError as error:
        raise _date_error(error, text) from None
    return reading.add(also_said(text, state, "current_stay"))


def read_work(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    """The work period; from abroad the arrival day may come with it ("1/4 - 15/6, arriving
    31/3"); in Belgium an end alone follows the current stay ("until 30 June")."""
    today = state.today
    direction = _work_direction(state)
    found = period_reading.find(text, today)
    stay = state.facts.current_stay
    try:
        works = _periods(found, today, direction)
        singles = list(found.singles)
        reading = Reading()
        entry: date | None = None
        arrival_singles = [s for s in singles if _arrival_before(found.text, s.start)]
        for single in arrival_singles:
            singles.remove(single)
            entry = _single_date(single, today, "planned" if state.facts.location == "abroad" else "current")
        if not works and len(singles) == 2:
            first, second = singles
            works = period_reading.resolve_period(
                period_reading.PeriodMention(first.start, second.end, first, second),
                today,
                direction,
            )
            singles = []
        if not works and len(singles) == 1 and stay is not None and state.facts.location == "belgium":
            end = _single_date(singles[0], today, "planned")
            if end <= stay.end:
                raise AnswerError("error.date.end_before_start", text=singles[0].text)
            works = [Period(start=stay.end + timedelta(days=1), end=end)]
            singles = []
        if not works:
            if entry is not None and not singles:
                raise AnswerError("error.date.no_period", text=text.strip()[:60])
            if _says_unknown(found.text) and not singles:
                return Reading(unknown=True)
            if singles:
                raise AnswerError("error.date.one_date", text=singles[0].text)
            raise AnswerError("error.date.no_period", text=text.strip()[:60])
        if len(works) > 1:
            raise AnswerError("error.date.too_many", text=text.strip()[:60])
        if singles:
            day = _single_date(singles[0], today, direction)
            raise AnswerError("error.date.unplaced", date=("date", day))
        work = works[0]
        reading.facts["work"] = work
        reading.said.append(("confirm.period.work", _period_values(work)))
        period_mention = found.periods[0] if found.periods else None
        if (
            entry is None
            and period_mention is not None
            and state.facts.location == "abroad"
            and _arrival_before(found.text, period_mention.start, window=12)
        ):
            entry = work.start
        if entry is not None:
            reading.facts["entry_date"] = entry
            reading.said.append(("confirm.entry_date", {"date": ("date", entry)}))
    except DateError as error:
        raise _date_error(error, text) from None
    return reading.add(also_said(text, state, "work"))


# --- earlier stays ------------------------------------------------------------------------


def _stay_kind(context: str, short: bool, countries: list, denied: bool = False) -> str | None:
    """``seasonal``, ``schengen``, ``outside`` (not in the Schengen area), or ``None`` when the
    words do not say. Dates given plainly are seasonal work, as the question's hint says (a
    visit is named as one), unless the answer began by denying seasonal work."""
    stays = lexicon().stays
    visit = stays["visit"].search(context) is not None
    seasonal = stays["seasonal"].search(context) is not None
    abroad_schengen = any(code != "BE" and _schengen(code) for code in countries)
    outside = countries and all(not _schengen(code) and code != "BE" for code in countries)
    if outside and not seasonal:
        return "outside"
    if (visit or abroad_schengen) and not seasonal:
        return "schengen"
    if seasonal and not (visit or abroad_schengen):
        return "seasonal"
    if seasonal and abroad_schengen and not visit:
        return "schengen"  # seasonal work elsewhere in Schengen: a short stay there
    if not visit and not denied:
        return "seasonal"
    return None


def _schengen(code: str) -> bool:
    from rules.tables import countries

    return code in countries().free_movement.codes and code not in {"IE", "CY"}


def read_periods(spec: QuestionSpec, text: str, state: InterviewState, short: bool = False) -> Reading:
    """Earlier stays: "none", or periods. A period whose words say visit or holiday, or name
    another Schengen country, is a Schengen short stay; one said to be seasonal work (or given
    plainly to the question about seasonal work) a seasonal stay in Belgium; a period whose
    kind the words leave open, when both count, is asked about."""
    today = state.today
    found = period_reading.find(text, today)
    folded = found.text
    if not found.periods and not found.singles:
        if found.years:
            raise AnswerError("error.stays.dates_needed")
        if _says_unknown(folded):
            return Reading(unknown=True)
        if parse_yes_no(text) is False or lexicon().cues["nothing"].search(folded):
            return Reading(
                facts={"previous_seasonal_stays": [], "previous_schengen_stays": []},
                said=[("confirm.stays.none", {})],
            )
        raise AnswerError("error.stays.dates_needed")
    if found.singles:
        day = resolve(found.singles[0], today, "past")
        raise AnswerError("error.date.unplaced", date=("date", day))
    seasonal: list[Period] = []
    schengen: list[Period] = []
    said: list[Said] = []
    previous_end = 0
    sentence_ends = [m.end() for m in period_reading._SENTENCE.finditer(folded)] + [len(folded)]
    denied = parse_yes_no(folded[: found.periods[0].start] or "-") is False
    try:
        for index, mention in enumerate(found.periods):
            start = max(previous_end, max((e for e in sentence_ends if e <= mention.start), default=0))
            following = found.periods[index + 1].start if index + 1 < len(found.periods) else len(folded)
            sentence_end = min(e for e in sentence_ends if e >= mention.end)
            end = min(following, sentence_end) if index + 1 < len(found.periods) else sentence_end
            if index + 1 < len(found.periods) and found.periods[index + 1].start < sentence_end:
                end = mention.end  # the words after it belong to the next period
            context = folded[start:end]
            previous_end = mention.end
            codes = [m.code for m in countries_in(context) if m.code != "??"]
            kind = _stay_kind(context, short, codes, denied)
            periods = period_reading.resolve_period(mention, today, "past")
            for period in periods:
                if period.start > today:
                    raise AnswerError("error.stays.future", text=text.strip()[:60])
                if kind is None:
                    raise AnswerError("error.stays.which_kind", **_period_values(period))
                if kind == "outside":
                    said.append(("confirm.stays.outside", _period_values(period)))
                    continue
                (schengen if kind == "schengen" else seasonal).append(period)
                key = "confirm.stays.schengen" if kind == "schengen" else "confirm.stays.seasonal"
                said.append((key, _period_values(period)))
    except DateError as error:
        raise _date_error(error, text) from None
    if not seasonal:
        said.insert(0, ("confirm.stays.no_seasonal", {}))
    return Reading(
        facts={"previous_seasonal_stays": seasonal, "previous_schengen_stays": schengen},
        said=said,
    )


def read_date(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    today = state.today
    if spec.id == "entry_date":
        direction: Direction = "planned" if state.facts.location == "abroad" else "current"
    else:
        direction = "near"
    found = period_reading.find(text, today)
    singles = list(found.singles)
    if not singles and found.periods:
        raise AnswerError("error.date.too_many", text=text.strip()[:60])
    if not singles:
        if _says_unknown(found.text):
            return Reading(unknown=True)
        raise AnswerError("error.date.no_date", text=text.strip()[:60])
    if len(singles) > 1:
        if spec.id == "entry_date":
            arrival = [s for s in singles if _arrival_before(found.text, s.start)]
            singles = arrival if len(arrival) == 1 else singles
        if len(singles) > 1:
            raise AnswerError("error.date.too_many", text=text.strip()[:60])
    try:
        day = resolve(singles[0], today, direction)
    except DateError as error:
        raise _date_error(error) from None
    return Reading(facts={spec.id: day}, said=[(f"confirm.{spec.id}", {"date": ("date", day)})])


# --- age ------------------------------------------------------------------------------------


def _numbers_in_words(text: str, lang: str) -> str:
    try:
        from text_to_num import alpha2digit

        return alpha2digit(text, lang)
    except Exception:  # noqa: BLE001 - a reading aid only: the text is read as typed
        return text


def read_age(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    """ "34", "dix-sept ans", "34, 35 in April", "born 3/5/1991", "geb. 1995-11-30"."""
    today = state.today
    plain = _numbers_in_words(text, state.lang)
    folded = fold(plain)
    birth = lexicon().cues["birth"].search(folded) is not None
    found = period_reading.find(plain, today)
    dated = [m for m in found.singles if m.month is not None and m.year is not None]
    if dated:
        born = dated[0]
        year = born.year
        if year is not None and year > today.year:
            year -= 100
        try:
            day = date(year, born.month, born.day) if born.day else None
        except (ValueError, TypeError):
            raise AnswerError("error.age") from None
        if day is None or day > today:
            raise AnswerError("error.age")
        age = age_from_birth(day, today)
    else:
        years = [y for _, y in found.years if 1900 < y <= today.year]
        numbers = [
            (offset, value)
            for offset, value in age_numbers(folded)
            if not _before_month(folded, offset)
        ]
        if years and (birth or not numbers):
            if len(years) != 1:
                raise AnswerError("error.age")
            born_year = years[0]
            if (today.month, today.day) == (12, 31):
                age = today.year - born_year
            else:
                raise AnswerError("error.age.birth_year", year=born_year)
        else:
            if not numbers:
                raise AnswerError("error.age")
            if len(numbers) > 1 and not _birthday_coming(folded, numbers):
                raise AnswerError("error.age")
            age = numbers[0][1]
    if not 10 <= age <= 100:
        raise AnswerError("error.age")
    return Reading(facts={"age": age}, said=[("confirm.age", {"age": age})])


def _before_month(folded: str, offset: int) -> bool:
    """A number that is the day of a date ("3 mai"), not an age."""
    from .parsing.dates import month_words

    after = folded[offset:].split()[1:2]
    return bool(after) and after[0].strip(".") in month_words()


def _birthday_coming(folded: str, numbers: list[tuple[int, int]]) -> bool:
    """ "34, 35 in April" / "34 ans, 35 en avril": the second is next year's age."""
    from .parsing.dates import month_words

    if len(numbers) != 2 or numbers[1][1] != numbers[0][1] + 1:
        return False
    tail = folded[numbers[1][0] :].split()[1:4]
    return any(word.strip(".") in month_words() for word in tail) or any(
        w in ("birthday", "anniversaire", "verjaardag", "geburtstag", "bientot", "soon", "binnenkort", "bald")
        for w in tail
    )


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
    said: list[Said] = []
    if held.held:
        said.append(("confirm.documents", {"documents": ("documents", held.held)}))
    else:
        said.append(("confirm.documents.none", {}))
    not_yet = [doc for doc in held.not_held if doc in checklist and doc not in held.held]
    if not_yet:
        said.append(("confirm.documents.not_held", {"documents": ("documents", not_yet)}))
    for near in held.near_misses:
        said.append((f"near_miss.{near.id}", {"words": near.text, "citation": near.citation}))
    for phrase in held.unknown:
        said.append(("confirm.documents.unrecognised", {"text": phrase[:60]}))
    return Reading(facts={"documents": held.held}, said=said)


# --- the opening: the whole situation in one message ---------------------------------------


def read_opening(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    """ "I'm the employer; our Moroccan worker, 34, comes from 1 April to 15 June; he worked
    for us last year from 1 May to 31 July": every fact the message states plainly, each said
    back; dates it leaves unplaced are named (the questions that follow ask for them)."""
    folded = fold(text).strip(" .!")
    cues = lexicon().cues
    if not folded or (cues["skip"].search(folded) and len(folded.split()) <= 3):
        return Reading(said=[("confirm.opening.skipped", {})])
    reading = Reading()
    try:
        role = role_of(folded)
    except Ambiguous:
        role = None
    if role is not None and state.role is None:
        reading.role = role
        reading.said.append((f"confirm.role.{role}", {}))
    mentions = countries_in(folded)
    try:
        code = nationality_of(folded, mentions)
    except Ambiguous:
        code = None
    if code is not None:
        reading.facts["nationality"] = code
        reading.said.append(("confirm.nationality", {"country": ("country", code)}))
    place = _opening_place(folded, mentions, code)
    if place is not None:
        reading.add(place)
    age = stated_age(folded)
    if age is not None:
        reading.facts["age"] = age
        reading.said.append(("confirm.age", {"age": age}))
    location = reading.facts.get("location", state.facts.location)
    _opening_periods(text, state, location, reading)
    return reading


def _opening_place(folded: str, mentions, nationality: str | None) -> Reading | None:
    try:
        place = _place_reading(folded, mentions, require_place_word=True)
    except (Ambiguous, AnswerError):
        place = None
    if place is not None:
        return place
    lex = lexicon().location
    status = _status_in_belgium(folded)
    if status is not None and lex["abroad"].search(folded) is None:
        return _location_said(status)
    if lex["abroad"].search(folded) is not None and status is None:
        return _location_said("abroad")
    return None


def _opening_periods(text: str, state: InterviewState, location: str | None, reading: Reading) -> None:
    today = state.today
    cues = lexicon().cues
    found = period_reading.find(text, today)
    folded = found.text
    sentence_ends = [m.end() for m in period_reading._SENTENCE.finditer(folded)] + [len(folded)]
    seasonal: list[Period] = []
    schengen: list[Period] = []
    unplaced: list[str] = []
    previous_end = 0
    try:
        for index, mention in enumerate(found.periods):
            start = max(previous_end, max((e for e in sentence_ends if e <= mention.start), default=0))
            context = folded[start : mention.end]
            previous_end = mention.end
            visit = lexicon().stays["visit"].search(context) is not None
            earlier = cues["previous"].search(context) is not None or bool(mention.years and max(mention.years) < today.year)
            past = period_reading.resolve_period(mention, today, "past")
            if (earlier or visit) and all(p.end < today for p in past):
                for period in past:
                    kind = "schengen" if visit else "seasonal"
                    (schengen if visit else seasonal).append(period)
                    reading.said.append((f"confirm.stays.{kind}", _period_values(period)))
                continue
            if location == "belgium" and "current_stay" not in reading.facts and cues["current"].search(context) and state.facts.current_stay is None:
                stay = period_reading.resolve_period(mention, today, "current")[0]
                reading.facts["current_stay"] = stay
                reading.said.append(("confirm.period.stay", _period_values(stay)))
                continue
            if "work" not in reading.facts and state.facts.work is None:
                direction: Direction = "current" if location == "belgium" else "planned"
                work = period_reading.resolve_period(mention, today, direction)[0]
                reading.facts["work"] = work
                reading.said.append(("confirm.period.work", _period_values(work)))
                continue
            unplaced.append(folded[mention.start : mention.end])
        for single in found.singles:
            if _arrival_before(folded, single.start) and "entry_date" not in reading.facts:
                direction = "planned" if location == "abroad" else "current"
                day = resolve(single, today, direction)
                reading.facts["entry_date"] = day
                reading.said.append(("confirm.entry_date", {"date": ("date", day)}))
            elif "current_stay" in reading.facts and "work" not in reading.facts and _wish_before(folded, single.start):
                stay = reading.facts["current_stay"]
                end = resolve(single, today, "planned")
                if end > stay.end:
                    work = Period(start=stay.end + timedelta(days=1), end=end)
                    reading.facts["work"] = work
                    reading.said.append(("confirm.period.work", _period_values(work)))
                else:
                    unplaced.append(single.text)
            else:
                unplaced.append(single.text)
    except DateError as error:
        unplaced.append(error.detail or error.code)
    if seasonal or schengen:
        reading.facts["previous_seasonal_stays"] = seasonal
        reading.facts["previous_schengen_stays"] = schengen
    for words in unplaced:
        reading.said.append(("confirm.opening.unplaced", {"text": words[:60]}))
