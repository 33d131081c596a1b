"""Every word of an outcome comes from the catalogs, in the language asked for."""

from __future__ import annotations

import json
import re

import pytest

from i18n import LANGUAGES, translator
from rules import tables

from .conftest import outcome, period

RAW_KEY = re.compile(
    r"\b(?:doc|deadline|explain|condition|fact|anchor|fee\.note|error|figure)\.[a-z_.]+\b"
)

CASES = {
    "short_stay": dict(
        work=period("2026-04-01", days=60), entry_date="2026-04-01", documents=["passport"]
    ),
    "single_permit": dict(
        work=period("2026-04-01", days=200), entry_date="2026-04-01", age=30, filed_on="2026-03-01"
    ),
    "extension": dict(
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", days=30),
        work=period("2026-03-31", days=30),
        filed_on="2026-03-20",
    ),
    "beyond_90": dict(
        location="belgium",
        status="seasonal_short_stay",
        current_stay=period("2026-03-01", days=60),
        work=period("2026-04-30", days=60),
        age=25,
    ),
    "renewal": dict(
        location="belgium",
        status="seasonal_long_stay",
        current_stay=period("2026-02-01", days=100),
        work=period("2026-05-12", days=60),
        filed_on="2026-05-01",
    ),
    "blocked": dict(
        work=period("2026-04-01", days=60), previous_seasonal_stays=[period("2025-10-01", days=150)]
    ),
    "out_of_scope": dict(nationality="FR"),
    "lives_in_eu": dict(location="eu_resident", work=period("2026-04-01", days=60)),
    "missing": dict(location="belgium"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", CASES)
def test_no_catalog_key_leaks_into_an_outcome(lang, case):
    text = json.dumps(outcome(lang, **CASES[case]).model_dump(mode="json"), ensure_ascii=False)
    assert not RAW_KEY.search(text), RAW_KEY.search(text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_id_of_the_data_has_its_texts(lang):
    t = translator(lang)
    keys = [f"doc.{doc}.name" for doc in tables.documents()]
    keys += [f"procedure.{p}.title" for p in tables.procedures()]
    for procedure in tables.procedures().values():
        keys += [f"authority.{a}" for a in procedure.authorities]
        keys += [f"form.{f}" for f in procedure.forms]
        keys += [f"condition.{row.condition}" for row in procedure.checklist if row.condition]
    for rule in tables.deadline_rules():
        keys += [f"deadline.{rule.id}.title", f"deadline.{rule.id}.note", f"anchor.{rule.anchor}"]
    missing = [key for key in keys if not t.has(key)]
    assert missing == []


def test_the_explanation_speaks_the_language_asked_for():
    texts = {lang: outcome(lang, **CASES["short_stay"]).explanation for lang in LANGUAGES}
    assert len(set(texts.values())) == 4
    assert "avril" in texts["fr"] and "april" in texts["nl"] and "April" in texts["de"]


def test_french_writes_the_first_of_the_month_as_1er():
    from datetime import date

    from i18n import format_date

    assert format_date(date(2026, 4, 1), "fr") == "mercredi 1er avril 2026"
    assert format_date(date(2026, 4, 11), "fr") == "samedi 11 avril 2026"


def test_the_annex_3_bridge_says_what_each_procedure_adds():
    extension = outcome(**CASES["extension"])
    beyond = outcome(**CASES["beyond_90"])
    bridge = [
        next(d for d in o.deadlines if d.id == "annex_3_bridge").note for o in (extension, beyond)
    ]
    assert "90 days" in bridge[0] and "105/20" in bridge[0]
    assert "attestation" in bridge[1] and "105/30" in bridge[1]


# --- an employer reads about "the worker" ------------------------------------------------------

SECOND_PERSON = {
    "en": re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE),
    "nl": re.compile(r"\b(?:u|uw|je|jouw|jij)\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b"),
}
"""The second person, as each catalog addresses the worker."""
OUTCOME_TEXTS = ("explain.", "deadline.", "condition.", "anchor.", "authority.", "fee.note.")
PLACEHOLDER = re.compile(r"\{(\w*)\}")
"""The prefixes of the ``core`` texts an outcome or its result shows about the worker."""
TO_THE_READER = frozenset(
    {
        "fee.note.later_amount_unknown",
        "explain.late_unless_filed",
        "explain.late_unless_filed.renewal",
    }
)
"""Texts whose "you" is whoever reads ("check the amount", "give the filing date"), an employer
too: one wording."""
PROCEDURE_CASES = [case for case in CASES if case not in ("out_of_scope", "lives_in_eu", "missing")]


def _catalog(lang: str) -> dict[str, str]:
    from babel.messages.pofile import read_po

    from i18n import CATALOG_DIR

    with (CATALOG_DIR / lang / "LC_MESSAGES" / "core.po").open("rb") as file:
        return {
            message.id[0] if message.pluralizable else message.id:  # plural forms as one
            " ".join(message.string) if message.pluralizable else message.string
            for message in read_po(file)
            if message.id
        }


def _employer_outcome(lang: str = "en", **facts):
    from rules import decide

    from .conftest import situation

    return decide(situation(**facts), lang, audience="employer")


def _texts(result) -> str:
    """Every sentence of an outcome a person reads: explanation and deadline notes."""
    return " ".join([result.explanation, *(d.note for d in result.deadlines)])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", PROCEDURE_CASES)
def test_an_employer_reads_another_text_than_the_worker(lang, case):
    worker, employer = outcome(lang, **CASES[case]), _employer_outcome(lang, **CASES[case])
    assert employer.procedure == worker.procedure
    assert employer.explanation != worker.explanation


@pytest.mark.parametrize("case", CASES)
def test_the_employer_text_never_says_you(case):
    employer = _employer_outcome(**CASES[case])
    assert not SECOND_PERSON["en"].search(_texts(employer)), _texts(employer)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", CASES)
def test_the_audience_changes_the_words_only(lang, case):
    texts = {"explanation": True, "deadlines": {"__all__": {"note"}}}
    worker, employer = outcome(lang, **CASES[case]), _employer_outcome(lang, **CASES[case])
    assert employer.model_dump(exclude=texts) == worker.model_dump(exclude=texts)
    assert not RAW_KEY.search(_texts(employer))


@pytest.mark.parametrize("case", CASES)
def test_the_worker_is_the_default_audience(case):
    from rules import decide

    from .conftest import situation

    for lang in LANGUAGES:
        facts = situation(**CASES[case])
        assert decide(facts, lang) == decide(facts, lang, audience="worker")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_that_says_you_has_its_employer_wording(lang):
    """A text about the worker that says "you" in any language has a ``.employer`` variant, in
    every language, with the same placeholders, that does not."""
    catalogs = {code: _catalog(code) for code in LANGUAGES}
    catalog = catalogs[lang]
    addressed = sorted(
        key
        for key in catalog
        if key.startswith(OUTCOME_TEXTS)
        and not key.endswith(".employer")
        and key not in TO_THE_READER
        and any(SECOND_PERSON[code].search(catalogs[code][key]) for code in LANGUAGES)
    )
    assert "explain.procedure.short_stay" in addressed
    for key in addressed:
        variant = catalog.get(f"{key}.employer")
        assert variant, f"{lang}: {key}.employer is missing"
        assert not SECOND_PERSON[lang].search(variant), f"{lang}: {key}.employer: {variant}"
        assert sorted(PLACEHOLDER.findall(variant)) == sorted(PLACEHOLDER.findall(catalog[key]))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_employer_wording_words_an_existing_text(lang):
    catalog = _catalog(lang)
    orphans = [
        key
        for key in catalog
        if key.endswith(".employer") and key.removesuffix(".employer") not in catalog
    ]
    assert orphans == []


def test_an_unknown_audience_is_refused():
    from i18n import Translator

    with pytest.raises(ValueError):
        Translator("en", "core", "caller")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_figure_to_confirm_names_its_source_in_the_readers_language(lang):
    t = translator(lang)
    for rule in tables.deadline_rules():
        if rule.to_confirm:
            assert t.has(f"source.{rule.id}"), rule.id


def test_a_refusal_cites_the_rule_that_decides():
    """Law review (issue 8, item 6): a single permit or a first entry stopped by the 150 days
    cites the seasonal maximum, not 105/18 §4 5° (the short-stay extension's refusal); a first
    short stay shortened by 90 in 180 cites the Schengen rule, not 105/19 §1."""
    from .conftest import outcome, period

    used = [period("2025-10-01", days=150)]
    single = outcome(work=period("2026-03-01", days=120), previous_seasonal_stays=used)
    first = outcome(work=period("2026-03-01", days=60), previous_seasonal_stays=used)
    for result in (single, first):
        assert "seasonal_max_reached" in result.blocking, result.procedure
        assert "Law 61/29-2" in result.explanation and "105/18 §4 5°" not in result.explanation
    short = outcome(
        work=period("2026-03-10", days=80), previous_schengen_stays=[period("2026-01-10", days=30)]
    )
    assert short.procedure == "short_stay" and short.authorised_stay.capped_by == "short_stay_max"
    assert "Schengen Borders Code" in short.explanation and "105/19 §1" not in short.explanation
