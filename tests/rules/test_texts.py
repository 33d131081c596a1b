"""Every word of an outcome comes from the catalogs, in the language asked for."""

from __future__ import annotations

import json
import re

import pytest

from i18n import LANGUAGES, translator
from rules import tables

from .conftest import outcome, period

RAW_KEY = re.compile(r"\b(?:doc|deadline|explain|condition|fact|anchor|fee\.note|error|figure)\.[a-z_.]+\b")

CASES = {
    "short_stay": dict(work=period("2026-04-01", days=60), entry_date="2026-04-01", documents=["passport"]),
    "single_permit": dict(work=period("2026-04-01", days=200), entry_date="2026-04-01", age=30, filed_on="2026-03-01"),
    "extension": dict(location="belgium", status="seasonal_short_stay", current_stay=period("2026-03-01", days=30),
                      work=period("2026-03-31", days=30), filed_on="2026-03-20"),
    "beyond_90": dict(location="belgium", status="seasonal_short_stay", current_stay=period("2026-03-01", days=60),
                      work=period("2026-04-30", days=60), age=25),
    "renewal": dict(location="belgium", status="seasonal_long_stay", current_stay=period("2026-02-01", days=100),
                    work=period("2026-05-12", days=60), filed_on="2026-05-01"),
    "blocked": dict(work=period("2026-04-01", days=60), previous_seasonal_stays=[period("2025-10-01", days=150)]),
    "out_of_scope": dict(nationality="FR"),
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
    bridge = [next(d for d in o.deadlines if d.id == "annex_3_bridge").note for o in (extension, beyond)]
    assert "90 days" in bridge[0] and "105/20" in bridge[0]
    assert "attestation" in bridge[1] and "105/30" in bridge[1]
