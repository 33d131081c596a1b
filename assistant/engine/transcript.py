"""Transcripts: one interview written down, replayed to check the engine still holds it.

A transcript is a TOML file, readable and reviewed as a diff::

    # A Moroccan worker, first season, still at home: a short stay with a C visa.
    lang = "fr"                 # the interface language at the start
    today = 2026-03-02          # the interview's "now" (pinned: years are inferred from it)
    role = "worker"             # optional: given at the start (else read from the answers)
    opening = true              # optional: the interview opens with "describe the situation"

    [[turn]]
    ask = "nationality"         # the question on screen (id; "done" after the last one)
    text = "Quelle est votre nationalité ?"   # its text then (for the reader; not compared)
    answer = "marocaine"        # what the person typed
    # result = "error"          # when the answer is not "accepted": error, why, help, back,
    #                           # change, language, info

    [expect]                    # every key optional; only those given are compared
    procedure = "short_stay"
    reason = "eu_citizen"
    authorised_stay = { start = 2026-04-01, end = 2026-06-15, capped_by = "work_authorisation" }
    blocking = []
    held = ["passport"]         # checklist items the person has
    missing = ["health_insurance"]   # required items not held
    deadlines = { arrival_declaration = 2026-04-03 }
    fee = 148                   # EUR, or false for no fee
    facts = { nationality = "MA", age = 34 }
    questions = 6               # distinct questions asked

Replaying compares, turn by turn, the question asked and the result of each answer; then the
outcome. The first difference is reported (turn number, what was expected, what came).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .interview import Interview


@dataclass(frozen=True, slots=True)
class Divergence:
    turn: int | None
    """1-based turn number, or ``None`` for the outcome."""
    field: str
    expected: Any
    got: Any

    def as_dict(self) -> dict[str, Any]:
        return {
            "turn": self.turn,
            "field": self.field,
            "expected": _plain(self.expected),
            "got": _plain(self.got),
        }

    def describe(self) -> str:
        where = f"turn {self.turn}" if self.turn else "outcome"
        return (
            f"{where}: {self.field}: expected {_plain(self.expected)!r}, got {_plain(self.got)!r}"
        )


@dataclass(frozen=True, slots=True)
class ReplayResult:
    file: str
    passed: bool
    questions_asked: int
    first_divergence: Divergence | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "passed": self.passed,
            "questions_asked": self.questions_asked,
            "first_divergence": self.first_divergence.as_dict() if self.first_divergence else None,
        }


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def load(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    unknown = set(data) - {"lang", "today", "role", "opening", "turn", "expect"}
    if unknown:
        raise ValueError(f"{path}: unknown keys {sorted(unknown)}")
    return data


def replay_data(data: dict[str, Any], file: str = "<transcript>") -> ReplayResult:
    interview = Interview.start(
        lang=data["lang"],
        today=data["today"],
        role=data.get("role"),
        opening=data.get("opening", False),
    )
    step = interview.current()
    for number, turn in enumerate(data.get("turn", []), start=1):
        asked = step.question.id if step.question else "done"
        if turn.get("ask") != asked:
            return _failed(file, interview, Divergence(number, "ask", turn.get("ask"), asked))
        step = interview.answer(turn["answer"])
        result = interview.state.log[-1].result
        if turn.get("result", "accepted") != result:
            return _failed(
                file,
                interview,
                Divergence(number, "result", turn.get("result", "accepted"), result),
            )
    expect = data.get("expect", {})
    if expect.get("done", True) and not step.done:
        still_asked = step.question.id if step.question else None
        return _failed(file, interview, Divergence(None, "next question", None, still_asked))
    divergence = compare_outcome(expect, interview)
    if divergence is not None:
        return _failed(file, interview, divergence)
    return ReplayResult(file, True, interview.questions_asked, None)


def _failed(file: str, interview: Interview, divergence: Divergence) -> ReplayResult:
    return ReplayResult(file, False, interview.questions_asked, divergence)


def observed(interview: Interview) -> dict[str, Any]:
    """The outcome's comparable facts, in the transcript's ``[expect]`` shape."""
    outcome = interview.outcome()
    facts = interview.state.facts.model_dump(exclude_none=True)
    got: dict[str, Any] = {"facts": facts, "questions": interview.questions_asked}
    if outcome is None:
        return got
    stay = outcome.authorised_stay
    got.update(
        procedure=outcome.procedure,
        reason=outcome.reason,
        authorised_stay=(
            {"start": stay.start, "end": stay.end, "capped_by": stay.capped_by} if stay else None
        ),
        blocking=list(outcome.blocking),
        held=[d.id for d in outcome.documents if d.held],
        missing=[d.id for d in outcome.documents if d.required and not d.held],
        deadlines={d.id: d.date for d in outcome.deadlines if d.date is not None},
        fee=outcome.fee.amount_eur if outcome.fee else False,
        next_possible_start=outcome.next_possible_start,
        visa_required=outcome.visa_required,
    )
    return got


def compare_outcome(expect: dict[str, Any], interview: Interview) -> Divergence | None:
    got = observed(interview)
    for key, wanted in expect.items():
        if key == "done":
            continue
        value = got.get(key)
        if key in ("facts", "deadlines") and isinstance(wanted, dict):
            for sub, sub_wanted in wanted.items():
                sub_got = (value or {}).get(sub)
                if _normal(sub_got) != _normal(sub_wanted):
                    return Divergence(None, f"{key}.{sub}", sub_wanted, sub_got)
            continue
        if _normal(value) != _normal(wanted):
            return Divergence(None, key, wanted, value)
    return None


def _normal(value: Any) -> Any:
    plain = _plain(value)
    if isinstance(plain, list) and all(isinstance(v, str) for v in plain):
        return sorted(plain)
    return plain


def replay_file(path: Path) -> ReplayResult:
    return replay_data(load(path), str(path))


# --- writing ------------------------------------------------------------------------------


EXPECTED = (
    "procedure",
    "reason",
    "authorised_stay",
    "next_possible_start",
    "blocking",
    "held",
    "missing",
    "deadlines",
    "fee",
    "questions",
)
"""What a recorded transcript expects, in this order."""


_CONTROL = frozenset(map(chr, range(32))) - {"\t"} | {"\x7f"}
"""What TOML allows in no comment."""


def _comment(line: str) -> str:
    """A line of the title as a TOML comment, control characters written as ``\\x1b``."""
    shown = "".join(f"\\x{ord(c):02x}" if c in _CONTROL else c for c in line)
    return f"# {shown}".rstrip() + "\n"


def record(
    interview: Interview, title: str, lang: str, role: str | None, texts: list[str | None]
) -> str:
    """A transcript of an interview as it went (``lang`` and ``role`` as it started, ``texts``
    the question shown before each answer), expecting what it gave: review it before keeping.
    Written by ``tomli_w``: whatever was typed (a carriage return, an escape) reads back the
    same."""
    import tomli_w

    state = interview.state
    head: dict[str, Any] = {"lang": lang, "today": state.today}
    if role:
        head["role"] = role
    if state.opening:
        head["opening"] = True
    sections = ["".join(_comment(line) for line in title.splitlines()) + tomli_w.dumps(head)]
    for index, turn in enumerate(state.log):
        row = {"ask": turn.question or "done"}
        text = texts[index] if index < len(texts) else None
        if text:
            row["text"] = text
        row["answer"] = turn.answer
        if turn.result != "accepted":
            row["result"] = turn.result
        sections.append("[[turn]]\n" + tomli_w.dumps(row))
    got = observed(interview)
    expect: dict[str, Any] = {}
    if not interview.done:  # saved mid-interview: it replays up to where it stopped
        expect["done"] = False
    expect.update({key: got[key] for key in EXPECTED if got.get(key) is not None})
    sections.append(tomli_w.dumps({"expect": expect}))
    return "\n".join(sections)
