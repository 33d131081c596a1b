"""The ``saison`` command: one argparse parser, one subcommand per job.

    saison [options]            the interview (terminal app); ``--helpdesk`` for an agent's layout
    saison decide [FILE]        the rules core's machine interface (docs/decide.md)
    saison replay [PATHS...]    replay recorded interviews (transcripts/)
    saison read TEXT            what the reader hears in one answer (for maintainers)
    saison serve [--port 8000]  the app in a browser (textual-serve)
    saison batch FILE           one worker per row of a .csv or .xlsx (assistant.batch.cli)

Help is written in the user's language (``--lang``, else the environment). Each subcommand's
arguments are declared by its own module (``build_parser``) and its work imported only when it
runs: ``decide`` must start fast and never loads the UI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from assistant.app.options import build_parser as build_app_parser
from assistant.app.options import default_language

Run = Callable[[argparse.Namespace], int]


def _run_app(ns: argparse.Namespace) -> int:
    from assistant.app import run

    return run(ns)


def _run_decide(ns: argparse.Namespace) -> int:
    from rules.cli import main as decide

    return decide(ns.arguments)


def _declare_decide(parser: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    """``decide`` declares its own arguments in ``rules.cli`` (its parser answers ``saison decide
    --help``); loading it here would load the rules core before the app's first frame."""
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help="FILE [--lang L] [--schema]")


def _run_batch(ns: argparse.Namespace) -> int:
    from assistant.batch.cli import main as batch

    return batch(ns.arguments)


def _run_replay(ns: argparse.Namespace) -> int:
    from assistant.replay import run

    return run(ns)


def _run_read(ns: argparse.Namespace) -> int:
    from assistant.read import run

    return run(ns)


def _run_serve(ns: argparse.Namespace) -> int:
    from assistant.web.cli import run

    return run(ns)


def _declare_batch(parser: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    """``batch`` declares its own arguments in ``assistant.batch.cli`` (``saison batch
    --help``)."""
    parser.add_argument(
        "arguments",
        nargs=argparse.REMAINDER,
        help="FILE.csv|FILE.xlsx [--lang L] [--out FILE] [--ics FILE.ics]",
    )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("saison")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked (importlib.metadata is
    slow to import, and the app's first frame must come fast)."""

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001
        sys.stdout.write(f"saison {_version()}\n")  # on standard output, as argparse's own
        parser.exit()


def language_asked(argv: list[str]) -> str:
    """The language the help speaks: ``--lang L`` on the command line, else the environment."""
    from i18n import LANGUAGES

    for index, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in LANGUAGES:
            return value
    return default_language()


def build_parser(lang: str) -> argparse.ArgumentParser:
    from i18n import translator

    from .read import build_parser as build_read_parser
    from .replay import build_parser as build_replay_parser
    from .web.cli import build_parser as build_serve_parser

    t = translator(lang, "cli")
    parser = argparse.ArgumentParser(
        prog="saison", description=t("cli.description"), epilog=t("cli.epilog"), add_help=False
    )
    parser.add_argument("-h", "--help", action="help", help=t("cli.help"))
    parser.add_argument("--version", action=_Version, nargs=0, help=t("cli.version"))
    build_app_parser(parser, t)
    parser.set_defaults(run=_run_app)
    commands = parser.add_subparsers(title=t("cli.commands"), dest="command", metavar="COMMAND")
    subcommands: list[tuple[str, Callable[..., None], Run]] = [
        ("decide", _declare_decide, _run_decide),
        ("batch", _declare_batch, _run_batch),
        ("replay", build_replay_parser, _run_replay),
        ("read", build_read_parser, _run_read),
        ("serve", build_serve_parser, _run_serve),
    ]
    for name, build, run in subcommands:
        sub = commands.add_parser(
            name,
            help=t(f"cli.{name}"),
            description=t(f"cli.{name}"),
            add_help=False,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument("-h", "--help", action="help", help=t("cli.help"))
        build(sub, t)
        sub.set_defaults(run=run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["decide"]:  # the machine interface starts without building the whole tree
        return _run_decide(argparse.Namespace(arguments=args[1:]))
    if args[:1] == ["batch"]:  # declares and checks its own arguments (assistant.batch.cli)
        return _run_batch(argparse.Namespace(arguments=args[1:]))
    ns = build_parser(language_asked(args)).parse_args(args)
    return ns.run(ns)


if __name__ == "__main__":
    sys.exit(main())
