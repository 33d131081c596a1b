"""The law's tables (``rules/data/*.toml``), loaded strictly and once.

Whatever changes with the law lives in those files: caps, fee amounts, deadline lengths,
checklists, documents, country groups. Each table is a frozen pydantic model below; a file with
an unknown key, a missing key, a value of the wrong type (a quoted number, a date written as
text, a negative count) or an empty citation fails to load, and the error names the file, the
key and the field. (pydantic is loaded anyway by ``rules.models``.)
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

DATA_DIR = Path(__file__).parent / "data"

# Values are taken as TOML gives them, never converted: "150" is no number, "2020-05-07" in
# quotes no date. Lists become tuples (or sets) of such values.
Text = Annotated[str, Strict()]
Count = Annotated[int, Strict(), Field(ge=0)]
Flag = Annotated[bool, Strict()]
Day = Annotated[date, Strict()]
Citation = Annotated[str, Strict(), Field(pattern=r"\S")]
"""An article (``RD 105/11 §1``): never empty or blank."""
Lang = Literal["fr", "nl", "de", "en"]


class Table(BaseModel):
    """A table or a row of one: frozen, and no key it does not know."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Cap(Table):
    """A maximum duration over a rolling window: at most `days` days in any `window` days."""

    citation: Citation
    days: Count
    window: Count
    valid_from: Day
    source: Text


class FeeAmount(Table):
    valid_from: Day
    amount_eur: Count
    source: Text
    to_confirm: Flag


class FeeExemptionToConfirm(Table):
    nationality: Text
    source: Text


class FeeTable(Table):
    citation: Citation
    procedures: tuple[Text, ...]
    exempt_under_age: Count
    known_until: Day
    fee_page: Text
    amounts: tuple[FeeAmount, ...]
    exemptions_to_confirm: tuple[FeeExemptionToConfirm, ...] = ()


Predicate = Literal["visa_national", "visa_exempt", "adult", "fee_due"]


class DeadlineRule(Table):
    id: Text
    procedures: tuple[Text, ...]
    citation: Citation
    anchor: Text
    days: Count
    unit: Literal["calendar_days", "working_days"] = "calendar_days"
    counted: Literal["after", "before"] = "after"
    """``before``: the date is ``days`` before the anchor (RD 33 §1: the 40th day before)."""
    days_if_seasonal_worker_in_last_five_years: Count | None = None
    to_confirm: Flag = False
    source: Text | None = None
    only_if: Predicate | None = None
    """A deadline that applies only to some applicants (``fee_due``: not to one under 18)."""


class Duty(Table):
    """A row of duties.toml: something the application must state, an obligation during the
    stay, or a ground on which the request can still be refused."""

    id: Text
    procedures: tuple[Text, ...]
    citation: Citation
    only_if: Predicate | None = None


class Reading(Table):
    """A row of interpretations.toml: a choice the decree leaves, and when it matters."""

    id: Text
    when: Literal[
        "working_day_deadline", "seasonal_max", "adult", "filing_before_expiry", "fee_after_seed"
    ]
    source: Text


class ChecklistRow(Table):
    document: Text
    citation: Citation
    required: Flag
    condition: Text | None = None
    only_if: Predicate | None = None
    also_held_as: tuple[Text, ...] = ()


class ProcedureRule(Table):
    id: Text
    citations: tuple[Citation, ...]
    authorities: tuple[Text, ...]
    forms: tuple[Text, ...]
    checklist: tuple[ChecklistRow, ...] = ()


class DocumentEntry(Table):
    id: Text
    citation: Citation
    words: dict[Lang, tuple[Text, ...]]
    subjects: dict[Lang, tuple[Text, ...]] = {}
    """Words that, first in a compound with a paper's kind, say which document it is
    ("Zimmer" in "Personalzimmer-Bescheinigung"): not names on their own."""


class NearMissEntry(Table):
    """A document people name that looks like a checklist item but is another one."""

    id: Text
    document: Text
    citation: Citation
    words: dict[Lang, tuple[Text, ...]]


class CountryGroup(Table):
    citation: Citation
    source: Text
    codes: frozenset[Text]
    valid_from: Day | None = None
    to_confirm: frozenset[Text] = frozenset()


class Countries(Table):
    belgium: Text
    free_movement: CountryGroup
    eu_member_states: CountryGroup
    visa_exempt: CountryGroup
    aliases: dict[Text, tuple[Text, ...]]


T = TypeVar("T", bound=Table)


class TableError(ValueError):
    """A data file that does not hold what the rules expect."""


def _complaint(where: str, error: ErrorDetails) -> str:
    """One thing wrong in a row, said with the file, the key and the field (``amounts[2].days``)."""
    place, loc = where, error["loc"]
    field = loc if error["type"] not in ("extra_forbidden", "missing") else loc[:-1]
    for part in field:
        if part == "[key]":  # pydantic's mark for a dict key: the key is named already
            continue
        place += f"[{part}]" if isinstance(part, int) else f"{'.' if ':' in place else ':'}{part}"
    if error["type"] == "extra_forbidden":
        return f"{place}: unknown key(s) {[loc[-1]]}"
    if error["type"] == "missing":
        return f"{place}: missing key {loc[-1]!r}"
    if error["type"] == "string_pattern_mismatch":
        return f"{place}: a citation may not be empty"
    value = repr(error["input"])
    shown = value if len(value) <= 60 else value[:57] + "..."
    return f"{place}: {shown} is not valid ({error['msg']})"


def _load(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open("rb") as file:
        return tomllib.load(file)


def _strict(cls: type[T], name: str, raw: dict[str, Any], key: str = "") -> T:
    """``raw`` as a row of ``cls``, or a TableError naming the file, the key and the field."""
    try:
        return cls.model_validate(raw)
    except ValidationError as error:
        where = f"rules/data/{name}{':' + key if key else ''}"
        raise TableError("; ".join(_complaint(where, e) for e in error.errors())) from None


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
