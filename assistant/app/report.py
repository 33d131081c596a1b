"""An outcome as a result people can act on: sections of lines, then Markdown or plain text.

Texts come from the ``core`` catalog (procedures, documents, deadlines, authorities, forms) and
the ``app`` catalog (headings, marks), in the result's language, which may differ from the
interface's (a Dutch-speaking agent, a French-speaking caller). For an employer (``audience``
"employer") the core texts speak of "the worker", as ``rules.decide`` words the outcome's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from i18n import cited, format_date, translator

if TYPE_CHECKING:
    from rules.models import Deadline, Outcome


@dataclass(slots=True)
class Section:
    id: str
    """``procedure``, ``stay``, ``checklist``, ``near_misses``, ``application_must_state``,
    ``obligations``, ``deadlines``, ``fee``, ``authorities``, ``forms``, ``refusal_grounds``,
    ``interpretations``, ``missing``."""
    heading: str
    lines: list[str] = field(default_factory=list)


def timeline(deadlines: list[Deadline], today: date) -> list[Deadline]:
    """Dated deadlines from the next one on, then those already past, then the undated."""
    dated = sorted((d for d in deadlines if d.date is not None), key=lambda d: d.date)
    coming = [d for d in dated if d.date >= today]
    past = [d for d in dated if d.date < today]
    return coming + past + [d for d in deadlines if d.date is None]


def sections(outcome: Outcome, lang: str, today: date, audience: str = "worker") -> list[Section]:
    t = translator(lang, "app")
    core = translator(lang, "core", audience)
    title = (
        core(f"procedure.{outcome.procedure}.title") if outcome.procedure else t("result.undecided")
    )
    result: list[Section] = []

    why = Section("procedure", title, [outcome.explanation])
    if outcome.citations:
        why.lines.append(
            t(
                "result.articles",
                articles=", ".join(cited(a, lang) for a in _articles(outcome.citations)),
            )
        )
    result.append(why)
    if outcome.procedure in (None, "not_applicable"):
        if outcome.missing_facts:
            result.append(
                Section(
                    "missing",
                    t("result.missing_facts"),
                    [core(f"fact.{f}") for f in outcome.missing_facts],
                )
            )
        return result

    stay = outcome.authorised_stay
    if outcome.blocking:  # a refusal leads, and no stay is offered beside it
        lines = [t("result.refused")]
        lines += [core(f"explain.blocking.{reason}") for reason in outcome.blocking]
    elif stay is not None:
        lines = [
            t(
                "result.stay.dates",
                start=format_date(stay.start, lang),
                end=format_date(stay.end, lang),
                days=stay.days,
            ),
            core(f"explain.capped_by.{stay.capped_by}"),
        ]
    else:
        lines = [t("result.stay.unknown")]
    if outcome.next_possible_start is not None:
        lines.append(
            core("explain.next_possible_start", date=format_date(outcome.next_possible_start, lang))
        )
    result.append(Section("stay", t("result.stay"), lines))

    checklist = Section("checklist", t("result.checklist"))
    for item in outcome.documents:
        checklist.lines.append(document_line(item, lang, audience=audience))
    if checklist.lines:
        result.append(checklist)
    if outcome.near_misses:
        result.append(
            Section(
                "near_misses", t("result.near_misses"), [near.why for near in outcome.near_misses]
            )
        )
    for field_name, heading in (
        ("application_must_state", "result.must_state"),
        ("obligations", "result.obligations"),
    ):
        statements = getattr(outcome, field_name)
        if statements:
            result.append(
                Section(
                    field_name,
                    t(heading),
                    [f"{s.text} ({cited(s.citation, lang)})" for s in statements],
                )
            )

    upcoming = Section("deadlines", t("result.deadlines"))
    first = True
    for deadline in timeline(outcome.deadlines, today):
        citation = cited(deadline.citation, lang)
        label = core(f"deadline.{deadline.id}.title")
        if deadline.date is None:
            # the note itself says that there is no date yet, and what it counts from
            upcoming.lines.append(f"{label} ({citation}). {deadline.note}".strip())
            continue
        else:
            when = format_date(deadline.date, lang)
            if deadline.date < today:
                when = t("result.deadline.past", date=when)
            elif first and deadline.kind == "action":
                when, first = t("result.deadline.next", date=when), False
        upcoming.lines.append(f"{when} — {label} ({citation}). {deadline.note}".strip())
    if upcoming.lines:
        result.append(upcoming)

    fee = outcome.fee
    if fee is not None and fee.amount_eur is not None:
        fee_lines = [
            t("result.fee.amount", amount=fee.amount_eur, citation=cited(fee.citation, lang))
        ]
        if fee.valid_from is not None:
            fee_lines.append(t("result.fee.valid_from", date=format_date(fee.valid_from, lang)))
    elif fee is not None:
        fee_lines = [t("result.fee.unknown", citation=cited(fee.citation, lang))]
    else:
        fee_lines = [t("result.fee.none")]
    if fee is not None:
        fee_lines += [core(f"fee.note.{note}") for note in fee.notes]
    result.append(Section("fee", t("result.fee"), fee_lines))

    if outcome.authorities:
        result.append(
            Section(
                "authorities",
                t("result.authorities"),
                [core(f"authority.{a}") for a in outcome.authorities],
            )
        )
    if outcome.forms:
        result.append(
            Section("forms", t("result.forms"), [core(f"form.{f}") for f in outcome.forms])
        )
    if outcome.refusal_grounds:
        result.append(
            Section(
                "refusal_grounds",
                t("result.refusal_grounds"),
                [f"{s.text} ({cited(s.citation, lang)})" for s in outcome.refusal_grounds],
            )
        )
    if outcome.interpretations:
        result.append(
            Section(
                "interpretations",
                t("result.interpretations"),
                [
                    " ".join(
                        (
                            i.reading,
                            t("result.interpretation.other", other=i.other_reading),
                            i.safer,
                        )
                    )
                    for i in outcome.interpretations
                ],
            )
        )
    if outcome.missing_facts:
        result.append(
            Section(
                "missing",
                t("result.missing_facts"),
                [core(f"fact.{f}") for f in outcome.missing_facts],
            )
        )
    return result


def document_line(item, lang: str, mark: bool = True, audience: str = "worker") -> str:
    """A checklist item: held/missing/optional mark, name, condition, article."""
    t = translator(lang, "app")
    core = translator(lang, "core", audience)
    text = item.name
    if item.condition:
        text += f" — {core(f'condition.{item.condition}')}"
    if not mark:
        return text
    sign = (
        t("result.held")
        if item.held
        else (t("result.missing") if item.required else t("result.optional"))
    )
    return f"{sign} {text} ({cited(item.citation, lang)})"


_SOURCE_ORDER = {"RD": 0, "Law": 1, "CA": 2}
_DETAIL = re.compile(r"\s+(?:\d+°|al\.\s*\d+|[a-z]\))(?=\s|$)")


def _articles(citations: list[str]) -> list[str]:
    """The articles cited, each once and in the decree's order, without the paragraph detail
    repeated ("RD 105/22 §2 1°" and "RD 105/22 §2" are "RD 105/22"; the paragraphs are given
    line by line below)."""
    from rules.decide import decree_order

    seen: dict[str, None] = {}
    for citation in citations:
        for part in citation.split(";"):
            article = _DETAIL.sub("", part.split("§")[0]).strip()
            if article:
                seen.setdefault(article, None)
    return sorted(seen, key=decree_order)


def to_markdown(outcome: Outcome, lang: str, today: date, audience: str = "worker") -> str:
    t = translator(lang, "app")
    lines = [
        f"# {t('result.heading')}",
        "",
        f"_{t('result.as_of', date=format_date(today, lang))}_",
    ]
    for section in sections(outcome, lang, today, audience):
        lines += ["", f"## {section.heading}", ""]
        if section.id in ("procedure", "stay", "fee"):
            lines += [line + "  " for line in section.lines]
        else:
            lines += [f"- {line}" for line in section.lines]
    return "\n".join(lines).rstrip() + "\n"


def to_text(outcome: Outcome, lang: str, today: date, audience: str = "worker") -> str:
    t = translator(lang, "app")
    heading = t("result.heading")
    lines = [heading, "=" * len(heading), t("result.as_of", date=format_date(today, lang))]
    for section in sections(outcome, lang, today, audience):
        lines += ["", section.heading, "-" * len(section.heading)]
        prefix = "" if section.id in ("procedure", "stay", "fee") else "* "
        lines += [prefix + line for line in section.lines]
    return "\n".join(lines).rstrip() + "\n"
