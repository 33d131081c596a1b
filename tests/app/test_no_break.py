"""French keeps "?" and ":" on the line of the word before them: the no-break space the
catalogs put there (tests/test_typography.py) is honoured when the app wraps a line, by Rich
(the checklist's documents) and by Textual (every other text) alike."""

from __future__ import annotations

import re

import pytest
from rich.console import Console
from rich.text import Text
from textual.content import Content

from assistant.app.no_break import PATTERNS, WordPattern, keep_no_break_spaces

QUESTION = "Quelle est votre nationalité\u00a0? Répondez «\u00a0non\u00a0»."
WIDTHS = range(16, len(QUESTION) + 1)  # "nationalité ?" itself fits


def rich_lines(text: str, width: int) -> list[str]:
    return [line.plain for line in Text(text).wrap(Console(width=width), width)]


def textual_lines(text: str, width: int) -> list[str]:
    return [line.plain for line in Content(text).wrap(width)]


def badly_broken(lines: list[str]) -> list[str]:
    return [
        line
        for line in lines
        if line.lstrip().startswith(("?", "»")) or line.rstrip().endswith("«")
    ]


@pytest.mark.parametrize("wrap", [rich_lines, textual_lines])
def test_a_question_mark_stays_with_its_word_at_every_width(wrap):
    assert keep_no_break_spaces() == {"rich": True, "textual": True}  # the versions we test
    for width in WIDTHS:
        assert not badly_broken(wrap(QUESTION, width)), width


@pytest.mark.parametrize("wrap", [rich_lines, textual_lines])
def test_an_ordinary_space_still_breaks(wrap):
    keep_no_break_spaces()
    assert wrap(QUESTION, 20)[0].rstrip() == "Quelle est votre"


def test_without_the_enhancement_a_question_mark_can_start_a_line(monkeypatch):
    """What a Rich or Textual whose private pattern moved would show: the app still wraps,
    only the typography degrades (this is why the enhancement exists)."""
    for pattern in PATTERNS:
        monkeypatch.setattr(pattern.module + "." + pattern.name, re.compile(pattern.original))
    broken = [width for width in WIDTHS if badly_broken(textual_lines(QUESTION, width))]
    assert broken and [width for width in WIDTHS if badly_broken(rich_lines(QUESTION, width))]


def test_a_library_with_other_internals_is_left_alone(monkeypatch):
    """A renamed pattern, a changed one or a missing module: nothing is replaced, nothing
    raises, and the answer says which library keeps its own wrapping."""
    import rich._wrap

    changed = re.compile(r"\s*\S+\s*|\n")
    monkeypatch.setattr(rich._wrap, "re_word", changed)
    moved = WordPattern("textual._wrap", "no_such_name", r"\S+\s*|\s+", "x")
    missing = WordPattern("no_such_library._wrap", "re_word", r"\s*\S+\s*", "x")
    assert keep_no_break_spaces((PATTERNS[0], moved, missing)) == {
        "rich": False,
        "textual": False,
        "no_such_library": False,
    }
    assert rich._wrap.re_word is changed
