"""Files as spreadsheets really write them: Excel in Belgium (``;``, Windows-1252 or UTF-8 with a
byte-order mark, CRLF), LibreOffice and Google Sheets (``,``, UTF-8 without one), cells quoted
around a new line or a quote, and an ``.xlsx`` workbook. Every one gives the same results; a
file that cannot be read says why and exits 2, never with a traceback."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from rules import Situation, decide

# The same two workers, as each program saves them. Olena's earlier stays are two lines inside
# one quoted cell; her name holds a quote, doubled inside quotes as CSV writes it.
EXCEL_SEMICOLON = (
    "Nom ou référence;Nationalité;Où maintenant;Séjour actuel du;Séjour actuel au;Travail du;"
    "Travail au;Entrée en Belgique;Séjours saisonniers antérieurs;Séjours Schengen antérieurs;"
    "Âge;Documents en main;Date d’introduction\r\n"
    "Ouïdad El Amrani;marocaine;à l'étranger;;;1/4/2026;15/6/2026;30/3/2026;;;30;"
    "passeport, contrat;\r\n"
    '"Olena ""Lena"" K.";ukrainienne;en Belgique avec une annexe 3;1/2/2026;15/4/2026;'
    '1/2/2026;20/5/2026;;"1/6/2025 - 31/7/2025\r\n1/9/2024 - 30/9/2024";;41;passeport;'
    "20/3/2026\r\n"
)
COMMA = (
    "Nom ou référence,Nationalité,Où maintenant,Séjour actuel du,Séjour actuel au,Travail du,"
    "Travail au,Entrée en Belgique,Séjours saisonniers antérieurs,Séjours Schengen antérieurs,"
    "Âge,Documents en main,Date d’introduction{nl}"
    "Ouïdad El Amrani,marocaine,à l'étranger,,,1/4/2026,15/6/2026,30/3/2026,,,30,"
    '"passeport, contrat",{nl}'
    '"Olena ""Lena"" K.",ukrainienne,en Belgique avec une annexe 3,1/2/2026,15/4/2026,'
    '1/2/2026,20/5/2026,,"1/6/2025 - 31/7/2025{nl}1/9/2024 - 30/9/2024",,41,passeport,'
    "20/3/2026{nl}"
)
BOM = b"\xef\xbb\xbf"
FILES = {
    "Excel, CSV (point-virgule), Windows-1252": EXCEL_SEMICOLON.encode("cp1252"),
    "Excel, CSV UTF-8 (byte-order mark)": BOM + EXCEL_SEMICOLON.encode("utf-8"),
    "LibreOffice, comma, LF, UTF-8": COMMA.format(nl="\n").encode("utf-8"),
    "Google Sheets, comma, CRLF, UTF-8": COMMA.format(nl="\r\n").encode("utf-8"),
}


def expected(lang: str = "en"):
    """The same two workers as ``saison decide`` situations."""
    ouidad = Situation.model_validate(
        {
            "today": "2026-03-02",
            "nationality": "MA",
            "location": "abroad",
            "work": {"start": "2026-04-01", "end": "2026-06-15"},
            "entry_date": "2026-03-30",
            "age": 30,
            "documents": ["passport", "employment_contract"],
        }
    )
    olena = Situation.model_validate(
        {
            "today": "2026-03-02",
            "nationality": "UA",
            "location": "belgium",
            "status": "seasonal_short_stay",
            "current_stay": {"start": "2026-02-01", "end": "2026-04-15"},
            "work": {"start": "2026-02-01", "end": "2026-05-20"},
            "age": 41,
            "filed_on": "2026-03-20",
            "previous_seasonal_stays": [
                {"start": "2025-06-01", "end": "2025-07-31"},
                {"start": "2024-09-01", "end": "2024-09-30"},
            ],
            "documents": ["passport"],
        }
    )
    return [decide(s, lang, "employer") for s in (ouidad, olena)]


def test_the_fixtures_are_the_bytes_each_program_writes():
    cp1252 = FILES["Excel, CSV (point-virgule), Windows-1252"]
    assert b"Ou\xefdad" in cp1252 and b"d\x92introduction" in cp1252 and b"\xe0 l'" in cp1252
    assert FILES["Excel, CSV UTF-8 (byte-order mark)"].startswith(BOM)
    assert b"\r\n" not in FILES["LibreOffice, comma, LF, UTF-8"]
    assert b'"1/6/2025 - 31/7/2025\r\n1/9/2024' in FILES["Google Sheets, comma, CRLF, UTF-8"]


@pytest.mark.parametrize("content", FILES.values(), ids=FILES.keys())
def test_a_spreadsheets_csv_is_read_whatever_its_separator_and_encoding(batch, content):
    run = batch(content, "saison.csv")
    assert run.code == 0, run.rows
    ouidad, olena = run.rows
    assert ouidad["reference"] == "Ouïdad El Amrani"
    assert olena["reference"] == 'Olena "Lena" K.'
    assert (ouidad["row"], olena["row"]) == ("2", "3")
    for row, outcome in zip(run.rows, expected(), strict=True):
        assert row["error"] == ""
        assert row["why"] == outcome.explanation
        stay = outcome.authorised_stay
        assert row["stay_start"] == stay.start.isoformat()
        assert row["stay_end"] == stay.end.isoformat()
        missing = [d.name for d in outcome.documents if d.required and not d.held]
        assert row["missing_documents"] == "; ".join(missing)
    assert "Rows read: 2; decided: 2; with errors: 0" in run.out


def test_the_same_file_in_any_encoding_gives_the_same_results(batch):
    results = [batch(content, "saison.csv").rows for content in FILES.values()]
    assert all(rows == results[0] for rows in results)


def test_a_workbook_made_with_openpyxl_is_read_with_its_dates_and_numbers_as_cells(batch, tmp_path):
    """Excel keeps dates as dates and ages as numbers; a script may name the columns by the
    JSON field names of ``saison decide``."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        [
            "reference",
            "nationality",
            "location",
            "status",
            "current_stay_start",
            "current_stay_end",
            "work_start",
            "work_end",
            "entry_date",
            "previous_seasonal_stays",
            "age",
            "documents",
            "filed_on",
        ]
    )
    sheet.append(
        [
            "Ouïdad El Amrani",
            "MA",
            "abroad",
            None,
            None,
            None,
            datetime(2026, 4, 1),
            date(2026, 6, 15),
            "30/3/2026",
            None,
            30,
            "passeport, contrat",
            None,
        ]
    )
    sheet.append(
        [
            'Olena "Lena" K.',
            "Oekraïne",
            "belgium",
            "seasonal_short_stay",
            date(2026, 2, 1),
            date(2026, 4, 15),
            date(2026, 2, 1),
            date(2026, 5, 20),
            None,
            "2025-06-01 - 2025-07-31\n2024-09-01 - 2024-09-30",
            41.0,
            "passport",
            date(2026, 3, 20),
        ]
    )
    path = tmp_path / "season.xlsx"
    workbook.save(path)
    run = batch(path.read_bytes(), "season.xlsx")
    assert run.code == 0, run.rows
    for row, outcome in zip(run.rows, expected(), strict=True):
        assert row["why"] == outcome.explanation
        assert row["stay_end"] == outcome.authorised_stay.end.isoformat()


