"""Nationalities in a person's words: "marocaine", "Marokko", "from Tunisia", "Ukrainer,
woont nog in Oekraïne". The matching itself (codes, CLDR names in four languages, aliases,
rapidfuzz) is the rules core's ``rules.countries.resolve_nationality``; this module cuts an
answer into the pieces worth trying and notices where the person lives when the answer says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold

_FILLER = frozenset(
    """
    he she is i am im the worker a an of from nationality citizen national his her my
    il elle est je suis de du des la le l nationalite travailleur ressortissant sa son citoyen
    hij zij ze is ik ben van uit de het nationaliteit werknemer staatsburger onderdaan
    er sie ist ich bin aus von der die das staatsangehorigkeit arbeiter staatsburger
    comes come vient komt kommt originally origine afkomstig stammt
    """.split()
)
_SPLIT = re.compile(r"[,;.]|\s(?:and|et|en|und|but|mais|maar|aber)\s")
_LIVES_IN = re.compile(
    r"\b(?:lives|living|still|currently|now|habite|vit|encore|toujours|actuellement|woont|"
    r"verblijft|nog|nu|wohnt|lebt|noch|jetzt|zurzeit)\b.*?\b(?:in|au|aux|en|im|a)\s+(?P<c>.+)$"
)


@dataclass(frozen=True, slots=True)
class NationalityReading:
    code: str | None
    lives_in: str | None = None
    """The country the answer says the worker lives in now, if it says so."""


def _resolve(text: str) -> str | None:
    from rules.countries import resolve_nationality

    return resolve_nationality(text)


LOOSE_THRESHOLD = 80
"""Second chance for one misspelt word ("Marroko"): a lower score, if no other name is close."""
LOOSE_MARGIN = 6


def country_in(text: str) -> str | None:
    """The country a short piece of text names, trying it whole and without filler words."""
    text = text.strip()
    if not text or len(text) > 80:
        return None
    code = _resolve(text)
    if code is not None:
        return code
    kept = " ".join(w for w in fold(text).split() if w not in _FILLER)
    if kept and kept != fold(text):
        code = _resolve(kept)
    if code is None and kept and " " not in kept:
        code = _loose(kept)
    return code


def _loose(word: str) -> str | None:
    if len(word) < 5:
        return None
    from rapidfuzz import fuzz, process

    from rules import countries

    index = countries.name_index()  # the rules core's folded names in four languages
    best = process.extract(
        word, index.keys(), scorer=fuzz.ratio, limit=5, score_cutoff=LOOSE_THRESHOLD
    )
    if not best:
        return None
    codes = {index[name] for name, score, _ in best if score > best[0][1] - LOOSE_MARGIN}
    return codes.pop() if len(codes) == 1 else None


_DEMONYM_ENDINGS = (
    "erinnen",
    "erin",
    "ischer",
    "ische",
    "isch",
    "ienne",
    "ien",
    "aise",
    "ais",
    "aanse",
    "aans",
    "ese",
    "ees",
    "ian",
    "iaan",
    "ier",
    "er",
    "se",
    "in",
    "e",
    "s",
    "i",
)
_STEM_ENDINGS = ("", "e", "ia", "ie", "ien", "a")


def demonym_country(word: str) -> str | None:
    """ "Ukrainerin", "Nepalees", "Kenyan": the country a nationality word points to, trying
    its stem with the endings country names take. A last resort, for one word only."""
    word = fold(word)
    if len(word) < 5 or " " in word:
        return None
    for ending in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: len(word) - len(ending)]
            for tail in _STEM_ENDINGS:
                code = _resolve(stem + tail)
                if code is not None:
                    return code
    return None


def read_nationality(text: str) -> NationalityReading:
    """The nationality an answer gives, and the country of residence when it also says it."""
    if len(text) > 200:
        return NationalityReading(None)
    code = country_in(text)
    if code is not None:
        return NationalityReading(code)
    folded = fold(text)
    lives_in = None
    match = _LIVES_IN.search(folded)
    if match:
        lives_in = country_in(match["c"])
        folded = folded[: match.start()]
    pieces = [p for p in _SPLIT.split(folded) if p.strip()]
    for piece in pieces:
        code = country_in(piece)
        if code is not None:
            return NationalityReading(code, lives_in)
    for piece in pieces:
        for word in piece.split():
            if word not in _FILLER:
                code = demonym_country(word)
                if code is not None:
                    return NationalityReading(code, lives_in)
    return NationalityReading(None)
