"""The helpdesk layout: every fact as a form beside a compact conversation, and case notes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Static, TextArea

from ..widgets.answer import AnswerBar
from ..widgets.chat import ChatLog
from ..widgets.facts import FactsPanel
from ..widgets.footer import KeysFooter
from .interview import InterviewScreen


class HelpdeskScreen(InterviewScreen):
    """The interview for an agent on a call."""

    BINDINGS = [
        # off the footer, which has no room for them at 80 columns (the palette lists them): the
        # form is always shown, F4 only takes the focus there; an agent edits the form rather
        # than going back
        Binding("f4", "toggle_facts", "binding.facts", show=False),
        Binding("f7", "why", "binding.why", show=False),
        Binding("f8", "back", "binding.back", show=False),
        Binding("f10", "notes", "binding.notes"),
        Binding("ctrl+s", "transcript", "binding.transcript"),
    ]
    show_all_facts = True

    def compose(self) -> ComposeResult:
        yield Static("", id="title-bar", markup=False)
        with Horizontal(id="body"):
            yield FactsPanel(show_all=True, id="facts")
            with Vertical(id="talk"):
                yield ChatLog(id="chat")
                yield TextArea(id="notes", soft_wrap=True)
        yield AnswerBar(id="answer-bar")
        yield KeysFooter()

    def show_case(self, reset: bool = False) -> None:
        super().show_case(reset)
        case = self.app.case
        notes = self.query_one("#notes", TextArea)
        if case is not None and (reset or not notes.has_focus) and notes.text != case.notes:
            notes.load_text(case.notes)
        notes.border_title = self.app.t("helpdesk.notes")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        case = self.app.case
        if case is not None and event.text_area.text != case.notes:
            case.notes = event.text_area.text
            self.app.save()

    def action_notes(self) -> None:
        notes = self.query_one("#notes", TextArea)
        if notes.has_focus:
            self.query_one(AnswerBar).focus_input()
        else:
            notes.focus()

    def action_transcript(self) -> None:
        self.app.save_transcript()
