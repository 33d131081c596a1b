"""The case store degrades, it never dies: a damaged, locked, read-only, full or foreign
database gives a message and a way on; nothing typed is lost; two windows on one case never
write blind; four first starts at once all succeed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from assistant.app.case import Case
from assistant.app.screens.conflict import ConflictScreen
from assistant.app.screens.sessions import SessionsScreen
from assistant.app.screens.store_problem import StoreProblemScreen
from assistant.app.store import (
    SCHEMA_VERSION,
    CaseChanged,
    SessionStore,
    StoreProblem,
)

from .conftest import SIZE, answer, readable_by_nobody

ROOT = Path(__file__).parents[2]
TODAY = date(2026, 3, 2)


def a_case(*answers: str) -> Case:
    case = Case.new("en", TODAY, describe=False)
    for text in answers:
        case.answer(text)
    return case


def saved_database(path: Path, *answers: str) -> Case:
    store = SessionStore(path)
    case = a_case(*answers)
    store.save(case)
    store.close()
    return case


def run(script: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        **kwargs,
    )


# --- damaged files ----------------------------------------------------------------------------


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _text(path: Path) -> None:
    path.write_text("Karim, farm Hesbaye: 1 May to 30 September\n" * 50)


def _truncated(path: Path) -> None:
    saved_database(path, "I'm the worker", "Morocco")
    _checkpoint(path)
    data = path.read_bytes()
    path.write_bytes(data[:1500])


def _header(path: Path) -> None:
    saved_database(path, "I'm the worker", "Morocco")
    _checkpoint(path)
    data = bytearray(path.read_bytes())
    data[:16] = b"NOT SQLITE FILE\0"
    path.write_bytes(bytes(data))


def _pages(path: Path) -> None:
    saved_database(path, "I'm the worker", "Morocco")
    _checkpoint(path)
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):  # every page after the first: scribbled on
        data[offset : offset + 200] = os.urandom(200)
    path.write_bytes(bytes(data))


def _page_size(path: Path) -> None:
    saved_database(path, "I'm the worker", "Morocco")
    _checkpoint(path)
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x00\x07"  # an impossible page size
    path.write_bytes(bytes(data))


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


DAMAGE = {
    "random bytes": _garbage,
    "a text file": _text,
    "cut short": _truncated,
    "header overwritten": _header,
    "pages scribbled on": _pages,
    "impossible page size": _page_size,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_file_is_a_problem_of_its_kind_not_a_traceback(tmp_path, damage):
    path = tmp_path / "sessions.db"
    DAMAGE[damage](path)
    with pytest.raises(StoreProblem) as problem:
        store = SessionStore(path)
        store.sessions()
    assert problem.value.kind == "corrupt"


async def test_a_damaged_default_database_is_kept_aside_and_a_fresh_one_started(make_app, tmp_path):
    path = tmp_path / "sessions.db"
    _pages(path)
    damaged = path.read_bytes()
    app = make_app(db=path)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await pilot.pause()
        assert isinstance(app.screen, StoreProblemScreen)
        assert "damaged" in str(app.screen.query_one("#problem").render())
        assert app.store.memory  # meanwhile the case lives in memory, and the app says so
        await pilot.press("enter")  # "Set aside, start fresh" has the focus
        await pilot.pause()
        await answer(pilot, "I'm the worker", "Morocco")
        assert not app.store.memory and app.store.path == path
    kept = [
        p
        for p in tmp_path.iterdir()
        if p.name.startswith("sessions.db.broken-") and not p.name.endswith(("-wal", "-shm"))
    ]
    assert [p.read_bytes() for p in kept] == [damaged]  # renamed, never deleted
    assert SessionStore(path).load(app.case.id).interview.state.facts.nationality == "MA"


async def test_going_on_in_memory_says_so_and_another_file_takes_the_case(make_app, tmp_path):
    path = tmp_path / "sessions.db"
    _garbage(path)
    app = make_app(db=path)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await pilot.pause()
        await pilot.press("escape")  # go on without saving
        await answer(pilot, "I'm the worker", "Morocco")
        title = str(app.screen.query_one("#title-bar").render())
        assert "NOT SAVED" in title
        await pilot.pause()
        app.store_problem(StoreProblem("corrupt", path))
        await pilot.pause()
        app.screen.query_one("#other").press()
        await pilot.pause()
        app.screen.query_one("Input").value = str(tmp_path / "elsewhere.db")
        await pilot.press("enter")
        await pilot.pause()
        assert "NOT SAVED" not in str(app.screen.query_one("#title-bar").render())
    moved = SessionStore(tmp_path / "elsewhere.db").load(app.case.id)
    assert [e.text for e in moved.entries if e.who == "user"] == ["I'm the worker", "Morocco"]


# --- folders, layouts, versions ----------------------------------------------------------------


def test_a_folder_given_as_the_database_or_a_file_as_its_folder(tmp_path):
    with pytest.raises(StoreProblem) as folder:
        SessionStore(tmp_path)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreProblem) as parent:
        SessionStore(tmp_path / "file" / "sessions.db")
    assert (folder.value.kind, parent.value.kind) == ("folder", "folder")


def test_a_view_named_sessions_is_another_layout(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIEW sessions AS SELECT 1 AS id")
    conn.close()
    with pytest.raises(StoreProblem) as problem:
        SessionStore(path)
    assert problem.value.kind == "layout"


def test_an_unversioned_database_is_migrated_in_place_and_keeps_its_sessions(tmp_path):
    path = tmp_path / "sessions.db"
    case = saved_database(path, "I'm the worker", "Morocco")
    conn = sqlite3.connect(path)  # as the first saison left it: no rev, no user_version
    conn.execute("ALTER TABLE sessions DROP COLUMN rev")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    store = SessionStore(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    loaded = store.load(case.id)
    assert loaded.interview.state.facts.nationality == "MA" and loaded.rev == 0
    loaded.answer("abroad")
    store.save(loaded)
    assert store.revision(case.id) == 1


def test_a_dropped_or_renamed_column_comes_back_and_its_rows_are_said_unreadable(tmp_path):
    path = tmp_path / "sessions.db"
    case = saved_database(path, "I'm the worker", "Morocco")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE sessions RENAME COLUMN state TO old_state")
    conn.execute("ALTER TABLE sessions DROP COLUMN updated")
    conn.commit()
    conn.close()
    store = SessionStore(path)
    assert [s.id for s in store.sessions()] == [case.id]  # listed, whatever is missing
    with pytest.raises(StoreProblem) as problem:
        store.load(case.id)
    assert problem.value.kind == "row"
    store.save(a_case("2"))  # and the file is usable again


def test_a_database_from_a_newer_saison_is_opened_read_only(tmp_path):
    path = tmp_path / "sessions.db"
    case = saved_database(path, "I'm the worker", "Morocco")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    store = SessionStore(path)
    assert store.read_only
    assert store.load(case.id).interview.state.facts.nationality == "MA"
    with pytest.raises(StoreProblem) as problem:
        store.save(a_case("1"))
    assert problem.value.kind == "newer"
    store.close()
    assert path.read_bytes() == before


async def test_a_newer_database_is_said_and_the_title_bar_says_nothing_is_saved(
    make_app, notices, tmp_path
):
    path = tmp_path / "sessions.db"
    saved_database(path, "I'm the worker")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    app = make_app(db=path, lang="de")
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker")
        assert "SCHREIBGESCHÜTZT" in str(app.screen.query_one("#title-bar").render())
        assert any("neueren Version" in n.message for n in notices)


async def test_a_bad_row_neither_breaks_the_resume_offer_nor_the_session_list(
    make_app, notices, tmp_path
):
    path = tmp_path / "sessions.db"
    case = saved_database(path, "I'm the worker", "Morocco")
    conn = sqlite3.connect(path)
    conn.execute(
        'UPDATE sessions SET state = \'{"answered":["role"], "x": [}\', '
        "updated = NULL, title = 42 WHERE id = ?",
        (case.id,),
    )
    conn.commit()
    conn.close()
    app = make_app(db=path, resume=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await pilot.pause()
        await pilot.press("enter")  # resume: the row cannot be read, said, the new case kept
        await pilot.pause()
        assert app.case.id != case.id
        await pilot.press("f6")
        assert isinstance(app.screen, SessionsScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.case.id != case.id
        assert any("cannot be opened" in n.message for n in notices)


# --- locks, full disks, read-only folders ---------------------------------------------------------

HOLD_LOCK = """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("COMMIT")
"""


async def test_an_answer_saved_while_another_process_holds_the_lock_is_kept_and_written(
    make_app, tmp_path
):
    path = tmp_path / "sessions.db"
    app = make_app(db=path)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker")
        holder = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(HOLD_LOCK), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert holder.stdout.readline().strip() == "locked"
            await answer(pilot, "Morocco")
            assert app.unsaved
            assert "not saved yet" in str(app.screen.query_one("#title-bar").render())
        finally:
            holder.communicate("\n", timeout=10)
        for _ in range(40):  # the retry comes after half a second, then a second, ...
            await pilot.pause(0.1)
            if not app.unsaved:
                break
        assert not app.unsaved
        assert "not saved" not in str(app.screen.query_one("#title-bar").render())
    stored = SessionStore(path).load(app.case.id)
    assert stored.interview.state.facts.nationality == "MA"


def test_a_write_lock_held_longer_than_the_wait_is_locked_not_a_crash(tmp_path):
    path = tmp_path / "sessions.db"
    store = SessionStore(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLD_LOCK), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        case = a_case("1")
        with pytest.raises(StoreProblem) as problem:
            store.save(case)
        assert problem.value.kind == "locked" and case.rev == 0
    finally:
        holder.communicate("\n", timeout=10)
    store.save(case)
    assert store.revision(case.id) == 1


FILE_SIZE_LIMIT = """
    import resource, sys
    from datetime import date
    from pathlib import Path
    from assistant.app.case import Case
    from assistant.app.store import SessionStore, StoreProblem

    path = Path(sys.argv[1])
    store = SessionStore(path)
    case = Case.new("en", date(2026, 3, 2), describe=False)
    case.answer("1")
    store.save(case)
    size = path.stat().st_size + Path(str(path) + "-wal").stat().st_size
    resource.setrlimit(resource.RLIMIT_FSIZE, (size + 4096, size + 4096))
    case.notes = "x" * 2_000_000
    try:
        store.save(case)
        print("saved")
    except StoreProblem as problem:
        print(problem.kind, case.rev)
