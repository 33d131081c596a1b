"""The blind phrasing corpus, read by the interview (tests/phrasings.py says how a case is
graded). Written by people who had not read the reader; expectations are never edited to match
what the reader does. bench/understanding.py prints the same grades per kind and language."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.phrasings import grade_all, load_cases

READ_RIGHT_AT_LEAST = 0.97
"""The share read right at the first try: the goal, 97%, is met. Raise this as the reader
improves, never lower it."""
QUESTION_KINDS = {
    "opening", "role", "nationality", "location", "current_stay", "work", "previous_stays",
    "age", "entry_date", "filed_on", "documents",
}  # fmt: skip


@pytest.fixture(scope="module")
def graded():
    return list(grade_all())


def test_the_corpus_covers_every_question_in_four_languages():
    cases = load_cases()
    assert len(cases) >= 1200
    per_kind = Counter(case.question for case in cases)
    assert set(per_kind) == QUESTION_KINDS
    assert min(per_kind.values()) >= 150
    assert {case.lang for case in cases} == {"fr", "nl", "de", "en"}


def test_no_answer_is_read_as_a_fact_the_person_did_not_give(graded):
    wrong = [f"{g.case.id} {g.case.text!r}: {g.detail}" for g in graded if g.grade == "wrong"]
    assert wrong == []


def test_most_answers_are_understood_at_the_first_try(graded):
    right = sum(1 for g in graded if g.grade == "right")
    assert right / len(graded) >= READ_RIGHT_AT_LEAST


def test_i_do_not_know_is_never_no(graded):
    for g in graded:
        if g.case.kind == "dont_know":
            assert g.grade != "wrong", g.case.id
