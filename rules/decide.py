"""``decide``: from a situation to an outcome, every conclusion with the articles behind it.

The order follows the decree: scope (RD 105/10), the stay that can be obtained (105/19,
105/23, 105/28, 105/33 and the maximum durations), the documents (105/11 – 105/42), the
deadlines, the fee (RD 1/2/1), who decides and which forms (annexes) the person may receive.
"""

from __future__ import annotations

from datetime import date

from i18n import translator

from . import countries
from .checklist import checklist
from .deadlines import deadlines
from .explain import explanation
from .fee import administrative_fee
from .models import Outcome, Situation, WorkingDays
from .scope import choose_procedure
from .stay import authorised_stay
from .tables import deadline_rules, procedures
from .working_days import HOLIDAYS_SOURCE


class UnknownNationality(ValueError):
    """The nationality is neither a country code nor a country name we recognise."""


def decide(situation: Situation, lang: str = "en") -> Outcome:
    t = translator(lang)
    today = situation.today or date.today()
    nationality = countries.resolve_nationality(situation.nationality)
    if nationality is None:
        raise UnknownNationality(situation.nationality)
    scope = choose_procedure(situation, nationality)
    outcome = Outcome(procedure=scope.procedure, reason=scope.reason, nationality=nationality)
    missing = list(scope.missing)
    if scope.procedure is None or scope.procedure == "not_applicable":
        outcome.citations = list(procedures()["not_applicable"].citations)
        outcome.missing_facts = missing
        outcome.explanation = explanation(outcome, t)
        return outcome

    procedure = scope.procedure
    rule = procedures()[procedure]
    citations = list(rule.citations)
    if procedure == "short_stay":
        outcome.visa_required = countries.needs_short_stay_visa(nationality)

    stay = authorised_stay(situation, procedure)
    outcome.authorised_stay = stay.authorised
    outcome.blocking = stay.blocking
    outcome.next_possible_start = stay.next_possible_start
    outcome.seasonal_cap_end = stay.seasonal_cap_end
    citations += stay.citations
    if situation.work is None:
        missing.append("work")

    if _filed_late(procedure, situation, today):
        outcome.blocking.append("request_late")

    outcome.documents, outcome.unmatched_documents = checklist(rule, situation, outcome.visa_required)
    citations += [item.citation for item in outcome.documents]
    if situation.age is None and any(row.only_if in ("adult", "fee_due") for row in rule.checklist):
        missing.append("age")
    if not situation.documents:
        missing.append("documents")

    outcome.deadlines, undated = deadlines(procedure, situation, today, stay.seasonal_cap_end, t)
    missing += [fact for fact in undated if fact not in missing]
    citations += [d.citation for d in outcome.deadlines]
    if any(d.id in _working_day_deadlines() for d in outcome.deadlines):
        outcome.working_days = WorkingDays(definition=t("working_days.definition"), holidays_source=HOLIDAYS_SOURCE)

    outcome.fee = administrative_fee(procedure, situation, nationality, situation.filed_on or today)
    if outcome.fee is not None:
        outcome.fee.note = " ".join(t(f"fee.note.{key}") for key in outcome.fee.note.split())
        citations.append(outcome.fee.citation)

    outcome.authorities = _authorities(rule.authorities, outcome.visa_required)
    outcome.forms = list(rule.forms)
    outcome.citations = _unique(citations)
    outcome.missing_facts = missing
    for item in outcome.documents:
        item.name = t(f"doc.{item.id}.name")
    outcome.explanation = explanation(outcome, t)
    return outcome


def _filed_late(procedure: str, situation: Situation, today: date) -> bool:
    """RD 105/17 §1 (and 105/17 §4): a request made in Belgium is filed before the authorised
    stay expires; the same holds for the other procedures filed from within Belgium, which need
    a valid annex 3 (105/27 §2 7°) or a valid permit or visa (105/32 2°)."""
    if procedure not in ("short_stay_extension", "extension_beyond_90_days", "renewal"):
        return False
    if situation.current_stay is None:
        return False
    return (situation.filed_on or today) > situation.current_stay.end


def _authorities(authorities: tuple[str, ...], visa_required: bool | None) -> list[str]:
    """A visa-exempt short stay involves no consulate (RD 105/12 §1)."""
    return [a for a in authorities if not (a == "consulate" and visa_required is False)]


def _unique(citations: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for group in citations:
        for citation in group.split("; "):
            seen.setdefault(citation, None)
    return list(seen)


def _working_day_deadlines() -> frozenset[str]:
    return frozenset(rule.id for rule in deadline_rules() if rule.unit == "working_days")
