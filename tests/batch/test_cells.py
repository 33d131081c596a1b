"""Cells read as the interview reads answers — and every kind of cell it cannot read named, by
its address and its column, while the other rows go on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.batch import cells
from assistant.batch.cells import CellProblem
from assistant.engine.answers import read_date
from assistant.engine.questions import BY_ID
from assistant.engine.state import InterviewState
from rules.models import Period

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("marocaine", "MA"),
        ("Marokko", "MA"),
        ("MA", "MA"),
        ("MAR", "MA"),
        ("Oekraïne", "UA"),
        ("ukrainienne", "UA"),
        ("Türkei", "TR"),
        ("Nepal", "NP"),
    ],
)
def test_a_nationality_is_a_code_a_name_or_a_demonym_in_any_language(text, code):
    assert cells.read_nationality(text, "fr", TODAY) == code


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("abroad", ("abroad", None)),
        ("à l'étranger", ("abroad", None)),
        ("im Ausland", ("abroad", None)),
        ("en Belgique avec une annexe 3", ("belgium", "seasonal_short_stay")),
        ("short_stay", ("belgium", "seasonal_short_stay")),
        (
            "In België met een seizoensarbeidersvergunning of een D-visum",
            ("belgium", "seasonal_long_stay"),
        ),
        ("eu_resident", ("eu_resident", None)),
    ],
)
def test_where_the_worker_is_takes_the_json_ids_the_interviews_choices_or_words(text, place):
    assert cells.read_location(text, "en", TODAY) == place


@pytest.mark.parametrize(
    "text",
    [
        "1/4/2026",
        "01/04/2026",
        "1.4.2026",
        "2026-04-01",
        "1 avril 2026",
        "1er avril 2026",
        "1. April 2026",
        " 1/4/2026 ",
    ],
)
def test_a_date_is_read_in_any_of_the_ways_people_write_it(text):
    assert cells.read_day(text.strip(), TODAY) == date(2026, 4, 1)


@pytest.mark.parametrize(
    "text", ["1/4/2026", "04/01/2026", "2026-04-01", "31.12.2026", "15/06/2026", "29/2/2028"]
)
def test_the_fast_path_reads_a_date_exactly_as_the_interview_does(text):
    state = InterviewState(lang="fr", today=TODAY)
    interview = read_date(BY_ID["filed_on"], text, state).facts["filed_on"]
    assert cells.read_day(text, TODAY) == interview


def test_earlier_stays_are_periods_separated_by_semicolons_or_new_lines():
    stays = cells.read_stays(
        "1/6/2025 - 31/7/2025; 2024-09-01 - 2024-09-30\ndu 1 mars 2023 au 31 mai 2023", TODAY
    )
    assert stays == (
        Period(start=date(2025, 6, 1), end=date(2025, 7, 31)),
        Period(start=date(2024, 9, 1), end=date(2024, 9, 30)),
        Period(start=date(2023, 3, 1), end=date(2023, 5, 31)),
    )
    assert cells.read_stays("aucun", TODAY) == ()
    assert cells.read_stays("none", TODAY) == ()


@pytest.mark.parametrize(
    ("value", "age"),
    [("34", 34), (34, 34), (34.0, 34), ("dix-sept ans", 17), ("3/5/1991", 34), ("vierzig", 40)],
)
def test_an_age_is_a_number_words_or_a_date_of_birth(value, age):
    lang = {"dix-sept ans": "fr", "vierzig": "de"}.get(value, "en")
    assert cells.read_age(value, lang, TODAY) == age


def test_documents_are_read_against_the_procedures_checklist():
    checklist = ("passport", "short_stay_visa", "work_permit", "health_insurance", "housing_proof")
    held = cells.read_documents("passeport, contrat de bail", checklist, checklist)
    assert held.held == ["passport", "housing_proof"]
    everything = cells.read_documents("tout sauf le bail", checklist, checklist)
    assert everything.held == ["passport", "short_stay_visa", "work_permit", "health_insurance"]
    tourist = cells.read_documents("passeport, visa touristique Schengen", checklist, checklist)
    assert tourist.held == ["passport"] and tourist.near_misses


BAD_CELLS = {
    "nationality nobody has": ("Nationality", "Atlantis", "is not a country or a nationality"),
    "nationality left empty": ("Nationality", "", "empty, but needed for every worker"),
    "Belgium, under which stay?": ("Where now", "Belgium", "in Belgium under which stay?"),
    "a place that is no answer": ("Where now", "on the moon", "where is the worker now?"),
    "a choice number, without the list": ("Where now", "2", "where is the worker now?"),
    "a status that is no id": ("status", "tourist", "is not a stay saison knows"),
    "30 February": ("Entry into Belgium", "30/2/2026", "is not a date that exists"),
    "month before day": ("Entry into Belgium", "03/15/2026", "looks like month before day"),
    "a date without its year": ("Entry into Belgium", "1/4", "has no year"),
    "words that are no date": ("Filing date", "soon", "is not one date"),
    "two dates in one cell": ("Filing date", "1/4/2026 or 2/4/2026", "is not one date"),
    "a date in the year 3000": ("Filing date", "1/1/3000", "too far"),
    "a stay in the future": (
        "Earlier seasonal stays",
        "1/6/2027 - 31/7/2027",
        "cannot start in the future",
    ),
    "a stay that is no period": ("Earlier Schengen visits", "last summer", "is not a period"),
    "a stay ending before it starts": (
        "Earlier seasonal stays",
        "31/7/2025 - 1/6/2025",
        "ends before it starts",
    ),
    "an age in letters nobody reads": ("Age", "abc", "is not an age"),
    "an age out of range": ("Age", "7", "is not an age"),
    "a document nobody knows": (
        "Documents held",
        "passport, xyzzy plugh",
        "names no document we know",
    ),
    "documents said vaguely": (
        "Documents held",
        "passport and a few other things",
        "which documents exactly?",
    ),
    "a pasted page": ("Documents held", "passport " * 80, "too long to read"),
}
HEADER = [
    "Name or reference",
    "Nationality",
    "Where now",
    "status",
    "Work from",
    "Work to",
    "Entry into Belgium",
    "Earlier seasonal stays",
    "Earlier Schengen visits",
    "Age",
    "Documents held",
    "Filing date",
]
GOOD = {
    "Name or reference": "Good",
    "Nationality": "MA",
    "Where now": "abroad",
    "Work from": "1/4/2026",
    "Work to": "15/6/2026",
    "Entry into Belgium": "31/3/2026",
    "Age": "30",
    "Documents held": "passport",
}


def csv_of(rows: list[dict[str, str]]) -> str:
    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    lines = [";".join(HEADER)] + [";".join(cell(row.get(h, "")) for h in HEADER) for row in rows]
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize(("column", "value", "says"), BAD_CELLS.values(), ids=BAD_CELLS.keys())
def test_a_bad_cell_is_named_by_its_address_and_column_and_the_next_row_goes_on(
    batch, column, value, says
):
    run = batch(csv_of([GOOD | {"Name or reference": "Bad", column: value}, GOOD]))
    bad, good = run.rows
    address = f"{chr(ord('A') + HEADER.index(column))}2"
    assert bad["error"].startswith(f"{address} ({column}): ")
    assert says in bad["error"]
    assert bad["procedure"] == "" and bad["reference"] == "Bad"
    assert good["error"] == "" and good["procedure"].startswith("Short stay")
    assert run.code == 1
    assert "Rows read: 2; decided: 1; with errors: 1" in run.out


def test_every_bad_cell_of_a_row_is_named_at_once(batch):
    row = GOOD | {"Nationality": "Atlantis", "Work to": "31/2/2026", "Age": "abc"}
    (bad,) = batch(csv_of([row])).rows
    assert [e.split(" (")[0] for e in bad["error"].split("; ")[:3]] == ["B2", "F2", "J2"]


def test_a_period_with_one_end_names_the_empty_cell(batch):
    (bad,) = batch(csv_of([GOOD | {"Work to": ""}])).rows
    assert bad["error"] == (
        "F2 (Work to): empty, while “Work from” is given: a period needs its first and its "
        "last day."
    )


def test_work_that_ends_before_it_starts_is_named_on_its_end(batch):
    (bad,) = batch(csv_of([GOOD | {"Work to": "1/3/2026"}])).rows
    assert bad["error"].startswith("F2 (Work to): the end (2026-03-01) comes before the start")


def test_a_cell_problem_is_said_in_the_chosen_language(batch):
    run = batch(csv_of([GOOD | {"Entry into Belgium": "30/2/2026"}]), lang="nl")
    assert run.rows[0]["error"] == (
        "G2 (Entry into Belgium): “30/2/2026” is geen datum die bestaat."
    )


def test_the_reader_never_raises_anything_but_a_cell_problem():
    for text in ["", "   ", "???", "1/1/1/1", "--", "0/0/0000", "99/99/9999", "¯\\_(ツ)_/¯"]:
        try:
            cells.read_day(text or "x", TODAY)
        except CellProblem:
            pass
