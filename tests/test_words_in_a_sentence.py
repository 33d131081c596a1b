"""Words as the sentence around them needs them: a document's name inside a sentence loses its
capital (German nouns keep theirs), and French speaks to the worker without a masculine-only
participle ("Êtes-vous venu…" left out every woman who came to work)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from assistant.engine import Interview
from i18n import mid_sentence

from .test_terminology import texts


@pytest.mark.parametrize(
    ("lang", "label", "inside"),
    [
        ("fr", "Contrat de travail à durée déterminée", "contrat de travail à durée déterminée"),
        ("nl", "Arbeidsovereenkomst voor bepaalde tijd", "arbeidsovereenkomst voor bepaalde tijd"),
        ("en", "Fixed-term employment contract", "fixed-term employment contract"),
        ("de", "Befristeter Arbeitsvertrag", "befristeter Arbeitsvertrag"),
        ("de", "Ärztliches Attest", "ärztliches Attest"),
        ("de", "Reisepass (oder Reisedokument)", "Reisepass (oder Reisedokument)"),
        ("de", "Nachweis einer Krankenversicherung", "Nachweis einer Krankenversicherung"),
        ("en", "EU blue card", "EU blue card"),
    ],
)
def test_a_document_name_inside_a_sentence(lang, label, inside):
    assert mid_sentence(label, lang) == inside


def test_the_documents_confirmed_read_as_one_german_sentence():
    interview = Interview.start(lang="de", today=date(2026, 3, 2), role="worker")
    for text in ("Tunesien", "1", "15.5. - 31.7.", "nein", "14.5."):
        interview.answer(text)
    step = interview.answer("Reisepass, Vertrag und ärztliches Attest")
    assert step.messages[0].text == (
        "Bereits vorhandene Unterlagen: Reisepass (oder "
        "Reisedokument), befristeter Arbeitsvertrag und ärztliches "
        "Attest."
    )


def test_french_speaks_to_the_worker_without_a_masculine_participle():
    masculine = re.compile(r"\b(venu|entré|admis|arrivé|inscrit|Né|né le)\b")
    to_the_worker = [
        (key, text)
        for key, text in texts("fr")
        if not key.endswith((".they", ".employer"))
        and masculine.search(text)
        and "vous" in text.lower()
    ]
    assert to_the_worker == []
