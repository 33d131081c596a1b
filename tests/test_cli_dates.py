"""A day given on the command line that does not exist is said in the language of the command,
never as Python's "invalid fromisoformat value" (saison, saison serve, saison batch)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--lang", "fr", "--today", "2026-13-01"], "2026-13-01\u00a0» n'est pas une date"),
        (["serve", "--lang", "de", "--today", "2026-02-30"], "„2026-02-30“ ist kein Datum"),
    ],
)
def test_a_day_that_does_not_exist_is_said_in_the_language_of_the_command(argv, said, capsys):
    from assistant.cli import main as saison

    with pytest.raises(SystemExit) as stop:
        saison(argv)
    assert stop.value.code == 2
    message = capsys.readouterr().err
    assert said in message and "fromisoformat" not in message
