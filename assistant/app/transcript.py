"""Save a session as an anonymised transcript for the regression suite (``transcripts/``),
in the engine's format (``assistant.engine.transcript``).

Anonymised: the session's name and case notes are left out, the comment line says only the
date and the procedure, and in the answers e-mail addresses, phone numbers and document
numbers (letters and digits mixed, as on a passport) are replaced by placeholders. Dates,
countries and durations stay: the outcome depends on them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .case import Case

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\d+(?:[ .\-]\d+)*")
DOCUMENT_NUMBER = re.compile(r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{6,}\b")


def anonymise(text: str) -> str:
    text = EMAIL.sub("[email]", text)
    text = PHONE.sub(lambda m: "[phone]" if sum(c.isdigit() for c in m.group()) >= 9
                     else m.group(), text)
    return DOCUMENT_NUMBER.sub("[number]", text)


def transcript(case: Case) -> str:
    """The case as a transcript file's text (TOML), answers anonymised."""
    from assistant.engine import Interview
    from assistant.engine.transcript import record

    clone = Interview.from_json(case.interview.to_json())
    for turn in clone.state.log:
        turn.answer = anonymise(turn.answer)
    outcome = clone.outcome()
    procedure = outcome.procedure if outcome and outcome.procedure else "undecided"
    title = f"Session saved from the app on {clone.state.today.isoformat()}: {procedure}."
    return record(clone, title, case.start_lang, case.start_role, case.asked)
