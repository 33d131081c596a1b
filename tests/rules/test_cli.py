"""``saison decide``: the machine interface (docs/decide.md), run as outside tools do."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from rules.cli import run

EXAMPLE = {
    "today": "2026-03-02",
    "nationality": "MA",
    "location": "abroad",
    "work": {"start": "2026-04-01", "end": "2026-06-15"},
    "age": 30,
    "documents": ["paspoort", "arbeidskaart"],
}


def decide_process(text: str, *args: str) -> tuple[int, dict, str]:
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "decide", *args],
        input=text,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode, json.loads(done.stdout), done.stderr


def test_the_interface_example_answers_as_documented():
    code, outcome, stderr = decide_process(json.dumps(EXAMPLE), "--lang", "nl")
    assert (code, stderr) == (0, "")
    assert outcome["procedure"] == "short_stay"
    assert outcome["visa_required"] is True
    assert outcome["authorised_stay"] == {
        "start": "2026-04-01",
        "end": "2026-06-15",
        "days": 76,
        "capped_by": "work_authorisation",
    }
    held = {d["id"]: d["held"] for d in outcome["documents"] if d["required"]}
    assert held["passport"] and held["work_permit"]
    assert not held["health_insurance"] and not held["housing_proof"]
    assert outcome["fee"] is None


def test_a_file_argument_is_read(tmp_path):
    path = tmp_path / "situation.json"
    path.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    code, outcome = run([str(path)])
    assert code == 0 and outcome["procedure"] == "short_stay"


def test_every_outcome_field_of_the_contract_is_present():
    code, outcome = run_text(json.dumps(EXAMPLE))
    for field in [
        "procedure",
        "reason",
        "visa_required",
        "authorised_stay",
        "next_possible_start",
        "blocking",
        "documents",
        "deadlines",
        "fee",
        "authorities",
        "forms",
        "citations",
        "missing_facts",
        "explanation",
    ]:
        assert field in outcome
    for item in outcome["documents"]:
        assert set(item) >= {"id", "required", "condition", "held", "matched_text", "citation"}
    for deadline in outcome["deadlines"]:
        assert set(deadline) >= {"id", "date", "citation", "note"}


def run_text(text: str, *args: str):
    import io

    stdin, sys.stdin = sys.stdin, io.StringIO(text)
    try:
        return run(list(args))
    finally:
        sys.stdin = stdin


@pytest.mark.parametrize(
    ("situation", "field"),
    [
        ("{not json", None),
        ("", None),
        ("[1, 2]", None),
        ('{"location": "abroad"}', "nationality"),
        ('{"nationality": "MA"}', "location"),
        ('{"nationality": "MA", "location": "mars"}', "location"),
        ('{"nationality": "MA", "location": "belgium", "status": "tourist"}', "status"),
        ('{"nationality": "Atlantis", "location": "abroad"}', "nationality"),
        (
            '{"nationality": "MA", "location": "abroad", "work": {"start": "2026-02-30", "end": "2026-03-10"}}',  # noqa: E501
            "work.start",
        ),
        (
            '{"nationality": "MA", "location": "abroad", "work": {"start": "2026-05-01", "end": "2026-04-01"}}',  # noqa: E501
            "work",
        ),
        (
            '{"nationality": "MA", "location": "abroad", "work": {"start": "01/04/2026", "end": "2026-06-01"}}',  # noqa: E501
            "work.start",
        ),
        ('{"nationality": "MA", "location": "abroad", "today": 20260401}', "today"),
        ('{"nationality": "MA", "location": "abroad", "age": -3}', "age"),
        ('{"nationality": "MA", "location": "abroad", "age": "thirty"}', "age"),
        ('{"nationality": 12, "location": "abroad"}', "nationality"),
        (
            '{"nationality": "MA", "location": "abroad", "previous_seasonal_stays": [{"start": "2025-05-01", "end": "2025-04-01"}]}',  # noqa: E501
            "previous_seasonal_stays.0",
        ),
        (
            '{"nationality": "MA", "location": "abroad", "previous_schengen_stays": [{"start": "2025-05-01"}]}',  # noqa: E501
            "previous_schengen_stays.0.end",
        ),
    ],
)
def test_a_situation_that_cannot_be_read_exits_2_naming_the_field(situation, field):
    code, answer = run_text(situation)
    assert code == 2
    assert answer["error"]["field"] == field
    assert answer["error"]["message"]


def test_the_error_message_is_in_the_chosen_language():
    _, english = run_text('{"nationality": "MA"}', "--lang", "en")
    _, french = run_text('{"nationality": "MA"}', "--lang", "fr")
    assert english["error"]["message"] != french["error"]["message"]


def test_an_unknown_language_is_an_error_not_a_traceback():
    code, answer = run_text(json.dumps(EXAMPLE), "--lang", "es")
    assert code == 2 and answer["error"]["field"] == "lang"


def test_a_huge_paste_gets_an_error_not_a_traceback():
    code, outcome, stderr = decide_process(
        '{"nationality": "' + "x" * 200_000 + '", "location": "abroad"}'
    )
    assert code == 2 and stderr == ""
    assert outcome["error"]["field"] == "nationality"


def test_a_missing_file_is_an_error():
    code, answer = run(["/nonexistent/situation.json"])
    assert code == 2 and answer["error"]["field"] == "file"


def test_the_same_situation_always_gives_the_same_answer():
    assert run_text(json.dumps(EXAMPLE)) == run_text(json.dumps(EXAMPLE))


@pytest.mark.parametrize("age", ["true", '"30"', "30.5", "200"])
def test_an_age_that_is_not_a_whole_number_of_years_is_refused(age):
    code, answer = run_text(f'{{"nationality": "MA", "location": "abroad", "age": {age}}}')
    assert (code, answer["error"]["field"]) == (2, "age")


def test_null_stands_for_a_fact_not_given():
    code, outcome = run_text(
        '{"nationality": "MA", "location": "abroad", "age": null, "documents": null, '
        '"previous_seasonal_stays": null, "work": null}'
    )
    assert code == 0 and outcome["missing_facts"] == ["work"]


def test_a_field_outside_the_contract_is_an_error_naming_it():
    """interface.md: an unknown field is an error, never silently ignored."""
    code, answer = run_text(json.dumps({**EXAMPLE, "employer": "Fruitbedrijf Janssens"}))
    assert (code, answer["error"]["field"]) == (2, "employer")


def test_bytes_that_are_not_utf8_get_an_error_not_a_traceback():
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "decide"],
        input=b'{"nationality": "MA", "location": "\xff"}',
        capture_output=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (2, b"")
    assert json.loads(done.stdout)["error"]["field"] is None


def test_documents_must_be_a_list():
    code, answer = run_text('{"nationality": "MA", "location": "abroad", "documents": "passport"}')
    assert (code, answer["error"]["field"]) == (2, "documents")


@pytest.mark.parametrize("day", ["9999-12-30", "0001-01-01"])
def test_a_date_the_calendar_cannot_compute_with_is_refused_not_a_crash(day):
    code, answer = run_text(
        json.dumps({"nationality": "MA", "location": "abroad", "work": {"start": day, "end": day}})
    )
    assert (code, answer["error"]["field"]) == (2, "work.start")


def test_help_says_how_to_call_it():
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "decide", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.startswith("usage: saison decide")


def test_help_lists_the_places_a_worker_can_be():
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "decide", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "abroad | belgium | eu_resident" in done.stdout
    assert "seasonal_short_stay" in done.stdout


def test_a_worker_living_in_another_member_state_is_answered_not_refused():
    code, answer = run_text(json.dumps({**EXAMPLE, "location": "eu_resident"}), "--lang", "fr")
    assert code == 0
    assert (answer["procedure"], answer["reason"]) == ("not_applicable", "lives_in_eu_member_state")
    assert "105/10" in answer["explanation"]


def test_an_unknown_location_names_every_accepted_value():
    code, answer = run_text(json.dumps({**EXAMPLE, "location": "spain"}))
    assert code == 2 and answer["error"]["field"] == "location"
    assert "eu_resident" in answer["error"]["message"]


def test_a_huge_wrong_value_is_named_not_echoed_back_whole():
    code, answer = run_text(json.dumps({"nationality": "MA", "location": "x" * 100_000}))
    assert code == 2 and answer["error"]["field"] == "location"
    assert len(answer["error"]["message"]) < 400
