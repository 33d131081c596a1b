"""The terminal app (``saison``, ``saison --helpdesk``): a chat interview on the headless engine
(``assistant.engine``), a result people can act on, sessions kept in SQLite.

Layout: ``app.py`` (the thin App and ``create_app``, shared by the CLI and the tests),
``case.py`` (the session model the screens show), ``store.py`` (the one persistence service),
``report.py`` (an outcome as sections, Markdown, plain text), ``screens/`` (one per module),
``widgets/``, ``messages.py``, ``paths.py``, ``options.py``, ``opening.py`` (the first question,
shown before the engine is loaded).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from .options import Options


def main(args: list[str]) -> int:
    """Run the app with command-line ``args`` (as given after ``saison``)."""
    from .options import parse

    return _run_options(parse(args))


def run(ns: argparse.Namespace) -> int:
    """Run the app with the options ``saison``'s parser read."""
    from .options import from_namespace

    return _run_options(from_namespace(ns))


def _run_options(options: Options) -> int:
    from .app import create_app

    app = create_app(options)
    app.run()
    return app.return_code or 0


__all__ = ["main", "run"]
