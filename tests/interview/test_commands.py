"""Words that steer the interview, in the four languages (and answers that only look like them)."""

from __future__ import annotations

import pytest

from assistant.engine.commands import read_command


@pytest.mark.parametrize(
    "text", ["back", "Back!", "retour", "terug", "zurück", "ga terug", "go back"]
)
def test_back(text):
    assert read_command(text, "work").kind == "back"


@pytest.mark.parametrize("text", ["why?", "Why", "pourquoi ?", "waarom", "warum?", "wieso"])
def test_why(text):
    assert read_command(text, "work").kind == "why"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("help", ""),
        ("?", ""),
        ("aide", ""),
        ("hulp", ""),
        ("Hilfe", ""),
        ("help annex 3", "annex 3"),
        ("aide annexe 3", "annexe 3"),
        ("hulp bijlage 49", "bijlage 49"),
    ],
)
def test_help(text, topic):
    command = read_command(text, "work")
    assert (command.kind, command.argument) == ("help", topic)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("English", "en"),
        ("english please", "en"),
        ("in english", "en"),
        ("en français", "fr"),
        ("Français", "fr"),
        ("francais svp", "fr"),
        ("Nederlands", "nl"),
        ("in het Nederlands", "nl"),
        ("Deutsch", "de"),
        ("auf Deutsch bitte", "de"),
        ("in german", "de"),
        ("in dutch", "nl"),
    ],
)
def test_language(text, lang):
    command = read_command(text, "work")
    assert (command.kind, command.argument) == ("language", lang)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("change nationality", "nationality"),
        ("modifier la nationalité", "nationality"),
        ("wijzig nationaliteit", "nationality"),
        ("ändern Staatsangehörigkeit", "nationality"),
        ("Alter ändern", "age"),
        ("nationaliteit wijzigen", "nationality"),
        ("change current stay", "current_stay"),
        ("change entry", "entry_date"),
        ("change filing", "filed_on"),
        ("change previous stays", "previous_stays"),
        ("modifier les documents", "documents"),
        ("wijzig werk", "work"),
        ("datum aanpassen", "work"),
        ("nationality", "nationality"),
        ("documenten", "documents"),
    ],
)
def test_change_a_named_fact(text, question):
    command = read_command(text, "work")
    assert (command.kind, command.argument) == ("change", question)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Deutsch", "nationality"),
        ("pas encore en Belgique", "location"),
        ("de", "work"),
        ("I don't know", "nationality"),
        ("nee", "previous_stays"),
        ("1/4 - 15/6", "work"),
        (
            "je suis encore au Maroc, je reviens en arrière l'année prochaine pour travailler",
            "location",
        ),
    ],
)
def test_answers_that_are_not_commands(text, question):
    assert read_command(text, question) is None


def test_i_dont_know_where_it_is_allowed():
    assert read_command("I don't know yet", "entry_date", unknown_allowed=True).kind == "unknown"
    assert read_command("pas encore connu", "filed_on", unknown_allowed=True).kind == "unknown"
    assert read_command("weiß ich noch nicht", "entry_date", unknown_allowed=True).kind == "unknown"
