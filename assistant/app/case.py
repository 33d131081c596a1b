"""The session model: one case (an interview, the conversation shown, notes, languages).

The screens show a ``Case`` and act on it; the store saves it after every change. Everything
the person does goes through the engine as a line it understands (``change work``, ``in
french``, document names it matches back exactly), so the engine's log stays a faithful,
replayable record (``assistant.engine.transcript``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.engine import Interview, Question, Step
    from rules.models import Outcome


REPEATS_QUESTION = frozenset({"accepted", "change", "back", "language"})
"""Turn results after which the question on screen is said again (even when the same)."""


BUBBLE_CHARS = 600
"""An answer longer than this (a pasted page) is shown cut, not as a screenful of text."""


def _bubble(text: str) -> str:
    return text if len(text) <= BUBBLE_CHARS else text[:BUBBLE_CHARS].rstrip() + " …"


@dataclass(slots=True)
class Entry:
    """One bubble of the conversation."""

    who: str
    """``assistant`` or ``user``."""
    kind: str
    """``question``, ``confirm``, ``error``, ``why``, ``help``, ``info``, ``result``, ``answer``."""
    text: str
    question: str | None = None
    """The question id the bubble belongs to (for an answer: the question it answered)."""
    result: str | None = None
    """For an answer: what the engine made of it (``accepted``, ``error``, ``change``, ...)."""

    def as_dict(self) -> dict[str, str | None]:
        """The entry as the store keeps it (``dataclasses.asdict`` without its deep copy:
        ten times faster, and every save writes the whole conversation)."""
        return {name: getattr(self, name) for name in _ENTRY_FIELDS}


_ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


@dataclass(slots=True)
class Case:
    interview: Interview
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    title: str = ""
    """A name given by the user; empty: the list shows a summary."""
    notes: str = ""
    result_lang: str | None = None
    helpdesk: bool = False
    created: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))
    start_lang: str = "en"
    start_role: str | None = None
    entries: list[Entry] = field(default_factory=list)
    asked: list[str | None] = field(default_factory=list)
    """The question text on screen before each turn of the engine's log (for transcripts)."""
    rev: int = 0
    """The version of the case's row this case was read as (0: never saved): a save that finds
    another one was changed elsewhere and writes nothing (``store.CaseChanged``)."""

    # --- construction ------------------------------------------------------------------------

    @classmethod
    def new(
        cls,
        lang: str,
        today: date | None,
        role: str | None = None,
        helpdesk: bool = False,
        result_lang: str | None = None,
        describe: bool = False,
    ) -> Case:
        from assistant.engine import Interview

        interview = Interview.start(
            lang=lang,
            today=today,
            role=role,
            opening=describe,  # type: ignore[arg-type]
        )
        case = cls(
            interview, helpdesk=helpdesk, start_lang=lang, start_role=role, result_lang=result_lang
        )
        question = interview.current().question
        if question is not None:
            case.entries.append(Entry("assistant", "question", question.text, question.id))
        return case

    def conversation(self) -> dict[str, Any]:
        """What the store keeps besides the engine's state."""
        return {
            "entries": [entry.as_dict() for entry in self.entries],
            "asked": self.asked,
            "start_lang": self.start_lang,
            "start_role": self.start_role,
        }

    @classmethod
    def restore(cls, state_json: str, conversation: dict[str, Any], **fields: Any) -> Case:
        from assistant.engine import Interview

        return cls(
            Interview.from_json(state_json),
            entries=[Entry(**entry) for entry in conversation.get("entries", [])],
            asked=list(conversation.get("asked", [])),
            start_lang=conversation.get("start_lang", "en"),
            start_role=conversation.get("start_role"),
            **fields,
        )

    # --- reading -----------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.interview.lang

    @property
    def output_lang(self) -> str:
        """The language of the result and exports."""
        return self.result_lang or self.interview.lang

    @property
    def audience(self) -> str:
        """Whom the result's texts speak to: "employer" when an employer answers (the result
        speaks of "the worker"), else "worker" ("you", also read out by a helpdesk agent)."""
        from assistant.engine import audience_of

        return audience_of(self.interview.state.role)

    @property
    def done(self) -> bool:
        return self.interview.done

    def question(self) -> Question | None:
        return self.interview.current().question

    def outcome(self, lang: str | None = None) -> Outcome | None:
        """The outcome for the facts so far, its texts in ``lang`` (default: the result's)."""
        lang = lang or self.output_lang
        if lang == self.interview.lang:
            return self.interview.outcome()
        from assistant.engine import Interview

        clone = Interview.from_json(self.interview.to_json())
        clone.state.lang = lang  # type: ignore[assignment]
        return clone.outcome()

    def last_answer(self, question_id: str) -> str:
        """The last accepted answer to a question, as typed (to edit it)."""
        for turn in reversed(self.interview.state.log):
            if turn.question == question_id and turn.result == "accepted":
                return turn.answer
        return ""

    # --- acting ------------------------------------------------------------------------------

    def answer(self, text: str, said: str | None = None) -> Step:
        """One line typed by the person: an answer or a command. ``said``: how the bubble
        reads when the app typed the line for them (a key, a tick, a fact edited) — the
        engine's commands are English words, the person sees their own language."""
        shown = self.question()
        self.asked.append(shown.text if shown else None)
        step = self.interview.answer(text)
        turn = self.interview.state.log[-1]
        self.entries.append(
            Entry(
                "user",
                "answer",
                said if said is not None else _bubble(text),
                turn.question,
                turn.result,
            )
        )
        for message in step.messages:
            self.entries.append(Entry("assistant", message.kind, message.text, turn.question))
        question = step.question
        if question is not None and (
            turn.result in REPEATS_QUESTION or question.id != turn.question
        ):
            self.entries.append(Entry("assistant", "question", question.text, question.id))
        elif step.done and turn.result in REPEATS_QUESTION:
            self.entries.append(Entry("assistant", "result", "", None))
        return step

    def reopen(self, question_id: str) -> Step:
        """Ask a question again (its answer is kept until replaced)."""
        from assistant.engine.commands import CHANGE_COMMANDS

        t = self._t()
        return self.answer(
            CHANGE_COMMANDS[question_id], t("chat.change", fact=t(f"fact.{question_id}"))
        )

    def command(self, name: str) -> Step:
        """``why``, ``back`` or ``help``, from a key: said as the key's name."""
        return self.answer(name, self._t()(f"binding.{name}"))

    def edit(self, question_id: str, text: str, said: str | None = None) -> Step:
        """What-if: answer one question anew, wherever the interview is. An answer the engine
        cannot use changes nothing (the case is as before) and its step says why."""
        snapshot = self.interview.to_json()
        entries, asked = len(self.entries), len(self.asked)
        self.reopen(question_id)
        step = self.answer(text, said)
        if not step.accepted:
            from assistant.engine import Interview

            self.interview = Interview.from_json(snapshot)
            del self.entries[entries:]
            del self.asked[asked:]
        return step

    def set_documents(self, held: list[str]) -> Step:
        """The documents the person has, by id (ticked in a list, or a checklist toggle)."""
        from assistant.engine.parsing.documents import phrases_for

        text = ", ".join(phrases_for(held)) if held else "none"
        question = self.question()
        if question is not None and question.id == "documents":
            return self.answer(text, self._documents_said(held))
        return self.edit("documents", text, self._documents_said(held))

    def _documents_said(self, held: list[str]) -> str:
        from i18n import translator

        core = translator(self.lang, "core")
        return ", ".join(core(f"doc.{d}.name") for d in held) or self._t()("facts.none")

    def held_documents(self) -> list[str]:
        return list(self.interview.state.facts.documents or [])

    def switch_language(self, lang: str) -> Step:
        from assistant.engine.commands import LANGUAGE_COMMANDS
        from i18n import NATIVE_NAMES

        return self.answer(
            LANGUAGE_COMMANDS[lang], self._t()("palette.language", language=NATIVE_NAMES[lang])
        )

    def _t(self):
        from i18n import translator

        return translator(self.lang, "app")

    def summary(self) -> str:
        """A short description for the session list when no title was given."""
        facts = self.interview.state.facts
        from i18n import country_name, translator

        parts = []
        if facts.nationality:
            parts.append(country_name(facts.nationality, self.lang))
        outcome = self.interview.outcome()
        if outcome is not None and outcome.procedure:
            parts.append(translator(self.lang, "core")(f"procedure.{outcome.procedure}.title"))
        return " · ".join(parts)
