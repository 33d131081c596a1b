"""Situations that cannot be read: exit 2, a JSON error naming the field, never a traceback."""

from __future__ import annotations

import json
import time

import pytest

from .helpers import BASE, call, command, error, outcome, period

GOOD = {**BASE, "work": period("2026-04-01", "2026-06-15")}


def with_(**changes) -> dict:
    situation = {**GOOD, **changes}
    return {key: value for key, value in situation.items() if value is not None}


def test_text_that_is_not_json_is_refused():
    error(raw="{nationality: MA")


def test_a_json_value_that_is_not_an_object_is_refused():
    error(raw="[1, 2, 3]")


def test_an_empty_input_is_refused():
    error(raw="")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"location": "mars"}, "location"),
        ({"status": "tourist"}, "status"),
        ({"location": None}, "location"),
        ({"nationality": None}, "nationality"),
        ({"nationality": "Atlantis"}, "nationality"),
        ({"nationality": "Narnia"}, "nationality"),
        ({"nationality": ""}, "nationality"),
        ({"nationality": 42}, "nationality"),
        ({"today": "2026-02-30"}, "today"),
        ({"entry_date": "2025-02-29"}, "entry_date"),
        ({"filed_on": "01/04/2026"}, "filed_on"),
        ({"age": "thirty"}, "age"),
        ({"age": -5}, "age"),
        ({"age": 30.5}, "age"),
        ({"documents": "passport"}, "documents"),
    ],
)
def test_a_bad_top_level_value_is_refused_naming_its_field(changes, field):
    assert error(with_(**changes))["field"] == field


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"work": {"start": "2026-02-30", "end": "2026-06-15"}}, "work"),
        ({"work": {"start": "2026-04-01", "end": "2025-02-29"}}, "work"),
        ({"work": {"start": "2026-06-15", "end": "2026-04-01"}}, "work"),
        ({"work": {"start": "2026-04-01"}}, "work"),
        ({"current_stay": {"start": "2026-05-01", "end": "2026-04-01"}}, "current_stay"),
        (
            {"previous_seasonal_stays": [{"start": "2025-09-30", "end": "2025-06-23"}]},
            "previous_seasonal_stays",
        ),
        (
            {"previous_schengen_stays": [{"start": "2025-13-01", "end": "2025-12-31"}]},
            "previous_schengen_stays",
        ),
        ({"documents": [1, 2]}, "documents"),
        (
            {"previous_schengen_stays": {"start": "2025-10-01", "end": "2025-10-31"}},
            "previous_schengen_stays",
        ),
    ],
)
def test_an_impossible_period_is_refused_naming_the_period(changes, field):
    named = error(with_(**changes))["field"]
    assert named == field or named.startswith(field + "."), named


def test_a_one_day_period_whose_end_equals_its_start_is_accepted():
    assert outcome(work=period("2026-04-01", "2026-04-01"))["procedure"] == "short_stay"


def test_the_error_message_is_written_in_the_chosen_language():
    messages = {
        lang: error(with_(location="mars"), lang=lang)["message"]
        for lang in ("fr", "nl", "de", "en")
    }
    assert len(set(messages.values())) == 4


def test_an_unknown_language_is_refused():
    code, answer = call(GOOD, lang="xx")
    assert code == 2
    assert "error" in answer


def test_a_huge_nationality_string_is_refused_quickly():
    started = time.perf_counter()
    assert error(with_(nationality="A" * 900_000))["field"] == "nationality"
    assert time.perf_counter() - started < 5


def test_a_situation_over_a_megabyte_is_refused_whole():
    refused = error(with_(nationality="A" * 1_000_000))
    assert refused["field"] is None and "1 MB" in refused["message"]


def test_thousands_of_previous_stays_are_answered_quickly():
    stays = [period("2025-10-01", "2025-10-01")] * 20_000
    started = time.perf_counter()
    code, answer = call(with_(previous_schengen_stays=stays))
    assert code in (0, 2)
    assert time.perf_counter() - started < 5


# -- the real command, in a subprocess -----------------------------------------------------


def test_the_command_answers_a_good_situation_with_exit_0_and_json_on_stdout():
    code, out, err = command(json.dumps(GOOD).encode(), "de")
    assert code == 0, err
    assert json.loads(out)["procedure"] == "short_stay"
    assert "Traceback" not in err


def test_the_command_refuses_bad_json_with_exit_2_and_no_traceback():
    code, out, err = command(b'{"nationality": "MA", "location": ', "fr")
    assert code == 2
    assert "error" in json.loads(out)
    assert "Traceback" not in err and "Traceback" not in out


def test_the_command_refuses_a_date_that_does_not_exist_naming_the_field():
    code, out, err = command(json.dumps(with_(today="2025-02-29")).encode(), "nl")
    assert code == 2
    assert json.loads(out)["error"]["field"] == "today"
    assert "Traceback" not in err


def test_the_command_refuses_bytes_that_are_not_utf8_with_a_readable_json_error():
    code, out, err = command(b'{"nationality": "\xff\xfe", "location": "abroad"}', "en")
    assert code == 2
    assert "error" in json.loads(out)
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "situation",
    [
        {**GOOD, "work": period("9999-12-01", "9999-12-31")},
        {**GOOD, "work": period("9999-01-01", "9999-12-31"), "filed_on": "9999-12-30"},
    ],
)
def test_a_date_at_the_end_of_the_calendar_is_answered_or_refused_never_an_internal_error(
    situation,
):
    code, out, err = command(json.dumps(situation).encode(), "en")
    assert code in (0, 2), out
    assert "Traceback" not in err


def test_a_date_at_the_start_of_the_calendar_is_answered_or_refused():
    situation = {**GOOD, "today": "0001-01-01", "work": period("0001-01-01", "0001-01-31")}
    code, answer = call(situation)
    assert code in (0, 2)


def test_explicit_nulls_for_optional_fields_are_read_as_missing():
    situation = {
        **GOOD,
        "age": None,
        "documents": None,
        "status": None,
        "filed_on": None,
        "previous_seasonal_stays": None,
        "previous_schengen_stays": None,
    }
    code, answer = call(situation)
    assert code == 0, answer
    assert answer["procedure"] == "short_stay"


def test_the_command_refuses_absurdly_deep_json_without_a_traceback():
    code, out, err = command(b"[" * 200_000 + b"]" * 200_000, "en")
    assert code == 2
    assert "error" in json.loads(out)
    assert "Traceback" not in err


def test_the_command_reads_a_file_given_as_argument(tmp_path):
    path = tmp_path / "situation.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    code, out, err = command(b"", "en", str(path))
    assert code == 0, err
    assert json.loads(out)["procedure"] == "short_stay"


def test_the_command_refuses_a_file_that_does_not_exist(tmp_path):
    code, out, err = command(b"", "en", str(tmp_path / "nowhere.json"))
    assert code == 2
    assert "error" in json.loads(out)
    assert "Traceback" not in err
