"""A worker's nationality, written as people write it: an adjective or a people noun, masculine,
feminine or plural, in French, Dutch, German or English, for every country people come from.

The forms are in ``tests/data/demonyms.toml``, written by hand from the languages. A form that
names more than one country ("congolais", "Korean") must be asked back, never settled on one of
them; a near miss must never silently become another country ("togolaise" is not "congolaise").
"""

from __future__ import annotations

import tomllib
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from assistant.engine import Interview

TODAY = date(2026, 3, 2)
TABLE = tomllib.loads((Path(__file__).parents[1] / "data" / "demonyms.toml").read_text("utf-8"))
AMBIGUOUS: dict[str, dict[str, list[str]]] = TABLE.pop("ambiguous")
LANGS = ("fr", "nl", "de", "en")


def forms_of(entry: dict[str, str | list[str]]) -> list[str]:
    forms: list[str] = []
    for value in entry.values():
        for form in [value] if isinstance(value, str) else value:
            if form not in forms:
                forms.append(form)
    return forms


def cases() -> list:
    found = []
    for code, languages in TABLE.items():
        for lang in LANGS:
            for form in forms_of(languages.get(lang, {})):
                found.append(pytest.param(lang, form, code, id=f"{code}-{lang}-{form}"))
    return found


def ambiguous_cases() -> list:
    return [
        pytest.param(lang, form, codes, id=f"{lang}-{form}")
        for lang in LANGS
        for form, codes in AMBIGUOUS[lang].items()
    ]


def nationality_read(lang: str, text: str) -> tuple[str | None, str | None]:
    """The nationality the interview holds after ``text``, and the question it asks next."""
    interview = Interview.start(lang=lang, today=TODAY, role="employer")
    assert interview.current().question.id == "nationality"
    step = interview.answer(text)
    return interview.state.facts.nationality, step.question.id if step.question else None


@pytest.mark.parametrize(("lang", "form", "code"), cases())
def test_a_nationality_written_as_a_demonym_is_its_country(lang, form, code):
    nationality, next_question = nationality_read(lang, form)
    assert (nationality, next_question != "nationality") == (code, True)


