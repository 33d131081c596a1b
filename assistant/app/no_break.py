"""A no-break space keeps its neighbours on one line, as Unicode says (UAX #14, class GL).

French puts U+00A0 (or the narrow U+202F) before : ; ? ! » and after « precisely so that a
lone "?" never starts a line. Rich and Textual cut lines at every character Python's ``\\s``
matches, the no-break spaces included, and offer no public way to change that: the word pattern
of each (``rich._wrap.re_word``, ``textual._wrap.re_chunk``, private names) is replaced by the
same pattern with the two no-break spaces counted as part of a word.

This is an optional enhancement, feature-detected: a pattern is replaced only where it is found
exactly as saison was tested with (textual 8.2, rich 14–15). On a version that renamed or
changed it nothing is touched: the app works the same, only a line may then break at a
no-break space (a "?" alone at the start of a line). ``keep_no_break_spaces`` says which of the
two libraries it could teach; tests/app/test_no_break.py checks both through public rendering."""

from __future__ import annotations

import re
from importlib import import_module
from typing import NamedTuple

GLUE = "\u00a0\u202f"
BREAKING = rf"[^\S{GLUE}]"
"""Whitespace a line may break at: every space but the no-break ones."""
WORD = rf"[\S{GLUE}]"


class WordPattern(NamedTuple):
    """Where a library keeps the pattern its line wrapping cuts words with."""

    module: str
    name: str
    original: str
    """The pattern as the tested version has it: anything else is left alone."""
    glued: str
    """The same pattern with the no-break spaces inside words."""


PATTERNS = (
    WordPattern("rich._wrap", "re_word", r"\s*\S+\s*", rf"{BREAKING}*{WORD}+{BREAKING}*"),
    WordPattern("textual._wrap", "re_chunk", r"\S+\s*|\s+", rf"{WORD}+{BREAKING}*|{BREAKING}+"),
)


def keep_no_break_spaces(patterns: tuple[WordPattern, ...] = PATTERNS) -> dict[str, bool]:
    """Make Rich's and Textual's line wrapping respect the no-break spaces (idempotent).

    Returns, for each library (``"rich"``, ``"textual"``), whether its wrapping now keeps them.
    Never raises: a library whose private pattern is missing or different is left as it is."""
    done = {}
    for pattern in patterns:
        library = pattern.module.partition(".")[0]
        try:
            module = import_module(pattern.module)
        except ImportError:
            done[library] = False
            continue
        current = getattr(module, pattern.name, None)
        source = current.pattern if isinstance(current, re.Pattern) else None
        if source == pattern.original:
            setattr(module, pattern.name, re.compile(pattern.glued))
            source = pattern.glued
        done[library] = source == pattern.glued
    return done
