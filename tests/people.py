"""Blind people: whole interviews, graded as the acceptance check grades them.

Each person (``tests/data/people/<lang>.toml``) has the truth of a situation and one answer, in
their own words, for every question saison could put to them; the opening description is the
first message (or "skip"). The interview runs as the app runs it, asking what it still needs in
its own order; the person answers each question with their answer for it. Written by helpers
who had not read the reader, from the question texts alone; never edited to match the reader.

A person is graded:

- ``right``: every question understood at the first try (no question asked again), no fact
  read that differs from the truth, and the same outcome as the truth gives the rules core;
- ``asked``: a question had to be asked again (not understood at the first try), nothing wrong;
- ``wrong``: a fact differs from the truth, or the outcome does (a silent wrong reading);
- ``unanswered``: saison asked a question the person has no answer for (a gap of the corpus).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.phrasings import FACTS, as_facts, normalise

PEOPLE = Path(__file__).parent / "data" / "people"
PEOPLE_SETS = (PEOPLE, *(PEOPLE.with_name(f"people{n}") for n in range(2, 53)))
"""The blind sets of people (``tests/data/people/``, ``people2/`` … ``people43/``), each written
(from the question texts alone) after or while the reader was fixed on the one before; sets 7
and 8 were written side by side."""
ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "twenty-first", "twenty-second",
    "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
    "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
    "thirty-first", "thirty-second", "thirty-third", "thirty-fourth",
    "thirty-fifth", "thirty-sixth", "thirty-seventh", "thirty-eighth",
    "thirty-ninth", "fortieth", "forty-first", "forty-second", "forty-third", "forty-fourth",
    "forty-fifth", "forty-sixth", "forty-seventh", "forty-eighth", "forty-ninth",
    "fiftieth", "fifty-first", "fifty-second",
)  # fmt: skip
"""The sets by their place in :data:`PEOPLE_SETS` (``bench/people.py --third``)."""
GRADES = ("right", "asked", "unanswered", "wrong")
_COMPARED = tuple(name for name in FACTS if name not in ("role", "location"))
"""The facts compared with the truth (the place is compared as location and status)."""
_SKIP = {"fr": "passer", "nl": "overslaan", "de": "überspringen", "en": "skip"}


@dataclass
class Person:
    id: str
    lang: str
    today: date
    role: str
    procedure: str
    truth: dict[str, Any]
    opening: str
    answers: dict[str, str]


@dataclass
class Graded:
    person: Person
    grade: str
    detail: str = ""
    questions: int = 0
    said: list[tuple[str, str, str]] = field(default_factory=list)
    """(question, answer, what saison said back) for each turn."""


def load_people(folder: Path = PEOPLE) -> list[Person]:
    people = []
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as handle:
            for entry in tomllib.load(handle)["person"]:
                people.append(
                    Person(
                        id=entry["id"],
                        lang=entry["lang"],
                        today=entry["today"],
                        role=entry["role"],
                        procedure=entry["procedure"],
                        truth=dict(entry.get("truth", {})),
                        opening=entry.get("opening", ""),
                        answers=dict(entry.get("answers", {})),
                    )
                )
    return people


def _truth_facts(person: Person) -> dict[str, Any]:
    """The truth as interview facts: a date said to be unknown is no fact; on a stay, work that
    overlaps it is asked for the days after it (README, conventions), whatever first day the
    writer gave."""
    stay, work = person.truth.get("current_stay"), person.truth.get("work")
    if (
        stay
        and work
        and date.fromisoformat(str(work[0]))
        <= date.fromisoformat(str(stay[1]))
        < date.fromisoformat(str(work[1]))
    ):
        after = date.fromisoformat(str(stay[1])) + timedelta(days=1)
        person = replace(person, truth={**person.truth, "work": [after.isoformat(), work[1]]})
    return as_facts({name: value for name, value in person.truth.items() if value != "unknown"})


def _outcome_of_the_truth(person: Person) -> Any:
    from assistant.engine import Interview
    from assistant.engine.state import Facts

    interview = Interview.start(lang=person.lang, today=person.today, role=person.role)  # type: ignore[arg-type]
    interview.state.facts = Facts.model_validate(_truth_facts(person))
    return interview.outcome()


def _summary(outcome: Any) -> tuple[Any, ...]:
    """What must agree: the procedure, what blocks it, the stay it gives (for an extension or
    a renewal, the days it adds after the current stay: work said from the stay's first day or
    from the day after it asks for the same days, README, conventions)."""
    if outcome is None:
        return (None,)
    stay = outcome.added_stay or outcome.authorised_stay
    return (
        outcome.procedure,
        tuple(sorted(outcome.blocking)),
        (stay.start, stay.end) if stay is not None else None,
    )


def simulate(person: Person) -> Graded:
    from assistant.engine import Interview

    interview = Interview.start(lang=person.lang, today=person.today, opening=True)  # type: ignore[arg-type]
    graded = Graded(person, "right")
    step = interview.current()
    previous: str | None = None
    for _ in range(25):
        if step.question is None:
            break
        asked = step.question.id
        if asked == previous and asked != "opening":
            graded.grade = "asked"
            graded.detail = f"{asked} asked again after {graded.said[-1][1]!r}"
            break
        if asked == "opening":
            text = person.opening.strip() or _SKIP[person.lang]
        elif asked in person.answers and person.answers[asked].strip():
            text = person.answers[asked]
        else:
            graded.grade = "unanswered"
            graded.detail = f"no answer for {asked}"
            break
        try:
            step = interview.answer(text)
        except Exception as error:  # noqa: BLE001 - a crash is graded, not raised
            return Graded(person, "wrong", f"crash at {asked}: {type(error).__name__}: {error}")
        graded.said.append((asked, text, " | ".join(m.text for m in step.messages)))
        previous = asked
    graded.questions = interview.questions_asked
    facts = interview.state.facts
    truth = {
        name: normalise(name, value)
        for name, value in person.truth.items()
        if value != "unknown" and name not in ("location", "status")
    }
    unknown = {name for name, value in person.truth.items() if value == "unknown"}
    differing = []
    for name in _COMPARED:
        got = normalise(name, getattr(facts, name, None))
        if name == "previous_schengen_stays" and got:
            # the brief's truth lists the visits of the last six months: an older one said and
            # kept changes no count (README, conventions)
            recent = (person.today - timedelta(days=180)).isoformat()
            got = tuple(stay for stay in got if stay[1] >= recent)
        if name in unknown and got is not None:
            differing.append(f"{name}: got {got}, said unknown")
        elif name in truth and got is not None and got != truth[name]:
            if name == "work" and facts.current_stay is not None and got[1] == truth[name][1]:
                continue  # on a stay, the work asked for follows it (README, conventions)
            differing.append(f"{name}: got {got} want {truth[name]}")
    place = (facts.location, facts.status) if facts.location else None
    want_place = (person.truth.get("location"), person.truth.get("status"))
    if place is not None and place != want_place:
        differing.append(f"location: got {place} want {want_place}")
    if differing:
        return Graded(person, "wrong", "; ".join(differing), graded.questions, graded.said)
    if graded.grade == "right":
        got, want = _summary(interview.outcome()), _summary(_outcome_of_the_truth(person))
        if got != want:
            return Graded(
                person, "wrong", f"outcome {got} want {want}", graded.questions, graded.said
            )
        if want[0] != person.procedure and person.procedure != "not_applicable":
            graded.detail = f"the truth gives {want[0]}, the writer said {person.procedure}"
    return graded


__all__ = [
    "GRADES",
    "ORDINALS",
    "PEOPLE",
    "PEOPLE_SETS",
    "Graded",
    "Person",
    "load_people",
    "simulate",
]
