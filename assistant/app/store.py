"""The one persistence service: sessions in a local SQLite database (WAL).

The UI calls only this; rows never leave it (they become ``Case`` or ``SessionSummary``).
Every save is its own committed transaction, so a killed process loses at most the answer being
typed. Opened in the loading thread, then used from the UI thread only.

It degrades, it never dies: every failure is a :class:`StoreProblem` of a known ``kind`` (the
app words it in the interface language and offers a way on), and a case is never overwritten
blind — each row carries a version (``rev``); a save that finds another version than the one
it read raises :class:`CaseChanged` and writes nothing.

Schema: ``PRAGMA user_version`` says which layout the file has; :data:`MIGRATIONS` bring an
older file up to :data:`SCHEMA_VERSION` in one transaction. A file from a newer saison is
opened read-only. A first start is race-free: the WAL switch and the migration run under a
lock file, with ``IF NOT EXISTS``.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .case import Case

SCHEMA_VERSION = 2
"""The layout this saison writes (``PRAGMA user_version``)."""

COLUMNS: dict[str, str] = {
    "id": "TEXT PRIMARY KEY",
    "title": "TEXT",
    "created": "TEXT",
    "updated": "TEXT",
    "lang": "TEXT",
    "result_lang": "TEXT",
    "role": "TEXT",
    "helpdesk": "INTEGER",
    "done": "INTEGER",
    "nationality": "TEXT",
    "procedure": "TEXT",
    "summary": "TEXT",
    "notes": "TEXT",
    "state": "TEXT",
    "conversation": "TEXT",
    "rev": "INTEGER NOT NULL DEFAULT 0",
    "holder": "TEXT",
}
SEARCHED = ("title", "summary", "notes", "nationality", "procedure", "conversation")
LISTED = "id, title, summary, created, updated, done, procedure, helpdesk"

OPEN_TIMEOUT = 5.0
"""Seconds the loading thread waits for another process's lock (it is off the UI thread)."""
WRITE_TIMEOUT = 0.25
"""Seconds a save from the UI thread waits for a lock before it is retried later."""


