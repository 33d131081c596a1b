"""Accents come off in one place (rules.folding), for the country names and the reader alike."""

from __future__ import annotations

import pytest

from assistant.engine.parsing.text import fold as reader_fold
from rules.countries import fold as names_fold
from rules.folding import unaccented


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Côte d’Ivoire", "cote d’ivoire"),
        ("STRAẞE", "strasse"),
        ("Straße", "strasse"),
        ("Ｍａｒｏｃ", "maroc"),  # full-width letters
        ("ﬁnlande", "finlande"),
        ("TÜRKİYE", "turkiye"),
    ],
)
def test_accents_case_and_compatibility_forms_come_off(typed, folded):
    assert unaccented(typed) == folded


def test_the_names_and_the_reader_fold_accents_alike_and_punctuation_each_their_way():
    assert names_fold("Guinée-Bissau") == "guinee bissau"
    assert reader_fold("Guinée-Bissau") == "guinee-bissau"
    assert names_fold("São Tomé e Príncipe") == reader_fold("São Tomé e Príncipe")
