"""Deadlines as real dates, from the dates the person gave (``data/deadlines.toml``).

Each rule counts ``days`` from an anchor date (the anchor day itself not counted). An anchor
the situation does not hold yet — a notification, a request — leaves the date empty and the
note says what it counts from. Working days are Monday to Friday without Belgian public
holidays (``working_days``). Calendar-day deadlines are not moved off weekends or holidays:
the decree does not say so; the note reminds the person to act before.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from i18n import Translator, format_date, translator

from .checklist import applies
from .models import Situation
from .stay import bridge_last_day
from .tables import DeadlineRule, caps, deadline_rules
from .working_days import MONDAY_TO_FRIDAY, add_working_days

FIVE_YEARS_DAYS = 5 * 365 + 1
"""RD 105/22 §1 3°: seasonal work in Belgium « durant les cinq dernières années »."""


def _anchor(rule: DeadlineRule, situation: Situation) -> date | None:
    match rule.anchor:
        case "current_stay_end":
            return situation.current_stay.end if situation.current_stay else None
        case "filed_on":
            return situation.filed_on
        case "entry_date":
            return situation.entry_date
    return None


def _anchor_fact(rule: DeadlineRule) -> str | None:
    """The situation field an anchor comes from, when the situation can hold it."""
    return {
        "current_stay_end": "current_stay",
        "filed_on": "filed_on",
        "entry_date": "entry_date",
    }.get(rule.anchor)


def seasonal_worker_in_last_five_years(situation: Situation, on: date) -> bool:
    return any(
        (on - stay.end).days <= FIVE_YEARS_DAYS for stay in situation.previous_seasonal_stays
    )


def _length(rule: DeadlineRule, situation: Situation, on: date) -> int:
    shorter = rule.days_if_seasonal_worker_in_last_five_years
    if shorter is not None and seasonal_worker_in_last_five_years(situation, on):
        return shorter
    return rule.days


def deadlines(
    procedure: str,
    situation: Situation,
    today: date,
    seasonal_cap_end: date | None,
    t: Translator,
    visa_required: bool | None = None,
) -> tuple[list[dict], list[str]]:
    """The procedure's deadlines (fields of ``Deadline``), next one first, and the facts that
    would date the undated ones."""
    result: list[dict] = []
    missing: list[str] = []
    for rule in rules_of(procedure):
        if not applies(rule.only_if, visa_required, situation.age):
            continue  # no request to pay a fee the applicant is exempt from
        anchor = _anchor(rule, situation)
        length = _length(rule, situation, situation.filed_on or today)
        day: date | None = None
        other_reading = ""
        if anchor is not None:
            if rule.unit == "working_days":
                day = add_working_days(anchor, length)
                later = add_working_days(anchor, length, MONDAY_TO_FRIDAY)
                if later != day:
                    later_text = format_date(later, t.lang)
                    other_reading = " " + t("working_days.other_date", date=later_text)
            elif rule.counted == "before":
                day = anchor - timedelta(days=length)
            else:
                day = anchor + timedelta(days=length)
            day = _bridge_limit(rule, procedure, situation, day)
        elif (fact := _anchor_fact(rule)) and fact not in missing:
            missing.append(fact)
        result.append(
            {
                "id": rule.id,
                "date": day,
                "citation": rule.citation,
                "note": _note(rule.id, procedure, length, day is None, t.lang, t.audience)
                + other_reading,
                "to_confirm": rule.to_confirm,
                "source": rule.source,
            }
        )
    if seasonal_cap_end is not None:
        result.append(
            {
                "id": "seasonal_cap_end",
                "date": seasonal_cap_end,
                "citation": caps()["seasonal_max"].citation,
                "note": t("deadline.seasonal_cap_end.note"),
                "to_confirm": False,
                "source": None,
                "kind": "limit",
            }
        )
    result.sort(key=lambda d: d["date"] or date.max)
    return result, missing


@lru_cache(maxsize=16)
def rules_of(procedure: str) -> tuple[DeadlineRule, ...]:
    """The deadline rules of one procedure, in the order of the data."""
    return tuple(rule for rule in deadline_rules() if procedure in rule.procedures)


def _bridge_limit(rule: DeadlineRule, procedure: str, situation: Situation, day: date) -> date:
    """The annex 3 prolonged while the request is examined never covers a day past a maximum:
    the short-stay maximum for a short-stay extension (RD 105/20), and the seasonal maximum of
    Law 61/29-2 for both the short-stay extension and the extension beyond 90 days (RD 105/30
    does not repeat it; the law caps every stay as a seasonal worker). See
    ``stay.bridge_last_day``."""
    if rule.id != "annex_3_bridge":
        return day
    return bridge_last_day(situation, procedure, day)


@lru_cache(maxsize=2048)
def _note(
    rule_id: str, procedure: str, length: int, undated: bool, lang: str, audience: str = "worker"
) -> str:
    """What the deadline asks (in the procedure's own words where they differ), and — when it
    has no date — what it counts from; worded for the audience (``K.employer`` keys)."""
    t = translator(lang, "core", audience)
    rule = next(r for r in deadline_rules() if r.id == rule_id)
    key = f"deadline.{rule.id}.note.{procedure}"
    note = t(key if t.has(key) else f"deadline.{rule.id}.note", days=length)
    if undated:
        note += " " + t("deadline.undated", anchor=t(f"anchor.{rule.anchor}"))
    if rule.unit == "working_days":
        note += " " + t("working_days.definition.safe")
    if rule.to_confirm:
        # the source as the reader's language names it; the data keeps it in English
        source_key = f"source.{rule.id}"
        own = f"figure.to_confirm.{rule.id}"  # what is to confirm, when it is not the figure
        source = t(source_key) if t.has(source_key) else rule.source or ""
        note += " " + t(own if t.has(own) else "figure.to_confirm", source=source)
    return note
