"""Every word a user sees, in French, Dutch, German and English.

Catalogs are gettext files under ``i18n/<lang>/LC_MESSAGES/<domain>.po`` (compiled to ``.mo``
by ``python -m i18n.compile``). Message ids are stable keys (``procedure.short_stay.title``), so
the English catalog holds the English text like any other language. Three domains keep the
layers apart: ``core`` (rules: outcome texts, documents, errors), ``interview`` (questions,
answers, help), ``app`` (the terminal app).

Dates and country names come from CLDR through babel, loaded only when asked for.

Writing the catalogs (each rule has its test):

- A text with a count has plural forms: ``msgid "K"``, ``msgid_plural "K"``, one ``msgstr[n]``
  per form of the language's ``Plural-Forms`` header (babel's rule: French says "0 jour"). The
  count is its ``{days}`` (:data:`COUNTED`); ``t("K", days=1)`` picks the form.
- An article reference stays in the data's English notation and reaches the reader through
  :func:`cited` (``cite.*`` entries): "AR/KB/KE 105/18 §4 4° et/en/und 5°", "§3, tweede lid".
- One name per concept: ``terminology.toml`` gives each term with its source and the variants
  no catalog may use.
- French puts a no-break space (U+00A0) before : ; ? ! » and after «; quotation marks are
  « » (fr), “ ” (nl, en), „ “ (de); one apostrophe (').
- Every example a hint or an error message offers must be understood when typed back
  (``tests/interview/test_words_offered.py``): a new example may need words in
  ``assistant/engine/vocabulary/<lang>.toml``.
"""

from __future__ import annotations

import gettext
import re
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

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


@cache
def catalog(lang: str, domain: str = "core") -> gettext.NullTranslations:
    """The compiled catalog of one domain in one language."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    return gettext.translation(domain, localedir=CATALOG_DIR, languages=[lang])


AUDIENCES: tuple[str, ...] = ("worker", "employer")
"""Whom a text speaks to. The catalogs address the worker ("you"); a key ``K.employer``, where
the catalog has one, words ``K`` for an employer, about "the worker" in the third person."""


COUNTED: tuple[str, ...] = ("days",)
"""Placeholders that count something. A catalog entry with plural forms (``msgid_plural``)
picks its form from the first of these among the values it is given, by the language's own
rule (the ``Plural-Forms`` header: "1 jour", "0 jour", "2 jours"; "1 day", "0 days")."""


class Translator:
    """Looks up keys in one language and fills their ``{placeholders}``.

    With ``audience="employer"``, a key ``K`` reads ``K.employer`` where the catalog has it, and
    ``K`` otherwise (every text is looked up once, then kept). An entry with plural forms takes
    the form its count (see :data:`COUNTED`) asks for, through ``ngettext``."""

    __slots__ = ("lang", "domain", "audience", "_gettext", "_ngettext", "_texts", "_plurals")

    def __init__(self, lang: str, domain: str = "core", audience: str = "worker") -> None:
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}")
        self.lang = lang
        self.domain = domain
        self.audience = audience
        self._gettext = catalog(lang, domain).gettext
        self._ngettext = catalog(lang, domain).ngettext
        self._texts: dict[str, str] = {}
        self._plurals: dict[str, str] = {}
        """Keys whose entry has plural forms, each with the key actually read (audience)."""

    def __call__(self, key: str, /, **values: object) -> str:
        if key in self._plurals:
            text = self._ngettext(self._plurals[key], self._plurals[key], _count(key, values))
            return text.format(**values)
        known = self._texts.get(key)
        if known is None:
            known = self._lookup(key)
            if key in self._plurals:
                return self(key, **values)
            self._texts[key] = known
        return known.format(**values) if values else known

    def _lookup(self, key: str) -> str:
        if self.audience != "worker":
            variant = f"{key}.{self.audience}"
            if self._found(variant):
                return self._gettext(variant)
        self._found(key)
        return self._gettext(key)

    def _found(self, key: str) -> bool:
        """Whether the catalog has ``key`` (noting it in ``_plurals`` if it has plural forms)."""
        if self._ngettext(key, key, 1) != key:  # before gettext, which reads a plural's form 0
            self._plurals.setdefault(key.removesuffix(f".{self.audience}"), key)
            return True
        return self._gettext(key) != key

    def has(self, key: str) -> bool:
        return self._gettext(key) != key


def _count(key: str, values: dict[str, object]) -> int:
    for name in COUNTED:
        count = values.get(name)
        if isinstance(count, int):
            return count
    raise KeyError(f"{key} has plural forms but no count among {COUNTED}")


@cache
def translator(lang: str, domain: str = "core", audience: str = "worker") -> Translator:
    return Translator(lang, domain, audience)


@lru_cache(maxsize=8192)
def format_date(day: date, lang: str, style: str = "full") -> str:
    """A date in words, the way the language's Belgian (or British) locale writes it."""
    from babel.dates import format_date as babel_format_date

    text = babel_format_date(day, format=style, locale=LOCALES[lang])
    if lang == "fr" and day.day == 1:
        text = _FRENCH_FIRST.sub(
            r"\g<1>1er ", text, count=1
        )  # « le 1er avril », as French writes it
    return text


