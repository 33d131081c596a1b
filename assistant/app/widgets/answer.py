"""Where the person answers: the choices of a closed question as buttons (or a list to tick for
documents), the expected format, and a line to type in."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from ..messages import AnswerSubmitted, DocumentsChosen
from .checklist import Checklist


class AnswerBar(Vertical):
    """Answers to the question on screen, as :class:`AnswerSubmitted` or
    :class:`DocumentsChosen` messages."""

    DEFAULT_CSS = """
    AnswerBar { height: auto; max-height: 14; border-top: solid $primary; }
    AnswerBar #choices { height: auto; layout: vertical; }
    AnswerBar #choices Button { margin: 0 1 0 0; min-width: 4; }
    AnswerBar #documents { height: auto; max-height: 7; border: none; padding: 0; }
    AnswerBar #documents-bar { height: auto; }
    AnswerBar #hint { color: $text-muted; padding: 0 1; }
    """

    _shown_question: str | None = None
    _shown: tuple = ()

    _typing_moved = False
    """Keys typed in the document list go to the answer line from the first one on, and keep
    going there while the focus moves (keys already on their way to the list included)."""

    def compose(self) -> ComposeResult:
        # hidden until a question needs them, shown and hidden with ``display``: a class
        # toggled would apply the style sheet again to the list and its buttons (~2 ms each)
        choices = Horizontal(id="choices")
        documents = Checklist(id="documents")
        documents_bar = Horizontal(id="documents-bar")
        for widget in (choices, documents, documents_bar):
            widget.display = False
        yield choices
        yield documents
        with documents_bar:
            yield Button("", id="documents-done", compact=True, variant="primary")
        yield Static("", id="hint", markup=False)
        # not select_on_focus: a key typed in the document list moves the focus here, and the
        # selection made on focus would let the next key replace the first one
        yield Input(id="answer", compact=True, select_on_focus=False)

    def show_question(self, question: Any, t: Any, held: list[str] | None = None) -> None:
        """Show how to answer ``question`` (an engine ``Question``, or the opening one)."""
        shown = (
            getattr(question, "id", None),
            getattr(question, "text", None),
            getattr(question, "hint", None),
            tuple(held or ()),
            t("answer.placeholder"),
        )
        if shown == self._shown:
            return  # the same question, the same words: nothing to lay out again (a what-if)
        self._shown = shown
        choices = self.query_one("#choices", Horizontal)
        documents = self.query_one("#documents", Checklist)
        documents_bar = self.query_one("#documents-bar")
        hint = self.query_one("#hint", Static)
        answer = self.query_one("#answer", Input)
        choices.remove_children()
        kind = question.kind if question is not None else None
        if kind == "choice":
            choices.mount_all(
                Button(f"{c.value} {c.label}", name=c.value, classes="choice", compact=True)
                for c in question.choices
            )
        choices.display = kind == "choice"
        is_documents = kind == "documents"
        documents.clear_options()
        if is_documents:
            documents.add_options(
                (c.label, c.value, c.value in (held or [])) for c in question.choices
            )
            documents.highlighted = 0
            self.query_one("#documents-done", Button).label = t("answer.documents_done")
        documents.display = is_documents
        documents_bar.display = is_documents
        if question is None:
            hint.update(t("answer.done_hint"))
        else:
            text = t("answer.format", hint=question.hint)
            # the list has the focus as the question comes: no "Tab to the list"
            hint.update(f"{t('answer.documents_hint_list')} {text}" if is_documents else text)
        answer.placeholder = t("answer.placeholder")
        question_id = question.id if question is not None else None
        if question_id != self._shown_question:
            self._shown_question = question_id
            if is_documents:
                documents.focus()
            elif self.screen.focused is not None and self.screen.focused.parent is documents_bar:
                answer.focus()

    def prefill(self, text: str) -> None:
        answer = self.query_one("#answer", Input)
        answer.value = text
        answer.cursor_position = len(text)
        answer.focus()

    def focus_input(self) -> None:
        self.query_one("#answer", Input).focus()

    def on_key(self, event) -> None:
        """Typing while the document list has the focus goes to the answer line."""
        documents = self.query_one("#documents", Checklist)
        answer = self.query_one("#answer", Input)
        typing = (
            event.is_printable
            and event.character is not None
            and (event.character != " " or bool(answer.value))
        )  # a first space ticks
        if typing and (documents.has_focus or self._typing_moved):
            self._typing_moved = True
            answer.focus()
            answer.insert_text_at_cursor(event.character)
            event.stop()
            event.prevent_default()

    def on_descendant_focus(self, event) -> None:
        if event.widget.id == "documents":  # back in the list: Space ticks again
            self._typing_moved = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value
        if not text.strip():
            return
        event.input.value = ""
        self.post_message(AnswerSubmitted(text))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "documents-done":
            documents = self.query_one("#documents", Checklist)
            self.post_message(DocumentsChosen(list(documents.selected)))
        elif event.button.has_class("choice") and event.button.name:
            self.post_message(AnswerSubmitted(event.button.name))
