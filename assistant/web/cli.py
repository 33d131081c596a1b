"""``saison serve``: the app in a browser.

    saison serve [--host 127.0.0.1] [--port 8000] [--public-url URL] [--helpdesk] [--lang L]
                 [--result-lang L] [--db PATH] [--today YYYY-MM-DD] [--new] [--no-describe]

Listens on loopback unless ``--host`` says otherwise; then it warns that there is no login and
no encryption. The app options are those of ``saison`` and reach every tab's app; ``--lang``
is the language of a browser that asks for none of the four.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from assistant.app.options import iso_day
from i18n import LANGUAGES

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def port_number(text: str) -> int:
    port = int(text)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port (1-65535)")
    return port


def build_parser(parser: argparse.ArgumentParser, t: Callable[[str], str] | None = None) -> None:
    """``saison serve``'s arguments, helped in ``t``'s language (else the environment's)."""
    if t is None:
        from assistant.app.options import default_language
        from i18n import translator

        t = translator(default_language(), "cli")
    parser.add_argument("--host", default="127.0.0.1", help=t("cli.serve.host"))
    parser.add_argument("--port", type=port_number, default=8000, help=t("cli.serve.port"))
    parser.add_argument("--public-url", default=None, help=t("cli.serve.public_url"))
    parser.add_argument("--helpdesk", action="store_true", help=t("cli.app.helpdesk"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=t("cli.serve.lang"))
    parser.add_argument(
        "--result-lang", choices=LANGUAGES, default=None, help=t("cli.app.result_lang")
    )
    parser.add_argument("--db", type=Path, default=None, help=t("cli.serve.db"))
    parser.add_argument(
        "--today", type=iso_day(t), default=None, metavar="YYYY-MM-DD", help=t("cli.app.today")
    )
    parser.add_argument("--new", action="store_true", help=t("cli.serve.new"))
    parser.add_argument("--no-describe", action="store_true", help=t("cli.app.no_describe"))


def is_loopback(host: str) -> bool:
    import ipaddress

    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def open_warning(host: str, lang: str) -> str | None:
    """What to say before listening beyond this computer (nothing on loopback)."""
    if is_loopback(host):
        return None
    from i18n import translator

    return translator(lang, "app")("serve.open_warning", host=host)


def app_arguments(ns: argparse.Namespace) -> list[str]:
    """The options every tab's ``saison`` is started with (its language comes per tab)."""
    args: list[str] = []
    if ns.helpdesk:
        args.append("--helpdesk")
    if ns.result_lang:
        args += ["--result-lang", ns.result_lang]
    if ns.db:
        args += ["--db", str(ns.db.expanduser().resolve())]
    if ns.today:
        args += ["--today", ns.today.isoformat()]
    if ns.new:
        args.append("--new")
    if ns.no_describe:
        args.append("--no-describe")
    return args


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="saison serve", description="saison in a browser (textual-serve)."
    )
    build_parser(parser)
    return run(parser.parse_args(argv))


def run(ns: argparse.Namespace) -> int:
    from assistant.app.options import default_language

    lang = ns.lang or default_language()
    import socket

    try:  # before the server says where it listens: a taken port is told plainly
        socket.create_server((ns.host, ns.port)).close()
    except OSError as error:
        print(cannot_listen(ns.host, ns.port, error.errno, lang), file=sys.stderr)
        return 1
    warning = open_warning(ns.host, lang)
    if warning:
        print(warning, file=sys.stderr)
    from .server import SaisonServer

    try:
        SaisonServer(app_arguments(ns), lang, ns.host, ns.port, ns.public_url).serve()
    except OSError as error:  # the address is taken, or not this computer's
        print(cannot_listen(ns.host, ns.port, error.errno, lang), file=sys.stderr)
        return 1
    return 0


def cannot_listen(host: str, port: int, errno: int | None, lang: str) -> str:
    """Why the server could not start listening, and what to do (in the user's language)."""
    import errno as codes

    from i18n import translator

    t = translator(lang, "app")
    if errno == codes.EADDRINUSE:
        return t("serve.port_in_use", port=port)
    if errno == codes.EADDRNOTAVAIL:
        return t("serve.not_this_computer", host=host)
    return t("serve.cannot_listen", host=host, port=port)