def test_the_results_go_to_a_workbook_when_the_name_says_so(batch):
    run = batch(FILES["Excel, CSV UTF-8 (byte-order mark)"], "s.csv", out="results.xlsx")
    assert run.code == 0
    ouidad, _ = run.rows
    assert ouidad["stay_start"] == datetime(2026, 4, 1)  # a date cell, not text
    assert ouidad["stay_days"] == 76
    from openpyxl import load_workbook

    sheet = load_workbook(Path(run.out.split("Results: ")[1].strip())).worksheets[0]
    assert sheet.freeze_panes == "A2"  # the header stays in view


def test_blank_lines_before_the_header_and_between_rows_keep_the_spreadsheets_numbering(batch):
    content = "\r\n;;\r\nNationality;Where now\r\nMA;abroad\r\n\r\nTN;abroad\r\n"
    run = batch(content)
    assert [row["row"] for row in run.rows] == ["4", "6"]


UNREADABLE = {
    "a PDF": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\x00\x00", "neither"),
    "an old .xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "neither"),
    "a zip that is no workbook": (b"PK\x03\x04" + b"\x14\x00" * 20, "neither"),
    "an empty file": (b"", "is empty"),
    "only blank lines": (b"\r\n\r\n  \r\n", "is empty"),
    "bytes neither UTF-8 nor Windows-1252": (
        b"Nationality;Where now\r\nM\x81A;abroad\r\n",
        "UTF-8",
    ),
    "no header (the first row is a worker)": ("Ahmed;MA;abroad;1/4/2026\r\n", "first row"),
    "a misspelt column": ("Nationalty;Where now\r\nMA;abroad\r\n", "Did you mean “Nationality”"),
    "a column missing": ("Nationality;Work from\r\nMA;1/4/2026\r\n", "“Where now” is missing"),
    "a column twice": ("nationality;Nationalité;location\r\nMA;MA;abroad\r\n", "twice"),
    "a quote never closed": ('Nationality;Where now\r\n"MA;abroad\r\n' + "x" * 200_000, "quote"),
}


