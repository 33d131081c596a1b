"""The case on screen was saved from another window meanwhile: nothing was overwritten. Reload
the other window's version, or keep this one as a new case — neither loses what was typed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from .base import AppModalScreen


class ConflictScreen(AppModalScreen[str]):
    """Dismisses with ``reload`` or ``copy``."""

    BINDINGS = [Binding("escape", "copy", "binding.conflict_copy")]

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(id="dialog"):
            yield Label(t("store.conflict.title"), id="dialog-title")
            yield Static(t("store.conflict.text"), markup=False)
            with Horizontal(id="dialog-buttons"):
                yield Button(
                    t("store.conflict.reload"), id="reload", compact=True, variant="primary"
                )
                yield Button(t("store.conflict.copy"), id="copy", compact=True)

    def on_mount(self) -> None:
        self.query_one("#reload", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "copy")

    def action_copy(self) -> None:
        self.dismiss("copy")
