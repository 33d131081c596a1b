"""The result's deadlines into a calendar, from the result screen (ctrl+k) or the palette."""

from __future__ import annotations

from icalendar import Calendar

from assistant.app.screens.result import ResultScreen
from rules.calendar import event_uid

from .conftest import SIZE, WHOLE_INTERVIEW, answer


async def test_ctrl_k_on_the_result_saves_the_deadlines_as_a_calendar(make_app):
    app = make_app(result_lang="fr")
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, *WHOLE_INTERVIEW)
        assert isinstance(app.screen, ResultScreen)
        await pilot.press("ctrl+k")
        await pilot.pause()
        (path,) = app.options.export_dir.glob("saison-*.ics")
        assert path.read_bytes().count(b"\r\n") > 10  # CRLF as written, not doubled
        events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        outcome = app.case.outcome()
        dated = [d for d in outcome.deadlines if d.date is not None]
        assert [e.decoded("DTSTART") for e in events] == [d.date for d in dated]
        assert [str(e["UID"]) for e in events] == [event_uid(app.case.id, d.id) for d in dated]
        assert str(events[0]["SUMMARY"]) == "Déclarer votre arrivée"  # the worker answered


async def test_the_palette_offers_the_calendar_in_the_interface_language(make_app):
    app = make_app(lang="nl")
    async with app.run_test(size=SIZE):
        await app.loaded()
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert "Agenda" in commands
        assert ".ics" in commands["Agenda"]
