"""The interview: the conversation, the facts panel beside it (toggled on narrow terminals),
and the answer bar."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Static

from ..case import Entry
from ..messages import AnswerSubmitted, DocumentsChosen, EditAnswer, FactEdited
from ..widgets.answer import AnswerBar
from ..widgets.chat import ChatLog
from ..widgets.facts import FactsPanel
from ..widgets.footer import KeysFooter
from .base import AppScreen

NARROW = 100
"""Below this width the facts panel is toggled instead of shown beside the conversation."""


class InterviewScreen(AppScreen):
    """The chat interview."""

    BINDINGS = [
        Binding("f4", "toggle_facts", "binding.facts"),
        Binding("f5", "result", "binding.result"),
        Binding("f7", "why", "binding.why"),
        Binding("f8", "back", "binding.back"),
        Binding("f9", "help", "binding.help", show=False),
        Binding("escape", "select_answer", "binding.select_answer", show=False),
    ]

    show_all_facts = False
    """Helpdesk: every fact as a form, not only those gathered."""

    def compose(self) -> ComposeResult:
        yield Static("", id="title-bar", markup=False)
        with Horizontal(id="body"):
            yield ChatLog(id="chat")
            yield FactsPanel(show_all=self.show_all_facts, id="facts")
        yield AnswerBar(id="answer-bar")
        yield KeysFooter()

    def on_mount(self) -> None:
        app = self.app
        self._layout(self.size.width)
        if app.case is None:
            question = app.opening
            self.query_one(ChatLog).show(
                [Entry("assistant", "question", question.text, question.id)]
            )
            self.query_one(AnswerBar).show_question(question, app.t)
        self.query_one(AnswerBar).focus_input()
        self.show_titles()

    def on_resize(self, event) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")

    # --- showing the case --------------------------------------------------------------------

    def show_titles(self) -> None:
        t = self.app.t
        case = self.app.case
        parts = [t("app.title")]
        if case is not None:
            parts.append(case.title or case.summary())
            if case.result_lang and case.result_lang != case.lang:
                parts.append(t("app.result_in", language=t(f"language.{case.result_lang}")))
        parts.append(self.app.save_status)
        self.query_one("#title-bar", Static).update(" · ".join(p for p in parts if p))

    _result_first = False
    """A fact is being edited in the panel (what-if): its outcome is drawn first."""

    def show_case(self, reset: bool = False) -> None:
        """Show the case as it is now (after an answer, an edit, a language switch)."""
        case = self.app.case
        if case is None:
            return
        if self._result_first and not reset:
            # what-if: the person looks at the outcome in the panel; it is in the first frame,
            # the conversation and the question it brings in the next one (the whole screen
            # moves for them: 20-30 ms of layout and drawing before the outcome showed)
            self._result_first = False
            self.query_one(FactsPanel).show(case, case.lang)
            self.show_titles()
            self._after_next_frame(self._show_conversation)
            return
        self._show_conversation(reset)
        if self.query_one(FactsPanel).display:
            self._show_facts()
        else:  # hidden behind the conversation (narrow): brought up to date after the frame
            self._after_next_frame(self._show_facts)
        self.show_titles()

    def _show_facts(self) -> None:
        case = self.app.case
        if case is not None:
            self.query_one(FactsPanel).show(case, case.lang)

    _after_frame: tuple = ()

    def _after_next_frame(self, callback) -> None:
        """``callback`` once the next frame is drawn (``call_after_refresh`` runs it before,
        when the screen is idle before the changes made reach it)."""
        if callback in self._after_frame:
            return
        self._after_frame += (callback,)
        if len(self._after_frame) > 1:
            return  # already waiting for that frame
        chat = self.query_one(ChatLog)
        signal = self.screen_layout_refresh_signal

        def drawn(_screen) -> None:
            signal.unsubscribe(chat)
            callbacks, self._after_frame = self._after_frame, ()
            for waiting in callbacks:
                waiting()

        signal.subscribe(chat, drawn)

    def _show_conversation(self, reset: bool = False) -> None:
        """The conversation and the question on the answer line, as the case is now."""
        case = self.app.case
        if case is None:
            return
        chat = self.query_one(ChatLog)
        if reset:
            chat.reset()
            # the answer selected with Esc is gone with the old case: typing goes on here
            self.query_one(AnswerBar).focus_input()
        chat.show(case.entries, self.app.t("chat.result_ready"))
        question = case.question()
        self.query_one(AnswerBar).show_question(question, self.app.t, case.held_documents())

    # --- the person acts ---------------------------------------------------------------------

    async def on_answer_submitted(self, message: AnswerSubmitted) -> None:
        await self.app.act(lambda case: case.answer(message.text))

    async def on_documents_chosen(self, message: DocumentsChosen) -> None:
        await self.app.act(lambda case: case.set_documents(message.held))

    async def on_edit_answer(self, message: EditAnswer) -> None:
        case = await self.app.loaded()
        previous = case.last_answer(message.question)
        await self.app.act(lambda case: case.reopen(message.question))
        self.query_one(AnswerBar).prefill(previous)

    async def on_fact_edited(self, message: FactEdited) -> None:
        self._result_first = True
        try:
            step = await self.app.act(lambda case: case.edit(message.question, message.text))
        finally:
            self._result_first = False
        if not self.is_current:  # the result came up over it: nothing here to draw first
            self._show_conversation()
        if step is not None and not step.accepted:
            self.notify("\n".join(m.text for m in step.messages), severity="error")

    def action_toggle_facts(self) -> None:
        """F4: into the facts panel (on a narrow terminal it takes the conversation's place),
        and back to the answer line."""
        facts = self.query_one(FactsPanel)
        focused = self.focused
        inside = focused is not None and (focused is facts or facts in focused.ancestors)
        if self.has_class("-facts-open") and (inside or self.has_class("-narrow")):
            self.remove_class("-facts-open")
            self.query_one(AnswerBar).focus_input()
            # what was said while the panel hid the conversation (a fact edited, the question
            # it brought) is at the end: show it, not where the conversation was left
            chat = self.query_one(ChatLog)
            self.call_after_refresh(chat.scroll_end, animate=False)
        else:
            self._show_facts()  # as the case is now, even if the frame it waited for is not drawn
            self.add_class("-facts-open")
            facts.focus()

    def on_screen_resume(self) -> None:
        """Back from the result (or the session list): the conversation's end is in view,
        whatever was said while this screen was covered."""
        chat = self.query_one(ChatLog)
        self.call_after_refresh(chat.scroll_end, animate=False)

    def action_select_answer(self) -> None:
        """Escape: from the answer line to the answers above (Up/Down, Enter edits); again:
        back to the answer line."""
        answer_bar = self.query_one(AnswerBar)
        if self.focused is not None and self.focused in answer_bar.query("*"):
            self.query_one(ChatLog).select_last_answer()
        else:
            answer_bar.focus_input()

    async def action_why(self) -> None:
        await self.app.act(lambda case: case.command("why"))

    async def action_back(self) -> None:
        """F8: the previous question again, its answer ready to edit on the answer line."""
        step = await self.app.act(lambda case: case.command("back"))
        question = step.question if step is not None else None
        case = self.app.case
        if question is not None and case is not None:
            previous = case.last_answer(question.id)
            if previous and question.kind != "documents":
                self.query_one(AnswerBar).prefill(previous)

    async def action_help(self) -> None:
        await self.app.act(lambda case: case.command("help"))

    def action_result(self) -> None:
        self.app.action_result()
