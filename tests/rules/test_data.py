"""The law's tables: every rule, document, deadline and fee carries its article; data loads
strictly; the holidays kept on file are the library's."""

from __future__ import annotations

from datetime import date

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


CAP = {
    "citation": "Law 61/29-2",
    "days": 150,
    "window": 360,
    "valid_from": date(2020, 5, 7),
    "source": "s",
}


@pytest.mark.parametrize(
    ("row", "complaint"),
    [
        ({**CAP, "typo": 1}, "unknown key"),
        ({k: v for k, v in CAP.items() if k != "days"}, "missing key 'days'"),
        ({**CAP, "days": "150"}, "days"),
        ({**CAP, "days": -1}, "days"),
        ({**CAP, "days": True}, "days"),
        ({**CAP, "citation": "  "}, "citation"),
        ({**CAP, "valid_from": "2020-05-07"}, "valid_from"),
    ],
)
def test_a_table_that_does_not_hold_what_the_rules_expect_is_rejected_naming_the_file(
    row, complaint
):
    with pytest.raises(
        tables.TableError,
        match=f"caps.toml:seasonal_max.*{complaint}|caps.toml:seasonal_max: {complaint}",
    ):
        tables._strict(tables.Cap, "caps.toml", row, "seasonal_max")


def test_a_wrong_value_deep_in_a_table_is_named_by_its_row_and_field():
    raw = tables._load("fee.toml")
    raw["amounts"][2]["amount_eur"] = 12.5
    del raw["amounts"][1]["source"]
    with pytest.raises(tables.TableError) as raised:
        tables._strict(tables.FeeTable, "fee.toml", raw)
    assert str(raised.value) == (
        "rules/data/fee.toml:amounts[1]: missing key 'source'; "
        "rules/data/fee.toml:amounts[2].amount_eur: 12.5 is not valid "
        "(Input should be a valid integer)"
    )


def test_document_words_come_in_the_four_languages_only():
    raw = tables._load("documents.toml")
    raw["passport"]["words"]["es"] = ["pasaporte"]
    with pytest.raises(tables.TableError, match=r"documents.toml:passport.words.es: 'es'"):
        row = {"id": "passport", **raw["passport"]}
        tables._strict(tables.DocumentEntry, "documents.toml", row, "passport")


def test_a_checklist_condition_must_be_known():
    with pytest.raises(tables.TableError, match="only_if"):
        tables._strict(
            tables.ChecklistRow,
            "procedures.toml",
            {
                "document": "passport",
                "citation": "RD 105/11",
                "required": True,
                "only_if": "sometimes",
            },
        )


def test_the_holidays_on_file_are_the_librarys():
    # the days are what counts; a holiday renamed by the library changes no deadline
    assert sorted(_stored()) == sorted(holidays_from_library(GENERATED_YEARS))
