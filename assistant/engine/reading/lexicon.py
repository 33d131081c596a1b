"""The words the reader listens for, loaded from ``assistant/engine/vocabulary/<lang>.toml``.

The four languages are merged: people mix them ("annexe 3" in a Dutch answer), and a cue in one
language is rarely an ordinary word in another (where it is, the file of that language says so).
Every phrase is folded like the answers (``parsing.text.fold``) and matched as whole words.
"""

from __future__ import annotations

import re
import tomllib
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from i18n import LANGUAGES

from ..parsing.text import fold

FOLDER = Path(__file__).resolve().parent.parent / "vocabulary"
LANGUAGE: ContextVar[str | None] = ContextVar("reading_language", default=None)
"""The language of the answer being read (the interview's), for the few words that mean
different things in two languages: "hier" is yesterday in French and here in Dutch and German.
Words that name days are taken from that language and English only; ``None``: all four."""


class PhraseSet:
    """Folded phrases, found as whole words in folded text (the longest phrase first)."""

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = frozenset(p for p in (fold(x) for x in phrases) if p)
        alternatives = "|".join(
            re.escape(p).replace(r"\ ", r"[\s\-]+")  # "moi-même" is "moi même"
            for p in sorted(self.phrases, key=len, reverse=True)
        )
        self.pattern = re.compile(
            rf"(?<![\w]){'(?:' + alternatives + ')' if alternatives else '(?!)'}(?![\w])"
        )

    def find(self, folded: str) -> list[re.Match[str]]:
        return list(self.pattern.finditer(folded))

    def search(self, folded: str) -> re.Match[str] | None:
        return self.pattern.search(folded)

    def __contains__(self, folded: str) -> bool:
        return folded in self.phrases


@dataclass(frozen=True)
class Lexicon:
    role: dict[str, PhraseSet]
    location: dict[str, PhraseSet]
    stays: dict[str, PhraseSet]
    cues: dict[str, PhraseSet]
    relative_days: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]
    edges: dict[str, str]
    months_extra: dict[str, int]
    first_day: dict[str, str]
    feasts: dict[str, str]
    """ "lundi de Pâques", "Pfingsten": the public holiday each names (its English name)."""
    """ "premier", "first", "ersten": the first day of a month, said in words."""
    idiom_days: dict[str, int]
    """ "quinze jours" is two weeks: a number of days said as an idiom."""
    short_forms: dict[str, str]
    """ "anl" → "anlage": a paper's word cut short with a dot ("Anl. 3")."""
    date_words: dict[str, PhraseSet]
    """``next``, ``last``, ``after_next``, ``in``, ``ago``, ``this_unit``, ``duration``."""
    day_words: dict[str | None, tuple[dict[str, int], dict[str, int]]]
    """Per answer language: (relative days, weekdays), that language's and English words."""


def _ordinary_words(table: dict) -> frozenset[str]:
    """Words of a language that name a day, a title or a "no" in it ("hier", "demain", "Hr.",
    "nicht"): another language's cue spelled the same (the Dutch "nicht", a niece) is not heard
    in its answers."""
    dates = table["dates"]
    return frozenset(
        fold(word)
        for word in [*dates.get("relative_days", {}), *dates.get("weekdays", {})]
        + table["cues"].get("title", [])
        + table["cues"].get("negation", [])
    )


def _merge(tables: list[dict], section: str) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for table in tables:
        for name, phrases in table.get(section, {}).items():
            if isinstance(phrases, list):
                merged.setdefault(name, []).extend(phrases)
    return merged


def _merge_maps(tables: list[dict], name: str) -> dict:
    merged: dict = {}
    for table in tables:
        for phrase, value in table["dates"].get(name, {}).items():
            merged.setdefault(fold(phrase), value)
    return merged


EVERY_LANGUAGE_CUES = ("residence", "residence_document", "annex", "passport")
"""Cue words that are names of papers: heard whatever the answer's language."""
MIXED_PHRASE_CUES = ("negation", "pending", "unknown")
"""Cues heard in any language when they are phrases of two words or more ("pas encore",
"nog niet", "noch nicht", "weet ik niet"): a helpdesk in Belgium mixes its languages, and a
phrase, unlike a single word ("pas", "nie"), means the same thing in all of them."""


