"""French keeps "?" and ":" on the line of the word before them: the no-break space the
catalogs put there (tests/test_typography.py) is honoured when the app wraps a line."""

from __future__ import annotations

from rich._wrap import divide_line
from textual._wrap import compute_wrap_offsets

from assistant.app.no_break import keep_no_break_spaces

QUESTION = "Quelle est votre nationalité\u00a0? Répondez «\u00a0non\u00a0»."


def lines(text: str, offsets: list[int]) -> list[str]:
    cuts = [0, *offsets, len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]


def test_a_question_mark_stays_with_its_word_at_every_width():
    keep_no_break_spaces()
    for width in range(16, len(QUESTION) + 1):  # "nationalité ?" itself fits
        for offsets in (divide_line(QUESTION, width), compute_wrap_offsets(QUESTION, width, 4)):
            for line in lines(QUESTION, offsets):
                assert not line.lstrip().startswith(("?", "»")), (width, line)
                assert not line.rstrip().endswith("«"), (width, line)


def test_an_ordinary_space_still_breaks():
    keep_no_break_spaces()
    assert len(lines(QUESTION, divide_line(QUESTION, 20))) > 1
