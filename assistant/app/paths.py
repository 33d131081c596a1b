"""Every file the app reads or writes, in one place.

The session database follows the platform's user-data convention (``platformdirs``), and can
be moved with ``--db PATH`` or the ``SAISON_DB`` environment variable (the option wins).
Exports and transcripts go to the platform's documents folder unless a folder is given (never
the current folder: run from a work tree, they would land in it).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "saison"
DB_ENV = "SAISON_DB"
"""Environment variable naming the session database file."""


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as platform_user_data_dir

    return Path(platform_user_data_dir(APP_NAME, appauthor=False))


def db_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The session database: ``--db``, else ``$SAISON_DB``, else ``<user data>/sessions.db``."""
    if override:
        return Path(override).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    return user_data_dir() / "sessions.db"


def export_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where exported results and transcripts are written: ``--export-dir``, else the
    platform's documents folder."""
    if override:
        return Path(override).expanduser()
    from platformdirs import user_documents_path

    return user_documents_path()
