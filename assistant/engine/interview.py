"""The interview: the state, the next question, and what one answer does to them.

See the package docstring (``assistant.engine``) for the public API.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from rules.models import Audience, Outcome, Period, Situation, SituationFacts
from rules.stay import SHORT_PROCEDURES

from . import answers
from .answers import AnswerError, Reading
from .commands import CHANGE_COMMANDS, LANGUAGE_COMMANDS, Command, read_command
from .parsing.dates import DateError
from .parsing.documents import as_the_permit_or_visa
from .parsing.text import MAX_ANSWER_CHARS, MAX_OPENING_CHARS, fold, fold_clauses
from .questions import BY_ID, QUESTIONS, QuestionSpec, next_question
from .reading.workers import several_workers
from .render import Renderer
from .state import Facts, InterviewState, Lang, Role, Turn
from .views import Message, MessageKind, Step

Saying = tuple[MessageKind, str, dict[str, Any]]
"""A message to say: its kind, its catalog key and the values for its placeholders."""
Decide = Callable[[Situation, str, Audience], Outcome]
"""``decide(situation, lang, audience)``: the rules core, or a stand-in for it."""


def _default_decide(situation: Situation, lang: str, audience: Audience = "worker") -> Outcome:
    from rules import decide

    return decide(situation, lang=lang, audience=audience)


def audience_of(role: Role | None) -> Audience:
    """Whom the outcome's texts speak to: an employer reads about "the worker"; the worker,
    and a helpdesk agent reading the result out to the caller, read "you". While nobody has
    said who is typing, the texts speak of "the worker" and "the employer", right for all."""
    return "worker" if role in ("worker", "helpdesk") else "employer"


class Interview:
    """One conversation. Drive it with :meth:`answer`; read :attr:`state` to persist it."""

    def __init__(self, state: InterviewState, decide: Decide | None = None) -> None:
        self.state = state
        self._decide = decide or _default_decide
        self._outcome_cache: tuple[str, Outcome | None] | None = None

    # --- construction and persistence -----------------------------------------------------

    @classmethod
    def start(
        cls,
        lang: Lang = "en",
        today: date | None = None,
        role: Role | None = None,
        decide: Decide | None = None,
        opening: bool = False,
    ) -> Interview:
        """A new interview. ``role`` may come from the app's welcome screen; when ``None`` the
        first question asks who is answering. ``opening``: first invite the person to describe
        the whole situation in their own words (then only what is still missing is asked)."""
        state = InterviewState(lang=lang, today=today or date.today(), role=role, opening=opening)
        return cls(state, decide)

    @classmethod
    def from_json(cls, text: str, decide: Decide | None = None) -> Interview:
        return cls(InterviewState.model_validate_json(text), decide)

    def to_json(self) -> str:
        return self.state.model_dump_json()

    # --- reading ---------------------------------------------------------------------------

    @property
    def lang(self) -> Lang:
        return self.state.lang

    @property
    def renderer(self) -> Renderer:
        return Renderer(self.state.lang, self.state.role)

    def situation(self) -> Situation | None:
        """The facts as a ``Situation`` for the rules core, once nationality and location are
        known (``None`` before)."""
        return situation_of(self.state)

    def outcome(self) -> Outcome | None:
        """The rules core's outcome for the facts so far (``None`` before nationality and
        location are known, or without a location when the nationality alone decides)."""
        return self._outcome()

    def current(self) -> Step:
        """The question on screen now (or the outcome), with no message."""
        return self._step([])

    @property
    def done(self) -> bool:
        return self._next() is None

    @property
    def questions_asked(self) -> int:
        """Distinct questions put to the person so far (a question asked again after an
        unusable answer, "why" or "back" counts once)."""
        return len({turn.question for turn in self.state.log if turn.question})

    # --- acting ----------------------------------------------------------------------------

    def answer(self, text: str) -> Step:
        """Read one line the person typed: an answer, or a command (back, why, help, change a
        named fact, switch language, "I don't know")."""
        spec = self._next()
        question_id = spec.id if spec else None
        if len(text) > _longest_answer(question_id):
            return self._reject(text, question_id, "error.too_long")
        command = read_command(text, question_id, spec is not None and spec.may_be_unknown)
        if command is None and not (question_id == "opening" and _describes(text)):
            command = _question_asked(text)  # a long description may end with a question
        if command is not None:
            return self._command(command, text, spec)
        if spec is None:
            return self._log_step(text, None, "info", [("info", "info.done", {})])
        if not text.strip() and question_id != "opening":
            return self._reject(text, question_id, "error.empty")
        from .reading.lexicon import LANGUAGE

        token = LANGUAGE.set(self.state.lang)
        try:
            reading = self._read(spec, _as_meant(text, question_id, self.state.today))
        except AnswerError as error:
            if _asks_back(text):  # "hoort Zwitserland bij Schengen?": a question, not an answer
                return self._command(Command("help", fold(text).strip(" ?")), text, spec)
            aside = answers.role_aside(text, self.state, spec.id)
            if aside is not None:  # "I'm the employer": who is typing, then the same question
                self._apply_aside(aside)
                return self._log_step(text, question_id, "accepted", _confirmed(aside))
            return self._reject(text, question_id, error.key, error.values)
        except DateError as error:  # a date no reader expected to fail: asked again, never raised
            return self._reject(
                text, question_id, f"error.date.{error.code}", {"text": error.detail[:60]}
            )
        except (KeyError, IndexError, ValueError, TypeError, AttributeError, re.error):
            # a reader's own mistake on an answer no one foresaw: the question is asked again,
            # nothing already answered is lost, and no traceback reaches the person
            return self._reject(text, question_id, "error.not_read")
        finally:
            LANGUAGE.reset(token)
        if reading.unknown:
            return self._command(Command("unknown"), text, spec)
        self._apply(spec, reading)
        return self._log_step(text, question_id, "accepted", _confirmed(reading))

    # The methods below type the command for the person, so that the log (and a transcript
    # made from it) replays exactly: each is the same as answering its words.

    def back(self) -> Step:
        """Reopen the last answered question (its answer is kept until replaced)."""
        return self.answer("back")

    def change(self, question_id: str) -> Step:
        """Reopen a named question (ids as in ``questions.QUESTIONS``); all other facts stay."""
        return self.answer(CHANGE_COMMANDS[question_id])

    def why(self) -> Step:
        return self.answer("why")

    def help(self, topic: str = "") -> Step:
        return self.answer(f"help {topic}".strip())

    def switch_language(self, lang: Lang) -> Step:
        """Go on in another language: every fact and answer is kept."""
        return self.answer(LANGUAGE_COMMANDS[lang])

    # --- internals -------------------------------------------------------------------------

    def _read(self, spec: QuestionSpec, text: str) -> Reading:
        if spec.kind != "documents" and several_workers(fold_clauses(text)):
            raise AnswerError("error.several_workers")  # "die zwei Brüder … der dritte"
        match spec.kind:
            case "opening":
                return answers.read_opening(spec, text, self.state)
            case "choice":
                return answers.read_choice(spec, text, self.state)
            case "country":
                return answers.read_country(spec, text, self.state)
            case "period":
                return answers.read_period(spec, text, self.state)
            case "periods":
                return answers.read_periods(spec, text, self.state, short=self._short_variant())
            case "date":
                return answers.read_date(spec, text, self.state)
            case "age":
                return answers.read_age(spec, text, self.state)
            case "documents":
                return answers.read_documents(
                    spec, text, self.state, self._checklist(), self._checklist(required=True)
                )
        raise AssertionError(spec.kind)

    def _short_variant(self) -> bool:
        """Whether earlier Schengen visits count too (the 90-in-180 rule of a short stay)."""
        outcome = self._outcome()
        return outcome is not None and outcome.procedure in SHORT_PROCEDURES

    def _apply(self, spec: QuestionSpec, reading: Reading) -> None:
        state = self.state
        if spec.id in state.partial:
            state.partial.remove(spec.id)
            if spec.id == "documents" and state.facts.documents:
                # the papers the opening said held, with those this answer says (not those it
                # now says are not there: "criminal record no")
                earlier = [
                    d
                    for d in state.facts.documents
                    if d not in reading.facts["documents"] and d not in reading.not_there
                ]
                reading.facts["documents"] = [*reading.facts["documents"], *earlier]
        self._apply_aside(reading)
        if spec.id in state.unknown:
            state.unknown.remove(spec.id)
        if spec.id in state.answered:
            state.answered.remove(spec.id)
        state.answered.append(spec.id)
        state.reopened = None
        self._outcome_cache = None

    def _apply_aside(self, reading: Reading) -> None:
        """The facts a reading gives (the question it answers is marked by :meth:`_apply`)."""
        if reading.role is not None:
            self.state.role = reading.role  # type: ignore[assignment]
        self.state.partial += [name for name in reading.partial if name not in self.state.partial]
        if reading.facts:
            # validated as the facts they are (lists of stays kept as the tuples they become)
            self.state.facts = _in_the_renewals_terms(
                Facts.model_validate({**dict(self.state.facts), **reading.facts})
            )
        self._outcome_cache = None

    def _command(self, command: Command, text: str, spec: QuestionSpec | None) -> Step:
        question_id = spec.id if spec else None
        state = self.state
        match command.kind:
            case "back":
                previous = self._previous(question_id)
                if previous is None:
                    return self._log_step(
                        text, question_id, "back", [("info", "info.nothing_before", {})]
                    )
                state.reopened = previous
                return self._log_step(text, question_id, "back", [])
            case "change":
                target = command.argument
                if target not in BY_ID:
                    return self._log_step(
                        text,
                        question_id,
                        "error",
                        [("error", "error.change.which", {})],
                        accepted=False,
                    )
                state.reopened = target
                if command.rest:
                    return self.answer(command.rest)
                return self._log_step(text, question_id, "change", [])
            case "why":
                if spec is None:
                    return self._log_step(text, None, "why", [("why", "why.done", {})])
                return self._log_step(
                    text,
                    question_id,
                    "why",
                    [("why", f"question.{spec.id}.why", {"citation": spec.citation})],
                )
            case "help":
                return self._log_step(text, question_id, "help", self._help(command.argument, spec))
            case "language":
                state.lang = command.argument  # type: ignore[assignment]
                self._outcome_cache = None
                return self._log_step(
                    text, question_id, "language", [("info", "info.language", {})]
                )
            case "unknown":
                if spec is not None and spec.may_be_unknown:
                    state.unknown.append(spec.id)
                    state.reopened = None
                    key = (
                        "confirm.stays.unknown"
                        if spec.id == "previous_stays"
                        else "confirm.unknown"
                    )
                    return self._log_step(text, question_id, "accepted", [("confirm", key, {})])
                return self._reject(text, question_id, "error.needed")
        raise AssertionError(command)

    def _help(self, topic: str, spec: QuestionSpec | None) -> list[Saying]:
        from .glossary import find_topic

        if topic:
            found = find_topic(topic)
            if found is not None:
                return [("help", f"help.term.{found}", {})]
            from rules.documents import near_misses_in

            looks_alike = near_misses_in(topic, folded=True)
            if looks_alike:  # "is an electricity bill ok?": what it is not, and what counts
                return [
                    (
                        "help",
                        f"near_miss.{near.id}",
                        {"words": near.text, "citation": near.citation},
                    )
                    for _, _, near in looks_alike
                ]
            return [
                ("help", "help.unknown_topic", {"topic": topic[:40]}),
                ("help", "help.topics", {}),
            ]
        said: list[Saying] = [("help", "help.commands", {})]
        if spec is not None:
            said.insert(0, ("help", f"question.{spec.id}.hint", {}))
        said.append(("help", "help.topics", {}))
        return said

    def _previous(self, current: str | None) -> str | None:
        answered = [q for q in self.state.answered if q != current]
        return answered[-1] if answered else None

    def _reject(
        self, text: str, question_id: str | None, key: str, values: dict[str, Any] | None = None
    ) -> Step:
        return self._log_step(
            text, question_id, "error", [("error", key, values or {})], accepted=False
        )

    def _log_step(
        self,
        text: str,
        question_id: str | None,
        result: str,
        said: list[Saying],
        accepted: bool = True,
    ) -> Step:
        self.state.log.append(
            Turn(question=question_id, answer=text[: _longest_answer(question_id)], result=result)
        )
        return self._step(said, accepted)

    def _step(self, said: list[Saying], accepted: bool = True) -> Step:
        render = self.renderer
        messages = [Message(kind=kind, text=render.say(key, values)) for kind, key, values in said]
        spec = self._next()
        outcome = self._outcome()
        if spec is None:
            return Step(messages=messages, outcome=outcome, done=True, accepted=accepted)
        variant = "short" if spec.id == "previous_stays" and self._short_variant() else ""
        question = render.question(spec, self._checklist(), variant)
        return Step(messages=messages, question=question, outcome=outcome, accepted=accepted)

    def _next(self) -> QuestionSpec | None:
        return next_question(self.state, self._outcome())

    def _checklist(self, required: bool = False) -> tuple[str, ...]:
        """The outcome's document ids (only the required ones: what "everything" means)."""
        outcome = self._outcome()
        if outcome is None:
            return ()
        return tuple(item.id for item in outcome.documents if item.required or not required)

    def _outcome(self) -> Outcome | None:
        state = self.state
        key = f"{state.lang} {audience_of(state.role)} {state.facts.model_dump_json()}"
        if self._outcome_cache is not None and self._outcome_cache[0] == key:
            return self._outcome_cache[1]
        outcome = self._compute_outcome()
        self._outcome_cache = (key, outcome)
        return outcome

    def _compute_outcome(self) -> Outcome | None:
        facts = self.state.facts
        if facts.nationality is None:
            return None
        audience = audience_of(self.state.role)
        if facts.location is None:
            # the nationality alone may settle it (EU, Belgian): then "where" cannot matter
            probe = self._decide(_situation(self.state, "abroad"), self.state.lang, audience)
            if probe.procedure == "not_applicable":
                return probe
            return None
        return self._decide(_situation(self.state, facts.location), self.state.lang, audience)


