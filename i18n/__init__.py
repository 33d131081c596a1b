"""Every word a user sees, in French, Dutch, German and English.

Catalogs are gettext files under ``i18n/<lang>/LC_MESSAGES/<domain>.po`` (compiled to ``.mo``
by ``python -m i18n.compile``). Message ids are stable keys (``procedure.short_stay.title``), so
the English catalog holds the English text like any other language. Three domains keep the
layers apart: ``core`` (rules: outcome texts, documents, errors), ``interview`` (questions,
answers, help), ``app`` (the terminal app).

Dates and country names come from CLDR through babel, loaded only when asked for.
"""

from __future__ import annotations

import gettext
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("fr", "nl", "de", "en")
"""The interface languages, in the order they are offered."""

NATIVE_NAMES: dict[str, str] = {
    "fr": "Français",
    "nl": "Nederlands",
    "de": "Deutsch",
    "en": "English",
}
"""Each language in its own words (not translated: a person must recognise their own)."""

LOCALES: dict[str, str] = {"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE", "en": "en_GB"}
"""The CLDR locale used to write dates and names in each language."""

DOMAINS: tuple[str, ...] = ("core", "interview", "app", "cli")

CATALOG_DIR = Path(__file__).parent


@lru_cache(maxsize=None)
def catalog(lang: str, domain: str = "core") -> gettext.NullTranslations:
    """The compiled catalog of one domain in one language."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    return gettext.translation(domain, localedir=CATALOG_DIR, languages=[lang])


AUDIENCES: tuple[str, ...] = ("worker", "employer")
"""Whom a text speaks to. The catalogs address the worker ("you"); a key ``K.employer``, where
the catalog has one, words ``K`` for an employer, about "the worker" in the third person."""


class Translator:
    """Looks up keys in one language and fills their ``{placeholders}``.

    With ``audience="employer"``, a key ``K`` reads ``K.employer`` where the catalog has it, and
    ``K`` otherwise (every text is looked up once, then kept)."""

    __slots__ = ("lang", "domain", "audience", "_gettext", "_texts")

    def __init__(self, lang: str, domain: str = "core", audience: str = "worker") -> None:
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}")
        self.lang = lang
        self.domain = domain
        self.audience = audience
        self._gettext = catalog(lang, domain).gettext
        self._texts: dict[str, str] = {}

    def __call__(self, key: str, /, **values: object) -> str:
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._lookup(key)
        return text.format(**values) if values else text

    def _lookup(self, key: str) -> str:
        if self.audience != "worker":
            variant = f"{key}.{self.audience}"
            text = self._gettext(variant)
            if text != variant:
                return text
        return self._gettext(key)

    def has(self, key: str) -> bool:
        return self._gettext(key) != key


@lru_cache(maxsize=None)
def translator(lang: str, domain: str = "core", audience: str = "worker") -> Translator:
    return Translator(lang, domain, audience)


@lru_cache(maxsize=8192)
def format_date(day: date, lang: str, style: str = "full") -> str:
    """A date in words, the way the language's Belgian (or British) locale writes it."""
    from babel.dates import format_date as babel_format_date

    text = babel_format_date(day, format=style, locale=LOCALES[lang])
    if lang == "fr" and day.day == 1:
        text = _FRENCH_FIRST.sub(r"\g<1>1er ", text, count=1)  # « le 1er avril », as French writes it
    return text


_FRENCH_FIRST = re.compile(r"(^|\s)1 (?=\D)")


_SOURCES = re.compile(r"\b(RD|Law|CA)(?= )")


def cited(citation: str, lang: str) -> str:
    """An article reference as the language writes it: "RD 105/19 §1" is "AR 105/19 §1" in
    French, "KB 105/19 §1" in Dutch, "KE 105/19 §1" in German (the ids stay English in data)."""
    t = translator(lang, "core")
    return _SOURCES.sub(lambda found: t(f"cite.{found.group(1)}"), citation)


def country_name(code: str, lang: str) -> str:
    """A country's name in one language, from CLDR."""
    from babel import Locale

    return Locale.parse(LOCALES[lang]).territories.get(code, code)