@pytest.mark.parametrize(("lang", "form", "codes"), ambiguous_cases())
def test_a_demonym_of_several_countries_is_asked_back(lang, form, codes):
    assert nationality_read(lang, form) == (None, "nationality")


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "il est togolais", "TG"),
        ("fr", "elle est togolaise", "TG"),
        ("fr", "ils sont togolais", "TG"),
        ("fr", "elle est sud-soudanaise", "SS"),
        ("fr", "il est soudanais", "SD"),
        ("fr", "nationalité nigérienne", "NE"),
        ("fr", "elle est nigériane", "NG"),
        ("fr", "il est thaï", "TH"),
        ("fr", "c'est une afghane", "AF"),
        ("nl", "hij is Togolees", "TG"),
        ("nl", "ze is een Togolese", "TG"),
        ("nl", "hij is Marokkaan", "MA"),
        ("nl", "zij is Thaise", "TH"),
        ("nl", "de Nigeriaanse nationaliteit", "NG"),
        ("de", "sie ist Togoerin", "TG"),
        ("de", "er ist Togoer", "TG"),
        ("de", "sie ist Marokkanerin", "MA"),
        ("de", "er ist Südsudanese", "SS"),
        ("de", "er hat die nigrische Staatsangehörigkeit", "NE"),
        ("de", "sie ist Thailänderin", "TH"),
        ("en", "she's Togolese", "TG"),
        ("en", "he is Thai", "TH"),
        ("en", "she is South Sudanese", "SS"),
        ("en", "he's Nigerien", "NE"),
        ("en", "he's Nigerian", "NG"),
        ("en", "a Filipino", "PH"),
        ("en", "they are Moroccans", "MA"),
    ],
)
def test_a_demonym_in_a_sentence_is_its_country(lang, text, code):
    assert nationality_read(lang, text) == (code, "location")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nigerain"),  # Nigerian or Nigerien?
        ("en", "South Sudanse"),  # not Sudanese: the "South" counts
        ("fr", "sud soudanaisse"),
        ("de", "süd sudanesin"),
        ("fr", "il est congolais"),
        ("fr", "elle est guinéenne"),
        ("nl", "hij is Koreaans"),
        ("de", "sie ist Kongolesin"),
        ("en", "she's Korean"),
        ("en", "he is Dominican"),
    ],
)
def test_a_demonym_of_several_countries_in_a_sentence_is_asked_back(lang, text):
    assert nationality_read(lang, text) == (None, "nationality")


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "Marroko", "MA"),
        ("de", "Marroko", "MA"),
        ("en", "Tunesia", "TN"),
        ("en", "Philipines", "PH"),
        ("en", "Columbia", "CO"),
        ("en", "Morrocan", "MA"),
        ("en", "Ukranian", "UA"),
        ("fr", "marrocain", "MA"),
        ("fr", "ukrainnienne", "UA"),
        ("nl", "Marokaans", "MA"),
        ("de", "marrokanisch", "MA"),
        ("de", "Tunesierinn", "TN"),
        ("en", "togolaize", "TG"),
        ("fr", "togolaisse", "TG"),
        ("nl", "Zuid Soedanese", "SS"),
    ],
)
def test_a_misspelt_nationality_is_still_read(lang, text, code):
    assert nationality_read(lang, text) == (code, "location")


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@pytest.mark.parametrize(
    ("lang", "text", "not_code"),
    [
        ("fr", "togolaise", "CD"),
        ("en", "Nigerain", "NE"),
        ("en", "Nigerain", "NG"),
        ("en", "Austrain", "AU"),
        ("fr", "gambienne", "ZM"),
        ("en", "Zambien", "GM"),
        ("fr", "iranien", "IQ"),
        ("fr", "irakien", "IR"),
        ("fr", "mauricien", "MR"),
        ("fr", "mauritanien", "MU"),
        ("fr", "paraguayen", "UY"),
        ("fr", "uruguayen", "PY"),
        ("en", "Turkmen", "TR"),
        ("en", "Slovene", "SK"),
        ("en", "Slovak", "SI"),
        ("nl", "Sloveens", "SK"),
        ("de", "slowakisch", "SI"),
        ("en", "Malian", "MW"),
        ("en", "Malawian", "ML"),
        ("en", "Libyan", "LB"),
        ("fr", "libérien", "LY"),
        ("de", "Barbdaier", "AG"),  # a Barbadian misspelt, not Barbuda by its stem
    ],
)
def test_a_near_miss_never_becomes_another_country(lang, text, not_code):
    code, _ = nationality_read(lang, text)
    assert code != not_code


def swapped(form: str) -> str:
    """The form with two letters in its middle typed the wrong way round ("Togloese")."""
    i = len(form) // 2
    return form[:i] + form[i + 1] + form[i] + form[i + 2 :]


def test_two_letters_swapped_never_make_another_country():
    slips = [
        (lang, swapped(form), code)
        for lang, form, code in (p.values for p in cases())
        if len(form) >= 6 and " " not in form and "-" not in form and swapped(form) != form
    ]
    read = {slip: nationality_read(slip[0], slip[1])[0] for slip in slips}
    assert [(slip, code) for slip, code in read.items() if code not in (None, slip[2])] == []
    assert sum(code == slip[2] for slip, code in read.items()) >= 0.85 * len(slips)


def test_the_table_covers_every_country_people_come_from():
    named = set(TABLE) | {c for lang in LANGS for codes in AMBIGUOUS[lang].values() for c in codes}
    assert len(named) >= 199
    for code, languages in TABLE.items():
        assert code.isupper() and len(code) == 2, code
        assert set(languages) <= set(LANGS), code


def test_a_form_is_either_one_countrys_or_marked_ambiguous():
    owner: dict[tuple[str, str], str] = {}
    for code, languages in TABLE.items():
        for lang in LANGS:
            for form in forms_of(languages.get(lang, {})):
                key = (lang, plain(form))
                assert owner.setdefault(key, code) == code, (form, owner[key], code)
                assert plain(form) not in {plain(f) for f in AMBIGUOUS[lang]}, form
    for lang in LANGS:
        for form, codes in AMBIGUOUS[lang].items():
            assert len(codes) >= 2, form
