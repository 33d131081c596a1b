"""Folding text before matching: people type without accents, in capitals, with typos.

Both sides of every comparison go through :func:`fold` (rapidfuzz neither lowercases nor strips
accents by itself: "SECURITE" scores 0 against "sécurité").
"""

from __future__ import annotations

import re
from functools import lru_cache

from rules.folding import unaccented

MAX_ANSWER_CHARS = 400
"""Longer answers are a paste, not an answer: refused with a message, never parsed."""
MAX_OPENING_CHARS = 1500
"""A description of the whole case, asked first, may run longer than an answer."""

_PUNCT = re.compile(r"[^\w\s/.\-]+")
_GLUED_NUMBER = re.compile(r"\b(annexe?|bijlage|anlage|annex|visa|visum|type|typ)(\d+|[cd])\b")
"""Numbers and letters typed glued to their word: "annex3", "visumD"."""
_GLUED_ARTICLE = re.compile(
    r"\b([ljd])(annexe|attestation|assurance|autorisation|extrait|ai|habite)\b"
)
"""French articles typed without their apostrophe: "lannexe 3", "jai", "jhabite"."""

_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, no accents, ``ß`` → ``ss``, quotes and punctuation (but ``/ . -``) → space."""
    plain = unaccented(text).replace("’", "'").replace("'", " ").replace("–", "-").replace("—", "-")
    plain = _GLUED_NUMBER.sub(r"\1 \2", _GLUED_ARTICLE.sub(r"\1 \2", plain))
    return _SPACES.sub(" ", _PUNCT.sub(" ", plain)).strip()


_PUNCT_KEPT = re.compile(r"[^\w\s/.\-,;:!?()+&]+")


@lru_cache(maxsize=4096)
def fold_clauses(text: str) -> str:
    """As :func:`fold`, but keeping what separates clauses (``, ; : ! ? ( )`` and line ends
    as ``;``): a negation belongs to its own clause, a year to the period in its sentence."""
    plain = unaccented(text).replace("’", "'").replace("'", " ").replace("\n", " ; ")
    plain = plain.replace("→", " - ").replace("–", "-").replace("—", "-")
    plain = _GLUED_ARTICLE.sub(r"\1 \2", plain)
    plain = _GLUED_NUMBER.sub(r"\1 \2", plain)
    return _SPACES.sub(" ", _PUNCT_KEPT.sub(" ", plain)).strip()


def words(text: str) -> list[str]:
    """The folded words of a text, dots and slashes trimmed off their ends."""
    return [w.strip("./-") for w in fold(text).split() if w.strip("./-")]
