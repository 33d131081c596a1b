"""The conversation pane: the assistant's questions and messages, the person's answers."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Static

from ..case import Entry
from ..messages import EditAnswer


class Bubble(Static):
    """One entry of the conversation; an accepted answer can be selected to edit it."""

    BINDINGS = [
        Binding("enter", "edit", "binding.edit"),
        Binding("up", "move(-1)", "binding.previous", show=False),
        Binding("down", "move(1)", "binding.next", show=False),
    ]

    DEFAULT_CSS = """
    Bubble { width: 1fr; height: auto; padding: 0 1; margin: 0 0 0 0; }
    Bubble.user { margin-left: 8; color: $text; background: $primary 20%; text-align: right; }
    Bubble.user.editable:focus { background: $accent 40%; text-style: bold; }
    Bubble.error { color: $error; }
    Bubble.confirm { color: $success; }
    Bubble.why, Bubble.help, Bubble.info { color: $text-muted; }
    Bubble.question { text-style: bold; margin-top: 1; }
    Bubble.command { color: $text-muted; text-style: italic; }
    """

    def __init__(self, entry: Entry) -> None:
        kinds = [entry.who, entry.kind]
        editable = entry.who == "user" and entry.result == "accepted" and bool(entry.question)
        if editable:
            kinds.append("editable")
        elif entry.who == "user" and entry.result not in ("accepted", "error"):
            kinds.append("command")
        super().__init__(entry.text, classes=" ".join(kinds), markup=False)
        self.entry = entry
        self.can_focus = editable

    def action_edit(self) -> None:
        if self.entry.question:
            self.post_message(EditAnswer(self.entry.question))

    def on_click(self) -> None:
        self.action_edit()

    def action_move(self, offset: int) -> None:
        """Up/Down: the previous or next answer that can be edited."""
        bubbles = [b for b in self.parent.query(Bubble) if b.can_focus]
        index = bubbles.index(self) + offset
        if 0 <= index < len(bubbles):
            self.parent.release_anchor()  # the conversation stays where the person looks
            bubbles[index].focus()
            bubbles[index].scroll_visible()


class ChatLog(VerticalScroll):
    """The conversation, appended to as it goes (the entries live in the ``Case``)."""

    DEFAULT_CSS = """
    ChatLog { height: 1fr; padding: 0 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._shown = 0

    def on_mount(self) -> None:
        # anchored to its end: a new question is laid out in view in the frame that shows it
        # (scrolling after a refresh took one frame more)
        self.anchor()

    def _get_scrollable_region(self, region: Region) -> Region:
        """Textual's layout keeps an anchored view at its end with the height it had at the
        previous layout: when the answer bar grows in the same layout (choices to press, the
        document list), the conversation shrinks and its last lines, the new question, stayed
        cut off until one frame later. The layout asks this first with the height it gives the
        conversation now: the anchor uses that one."""
        self._container_size = region.size
        return super()._get_scrollable_region(region)

    def show(self, entries: list[Entry], result_text: str = "") -> None:
        """Mount the entries not shown yet (all of them after :meth:`reset`)."""
        new = entries[self._shown :]
        if len(entries) < self._shown:
            self.reset()
            new = entries
        bubbles = []
        for entry in new:
            if entry.kind == "result":
                entry = Entry(entry.who, "info", result_text, entry.question, entry.result)
            bubbles.append(Bubble(entry))
        self._shown = len(entries)
        if bubbles:
            self.mount_all(bubbles)
            self.anchor()

    def select_last_answer(self) -> bool:
        """Focus the last answer that can be edited (False when there is none)."""
        bubbles = [b for b in self.query(Bubble) if b.can_focus]
        if bubbles:
            self.release_anchor()
            bubbles[-1].focus()
            bubbles[-1].scroll_visible()
        return bool(bubbles)

    def reset(self) -> None:
        self.remove_children()
        self._shown = 0
