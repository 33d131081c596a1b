"""One row of a batch file: its cells read into a situation, then decided.

Every cell of the row is read, so that the error column names all the cells to fix at once.
A row with a problem is not decided (an answer from half its facts would be a guess); the
other rows go on.

The documents cell is read as the documents question reads an answer: against the checklist
of the worker's procedure ("everything", "all but the lease" need it). The checklist depends
only on the procedure, the visa rule and the age, so rows alike share it: the cell is read
against the checklist of the last row alike (:class:`Checklists`), the row decided, and the
guess checked against the checklist the outcome lists. A wrong guess (or none) costs one more
reading and one more decision; the answer is always the one read against the row's own
checklist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from i18n import translator

from . import cells
from .cells import CellProblem
from .columns import Header, cell_name, column_name

if TYPE_CHECKING:
    from rules.models import Outcome

AUDIENCE = "employer"
"""A batch is an employer's (or a helpdesk's) list: the texts speak of "the worker"."""
PERIODS = {
    "current_stay": ("current_stay_start", "current_stay_end"),
    "work": ("work_start", "work_end"),
}


@dataclass
class RowResult:
    number: int
    """The row's number in the spreadsheet (the header is row 1 when it is the first)."""
    reference: str = ""
    outcome: Outcome | None = None
    near_misses: list = field(default_factory=list)
    """``rules.documents.NearMiss``: look-alike documents named in the documents cell."""
    errors: list[str] = field(default_factory=list)
    """Each problem, naming its cell, in the chosen language."""


class _Row:
    """The cells of one row and the problems found reading them."""

    def __init__(self, values: list[Any], header: Header, number: int, lang: str) -> None:
        self.values = values
        self.header = header
        self.number = number
        self.lang = lang
        self.errors: list[str] = []
        self.columns = header.columns
        count = len(values)
        self.cells = {f: values[i] for f, i in self.columns.items() if i < count}

    def raw(self, field_id: str) -> Any:
        return self.cells.get(field_id)

    def problem(self, field_id: str, problem: CellProblem) -> None:
        t = translator(self.lang, "core")
        index = self.columns[field_id]
        self.errors.append(
            t(
                "batch.error.cell",
                cell=cell_name(index, self.number),
                column=self.header.names[field_id],
                problem=t(problem.key, **problem.values),
            )
        )

    def read(self, field_id: str, reader, *args: Any) -> Any:
        value = self.cells.get(field_id)
        if value is None or value == "":
            return None
        try:
            return reader(value, *args)
        except CellProblem as problem:
            self.problem(field_id, problem)
            return None


def _text(reader):
    """A reader of text cells: an empty cell is ``None``, not read."""

    def read(value: Any, *args: Any) -> Any:
        text = cells.text_of(value)
        return reader(text, *args) if text else None

    return read


_NATIONALITY = _text(cells.read_nationality)
_LOCATION = _text(cells.read_location)
_STATUS = _text(cells.read_status)
_STAYS = _text(cells.read_stays)


