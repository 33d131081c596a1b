"""A list of documents to tick whose lines wrap: a long name, its condition and its article are
read whole at 80 columns instead of being cut with an ellipsis.

Built on Textual's public ``OptionList``: each option's prompt is a two-column grid, the tick box
in the first column and the document in the second, so the lines after the first stay indented
under the text by the grid itself. Whether a document is held is kept on its option."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Self

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

BUTTON_LEFT, BUTTON_INNER, BUTTON_RIGHT = "▐", "X", "▌"
"""The tick box drawn as Textual's own toggle buttons draw it."""

BOX_WIDTH = 4
"""The box and the space after it: the indentation of a document's further lines."""

Document = tuple[str | Text, str] | tuple[str | Text, str, bool]
"""A line of the list: its words, its value (a document id) and whether it is held."""


class Checklist(OptionList):
    """Documents to tick, each with one tick box on its first line; Space (or Enter, or a
    click) ticks or unticks the highlighted one and posts :class:`Checklist.Toggled`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "select", "Toggle option", show=False)
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"checklist--box", "checklist--box-held"}

    DEFAULT_CSS = """
    Checklist {
        height: auto;
        & > .checklist--box { color: $panel-darken-2; background: $panel; }
        & > .checklist--box-held { color: $text-success; background: $panel; }
    }
    """

    class Toggled(Message):
        """A document was ticked or unticked by the person (not by the program)."""

        def __init__(self, checklist: Checklist, value: str) -> None:
            super().__init__()
            self.checklist = checklist
            self.value = value

        @property
        def control(self) -> Checklist:
            return self.checklist

    def __init__(
        self,
        *documents: Document,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        lines = (_Line(self, *document) for document in documents)
        super().__init__(*lines, name=name, id=id, classes=classes, disabled=disabled)

    @property
    def selected(self) -> list[str]:
        """The values of the held documents, in the order of the list."""
        return [
            option.value for option in self.options if isinstance(option, _Line) and option.held
        ]

    def add_options(self, new_options: Iterable[Document | Option | None]) -> Self:  # type: ignore[override]
        """Add documents, each ``(label, value)`` or ``(label, value, held)``."""
        return super().add_options(
            _Line(self, *document) if isinstance(document, tuple) else document
            for document in new_options
        )

    def toggle(self, index: int) -> None:
        """Tick the document at ``index`` if it was not, untick it if it was."""
        line = self.get_option_at_index(index)
        if not isinstance(line, _Line):
            return
        line.held = not line.held
        self.replace_option_prompt_at_index(index, line.grid())
        self.post_message(self.Toggled(self, line.value))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.toggle(event.option_index)

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()  # the list's own business, as in Textual's SelectionList


class _Line(Option):
    """A document of the list: its words, its value and whether it is held."""

    def __init__(self, checklist: Checklist, label: str | Text, value: str, held: bool = False):
        self.checklist = checklist
        self.label = Text(label) if isinstance(label, str) else label
        self.value = value
        self.held = held
        super().__init__(self.grid())

    def grid(self) -> Table:
        """The tick box in the first column, the words wrapping in the second."""
        grid = Table.grid(expand=True)
        grid.add_column(width=BOX_WIDTH, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(_TickBox(self.checklist, self.held), self.label)
        return grid


class _TickBox:
    """The tick box, in the colours the list's CSS gives it when it is drawn (a theme change
    recolours it). The mark itself, not only its colour, tells held from missing (monochrome)."""

    def __init__(self, checklist: Checklist, held: bool) -> None:
        self.checklist = checklist
        self.held = held

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        component = "checklist--box-held" if self.held else "checklist--box"
        # not bold on the highlighted row: the box keeps its shape whatever the cursor's style
        box = self.checklist.get_component_rich_style(component) + Style(bold=False)
        side = Style(color=box.bgcolor, bold=False)  # the half blocks on the row's background
        yield Segment(BUTTON_LEFT, side)
        yield Segment(BUTTON_INNER if self.held else " ", box)
        yield Segment(BUTTON_RIGHT, side)
        yield Segment(" ")
