"""The question catalogue, as data: what each question fills, when it is worth asking, how its
answer is read, and the article that makes it matter (shown on "why?").

Texts live in the ``interview`` catalogs under ``question.<id>.*`` keys: ``.you`` when the
worker answers, ``.they`` when an employer or a helpdesk agent answers, ``.hint`` (what a good
answer looks like) and ``.why`` (why it is asked, with ``{citation}``).

A question is asked only when its answer can still change the outcome: :data:`QUESTIONS` is
in the order they are asked, and :func:`relevant` says, from the facts and the rules core's
current outcome (its ``missing_facts``, its procedure), whether each one is still open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rules.models import Outcome
from rules.stay import SHORT_PROCEDURES

from .state import InterviewState

AnswerKind = Literal[
    "opening", "choice", "country", "period", "periods", "date", "age", "documents"
]


@dataclass(frozen=True, slots=True)
class QuestionSpec:
    id: str
    kind: AnswerKind
    fills: tuple[str, ...]
    """The ``Situation`` fields an answer sets (besides any it may fill in passing)."""
    citation: str
    """The article that makes the answer matter, quoted by "why?"."""
    choices: tuple[str, ...] = ()
    may_be_unknown: bool = False
    """"Not known yet" is an acceptable answer (the deadline then stays undated)."""


QUESTIONS: tuple[QuestionSpec, ...] = (
    QuestionSpec("opening", "opening", (), "RD 105/10"),
    QuestionSpec("role", "choice", (), "RD 105/10", choices=("worker", "employer", "helpdesk")),
    QuestionSpec("nationality", "country", ("nationality",), "RD 105/10; RD 105/11 §1 2°"),
    QuestionSpec(
        "location",
        "choice",
        ("location", "status"),
        "RD 105/11; RD 105/16; RD 105/26; RD 105/31",
        choices=("abroad", "short_stay", "long_stay", "other", "eu_resident"),
    ),
    QuestionSpec("current_stay", "period", ("current_stay",), "RD 105/16; RD 105/17 §1; RD 105/31"),
    QuestionSpec("work", "period", ("work",), "RD 105/38; RD 105/19 §1; RD 105/23 §2"),
    QuestionSpec(
        "previous_stays",
        "periods",
        ("previous_seasonal_stays", "previous_schengen_stays"),
        "Law 61/29-2; RD 105/18 §4 4° and 5°; RD 105/22 §1 3°",
        may_be_unknown=True,
    ),
    QuestionSpec("age", "age", ("age",), "RD 105/22 §2 6°; RD 105/27 §2 6°; Law 1/1"),
    QuestionSpec("entry_date", "date", ("entry_date",), "RD 105/15", may_be_unknown=True),
    QuestionSpec("filed_on", "date", ("filed_on",), "RD 105/17 §4; RD 1/2/1", may_be_unknown=True),
    QuestionSpec("documents", "documents", ("documents",), "RD 105/11 – 105/42"),
)

BY_ID: dict[str, QuestionSpec] = {spec.id: spec for spec in QUESTIONS}

IN_SCOPE = frozenset(
    {"short_stay", "short_stay_extension", "extension_beyond_90_days", "single_permit", "renewal"}
)
FILED_AT_COMMUNE = frozenset({"short_stay_extension", "extension_beyond_90_days"})
"""Requests the person files in Belgium, where the filing day starts their own deadlines (missing
documents: 10 days, RD 105/17 §4). The single procedure from abroad is filed by the employer
with the region, and decisions count from the complete application, not from the filing."""
FILING_DAY_ASKED = FILED_AT_COMMUNE | {"renewal"}
"""Requests whose filing day is asked when the rules need it: those filed at the commune, and a
renewal once its permit or visa has run out (105/32 2° asks for a copy « en cours de
validité »: filed after it, the request is late)."""
REFUSED = frozenset({"seasonal_max_reached", "short_stay_max_reached"})
"""Blocking reasons that make the checklist moot: the request would be refused anyway."""

LOCATION_FACTS: dict[str, tuple[str, str | None]] = {
    "abroad": ("abroad", None),
    "short_stay": ("belgium", "seasonal_short_stay"),
    "long_stay": ("belgium", "seasonal_long_stay"),
    "other": ("belgium", "other"),
    "eu_resident": ("eu_resident", None),
}
"""Each answer to ``location`` as (location, status)."""


def relevant(spec: QuestionSpec, state: InterviewState, outcome: Outcome | None) -> bool:
    """Whether the question is still open: unanswered, and able to change the outcome."""
    facts = state.facts
    if spec.id in state.unknown:
        return False
    if spec.id == "opening":
        return state.opening and "opening" not in state.answered
    if spec.id == "role":
        # only the wording depends on it: read from what the person writes ("I run the farm",
        # "je suis marocain"), else the questions and the outcome speak of "the worker"; asked
        # only when the person asks to change it
        return False
    if spec.id == "nationality":
        return facts.nationality is None
    if spec.id == "location":
        return facts.location is None and (outcome is None or outcome.procedure != "not_applicable")
    if outcome is None:
        return False
    procedure = outcome.procedure
    missing = set(outcome.missing_facts)
    if procedure == "not_applicable":
        return False
    if REFUSED & set(outcome.blocking) and spec.id in (
        "age",
        "entry_date",
        "filed_on",
        "documents",
    ):
        return False  # the request would be refused as things stand: no checklist, no deadline
    match spec.id:
        case "current_stay":
            seasonal_here = facts.location == "belgium" and facts.status in (
                "seasonal_short_stay",
                "seasonal_long_stay",
            )
            return facts.current_stay is None and (seasonal_here or "current_stay" in missing)
        case "work":
            return facts.work is None
        case "previous_stays":
            # "never worked in Europe" tells no visit: a short stay still asks for them
            return procedure is not None and (
                facts.previous_seasonal_stays is None
                or (facts.previous_schengen_stays is None and procedure in SHORT_PROCEDURES)
            )
        case "age":
            return facts.age is None and "age" in missing
        case "entry_date":
            # single procedure: the entry follows a visa not issued yet, its date is not known
            return (
                facts.entry_date is None
                and "entry_date" in missing
                and procedure != "single_permit"
            )
        case "filed_on":
            return (
                facts.filed_on is None and "filed_on" in missing and procedure in FILING_DAY_ASKED
            )
        case "documents":
            return (
                (facts.documents is None or "documents" in state.partial)
                and procedure in IN_SCOPE
                and bool(outcome.documents)
            )
    return False


def next_question(state: InterviewState, outcome: Outcome | None) -> QuestionSpec | None:
    """The question to ask now: a reopened one first, else the first still open."""
    if state.reopened is not None:
        return BY_ID[state.reopened]
    return next((spec for spec in QUESTIONS if relevant(spec, state, outcome)), None)
