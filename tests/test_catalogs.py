"""The gettext catalogs (i18n/): every text a user sees, in French, Dutch, German, English.

Fails on a missing language, an untranslated or fuzzy entry, a key present in one language
and not another, placeholders that differ between languages (or between the plural forms of
one entry), a catalog without the language's ``Plural-Forms``, or a compiled .mo older than
its .po.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from i18n import CATALOG_DIR, LANGUAGES

PLACEHOLDER = re.compile(r"\{(\w*)\}")
DOMAINS = sorted({path.stem for path in CATALOG_DIR.glob("en/LC_MESSAGES/*.po")})


def entries(lang: str, domain: str) -> dict[str, object]:
    """The entries by key (an entry with plural forms is keyed by its singular id)."""
    path = CATALOG_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
    assert path.exists(), f"{path} is missing"
    with path.open("rb") as file:
        return {key(message): message for message in read_po(file) if message.id}


def key(message) -> str:
    return message.id[0] if isinstance(message.id, (tuple, list)) else message.id


def forms(message) -> tuple[str, ...]:
    """Every text of an entry: its one string, or each of its plural forms."""
    return tuple(message.string) if isinstance(message.string, (tuple, list)) else (message.string,)


def test_there_are_catalogs_to_check():
    assert "core" in DOMAINS


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated_with_the_same_placeholders(lang, domain):
    english = entries("en", domain)
    catalog = entries(lang, domain)
    assert sorted(catalog) == sorted(english), "keys differ from the English catalog"
    for name, message in catalog.items():
        assert all(forms(message)), f"{lang}/{domain}: {name} is untranslated"
        assert not message.fuzzy, f"{lang}/{domain}: {name} is fuzzy"
        assert message.pluralizable == english[name].pluralizable, f"{lang}/{domain}: {name} plural"
        for text in forms(message):
            expected = set(PLACEHOLDER.findall(forms(english[name])[-1]))
            assert set(PLACEHOLDER.findall(text)) == expected, f"{lang}/{domain}: {name}"


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalog_states_the_plural_rule_of_its_language(lang, domain):
    """babel's rule for the language: French says "0 jour", the others "0 days"."""
    from babel.messages.plurals import get_plural

    path = CATALOG_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
    with path.open("rb") as file:
        headers = dict(read_po(file).mime_headers)
    assert headers.get("Plural-Forms") == str(get_plural(lang))
    for name, message in entries(lang, domain).items():
        if message.pluralizable:
            assert len(forms(message)) == get_plural(lang).num_plurals, f"{lang}/{domain}: {name}"


@pytest.mark.parametrize(
    ("lang", "one", "five"),
    [
        ("fr", "(1 jour)", "(5 jours)"),
        ("nl", "(1 dag)", "(5 dagen)"),
        ("de", "(1 Tag)", "(5 Tage)"),
        ("en", "(1 day)", "(5 days)"),
    ],
)
def test_a_one_day_stay_says_one_day(lang, one, five):
    from datetime import date

    from i18n import translator

    for audience in ("worker", "employer"):
        t = translator(lang, "core", audience)
        assert one in t("explain.stay", start=date(2026, 5, 1), end=date(2026, 5, 1), days=1)
        assert five in t("explain.stay", start=date(2026, 5, 1), end=date(2026, 5, 5), days=5)
    assert "(0 jour)" in translator("fr", "app")("facts.stay", start="", end="", days=0)


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalog_matches_its_source(lang, domain):
    folder = CATALOG_DIR / lang / "LC_MESSAGES"
    with (folder / f"{domain}.mo").open("rb") as file:
        compiled = {key(m): forms(m) for m in read_mo(file) if m.id}
    source = {name: forms(m) for name, m in entries(lang, domain).items()}
    assert compiled == source, f"run: python -m i18n.compile ({lang}/{domain})"


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("fr", "AR 105/19 §1\u00a0; loi 61/29-2"),
        ("nl", "KB 105/19 §1; wet 61/29-2"),
        ("de", "KE 105/19 § 1; Gesetz 61/29-2"),
        ("en", "RD 105/19 §1; Law 61/29-2"),
    ],
)
def test_an_article_reference_is_shown_as_the_language_writes_it(lang, written):
    from i18n import cited

    assert cited("RD 105/19 §1; Law 61/29-2", lang) == written


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("fr", "loi 61/29-2\u00a0; AR 105/18 §4 4° et 5°\u00a0; AR 1/2/1 §3 al. 2"),
        ("nl", "wet 61/29-2; KB 105/18 §4 4° en 5°; KB 1/2/1 §3, tweede lid"),
        ("de", "Gesetz 61/29-2; KE 105/18 § 4 4° und 5°; KE 1/2/1 § 3 Abs. 2"),
        ("en", "Law 61/29-2; RD 105/18 §4 4° and 5°; RD 1/2/1 §3, second subparagraph"),
    ],
)
def test_and_and_alinea_are_written_in_the_language_of_the_reader(lang, written):
    from i18n import cited

    assert cited("Law 61/29-2; RD 105/18 §4 4° and 5°; RD 1/2/1 §3 al. 2", lang) == written


def test_every_reference_in_the_data_reads_without_an_english_or_french_word():
    """Every citation the rules data and the questions carry, cited in Dutch and German: no
    "RD", "Law", "and", "al." or "CA" is left (each has its ``cite.*`` entry)."""
    import tomllib

    from assistant.engine.questions import QUESTIONS
    from i18n import cited

    found = [spec.citation for spec in QUESTIONS]

    def walk(value):
        if isinstance(value, dict):
            for name, inner in value.items():
                if name == "citation":
                    found.append(inner)
                elif name == "citations":
                    found.extend(inner)
                else:
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for path in sorted((CATALOG_DIR.parent / "rules" / "data").glob("*.toml")):
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    assert len(found) > 40
    for citation in found:
        for lang in ("nl", "de"):
            assert not re.search(r"\b(RD|Law|and|al\.|CA)\b", cited(citation, lang)), citation


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("fr", "AR art. 33 §1 al. 4"),
        ("nl", "KB art. 33 §1, vierde lid"),
        ("de", "KE Art. 33 § 1 Abs. 4"),
        ("en", "RD art. 33 §1, fourth subparagraph"),
    ],
)
def test_an_article_without_a_slash_says_it_is_an_article(lang, written):
    """ "KB 33" read as a decree's number; "KB art. 33" is its article 33."""
    from i18n import cited

    assert cited("RD 33 §1 al. 4", lang) == written