"""


def test_a_file_that_may_not_grow_is_full_and_the_database_stays_intact(tmp_path):
    path = tmp_path / "sessions.db"
    done = run(FILE_SIZE_LIMIT, str(path))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["full", "1"]
    store = SessionStore(path)
    (summary,) = store.sessions()
    assert store.load(summary.id).notes == ""


AS_NOBODY = """
    import sys
    from pathlib import Path
    from assistant.app.store import SessionStore, StoreProblem
    for name in sys.argv[1:]:
        try:
            SessionStore(Path(name)).sessions()
            print("opened")
        except StoreProblem as problem:
            print(problem.kind)
"""


SYSTEM_PYTHON = "/usr/bin/python3"


@pytest.mark.skipif(
    os.geteuid() != 0 or not os.access(SYSTEM_PYTHON, os.X_OK),
    reason="needs root (to run a process as nobody) and a system Python; as a "
    "plain user chmod alone is the test below",
)
def test_nobody_on_a_read_only_folder_is_told_it_cannot_be_written():
    folder = Path(tempfile.mkdtemp(prefix="saison-ro-"))
    source = readable_by_nobody()
    try:
        saved_database(folder / "sessions.db", "1")
        for name in os.listdir(folder):
            os.chmod(folder / name, 0o644)
        os.chmod(folder, 0o755)  # nobody may read, not write, here
        # the store needs only the standard library: the system Python runs it (this one may
        # live in a folder nobody cannot enter)
        done = subprocess.run(
            [
                SYSTEM_PYTHON,
                "-c",
                textwrap.dedent(AS_NOBODY),
                str(folder / "sessions.db"),
                str(folder / "new.db"),
            ],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=60,
            user=65534,
            group=65534,
            env={"HOME": str(folder), "PYTHONPATH": str(source)},
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.split() == ["readonly", "readonly"]
    finally:
        subprocess.run(["rm", "-rf", str(folder), str(source)], check=False)


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root writes through chmod: the nobody test above covers it"
)
def test_a_read_only_folder_is_told_it_cannot_be_written(tmp_path):
    saved_database(tmp_path / "sessions.db", "1")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StoreProblem) as problem:
            SessionStore(tmp_path / "new.db")
        assert problem.value.kind == "readonly"
    finally:
        tmp_path.chmod(0o755)


# --- first starts at once, two windows on one case ------------------------------------------------

START_AT_ONCE = """
    import sys, time
    from datetime import date
    from pathlib import Path
    from assistant.app.case import Case
    from assistant.app.store import SessionStore

    case = Case.new("en", date(2026, 3, 2), describe=False)
    while time.time() < float(sys.argv[2]):
        time.sleep(0.001)
    store = SessionStore(Path(sys.argv[1]))
    store.save(case)
    print("ok")
