"""Writing a table row by row: CSV for a spreadsheet to open, or ``.xlsx`` when the file's
name says so (``openpyxl`` in write-only mode: rows go to disk as they come).

CSV is written as Belgian spreadsheets open it without asking: UTF-8 with a byte-order mark,
``;`` between cells, CRLF line ends. No cell is ever read as a formula: in CSV a text cell
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe
(``results.safe``); in a workbook every text cell is typed as a string.
"""

from __future__ import annotations

import csv
import sys
from datetime import date
from typing import Any, Protocol

from .results import safe


class RowWriter(Protocol):
    def write(self, cells: list[Any]) -> None: ...

    def close(self) -> None: ...


def is_workbook(name: str) -> bool:
    return name.lower().endswith(".xlsx")


class CsvWriter:
    def __init__(self, path: str) -> None:
        if path == "-":
            self.file = sys.stdout
            self.owned = False
            self.file.write("\ufeff")
        else:
            self.file = open(  # noqa: SIM115
                path, "w", encoding="utf-8-sig", newline="", buffering=1 << 20
            )
            self.owned = True
        self.writer = csv.writer(self.file, delimiter=";", lineterminator="\r\n")

    def write(self, cells: list[Any]) -> None:
        self.writer.writerow([_csv_cell(cell) for cell in cells])

    def write_line(self, line: str) -> None:
        """A row already written as CSV (:func:`csv_line`, in a worker process)."""
        self.file.write(line)

    def close(self) -> None:
        if self.owned:
            self.file.close()
        else:
            self.file.flush()


class _Line:
    text = ""

    def write(self, text: str) -> None:
        self.text = text


_LINE = _Line()
_LINE_WRITER = csv.writer(_LINE, delimiter=";", lineterminator="\r\n")


def csv_line(cells: list[Any]) -> str:
    """One row as :class:`CsvWriter` writes it."""
    _LINE_WRITER.writerow([_csv_cell(cell) for cell in cells])
    return _LINE.text


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


class WorkbookWriter:
    def __init__(self, path: str) -> None:
        from openpyxl import Workbook

        self.path = path
        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet()
        self.sheet.freeze_panes = "A2"  # the header stays in view while scrolling
        self.shaped = False

    def _shape(self, cells: list[Any]) -> None:
        """Columns as wide as their header (within reason), set before the first row."""
        from openpyxl.utils import get_column_letter

        for index, value in enumerate(cells, start=1):
            width = min(max(len(str(value)) + 2, 10), 40)
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self.shaped = True

    def write(self, cells: list[Any]) -> None:
        from openpyxl.cell import WriteOnlyCell

        if not self.shaped:
            self._shape(cells)
        row = []
        for value in cells:
            cell = WriteOnlyCell(self.sheet, value=_workbook_value(value))
            if isinstance(value, str):
                cell.data_type = "s"  # "=HYPERLINK(...)" stays text, never a formula
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            row.append(cell)
        self.sheet.append(row)

    def close(self) -> None:
        self.workbook.save(self.path)


def _workbook_value(value: Any) -> Any:
    if isinstance(value, str):
        # control characters other than tab and new line are not allowed in the XML
        return "".join(ch if ch >= " " or ch in "\t\n" else " " for ch in value)
    return value


def row_writer(path: str) -> RowWriter:
    """A writer for ``path`` (``-``: CSV on standard output). Raises ``OSError``."""
    if path != "-" and is_workbook(path):
        writer = WorkbookWriter(path)
        open(path, "ab").close()  # noqa: SIM115 - fail now, not after the last row
        return writer
    return CsvWriter(path)
