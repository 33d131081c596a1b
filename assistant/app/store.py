"""The one persistence service: sessions in a local SQLite database (sqlite-utils, WAL).

The UI calls only this; rows never leave it (they become ``Case`` or ``SessionSummary``).
Every save is its own committed statement, so a killed process loses at most the answer being
typed. Opened in the loading thread, then used from the UI thread only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .case import Case

COLUMNS: dict[str, type] = {
    "id": str,
    "title": str,
    "created": str,
    "updated": str,
    "lang": str,
    "result_lang": str,
    "role": str,
    "helpdesk": int,
    "done": int,
    "nationality": str,
    "procedure": str,
    "summary": str,
    "notes": str,
    "state": str,
    "conversation": str,
}
SEARCHED = ("title", "summary", "notes", "nationality", "procedure", "conversation")


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


class SessionStore:
    def __init__(self, path: Path) -> None:
        import sqlite3

        import sqlite_utils

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # opened in the loading thread, then used from the UI thread only
        self.db = sqlite_utils.Database(sqlite3.connect(path, check_same_thread=False))
        self.db.enable_wal()
        self.table = self.db.table("sessions")
        if not self.table.exists():
            self.table.create(COLUMNS, pk="id")

    def close(self) -> None:
        self.db.close()

    # --- writing -----------------------------------------------------------------------------

    def save(self, case: Case) -> None:
        self.table.upsert(self._row(case), pk="id")

    def rename(self, session_id: str, title: str) -> None:
        self.table.update(session_id, {"title": title.strip()})

    def delete(self, session_id: str) -> None:
        self.table.delete(session_id)

    # --- reading -----------------------------------------------------------------------------

    def load(self, session_id: str) -> Case:
        row = self.table.get(session_id)
        return Case.restore(
            row["state"],
            json.loads(row["conversation"] or "{}"),
            id=row["id"],
            title=row["title"] or "",
            notes=row["notes"] or "",
            result_lang=row["result_lang"] or None,
            helpdesk=bool(row["helpdesk"]),
            created=row["created"],
        )

    def sessions(self, search: str = "") -> list[SessionSummary]:
        """Every session, the last touched first; ``search`` filters on title, notes, summary
        and the conversation."""
        where, params = None, {}
        if search.strip():
            where = " or ".join(f"{column} like :q" for column in SEARCHED)
            params = {"q": f"%{search.strip()}%"}
        rows = self.table.rows_where(where, params, order_by="updated desc",
                                     select="id, title, summary, created, updated, done, "
                                            "procedure, helpdesk")
        return [self._summary(row) for row in rows]

    def latest_unfinished(self) -> SessionSummary | None:
        rows = list(self.table.rows_where("done = 0 and state like '%\"answered\":[\"%'",
                                          order_by="updated desc", limit=1,
                                          select="id, title, summary, created, updated, done, "
                                                 "procedure, helpdesk"))
        return self._summary(rows[0]) if rows else None

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
        return SessionSummary(
            id=row["id"],
            title=row["title"] or row["summary"] or "",
            created=row["created"],
            updated=row["updated"],
            done=bool(row["done"]),
            procedure=row["procedure"] or "",
            helpdesk=bool(row["helpdesk"]),
        )