def _longest_answer(question_id: str | None) -> int:
    return MAX_OPENING_CHARS if question_id == "opening" else MAX_ANSWER_CHARS


def _describes(text: str) -> bool:
    """A description long enough to tell a situation, with a number or a country in it: a
    question at its end does not make it a question ("..., do I need a visa?"); shorter, a
    question naming a country is a case to read ("what do I need for a worker from India?")."""
    from .parsing.text import fold
    from .reading.places import countries_in

    folded = fold(text)
    if len(text.split()) > 15:
        return (
            any(ch.isdigit() for ch in text)
            or bool(countries_in(folded))
            # "I'm helping a Punjabi man who picked pears here two years ago and … . Which
            # procedure is it?": a case told before the question, not a term asked about
            or (_told_before_a_question(text) and not _about_a_term(folded, text))
        )
    return bool(countries_in(folded)) and not _about_a_term(folded, text)


def _told_before_a_question(text: str) -> bool:
    """Whether ten words at least, with no question among them, come before the sentence
    that asks."""
    asking = text.find("?")
    told = re.split(r"(?<=[.!])\s+", text[: asking if asking >= 0 else len(text)])[:-1]
    return len(" ".join(told).split()) >= 10


def _about_a_term(folded: str, text: str) -> bool:
    """A question about a term the help explains ("c'est quoi l'annexe 3 pour un Marocain ?"),
    not about a case ("Was brauche ich für einen Arbeiter aus Indien?" describes one)."""
    from .glossary import find_topic
    from .reading.mentions import question_to_assistant

    asked = question_to_assistant(folded, text)
    return asked is not None and (asked[0] == "why" or find_topic(asked[1]) is not None)


