"""Running ``saison batch`` in-process on files written byte for byte, and reading its output
back as a spreadsheet would."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.batch.cli import main
from assistant.batch.results import RESULT_COLUMNS

TODAY = "2026-03-02"


@dataclass
class Run:
    code: int
    rows: list[dict[str, str]]
    """The output rows, keyed by ``RESULT_COLUMNS``."""
    header: list[str]
    out: str
    err: str


def read_results(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).worksheets[0]
        table = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    else:
        with path.open(encoding="utf-8-sig", newline="") as file:
            table = list(csv.reader(file, delimiter=";"))
    header, *rows = table
    return header, [dict(zip(RESULT_COLUMNS, row, strict=True)) for row in rows]


@pytest.fixture
def batch(tmp_path, capsys):
    """``batch(content, name="workers.csv", *args)``: the file written as given (bytes as they
    are, text as UTF-8), then ``saison batch`` run on it with today pinned."""

    def run(
        content: bytes | str,
        name: str = "workers.csv",
        *args: str,
        out: str | None = None,
        lang: str = "en",
    ) -> Run:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        out_path = tmp_path / (out or "results.csv")
        code = main([str(path), "--lang", lang, "--today", TODAY, "--out", str(out_path), *args])
        captured = capsys.readouterr()
        header, rows = read_results(out_path) if out_path.exists() and code != 2 else ([], [])
        return Run(code, rows, header, captured.out, captured.err)

    return run
