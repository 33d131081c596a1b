"""The law's tables: every rule, document, deadline and fee carries its article; data loads
strictly; the holidays kept on file are the library's."""

from __future__ import annotations

import pytest

from rules import tables
from rules.working_days import GENERATED_YEARS, _stored, holidays_from_library


def test_every_procedure_and_checklist_row_cites_an_article():
    for procedure in tables.procedures().values():
        assert procedure.citations, procedure.id
        for row in procedure.checklist:
            assert row.citation.strip(), (procedure.id, row.document)


def test_every_checklist_document_is_in_the_catalogue():
    catalogue = tables.documents()
    for procedure in tables.procedures().values():
        for row in procedure.checklist:
            assert row.document in catalogue


def test_every_document_cites_an_article_and_has_words_in_four_languages():
    for doc in tables.documents().values():
        assert doc.citation.strip()
        assert set(doc.words) == {"fr", "nl", "de", "en"}
        assert all(doc.words[lang] for lang in doc.words), doc.id


def test_every_deadline_cites_an_article_and_figures_from_outside_the_seed_name_their_source():
    for rule in tables.deadline_rules():
        assert rule.citation.strip()
        assert not rule.to_confirm or rule.source, rule.id


def test_every_fee_amount_is_dated_and_sourced_in_order():
    fee = tables.fee_table()
    assert fee.citation
    dates = [row.valid_from for row in fee.amounts]
    assert dates == sorted(dates)
    assert all(row.source for row in fee.amounts)


def test_the_caps_cite_their_law():
    for cap in tables.caps().values():
        assert cap.citation and cap.source


def test_the_visa_list_names_its_regulation():
    countries = tables.countries()
    assert "2018/1806" in countries.visa_exempt.source
    assert not countries.visa_exempt.codes & countries.free_movement.codes


def test_a_table_with_an_unknown_key_is_rejected_naming_the_file():
    with pytest.raises(ValueError, match="caps.toml"):
        tables._strict(tables.Cap, "caps.toml", {"citation": "x", "days": 1, "window": 2,
                                                  "valid_from": "2020-01-01", "source": "s", "typo": 1})


def test_the_holidays_on_file_are_the_librarys():
    assert _stored() == holidays_from_library(GENERATED_YEARS)
