"""Blind people, whole interviews (tests/people.py says how a person is graded). Written by
helpers who had not read the reader; bench/people.py prints the same grades per language."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.people import PEOPLE_SETS, load_people, simulate

UNDERSTOOD_AT_LEAST = 0.95
"""The share understood at the first try with the right outcome (the issue's held-out target).
Raise it as the reader improves, never lower it."""
SILENT_WRONG_AT_MOST = 2
"""Silent wrong readings left (target 0): an appointment's date said of a paper ("medical
checkup is on July 1"), whole months given for an earlier stay that had exact days. Lower it
as each is fixed, never raise it."""


LATER_SETS = {
    # set number: (share right at least, silent wrong at most); ratchets: raise the share and
    # lower the wrong as the reader improves, never the other way
    2: (0.94, 3),  # written after the reader was fixed on the first: 57%, 28 wrong
    3: (0.91, 2),  # written after it was fixed on the second: 64%, 26 wrong
    4: (0.93, 1),  # written while it was fixed on the third: 70%, 22 wrong
    5: (0.97, 0),  # written while it was fixed on the fourth: 72%, 18 wrong
    6: (0.98, 0),  # written while it was fixed on the fifth: 76%, 18 wrong
    7: (0.98, 0),  # written side by side with the eighth after the sixth: 80%, 13 wrong
    8: (0.96, 1),  # written side by side with the seventh: 80%, 14 wrong
    9: (0.93, 3),  # written while the seventh and eighth were fixed: 78%, 14 wrong
    10: (0.97, 2),  # written while the ninth was fixed: 79%, 17 wrong
    11: (0.96, 1),  # written while the tenth was fixed: 80%, 15 wrong
    12: (0.92, 1),  # written while the eleventh was fixed: 76%, 16 wrong
    13: (0.95, 0),  # written while the twelfth was fixed: 79%, 13 wrong
    14: (0.92, 3),  # written while the thirteenth was fixed: 79%, 13 wrong
    15: (0.95, 2),  # written while the fourteenth was fixed: 84%, 10 wrong
    16: (0.92, 5),  # written while the fifteenth was fixed: 79%, 13 wrong
    17: (0.98, 0),  # written while the sixteenth was fixed: 90%, 3 wrong
    18: (0.97, 1),  # written from a new brief while the vocabulary was reviewed: 60%, 20 wrong
    19: (0.87, 4),  # written while the eighteenth was fixed: 56%, 20 wrong
    20: (0.84, 6),  # written while the nineteenth was fixed: 60%, 24 wrong
    21: (0.88, 4),  # written while the twentieth was fixed: 73%, 16 wrong
    22: (0.93, 5),  # written while the twenty-first was fixed: 66%, 21 wrong
    23: (0.81, 7),  # written while the twenty-second was fixed: 61%, 21 wrong
    24: (0.88, 4),  # written while the twenty-third was fixed: 66%, 15 wrong
    25: (0.82, 5),  # written while the twenty-fourth was fixed: 62%, 18 wrong
    26: (0.94, 1),  # written while the twenty-fifth was fixed: 66%, 18 wrong
    27: (0.92, 1),  # written while the twenty-sixth was fixed: 68%, 21 wrong
    28: (0.87, 1),  # written while the twenty-seventh was fixed: 79%, 8 wrong
    29: (0.87, 1),  # written after the twenty-eighth was fixed: 72%, 15 wrong
    30: (0.85, 3),  # written while the twenty-ninth was fixed: 75%, 13 wrong
    31: (0.92, 1),  # written while the thirtieth was fixed: 78%, 11 wrong
    32: (0.85, 6),  # written while the thirty-first was fixed: 73%, 16 wrong
    33: (0.84, 1),  # written while the thirty-second was fixed: 73%, 14 wrong
    34: (0.87, 3),  # written while the thirty-third was fixed: 77%, 13 wrong
    35: (0.88, 2),  # written while the thirty-fourth was fixed: 79%, 12 wrong
    36: (0.91, 2),  # written while the thirty-fifth was fixed: 83%, 10 wrong
    37: (0.87, 2),  # written while the thirty-sixth was fixed: 73%, 16 wrong
    38: (0.83, 4),  # written while the thirty-seventh was fixed: 71%, 18 wrong
    39: (0.86, 2),  # written while the thirty-eighth was fixed: 76%, 12 wrong
    40: (0.91, 2),  # written while the thirty-ninth was fixed: 81%, 12 wrong
    41: (0.79, 4),  # written while the fortieth was fixed: 73%, 11 wrong
    42: (0.81, 7),  # written after the forty-first arrived: 70%, 18 wrong
    43: (0.86, 7),  # written while the forty-first and forty-second were fixed: 80%, 13 wrong
    44: (0.89, 2),  # written while the forty-third was fixed: 80%, 11 wrong
    45: (0.89, 2),  # written while the forty-fourth was fixed: 77%, 13 wrong
    46: (0.79, 3),  # written while the forty-fifth was fixed: 71%, 12 wrong
    47: (0.81, 3),  # written while the forty-sixth was fixed: 71%, 13 wrong
    48: (0.83, 3),  # written while the forty-seventh was fixed: 75%, 12 wrong
    49: (0.86, 4),  # written while the forty-eighth was fixed: 81%, 9 wrong
    50: (0.87, 7),  # written while the forty-ninth was fixed: 81%, 13 wrong
    51: (0.80, 7),  # written while the fiftieth was fixed: 74%, 14 wrong
    52: (0.84, 6),  # written while the fifty-first was fixed: 83%, 7 wrong
}
"""The later blind sets, each with its first blind run (before any fix made for it)."""


@pytest.fixture(scope="module")
def graded():
    return [simulate(person) for person in load_people()]


def test_the_people_cover_every_procedure_role_and_language():
    people = load_people()
    assert len(people) >= 100
    assert {p.lang for p in people} == {"fr", "nl", "de", "en"}
    assert {p.role for p in people} == {"worker", "employer", "helpdesk"}
    assert {p.procedure for p in people} >= {
        "short_stay",
        "short_stay_extension",
        "extension_beyond_90_days",
        "single_permit",
        "renewal",
    }


def test_no_interview_breaks(graded):
    assert [g.person.id for g in graded if g.detail.startswith("crash")] == []


def test_people_are_understood_at_the_first_try(graded):
    counts = Counter(g.grade for g in graded)
    assert counts["right"] / len(graded) >= UNDERSTOOD_AT_LEAST, counts


def test_silent_wrong_readings_do_not_grow(graded):
    wrong = [f"{g.person.id}: {g.detail}" for g in graded if g.grade == "wrong"]
    assert len(wrong) <= SILENT_WRONG_AT_MOST, wrong


@pytest.mark.parametrize("number", LATER_SETS, ids=lambda number: f"people{number}")
def test_the_later_sets_do_not_slip_back(number):
    graded = [simulate(person) for person in load_people(PEOPLE_SETS[number - 1])]
    at_least, wrong_at_most = LATER_SETS[number]
    counts = Counter(g.grade for g in graded)
    assert counts["right"] / len(graded) >= at_least, counts
    assert counts["wrong"] <= wrong_at_most, counts
    assert [g.person.id for g in graded if g.detail.startswith("crash")] == []
