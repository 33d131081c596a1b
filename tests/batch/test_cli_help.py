"""``saison batch --help`` speaks the language asked for (``--lang``, else the environment's),
like the other subcommands: its texts come from the ``cli`` catalog."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.batch.cli import main

SAID = {
    "fr": ("Un travailleur par ligne", "la date de référence"),
    "nl": ("Eén werknemer per rij", "de referentiedatum"),
    "de": ("Ein Arbeitnehmer pro Zeile", "das Bezugsdatum"),
    "en": ("One worker per row", "the reference date"),
}


def help_text(capsys, *args: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("lang", list(SAID))
def test_batch_help_speaks_the_language_asked_for(capsys, lang):
    shown = help_text(capsys, "--lang", lang)
    assert shown.startswith("usage: saison batch")
    for words in SAID[lang]:
        assert words in shown
    others = [words for other in SAID if other != lang for words in SAID[other]]
    assert not [words for words in others if words in shown]


def test_batch_help_without_lang_speaks_the_environments_language(capsys, monkeypatch):
    monkeypatch.setenv("SAISON_LANG", "nl")
    assert SAID["nl"][0] in help_text(capsys)


def test_a_missing_file_is_said_in_the_language_asked_for():
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "batch", "--lang", "de"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "eine DATEI ist nötig" in done.stderr


def test_an_impossible_reference_date_is_said_in_the_language_asked_for(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--lang", "nl", "--today", "2026-13-01", "season.csv"])
    assert done.value.code == 2
    said = capsys.readouterr().err
    assert "“2026-13-01” is geen datum" in said and "fromisoformat" not in said