@pytest.mark.parametrize(("content", "says"), UNREADABLE.values(), ids=UNREADABLE.keys())
def test_a_file_that_cannot_be_read_says_why_and_exits_2(batch, content, says):
    run = batch(content, "workers.csv")
    assert run.code == 2
    assert says in run.err and "Traceback" not in run.err


def test_a_file_that_is_not_there_exits_2(tmp_path, capsys):
    from assistant.batch.cli import main

    assert main([str(tmp_path / "nowhere.csv"), "--lang", "de"]) == 2
    assert "kann nicht geöffnet werden" in capsys.readouterr().err


def test_columns_saison_does_not_use_are_listed_not_refused(batch):
    run = batch("Nationality;Where now;Phone;Remarks\r\nMA;abroad;+32 470;ok\r\n")
    assert run.code == 0
    assert "Columns not read (saison does not use them): Phone, Remarks" in run.out


def test_a_row_the_rules_fail_on_is_named_and_the_others_go_on(batch, monkeypatch):
    from assistant.batch import rows

    real = rows.decide_row

    def failing(values, header, number, *args):
        if number == 3:
            raise RecursionError
        return real(values, header, number, *args)

    monkeypatch.setattr(rows, "decide_row", failing)
    run = batch("Nationality;Where now\r\nMA;abroad\r\nTN;abroad\r\nUA;abroad\r\n")
    assert [bool(row["error"]) for row in run.rows] == [False, True, False]
    assert "Row 3 could not be decided (internal error RecursionError)" in run.rows[1]["error"]
    assert run.code == 1


def test_an_unexpected_failure_outside_the_rows_is_said_not_a_traceback(batch, monkeypatch):
    from assistant.batch import results

    monkeypatch.setattr(results, "header", lambda lang: 1 / 0)
    run = batch("Nationality;Where now\r\nMA;abroad\r\n")
    assert run.code == 2
    assert run.err == (
        "saison batch stopped on an unexpected error (ZeroDivisionError). "
        "The rows before it are in the results file.\n"
    )


def test_a_number_in_words_is_read_in_any_language(batch):
    run = batch("Nationality;Where now;Age\r\nMA;abroad;dix-sept ans\r\nMA;abroad;vierzig\r\n")
    assert [row["error"] for row in run.rows] == ["", ""]


def test_batch_loads_no_user_interface(tmp_path):
    """``saison batch`` is a command-line tool: it starts as fast as ``saison decide``."""
    import subprocess
    import sys

    source = tmp_path / "w.csv"
    source.write_text("Nationality;Where now\r\nMA;abroad\r\n", "utf-8")
    code = (
        "import sys; from assistant.cli import main; main(['batch', sys.argv[1], '--out', "
        "sys.argv[2]]); print(' '.join(sys.modules), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(source), str(tmp_path / "o.csv")],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = {name.split(".")[0] for name in done.stderr.split()}
    assert not loaded & {"textual", "sqlite_utils", "rich", "openpyxl", "icalendar"}
