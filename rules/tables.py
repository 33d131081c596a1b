"""The law's tables (``rules/data/*.toml``), loaded strictly and once.

Whatever changes with the law lives in those files: caps, fee amounts, deadline lengths,
checklists, documents, country groups. A file with an unknown key, a missing citation or a
wrong type fails to load, and the error names the file.
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

DATA_DIR = Path(__file__).parent / "data"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Cap(_Strict):
    """A maximum duration over a rolling window: at most `days` days in any `window` days."""

    citation: str = Field(min_length=1)
    days: int = Field(gt=0)
    window: int = Field(gt=0)
    valid_from: date
    source: str


class FeeAmount(_Strict):
    valid_from: date
    amount_eur: int = Field(gt=0)
    source: str = Field(min_length=1)
    to_confirm: bool


class FeeExemptionToConfirm(_Strict):
    nationality: str
    source: str


class FeeTable(_Strict):
    citation: str = Field(min_length=1)
    procedures: tuple[str, ...]
    exempt_under_age: int
    known_until: date
    fee_page: str
    amounts: tuple[FeeAmount, ...]
    exemptions_to_confirm: tuple[FeeExemptionToConfirm, ...] = ()


class DeadlineRule(_Strict):
    id: str
    procedures: tuple[str, ...]
    citation: str = Field(min_length=1)
    anchor: str
    days: int = Field(ge=0)
    unit: Literal["calendar_days", "working_days"] = "calendar_days"
    days_if_seasonal_worker_in_last_five_years: int | None = None
    to_confirm: bool = False
    source: str | None = None


Predicate = Literal["visa_national", "visa_exempt", "adult", "fee_due"]


class ChecklistRow(_Strict):
    document: str
    citation: str = Field(min_length=1)
    required: bool
    condition: str | None = None
    only_if: Predicate | None = None


class ProcedureRule(_Strict):
    id: str
    citations: tuple[str, ...] = Field(min_length=1)
    authorities: tuple[str, ...]
    forms: tuple[str, ...]
    checklist: tuple[ChecklistRow, ...] = ()


class DocumentEntry(_Strict):
    id: str
    citation: str = Field(min_length=1)
    words: dict[Literal["fr", "nl", "de", "en"], tuple[str, ...]]


class CountryGroup(_Strict):
    citation: str = Field(min_length=1)
    source: str
    codes: frozenset[str]
    valid_from: date | None = None
    to_confirm: frozenset[str] = frozenset()


class Countries(_Strict):
    belgium: str
    free_movement: CountryGroup
    visa_exempt: CountryGroup
    aliases: dict[str, tuple[str, ...]]


def _load(name: str) -> dict:
    path = DATA_DIR / name
    with path.open("rb") as file:
        return tomllib.load(file)


def _strict(model: type[BaseModel], name: str, raw: object):
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise ValueError(f"rules/data/{name}: {error}") from None


@cache
def caps() -> dict[str, Cap]:
    raw = _load("caps.toml")
    return {cap_id: _strict(Cap, "caps.toml", row) for cap_id, row in raw.items()}


@cache
def fee_table() -> FeeTable:
    return _strict(FeeTable, "fee.toml", _load("fee.toml"))


@cache
def deadline_rules() -> tuple[DeadlineRule, ...]:
    raw = _load("deadlines.toml")
    return tuple(
        _strict(DeadlineRule, "deadlines.toml", {"id": rule_id, **row}) for rule_id, row in raw.items()
    )


@cache
def procedures() -> dict[str, ProcedureRule]:
    raw = _load("procedures.toml")
    return {
        proc_id: _strict(ProcedureRule, "procedures.toml", {"id": proc_id, **row})
        for proc_id, row in raw.items()
    }


@cache
def documents() -> dict[str, DocumentEntry]:
    raw = _load("documents.toml")
    return {
        doc_id: _strict(DocumentEntry, "documents.toml", {"id": doc_id, **row})
        for doc_id, row in raw.items()
    }


@cache
def countries() -> Countries:
    return _strict(Countries, "countries.toml", _load("countries.toml"))
