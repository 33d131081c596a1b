"""The gettext catalogs (i18n/): every text a user sees, in French, Dutch, German, English.

Fails on a missing language, an untranslated or fuzzy entry, a key present in one language
and not another, placeholders that differ between languages, or a compiled .mo older than
its .po.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from i18n import CATALOG_DIR, LANGUAGES

PLACEHOLDER = re.compile(r"\{(\w*)\}")
DOMAINS = sorted({path.stem for path in CATALOG_DIR.glob("en/LC_MESSAGES/*.po")})


def entries(lang: str, domain: str) -> dict[str, object]:
    path = CATALOG_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
    assert path.exists(), f"{path} is missing"
    with path.open("rb") as file:
        return {message.id: message for message in read_po(file) if message.id}


def test_there_are_catalogs_to_check():
    assert "core" in DOMAINS


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated_with_the_same_placeholders(lang, domain):
    english = entries("en", domain)
    catalog = entries(lang, domain)
    assert sorted(catalog) == sorted(english), "keys differ from the English catalog"
    for key, message in catalog.items():
        assert message.string, f"{lang}/{domain}: {key} is untranslated"
        assert not message.fuzzy, f"{lang}/{domain}: {key} is fuzzy"
        assert sorted(PLACEHOLDER.findall(message.string)) == sorted(
            PLACEHOLDER.findall(english[key].string)), f"{lang}/{domain}: placeholders of {key}"


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalog_matches_its_source(lang, domain):
    folder = CATALOG_DIR / lang / "LC_MESSAGES"
    with (folder / f"{domain}.mo").open("rb") as file:
        compiled = {m.id: m.string for m in read_mo(file) if m.id}
    source = {key: m.string for key, m in entries(lang, domain).items()}
    assert compiled == source, f"run: python -m i18n.compile ({lang}/{domain})"


@pytest.mark.parametrize(("lang", "written"), [("fr", "AR 105/19 §1; loi 61/29-2"), ("nl", "KB 105/19 §1; wet 61/29-2"),
                                               ("de", "KE 105/19 §1; Gesetz 61/29-2"), ("en", "RD 105/19 §1; Law 61/29-2")])
def test_an_article_reference_is_shown_as_the_language_writes_it(lang, written):
    from i18n import cited

    assert cited("RD 105/19 §1; Law 61/29-2", lang) == written
