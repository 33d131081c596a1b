"""``saison serve``'s choices that need no browser: which language a browser gets, when the
server warns that it has no login, and what every tab's app is started with."""

from __future__ import annotations

import argparse
import shlex
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant.web.cli import app_arguments, build_parser, open_warning
from assistant.web.language import browser_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr-BE,fr;q=0.9,en;q=0.8", "fr"),
        ("nl-BE", "nl"),
        ("de-DE;q=0.5,nl;q=0.8", "nl"),  # by preference, not by position
        ("ja,de;q=0.3", "de"),  # the first of the four the browser accepts
        ("EN-gb", "en"),
        ("ja,zh;q=0.9", "fr"),  # none of the four: the server's --lang
        ("fr;q=0,ja", "fr"),  # q=0 means "not French"; the fallback happens to be French too
        ("nl;q=0,de;q=0.1", "de"),
        ("", "fr"),
        (None, "fr"),
        ("fr;q=abc,nl;q=0.5", "nl"),  # a broken weight counts as not wanted
    ],
)
def test_the_browsers_language_when_it_is_one_of_the_four_else_the_servers(header, expected):
    assert browser_language(header, "fr") == expected


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
def test_loopback_needs_no_warning(host):
    assert open_warning(host, "en") is None


@pytest.mark.parametrize(
    ("host", "lang", "words"),
    [
        ("0.0.0.0", "en", "no login and no encryption (TLS)"),
        ("192.0.2.10", "fr", "ni identification ni chiffrement (TLS)"),
        ("saison.example.org", "nl", "geen aanmelding en geen versleuteling (TLS)"),
        ("::", "de", "keinen Login und keine Verschlüsselung (TLS)"),
    ],
)
def test_another_address_is_warned_about_in_the_users_language(host, lang, words):
    warning = open_warning(host, lang)
    assert warning is not None and words in warning and host in warning


def parse(*args: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    build_parser(parser)
    return parser.parse_args(list(args))


def test_loopback_port_8000_and_no_app_option_by_default():
    ns = parse()
    assert (ns.host, ns.port, ns.lang) == ("127.0.0.1", 8000, None)
    assert app_arguments(ns) == []


def test_every_tab_gets_the_servers_app_options_and_its_database(tmp_path):
    ns = parse(
        "--helpdesk",
        "--result-lang",
        "de",
        "--db",
        str(tmp_path / "team.db"),
        "--today",
        "2026-02-10",
        "--new",
        "--no-describe",
        "--lang",
        "nl",
    )
    assert app_arguments(ns) == [
        "--helpdesk",
        "--result-lang",
        "de",
        "--db",
        str(Path(tmp_path / "team.db").resolve()),
        "--today",
        date(2026, 2, 10).isoformat(),
        "--new",
        "--no-describe",
    ]


def test_a_new_tab_starts_a_new_session_and_a_reload_offers_to_resume():
    from assistant.web.server import SaisonServer

    server = SaisonServer(["--no-describe"], "en", "127.0.0.1", 8000)
    new_tab = shlex.split(server.command_for("nl", new_tab=True))
    reload = shlex.split(server.command_for("nl", new_tab=False))
    assert new_tab[1:] == ["-m", "assistant.cli", "--no-describe", "--lang", "nl", "--new"]
    assert reload[1:] == ["-m", "assistant.cli", "--no-describe", "--lang", "nl"]
    # a server started with --new never offers to resume, and says it once
    always_new = SaisonServer(["--new"], "en", "127.0.0.1", 8000)
    assert shlex.split(always_new.command_for("fr", new_tab=True)).count("--new") == 1


def test_a_port_already_taken_is_said_plainly_not_as_a_traceback():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run(
            [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port), "--lang", "nl"],
            capture_output=True,
            text=True,
            timeout=30,
            cwd=ROOT,
        )
    assert run.returncode == 1
    assert (
        run.stderr.strip() == f"Poort {port} is al in gebruik (een andere saison serve?). "
        "Kies een andere met --port."
    )
