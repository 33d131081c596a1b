"""The law's tables (``rules/data/*.toml``), loaded strictly and once.

Whatever changes with the law lives in those files: caps, fee amounts, deadline lengths,
checklists, documents, country groups. Each table is a frozen dataclass below; a file with an
unknown key, a missing key, a value of the wrong type or an empty citation fails to load, and
the error names the file and the key. (Plain dataclasses, not pydantic: ``saison decide`` loads
these tables on every start, and a typed check of a few hundred values is all they need.)
"""

from __future__ import annotations

import tomllib
import types
import typing
from dataclasses import MISSING, Field, dataclass, fields
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Cap:
    """A maximum duration over a rolling window: at most `days` days in any `window` days."""

    citation: str
    days: int
    window: int
    valid_from: date
    source: str


@dataclass(frozen=True, slots=True)
class FeeAmount:
    valid_from: date
    amount_eur: int
    source: str
    to_confirm: bool


@dataclass(frozen=True, slots=True)
class FeeExemptionToConfirm:
    nationality: str
    source: str


@dataclass(frozen=True, slots=True)
class FeeTable:
    citation: str
    procedures: tuple[str, ...]
    exempt_under_age: int
    known_until: date
    fee_page: str
    amounts: tuple[FeeAmount, ...]
    exemptions_to_confirm: tuple[FeeExemptionToConfirm, ...] = ()


Predicate = Literal["visa_national", "visa_exempt", "adult", "fee_due"]


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    id: str
    procedures: tuple[str, ...]
    citation: str
    anchor: str
    days: int
    unit: Literal["calendar_days", "working_days"] = "calendar_days"
    counted: Literal["after", "before"] = "after"
    """``before``: the date is ``days`` before the anchor (RD 33 §1: the 40th day before)."""
    days_if_seasonal_worker_in_last_five_years: int | None = None
    to_confirm: bool = False
    source: str | None = None
    only_if: Predicate | None = None
    """A deadline that applies only to some applicants (``fee_due``: not to one under 18)."""


