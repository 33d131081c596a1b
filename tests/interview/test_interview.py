"""The conversation: what is asked, what is not, and what survives a change of mind."""

from __future__ import annotations

from datetime import date

from assistant.engine import Interview, InterviewState

from .conftest import TODAY, answer_all

SHORT_STAY = ("Morocco", "abroad", "1/4 - 15/6", "no", "31/3", "passport and work permit")


def asked(interview: Interview) -> list[str]:
    return [turn.question for turn in interview.state.log if turn.question]


def test_a_short_stay_from_start_to_outcome(interview_at):
    interview = interview_at()
    step = answer_all(interview, *SHORT_STAY)
    assert step.done and step.question is None
    assert step.outcome.procedure == "short_stay"
    assert step.outcome.authorised_stay.end == date(2026, 6, 15)
    assert asked(interview) == [
        "nationality",
        "location",
        "work",
        "previous_stays",
        "entry_date",
        "documents",
    ]


def test_nothing_is_asked_twice(interview_at):
    interview = interview_at()
    answer_all(interview, *SHORT_STAY)
    questions = asked(interview)
    assert len(questions) == len(set(questions))


def test_who_is_typing_is_never_asked_the_questions_speak_of_the_worker_until_told(interview_at):
    interview = interview_at(role=None)
    assert interview.current().question.text == "What is the worker's nationality?"
    step = interview.answer("I'm the worker")
    assert interview.state.role == "worker"
    assert step.question.text == "What is your nationality?"  # asked again, now to the worker
    assert interview.questions_asked == 1


def test_who_is_typing_may_be_changed_on_request(interview_at):
    interview = interview_at(role=None)
    assert interview.change("role").question.id == "role"
    step = interview.answer("2")
    assert interview.state.role == "employer"
    assert step.question.id == "nationality"


def test_the_wording_speaks_to_the_worker_or_about_them(interview_at):
    assert interview_at(role="worker").current().question.text == "What is your nationality?"
    assert (
        interview_at(role="employer").current().question.text == "What is the worker's nationality?"
    )


def test_an_eu_citizen_is_told_at_once_without_more_questions(interview_at):
    step = answer_all(interview_at("fr"), "polonais")
    assert step.done and step.outcome.procedure == "not_applicable"
    assert step.outcome.reason == "eu_citizen"


def test_a_minor_is_not_asked_for_a_criminal_record(interview_at):
    interview = interview_at()
    step = answer_all(interview, "Morocco", "abroad", "1/4/2026 - 31/8/2026", "no", "17")
    assert step.question.id == "documents"
    assert "criminal_record" not in [choice.value for choice in step.question.choices]


def test_a_visa_exempt_national_is_not_asked_about_a_visa(interview_at):
    step = answer_all(interview_at(), "Ukraine", "abroad", "1/4 - 15/6", "no", "31/3")
    assert step.question.id == "documents"
    assert "short_stay_visa" not in [choice.value for choice in step.question.choices]


def test_age_is_asked_only_when_it_matters(interview_at):
    interview = interview_at()
    answer_all(interview, *SHORT_STAY)
    assert "age" not in asked(interview)


def test_the_checklist_is_not_asked_when_the_cap_is_reached(interview_at):
    interview = interview_at()
    step = answer_all(interview, "Morocco", "abroad", "20/3 - 31/5", "1/4/2025 - 28/8/2025")
    assert step.done
    assert "seasonal_max_reached" in step.outcome.blocking
    assert "documents" not in asked(interview)


def test_an_unusable_answer_keeps_everything_and_asks_again(interview_at):
    interview = interview_at()
    answer_all(interview, "Morocco", "abroad")
    before = interview.state.facts
    step = interview.answer("31/4 - 15/6")
    assert not step.accepted
    assert step.messages[0].kind == "error" and "31/4" in step.messages[0].text
    assert step.question.id == "work"
    assert interview.state.facts == before


def test_a_huge_paste_is_refused_politely(interview_at):
    interview = interview_at()
    step = interview.answer("lorem ipsum " * 100)
    assert not step.accepted and step.question.id == "nationality"
    assert "too long" in step.messages[0].text


def test_back_reopens_the_previous_question_and_keeps_the_rest(interview_at):
    interview = interview_at()
    answer_all(interview, "Morocco", "abroad", "1/4 - 15/6")
    step = interview.answer("back")
    assert step.question.id == "work"
    assert interview.state.facts.nationality == "MA"
    step = interview.answer("1/5 - 15/6")
    assert interview.state.facts.work.start == date(2026, 5, 1)
    assert step.question.id == "previous_stays"


def test_naming_a_fact_changes_it_and_everything_else_stays(interview_at):
    interview = interview_at()
    answer_all(interview, *SHORT_STAY[:5])
    step = interview.answer("change nationality")
    assert step.question.id == "nationality"
    step = interview.answer("Ukraine")
    assert interview.state.facts.nationality == "UA"
    assert interview.state.facts.work.end == date(2026, 6, 15)
    assert step.question.id == "documents"


def test_a_change_can_carry_its_new_answer(interview_at):
    interview = interview_at("nl")
    answer_all(interview, *SHORT_STAY[:3])
    interview.answer("wijzig nationaliteit: Tunesië")
    assert interview.state.facts.nationality == "TN"


