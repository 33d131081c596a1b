"""Save a session as an anonymised transcript for the regression suite (``transcripts/``),
in the engine's format (``assistant.engine.transcript``).

Anonymised by construction (``assistant.engine.anonymise``): the answers keep only the words
the interview reads — dates, countries, document words, choices, commands — and every other
word is ``xxxx``; a date of birth keeps only its year. The session's name and case notes are
left out, and the comment line says only the date and the procedure. The anonymised answers
are replayed beside the real ones: the transcript replays to the same outcome, or stops before
the first answer that would read differently. A session not finished is saved as far as it
went (``done = false``) and replays up to there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .case import Case


@dataclass(frozen=True, slots=True)
class Transcript:
    text: str
    """The transcript file's text (TOML)."""
    turns: int
    """Turns written."""
    left_out: int
    """Turns left out at the end (an answer that could not be anonymised without changing
    what the interview read)."""


def transcript(case: Case) -> Transcript:
    from assistant.engine.anonymise import anonymise_interview
    from assistant.engine.transcript import record

    state = case.interview.state
    answers = [turn.answer for turn in state.log]
    anonymised = anonymise_interview(
        case.start_lang, state.today, case.start_role, state.opening, answers, case.asked
    )
    clone = anonymised.interview
    outcome = clone.outcome()
    procedure = outcome.procedure if outcome and outcome.procedure else "undecided"
    title = f"Session saved from the app on {state.today.isoformat()}: {procedure}."
    text = record(clone, title, case.start_lang, case.start_role, anonymised.texts)
    return Transcript(text, anonymised.kept, len(answers) - anonymised.kept)