def _asks_back(text: str) -> bool:
    """An answer that could not be read and is itself a question of a few words, with no
    number in it ("commune = the town hall? or is it the immigration office?")."""
    return text.rstrip().endswith("?") and len(text.split()) >= 3 and not re.search(r"\d", text)


def _question_asked(text: str) -> Command | None:
    """A question typed instead of an answer ("what is an annex 3?", "warum wollen Sie das
    wissen?"): answered with the help or the reason, never read as a fact."""
    from .parsing.text import fold
    from .reading.mentions import question_to_assistant

    asked = question_to_assistant(fold(text), text)
    if asked is None:
        return None
    kind, topic = asked
    return Command("why") if kind == "why" else Command("help", topic)


def _in_the_renewals_terms(facts: Facts) -> Facts:
    """A D visa held by a worker in Belgium on a seasonal permit or D visa is the renewal's
    "permit or D visa" (RD 105/32 2°), however it was named ("her visa copy" in an opening read
    before the worker's place was known)."""
    documents = facts.documents or ()
    if facts.status != "seasonal_long_stay" or "long_stay_visa" not in documents:
        return facts
    return facts.model_copy(update={"documents": tuple(as_the_permit_or_visa(documents))})


def _situation(state: InterviewState, location: str) -> Situation:
    facts: Facts = state.facts
    # every fact a situation holds (rules.models.SituationFacts), as gathered: "not asked yet"
    # is left out, as the rules core takes it (earlier stays: none)
    data: dict[str, Any] = {
        name: getattr(facts, name)
        for name in SituationFacts.model_fields
        if getattr(facts, name) is not None
    }
    data.update(today=state.today, location=location)
    if facts.age is not None and facts.next_birthday is not None and facts.filed_on is not None:
        # "17, 18 on 3 May": filed after the birthday, the request is an adult's (fee, record)
        data["age"] = facts.age + (1 if facts.filed_on >= facts.next_birthday else 0)
    if facts.documents is not None:
        from .parsing.documents import phrases_for

        data["documents"] = phrases_for(facts.documents)
    return Situation(**data)


