"""Nationalities: recognising them, and the groups that decide scope and the visa.

- RD 105/10: the chapter applies to third-country nationals; EU/EEA/Swiss and Belgian
  nationals are out of scope.
- RD 105/11 §1 2°: a short-stay visa is needed only when the nationality needs one
  (Regulation (EU) 2018/1806).

A nationality is an ISO 3166-1 alpha-2 code or a country name in French, Dutch, German or
English, as CLDR writes it (through babel) or as people say it (``aliases`` in the data),
misspelt or not. Names are compared folded: no accents, no case (``fold``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from i18n import LANGUAGES

from .folding import unaccented
from .tables import countries

_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}
_CODE = re.compile(r"^[A-Za-z]{2}$")
MATCH_THRESHOLD = 85
_NOT_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Lower case without accents or punctuation runs: 'Côte d’Ivoire' -> 'cote d ivoire'."""
    return " ".join(_NOT_WORD.sub(" ", unaccented(text)).split())


@cache
def known_codes() -> frozenset[str]:
    from babel import Locale

    territories = Locale.parse("en").territories
    return frozenset(
        code
        for code in territories
        if isinstance(code, str)
        and len(code) == 2
        and code.isalpha()
        and code not in _NOT_COUNTRIES
    )


@cache
def name_index() -> dict[str, str]:
    """Every folded name in the four languages (and the aliases), to its code."""
    from babel import Locale

    codes = known_codes()
    index: dict[str, str] = {}
    for lang in LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if code in codes:
                index.setdefault(fold(name), code)
    for code, aliases in countries().aliases.items():
        for alias in aliases:
            index.setdefault(fold(alias), code)
    return index


@cache
def resolve_nationality(text: str, min_score: float = MATCH_THRESHOLD) -> str | None:
    """The ISO code for a code or a country name in one of the four languages, or ``None``.
    ``min_score`` (0–100) is how close a misspelt name must be; an interview that confirms the
    country back in words may accept a looser match than a machine interface."""
    text = text.strip()
    if _CODE.match(text):
        code = text.upper()
        if code in _quick_codes() or code in known_codes():
            return code
    folded = fold(text)
    if not folded or len(folded) > 80:
        return None
    index = name_index()
    if folded in index:
        return index[folded]
    if len(folded) < 4:
        return None
    return misspelt_name_code(folded, index, min_score)


NEAR_MARGIN = 10
"""Names scoring within this much of the closest one are as close: if they name another country,
the word names neither."""


def misspelt_name_code(folded: str, index: Mapping[str, str], min_score: float) -> str | None:
    """The code of the one name a folded word is a misspelling of ("marroko", "tunesia"), or
    ``None``. A name that does not begin with the word's first letter is not what was meant
    ("togolaise" is not "congolaise"), and a word as close to names of two countries is not
    settled on either: a wrong country is worse than a question. An index value starting with
    "?" stands for a word that names several countries."""
    from rapidfuzz import fuzz, process

    near = process.extract(
        folded,
        index.keys(),
        scorer=fuzz.ratio,
        limit=10,
        score_cutoff=min_score - NEAR_MARGIN,
    )
    meant = [(name, score) for name, score, _ in near if name[0] == folded[0]]
    if not meant or meant[0][1] < min_score:
        return None
    code = index[meant[0][0]]
    rivals = {index[name] for name, score, _ in near if score >= meant[0][1] - NEAR_MARGIN}
    return code if rivals == {code} and not code.startswith("?") else None


@cache
def _quick_codes() -> frozenset[str]:
    """Codes the data names, known without loading CLDR (the common case stays fast)."""
    data = countries()
    return data.free_movement.codes | data.visa_exempt.codes | frozenset(data.aliases)


def is_belgian(code: str) -> bool:
    return code == countries().belgium


def has_free_movement(code: str) -> bool:
    """EU, EEA or Swiss national: outside the seasonal-worker chapter (RD 105/10)."""
    return code in countries().free_movement.codes


def is_eu_member_state(code: str) -> bool:
    """A member state of the European Union: a third-country national who lives in one is not
    "outside the territory of the Member States" (RD 105/10). Not Norway, nor Switzerland."""
    return code in countries().eu_member_states.codes


def needs_short_stay_visa(code: str) -> bool:
    """Regulation (EU) 2018/1806: every third-country national not listed in Annex II."""
    return code not in countries().visa_exempt.codes


def visa_rule_to_confirm(code: str) -> bool:
    return code in countries().visa_exempt.to_confirm
