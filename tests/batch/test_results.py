"""What ``saison batch`` writes: results a spreadsheet opens safely, the template in four
languages, one calendar for the whole file, and the same results on one core or several."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from assistant.batch.cli import main, run
from assistant.batch.columns import TEMPLATE_FIELDS, read_header, template_header
from i18n import LANGUAGES, translator
from rules import Situation, decide
from rules.calendar import event_uid

from .conftest import TODAY, read_results

ROWS = (
    "Name or reference;Nationality;Where now;Work from;Work to;Entry into Belgium;Age\r\n"
    "{name};MA;abroad;1/4/2026;15/6/2026;31/3/2026;30\r\n"
)
INJECTIONS = [
    '=HYPERLINK("http://evil.example","click")',
    "+32 470 12 34 56",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("name", INJECTIONS)
def test_a_cell_that_starts_like_a_formula_is_never_one_in_csv(batch, name):
    (row,) = batch(ROWS.format(name='"' + name.replace('"', '""') + '"')).rows
    shown = name.strip()  # the reader trims the cell, as it trims every answer
    assert row["reference"] == ("'" + shown if shown[0] in "=+-@" else shown)


def test_texts_from_the_catalogs_are_made_safe_too(batch, tmp_path):
    """An error repeats the cell's text ("-1" as an age): it starts with the cell's address,
    and the writer escapes whatever a cell starts with."""
    from assistant.batch.results import safe

    assert [safe(t) for t in ["=1", "+1", "-1", "@1", "\t1", "\r1", "1", "a=1"]] == [
        "'=1",
        "'+1",
        "'-1",
        "'@1",
        "'\t1",
        "'\r1",
        "1",
        "a=1",
    ]


@pytest.mark.parametrize("name", INJECTIONS[:4])
def test_a_cell_that_starts_like_a_formula_is_text_in_a_workbook(batch, tmp_path, name):
    from openpyxl import load_workbook

    batch(ROWS.format(name='"' + name.replace('"', '""') + '"'), out="results.xlsx")
    sheet = load_workbook(tmp_path / "results.xlsx").worksheets[0]
    cell = sheet.cell(row=2, column=2)
    assert cell.value == name and cell.data_type == "s"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_template_names_its_columns_in_each_language_and_reads_back(tmp_path, lang):
    path = tmp_path / f"template-{lang}.csv"
    assert main(["--template", "--lang", lang, "--out", str(path)]) == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n")
    header = raw.decode("utf-8-sig").strip().split(";")
    assert header == template_header(lang)
    assert read_header(header, lang).names.keys() == set(TEMPLATE_FIELDS)
    words = {
        "fr": "Nationalité",
        "nl": "Nationaliteit",
        "de": "Staatsangehörigkeit",
        "en": "Nationality",
    }
    assert words[lang] in header


def test_the_four_templates_are_four_translations():
    headers = [tuple(template_header(lang)) for lang in LANGUAGES]
    for field_index in range(len(TEMPLATE_FIELDS)):
        names = {header[field_index] for header in headers}
        assert len(names) >= 3, names  # "Age"/"Âge"/"Leeftijd"/"Alter"; a word may be shared


def test_the_template_as_a_workbook(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "modele.xlsx"
    assert main(["--template", "--lang", "fr", "--out", str(path)]) == 0
    sheet = load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]] == template_header("fr")


def test_the_summary_counts_rows_per_procedure_refused_and_missing_documents(batch):
    content = (
        "Nationality;Where now;Work from;Work to;Age;Documents held;Earlier seasonal stays\r\n"
        "MA;abroad;1/4/2026;15/6/2026;30;passport;\r\n"
        "TN;abroad;1/4/2026;15/6/2026;30;everything;\r\n"
        "IN;abroad;1/4/2026;30/9/2026;30;passport;\r\n"
        'MA;abroad;1/4/2026;15/6/2026;30;passport;"1/1/2026 - 1/3/2026; 1/9/2025 - 30/11/2025"\r\n'
        "FR;abroad;1/4/2026;15/6/2026;30;;\r\n"
    )
    out = batch(content).out
    assert "Rows read: 5; decided: 5; with errors: 0" in out
    assert "3  Short stay as a seasonal worker (up to 90 days)" in out
    assert f"1  {translator('en', 'core')('procedure.single_permit.title')}" in out
    assert "Would be refused as things stand: 1" in out
    assert "With documents missing: 3" in out


def test_the_next_step_is_the_first_action_from_today_with_its_date(batch):
    (row,) = batch(ROWS.format(name="Ahmed")).rows
    outcome = decide(
        Situation.model_validate(
            {
                "today": TODAY,
                "nationality": "MA",
                "location": "abroad",
                "age": 30,
                "work": {"start": "2026-04-01", "end": "2026-06-15"},
                "entry_date": "2026-03-31",
            }
        ),
        "en",
        "employer",
    )
    first = min(
        (d for d in outcome.deadlines if d.kind == "action" and d.date), key=lambda d: d.date
    )
    assert row["next_action_date"] == first.date.isoformat()
    assert row["next_action"] == "The worker declares their arrival"


def test_batch_writes_one_calendar_for_the_file_each_event_naming_its_worker(batch, tmp_path):
    content = (
        "Name or reference;Nationality;Where now;Work from;Work to;Entry into Belgium\r\n"
        "Ahmed B.;MA;abroad;1/4/2026;15/6/2026;31/3/2026\r\n"
        "Olena K.;UA;abroad;1/5/2026;30/9/2026;2/5/2026\r\n"
        "Ahmed B.;TN;abroad;1/4/2026;15/6/2026;1/4/2026\r\n"
        "Bad;Atlantis;abroad;1/4/2026;15/6/2026;31/3/2026\r\n"
    )
    ics = tmp_path / "season.ics"
    run_ = batch(content, "w.csv", "--ics", str(ics), lang="fr")
    assert "Calendrier\u00a0: " in run_.out
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    titles = [str(e["SUMMARY"]) for e in events]
    assert {t.split(" — ")[0] for t in titles} == {"Ahmed B.", "Olena K.", "Ahmed B. (2)"}
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)  # two workers with one name never share an event
    ahmed = decide(
        Situation.model_validate(
            {
                "today": TODAY,
                "nationality": "MA",
                "location": "abroad",
                "work": {"start": "2026-04-01", "end": "2026-06-15"},
                "entry_date": "2026-03-31",
            }
        ),
        "fr",
        "employer",
    )
    mine = {
        str(e["UID"]): e.decoded("DTSTART")
        for e in events
        if str(e["SUMMARY"]).startswith("Ahmed B. — ")
    }
    assert mine == {event_uid("Ahmed B.", d.id): d.date for d in ahmed.deadlines if d.date}
    again = tmp_path / "again.ics"
    batch(content, "w.csv", "--ics", str(again), lang="fr")
    assert [str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")] == uids


def test_several_cores_give_the_same_results_in_the_same_order(tmp_path, capsys):
    lines = ["Name or reference;Nationality;Where now;Work from;Work to;Age;Documents held"]
    for index in range(600):
        day = 1 + index % 28
        lines.append(
            f"W{index};{['MA', 'Oekraïne', 'X?'][index % 3]};abroad;{day}/4/2026;"
            f"{day}/8/2026;{20 + index % 30};passeport, contrat"
        )
    source = tmp_path / "big.csv"
    source.write_text("\r\n".join(lines) + "\r\n", "utf-8")
    outputs, calendars = [], []
    for workers in (1, 2):
        out, ics = tmp_path / f"out-{workers}.csv", tmp_path / f"season-{workers}.ics"
        run(source, "en", str(out), date(2026, 3, 2), str(ics), workers)
        outputs.append(read_results(Path(out))[1])
        calendars.append(
            [line for line in ics.read_text("utf-8").splitlines() if not line.startswith("DTSTAMP")]
        )
    capsys.readouterr()
    assert outputs[0] == outputs[1]
    assert calendars[0] == calendars[1] and len(calendars[0]) > 400 * 10
    assert [row["reference"] for row in outputs[1]] == [f"W{i}" for i in range(600)]
    assert sum(bool(row["error"]) for row in outputs[1]) == 200


class _Terminal:
    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
def test_a_long_file_shows_a_progress_bar_on_a_terminal_only(batch, monkeypatch, terminal):
    lines = "".join(f"W{i};MA;abroad;1/4/2026;15/6/2026;31/3/2026;30\r\n" for i in range(400))
    screen = _Terminal()
    if terminal:
        monkeypatch.setattr("sys.stderr", screen)
    run_ = batch(ROWS.split("\r\n")[0] + "\r\n" + lines)
    assert run_.code == 0
    if terminal:
        assert "] " in screen.text and "300 rows" in screen.text and "400 rows" in screen.text
        assert screen.text.endswith("\r")  # the bar is wiped before the summary
    else:
        assert "rows\r" not in run_.err and "[" not in run_.err


def test_documents_are_read_against_each_rows_own_checklist_even_when_rows_look_alike(batch):
    """Rows alike share a checklist guess (same nationality, stay, age, work length); earlier
    Schengen days send the second one to the extension beyond 90 days, whose checklist is
    longer: "everything" must mean everything on its own list."""
    content = (
        "Nationality;Where now;Current stay from;Current stay to;Work from;Work to;Age;"
        "Filing date;Earlier Schengen visits;Documents held\r\n"
        "UA;short_stay;1/3/2026;15/4/2026;1/3/2026;20/5/2026;41;20/3/2026;;everything\r\n"
        "UA;short_stay;1/3/2026;15/4/2026;1/3/2026;20/5/2026;41;20/3/2026;"
        "1/1/2026 - 10/2/2026;everything\r\n"
    )
    first, second = batch(content).rows
    titles = translator("en", "core", "employer")
    assert first["procedure"] == titles("procedure.short_stay_extension.title")
    assert second["procedure"] == titles("procedure.extension_beyond_90_days.title")
    assert (first["missing_documents"], second["missing_documents"]) == ("", "")


def test_results_to_standard_output_leave_the_summary_to_standard_error(tmp_path, capsys):
    source = tmp_path / "w.csv"
    source.write_text(ROWS.format(name="Ahmed"), "utf-8")
    assert main([str(source), "--today", TODAY, "--out", "-"]) == 0
    captured = capsys.readouterr()
    header, row = captured.out.lstrip("\ufeff").splitlines()
    assert header.startswith("Row;Name or reference;Procedure;Why;")
    assert row.startswith("2;Ahmed;Short stay")
    assert captured.err.startswith("Rows read: 1; decided: 1; with errors: 0")


def test_the_default_results_file_sits_next_to_the_workers_file(tmp_path, capsys):
    source = tmp_path / "season 2026.csv"
    source.write_text(ROWS.format(name="Ahmed"), "utf-8")
    assert main([str(source), "--today", TODAY]) == 0
    assert (tmp_path / "season 2026.saison.csv").exists()
    assert "Results: " in capsys.readouterr().out
