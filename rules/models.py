"""The situation a person describes and the outcome the rules give (``docs/decide.md``).

Periods count both their first and their last day (``Period.days``): a stay from 1 to 3 April
is three days of stay, as the EU short-stay calculator and the Rapport au Roi count them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .ids import Audience as Audience  # re-exported: whom an outcome speaks to
from .ids import CapId, Location, ProcedureId, Status

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)
"""Dates the rules accept: far enough to hold any stay and every deadline computed from it."""


def _iso_date(value: object) -> object:
    """Dates come as ``YYYY-MM-DD`` and must exist: no timestamps, no 30 February."""
    if isinstance(value, date):
        day = value
    elif isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise _invalid_date() from None
    else:
        raise _invalid_date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise PydanticCustomError("date_out_of_range", "outside the years 1900-2199")
    return day


def _invalid_date() -> PydanticCustomError:
    return PydanticCustomError("invalid_date", "not a date that exists (YYYY-MM-DD)")


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


def _none_is_empty(value: object) -> object:
    return () if value is None else value


class Period(BaseModel):
    """A run of days, both ends included."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: IsoDate
    end: IsoDate

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Period:
        if self.end < self.start:
            raise PydanticCustomError("end_before_start", "the end comes before the start")
        return self

    @property
    def days(self) -> int:
        """Days of stay, the first and the last day both counting."""
        return (self.end - self.start).days + 1


MAX_PERIODS = 200
"""Earlier stays a situation may list: more than a lifetime of seasons."""
MAX_DOCUMENTS = 300
"""Document phrases a situation may list (the checklist has some twenty items)."""
MAX_PHRASE = 200
"""Characters in one document phrase."""

Periods = Annotated[
    tuple[Period, ...], BeforeValidator(_none_is_empty), Field(max_length=MAX_PERIODS)
]
DocumentPhrase = Annotated[str, Field(max_length=MAX_PHRASE)]


def _trimmed(value: object) -> object:
    """Text values are trimmed the same way everywhere: `` abroad `` is ``abroad``."""
    return value.strip() if isinstance(value, str) else value


class SituationFacts(BaseModel):
    """The facts a situation is made of, each of them optional: ``Situation`` takes them (with
    the nationality and the location required), and an interview gathers them one by one
    (``assistant.engine.state.Facts``, where ``None`` means "not asked yet"). A new fact is
    declared here, once."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    nationality: str | None = None
    """ISO 3166-1 alpha-2 code, or a country name in French, Dutch, German or English."""
    location: Annotated[Location | None, BeforeValidator(_trimmed)] = None
    """Where the worker is now: abroad (outside the EU), in Belgium, or in another EU member
    state."""
    status: Annotated[Status | None, BeforeValidator(_trimmed)] = None
    """Current stay in Belgium (only meaningful in Belgium)."""
    work: Period | None = None
    """The work authorisation: planned (new application) or requested (extension, renewal)."""
    current_stay: Period | None = None
    """The stay currently authorised in Belgium (extension, renewal)."""
    entry_date: IsoDate | None = None
    """Actual or planned day of entry into Belgium."""
    previous_seasonal_stays: Periods | None = None
    """Earlier stays in Belgium as a seasonal worker."""
    previous_schengen_stays: Periods | None = None
    """Earlier short stays anywhere in the Schengen area, for any purpose."""
    age: int | None = Field(default=None, ge=0, le=130, strict=True)
    """Age in years."""
    documents: Annotated[tuple[DocumentPhrase, ...], Field(max_length=MAX_DOCUMENTS)] | None = None
    """Documents the person already has, in the person's own words; ``[]``: none yet;
    absent: not told."""
    filed_on: IsoDate | None = None
    """The day the application was (or will be) filed."""
    seasonal_work: bool | None = Field(default=None, strict=True)
    """Whether the work is seasonal work (RD 105/10); assumed when absent."""

    @field_validator("nationality")
    @classmethod
    def _nationality_not_empty(cls, value: str | None) -> str | None:
        if value is not None and not value:
            raise PydanticCustomError("empty", "empty")
        return value


class _Dated(BaseModel):
    today: IsoDate | None = None
    """Reference date for "now"; the real date when absent."""


# _Dated last among the bases: pydantic orders fields from the last base, so ``today`` comes
# first, then the facts (the contract's order, docs/decide.md)
class Situation(SituationFacts, _Dated):
    """What the person (or the employer, or the helpdesk) tells us. Only the nationality and
    where the worker is now are needed; every other missing fact is reported, never guessed."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    nationality: str
    location: Annotated[Location, BeforeValidator(_trimmed)]
    previous_seasonal_stays: Periods = ()
    """Earlier stays in Belgium as a seasonal worker (none when absent)."""
    previous_schengen_stays: Periods = ()
    """Earlier short stays anywhere in the Schengen area (none when absent)."""


