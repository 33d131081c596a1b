"""Blind people, whole interviews (tests/people.py says how a person is graded). Written by
helpers who had not read the reader; bench/people.py prints the same grades per language."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.people import PEOPLE_2, PEOPLE_3, PEOPLE_4, load_people, simulate

UNDERSTOOD_AT_LEAST = 0.95
"""The share understood at the first try with the right outcome (the issue's held-out target).
Raise it as the reader improves, never lower it."""
SILENT_WRONG_AT_MOST = 2
"""Silent wrong readings left (target 0): an appointment's date said of a paper ("medical
checkup is on July 1"), whole months given for an earlier stay that had exact days. Lower it
as each is fixed, never raise it."""


SECOND_SET_AT_LEAST = 0.86
"""The second set, written after the reader was fixed on the first: its first blind run read
57% right with 28 silent wrong readings. A ratchet: raise it as the reader improves."""
SECOND_SET_WRONG_AT_MOST = 4

THIRD_SET_AT_LEAST = 0.86
"""The third set, written after the reader was fixed on the second: its first blind run read
64% right with 26 silent wrong readings. A ratchet, like the second."""
THIRD_SET_WRONG_AT_MOST = 5

FOURTH_SET_AT_LEAST = 0.82
"""The fourth set, written while the reader was fixed on the third and measured once before any
fix: its first blind run read 70% right with 22 silent wrong readings. A ratchet."""
FOURTH_SET_WRONG_AT_MOST = 10


@pytest.fixture(scope="module")
def graded():
    return [simulate(person) for person in load_people()]


@pytest.fixture(scope="module")
def graded_second():
    return [simulate(person) for person in load_people(PEOPLE_2)]


@pytest.fixture(scope="module")
def graded_third():
    return [simulate(person) for person in load_people(PEOPLE_3)]


@pytest.fixture(scope="module")
def graded_fourth():
    return [simulate(person) for person in load_people(PEOPLE_4)]


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


def test_the_second_set_does_not_slip_back(graded_second):
    counts = Counter(g.grade for g in graded_second)
    assert counts["right"] / len(graded_second) >= SECOND_SET_AT_LEAST, counts
    assert counts["wrong"] <= SECOND_SET_WRONG_AT_MOST, counts
    assert [g.person.id for g in graded_second if g.detail.startswith("crash")] == []


def test_the_third_set_does_not_slip_back(graded_third):
    counts = Counter(g.grade for g in graded_third)
    assert counts["right"] / len(graded_third) >= THIRD_SET_AT_LEAST, counts
    assert counts["wrong"] <= THIRD_SET_WRONG_AT_MOST, counts
    assert [g.person.id for g in graded_third if g.detail.startswith("crash")] == []


def test_the_fourth_set_does_not_slip_back(graded_fourth):
    counts = Counter(g.grade for g in graded_fourth)
    assert counts["right"] / len(graded_fourth) >= FOURTH_SET_AT_LEAST, counts
    assert counts["wrong"] <= FOURTH_SET_WRONG_AT_MOST, counts
    assert [g.person.id for g in graded_fourth if g.detail.startswith("crash")] == []
