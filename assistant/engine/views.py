"""What the app renders from: the engine's answer to one line, as plain data.

An :class:`~assistant.engine.interview.Interview` returns a :class:`Step` after each line:
messages, then the next :class:`Question` (with its :class:`Choice` list) or the end. Built by
``render.Renderer`` in the language of the moment; no Textual, nothing to import but pydantic.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from rules.models import Outcome

MessageKind = Literal["confirm", "error", "why", "help", "info"]


class Message(BaseModel):
    """Something the assistant says before (or instead of) its next question."""

    kind: MessageKind
    text: str


class Choice(BaseModel):
    value: str
    """What :meth:`Interview.answer` accepts for this choice (its number works too)."""
    label: str


class Question(BaseModel):
    """A question as the person sees it, in the current language."""

    id: str
    kind: str
    """How the answer is read: ``choice``, ``country``, ``period``, ``periods``, ``date``,
    ``age``, ``documents`` — a UI may offer a matching widget, text always works."""
    text: str
    hint: str
    """What a usable answer looks like (examples)."""
    choices: list[Choice] = Field(default_factory=list)
    """For ``choice`` and ``documents`` questions: the options."""
    may_be_unknown: bool = False

    def as_text(self) -> str:
        """The question with its numbered choices, for a plain-text front end (a widget UI
        shows ``choices`` its own way). Document choices are not numbered: people name them."""
        if self.kind != "choice":
            return self.text
        lines = [self.text, *(f"{c.value}. {c.label}" for c in self.choices)]
        return "\n".join(lines)


class Step(BaseModel):
    """What the engine says after an answer: messages, then the next question or the end."""

    messages: list[Message] = Field(default_factory=list)
    question: Question | None = None
    """The question to ask now; ``None`` when the interview is complete."""
    outcome: Outcome | None = None
    """The rules core's answer for the facts so far (once nationality and location are known);
    final when ``done``."""
    done: bool = False
    accepted: bool = True
    """False when the answer could not be used (the same question is asked again)."""