_FRENCH_FIRST = re.compile(r"(^|\s)1 (?=\D)")


_SECTION = re.compile(r"§\s?(\d+)")
_SUBPARAGRAPH = re.compile(r"(§\S*(?: \d+)?) al\. (\d+)")
_WORDS = re.compile(r"\b(RD|Law|CA|Regulation \(EU\)|Annex|art\.|and)(?=[ ,])")
_CA_ARTICLE = re.compile(r"\bCA art\. (\S+)")
_PLAIN_ARTICLE = re.compile(r"\b(RD|Law) (\d+)\b(?!/)")
"""An article without a slash ("RD 33") reads "AR art. 33": a bare "KB 33" is cryptic."""


def cited(citation: str, lang: str) -> str:
    """An article reference as the language writes it. The data keeps references in one
    English notation ("RD 105/18 §4 4° and 5°; Law 61/29-2; RD 1/2/1 §3 al. 2; CA art. 19"); each
    word and mark is the catalog's ``cite.*`` entry: AR/KB/KE, loi/wet/Gesetz, the cooperation
    agreement named in full (it has no usual abbreviation), "§ 4" in German,
    "§3, tweede lid" / "§ 3 Abs. 2" for an alinéa, et/en/und, and the list separator (" ; " with
    a non-breaking space in French)."""
    t = translator(lang, "core")
    text = _CA_ARTICLE.sub(lambda found: t("cite.CA_article", article=found.group(1)), citation)
    text = _PLAIN_ARTICLE.sub(r"\1 art. \2", text)
    text = _WORDS.sub(lambda found: t(f"cite.{found.group(1).split()[0].rstrip('.')}"), text)
    text = _SECTION.sub(lambda found: t("cite.section", number=found.group(1)), text)
    text = _SUBPARAGRAPH.sub(
        lambda found: t(f"cite.subparagraph.{found.group(2)}", paragraph=found.group(1)), text
    )
    return t("cite.separator").join(part.strip() for part in text.split(";"))


ListStyle = Literal["standard", "or"]


def joined(items: list[str] | tuple[str, ...], lang: str, style: ListStyle = "standard") -> str:
    """Items as one phrase in the language ("a, b et c"; ``style="or"``: "a, b ou c")."""
    from babel.lists import format_list

    return format_list(list(items), style=style, locale=LOCALES[lang])


def mid_sentence(label: str, lang: str) -> str:
    """A label as it reads inside a sentence: "Contrat de travail" is "contrat de travail" after
    "Documents déjà obtenus :". German nouns keep their capital; an adjective before one does not
    ("befristeter Arbeitsvertrag"). An acronym ("EU …") is left as it is."""
    if len(label) < 2 or not label[0].isupper() or not label[1].islower():
        return label
    if lang == "de":
        words = label.split(" ", 2)
        if len(words) < 2 or not words[1][:1].isupper():
            return label  # a noun first: "Reisepass (oder Reisedokument)"
    return label[0].lower() + label[1:]


def country_name(code: str, lang: str) -> str:
    """A country's name in one language, from CLDR."""
    from babel import Locale

    return Locale.parse(LOCALES[lang]).territories.get(code, code)
