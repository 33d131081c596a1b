"""The app's options, from the command line (``saison [--helpdesk] [--lang L] ...``).

Plain dataclass, no pydantic: this is read before the first frame, which must come fast.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from i18n import LANGUAGES


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


def build_parser(parser: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    """The app's options on ``parser`` (the top level of ``saison``), helped in ``t``'s language."""
    parser.add_argument("--helpdesk", action="store_true", help=t("cli.app.helpdesk"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=t("cli.app.lang"))
    parser.add_argument(
        "--result-lang", choices=LANGUAGES, default=None, help=t("cli.app.result_lang")
    )
    parser.add_argument("--db", type=Path, default=None, help=t("cli.app.db"))
    parser.add_argument(
        "--today", type=iso_day(t), default=None, metavar="YYYY-MM-DD", help=t("cli.app.today")
    )
    parser.add_argument("--export-dir", type=Path, default=None, help=t("cli.app.export_dir"))
    parser.add_argument("--new", action="store_true", help=t("cli.app.new"))
    parser.add_argument("--no-describe", action="store_true", help=t("cli.app.no_describe"))


def from_namespace(ns: argparse.Namespace) -> Options:
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


def parse(args: list[str]) -> Options:
    """The app's options from the words after ``saison`` (for tests and embedders)."""
    parser = argparse.ArgumentParser(prog="saison")
    build_parser(parser, lambda key: key)
    return from_namespace(parser.parse_args(args))


def iso_day(t: Callable[..., str]) -> Callable[[str], date]:
    """``--today``'s reader: a date that does not exist is said in the language of the help."""

    def day(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(t("cli.bad_date", text=text[:40])) from None

    return day
