"""Typography of the catalogs. French puts a non-breaking space (U+00A0, or the narrow U+202F)
before : ; ? ! » and after «, in every text: with a plain space a lone "?" or ":" could start a
line. Each language quotes with its own marks: « » in French, “ ” in Dutch and English, „ “ in
German; French writes one apostrophe (')."""

from __future__ import annotations

import re

import pytest

from i18n import LANGUAGES

from .test_terminology import texts

NO_BREAK = "\u00a0\u202f"
QUOTES = {"fr": ("«", "»"), "nl": ("“", "”"), "de": ("„", "“"), "en": ("“", "”")}
ALL_MARKS = set('"«»“”„')


def french_spacing_faults(text: str) -> list[str]:
    """Each mark without its non-breaking space, with the character that comes instead."""
    before = [text[max(i - 1, 0) : i + 1] for i, mark in enumerate(text) if mark in ":;?!»"]
    faults = [
        pair
        for pair in before
        if pair[0] not in NO_BREAK and not (pair[-1] == ":" and pair[0].isdigit())
    ]  # a time (10:30), if ever
    return faults + re.findall(rf"«[^{NO_BREAK}]", text)


def test_a_plain_space_before_a_question_mark_is_caught():
    assert french_spacing_faults("Reprendre votre dernière session ?") == [" ?"]
    assert french_spacing_faults("« non»") == ["n»", "« "]
    assert french_spacing_faults("Reprendre votre dernière session\u00a0?") == []


def test_every_french_text_keeps_its_punctuation_on_the_line():
    found = [
        (key, fault, text) for key, text in texts("fr") for fault in french_spacing_faults(text)
    ]
    assert found == []


def test_french_writes_one_apostrophe():
    assert [key for key, text in texts("fr") if "’" in text] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_quotes_with_the_marks_of_its_language(lang):
    opening, closing = QUOTES[lang]
    foreign = ALL_MARKS - {opening, closing}
    for key, text in texts(lang):
        assert not foreign & set(text), f"{lang} {key}: {text}"
        assert text.count(opening) == text.count(closing), f"{lang} {key}: {text}"
