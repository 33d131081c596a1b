"""The session list (the helpdesk's case history): search, reopen, rename, delete."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from i18n import translator

from ..store import StoreProblem
from ..widgets.footer import KeysFooter
from .base import AppScreen
from .rename import RenameScreen


class SessionsScreen(AppScreen[str | None]):
    """Dismisses with the id of the session to open, or None."""

    BINDINGS = [
        Binding("escape", "close", "binding.close"),
        Binding("f2", "rename", "binding.rename"),
        Binding("delete", "delete", "binding.delete"),
        Binding("ctrl+d", "delete", "binding.delete", show=False),
    ]

    def compose(self) -> ComposeResult:
        t = self.app.t
        yield Static(t("sessions.title"), id="sessions-title", markup=False)
        yield Input(placeholder=t("sessions.search"), id="search", compact=True)
        yield OptionList(id="sessions")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.show_sessions()
        self.query_one(OptionList).focus()

    def show_sessions(self) -> None:
        search = self.query_one("#search", Input).value
        t = self.app.t
        options = self.query_one(OptionList)
        options.clear_options()
        current = self.app.case.id if self.app.case else None
        core = translator(self.app.lang, "core")
        try:
            summaries = self.app.store.sessions(search)
        except StoreProblem as problem:
            summaries = []
            self.notify(t("store.unsaved.other", path=str(problem.path)), severity="error")
        for summary in summaries:
            mark = "●" if summary.id == current else ("✓" if summary.done else "…")
            when = summary.updated[:16].replace("T", " ")
            title = summary.title or t("sessions.untitled")
            procedure = (
                core(f"procedure.{summary.procedure}.title")
                if summary.procedure and not summary.title
                else ""
            )
            label = f"{mark} {when}  {title}"
            if procedure and procedure not in title:
                label += f" · {procedure}"
            options.add_option(Option(Text(label), id=summary.id))  # a title is never markup
        if options.option_count:
            options.highlighted = 0
        else:
            options.add_option(Option(t("sessions.empty"), disabled=True))

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show_sessions()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.dismiss(event.option.id)

    def _highlighted(self) -> str | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        return options.get_option_at_index(options.highlighted).id

    def action_rename(self) -> None:
        session_id = self._highlighted()
        if session_id is None:
            return

        def renamed(title: str | None) -> None:
            if title is not None:
                self.app.rename_session(session_id, title)
                self.show_sessions()

        self.app.push_screen(RenameScreen(self.app.t("sessions.rename"), ""), renamed)

    def action_delete(self) -> None:
        session_id = self._highlighted()
        if session_id is not None:
            self.app.delete_session(session_id)
            self.show_sessions()

    def action_close(self) -> None:
        self.dismiss(None)
