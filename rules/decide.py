"""``decide``: from a situation to an outcome, every conclusion with the articles behind it.

The order follows the decree: scope (RD 105/10), the stay that can be obtained (105/19,
105/23, 105/28, 105/33 and the maximum durations), the documents (105/11 – 105/42), the
deadlines, the fee (RD 1/2/1), who decides and which forms (annexes) the person may receive.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from i18n import translator

from . import countries
from .checklist import checklist
from .deadlines import deadlines
from .duties import interpretations, statements
from .explain import explanation
from .fee import administrative_fee
from .models import Audience, Outcome, Situation, WorkingDays
from .scope import choose_procedure
from .stay import SHORT_PROCEDURES, authorised_stay
from .tables import deadline_rules, procedures
from .working_days import HOLIDAYS_SOURCE


class UnknownNationality(ValueError):
    """The nationality is neither a country code nor a country name we recognise."""


def decide(situation: Situation, lang: str = "en", audience: Audience = "worker") -> Outcome:
    """The outcome of a situation, its texts in ``lang``. The texts address the worker ("you");
    ``audience="employer"`` words them for an employer, about "the worker" (keys ``K.employer``
    of the ``core`` catalog where they exist). The facts of the outcome do not depend on it."""
    t = translator(lang, "core", audience)
    today = situation.today or date.today()
    nationality = countries.resolve_nationality(situation.nationality)
    if nationality is None:
        raise UnknownNationality(situation.nationality)
    scope = choose_procedure(situation, nationality)
    if scope.procedure is None or scope.procedure == "not_applicable":
        return _explained(
            t,
            procedure=scope.procedure,
            reason=scope.reason,
            nationality=nationality,
            citations=list(procedures()["not_applicable"].citations),
            missing_facts=list(scope.missing),
        )

    procedure = scope.procedure
    stay = authorised_stay(situation, procedure)
    rerouted = procedure == "short_stay_extension" and _stopped_by_short_stay_max(stay)
    if rerouted:  # only 105/26 can give the requested end
        procedure = "extension_beyond_90_days"
        stay = authorised_stay(situation, procedure)
    rule = procedures()[procedure]
    missing = list(scope.missing)
    visa_required = (
        countries.needs_short_stay_visa(nationality) if procedure in SHORT_PROCEDURES else None
    )

    blocking = stay.blocking
    if situation.work is None:
        missing.append("work")
    if _filed_late(procedure, situation, today):
        blocking.append("request_late")

    documents, unmatched, near_misses = checklist(rule, situation, visa_required, t)
    if situation.age is None and any(row.only_if in ("adult", "fee_due") for row in rule.checklist):
        missing.append("age")
    if situation.documents is None:
        missing.append("documents")
    elif not situation.documents and procedure == "short_stay_extension":
        blocking.append("no_documents")  # RD 105/17 §4: filed with none of them, inadmissible

    dated, undated = deadlines(procedure, situation, today, stay.seasonal_cap_end, t, visa_required)
    not_given = _no_date_given(procedure, situation, blocking)
    dated = [d for d in dated if d["id"] not in not_given]
    missing += [fact for fact in undated if fact not in missing]
    working_days = None
    if any(d["id"] in _working_day_deadlines() for d in dated):
        working_days = WorkingDays(
            definition=t("working_days.definition.safe"), holidays_source=HOLIDAYS_SOURCE
        )

    fee = administrative_fee(procedure, situation, nationality, situation.filed_on or today)

    citations = [
        *rule.citations,
        *stay.citations,
        *(item["citation"] for item in documents),
        *(d["citation"] for d in dated),
        *([fee.citation] if fee else []),
    ]
    if _late_unless_filed(procedure, situation, today) and "filed_on" not in missing:
        missing.append("filed_on")
    outcome = _explained(
        t,
        procedure=procedure,
        nationality=nationality,
        visa_required=visa_required,
        authorised_stay=stay.authorised,
        added_stay=stay.added,
        next_possible_start=stay.next_possible_start,
        seasonal_cap_end=stay.seasonal_cap_end,
        blocking=blocking,
        documents=documents,
        unmatched_documents=unmatched,
        deadlines=dated,
        fee=fee,
        authorities=_authorities(rule.authorities, visa_required),
        forms=list(rule.forms),
        citations=_unique(citations),
        missing_facts=missing,
        working_days=working_days,
        near_misses=near_misses,
        application_must_state=statements("must_state", procedure, visa_required, situation.age, t),
        obligations=statements("obligations", procedure, visa_required, situation.age, t),
        refusal_grounds=statements("refusal_grounds", procedure, visa_required, situation.age, t),
        interpretations=interpretations(
            _occasions(procedure, rule, situation, working_days is not None, fee is not None), t
        ),
        visa_list_to_confirm=visa_required is not None
        and countries.visa_rule_to_confirm(nationality),
    )
    if _late_unless_filed(procedure, situation, today):
        key = f"explain.late_unless_filed.{procedure}"
        outcome.explanation += " " + t(key if t.has(key) else "explain.late_unless_filed")
    if rerouted:
        outcome.explanation += " " + t("explain.route.short_stay_max")
    return outcome


def _occasions(
    procedure: str, rule, situation: Situation, working_day_deadline: bool, fee_due: bool
) -> set[str]:
    """When a reading of interpretations.toml matters for this outcome."""
    occasions = set()
    if working_day_deadline:
        occasions.add("working_day_deadline")
    if situation.work is not None:
        occasions.add("seasonal_max")
    if any(row.only_if in ("adult", "fee_due") for row in rule.checklist):
        occasions.add("adult")
    if procedure in ("short_stay_extension", "renewal"):
        occasions.add("filing_before_expiry")
    if fee_due:
        occasions.add("fee_after_seed")
    return occasions


def _stopped_by_short_stay_max(stay) -> bool:
    """A short-stay extension that the 90 days in 180 (earlier days in the Schengen area)
    would stop before the requested end: the Report to the King on 105/19 sends a longer stay
    to the extension beyond 90 days (« la procédure décrite dans l'article 105/26 et suivant
    doit être suivi »)."""
    if "seasonal_max_reached" in stay.blocking:
        return False  # the 150 days stop 105/26 as well: no other route
    if "short_stay_max_reached" in stay.blocking:
        return True
    if stay.authorised is None or stay.authorised["capped_by"] != "short_stay_max":
        return False
    # when the 150 days stop it on the same day, 105/26 would give no more: no other route
    return stay.seasonal_cap_end is None or stay.authorised["end"] < stay.seasonal_cap_end


def _explained(t, **fields) -> Outcome:
    """The outcome with its explanation (the text reads the outcome it explains)."""
    outcome = Outcome.model_validate(fields)
    outcome.explanation = explanation(outcome, t)
    return outcome


def _filed_late(procedure: str, situation: Situation, today: date) -> bool:
    """A short-stay extension is filed before the authorised stay expires (RD 105/17 §1, §4);
    a renewal goes with the permit or visa still valid (105/32 2°). The extension beyond 90
    days has no filing limit in the decree: 105/17 governs only the 105/16 request, and 105/27
    §2 7° asks for a copy of the annex 3 « qui a été délivré », not one still valid."""
    if procedure not in ("short_stay_extension", "renewal"):
        return False
    if situation.current_stay is None or situation.filed_on is None:
        return False  # not known to be filed: see _late_unless_filed
    return situation.filed_on > situation.current_stay.end


def _late_unless_filed(procedure: str, situation: Situation, today: date) -> bool:
    """The filing day is not known and the stay is over: too late *if* the request was not
    filed yet — a condition, never a fact."""
    stay = situation.current_stay
    return (
        procedure in ("short_stay_extension", "renewal")
        and situation.filed_on is None
        and stay is not None
        and today > stay.end
    )


def _no_date_given(procedure: str, situation: Situation, blocking: list[str]) -> frozenset[str]:
    """Deadlines the decree does not give in this situation. An inadmissible short-stay
    extension (filed late, or with none of the documents: 105/17 §4) gets no ten days for
    missing documents (105/17 §5 is for a request filed in time with some of them) and no
    bridge (105/20: « si la demande de prolongation est recevable »). The bridge of 105/30
    is for a stay that « expire durant l'examen de la demande », not one over before filing."""
    if blocking:  # no step "after a positive decision" beside a refusal
        after = frozenset(r.id for r in deadline_rules() if r.anchor == "decision_notification")
    else:
        after = frozenset()
    if procedure == "short_stay_extension" and {"request_late", "no_documents"} & set(blocking):
        return after | {"missing_documents", "annex_3_bridge"}
    stay, filed = situation.current_stay, situation.filed_on
    if procedure == "extension_beyond_90_days" and stay and filed and filed > stay.end:
        return after | {"annex_3_bridge"}
    return after


