"""Every transcript in ``transcripts/`` replays as written (``saison replay`` in pytest)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest

from assistant.engine.transcript import load, replay_data, replay_file
from assistant.replay import default_folder, main
from rules.models import ProcedureId

TRANSCRIPTS = sorted(default_folder().glob("*.toml"))
LANGS = ("fr", "nl", "de", "en")
PROCEDURES = get_args(ProcedureId)


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_transcript_replays_as_written(path: Path):
    result = replay_file(path)
    assert result.passed, result.first_divergence.describe()


def test_there_are_enough_transcripts_covering_every_procedure_in_every_language():
    assert len(TRANSCRIPTS) >= 40
    covered = set()
    for path in TRANSCRIPTS:
        data = load(path)
        covered.add((data["lang"], data.get("expect", {}).get("procedure")))
    missing = [(lang, proc) for lang in LANGS for proc in PROCEDURES if (lang, proc) not in covered]
    assert not missing


def test_a_changed_answer_reports_the_first_turn_that_diverged():
    data = load(default_folder() / "en_corrected_answer.toml")
    data["turn"][2]["answer"] = "31/4 - 15/6"  # now unusable: the engine asks again
    result = replay_data(data, "changed")
    assert not result.passed
    divergence = result.first_divergence
    assert (divergence.turn, divergence.field, divergence.expected, divergence.got) == (
        3,
        "result",
        "accepted",
        "error",
    )


def test_a_changed_expectation_reports_the_outcome():
    data = load(default_folder() / "fr_short_stay_morocco.toml")
    data["expect"]["procedure"] = "single_permit"
    result = replay_data(data, "changed")
    assert (
        result.first_divergence.describe()
        == "outcome: procedure: expected 'single_permit', got 'short_stay'"
    )


def test_the_command_prints_one_json_object_per_transcript(capsys):
    paths = [str(p) for p in TRANSCRIPTS[:3]]
    assert main([*paths, "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    objects = [json.loads(line) for line in lines]
    assert [set(o) for o in objects] == [
        {"file", "passed", "questions_asked", "first_divergence"}
    ] * 3


def test_the_command_fails_on_a_broken_file(tmp_path, capsys):
    broken = tmp_path / "broken.toml"
    broken.write_text('lang = "fr"\nthis is not toml', encoding="utf-8")
    assert main([str(broken)]) == 1
    assert "FAIL" in capsys.readouterr().out


def test_a_recorded_transcript_reads_back_whatever_was_typed(tmp_path):
    import tomllib
    from datetime import date

    from assistant.engine import Interview
    from assistant.engine.transcript import record

    interview = Interview.start(lang="en", today=date(2026, 3, 2))
    typed = [
        "1",
        "Morocco\r",
        "abroad\x1b[A",
        "1/4/2026 - 15/6/2026\x00",
        "no\x7f",
        "31/3/2026\x1b",
        "passport\r\nvisa",
        'and "\\x" after the end',
    ]
    texts = []
    for answer in typed:
        step = interview.current()
        texts.append(step.question.text if step.question else None)
        interview.answer(answer)
    title = "Control characters\x1b[31m in answers\r\nand in the title\x00"
    path = tmp_path / "typed.toml"
    path.write_text(record(interview, title, "en", None, texts), encoding="utf-8")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert [turn["answer"] for turn in data["turn"]] == [t.answer for t in interview.state.log]
    assert [turn["answer"] for turn in data["turn"]] == typed
    assert data["expect"]["procedure"] == interview.outcome().procedure
    result = replay_file(path)
    assert result.passed, result.first_divergence