class StoreProblem(Exception):
    """The database cannot be used as asked. ``kind``:

    - ``corrupt``: not a database, or a damaged one;
    - ``locked``: another process holds the lock (retry later);
    - ``readonly``: the file or its folder cannot be written;
    - ``folder``: the path is a folder, or its parent is a file;
    - ``full``: the disk is full or the file may not grow;
    - ``layout``: a database of another program, or another layout than saison's;
    - ``newer``: a file from a newer saison, opened read-only: not written;
    - ``row``: one session cannot be read (saved by another version, or damaged).
    """

    def __init__(self, kind: str, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{kind}: {path}: {detail}")
        self.kind = kind
        self.path = Path(path)
        self.detail = detail


class CaseChanged(Exception):
    """The case was saved by another window since this one read it: nothing was written."""

    def __init__(self, session_id: str) -> None:
        super().__init__(session_id)
        self.session_id = session_id


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """A session as the list shows it."""

    id: str
    title: str
    """The name given, else the summary (nationality · procedure)."""
    created: str
    updated: str
    done: bool
    procedure: str
    helpdesk: bool


def problem_of(error: BaseException, path: Path | str) -> StoreProblem:
    """The kind of an SQLite or OS error, as the app words it."""
    if isinstance(error, StoreProblem):
        return error
    text = str(error).lower()
    if isinstance(error, IsADirectoryError | NotADirectoryError | FileExistsError):
        return StoreProblem("folder", path, str(error))
    if isinstance(error, PermissionError):
        return StoreProblem("readonly", path, str(error))
    if "locked" in text or "busy" in text:
        return StoreProblem("locked", path, str(error))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreProblem("readonly", path, str(error))
    if "full" in text or "disk i/o" in text or "too large" in text:
        return StoreProblem("full", path, str(error))
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
        return StoreProblem("corrupt", path, str(error))
    if "malformed" in text or "not a database" in text:
        return StoreProblem("corrupt", path, str(error))
    if "no such column" in text or "no such table" in text or "view" in text:
        return StoreProblem("layout", path, str(error))
    return StoreProblem("full" if isinstance(error, OSError) else "corrupt", path, str(error))


# --- migrations -----------------------------------------------------------------------------


def _columns(conn: sqlite3.Connection) -> dict[str, str]:
    return {row[1]: row[2] for row in conn.execute("PRAGMA table_info(sessions)")}


def _layout(conn: sqlite3.Connection, path: Path) -> None:
    """The sessions table, with every column saison reads (a dropped or renamed one comes
    back empty: the rows without it are shown as sessions that cannot be read)."""
    kind = conn.execute("SELECT type FROM sqlite_master WHERE name = 'sessions'").fetchone()
    if kind is not None and kind[0] != "table":
        raise StoreProblem("layout", path, f"sessions is a {kind[0]}")
    columns = ", ".join(f"{name} {decl}" for name, decl in COLUMNS.items())
    conn.execute(f"CREATE TABLE IF NOT EXISTS sessions ({columns})")
    present = _columns(conn)
    for name, decl in COLUMNS.items():
        if name not in present:
            declared = decl.replace("PRIMARY KEY", "")
            conn.execute(f"ALTER TABLE sessions ADD COLUMN {name} {declared}")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection, Path], None]] = {
    1: _layout,  # 0 → 1: the first versioned layout; adds ``rev`` (optimistic concurrency)
    2: _layout,  # 1 → 2: adds ``holder`` (the window a case is open in)
}
"""``n``: what brings a file at version ``n - 1`` to version ``n``."""


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the file to :data:`SCHEMA_VERSION` in one transaction (another process may have
    done it meanwhile: the version is read again inside it)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for target in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[target](conn, path)
        _layout(conn, path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@contextlib.contextmanager
def _setup_lock(path: Path) -> Iterator[None]:
    """Only one process creates the file, switches it to WAL and migrates it at a time."""
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's own locks and the retries below
        yield
        return
    try:
        handle = open(path.with_name(path.name + ".lock"), "a")  # noqa: SIM115
    except OSError:  # a read-only folder: nothing will be created there anyway
        yield
        return
    with handle:
        deadline = time.monotonic() + OPEN_TIMEOUT
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise StoreProblem("locked", path, "lock file held") from None
                time.sleep(0.02)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _retrying(action: Callable[[], Any], timeout: float) -> Any:
    """``action``, tried again with a growing wait while the database is busy."""
    deadline = time.monotonic() + timeout
    wait = 0.01
    while True:
        try:
            return action()
        except sqlite3.OperationalError as error:
            busy = "locked" in str(error).lower() or "busy" in str(error).lower()
            if not busy or time.monotonic() + wait > deadline:
                raise
            time.sleep(wait)
            wait = min(wait * 2, 0.5)


# --- the store ------------------------------------------------------------------------------


class SessionStore:
    """Sessions in ``path`` (``None``: in memory only, nothing kept after the app ends)."""

    def __init__(self, path: Path | None, holder: str | None = None) -> None:
        self.path = path
        self.holder = holder or f"{socket.gethostname()}:{os.getpid()}"
        """This window, as the rows it saves name it: another window starting is not offered
        a case open here."""
        self.memory = path is None
        self.read_only = False
        """A file from a newer saison: read, never written."""
        if path is None:
            self.conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            migrate(self.conn, Path(":memory:"))
            return
        try:
            self.conn = self._open(path)
        except StoreProblem:
            raise
        except (sqlite3.Error, OSError) as error:
            raise problem_of(error, path) from error

    @classmethod
    def in_memory(cls) -> SessionStore:
        return cls(None)

    def _open(self, path: Path) -> sqlite3.Connection:
        if path.is_dir():
            raise StoreProblem("folder", path, "a folder")
        path.parent.mkdir(parents=True, exist_ok=True)
        with _setup_lock(path):
            conn = sqlite3.connect(
                path, timeout=OPEN_TIMEOUT, check_same_thread=False, isolation_level=None
            )
            try:
                version = _retrying(
                    lambda: conn.execute("PRAGMA user_version").fetchone()[0], OPEN_TIMEOUT
                )
                if version > SCHEMA_VERSION:
                    conn.close()
                    return self._open_read_only(path)
                # checked before anything is written to it: a damaged file is kept as it was
                check = _retrying(
                    lambda: conn.execute("PRAGMA quick_check").fetchone(), OPEN_TIMEOUT
                )
                if check is None or check[0] != "ok":
                    raise StoreProblem("corrupt", path, str(check))
                _retrying(
                    lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone(), OPEN_TIMEOUT
                )
                _retrying(lambda: migrate(conn, path), OPEN_TIMEOUT)
            except BaseException:
                conn.close()
                raise
        conn.execute(f"PRAGMA busy_timeout = {int(WRITE_TIMEOUT * 1000)}")
        # WAL with NORMAL: a commit survives the process being killed (the WAL is written before
        # the commit returns), without waiting for the disk on every answer
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def _open_read_only(self, path: Path) -> sqlite3.Connection:
        self.read_only = True
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=OPEN_TIMEOUT,
            check_same_thread=False,
            isolation_level=None,
        )
        if "sessions" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
            conn.close()
            raise StoreProblem("layout", path, "no sessions table")
        return conn

    @property
    def where(self) -> str:
        return str(self.path) if self.path is not None else ":memory:"

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    @contextlib.contextmanager
    def _failing_as_problem(self) -> Iterator[None]:
        try:
            yield
        except (StoreProblem, CaseChanged):
            raise
        except (sqlite3.Error, OSError) as error:
            raise problem_of(error, self.where) from error

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``: the lock is taken before reading)."""
        if self.read_only:
            raise StoreProblem("newer", self.where, "opened read-only")
        with self._failing_as_problem():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise

    # --- writing -----------------------------------------------------------------------------

    def save(self, case: Case) -> None:
        """Write the case, if nobody else wrote it since it was read (else :class:`CaseChanged`
        and nothing written). On success ``case.rev`` is the new version."""
        row = self._row(case)
        with self._writing() as conn:
            found = conn.execute("SELECT rev FROM sessions WHERE id = ?", (case.id,)).fetchone()
            if found is not None and (found[0] or 0) != case.rev:
                raise CaseChanged(case.id)
            row["rev"] = case.rev + 1
            row["holder"] = self.holder
            names = ", ".join(row)
            marks = ", ".join(f":{name}" for name in row)
            conn.execute(f"INSERT OR REPLACE INTO sessions ({names}) VALUES ({marks})", row)
        case.rev = row["rev"]

    def rename(self, session_id: str, title: str) -> None:
        with self._writing() as conn:
            conn.execute(
                "UPDATE sessions SET title = ?, rev = rev + 1 WHERE id = ?",
                (title.strip(), session_id),
            )

    def delete(self, session_id: str) -> None:
        with self._writing() as conn:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def revision(self, session_id: str) -> int | None:
        with self._failing_as_problem():
            found = self.conn.execute(
                "SELECT rev FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        return None if found is None else found[0]

    # --- reading -----------------------------------------------------------------------------

    def load(self, session_id: str) -> Case:
        with self._failing_as_problem():
            cursor = self.conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,))
            names = [d[0] for d in cursor.description]
            found = cursor.fetchone()
        if found is None:
            raise StoreProblem("row", self.where, f"no session {session_id}")
        row = dict(zip(names, found, strict=True))
        try:
            return Case.restore(
                row["state"],
                json.loads(row["conversation"] or "{}"),
                id=row["id"],
                title=row["title"] or "",
                notes=row["notes"] or "",
                result_lang=row["result_lang"] or None,
                helpdesk=bool(row["helpdesk"]),
                created=row["created"] or "",
                rev=row["rev"] or 0,
            )
        except Exception as error:  # a row of another version, or damaged: this one only
            raise StoreProblem("row", self.where, f"{type(error).__name__}: {error}") from error

    def sessions(self, search: str = "") -> list[SessionSummary]:
        """Every session, the last touched first; ``search`` filters on title, notes, summary
        and the conversation."""
        where, params = "", {}
        if search.strip():
            where = "WHERE " + " OR ".join(f"{column} LIKE :q" for column in SEARCHED)
            params = {"q": f"%{search.strip()}%"}
        with self._failing_as_problem():
            cursor = self.conn.execute(
                f"SELECT {LISTED} FROM sessions {where} ORDER BY updated DESC", params
            )
            names = [d[0] for d in cursor.description]
            return [self._summary(dict(zip(names, r, strict=True))) for r in cursor]

    def latest_unfinished(self) -> SessionSummary | None:
        """The last session left unfinished, unless it is open in another window still running
        (two windows starting are not both offered the same case)."""
        with self._failing_as_problem():
            cursor = self.conn.execute(
                f"SELECT {LISTED}, holder FROM sessions WHERE done = 0 AND "
                'state LIKE \'%"answered":["%\' ORDER BY updated DESC LIMIT 20'
            )
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, found, strict=True)) for found in cursor]
        for row in rows:
            if not self._held_elsewhere(row.get("holder")):
                return self._summary(row)
        return None

    def _held_elsewhere(self, holder: object) -> bool:
        if not isinstance(holder, str) or not holder or holder == self.holder:
            return False
        host, _, pid = holder.rpartition(":")
        if host != socket.gethostname() or not pid.isdigit():
            return False  # another machine's window cannot be checked: not held
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return False  # that window is gone (closed, or killed)
        except PermissionError:
            return True
        return True

    def release(self) -> None:
        """This window closes: its cases may be offered to the next one."""
        if self.read_only or self.memory:
            return
        with contextlib.suppress(StoreProblem, sqlite3.Error):
            with self._writing() as conn:
                conn.execute("UPDATE sessions SET holder = NULL WHERE holder = ?", (self.holder,))

    # --- conversion --------------------------------------------------------------------------

    @staticmethod
    def _row(case: Case) -> dict[str, Any]:
        state = case.interview.state
        outcome = case.interview.outcome()
        return {
            "id": case.id,
            "title": case.title,
            "created": case.created,
            "updated": datetime.now().isoformat(timespec="microseconds"),
            "lang": case.lang,
            "result_lang": case.result_lang or "",
            "role": state.role or "",
            "helpdesk": int(case.helpdesk),
            "done": int(case.done),
            "nationality": state.facts.nationality or "",
            "procedure": (outcome.procedure or "") if outcome else "",
            "summary": case.summary(),
            "notes": case.notes,
            "state": case.interview.to_json(),
            "conversation": json.dumps(case.conversation(), ensure_ascii=False),
        }

    @staticmethod
    def _summary(row: dict[str, Any]) -> SessionSummary:
        """A listed row, whatever its columns hold (a bad row is listed, not a crash)."""

        def text(name: str) -> str:
            value = row.get(name)
            return value if isinstance(value, str) else ("" if value is None else str(value))

        return SessionSummary(
            id=text("id"),
            title=text("title") or text("summary"),
            created=text("created"),
            updated=text("updated"),
            done=bool(row.get("done")),
            procedure=text("procedure"),
            helpdesk=bool(row.get("helpdesk")),
        )


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) out of the way, never deleting it: the
    new name says when. Returns the new name of the database file."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{number}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target