"""


def test_four_first_starts_at_once_all_open_and_save(tmp_path):
    path = tmp_path / "new" / "sessions.db"
    start = str(time.time() + 2.5)  # after every interpreter has loaded the engine
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(START_AT_ONCE), str(path), start],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=60) for p in processes]
    assert [p.returncode for p in processes] == [0] * 4, [err[-800:] for _, err in outputs]
    assert len(SessionStore(path).sessions()) == 4


def test_two_windows_on_one_case_never_write_blind(tmp_path):
    path = tmp_path / "sessions.db"
    first, second = SessionStore(path), SessionStore(path)
    case = a_case("1")
    first.save(case)
    other = second.load(case.id)
    other.answer("Morocco")
    second.save(other)
    case.answer("Ukraine")
    with pytest.raises(CaseChanged):
        first.save(case)
    assert first.load(case.id).interview.state.facts.nationality == "MA"


async def test_the_window_that_finds_its_case_changed_elsewhere_reloads_or_keeps_a_copy(
    make_app, tmp_path
):
    path = tmp_path / "sessions.db"
    app = make_app(db=path)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "I'm the worker")
        elsewhere = SessionStore(path)
        other = elsewhere.load(app.case.id)
        other.answer("Morocco")
        elsewhere.save(other)

        await answer(pilot, "Ukraine")
        assert isinstance(app.screen, ConflictScreen)
        assert elsewhere.load(app.case.id).interview.state.facts.nationality == "MA"
        await pilot.press("escape")  # keep mine as a new session: both kept
        await pilot.pause()
        cases = {s.id: elsewhere.load(s.id) for s in elsewhere.sessions()}
        assert sorted(c.interview.state.facts.nationality for c in cases.values()) == ["MA", "UA"]
        assert app.case.id != other.id and app.case.title.endswith("(copy)")

        await pilot.press("f6")
        await pilot.pause()
        app.screen.dismiss(other.id)
        await pilot.pause()
        other.answer("abroad")
        elsewhere.save(other)
        await answer(pilot, "in Belgium")
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("enter")  # reload the other window's version
        await pilot.pause()
        assert app.case.interview.state.facts.location == "abroad"


def test_a_case_open_in_a_running_window_is_not_offered_to_the_next_one(tmp_path):
    import socket

    path = tmp_path / "sessions.db"
    window = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        first = SessionStore(path, holder=f"{socket.gethostname()}:{window.pid}")
        first.save(a_case("I'm the worker", "Morocco"))
        assert SessionStore(path).latest_unfinished() is None
    finally:
        window.communicate(b"", timeout=10)
    # that window is gone (closed or killed): its case is offered again
    assert SessionStore(path).latest_unfinished() is not None
    first.release()
    assert SessionStore(path).latest_unfinished() is not None


def test_a_version_1_file_gets_the_holder_column_in_one_migration(tmp_path):
    path = tmp_path / "sessions.db"
    case = saved_database(path, "I'm the worker")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE sessions DROP COLUMN holder")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = SessionStore(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    assert store.load(case.id).rev == 1


async def test_a_helpdesk_agent_loses_nothing_typed_while_the_database_is_locked(
    make_app, tmp_path
):
    """On a call the agent answers, writes notes and starts the next case while another
    process holds the lock: typing never waits, and everything is written once it is free."""
    path = tmp_path / "sessions.db"
    app = make_app(db=path, helpdesk=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "Morocco")
        holder = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(HOLD_LOCK), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert holder.stdout.readline().strip() == "locked"
            await answer(pilot, "abroad")
            first = app.case.id
            notes = app.screen.query_one("#notes")
            notes.focus()
            started = time.perf_counter()
            await pilot.press(*"calls back")
            assert time.perf_counter() - started < 10 * 0.25  # no wait for the lock per key
            await pilot.press("ctrl+n")
            await answer(pilot, "Tunisia")
            assert app.unsaved
        finally:
            holder.communicate("\n", timeout=10)
        for _ in range(60):
            await pilot.pause(0.1)
            if not app.unsaved:
                break
        assert not app.unsaved
    store = SessionStore(path)
    kept = store.load(first)
    assert kept.interview.state.facts.location == "abroad" and kept.notes == "calls back"
    assert store.load(app.case.id).interview.state.facts.nationality == "TN"


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
async def test_every_way_on_is_shown_whole_at_80_columns(make_app, tmp_path, lang):
    from i18n import translator

    from .test_plain_text import on_screen

    path = tmp_path / "sessions.db"
    _garbage(path)
    app = make_app(db=path, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await pilot.pause()
        assert isinstance(app.screen, StoreProblemScreen)
        shown = on_screen(app)
        t = translator(lang, "app")
        for way in ("fresh", "other", "memory"):
            assert t(f"store.way.{way}") in shown
