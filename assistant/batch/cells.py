"""Reading one cell of a batch file the way the interview reads an answer.

"marocaine", "Marokko", "MA"; "à l'étranger", "in Belgium on an annex 3", "abroad";
"1/4/2026", "1 avril 2026", "2026-04-01"; "34", "dix-sept ans", "3/5/1991"; "1/6/2025 -
31/8/2025; 1/7/2024 - 31/8/2024"; "passeport, contrat". The readers are the interview's own
(``assistant.engine.answers`` and the parsers under it), behind a fast path for what machines
and spreadsheets write (ISO dates, day/month/year, ages and country codes as digits and
letters) that reads those exactly as the interview does.

A cell that cannot be read, or that could be read two ways, raises :class:`CellProblem` (a
catalog key of the ``core`` domain and its values): the row gets an error naming the cell,
never a guess. One thing differs from the interview, which says back every date it read: a
date without its year is a problem here, as nobody confirms the year the reader would pick.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from rules.models import FIRST_DAY, LAST_DAY, Period

MAX_CELL = 500
"""A cell longer than this (a pasted page) is not read."""
AGE_RANGE = (10, 100)
"""The ages the interview accepts (``answers.read_age``)."""


class CellProblem(ValueError):
    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def text_of(value: object) -> str:
    """A cell's text: spreadsheets give numbers and dates as such, CSV gives text."""
    if type(value) is str:
        if len(value) > MAX_CELL and len(value.strip()) > MAX_CELL:
            raise CellProblem("batch.problem.too_long", length=len(value.strip()))
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    text = value.isoformat() if isinstance(value, date) else str(value)
    text = text.strip()
    if len(text) > MAX_CELL:
        raise CellProblem("batch.problem.too_long", length=len(text))
    return text


DATE_PROBLEMS = {
    "impossible_date": "batch.problem.date.impossible",
    "month_first": "batch.problem.date.month_first",
    "end_before_start": "batch.problem.date.end_before_start",
}
"""The reader's date errors that say more than "not a date" (the others: one date needed)."""


def _date_problem(error) -> str:
    return DATE_PROBLEMS.get(error.code, "batch.problem.date.one")


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


# --- the interview's readers, called as it calls them ---------------------------------------


def _state(lang: str, today: date, **facts: object):
    from assistant.engine.state import Facts, InterviewState

    return InterviewState(lang=lang, today=today, facts=Facts(**facts))


def _interview_reading(question: str, text: str, lang: str, today: date, **facts: object):
    """The interview's reading of ``text`` as the answer to ``question``, or the problem."""
    from assistant.engine.answers import AnswerError, read_age, read_country, read_location
    from assistant.engine.parsing.dates import DateError
    from assistant.engine.questions import BY_ID

    reader = {"nationality": read_country, "location": read_location, "age": read_age}[question]
    try:
        return reader(BY_ID[question], text, _state(lang, today, **facts))
    except AnswerError as error:
        key = f"batch.problem.{question}"
        if error.key == "error.location.which_stay":
            key = "batch.problem.location.which_stay"  # "in Belgium": under which stay?
        raise CellProblem(key, text=_shown(text)) from None
    except DateError as error:
        raise CellProblem(_date_problem(error), text=_shown(text)) from None


# --- nationality ---------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def read_nationality(text: str, lang: str, today: date) -> str:
    """An ISO code, as the nationality question reads the answer."""
    from rules.countries import known_codes

    if text.upper() == text and text in known_codes():
        return text  # "MA", as decide's JSON takes it
    reading = _interview_reading("nationality", text, lang, today)
    return reading.facts["nationality"]


# --- where the worker is now ---------------------------------------------------------------

LOCATION_IDS: dict[str, tuple[str, str | None]] = {
    "abroad": ("abroad", None),
    "belgium": ("belgium", None),
    "eu_resident": ("eu_resident", None),
    "short_stay": ("belgium", "seasonal_short_stay"),
    "long_stay": ("belgium", "seasonal_long_stay"),
    "seasonal_short_stay": ("belgium", "seasonal_short_stay"),
    "seasonal_long_stay": ("belgium", "seasonal_long_stay"),
    "other": ("belgium", "other"),
}
"""The JSON ids of ``saison decide`` (location, and the status that goes with Belgium) and the
interview's choices, as a script writes them."""
STATUS_IDS = ("none", "seasonal_short_stay", "seasonal_long_stay", "other")


