"""Black-box helpers: the acceptance tests only talk to the machine interface.

In-process calls go through ``rules.cli.run(argv)`` with standard input replaced (fast);
a handful of tests run the real command in a subprocess (``python -m assistant.cli decide``).
Dates below were computed by hand (and checked with a brute-force day-by-day count) from
rules.md and interface.md, never read back from the implementation.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from rules.cli import run

REPO = Path(__file__).resolve().parents[2]

BASE = {"today": "2026-03-02", "nationality": "MA", "location": "abroad", "age": 30}


def call(situation: dict | None = None, lang: str = "en", raw: str | None = None):
    """(exit code, JSON answer) for one situation, read from standard input."""
    text = raw if raw is not None else json.dumps(situation)
    saved = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        return run(["--lang", lang])
    finally:
        sys.stdin = saved


def outcome(lang: str = "en", **facts) -> dict:
    """The outcome of a situation that must be readable (exit 0)."""
    situation = {**BASE, **facts}
    situation = {key: value for key, value in situation.items() if value is not None}
    code, answer = call(situation, lang)
    assert code == 0, answer
    return answer


def error(situation: dict | None = None, lang: str = "en", raw: str | None = None) -> dict:
    """The error object of a situation that must be refused (exit 2)."""
    code, answer = call(situation, lang, raw)
    assert code == 2, answer
    assert set(answer) == {"error"}, answer
    assert isinstance(answer["error"].get("message"), str) and answer["error"]["message"]
    return answer["error"]


def command(stdin: bytes, lang: str = "en", *args: str, timeout: float = 30):
    """The real command in a subprocess: (exit code, stdout text, stderr text)."""
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "decide", "--lang", lang, *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        timeout=timeout,
    )
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8", "replace")


def period(start: str, end: str) -> dict:
    return {"start": start, "end": end}


def item(answer: dict, document_id: str) -> dict | None:
    found = [entry for entry in answer["documents"] if entry["id"] == document_id]
    assert len(found) <= 1, f"{document_id} listed twice"
    return found[0] if found else None


def required(answer: dict) -> set[str]:
    return {entry["id"] for entry in answer["documents"] if entry["required"]}


def conditional(answer: dict) -> set[str]:
    return {entry["id"] for entry in answer["documents"] if not entry["required"]}


def held(answer: dict) -> set[str]:
    return {entry["id"] for entry in answer["documents"] if entry["held"]}


def deadline(answer: dict, deadline_id: str) -> dict:
    found = [entry for entry in answer["deadlines"] if entry["id"] == deadline_id]
    assert found, f"no deadline {deadline_id}: {[d['id'] for d in answer['deadlines']]}"
    return found[0]
