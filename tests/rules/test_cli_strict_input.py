"""``saison decide`` refuses what it cannot read: every hostile input is an exit 2 with a short
JSON error in the chosen language, never a traceback, never a silently different answer
(docs/decide.md, "Input")."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules.cli import run

from .test_cli import EXAMPLE, run_text

REFUSED_BASE = {
    "today": "2026-03-02",
    "nationality": "MA",
    "location": "abroad",
    "work": {"start": "2026-04-01", "end": "2026-06-15"},
    "previous_seasonal_stays": [{"start": "2025-10-01", "end": "2026-02-27"}],
}
"""150 days of seasonal stay in the last 360: the request is refused (seasonal_max_reached)."""


def saison(*args: str, stdin: bytes = b"", timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
    )


def test_the_refused_base_situation_is_refused():
    code, outcome = run_text(json.dumps(REFUSED_BASE))
    assert code == 0 and "seasonal_max_reached" in outcome["blocking"]


def test_a_misspelt_field_is_an_error_naming_the_field_it_resembles():
    misspelt = dict(REFUSED_BASE)
    misspelt["previous_seasonal_stay"] = misspelt.pop("previous_seasonal_stays")
    code, answer = run_text(json.dumps(misspelt), "--lang", "fr")
    assert (code, answer["error"]["field"]) == (2, "previous_seasonal_stay")
    assert "previous_seasonal_stays" in answer["error"]["message"]


def test_a_misspelt_field_inside_a_period_is_an_error_too():
    code, answer = run_text(json.dumps({**EXAMPLE, "work": {"start": "2026-04-01", "einde": "x"}}))
    assert code == 2 and answer["error"]["field"] in {"work.einde", "work.end"}


def test_a_field_given_twice_is_an_error_not_the_last_one_winning():
    text = '{"nationality": "MA", "location": "abroad", "location": "belgium"}'
    code, answer = run_text(text, "--lang", "nl")
    assert (code, answer["error"]["field"]) == (2, "location")


@pytest.mark.parametrize("listing", ["previous_seasonal_stays", "previous_schengen_stays"])
def test_an_earlier_stay_after_the_requested_start_is_an_error_never_ignored(listing):
    situation = {**EXAMPLE, listing: [{"start": "2026-05-01", "end": "2026-05-20"}]}
    code, answer = run_text(json.dumps(situation))
    assert (code, answer["error"]["field"]) == (2, f"{listing}.0")
    assert "2026-04-01" in answer["error"]["message"]


@pytest.mark.parametrize("field", ["location", "nationality", "status"])
def test_values_are_trimmed_the_same_way_in_every_field(field):
    situation = {**EXAMPLE, "location": "belgium", "status": "none"}
    situation[field] = f"  {situation[field]} "
    code, _ = run_text(json.dumps(situation))
    assert code == 0


@pytest.mark.parametrize("value", ['"no"', "1", '"true"', "0"])
def test_seasonal_work_is_strictly_true_false_or_null(value):
    text = json.dumps(EXAMPLE)[:-1] + f', "seasonal_work": {value}}}'
    code, answer = run_text(text)
    assert (code, answer["error"]["field"]) == (2, "seasonal_work")


def test_too_many_documents_are_refused():
    code, answer = run_text(json.dumps({**EXAMPLE, "documents": ["passport"] * 301}))
    assert (code, answer["error"]["field"]) == (2, "documents")


def test_a_document_phrase_of_a_page_is_refused():
    code, answer = run_text(json.dumps({**EXAMPLE, "documents": ["passport " * 100]}))
    assert (code, answer["error"]["field"]) == (2, "documents.0")


def test_a_lone_surrogate_is_an_error_not_a_traceback():
    done = saison("decide", stdin=b'{"nationality":"\\ud800","location":"abroad"}')
    assert done.returncode == 2 and done.stderr == b""
    assert json.loads(done.stdout)["error"]["field"] == "nationality"


def test_a_number_of_thousands_of_digits_is_refused_without_echoing_it():
    done = saison(
        "decide", stdin=b'{"nationality":"MA","location":"abroad","age":' + b"9" * 4300 + b"}"
    )
    assert done.returncode == 2 and done.stderr == b""
    assert len(done.stdout) < 400 and b"9999999999" not in done.stdout


def test_an_endless_device_is_refused_at_once():
    done = saison("decide", "/dev/zero", timeout=20)
    assert done.returncode == 2
    assert json.loads(done.stdout)["error"]["field"] == "file"


def test_an_endless_standard_input_is_cut_at_a_megabyte():
    with open("/dev/zero", "rb") as zeros:
        done = subprocess.run(
            [sys.executable, "-m", "assistant.cli", "decide"],
            stdin=zeros,
            capture_output=True,
            timeout=20,
        )
    assert done.returncode == 2 and json.loads(done.stdout)["error"]["field"] is None


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "situation.json"
    os.mkfifo(fifo)
    done = saison("decide", str(fifo), timeout=20)
    assert done.returncode == 2 and json.loads(done.stdout)["error"]["field"] == "file"
    replayed = saison("replay", str(fifo), timeout=20)
    assert replayed.returncode == 1 and b"Traceback" not in replayed.stderr


def test_an_unknown_option_is_a_usage_error_not_a_file_name():
    done = saison("decide", "--verbose", stdin=json.dumps(EXAMPLE).encode())
    assert done.returncode == 2 and b"--verbose" in done.stderr
    assert b"cannot be read" not in done.stdout


def test_the_schema_of_both_sides_of_the_contract_is_printed():
    done = saison("decide", "--schema")
    schema = json.loads(done.stdout)
    assert done.returncode == 0
    assert "previous_seasonal_stays" in schema["situation"]["properties"]
    assert schema["situation"]["additionalProperties"] is False
    assert "authorised_stay" in schema["outcome"]["properties"]


def test_saison_help_lists_every_command():
    done = saison("--help")
    assert done.returncode == 0
    for command in (b"decide", b"replay", b"read"):
        assert command in done.stdout


def test_help_speaks_the_language_asked_for():
    done = saison("--lang", "de", "--help")
    assert b"Befehle" in done.stdout


def test_replay_help_is_help_not_a_transcript():
    done = saison("replay", "--help")
    assert done.returncode == 0 and b"usage: saison replay" in done.stdout


def test_the_version_is_given():
    done = saison("--version")
    assert done.returncode == 0 and done.stdout.startswith(b"saison ")


def test_a_transcript_missing_a_field_is_explained_in_words(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('title = "no language"\n[[turn]]\nanswer = "x"\n', encoding="utf-8")
    done = saison("replay", str(broken))
    assert done.returncode == 1
    assert b"KeyError" not in done.stdout and b"Traceback" not in done.stderr


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [
    "nationality",
    "location",
    "status",
    "work",
    "current_stay",
    "entry_date",
    "age",
    "previous_seasonal_stays",
    "previous_schengen_stays",
    "documents",
    "filed_on",
    "seasonal_work",
    "today",
    "previous_seasonal_stay",
    "Location",
    "docs",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, max_size=6),
    st.sampled_from(["fr", "nl", "de", "en"]),
)
def test_any_hostile_situation_is_answered_or_refused_in_json(situation, lang):
    code, answer = run_text(json.dumps(situation), "--lang", lang)
    assert code in (0, 2)
    if code == 2:
        assert set(answer) == {"error"} and len(answer["error"]["message"]) < 600


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_are_answered_or_refused_in_json(raw):
    saved, sys.stdin = sys.stdin, io.TextIOWrapper(io.BytesIO(raw))
    try:
        code, answer = run([])
    finally:
        sys.stdin = saved
    assert code in (0, 2)
