"""Yes and no as people type them in French, Dutch, German and English."""

from __future__ import annotations

import re

from .text import fold, words

YES = frozenset(
    "yes yeah yep yup y sure ok okay correct right indeed "
    "oui ouais ouaip exact exactement bien sur daccord "
    "ja jawel jazeker klopt zeker inderdaad "
    "jawohl genau richtig klar natuerlich naturlich doch".split()
)
NO = frozenset(
    "no nope nah n never none nothing not "
    "non nan jamais aucun aucune rien pas "
    "nee neen niet nooit geen niets neenee "
    "nein nie nicht kein keine keinen nichts".split()
)
_YES_PHRASES = ("bien sur", "of course", "ja hoor", "ja zeker", "na klar")
_NO_PHRASES = ("pas du tout", "not at all", "helemaal niet", "gar nicht", "no way")


def parse_yes_no(text: str) -> bool | None:
    """True for yes, False for no, None when the answer is neither (or both)."""
    folded = fold(text)
    if any(phrase in folded for phrase in _NO_PHRASES):
        return False
    if any(phrase in folded for phrase in _YES_PHRASES):
        return True
    tokens = [_unstretched(t) for t in words(text)]
    if not tokens:
        return None
    first = tokens[0]
    if first in YES:
        return True
    if first in NO:
        return False
    said_yes = any(t in YES for t in tokens)
    said_no = any(t in NO for t in tokens)
    if said_yes != said_no:
        return said_yes
    return None


_STRETCHED = re.compile(r"(\w)\1{2,}")


def _unstretched(word: str) -> str:
    """A word typed with a letter held down ("nooon", "neeee", "jaaa", "yesss") as the yes or
    no it stretches, else as typed."""
    if not _STRETCHED.search(word):
        return word
    for shorter in (_STRETCHED.sub(r"\1", word), _STRETCHED.sub(r"\1\1", word)):
        if shorter in YES or shorter in NO:
            return shorter
    return word


def is_none_answer(text: str) -> bool:
    """ "None", "geen", "keine", "aucun", "no", "nothing", "never been": an empty list."""
    tokens = [_unstretched(t) for t in words(text)]
    return bool(tokens) and len(tokens) <= 6 and tokens[0] in NO
