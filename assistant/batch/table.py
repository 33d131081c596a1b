"""Reading a batch file row by row, whatever wrote it: a CSV from a Belgian spreadsheet (``;``
or ``,`` between cells; UTF-8 with or without a byte-order mark, or Windows-1252), or an
``.xlsx`` workbook (its first sheet, with ``openpyxl`` in read-only mode).

The file is told by its content, not its name: a zip archive is a workbook, text is CSV. Rows
come one at a time (memory does not grow with the file); a CSV is first checked to be UTF-8
in one pass over its bytes, so that a Windows-1252 file is never half read as UTF-8.

A file that cannot be read at all raises :class:`TableError` (a catalog key and its values):
not there, empty, not text nor a workbook, no header row.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ZIP_MAGIC = b"PK\x03\x04"
SNIFF_BYTES = 64 * 1024
DELIMITERS = (";", ",", "\t")
CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
"""Bytes Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor Windows-1252."""


class TableError(ValueError):
    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass
class Table:
    """An open batch file: its header row and, after it, its rows, one list of cells each."""

    kind: str
    """``csv`` or ``xlsx``."""
    header: list[Any]
    header_number: int
    """The header's row number (1 unless blank rows come first)."""
    rows: Iterator[tuple[int, list[Any]]]
    """(row number, cells) for each row after the header; blank rows are skipped."""
    progress: Any
    """A callable giving the share of the file read so far (0 to 1)."""
    encoding: str = ""
    delimiter: str = ""


def open_table(path: Path) -> Table:
    try:
        with path.open("rb") as file:
            start = file.read(SNIFF_BYTES)
    except OSError:
        raise TableError("batch.error.file", path=str(path)) from None
    if not start.strip():
        raise TableError("batch.error.empty", path=str(path))
    if start.startswith(ZIP_MAGIC):
        return _workbook(path)
    if b"\x00" in start:
        raise TableError("batch.error.not_a_table", path=str(path))
    return _csv(path)


# --- CSV -------------------------------------------------------------------------------------


class _Counting(io.RawIOBase):
    """A file that counts the bytes read from it (for the progress bar)."""

    def __init__(self, raw) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        read = self.raw.readinto(buffer)
        self.count += read or 0
        return read

    def close(self) -> None:
        self.raw.close()
        super().close()


def _encoding(path: Path) -> str:
    """``utf-8-sig`` when the whole file is UTF-8 (a byte-order mark or not), else
    ``cp1252`` when it is Windows-1252 text."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    undefined = False
    utf8 = True
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            undefined = undefined or not CP1252_UNDEFINED.isdisjoint(chunk)
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    if utf8:
        return "utf-8-sig"
    if undefined:
        raise TableError("batch.error.encoding", path=str(path))
    return "cp1252"


def _delimiter(first_line: str) -> str:
    """The separator that cuts the header into the most columns saison knows (then the most
    columns): ``;`` in Belgian spreadsheets, ``,`` in others."""
    from .columns import _fold, _known_names

    known = _known_names()

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(_fold(c) in known for c in cells), len(cells)

    return max(DELIMITERS, key=score)


def _csv(path: Path) -> Table:
    encoding = _encoding(path)
    raw = path.open("rb", buffering=0)
    counting = _Counting(raw)
    size = max(path.stat().st_size, 1)
    text = io.TextIOWrapper(io.BufferedReader(counting, 1 << 16), encoding=encoding, newline="")
    first = ""
    number = 0
    for line in text:
        number += 1
        if line.strip(" \t\r\n;,"):
            first = line
            break
    if not first:
        text.close()
        raise TableError("batch.error.empty", path=str(path))
    delimiter = _delimiter(first)
    lines = _lines_after(first, text)
    reader = csv.reader(lines, delimiter=delimiter)
    header = next(reader)

    def rows() -> Iterator[tuple[int, list[Any]]]:
        row_number = number  # a spreadsheet's row: a cell's new lines stay in its row
        try:
            for cells in reader:
                row_number += 1
                if any(cell.strip() for cell in cells):
                    yield row_number, cells
        except csv.Error:
            raise TableError("batch.error.csv", row=row_number + 1) from None
        finally:
            text.close()

    return Table(
        "csv",
        header,
        number,
        rows(),
        lambda: min(counting.count / size, 1.0),
        encoding=encoding.replace("-sig", ""),
        delimiter=delimiter,
    )


def _lines_after(first: str, rest) -> Iterator[str]:
    yield first
    yield from rest


# --- xlsx ------------------------------------------------------------------------------------


def _workbook(path: Path) -> Table:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    file = path.open("rb")  # a file, not a name: a workbook saved as "x.csv" is still one
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        total = sheet.max_row or 0
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,
        TypeError,
        IndexError,
        EOFError,
    ):
        file.close()
        raise TableError("batch.error.not_a_table", path=str(path)) from None
    values = sheet.iter_rows(values_only=True)
    header: list[Any] = []
    number = 0
    for cells in values:
        number += 1
        if any(cell is not None and str(cell).strip() for cell in cells):
            header = list(cells)
            break
    if not header:
        workbook.close()
        file.close()
        raise TableError("batch.error.empty", path=str(path))
    done = [number]

    def rows() -> Iterator[tuple[int, list[Any]]]:
        try:
            for cells in values:
                done[0] += 1
                if any(cell is not None and str(cell).strip() for cell in cells):
                    yield done[0], list(cells)
        finally:
            workbook.close()
            file.close()

    return Table(
        "xlsx", header, number, rows(), lambda: min(done[0] / total, 1.0) if total else 0.0
    )
