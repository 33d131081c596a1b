"""The first question, written from the catalogs alone, so the screen can show it before the
engine (pydantic, the rules core, babel) has loaded.

This mirrors what ``Interview.start(lang, role=role).current().question`` gives: the
description of the situation, or the nationality question when the app opens without it. A
test keeps the two equal in every language and role.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from i18n import translator


@dataclass(frozen=True, slots=True)
class OpeningQuestion:
    """Duck-types the fields of ``assistant.engine.Question`` the screen reads."""

    id: str
    kind: str
    text: str
    hint: str
    choices: list[object] = field(default_factory=list)
    """None: the first question is never a choice."""
    may_be_unknown: bool = False


def opening_question(lang: str, role: str | None, describe: bool = False) -> OpeningQuestion:
    t = translator(lang, "interview")
    form = "you" if role == "worker" else "they"
    if describe:
        return OpeningQuestion(
            "opening", "opening", t(f"question.opening.{form}"), t("question.opening.hint")
        )
    return OpeningQuestion(
        "nationality", "country", t(f"question.nationality.{form}"), t("question.nationality.hint")
    )
