"""The documents to produce, per procedure (``data/procedures.toml``), and which of them the
person already holds.

Rows that apply only in a given case (``only_if``):
- ``visa_national`` / ``visa_exempt``: the short-stay visa and the visa application's proofs
  only for nationalities that need a visa (RD 105/11 §1 2°, 105/12 §2);
- ``adult``: the criminal record only for a person over 18 (RD 105/22 §2 6°, 105/27 §2 6°);
- ``fee_due``: the proof of payment only when the fee is due (Law 1/1: not under 18).
While the age is unknown, the rows that depend on it stay listed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from i18n import Translator, cited, translator

from .documents import DocumentMatch, NearMiss, match_documents, near_misses_in
from .models import Situation
from .tables import ProcedureRule, fee_table, procedures

ADULT_AGE = 18
"""RD 105/22 §2 6°: « s'il est âgé de plus de dix-huit ans » — from the 18th birthday on."""


def applies(only_if: str | None, visa_required: bool | None, age: int | None) -> bool:
    """Whether a checklist row or a deadline with this condition applies to the applicant."""
    match only_if:
        case None:
            return True
        case "visa_national":
            return visa_required is True
        case "visa_exempt":
            return visa_required is False
        case "adult":
            return age is None or age >= ADULT_AGE
        case "fee_due":
            return age is None or age >= fee_table().exempt_under_age
    raise ValueError(f"unknown condition {only_if!r}")


@lru_cache(maxsize=512)
def _rows(procedure: str, visa_required: bool | None, age: int | None, lang: str):
    """The rows that apply, each with the ids that fulfil it and its name; and every id the
    checklist knows (preferred when a typed word is equally close to two documents). Cached
    by the procedure's id: hashing its whole table on every call would cost more."""
    rule = procedures()[procedure]
    t = translator(lang)
    rows = tuple(
        (row, (row.document, *row.also_held_as), t(f"doc.{row.document}.name"))
        for row in rule.checklist
        if applies(row.only_if, visa_required, age)
    )
    return rows, frozenset(doc for _, fulfilled_by, _ in rows for doc in fulfilled_by)


KNOWN_BY = {"visa_national": "visa_required", "over_18": "age"}
"""Conditions that a known fact settles: once the visa obligation or the age is known, the row
is shown or left out (``applies``) and the condition is no longer a condition (law review)."""


@lru_cache(maxsize=4096)
def _look_alikes(phrase: str) -> tuple[NearMiss, ...]:
    return tuple(found for _, _, found in near_misses_in(phrase))


def held_documents(
    situation: Situation, prefer: frozenset[str]
) -> tuple[dict[str, DocumentMatch], list[str], list[NearMiss]]:
    """The documents the person named, by id; the phrases that named none; and the look-alikes
    named (a tourist visa for the seasonal short-stay visa): never held, explained instead."""
    held: dict[str, DocumentMatch] = {}
    unmatched: list[str] = []
    near: list[NearMiss] = []
    for phrase in situation.documents or ():
        look_alikes = _look_alikes(phrase)
        near += look_alikes
        matches = match_documents(phrase, prefer)
        if not matches and not look_alikes:
            unmatched.append(phrase)
        for match in matches:
            held.setdefault(match.document, match)
    return held, unmatched, near


def checklist(
    rule: ProcedureRule, situation: Situation, visa_required: bool | None, t: Translator
) -> tuple[list[dict[str, Any]], list[str], list[dict[str, Any]]]:
    """The checklist rows (fields of ``DocumentItem``), the phrases that named nothing and the
    look-alikes named (fields of ``NearMissItem``)."""
    rows, prefer = _rows(rule.id, visa_required, situation.age, t.lang)
    held: dict[str, DocumentMatch] = {}
    unmatched: list[str] = []
    near: list[NearMiss] = []
    if situation.documents:
        held, unmatched, near = held_documents(situation, prefer)
    known = {"visa_required": visa_required is not None, "age": situation.age is not None}
    items = []
    for row, fulfilled_by, name in rows:
        match = next((held[d] for d in fulfilled_by if d in held), None)
        settled = known.get(KNOWN_BY.get(row.condition or "", ""), False)
        items.append(
            {
                "id": row.document,
                "required": row.required,
                "condition": None if settled else row.condition,
                "held": match is not None,
                "matched_text": match.text if match else None,
                "citation": row.citation,
                "name": name,
            }
        )
    return items, unmatched, [_near_miss(found, t) for found in near]


def _near_miss(found: NearMiss, t: Translator) -> dict[str, Any]:
    # the texts are the ones the interview says back when the look-alike is typed
    why = translator(t.lang, "interview", t.audience)(
        f"near_miss.{found.id}", words=found.text, citation=cited(found.citation, t.lang)
    )
    return {
        "id": found.id,
        "document": found.document,
        "matched_text": found.text,
        "why": why,
        "citation": found.citation,
    }