def read_situation(
    values: list[Any], header: Header, number: int, lang: str, today: date
) -> tuple[dict[str, Any], str | None, _Row]:
    """The situation's fields, the documents cell's text, and the row (with its problems)."""
    row = _Row(values, header, number, lang)
    facts: dict[str, Any] = {"today": today}
    facts["nationality"] = row.read("nationality", _NATIONALITY, lang, today)
    place = row.read("location", _LOCATION, lang, today)
    if place is not None:
        facts["location"], facts["status"] = place
    status = row.read("status", _STATUS)
    if status is not None:
        facts["status"] = status
    elif place is not None and place == ("belgium", None):  # "Belgium": under which stay?
        row.problem(
            "location",
            CellProblem(
                "batch.problem.location.which_stay", text=cells.text_of(row.raw("location"))[:60]
            ),
        )
    for field_id in ("nationality", "location"):
        if (
            facts.get(field_id) is None
            and field_id in row.columns
            and not cells.text_of(row.raw(field_id))
        ):
            row.problem(field_id, CellProblem("batch.problem.required"))
    for name, (start_id, end_id) in PERIODS.items():
        start = row.read(start_id, cells.read_date_cell, today)
        end = row.read(end_id, cells.read_date_cell, today)
        if start is not None and end is not None:
            if end < start:
                row.problem(
                    end_id,
                    CellProblem(
                        "batch.problem.end_before_start",
                        start=start.isoformat(),
                        end=end.isoformat(),
                    ),
                )
            else:
                facts[name] = {"start": start, "end": end}
        elif (start is None) != (end is None):
            empty, other = (end_id, start_id) if start is not None else (start_id, end_id)
            if empty in row.columns and not cells.text_of(row.raw(empty)):
                row.problem(
                    empty, CellProblem("batch.problem.period_half", other=header.names[other])
                )
            elif empty not in row.columns:
                row.problem(
                    other, CellProblem("batch.problem.period_half", other=column_name(empty, lang))
                )
    for field_id in ("entry_date", "filed_on"):
        facts[field_id] = row.read(field_id, cells.read_date_cell, today)
    for field_id in ("previous_seasonal_stays", "previous_schengen_stays"):
        facts[field_id] = row.read(field_id, _STAYS, today) or ()
    facts["age"] = row.read("age", cells.read_age, lang, today)
    documents = None
    if "documents" in row.columns:
        try:
            documents = cells.text_of(row.raw("documents")) or None
        except CellProblem as problem:
            row.problem("documents", problem)
    return facts, documents, row


class Checklists:
    """The checklist (its ids, and the required ones) last seen for rows alike: same
    nationality, place, stay, age, and work of more than 90 days or not."""

    SIZE = 4096

    def __init__(self) -> None:
        self.known: dict[tuple, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    @staticmethod
    def key(situation) -> tuple:
        work = situation.work
        return (
            situation.nationality,
            situation.location,
            situation.status,
            situation.age,
            None if work is None else work.days > 90,
        )

    def get(self, situation) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        return self.known.get(self.key(situation))

    def put(self, situation, outcome: Outcome) -> tuple[tuple[str, ...], tuple[str, ...]]:
        found = (
            tuple(item.id for item in outcome.documents),
            tuple(item.id for item in outcome.documents if item.required),
        )
        if len(self.known) >= self.SIZE:
            self.known.clear()
        self.known[self.key(situation)] = found
        return found


def decide_row(
    values: list[Any],
    header: Header,
    number: int,
    lang: str,
    today: date,
    checklists: Checklists | None = None,
) -> RowResult:
    """The outcome of one row, or the problems that keep it from being decided."""
    from rules import Situation, decide

    checklists = checklists or Checklists()
    facts, documents, row = read_situation(values, header, number, lang, today)
    result = RowResult(number)
    try:
        result.reference = cells.text_of(row.raw("reference"))
    except CellProblem as problem:
        row.problem("reference", problem)
    if row.errors:
        result.errors = row.errors
        return result
    situation = Situation.model_validate(facts)
    if documents is None:
        result.outcome = decide(situation, lang, AUDIENCE)
        return result
    guess = checklists.get(situation)
    outcome = None
    if guess is None:
        outcome = decide(situation, lang, AUDIENCE)
        guess = checklists.put(situation, outcome)
    for _ in range(3):  # the checklist does not depend on the documents: twice at most
        if not guess[0]:  # no checklist (outside the chapter): the documents change nothing
            outcome = outcome or decide(situation, lang, AUDIENCE)
            actual = checklists.put(situation, outcome)
            if not actual[0]:
                result.outcome = outcome
                return result
            guess = actual  # a row alike had no checklist, this one has
        try:
            held = cells.read_documents(documents, *guess)
        except CellProblem as problem:
            row.problem("documents", problem)
            result.errors = row.errors
            return result
        outcome = decide(
            situation.model_copy(update={"documents": tuple(held.held)}), lang, AUDIENCE
        )
        actual = checklists.put(situation, outcome)
        if actual == guess:
            result.near_misses = list(held.near_misses)
            result.outcome = outcome
            return result
        guess = actual  # the row's own checklist differs from its neighbours': read again
    result.near_misses = list(held.near_misses)
    result.outcome = outcome
    return result
