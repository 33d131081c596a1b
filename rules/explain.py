"""The short human text of an outcome, in the person's language (catalog domain ``core``)."""

from __future__ import annotations

from datetime import timedelta

from i18n import Translator, format_date

from .models import Outcome
from .stay import CONTINUING_PROCEDURES


def explanation(outcome: Outcome, t: Translator) -> str:
    if outcome.procedure is None:
        facts = ", ".join(t(f"fact.{fact}") for fact in outcome.missing_facts)
        return t("explain.need_facts", facts=facts)
    if outcome.procedure == "not_applicable":
        return t(f"explain.not_applicable.{outcome.reason}")
    # a refusal reads as a refusal: it comes first, with when it becomes possible again, and
    # the stay that "can be obtained" is not offered beside it (law review, item 9)
    parts = [blocking_text(outcome, reason, t) for reason in outcome.blocking]
    if outcome.blocking and (next_start := next_possible_start_text(outcome, t)) is not None:
        parts.append(next_start)
    parts.append(procedure_text(outcome, t))
    if outcome.visa_list_to_confirm:
        parts.append(t("explain.visa_list_to_confirm"))
    stay = outcome.authorised_stay
    if stay is not None and not outcome.blocking:
        parts.append(
            t(
                "explain.stay",
                start=format_date(stay.start, t.lang),
                end=format_date(stay.end, t.lang),
                days=stay.days,
            )
        )
        capped = f"explain.capped_by.{stay.capped_by}"  # the rule that decides, per procedure
        parts.append(
            t(f"{capped}.{outcome.procedure}" if t.has(f"{capped}.{outcome.procedure}") else capped)
        )
        if (added := added_stay_text(outcome, t)) is not None:
            parts.append(added)
    if not outcome.blocking and (next_start := next_possible_start_text(outcome, t)) is not None:
        parts.append(next_start)
    missing = [item for item in outcome.documents if item.required and not item.held]
    if outcome.documents:
        parts.append(
            t(
                "explain.documents",
                missing=len(missing),
                total=sum(i.required for i in outcome.documents),
            )
        )
    if outcome.fee is not None and outcome.fee.amount_eur is not None:
        parts.append(t("explain.fee", amount=outcome.fee.amount_eur))
    if outcome.fee is not None:
        parts += [t(f"fee.note.{note}") for note in outcome.fee.notes]
    return " ".join(parts)


def procedure_text(outcome: Outcome, t: Translator) -> str:
    """What the procedure is; for a short stay, with the visa as the nationality requires it
    once that is known (never "if your nationality needs one" when it is known)."""
    key = f"explain.procedure.{outcome.procedure}"
    if outcome.procedure == "short_stay" and outcome.visa_required is not None:
        variant = f"{key}.visa" if outcome.visa_required else f"{key}.no_visa"
        if t.has(variant):
            return t(variant)
    return t(key)


def added_stay_text(outcome: Outcome, t: Translator) -> str | None:
    """When the work of an extension or a renewal began during the current stay, the authorised
    stay starts with it (RD 105/19 §1, 105/28 §2, 105/33 §2) and the first part of it is the stay
    already held: say what the request adds. ``None`` when the authorised stay is all added."""
    stay, added = outcome.authorised_stay, outcome.added_stay
    if stay is None or added is None or added.start <= stay.start:
        return None
    return t(
        "explain.stay.added",
        held_end=format_date(added.start - timedelta(days=1), t.lang),
        start=format_date(added.start, t.lang),
        end=format_date(added.end, t.lang),
        days=added.days,
    )


def blocking_text(outcome: Outcome, reason: str, t: Translator) -> str:
    """Why the request would be refused, in the procedure's own words where they differ
    (``explain.blocking.<reason>.<procedure>``)."""
    key = f"explain.blocking.{reason}.{outcome.procedure}"
    return t(key if t.has(key) else f"explain.blocking.{reason}")


def next_possible_start_text(outcome: Outcome, t: Translator) -> str | None:
    """When a maximum shortens or blocks the stay, from when the whole of it would fit. For an
    extension or a renewal, what would fit is a new seasonal stay for the days asked after the
    current stay: the request itself continues the current stay and cannot start later."""
    if outcome.next_possible_start is None:
        return None
    key = "explain.next_possible_start"
    if outcome.procedure in CONTINUING_PROCEDURES:
        key += ".continuing"
    return t(key, date=format_date(outcome.next_possible_start, t.lang))
