"""The facts panel: every fact gathered so far, each editable in place (what-if), and the
outcome for them, re-evaluated at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from i18n import country_name, format_date, translator

from ..messages import FactEdited

if TYPE_CHECKING:
    from ..case import Case

LOCATION_CHOICE = {
    ("abroad", None): "abroad",
    ("belgium", "seasonal_short_stay"): "short_stay",
    ("belgium", "seasonal_long_stay"): "long_stay",
    ("belgium", "other"): "other",
    ("belgium", "none"): "other",
}


def _period(period, lang: str) -> str:
    return (
        f"{format_date(period.start, lang, 'medium')} – {format_date(period.end, lang, 'medium')}"
    )


def describe(case: Case, question: str, lang: str) -> str:
    """A fact in words, the way the panel shows it."""
    state = case.interview.state
    facts = state.facts
    t = translator(lang, "app")
    interview_t = translator(lang, "interview")
    if question in state.unknown:
        return t("facts.unknown")
    match question:
        case "role":
            return interview_t(f"choice.role.{state.role}") if state.role else ""
        case "nationality":
            return country_name(facts.nationality, lang) if facts.nationality else ""
        case "location":
            key = LOCATION_CHOICE.get((facts.location, facts.status))
            return interview_t(f"choice.location.{key}") if key else ""
        case "current_stay" | "work":
            period = getattr(facts, question)
            return _period(period, lang) if period else ""
        case "previous_stays":
            if facts.previous_seasonal_stays is None:
                return ""
            stays = [*facts.previous_seasonal_stays, *(facts.previous_schengen_stays or [])]
            return "; ".join(_period(p, lang) for p in stays) or t("facts.none")
        case "age":
            return str(facts.age) if facts.age is not None else ""
        case "entry_date" | "filed_on":
            day = getattr(facts, question)
            return format_date(day, lang) if day else ""
        case "documents":
            if facts.documents is None:
                return ""
            core = translator(lang, "core")
            return ", ".join(core(f"doc.{d}.name") for d in facts.documents) or t("facts.none")
    return ""


class FactRow(Vertical):
    """One fact: its name, its value in words, and a line to change it."""

    DEFAULT_CSS = """
    FactRow { height: auto; margin-bottom: 1; }
    FactRow .fact-name { color: $text-muted; text-style: bold; }
    FactRow .fact-value { color: $success; }
    FactRow Input { width: 1fr; }
    """

    def __init__(self, question: str) -> None:
        super().__init__(id=f"fact-{question}")
        self.question = question
        self._shown: tuple[str, str] | None = None

    def compose(self) -> ComposeResult:
        yield Label("", classes="fact-name")
        yield Static("", classes="fact-value", markup=False)
        yield Input(compact=True, id=f"fact-input-{self.question}")

    def show(self, name: str, value: str, typed: str) -> None:
        if self._shown != (name, value):  # an update lays the panel out again: only on change
            self._shown = (name, value)
            self.query_one(".fact-name", Label).update(name)
            self.query_one(".fact-value", Static).update(value or "—")
        field = self.query_one(Input)
        if not field.has_focus:
            field.value = typed

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.post_message(FactEdited(self.question, event.value))


class FactsPanel(VerticalScroll):
    """The facts so far (``show_all``: every question, as a form) and the outcome for them."""

    DEFAULT_CSS = """
    FactsPanel { width: 36; border-left: solid $primary; padding: 0 1; }
    FactsPanel #outcome { margin-bottom: 1; text-style: bold; color: $accent; }
    FactsPanel #facts-title { text-style: bold underline; }
    """

    def __init__(self, show_all: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.show_all = show_all

    def compose(self) -> ComposeResult:
        yield Static("", id="facts-title")
        yield Static("", id="outcome", markup=False)

    def show(self, case: Case | None, lang: str) -> None:
        t = translator(lang, "app")
        self.query_one("#facts-title", Static).update(t("facts.title"))
        if case is None:
            return
        from assistant.engine import FACT_QUESTION_IDS

        outcome = case.interview.outcome()
        self.query_one("#outcome", Static).update(outcome_summary(outcome, lang, case.audience))
        state = case.interview.state
        if self.show_all:
            wanted = [q for q in FACT_QUESTION_IDS if q != "role" or state.role != "helpdesk"]
        else:
            wanted = [q for q in FACT_QUESTION_IDS if q in state.answered or q in state.unknown]
        rows = {row.question: row for row in self.query(FactRow)}
        for question in rows.keys() - set(wanted):
            rows.pop(question).remove()
        for question in wanted:
            row = rows.get(question)
            if row is None:
                row = FactRow(question)
                self.mount(row)
            value = describe(case, question, lang)
            # the helpdesk form has no room for both: it shows each fact in words, ready to
            # edit (a fact another answer filled shows too); the panel shows what was typed
            typed = value if self.show_all and value else case.last_answer(question)
            self.call_after_refresh(_fill, row, t(f"fact.{question}"), value, typed)


def _fill(row: FactRow, name: str, value: str, typed: str) -> None:
    if row.is_attached:
        row.show(name, value, typed)


def outcome_summary(outcome, lang: str, audience: str = "worker") -> str:
    """The procedure and the authorised stay, in two lines (worded for ``audience``)."""
    t = translator(lang, "app")
    if outcome is None or outcome.procedure is None:
        return t("facts.no_outcome")
    core = translator(lang, "core", audience)
    lines = [core(f"procedure.{outcome.procedure}.title")]
    stay = outcome.authorised_stay
    if stay is not None:
        lines.append(
            t(
                "facts.stay",
                start=format_date(stay.start, lang, "medium"),
                end=format_date(stay.end, lang, "medium"),
                days=stay.days,
            )
        )
    lines += [core(f"explain.blocking.{reason}") for reason in outcome.blocking]
    return "\n".join(lines)
