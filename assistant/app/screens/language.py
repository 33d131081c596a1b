"""Pick a language (for the interface, or for the result and its exports)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from i18n import LANGUAGES, NATIVE_NAMES

from .base import AppModalScreen


class LanguageScreen(AppModalScreen[str | None]):
    """A choice of four languages; dismisses with the language code, or None."""

    BINDINGS = [Binding("escape", "cancel", "binding.cancel")]

    def __init__(self, title: str, current: str) -> None:
        super().__init__()
        self.title_text = title
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            yield OptionList(
                *(Option(f"{NATIVE_NAMES[lang]} ({lang})", id=lang) for lang in LANGUAGES),
                id="languages",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = LANGUAGES.index(self.current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
