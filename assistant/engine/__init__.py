"""The conversation engine: headless (no Textual), so that the terminal app, the transcripts
(``saison replay``) and the tests all drive the same interview.

Public API — all the app needs::

    from assistant.engine import Interview, InterviewState, Step, Question, Message, Choice

    interview = Interview.start(lang="fr", today=None, role=None)   # role: worker|employer|helpdesk
    step = interview.current()          # Step: the first question
    step = interview.answer("marocaine") # Step after one typed line (answer OR command)
    step.messages                       # [Message(kind, text)]: confirm | error | why | help | info
    step.question                       # Question(id, kind, text, hint, choices, may_be_unknown)
                                        #   or None when done; .as_text() adds numbered choices
                                        #   for a plain-text UI (choice.value is what to send)
    step.accepted                       # False: the answer was unusable, same question again
    step.done, step.outcome             # rules.models.Outcome (partial before done; None early)

    interview.back()                    # reopen the previous question (facts are kept)
    interview.change("work")            # reopen a question by id (see QUESTION_IDS)
    interview.why(); interview.help("annex 3")
    interview.switch_language("nl")     # keeps every fact; texts come back in Dutch
    interview.lang, interview.state.role, interview.done, interview.questions_asked
    interview.situation()               # rules.models.Situation, or None before nat./location
    interview.outcome()                 # rules.models.Outcome, or None
                                        #   its texts speak of "the worker" when an employer
                                        #   answers (audience_of(role) == "employer"), else "you"

    text = interview.to_json()          # the whole state (InterviewState, pydantic) as JSON
    interview = Interview.from_json(text)

    from assistant.engine.transcript import record, replay_data, replay_file
    record(interview, title, lang=start_lang, role=start_role, texts=question_texts)  # TOML text

The same commands work typed as answers, in the four languages: "back"/"terug"/"retour"/
"zurück"; "why"/"pourquoi"/"waarom"/"warum"; "help"/"aide"/"hulp"/"Hilfe" (+ a term);
"change nationality"/"modifier les dates"/"wijzig leeftijd"/"Alter ändern"; a language name
("Nederlands", "en français", "auf Deutsch"); "I don't know"/"pas encore"/"weet niet" for the
questions that allow it (``Question.may_be_unknown``).

What is asked (``questions.QUESTIONS``, in this order, each only while it can change the
outcome): nationality · location (abroad, or in Belgium on a
seasonal short stay, a seasonal long stay, another status) · current stay (in Belgium on a
seasonal stay; "since 1/4, annex 3 until 30/5, would like until 30/6" also gives the requested
work) · work period (from abroad "1/4 - 15/6, arriving 31/3" also gives the entry) · earlier
stays (seasonal in Belgium; for short stays also Schengen visits) · age (only when the
checklist or the fee depends on it) · entry date (short stays) · filing date (requests filed at
the commune) · documents (only the outcome's checklist). Seasonal work itself (RD 105/10) is
assumed, as the rules core does when ``seasonal_work`` is absent. Who is typing (worker,
employer, helpdesk) changes only the wording: it is read from the answers ("I run the farm",
"c'est pour moi"), never asked; until then questions and outcome speak of "the worker".

Every text comes from the ``interview`` gettext catalogs (``i18n/<lang>/LC_MESSAGES``), dates are
written by babel in the language's Belgian (or British) style. The next question is one whose
answer can still change the outcome (``questions.relevant``), using the rules core's
``Outcome.missing_facts``; nothing is asked twice.
"""

from .interview import Interview, audience_of, situation_of
from .questions import QUESTIONS
from .state import Facts, InterviewState, Lang, Role, Turn
from .views import Choice, Message, Question, Step

QUESTION_IDS: tuple[str, ...] = tuple(spec.id for spec in QUESTIONS)
"""Every question id, in the order questions are asked."""
FACT_QUESTION_IDS: tuple[str, ...] = tuple(
    spec.id for spec in QUESTIONS if spec.fills or spec.id == "role"
)
"""The questions that each set a fact (all but the opening, which may set any)."""

__all__ = [
    "Choice",
    "Facts",
    "Interview",
    "InterviewState",
    "Lang",
    "Message",
    "FACT_QUESTION_IDS",
    "QUESTION_IDS",
    "Question",
    "Role",
    "Step",
    "Turn",
    "audience_of",
    "situation_of",
]
