"""When the session database cannot be used: what happened, in the interface language, and a
way on — work in memory (nothing saved, and said so), another file, or the damaged file kept
aside under a new name and a fresh one started."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Label, Static

from .base import AppModalScreen

WAYS_ON = {
    "corrupt": ("fresh", "other", "memory"),
    "layout": ("fresh", "other", "memory"),
    "locked": ("retry", "other", "memory"),
    "readonly": ("other", "memory"),
    "folder": ("other", "memory"),
    "full": ("retry", "other", "memory"),
}
"""The buttons offered for each kind of problem, the first one focused."""


class StoreProblemScreen(AppModalScreen[str]):
    """Dismisses with ``memory``, ``other``, ``fresh`` or ``retry``."""

    BINDINGS = [Binding("escape", "memory", "binding.store_memory")]

    def __init__(self, kind: str, path: str) -> None:
        super().__init__()
        self.kind = kind if kind in WAYS_ON else "corrupt"
        self.path = path

    def compose(self) -> ComposeResult:
        t = self.app.t
        with Vertical(id="dialog"):
            yield Label(t("store.problem.title"), id="dialog-title")
            yield Static(
                t(f"store.problem.{self.kind}", path=self.path), id="problem", markup=False
            )
            with Vertical(id="dialog-choices"):  # one per line: long words in German
                for way in WAYS_ON[self.kind]:
                    yield Button(
                        t(f"store.way.{way}"),
                        id=way,
                        compact=True,
                        variant="primary" if way == WAYS_ON[self.kind][0] else "default",
                    )

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "memory")

    def action_memory(self) -> None:
        self.dismiss("memory")