def test_why_explains_with_the_article_in_the_users_language(interview_at):
    interview = interview_at("de")
    step = interview.answer("warum?")
    assert step.messages[0].kind == "why"
    assert "105/10" in step.messages[0].text and "Staatsangehörigkeit" in step.messages[0].text
    assert step.question.id == "nationality"


def test_help_explains_a_term(interview_at):
    step = interview_at("fr").answer("aide annexe 3")
    assert step.messages[0].kind == "help" and "Annexe 3" in step.messages[0].text


def test_switching_language_keeps_every_fact(interview_at):
    interview = interview_at("nl")
    answer_all(interview, "Marokko", "in Marokko")
    facts = interview.state.facts
    step = interview.answer("en français")
    assert interview.lang == "fr" and interview.state.facts == facts
    assert step.question.id == "work" and "travail" in step.question.text
    step = interview.switch_language("de")
    assert "Arbeit" in step.question.text


def test_a_bare_language_name_at_the_nationality_question_is_a_nationality(interview_at):
    step = interview_at().answer("Deutsch")
    assert step.done and step.outcome.reason == "eu_citizen"


def test_i_dont_know_is_accepted_only_where_it_may_be(interview_at):
    interview = interview_at()
    step = interview.answer("I don't know")
    assert not step.accepted and step.question.id == "nationality"
    step = answer_all(interview, "Morocco", "abroad", "1/4 - 15/6", "no", "not known yet")
    assert step.accepted and step.question.id == "documents"
    assert "entry_date" in interview.state.unknown


def test_the_state_survives_json_midway(interview_at):
    interview = interview_at("fr")
    answer_all(interview, "Maroc", "au Maroc", "du 1/4 au 15/6")
    stored = interview.to_json()
    resumed = Interview.from_json(stored)
    assert resumed.state == InterviewState.model_validate_json(stored)
    assert resumed.current().question.id == "previous_stays"
    step = answer_all(resumed, "non", "31 mars", "passeport")
    assert step.done and step.outcome.procedure == "short_stay"


def test_three_dates_fill_the_current_stay_and_the_wish(interview_at):
    interview = interview_at(today=date(2026, 5, 10))
    step = answer_all(
        interview, "Tunisia", "2", "since 15 April, annex 3 until 31 May, would like until 30 June"
    )
    assert interview.state.facts.current_stay.end == date(2026, 5, 31)
    assert interview.state.facts.work.end == date(2026, 6, 30)
    assert step.question.id == "previous_stays"


def test_three_dates_given_again_change_the_current_stay_and_the_wish(interview_at):
    """The question invites three dates; a change of the current stay said the same way
    replaced nothing and got "one date needed, found several"."""
    interview = interview_at(today=date(2026, 3, 2))
    answer_all(interview, "Ukraine", "2", "since 1 February until 30 April, until 15 May")
    interview.change("current_stay")
    step = interview.answer("1/3 - 30/4, until 31/5")
    assert step.accepted
    assert interview.state.facts.current_stay.start == date(2026, 3, 1)
    assert interview.state.facts.work.end == date(2026, 5, 31)


def test_the_engine_never_imports_textual():
    import subprocess
    import sys

    code = (
        "import sys, assistant.engine, assistant.replay; from assistant.engine import Interview; "
        "Interview.start('fr').answer('Maroc'); "
        "print(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_today_is_pinned_by_the_fixture(interview_at):
    assert interview_at().state.today == TODAY


def test_the_work_period_and_the_arrival_in_one_answer(interview_at):
    interview = interview_at("de")
    step = answer_all(
        interview, "Serbien", "noch in Serbien", "vom 1.4. bis 15.6., Einreise am 30.3."
    )
    assert interview.state.facts.entry_date == date(2026, 3, 30)
    assert interview.state.facts.work.end == date(2026, 6, 15)
    assert [m.kind for m in step.messages] == ["confirm", "confirm"]
    assert step.question.id == "previous_stays"


def test_the_methods_type_commands_that_replay(interview_at):
    from assistant.engine import QUESTION_IDS
    from assistant.engine.commands import CHANGE_COMMANDS, read_command

    for question_id in QUESTION_IDS:
        command = read_command(CHANGE_COMMANDS[question_id], "nationality")
        assert (command.kind, command.argument) == ("change", question_id)
    interview = interview_at("fr")
    answer_all(interview, "Maroc", "au Maroc")
    interview.switch_language("nl")
    interview.why()
    interview.help("bijlage 3")
    step = interview.change("nationality")
    assert step.question.id == "nationality" and interview.lang == "nl"
    assert [t.answer for t in interview.state.log[-4:]] == [
        "in dutch",
        "why",
        "help bijlage 3",
        "change nationality",
    ]


def test_a_date_far_outside_the_calendar_gets_a_message_and_the_same_question():
    from assistant.engine import Interview

    interview = Interview.start(lang="en", today=date(2026, 3, 2), role="worker")
    interview.answer("Morocco")
    interview.answer("abroad")
    step = interview.answer("1/1/9999 - 31/3/9999")
    assert not step.accepted and step.question.id == "work"
    assert step.messages[0].kind == "error"
