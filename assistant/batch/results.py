"""One result row, in the chosen language: what an employer acts on, one fact per column.

Dates stay dates and day counts numbers (CSV writes dates ISO, ``2026-04-01``, which every
spreadsheet reads as a date); lists (blocking reasons, missing documents, articles) are joined
with ``; ``. The writers make every text cell spreadsheet-safe (:func:`safe` for CSV; a text
cell of type string in xlsx): a cell that starts like a formula is never run as one.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from i18n import cited, translator

from .rows import AUDIENCE, RowResult

if TYPE_CHECKING:
    from rules.models import Deadline, Outcome

RESULT_COLUMNS: tuple[str, ...] = (
    "row",
    "reference",
    "procedure",
    "why",
    "stay_start",
    "stay_end",
    "stay_days",
    "capped_by",
    "blocking",
    "missing_documents",
    "near_misses",
    "next_action",
    "next_action_date",
    "fee",
    "articles",
    "missing_facts",
    "error",
)
"""The output's columns, in order (``batch.out.<id>`` names them)."""
JOIN = "; "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list)."""


def safe(text: str) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading
    apostrophe, which spreadsheets hide and which stops the formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def header(lang: str) -> list[str]:
    t = translator(lang, "core")
    return [t(f"batch.out.{column}") for column in RESULT_COLUMNS]


def next_action(outcome: Outcome, today: date) -> Deadline | None:
    """The next thing to do: the first action deadline from today on, else the first action
    still without a date (its note says what it counts from). A limit (the last day under the
    seasonal maximum) is never "the next thing to do"."""
    actions = [d for d in outcome.deadlines if d.kind == "action"]
    dated = sorted(
        (d for d in actions if d.date is not None and d.date >= today), key=lambda d: d.date
    )
    if dated:
        return dated[0]
    return next((d for d in actions if d.date is None), None)


@lru_cache(maxsize=4096)
def _articles(citations: tuple[str, ...], lang: str) -> str:
    return JOIN.join(cited(c, lang) for c in citations)


def _fee(outcome: Outcome, lang: str) -> str:
    t = translator(lang, "core")
    fee = outcome.fee
    if fee is None:
        return t("batch.fee.none")
    if fee.amount_eur is None or fee.to_confirm:
        amount = "" if fee.amount_eur is None else f"{fee.amount_eur} €"
        return t("batch.fee.to_confirm", amount=amount).strip()
    return f"{fee.amount_eur} €"


def row_cells(result: RowResult, lang: str, today: date) -> list[Any]:
    """The output row of one input row: texts, dates and numbers, as the writers put them in
    the file (and make safe)."""
    core = translator(lang, "core", AUDIENCE)
    values: dict[str, Any] = {"row": result.number, "reference": result.reference}
    outcome = result.outcome
    if outcome is None:
        values["error"] = JOIN.join(result.errors)
        return [values.get(column, "") for column in RESULT_COLUMNS]
    if outcome.procedure is not None:
        values["procedure"] = core(f"procedure.{outcome.procedure}.title")
    values["why"] = outcome.explanation
    stay = outcome.authorised_stay
    if stay is not None:
        values |= {
            "stay_start": stay.start,
            "stay_end": stay.end,
            "stay_days": stay.days,
            "capped_by": core(f"explain.capped_by.{stay.capped_by}"),
        }
    values["blocking"] = JOIN.join(core(f"explain.blocking.{b}") for b in outcome.blocking)
    values["missing_documents"] = JOIN.join(
        item.name for item in outcome.documents if item.required and not item.held
    )
    values["near_misses"] = JOIN.join(_near_miss(near, lang) for near in result.near_misses)
    action = next_action(outcome, today)
    if action is not None:
        values["next_action"] = core(f"deadline.{action.id}.title")
        values["next_action_date"] = action.date or ""
    values["fee"] = _fee(outcome, lang) if outcome.procedure not in (None, "not_applicable") else ""
    values["articles"] = _articles(tuple(outcome.citations), lang)
    values["missing_facts"] = JOIN.join(core(f"fact.{f}") for f in outcome.missing_facts)
    return [values.get(column, "") for column in RESULT_COLUMNS]


def _near_miss(near, lang: str) -> str:
    """What the look-alike is and what is needed instead (the interview's own words)."""
    from assistant.engine.render import Renderer

    return Renderer(lang, "employer").say(
        f"near_miss.{near.id}", {"words": near.text, "citation": cited(near.citation, lang)}
    )
