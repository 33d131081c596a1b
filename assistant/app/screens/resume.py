"""On start: offer to resume the last unfinished session."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from .base import AppModalScreen


class ResumeScreen(AppModalScreen[bool]):
    """Dismisses with True to resume, False to start anew."""

    BINDINGS = [
        Binding("escape", "new", "binding.new_session"),
        Binding("r", "resume", "binding.resume", show=False),
        Binding("n", "new", "binding.new_session", show=False),
    ]

    def __init__(self, description: str) -> None:
        super().__init__()
        self.description = description

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(id="dialog"):
            yield Label(t("resume.title"), id="dialog-title")
            yield Static(self.description, markup=False)  # wraps (a Label is cut)
            with Horizontal(id="dialog-buttons"):
                yield Button(t("resume.resume"), id="resume", variant="primary", compact=True)
                yield Button(t("resume.new"), id="new", compact=True)

    def on_mount(self) -> None:
        self.query_one("#resume", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "resume")

    def action_resume(self) -> None:
        self.dismiss(True)

    def action_new(self) -> None:
        self.dismiss(False)
