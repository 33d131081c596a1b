"""One name per concept: the terminology table (i18n/terminology.toml) gives each concept its
term in French, Dutch, German and English with the source of the term, and the variants the
catalogs must not use. A catalog text that uses a ruled-out variant fails here."""

from __future__ import annotations

import re
import tomllib

import pytest
from babel.messages.pofile import read_po

from i18n import CATALOG_DIR, DOMAINS, LANGUAGES

TABLE = tomllib.loads((CATALOG_DIR / "terminology.toml").read_text(encoding="utf-8"))


def texts(lang: str) -> list[tuple[str, str]]:
    """Every text of a language's catalogs, with its key (each plural form on its own)."""
    found = []
    for domain in DOMAINS:
        with (CATALOG_DIR / lang / "LC_MESSAGES" / f"{domain}.po").open("rb") as file:
            for message in read_po(file):
                if not message.id:
                    continue
                key = message.id[0] if message.pluralizable else message.id
                strings = message.string if message.pluralizable else (message.string,)
                found += [(key, text) for text in strings]
    return found


def test_every_concept_is_named_in_the_four_languages_with_its_source():
    assert len(TABLE) >= 31
    for concept, row in TABLE.items():
        assert all(row.get(lang) for lang in LANGUAGES), concept
        assert row.get("source"), concept
        assert set(row) <= {*LANGUAGES, "source", "avoid"}, concept
        assert set(row.get("avoid", {})) <= set(LANGUAGES), concept


def test_a_ruled_out_variant_never_matches_the_term_itself():
    for concept, row in TABLE.items():
        for lang, patterns in row.get("avoid", {}).items():
            for pattern in patterns:
                assert not re.search(pattern, row[lang]), (concept, lang, pattern)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_catalog_text_uses_a_variant_the_table_rules_out(lang):
    rules = [
        (concept, re.compile(pattern))
        for concept, row in TABLE.items()
        for pattern in row.get("avoid", {}).get(lang, [])
    ]
    found = [
        f"{key}: {concept} ({rule.pattern}) in {text!r}"
        for key, text in texts(lang)
        for concept, rule in rules
        if rule.search(text)
    ]
    assert found == []


def test_the_table_catches_what_the_review_found():
    """The variants the native review found, as they were: each is ruled out by the table."""
    found_by_the_review = {
        "nl": [
            "Lang verblijf: gecombineerde vergunning",
            "de vergunning voor seizoenarbeider",
            "in het Schengengebied",
            "Aankomst in België",
            "KB 1/2/1 §3 al. 2",
            "van {start} tot {end}",
            "Geen vroeger verblijf",
        ],
        "de": [
            "Ich bin der Saisonarbeiter",
            "Sich bei der Gemeinde anmelden",
            "Noch fehlende Dokumente",
            "ZA art. 19",
            "Erneuerung eines langen Aufenthalts",
        ],
        "fr": ["Date de dépôt", "(Law 61/29-2; RD 105/18 §4 4° and 5°)"],
    }
    for lang, variants in found_by_the_review.items():
        rules = [
            re.compile(pattern)
            for row in TABLE.values()
            for pattern in row.get("avoid", {}).get(lang, [])
        ]
        for variant in variants:
            assert any(rule.search(variant) for rule in rules), (lang, variant)