def _authorities(authorities: tuple[str, ...], visa_required: bool | None) -> list[str]:
    """Without a short-stay visa there is no consulate to see (RD 105/12 §1), and an extension
    is not a visa extension by FPS Foreign Affairs (RD 105/17 §2, 105/19 §3)."""
    visa_only = {"consulate", "fps_foreign_affairs"} if visa_required is False else set()
    return [a for a in authorities if a not in visa_only]


def _unique(citations: list[str]) -> list[str]:
    return list(_articles(tuple(citations)))


@lru_cache(maxsize=1024)
def _articles(groups: tuple[str, ...]) -> tuple[str, ...]:
    """Each article once, in the decree's order ("RD 105/12 §2 1°; RD 105/38" is two)."""
    once = dict.fromkeys(article for group in groups for article in group.split("; "))
    return tuple(sorted(once, key=decree_order))


SOURCE_ORDER = {"RD": 0, "Law": 1, "CA": 2}
"""The Royal Decree first, then the Law it applies, then the cooperation agreement; anything
else (the Schengen Borders Code) after them."""


def decree_order(article: str) -> tuple:
    """A sort key: source, then the article's numbers as numbers (105/9 before 105/18)."""
    source = article.split(" ", 1)[0]
    numbers = tuple(int(n) for n in re.findall(r"\d+", article))
    return (SOURCE_ORDER.get(source, len(SOURCE_ORDER)), source, numbers, article)


@lru_cache(maxsize=1)
def _working_day_deadlines() -> frozenset[str]:
    return frozenset(rule.id for rule in deadline_rules() if rule.unit == "working_days")
