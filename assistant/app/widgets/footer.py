"""The keys at the bottom of every screen: Textual's footer, laid out again only when the keys
it shows change.

Textual's footer is composed anew each time the focus moves (an answer, a fact edited, the
document list): ten widgets mounted and laid out, one frame more after every answer. Its keys
change far less often (a language switch, a bubble selected to edit). And each new key stays
referenced by the footer (a watcher of its ``compact`` style, dropped only when that changes):
kept alive for the whole session, they made every full garbage collection longer.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Footer


class KeysFooter(Footer):
    """A compact footer of the screen's keys (every key fits in 80 columns, in all four
    languages), composed again only when they change."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._keys_shown: tuple[Any, ...] | None = None

    def _keys(self) -> tuple[Any, ...]:
        """What the footer shows: each key, its words, whether it can be used now."""
        app = self.app
        return tuple(
            (binding.key, app.get_key_display(binding), binding.description, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        ) + (self.show_command_palette, app.ENABLE_COMMAND_PALETTE)

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        # a private flag of Textual's footer, read defensively: without it, keys are compared
        # every time (the footer is then composed as Textual does it, no slower)
        keys = self._keys() if getattr(self, "_bindings_ready", False) else None
        if keys is not None and keys == self._keys_shown:
            return  # the same keys: nothing to mount, nothing to lay out
        self._keys_shown = keys
        await super().recompose()
        self._forget_removed_keys()

    def _forget_removed_keys(self) -> None:
        """Drop the watchers of the keys just removed (Textual drops them only when
        ``compact`` changes, which it never does here)."""
        watchers = getattr(self, "__watchers", None)
        watching = watchers.get("compact") if isinstance(watchers, dict) else None
        if watching:
            watching[:] = [
                (node, callback)
                for node, callback in watching
                if not (getattr(node, "_closing", False) or getattr(node, "_closed", False))
            ]