@dataclass(frozen=True, slots=True)
class Duty:
    """A row of duties.toml: something the application must state, an obligation during the
    stay, or a ground on which the request can still be refused."""

    id: str
    procedures: tuple[str, ...]
    citation: str
    only_if: Predicate | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """A row of interpretations.toml: a choice the decree leaves, and when it matters."""

    id: str
    when: Literal[
        "working_day_deadline", "seasonal_max", "adult", "filing_before_expiry", "fee_after_seed"
    ]
    source: str


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    document: str
    citation: str
    required: bool
    condition: str | None = None
    only_if: Predicate | None = None
    also_held_as: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProcedureRule:
    id: str
    citations: tuple[str, ...]
    authorities: tuple[str, ...]
    forms: tuple[str, ...]
    checklist: tuple[ChecklistRow, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    id: str
    citation: str
    words: dict[Literal["fr", "nl", "de", "en"], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class NearMissEntry:
    """A document people name that looks like a checklist item but is another one."""

    id: str
    document: str
    citation: str
    words: dict[Literal["fr", "nl", "de", "en"], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class CountryGroup:
    citation: str
    source: str
    codes: frozenset[str]
    valid_from: date | None = None
    to_confirm: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Countries:
    belgium: str
    free_movement: CountryGroup
    visa_exempt: CountryGroup
    aliases: dict[str, tuple[str, ...]]


class TableError(ValueError):
    """A data file that does not hold what the rules expect."""


def _convert(kind: object, value: object, where: str) -> object:
    """``value`` as the annotated ``kind``, or a TableError saying where it went wrong."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _convert(inner, value, where)
    if origin is Literal:
        if value not in args:
            raise TableError(f"{where}: {value!r} is not one of {args}")
        return value
    if origin in (tuple, frozenset) and isinstance(value, list):
        items = [_convert(args[0], item, f"{where}[{i}]") for i, item in enumerate(value)]
        return origin(items)
    if origin is dict and isinstance(value, dict):
        return {
            _convert(args[0], k, where): _convert(args[1], v, f"{where}.{k}")
            for k, v in value.items()
        }
    if isinstance(kind, type) and hasattr(kind, "__dataclass_fields__") and isinstance(value, dict):
        return _build(kind, value, where)
    if kind is int and isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if kind in (str, bool, date) and type(value) is kind:
        if isinstance(value, str) and where.endswith("citation") and not value.strip():
            raise TableError(f"{where}: a citation may not be empty")
        return value
    raise TableError(f"{where}: {value!r} is not a valid {getattr(kind, '__name__', kind)}")


@cache
def _fields_of(cls: type) -> tuple[dict[str, Any], dict[str, Field[Any]]]:
    """A table's field types and definitions, worked out once per kind of row."""
    return typing.get_type_hints(cls), {f.name: f for f in fields(cls)}


def _build(cls: type, raw: dict, where: str):
    hints, known = _fields_of(cls)
    unknown = set(raw) - set(known)
    if unknown:
        raise TableError(f"{where}: unknown key(s) {sorted(unknown)}")
    values = {}
    for name, spec in known.items():
        if name in raw:
            values[name] = _convert(hints[name], raw[name], f"{where}.{name}")
        elif spec.default is MISSING:
            raise TableError(f"{where}: missing key {name!r}")
    return cls(**values)


def _load(name: str) -> dict:
    with (DATA_DIR / name).open("rb") as file:
        return tomllib.load(file)


def _strict(cls: type, name: str, raw: dict, key: str = ""):
    return _build(cls, raw, f"rules/data/{name}{':' + key if key else ''}")


@cache
def caps() -> dict[str, Cap]:
    return {
        cap_id: _strict(Cap, "caps.toml", row, cap_id) for cap_id, row in _load("caps.toml").items()
    }


@cache
def fee_table() -> FeeTable:
    return _strict(FeeTable, "fee.toml", _load("fee.toml"))


@cache
def deadline_rules() -> tuple[DeadlineRule, ...]:
    raw = _load("deadlines.toml")
    return tuple(
        _strict(DeadlineRule, "deadlines.toml", {"id": rule_id, **row}, rule_id)
        for rule_id, row in raw.items()
    )


@cache
def procedures() -> dict[str, ProcedureRule]:
    raw = _load("procedures.toml")
    return {
        proc_id: _strict(ProcedureRule, "procedures.toml", {"id": proc_id, **row}, proc_id)
        for proc_id, row in raw.items()
    }


@cache
def documents() -> dict[str, DocumentEntry]:
    raw = _load("documents.toml")
    return {
        doc_id: _strict(DocumentEntry, "documents.toml", {"id": doc_id, **row}, doc_id)
        for doc_id, row in raw.items()
    }


@cache
def near_misses() -> dict[str, NearMissEntry]:
    raw = _load("near_misses.toml")
    table = {
        key: _strict(NearMissEntry, "near_misses.toml", {"id": key, **row}, key)
        for key, row in raw.items()
    }
    for key, entry in table.items():
        if entry.document not in documents():
            raise TableError(
                f"rules/data/near_misses.toml:{key}: unknown document {entry.document!r}"
            )
    return table


DUTY_KINDS = ("must_state", "obligations", "refusal_grounds")


@cache
def duties() -> dict[str, tuple[Duty, ...]]:
    """duties.toml, by kind (``must_state``, ``obligations``, ``refusal_grounds``)."""
    raw = _load("duties.toml")
    if set(raw) - set(DUTY_KINDS):
        raise TableError(
            f"rules/data/duties.toml: unknown kind(s) {sorted(set(raw) - set(DUTY_KINDS))}"
        )
    return {
        kind: tuple(
            _strict(Duty, "duties.toml", {"id": key, **row}, f"{kind}.{key}")
            for key, row in raw.get(kind, {}).items()
        )
        for kind in DUTY_KINDS
    }


@cache
def readings() -> tuple[Reading, ...]:
    raw = _load("interpretations.toml")
    return tuple(
        _strict(Reading, "interpretations.toml", {"id": key, **row}, key)
        for key, row in raw.items()
    )


@cache
def countries() -> Countries:
    return _strict(Countries, "countries.toml", _load("countries.toml"))
