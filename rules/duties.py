"""What the decree asks beyond the documents (``data/duties.toml``) and the readings saison made
where the decree leaves a choice (``data/interpretations.toml``), for one outcome.

- What the application must state: the consulate, the employer's e-mail address, earlier
  seasonal work in the last five years (RD 105/22 §1); the housing address (105/27 §1).
- Obligations during a long stay: report a change of housing in writing, with proof (105/42 §2).
- What can still make the request fail: the seven grounds of 105/18 §4 for a short-stay
  extension, the Visa Code and the border for a first short stay, the maximum, the documents
  and doubts about means or purpose (105/40 §1) for a long stay.
"""

from __future__ import annotations

from functools import lru_cache

from i18n import Translator, translator

from .checklist import ADULT_AGE, applies
from .models import Interpretation, Statement
from .tables import duties, fee_table, readings


def statements(
    kind: str, procedure: str, visa_required: bool | None, age: int | None, t: Translator
) -> list[Statement]:
    """The rows of one kind (``must_state``, ``obligations``, ``refusal_grounds``) for the
    procedure (built once per procedure and language: the models are frozen in the cache)."""
    # the age matters only below or from 18 (and the fee's age): ages above both read alike
    oldest = max(ADULT_AGE, fee_table().exempt_under_age)
    seen_age = None if age is None else min(age, oldest)
    return list(_statements(kind, procedure, visa_required, seen_age, t.lang, t.audience))


@lru_cache(maxsize=1024)
def _statements(
    kind: str,
    procedure: str,
    visa_required: bool | None,
    age: int | None,
    lang: str,
    audience: str,
) -> tuple[Statement, ...]:
    t = translator(lang, "core", audience)
    prefix = {
        "must_state": "must_state",
        "obligations": "obligation",
        "refusal_grounds": "refusal_ground",
    }[kind]
    return tuple(
        Statement(id=duty.id, citation=duty.citation, text=t(f"{prefix}.{duty.id}"))
        for duty in duties()[kind]
        if procedure in duty.procedures and applies(duty.only_if, visa_required, age)
    )


def interpretations(when: set[str], t: Translator) -> list[Interpretation]:
    """The readings that matter for this outcome (``when``: the occasions present)."""
    return list(_interpretations(frozenset(when), t.lang, t.audience))


@lru_cache(maxsize=256)
def _interpretations(when: frozenset[str], lang: str, audience: str) -> tuple[Interpretation, ...]:
    t = translator(lang, "core", audience)
    return tuple(
        Interpretation(
            id=reading.id,
            reading=t(f"interpretation.{reading.id}.reading"),
            other_reading=t(f"interpretation.{reading.id}.other_reading"),
            safer=t(f"interpretation.{reading.id}.safer"),
            source=reading.source,
        )
        for reading in readings()
        if reading.when in when
    )
