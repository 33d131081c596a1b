"""Text folded for comparison: people type without accents, in capitals, with ligatures.

The one place where accents are taken off. The rules' country names (:func:`rules.countries.fold`)
and the interview's reader (``assistant.engine.parsing.text``) each build their own folding on it,
keeping or dropping punctuation as they need."""

from __future__ import annotations

import unicodedata


def unaccented(text: str) -> str:
    """Lower case without accents: 'Côte' → 'cote', 'STRAßE' → 'strasse', 'ﬁn' → 'fin'.

    Compatibility forms are spelt out first (NFKD: ligatures, superscripts, full-width
    letters), the combining marks then dropped, the rest case-folded (``ß`` → ``ss``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