@lru_cache(maxsize=1)
def _choice_labels() -> dict[str, tuple[str, str | None]]:
    """The interview's answers to "where is the worker now", as its choices word them, in the
    four languages (folded): a cell may copy one."""
    from assistant.engine.parsing.text import fold
    from assistant.engine.questions import BY_ID, LOCATION_FACTS
    from i18n import LANGUAGES, translator

    labels = {}
    for lang in LANGUAGES:
        t = translator(lang, "interview")
        for choice in BY_ID["location"].choices:
            labels[fold(t(f"choice.location.{choice}"))] = LOCATION_FACTS[choice]
    return labels


@lru_cache(maxsize=1024)
def read_location(text: str, lang: str, today: date) -> tuple[str, str | None]:
    """(location, status): a JSON id, one of the interview's choices, or words."""
    from assistant.engine.parsing.text import fold

    key = text.strip().casefold()
    if key in LOCATION_IDS:
        return LOCATION_IDS[key]
    folded = fold(text)
    if folded in _choice_labels():
        return _choice_labels()[folded]
    if folded.isdigit():  # the interview's numbered choices: a spreadsheet shows no list
        raise CellProblem("batch.problem.location", text=_shown(text))
    reading = _interview_reading("location", text, lang, today)
    return reading.facts["location"], reading.facts.get("status")


def read_status(text: str) -> str:
    if text.strip().casefold() in STATUS_IDS:
        return text.strip().casefold()
    raise CellProblem("batch.problem.status", text=_shown(text), expected=", ".join(STATUS_IDS))


# --- dates ---------------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_DAY = rf"(?:{_ISO.pattern}|{_DAY_FIRST.pattern})"
_PERIOD = re.compile(rf"(?P<first>{_DAY})\s*(?:-|–|—|\.\.)\s*(?P<last>{_DAY})")


