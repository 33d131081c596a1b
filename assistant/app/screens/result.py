"""The result: the procedure and why, the authorised stay, the checklist to tick, deadlines as a
timeline, fee, authorities and forms — in the result's language. Export and copy from here."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from i18n import cited

from ..messages import DocumentsChosen
from ..report import document_line, sections
from ..widgets.checklist import Checklist
from ..widgets.footer import KeysFooter
from .base import AppScreen


class ResultScreen(AppScreen):
    """The outcome of the case, kept up to date as facts change."""

    BINDINGS = [
        Binding("escape", "close", "binding.close"),
        Binding("f5", "close", "binding.close", show=False),
        Binding("ctrl+e", "export('md')", "binding.export_markdown"),
        Binding("ctrl+t", "export('txt')", "binding.export_text"),
        # the deadlines into a calendar (.ics): in the palette and the keys panel, off the footer
        Binding("ctrl+k", "export('ics')", "binding.export_calendar", show=False),
        Binding("ctrl+y", "copy_result", "binding.copy"),
        # still at hand (palette, keys panel), off the footer: the result's own keys fit
        Binding("f6", "app.sessions", "binding.sessions", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Static("", id="result-title", markup=False)
        yield VerticalScroll(id="result")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.show_case()

    def show_case(self, reset: bool = False) -> None:
        app = self.app
        case = app.case
        if case is None:
            return
        lang = case.output_lang
        t = app.translator(lang)
        self.query_one("#result-title", Static).update(
            f"{t('result.heading')} · {t(f'language.{lang}')}"
        )
        outcome = case.outcome(lang)
        body = self.query_one("#result", VerticalScroll)
        focused_index = None
        checklist = self.query(Checklist)
        if checklist:
            focused_index = checklist.first().highlighted
        body.remove_children()
        if outcome is None:
            body.mount(Static(t("result.undecided"), markup=False))
            return
        widgets = []
        for section in sections(outcome, lang, case.interview.state.today, case.audience):
            widgets.append(Static(section.heading, classes="heading", markup=False))
            if section.id == "checklist":
                widgets.append(Static(t("result.checklist_hint"), classes="hint", markup=False))
                choices = Checklist(
                    *(
                        (
                            Text(
                                f"{document_line(item, lang, mark=False, audience=case.audience)} "
                                f"({cited(item.citation, lang)})"
                            ),
                            item.id,
                            item.held,
                        )
                        for item in outcome.documents
                    ),
                    classes="checklist",
                )
                widgets.append(choices)
            else:
                widgets += [
                    Static(line, classes=f"line {section.id}", markup=False)
                    for line in section.lines
                ]
        body.mount_all(widgets)
        if focused_index is not None:
            self.call_after_refresh(self._refocus, focused_index)
        else:
            self.call_after_refresh(self._focus_first)

    def _refocus(self, index: int) -> None:
        checklist = self.query(".checklist")
        if checklist:
            widget = checklist.first()
            widget.highlighted = index
            widget.focus()

    def _focus_first(self) -> None:
        """The page opens at the top (the procedure first) and takes the keys, so that Down and
        PageDown scroll it; Tab goes on to the checklist. (A checklist focused below the fold
        would take Down and Space without anything moving on screen.)"""
        body = self.query_one("#result")
        body.focus(scroll_visible=False)
        body.scroll_home(animate=False)

    async def on_checklist_toggled(self, event: Checklist.Toggled) -> None:
        event.stop()
        held = event.checklist.selected
        self.post_message(DocumentsChosen(held))

    async def on_documents_chosen(self, message: DocumentsChosen) -> None:
        await self.app.act(lambda case: case.set_documents(message.held))

    def action_close(self) -> None:
        self.dismiss()

    def action_export(self, fmt: str) -> None:
        self.app.export_result(fmt)

    def action_copy_result(self) -> None:
        self.app.copy_result()