def situation_of(state: InterviewState) -> Situation | None:
    """The facts of a state as a ``Situation`` (``None`` before nationality and location)."""
    if state.facts.nationality is None or state.facts.location is None:
        return None
    return _situation(state, state.facts.location)


__all__ = [
    "Interview",
    "audience_of",
    "situation_of",
    "QUESTIONS",
    "Period",
]


def _as_meant(text: str, question_id: str | None, today: date) -> str:
    """The answer without what a pasted mail or chat carries besides its message, without
    amounts, times and measures (never facts), months in Roman numerals and dictated
    separators ("1 Punkt 8 Punkt 2026") as typed dates, with the
    person's own corrections applied ("1 May... sorry, 3 May"); the documents have their own
    reading of "no" and "not yet" per clause."""
    from .reading.corrections import corrected, day_first
    from .reading.not_facts import without_amounts_and_times
    from .reading.pasted import unpasted
    from .reading.periods import dates_as_typed

    text = dates_as_typed(without_amounts_and_times(unpasted(text, today)))
    if question_id == "documents":
        return text
    return day_first(corrected(text, bare_no=question_id != "opening"))


def _confirmed(reading: Reading) -> list[Saying]:
    """What a reading says back, as confirmations."""
    return [("confirm", key, values) for key, values in reading.said]
