"""The outcome speaks to whoever answers: the worker (and a helpdesk agent, who reads it out to
the caller) reads "you"; an employer reads about "the worker"."""

from __future__ import annotations

import re

import pytest

from assistant.engine import Interview

from .conftest import TODAY, answer_all

SHORT_STAY = ("Morocco", "abroad", "1/4 - 15/6", "no", "31/3", "passport and work permit")
SECOND_PERSON = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)


def _texts(outcome) -> str:
    return " ".join([outcome.explanation, *(d.note for d in outcome.deadlines)])


def test_an_employer_reads_about_the_worker(interview_at):
    step = answer_all(interview_at(role="employer"), *SHORT_STAY)
    assert step.done and step.outcome.procedure == "short_stay"
    assert step.outcome.explanation.startswith("The worker comes from abroad")
    assert "declares their arrival" in step.outcome.explanation
    assert not SECOND_PERSON.search(_texts(step.outcome)), _texts(step.outcome)


@pytest.mark.parametrize("role", ["worker", "helpdesk"])
def test_the_worker_and_the_helpdesk_read_you(interview_at, role):
    step = answer_all(interview_at(role=role), *SHORT_STAY)
    assert step.outcome.explanation.startswith("You come from abroad")


def test_the_role_given_in_the_interview_words_the_outcome(interview_at):
    interview = interview_at(role=None)
    step = answer_all(interview, "I'm the employer", *SHORT_STAY)
    assert interview.state.role == "employer"
    assert step.outcome.explanation.startswith("The worker comes from abroad")


@pytest.mark.parametrize(
    ("lang", "start"),
    [("fr", "Le travailleur vient"), ("nl", "De werknemer komt"), ("de", "Der Arbeitnehmer kommt")],
)
def test_an_employer_reads_about_the_worker_in_every_language(lang, start):
    interview = Interview.start(lang="en", today=TODAY, role="employer")
    answer_all(interview, *SHORT_STAY)
    interview.switch_language(lang)
    assert interview.outcome().explanation.startswith(start)


def test_a_resumed_employer_interview_still_reads_about_the_worker(interview_at):
    interview = interview_at(role="employer")
    answer_all(interview, *SHORT_STAY)
    resumed = Interview.from_json(interview.to_json())
    assert resumed.outcome().explanation.startswith("The worker comes from abroad")


def test_the_outcome_follows_a_changed_role(interview_at):
    interview = interview_at(role="worker")
    answer_all(interview, *SHORT_STAY)
    assert interview.outcome().explanation.startswith("You come from abroad")
    interview.state.role = "employer"
    assert interview.outcome().explanation.startswith("The worker comes from abroad")
