"""Article references, lists and counts reach the reader in the reader's language: the "why?"
of every question, a near miss's article, and ``saison decide``'s list of accepted values."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date

import pytest

from assistant.engine import Interview
from assistant.engine.questions import QUESTIONS

FOREIGN = {
    "fr": r"\b(RD|Law|and|KB|wet)\b",
    "nl": r"\b(RD|Law|and|al\.|AR|loi)\b",
    "de": r"\b(RD|Law|and|al\.|AR|loi)\b|§\d",
}


@pytest.mark.parametrize("lang", ["fr", "nl", "de"])
def test_every_why_cites_the_law_in_the_language_of_the_reader(lang):
    from assistant.engine.render import Renderer

    renderer = Renderer(lang, "worker")
    for spec in QUESTIONS:
        why = renderer.say(f"question.{spec.id}.why", {"citation": spec.citation})
        assert not re.search(FOREIGN[lang], why), why


def test_the_why_of_earlier_stays_reads_as_french_cites_it():
    interview = Interview.start(lang="fr", today=date(2026, 3, 2), role="worker")
    for text in ("marocain", "à l'étranger", "du 1/4/2026 au 15/6/2026"):
        step = interview.answer(text)
    assert step.question.id == "previous_stays"
    why = interview.answer("pourquoi").messages[0].text
    assert "(loi 61/29-2\u00a0; AR 105/18 §4 4° et 5°\u00a0; AR 105/22 §1 3°)" in why


@pytest.mark.parametrize(
    ("lang", "alternatives"),
    [
        ("fr", "abroad, belgium ou eu_resident"),
        ("nl", "abroad, belgium of eu_resident"),
        ("de", "abroad, belgium oder eu_resident"),
        ("en", "abroad, belgium or eu_resident"),
    ],
)
def test_decide_lists_the_accepted_values_in_the_language_asked(lang, alternatives):
    done = subprocess.run(
        [sys.executable, "-m", "rules.cli", "--lang", lang],
        capture_output=True,
        text=True,
        input=json.dumps({"nationality": "MA", "location": "mars"}),
        check=False,
    )
    assert done.returncode == 2
    assert f"{alternatives})" in json.loads(done.stdout)["error"]["message"]
