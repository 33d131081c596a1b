"""Nationalities in a person's words: "marocaine", "Marokko", "from Tunisia", "Ukrainer,
woont nog in Oekraïne". The matching itself (codes, CLDR names in four languages, aliases,
rapidfuzz) is the rules core's ``rules.countries.resolve_nationality``; this module cuts an
answer into the pieces worth trying and notices where the person lives when the answer says so.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from ..reading.lexicon import FOLDER
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


def _resolve(text: str, misspelt: bool = True) -> str | None:
    """A code or a name, exactly; then, if ``misspelt``, the one name it misspells."""
    from rules.countries import MATCH_THRESHOLD, misspelt_name_code, resolve_nationality
    from rules.countries import fold as names_fold

    code = resolve_nationality(text, min_score=101)  # exact: a code or a CLDR name or alias
    if code is not None:
        return code
    folded = names_fold(text)
    index = _nationality_index()
    if folded in index:
        code = index[folded]
        return None if code.startswith("?") else code
    if not misspelt or len(folded) < 4:
        return None
    return misspelt_name_code(folded, index, MATCH_THRESHOLD)


@cache
def _nationality_index() -> dict[str, str]:
    """Folded names and nationality words to their code: the rules core's, the vocabulary's
    (``places.toml``, ``demonyms.toml``), and, as "?" (never a match), words that name several
    countries and everyday words a misspelling match would take for one."""
    from rules import countries

    with (FOLDER / "places.toml").open("rb") as handle:
        data = tomllib.load(handle)
    index = dict(countries.name_index())
    for section in ("names", "demonyms", "whole_answer_demonyms"):
        for code, words in data[section].items():
            for word in words:
                index.setdefault(countries.fold(word), code)
    with (FOLDER / "demonyms.toml").open("rb") as handle:
        for code, words in tomllib.load(handle)["words"].items():
            for word in words:
                index.setdefault(countries.fold(word), code)
    for word in data["ambiguous"]:
        index[countries.fold(word)] = "?"
    for word in data["not_nationalities"]["words"]:
        index.setdefault(countries.fold(word), "?")  # "letzten": no misspelt "Letten"
    return index


LOOSE_THRESHOLD = 80
"""Second chance for one misspelt word ("Marroko"): a lower score, if no other name is close."""


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
    from rules.countries import misspelt_name_code

    return misspelt_name_code(word, _nationality_index(), LOOSE_THRESHOLD)


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
    near = _near_codes(word)
    if len(near) > 1 or _nationality_index().get(word) == "?":
        return None  # "nigerain": Niger or Nigeria; "guineen": one of three Guineas
    for ending in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: len(word) - len(ending)]
            for tail in _STEM_ENDINGS:
                code = _resolve(stem + tail)
                if code is not None:
                    # "barbdaier" is close to "barbadier" (Barbados): not to Barbuda by its stem
                    return code if not near or code in near else None
    return None


def _near_codes(word: str) -> set[str]:
    """The countries (or "?") of the words the whole word is as close to as a misspelling."""
    from rapidfuzz import fuzz, process

    from rules.countries import MATCH_THRESHOLD

    index = _nationality_index()
    near = process.extract(word, index.keys(), scorer=fuzz.ratio, score_cutoff=MATCH_THRESHOLD)
    return {index[name] for name, _, _ in near}


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
