"""The app's options, from the command line (``saison [--helpdesk] [--lang L] ...``).

Plain dataclass, no pydantic: this is read before the first frame, which must come fast.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

LANGUAGES = ("fr", "nl", "de", "en")


@dataclass(frozen=True, slots=True)
class Options:
    lang: str = "en"
    """The interface language (fr, nl, de, en)."""
    result_lang: str | None = None
    """The language of the result and its exports; ``None``: the interface language."""
    helpdesk: bool = False
    """Compact layout for an agent on a call: facts form, case notes, case history."""
    db: Path | None = None
    """The session database; ``None``: ``paths.db_path()`` decides."""
    today: date | None = None
    """The interview's "now" (pinned in tests and demos); ``None``: the real date."""
    export_dir: Path | None = None
    """Where exports and transcripts are written; ``None``: the documents folder."""
    resume: bool = True
    """Offer to resume the last unfinished session on start."""
    describe: bool = True
    """Open with "describe the situation in your own words" (skippable): what it gives is
    not asked again."""


def default_language() -> str:
    """The interface language from the environment (LANGUAGE, LC_ALL, LANG), else English."""
    for name in ("SAISON_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")[:2].lower()
        if value in LANGUAGES:
            return value
    return "en"


def parse(args: list[str]) -> Options:
    parser = argparse.ArgumentParser(prog="saison", description="Seasonal work in Belgium.")
    parser.add_argument("--helpdesk", action="store_true", help="helpdesk layout")
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="interface language")
    parser.add_argument("--result-lang", choices=LANGUAGES, default=None,
                        help="language of the result and exports")
    parser.add_argument("--db", type=Path, default=None, help="session database file")
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="pin today's date (YYYY-MM-DD)")
    parser.add_argument("--export-dir", type=Path, default=None,
                        help="folder for exports and transcripts")
    parser.add_argument("--new", action="store_true", help="start a new session, no resume offer")
    parser.add_argument("--no-describe", action="store_true",
                        help="ask question by question, without the opening description")
    ns = parser.parse_args(args)
    return Options(
        lang=ns.lang or default_language(),
        result_lang=ns.result_lang,
        helpdesk=ns.helpdesk,
        db=ns.db,
        today=ns.today,
        export_dir=ns.export_dir,
        resume=not ns.new,
        describe=not ns.no_describe,
    )
