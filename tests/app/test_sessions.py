"""Sessions survive: every answer is saved at once, a killed process loses nothing, the next
start offers to resume; the list reopens, renames, deletes; the helpdesk saves transcripts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from assistant.app.screens.resume import ResumeScreen
from assistant.app.screens.sessions import SessionsScreen
from assistant.app.store import SessionStore

from .conftest import SIZE, answer

ROOT = Path(__file__).parents[2]

KILLED_MIDWAY = textwrap.dedent("""
    import asyncio, os, signal, sys
    from datetime import date
    from pathlib import Path
    from textual.widgets import Input
    from assistant.app.app import create_app

    async def main():
        app = create_app(lang="fr", today=date(2026, 3, 2), db=Path(sys.argv[1]), resume=False,
                         describe=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.loaded()
            for text in ["1", "Maroc", "1", "du 1er avril au 15 juin 2026"]:
                app.screen.query_one("#answer", Input).value = text
                await pilot.press("enter")
            os.kill(os.getpid(), signal.SIGKILL)   # no clean shutdown, nothing flushed

    asyncio.run(main())
""")


async def test_a_killed_app_resumes_with_nothing_lost(make_app, tmp_path):
    db = tmp_path / "sessions.db"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_MIDWAY, str(db)],
        cwd=ROOT,
        env={**os.environ, "CI": "true"},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
    )
    assert killed.returncode == -9, killed.stderr.decode()[-2000:]

    app = make_app(lang="fr", db=db, resume=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("enter")  # "Reprendre" has the focus
        facts = app.case.interview.state.facts
        assert facts.nationality == "MA" and facts.location == "abroad"
        assert str(facts.work.end) == "2026-06-15"
        assert app.case.question().id == "previous_stays"
        answers = [e.text for e in app.case.entries if e.who == "user"]
        assert answers == ["1", "Maroc", "1", "du 1er avril au 15 juin 2026"]
        await answer(pilot, "non", "le 31 mars", "passeport")
        assert app.case.done


async def test_the_session_list_reopens_renames_and_deletes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker", "Morocco")
        first = app.case.id
        await pilot.press("ctrl+n")
        await answer(pilot, "I run the farm", "Ukraine")
        assert len(app.store.sessions()) == 2
        await pilot.press("f6")
        assert isinstance(app.screen, SessionsScreen)
        app.screen.query_one("#search").value = "Morocco"
        await pilot.pause()
        await pilot.press("enter")  # the list has the focus: open the one found
        assert app.case.id == first
        app.rename_session(first, "Karim, farm Hesbaye")
        assert app.store.sessions("Hesbaye")[0].id == first
        app.delete_session(first)
        assert [s.id for s in app.store.sessions()] != [first]
        assert app.case.id != first


async def test_helpdesk_notes_are_saved_and_a_transcript_replays(make_app, tmp_path):
    from assistant.engine.transcript import replay_file

    app = make_app(helpdesk=True, today=__import__("datetime").date(2026, 2, 2))
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(
            pilot,
            "Kyrgyzstan",
            "abroad",
            "1 May 2026 - 30 September 2026",
            "no",
            "24",
            "passport, phone +32 470 12 34 56",
        )
        await pilot.press("escape")
        app.get_screen  # noqa: B018
        await pilot.pause()
        app.case.notes = "Caller: Aibek, employer in Sint-Truiden"
        app.save()
        app.save_transcript()
    path = next(tmp_path.glob("transcript-*.toml"))
    text = path.read_text()
    assert "Aibek" not in text and "470" not in text and "xxxx" in text
    result = replay_file(path)
    assert result.passed, result.first_divergence
    store = SessionStore(tmp_path / "sessions.db")
    assert store.sessions("Aibek")[0].helpdesk


async def test_a_transcript_saved_mid_interview_replays_up_to_where_it_stopped(make_app, tmp_path):
    from assistant.engine.transcript import replay_file

    app = make_app(helpdesk=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "Ahmed Benali, marocain", "abroad", "1.4.2026-15.6.2026")
        await pilot.press("ctrl+s")
        await pilot.pause()
    (path,) = tmp_path.glob("transcript-*.toml")
    text = path.read_text()
    assert "done = false" in text and "1.4.2026-15.6.2026" in text
    assert "Ahmed" not in text and "Benali" not in text
    result = replay_file(path)
    assert result.passed, result.first_divergence
