"""A no-break space keeps its neighbours on one line, as Unicode says (UAX #14, class GL).

French puts U+00A0 (or the narrow U+202F) before : ; ? ! » and after « precisely so that a
lone "?" never starts a line. Rich and Textual cut lines at every character Python's ``\\s``
matches, the no-break spaces included; their word patterns are replaced, once, by the same
patterns with the two no-break spaces counted as part of a word."""

from __future__ import annotations

import re

GLUE = "\u00a0\u202f"
BREAKING = rf"[^\S{GLUE}]"
"""Whitespace a line may break at: every space but the no-break ones."""
WORD = rf"[\S{GLUE}]"


def keep_no_break_spaces() -> None:
    """Make Rich's and Textual's line wrapping respect the no-break spaces (idempotent)."""
    import rich._wrap
    import textual._wrap

    rich._wrap.re_word = re.compile(rf"{BREAKING}*{WORD}+{BREAKING}*")
    textual._wrap.re_chunk = re.compile(rf"{WORD}+{BREAKING}*|{BREAKING}+")
