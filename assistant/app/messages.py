"""The app's own messages, as small dataclasses (widgets post them, screens handle them)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class AnswerSubmitted(Message):
    """The person answered the question on screen (typed, or a choice pressed)."""

    text: str


@dataclass
class DocumentsChosen(Message):
    """The documents the person has, ticked in a list (ids)."""

    held: list[str]


@dataclass
class EditAnswer(Message):
    """An earlier answer was selected: reopen its question."""

    question: str


@dataclass
class FactEdited(Message):
    """A fact was changed in the facts panel: re-evaluate at once (what-if)."""

    question: str
    text: str
