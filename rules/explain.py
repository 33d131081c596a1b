"""The short human text of an outcome, in the person's language (catalog domain ``core``)."""

from __future__ import annotations

from i18n import Translator, format_date

from .models import Outcome


def explanation(outcome: Outcome, t: Translator) -> str:
    if outcome.procedure is None:
        facts = ", ".join(t(f"fact.{fact}") for fact in outcome.missing_facts)
        return t("explain.need_facts", facts=facts)
    if outcome.procedure == "not_applicable":
        return t(f"explain.not_applicable.{outcome.reason}")
    parts = [t(f"explain.procedure.{outcome.procedure}")]
    stay = outcome.authorised_stay
    if stay is not None:
        parts.append(
            t("explain.stay", start=format_date(stay.start, t.lang), end=format_date(stay.end, t.lang), days=stay.days)
        )
        parts.append(t(f"explain.capped_by.{stay.capped_by}"))
    for reason in outcome.blocking:
        parts.append(t(f"explain.blocking.{reason}"))
    if outcome.next_possible_start is not None:
        parts.append(t("explain.next_possible_start", date=format_date(outcome.next_possible_start, t.lang)))
    missing = [item for item in outcome.documents if item.required and not item.held]
    if outcome.documents:
        parts.append(t("explain.documents", missing=len(missing), total=sum(i.required for i in outcome.documents)))
    if outcome.fee is not None and outcome.fee.amount_eur is not None:
        parts.append(t("explain.fee", amount=outcome.fee.amount_eur))
    if outcome.fee is not None:
        parts += [t(f"fee.note.{note}") for note in outcome.fee.notes]
    return " ".join(parts)
