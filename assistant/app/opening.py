"""The first question, written from the catalogs alone, so the screen can show it before the
engine (pydantic, the rules core, babel) has loaded.

This mirrors what ``Interview.start(lang, role=role).current().question`` gives: the role
question when nobody said who answers, else the nationality question. A test keeps the two
equal in every language and role.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from i18n import translator

ROLES = ("worker", "employer", "helpdesk")
"""The choices of the role question, in the engine's order (``questions.QUESTIONS``)."""


@dataclass(frozen=True, slots=True)
class OpeningChoice:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class OpeningQuestion:
    """Duck-types the fields of ``assistant.engine.Question`` the screen reads."""

    id: str
    kind: str
    text: str
    hint: str
    choices: list[OpeningChoice] = field(default_factory=list)
    may_be_unknown: bool = False


def opening_question(lang: str, role: str | None, describe: bool = False) -> OpeningQuestion:
    t = translator(lang, "interview")
    if describe:
        form = "they" if role in (None, "employer", "helpdesk") else "you"
        return OpeningQuestion(
            "opening", "opening", t(f"question.opening.{form}"), t("question.opening.hint")
        )
    if role is None:
        choices = [
            OpeningChoice(str(i), t(f"choice.role.{value}")) for i, value in enumerate(ROLES, 1)
        ]
        return OpeningQuestion(
            "role", "choice", t("question.role.you"), t("question.role.hint"), choices
        )
    form = "you" if role == "worker" else "they"
    return OpeningQuestion(
        "nationality", "country", t(f"question.nationality.{form}"), t("question.nationality.hint")
    )
