"""The interview's state: what has been gathered, in plain data that survives JSON.

The app stores ``InterviewState.model_dump_json()`` (SQLite) and resumes with
``Interview.from_json``; nothing else is needed to pick up an interview where it stopped.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from rules.models import SituationFacts

Lang = Literal["fr", "nl", "de", "en"]
Role = Literal["worker", "employer", "helpdesk"]
"""Who is answering: the wording adapts ("your passport", "the worker's passport")."""


class Facts(SituationFacts):
    """The ``Situation`` facts gathered so far (``rules.models.SituationFacts``, declared there
    once); ``None`` means "not asked yet". ``nationality`` is the ISO code recognised from the
    answer, ``age`` the age on the interview's today, ``documents`` the ids of the documents the
    person has (``rules.documents.DOCUMENT_IDS``)."""

    next_birthday: date | None = None
    """The day the age goes up by one, when the answer says it ("34, 35 on 3 April", a date
    of birth): the age on a later filing day counts from it."""


class Turn(BaseModel):
    """One answer and what the engine made of it (for display, transcripts and audits)."""

    question: str | None
    """The id of the question on screen when the person answered."""
    answer: str
    result: str
    """``accepted``, ``error``, ``why``, ``help``, ``back``, ``change``, ``language``."""


class InterviewState(BaseModel):
    """Everything an interview needs to resume. Serialisable: ``model_dump_json()``."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    lang: Lang = "en"
    """The interface language; switching it keeps every fact."""
    today: date
    """The interview's "now": years of dates are inferred from it."""
    role: Role | None = None
    opening: bool = False
    """Whether the interview opens with "describe the situation in your own words" (it may
    be skipped): whatever that message gives is not asked again."""
    facts: Facts = Field(default_factory=Facts)
    unknown: list[str] = Field(default_factory=list)
    """Questions the person could not answer ("not known yet"): not asked again."""
    partial: list[str] = Field(default_factory=list)
    """Questions an earlier answer answered only in part (the opening named one paper held,
    nothing of the others): still asked; what was said is kept."""
    answered: list[str] = Field(default_factory=list)
    """Question ids answered, in order: ``back`` goes to the last one."""
    reopened: str | None = None
    """A question reopened by ``back`` or by naming it: asked next, whatever its rank."""
    log: list[Turn] = Field(default_factory=list)
