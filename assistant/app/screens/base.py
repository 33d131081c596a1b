"""What every screen of the app shares: binding descriptions shown in the interface language.

Binding descriptions are catalog keys (``binding.*``), translated where they are displayed
(footer, keys panel, command palette); a language switch calls ``refresh_bindings``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Generic, TypeVar

from textual.binding import ActiveBinding
from textual.screen import ModalScreen, Screen


def translated(bindings: dict[str, ActiveBinding], t) -> dict[str, ActiveBinding]:
    result = {}
    for key, active in bindings.items():
        binding = active.binding
        if binding.description.startswith("binding."):
            binding = replace(binding, description=t(binding.description))
            active = active._replace(binding=binding)
        result[key] = active
    return result


ResultType = TypeVar("ResultType")


class AppScreen(Screen[ResultType], Generic[ResultType]):
    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated(super().active_bindings, self.app.t)


class AppModalScreen(ModalScreen[ResultType], Generic[ResultType]):
    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated(super().active_bindings, self.app.t)
