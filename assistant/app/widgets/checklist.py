"""A list of documents to tick whose lines wrap: a long name, its condition and its article are
read whole at 80 columns instead of being cut with an ellipsis."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList

BUTTON_LEFT, BUTTON_INNER, BUTTON_RIGHT = "▐", "X", "▌"
"""The tick box drawn as Textual's own toggle buttons draw it."""


class Checklist(SelectionList[str]):
    """Textual's ``SelectionList`` takes screen line *y* for option *y* (one line each); here
    an option may wrap over several lines: its tick box is drawn on its first line, the lines
    after it are indented under its text."""

    DEFAULT_CSS = """
    Checklist { text-wrap: wrap; text-overflow: fold; }
    """

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)
        try:
            index, line_offset = self._lines[self.scroll_offset.y + y]
            selection = self.get_option_at_index(index)
        except (IndexError, LookupError):
            return line
        underlying = (next(iter(line)).style if line.cell_length else None) or self.rich_style
        if line_offset > 0:
            return Strip([Segment(" " * self._get_left_gutter_width(), underlying), *line])
        component = "selection-list--button"
        selected = selection.value in self.selected
        if selected:
            component += "-selected"
        if self.highlighted == index:
            component += "-highlighted"
        button = self.get_component_rich_style(component) + Style(meta={"option": index})
        side = Style.from_color(button.bgcolor, underlying.bgcolor) + Style(meta={"option": index})
        return Strip(
            [
                Segment(BUTTON_LEFT, side),
                # the mark itself, not only its colour, tells held from missing (monochrome)
                Segment(BUTTON_INNER if selected else " ", button),
                Segment(BUTTON_RIGHT, side),
                Segment(" ", underlying),
                *line,
            ]
        )