def lexicon() -> Lexicon:
    """The words of the answer's language and English (``LANGUAGE``), or of all four."""
    return _lexicon(LANGUAGE.get())


@cache
def _tables() -> dict[str, dict]:
    tables = {}
    for lang in LANGUAGES:
        with (FOLDER / f"{lang}.toml").open("rb") as handle:
            tables[lang] = tomllib.load(handle)
    return tables


@cache
def _lexicon(lang: str | None) -> Lexicon:
    every = _tables()
    if lang is None:
        tables = [every[name] for name in LANGUAGES]
    else:
        tables = [every[lang]] + ([every["en"]] if lang != "en" else [])

    def sets(section: str, source: list[dict] | None = None) -> dict[str, PhraseSet]:
        merged = _merge(source or tables, section)
        if source is not None and lang is not None:
            own = _merge([every[lang]], section)
            merged = {  # "hier" is here in Dutch, yesterday in French: not heard there
                name: [w for w in words if w in own.get(name, ()) or fold(w) not in ordinary]
                for name, words in merged.items()
            }
        return {name: PhraseSet(words) for name, words in merged.items()}

    ordinary = _ordinary_words(every[lang]) if lang is not None else frozenset()

    everyone = [every[name] for name in LANGUAGES]
    cues, every_cue = sets("cues"), sets("cues", everyone)
    for name in EVERY_LANGUAGE_CUES:  # "verblijfsvergunning" in a German answer
        cues[name] = every_cue[name]
    for name in MIXED_PHRASE_CUES:  # "verzekering nog niet, housing pas encore"
        own = _merge(tables, "cues").get(name, [])
        mixed = [p for p in _merge(everyone, "cues").get(name, []) if len(fold(p).split()) > 1]
        cues[name] = PhraseSet(own + mixed)
    return Lexicon(
        # people name roles, statuses and documents in any language ("annexe 3" in German)
        role=sets("role", everyone),
        location=sets("location", everyone),
        stays=sets("stays", everyone),
        cues=cues,
        relative_days=_merge_maps(tables, "relative_days"),
        weekdays=_merge_maps(tables, "weekdays"),
        units=_merge_maps(tables, "units"),
        numbers=_merge_maps(tables, "numbers"),
        edges=_merge_maps(tables, "edges"),
        months_extra=_merge_maps(tables, "months_extra"),
        idiom_days=_merge_maps(tables, "idiom_days"),
        short_forms={k: v for table in tables for k, v in table.get("short_forms", {}).items()},
        first_day=_merge_maps(tables, "first_day"),
        feasts=_merge_maps(tables, "feasts"),
        date_words=sets("dates"),
        day_words=_day_words([every[name] for name in LANGUAGES]),
    )


def _day_words(tables: list[dict]) -> dict[str | None, tuple[dict[str, int], dict[str, int]]]:
    by_lang: dict[str | None, tuple[dict[str, int], dict[str, int]]] = {
        None: (_merge_maps(tables, "relative_days"), _merge_maps(tables, "weekdays"))
    }
    english = tables[LANGUAGES.index("en")]
    for lang, table in zip(LANGUAGES, tables, strict=True):
        pair = [table, english] if lang != "en" else [table]
        by_lang[lang] = (_merge_maps(pair, "relative_days"), _merge_maps(pair, "weekdays"))
    return by_lang


def has(kind: PhraseSet, folded: str) -> bool:
    return kind.search(folded) is not None


_LOCALES = ("fr_BE", "nl_BE", "de_BE", "en_GB")
_EXTRA_MONTH_WORDS = {"sept": 9, "maerz": 3, "marz": 3, "juil": 7, "fevr": 2, "janv": 1}


@cache
def month_words() -> dict[str, int]:
    """Folded month names and abbreviations of the four locales (CLDR through babel), and the
    vocabulary's own spellings (``months_extra``) → month number."""
    from babel import Locale

    table: dict[str, int] = {}
    for name in _LOCALES:
        months = Locale.parse(name).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, word in months[context][width].items():
                    table[fold(word).strip(".")] = number
    table.update(_EXTRA_MONTH_WORDS)
    for word, number in _lexicon(None).months_extra.items():
        table.setdefault(word, number)
    return table