def _plain_date(text: str) -> date | None:
    """A date as machines and spreadsheets write it (ISO, or day/month/year: the day first,
    as the interview reads it in Belgium); ``None`` for anything else, left to the reader."""
    found = _ISO.fullmatch(text)
    if found:
        year, month, day = (int(part) for part in found.groups())
    else:
        found = _DAY_FIRST.fullmatch(text)
        if not found:
            return None
        day, month, year = (int(part) for part in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "31/2/2026", "03/15/2026": the reader says what is wrong


def _in_range(day: date, text: str) -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise CellProblem("batch.problem.date.out_of_range", text=_shown(text))
    return day


@lru_cache(maxsize=8192)
def read_day(text: str, today: date) -> date | None:
    """One date, with its year. ``None``: the cell says it is not known yet."""
    plain = _plain_date(text)
    if plain is not None:
        return _in_range(plain, text)
    from assistant.engine.parsing.dates import DateError, resolve
    from assistant.engine.reading import periods as period_reading

    try:
        found = period_reading.find(text, today)
    except DateError as error:
        raise CellProblem(_date_problem(error), text=_shown(text)) from None
    dates = [*found.singles, *found.bare_days]
    if not dates and not found.periods and _says_unknown(found.text):
        return None
    if found.periods or len(dates) != 1:
        raise CellProblem("batch.problem.date.one", text=_shown(text))
    if dates[0].year is None:
        raise CellProblem("batch.problem.date.year", text=_shown(text))
    try:
        return _in_range(resolve(dates[0], today, "near"), text)
    except DateError as error:
        raise CellProblem(_date_problem(error), text=_shown(text)) from None


def _says_unknown(folded: str) -> bool:
    from assistant.engine.reading.lexicon import lexicon

    return lexicon().cues["unknown"].search(folded) is not None


def read_date_cell(value: object, today: date) -> date | None:
    if isinstance(value, datetime):
        return _in_range(value.date(), value.isoformat())
    if isinstance(value, date):
        return _in_range(value, value.isoformat())
    if isinstance(value, (int, float)):
        raise CellProblem("batch.problem.date.one", text=text_of(value))
    text = text_of(value)
    return read_day(text, today) if text else None


# --- earlier stays -------------------------------------------------------------------------

_PIECES = re.compile(r"[;\n\r]+")


@lru_cache(maxsize=4096)
def read_stays(text: str, today: date) -> tuple[Period, ...]:
    """Earlier stays: periods separated by ``;`` or a new line inside the cell, or "none"."""
    stays = []
    for piece in _PIECES.split(text):
        piece = piece.strip()
        if piece:
            stays.extend(_stays_in(piece, today))
    return tuple(dict.fromkeys(stays))


def _stays_in(piece: str, today: date) -> list[Period]:
    plain = _PERIOD.fullmatch(piece)
    if plain:
        start, end = _plain_date(plain["first"]), _plain_date(plain["last"])
        if start is not None and end is not None:
            return [_stay(start, end, piece, today)]
    from assistant.engine.parsing.dates import DateError
    from assistant.engine.parsing.yesno import parse_yes_no
    from assistant.engine.reading import periods as period_reading
    from assistant.engine.reading.lexicon import lexicon

    try:
        found = period_reading.find(piece, today)
        if not found.periods and not found.singles:
            cues = lexicon().cues
            if (
                parse_yes_no(piece) is False
                or cues["nothing"].search(found.text)
                or cues["never_before"].search(found.text)
            ):
                return []
            raise CellProblem("batch.problem.stays", text=_shown(piece))
        if found.singles or len(found.periods) != 1:
            raise CellProblem("batch.problem.stays", text=_shown(piece))
        mention = found.periods[0]
        if period_reading._yearless(mention) and not mention.years:
            raise CellProblem("batch.problem.date.year", text=_shown(piece))
        periods = period_reading.resolve_period(mention, today, "past")
    except DateError as error:
        key = DATE_PROBLEMS.get(error.code, "batch.problem.stays")
        raise CellProblem(key, text=_shown(piece)) from None
    return [_stay(p.start, p.end, piece, today) for p in periods]


def _stay(start: date, end: date, piece: str, today: date) -> Period:
    _in_range(start, piece), _in_range(end, piece)
    if end < start:
        raise CellProblem("batch.problem.date.end_before_start", text=_shown(piece))
    if start > today:
        raise CellProblem("batch.problem.stays.future", text=_shown(piece))
    return Period(start=start, end=end)


# --- age -----------------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _age_text(text: str, lang: str, today: date) -> int:
    if text.isdigit():
        age = int(text)
    else:
        age = _age_in_words(text, lang, today)
    if not AGE_RANGE[0] <= age <= AGE_RANGE[1]:
        raise CellProblem("batch.problem.age", text=_shown(text))
    return age


def _age_in_words(text: str, lang: str, today: date) -> int:
    """The interview reads numbers written in words in its own language ("dix-sept ans"); a
    cell may be in another language than the results: each is tried, the chosen one first
    (a number in words means the same in every language that reads it)."""
    from i18n import LANGUAGES

    problem = None
    for each in (lang, *(other for other in LANGUAGES if other != lang)):
        try:
            return _interview_reading("age", text, each, today).facts["age"]
        except CellProblem as error:
            problem = problem or error
    assert problem is not None
    raise problem


def read_age(value: object, lang: str, today: date) -> int | None:
    if isinstance(value, float) and not value.is_integer():
        raise CellProblem("batch.problem.age", text=str(value))
    text = text_of(value)
    return _age_text(text, lang, today) if text else None


# --- documents -----------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def read_documents(text: str, checklist: tuple[str, ...], required: tuple[str, ...]):
    """The documents held, as the documents question reads them against the checklist of the
    worker's procedure (``parsing.documents.Held``). A piece that names nothing we know is a
    problem here: the interview would say it back; a batch has nobody to hear it. (Except a
    word or two beside a look-alike, which only qualify it.)"""
    from assistant.engine.parsing import documents as document_parsing

    try:
        held = document_parsing.read_held(text, checklist, required)
    except document_parsing.NoDocumentNamed:
        raise CellProblem("batch.problem.documents", text=_shown(text)) from None
    except document_parsing.Unsure:
        raise CellProblem("batch.problem.documents.vague", text=_shown(text)) from None
    unknown = [
        piece for piece in held.unknown if not (held.near_misses and len(piece.split()) <= 2)
    ]
    if unknown:  # ("visa touristique Schengen": "schengen" only qualifies the look-alike)
        raise CellProblem("batch.problem.documents", text=_shown(unknown[0]))
    return held
