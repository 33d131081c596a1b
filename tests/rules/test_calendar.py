"""The deadlines as a calendar (RFC 5545): parsed back with ``icalendar``, every event's date is
exactly the outcome's, and exporting the same case again gives the same UIDs."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from rules import Situation, decide
from rules.calendar import REMINDER_DAYS, calendar_text, event_uid
from rules.cli import main as decide_main

ABROAD = {
    "today": "2026-03-02",
    "nationality": "MA",
    "location": "abroad",
    "work": {"start": "2026-04-01", "end": "2026-06-15"},
    "entry_date": "2026-03-30",
    "age": 30,
    "documents": ["paspoort"],
}
EXTENSION = {
    "today": "2026-03-20",
    "nationality": "UA",
    "location": "belgium",
    "status": "seasonal_short_stay",
    "current_stay": {"start": "2026-03-01", "end": "2026-04-15"},
    "work": {"start": "2026-03-01", "end": "2026-05-20"},
    "filed_on": "2026-03-20",
    "age": 41,
    "documents": ["passeport"],
}


def parsed(text: str) -> list:
    return Calendar.from_ical(text).walk("VEVENT")


@pytest.mark.parametrize("facts", [ABROAD, EXTENSION], ids=["short stay", "extension"])
@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
def test_each_dated_deadline_is_an_all_day_event_on_its_exact_date(facts, lang):
    outcome = decide(Situation.model_validate(facts), lang)
    events = parsed(calendar_text(outcome, lang, "case-1"))
    dated = [d for d in outcome.deadlines if d.date is not None]
    assert len(dated) >= 2
    assert [e.decoded("DTSTART") for e in events] == [d.date for d in dated]
    for event, deadline in zip(events, dated, strict=True):
        assert type(event.decoded("DTSTART")) is date  # all day, no time, no time zone
        assert event.decoded("DTEND") == deadline.date + timedelta(days=1)
        assert deadline.note in str(event["DESCRIPTION"])
        assert str(event["UID"]) == event_uid("case-1", deadline.id)


def test_the_title_is_the_deadline_in_the_chosen_language_and_the_article_is_cited():
    outcome = decide(Situation.model_validate(ABROAD), "fr")
    event = parsed(calendar_text(outcome, "fr", "case-1"))[0]
    assert str(event["SUMMARY"]) == "Déclarer votre arrivée"
    assert "AR 105/15" in str(event["DESCRIPTION"])  # RD written as French writes it


def test_an_action_rings_three_days_before_and_the_seasonal_limit_does_not():
    outcome = decide(Situation.model_validate(ABROAD), "en")
    kinds = {d.id: d.kind for d in outcome.deadlines}
    for event in parsed(calendar_text(outcome, "en", "case-1")):
        alarms = event.walk("VALARM")
        deadline_id = str(event["UID"]).split("-", 1)[1].split("@")[0]
        if kinds[deadline_id] == "limit":
            assert alarms == []
            continue
        (alarm,) = alarms
        assert REMINDER_DAYS == 3
        assert alarm.decoded("TRIGGER") == -timedelta(days=2, hours=15)  # 3 days before, 9:00
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])


def test_the_same_case_exported_after_a_change_keeps_its_uids_and_moves_its_dates():
    """Re-importing must update the events, not add copies: the UID names the case and the
    deadline, never the date."""
    first = decide(Situation.model_validate(ABROAD), "en")
    later = decide(Situation.model_validate(ABROAD | {"entry_date": "2026-04-02"}), "en")
    before = {str(e["UID"]): e.decoded("DTSTART") for e in parsed(calendar_text(first, "en", "A"))}
    after = {str(e["UID"]): e.decoded("DTSTART") for e in parsed(calendar_text(later, "en", "A"))}
    assert before.keys() == after.keys()
    assert before != after
    other = {str(e["UID"]) for e in parsed(calendar_text(first, "en", "B"))}
    assert not other & before.keys()


def test_a_case_is_the_same_case_whatever_its_spacing_or_case():
    assert event_uid("Ahmed  Benali", "registration") == event_uid("ahmed benali ", "registration")
    assert "Ahmed" not in event_uid("Ahmed Benali", "registration")  # no name in the UID


def test_an_outcome_without_a_dated_deadline_is_an_empty_calendar():
    outcome = decide(Situation.model_validate({"nationality": "FR", "location": "abroad"}), "en")
    calendar = Calendar.from_ical(calendar_text(outcome, "en", "x"))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"


def test_the_file_has_crlf_line_ends_and_folded_lines(tmp_path):
    outcome = decide(Situation.model_validate(ABROAD), "de")
    text = calendar_text(outcome, "de", "case-1")
    lines = text.split("\r\n")
    assert text.endswith("END:VCALENDAR\r\n") and "\n" not in text.replace("\r\n", "")
    assert max(len(line.encode("utf-8")) for line in lines) <= 75


def test_decide_writes_the_calendar_beside_the_same_json(tmp_path, capsys):
    situation = tmp_path / "ahmed.json"
    situation.write_text(json.dumps(ABROAD), "utf-8")
    ics = tmp_path / "ahmed.ics"
    assert decide_main([str(situation), "--lang", "nl", "--ics", str(ics)]) == 0
    outcome = json.loads(capsys.readouterr().out)
    events = parsed(ics.read_text("utf-8"))
    assert [e.decoded("DTSTART").isoformat() for e in events] == [
        d["date"] for d in outcome["deadlines"] if d["date"]
    ]
    assert str(events[0]["UID"]) == event_uid("ahmed", outcome["deadlines"][0]["id"])
    assert decide_main([str(situation), "--ics", str(ics), "--case", "Ahmed B."]) == 0
    capsys.readouterr()
    assert str(parsed(ics.read_text("utf-8"))[0]["UID"]).startswith(
        event_uid("Ahmed B.", "x").split("-")[0]
    )


def test_decide_says_which_calendar_file_it_cannot_write(tmp_path, capsys):
    situation = tmp_path / "s.json"
    situation.write_text(json.dumps(ABROAD), "utf-8")
    code = decide_main([str(situation), "--lang", "fr", "--ics", str(tmp_path / "no" / "x.ics")])
    error = json.loads(capsys.readouterr().out)["error"]
    assert code == 2 and error["field"] == "ics"
    assert "x.ics" in error["message"] and "écrit" in error["message"]