class AuthorisedStay(BaseModel):
    start: date
    end: date
    days: int
    capped_by: CapId


class AddedStay(BaseModel):
    """For an extension or a renewal: the days after the current stay that the authorised stay
    adds (the authorised stay itself follows the work authorisation, RD 105/19 §1, 105/28 §2,
    105/33 §2, and may begin during the current stay)."""

    start: date
    end: date
    days: int


class DocumentItem(BaseModel):
    id: str
    required: bool
    condition: str | None = None
    """Why the item is conditional: ``visa_national``, ``over_18``, ``on_request``, ..."""
    held: bool = False
    matched_text: str | None = None
    citation: str
    name: str = ""
    """The document's name in the answer's language."""


class NearMissItem(BaseModel):
    """Words the person used that name a different document than a checklist item needs."""

    id: str
    """The look-alike (``rules/data/near_misses.toml``): ``tourist_schengen_visa``, ..."""
    document: str
    """The checklist item it is mistaken for; it stays unheld."""
    matched_text: str
    why: str
    """Why it does not count and what is needed, in the answer's language."""
    citation: str


class Statement(BaseModel):
    """Something the decree asks that is not a document: what the application must state, a
    duty during the stay, a ground on which the request can still be refused."""

    model_config = ConfigDict(frozen=True)  # built once per procedure and language, shared

    id: str
    citation: str
    text: str = ""
    """In the answer's language."""


class Interpretation(BaseModel):
    """A point where the decree leaves a choice, and the reading saison made."""

    model_config = ConfigDict(frozen=True)  # built once per language, shared

    id: str
    reading: str
    other_reading: str
    safer: str
    """Which reading is safer for the person, and why."""
    source: str


class Deadline(BaseModel):
    id: str
    date: date | None
    citation: str
    note: str = ""
    """What the date counts from, or which fact is missing when ``date`` is null."""
    to_confirm: bool = False
    """The length comes from outside the seed (see ``source``)."""
    source: str | None = None
    kind: Literal["action", "limit"] = "action"
    """``action``: something to do by that date; ``limit``: a date the stay may not pass
    (the last day under the seasonal maximum), never "the next thing to do"."""


class Fee(BaseModel):
    amount_eur: int | None
    citation: str
    valid_from: date | None
    source: str = ""
    to_confirm: bool = False
    notes: list[str] = []
    """Why the amount is to confirm, as ids (``later_amount_unknown``, ``exemption_to_confirm``,
    ``before_known_amounts``): the texts are in the catalogs (``fee.note.<id>``), so the fee
    reads the same whatever the language."""


class WorkingDays(BaseModel):
    definition: str
    holidays_source: str


class Outcome(BaseModel):
    procedure: ProcedureId | None
    reason: str | None = None
    nationality: str | None = None
    """The nationality as an ISO code, once recognised."""
    visa_required: bool | None = None
    authorised_stay: AuthorisedStay | None = None
    added_stay: AddedStay | None = None
    """For an extension or a renewal: the part of ``authorised_stay`` after the current stay
    (``None`` for a new application, or when the current stay is not known)."""
    next_possible_start: date | None = None
    seasonal_cap_end: date | None = None
    blocking: list[str] = []
    documents: list[DocumentItem] = []
    unmatched_documents: list[str] = []
    """Documents the person named that matched no item of the catalogue."""
    deadlines: list[Deadline] = []
    fee: Fee | None = None
    authorities: list[str] = []
    forms: list[str] = []
    citations: list[str] = []
    missing_facts: list[str] = []
    working_days: WorkingDays | None = None
    explanation: str = ""
    near_misses: list[NearMissItem] = []
    application_must_state: list[Statement] = []
    obligations: list[Statement] = []
    refusal_grounds: list[Statement] = []
    interpretations: list[Interpretation] = []
    visa_list_to_confirm: bool = False
    """The nationality's place on the Schengen visa list is to confirm (``countries.toml``)."""
