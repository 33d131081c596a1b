"""Every key the engine can show exists, translated, in the four ``interview`` catalogs.
(tests/test_catalogs.py checks that the catalogs agree with each other; this checks that they
hold what the code asks for, including keys the code builds from ids.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from assistant.engine.glossary import TOPICS
from assistant.engine.questions import BY_ID, QUESTIONS
from i18n import CATALOG_DIR, LANGUAGES
from rules.tables import near_misses

ENGINE = Path(__file__).parents[2] / "assistant" / "engine"
LITERAL_KEY = re.compile(
    r"""["']((?:question|choice|confirm|error|info|why|help|near_miss)\.[a-z_.0-9]+)["']"""
)
DATE_ERRORS = (
    "no_date",
    "impossible_date",
    "month_first",
    "too_many",
    "end_before_start",
    "no_period",
    "one_date",
    "odd_dates",
    "wrong_weekday",
)


def used_keys() -> set[str]:
    keys = set()
    for path in ENGINE.rglob("*.py"):
        keys |= {
            k for k in LITERAL_KEY.findall(path.read_text(encoding="utf-8")) if not k.endswith(".")
        }
    for spec in QUESTIONS:
        keys |= {f"question.{spec.id}.{part}" for part in ("you", "they", "hint", "why")}
        keys |= {f"choice.{spec.id}.{choice}" for choice in spec.choices}
    keys |= {f"question.previous_stays.short.{form}" for form in ("you", "they")}
    keys |= {f"confirm.role.{role}" for role in BY_ID["role"].choices}
    keys |= {f"confirm.location.{where}" for where in BY_ID["location"].choices}
    keys |= {f"near_miss.{near}" for near in near_misses()}
    keys |= {f"confirm.{spec.id}" for spec in QUESTIONS if spec.kind == "date"}
    keys |= {f"error.choice.{spec.id}" for spec in QUESTIONS if spec.kind == "choice"}
    keys |= {f"error.date.{code}" for code in DATE_ERRORS}
    keys |= {f"help.term.{topic}" for topic in TOPICS}
    return keys


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_key_the_engine_uses_is_translated(lang):
    with (CATALOG_DIR / lang / "LC_MESSAGES" / "interview.po").open("rb") as file:
        catalog = {(m.id[0] if m.pluralizable else m.id): m for m in read_po(file) if m.id}
    missing = sorted(k for k in used_keys() if k not in catalog or not catalog[k].string)
    assert not missing


def test_the_catalog_holds_no_key_the_engine_never_uses():
    with (CATALOG_DIR / "en" / "LC_MESSAGES" / "interview.po").open("rb") as file:
        keys = {(m.id[0] if m.pluralizable else m.id) for m in read_po(file) if m.id}
    assert sorted(keys - used_keys()) == []
