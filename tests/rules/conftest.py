"""Rules-core tests: pure functions, no UI. Every case pins its own "today"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rules import Situation, decide

TODAY = date(2026, 3, 2)


def period(start: str | date, end: str | date | None = None, *, days: int | None = None) -> dict:
    """A stay from ``start`` to ``end``, or of ``days`` days (both ends counting)."""
    first = date.fromisoformat(start) if isinstance(start, str) else start
    if days is not None:
        last = first + timedelta(days=days - 1)
    else:
        last = date.fromisoformat(end) if isinstance(end, str) else end
    return {"start": first.isoformat(), "end": last.isoformat()}


def situation(**facts) -> Situation:
    facts.setdefault("today", TODAY.isoformat())
    facts.setdefault("nationality", "MA")
    facts.setdefault("location", "abroad")
    return Situation.model_validate(facts)


def outcome(lang: str = "en", **facts):
    return decide(situation(**facts), lang)


@pytest.fixture
def decide_case():
    return outcome
