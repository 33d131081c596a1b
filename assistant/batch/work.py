"""Deciding the rows of a file in chunks, on every core the machine has when the file is big.

The main process reads the file and writes the results; chunks of rows go to worker
processes and come back, in order, as :class:`Decided` rows: the output cells, what the
summary counts, and the deadlines the calendar needs. Only a few chunks are ever on their way
(:data:`IN_FLIGHT` per worker), so memory stays flat whatever the number of rows. A small file
is decided in the main process: starting workers would cost more than it saves.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from i18n import translator

from .columns import Header

CHUNK = 250
"""Rows sent to a worker at a time."""
IN_FLIGHT = 3
"""Chunks on their way per worker: enough to keep it busy, few enough to keep memory flat."""
WARM_UP = 25
"""Rows decided in the main process before the workers are forked from it."""
PARALLEL_FROM_BYTES = 512 * 1024
"""Files larger than this (some 4,000 rows) are decided on every core."""


@dataclass(slots=True)
class Decided:
    number: int
    reference: str
    cells: list[Any] | str
    """The output row (``results.RESULT_COLUMNS``), or that row as a CSV line, written by the
    worker, when the output is CSV."""
    procedure: str | None = None
    """``None`` for a row with errors."""
    blocked: bool = False
    missing_documents: bool = False
    deadlines: list = field(default_factory=list)
    """``rules.models.Deadline`` (when a calendar is written): a worker met again gets its
    events again under another name."""
    events: bytes = b""
    """The row's calendar events (``calendar`` given), titled with its reference."""


class _Context:
    header: Header
    lang: str
    today: date
    checklists: Any
    as_csv: bool
    calendar: Any


_context = _Context()


def _start(header: Header, lang: str, today: date, as_csv: bool, calendar: Any) -> None:
    from .rows import Checklists

    _context.header, _context.lang, _context.today = header, lang, today
    _context.as_csv, _context.calendar = as_csv, calendar
    _context.checklists = Checklists()


def decide_chunk(rows: list[tuple[int, list[Any]]]) -> list[Decided]:
    from . import results
    from .rows import RowResult, decide_row
    from .writers import csv_line

    header, lang, today = _context.header, _context.lang, _context.today
    decided = []
    for number, cells in rows:
        try:
            result = decide_row(cells, header, number, lang, today, _context.checklists)
        except Exception as error:  # noqa: BLE001 - one row's failure never stops the others
            result = RowResult(
                number,
                errors=[
                    translator(lang, "core")(
                        "batch.error.internal", row=number, detail=type(error).__name__
                    )
                ],
            )
        outcome = result.outcome
        cells = results.row_cells(result, lang, today)
        row = Decided(number, result.reference, csv_line(cells) if _context.as_csv else cells)
        if outcome is not None:
            row.procedure = outcome.procedure or "undecided"
            row.blocked = bool(outcome.blocking)
            row.missing_documents = any(d.required and not d.held for d in outcome.documents)
            if _context.calendar is not None:  # only then: pydantic objects cost to send
                row.deadlines = [d for d in outcome.deadlines if d.date is not None]
                row.events = event_bytes(row, lang, _context.calendar)
        decided.append(row)
    return decided


def reference_of(row: Decided, lang: str) -> str:
    """What names the worker in the calendar: the reference, else the row."""
    return row.reference or translator(lang, "core")("batch.row", row=row.number)


def event_bytes(row: Decided, lang: str, stamp: Any, reference: str | None = None) -> bytes:
    """The row's dated deadlines as calendar events, each titled with the worker's reference
    (its UID too: the same worker's events are updated on the next import)."""
    from rules.calendar import event_lines, events

    reference = reference or reference_of(row, lang)
    found = events(row.deadlines, lang, reference, reference, "employer", stamp)
    return b"".join(event_lines(event) for event in found)


def decided_rows(
    rows: Iterable[tuple[int, list[Any]]],
    header: Header,
    lang: str,
    today: date,
    workers: int,
    as_csv: bool = False,
    calendar: Any = None,
) -> Iterator[Decided]:
    """Every row decided, in the file's order (``as_csv``: each row as a CSV line;
    ``calendar``: the time stamp of a calendar's events, which are then written too)."""
    rows = iter(rows)
    chunks = iter(lambda: list(islice(rows, CHUNK)), [])
    if workers <= 1:
        _start(header, lang, today, as_csv, calendar)
        for chunk in chunks:
            yield from decide_chunk(chunk)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # The first rows are decided here: the rules' tables, the reader's words and the catalogs
    # are then loaded once, and every worker forked from this process starts with them.
    _start(header, lang, today, as_csv, calendar)
    yield from decide_chunk(list(islice(rows, WARM_UP)))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        workers,
        mp_context=context,
        initializer=_start,
        initargs=(header, lang, today, as_csv, calendar),
    ) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(decide_chunk, chunk))
            if len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def workers_for(size: int) -> int:
    """Worker processes for a file of ``size`` bytes: one per core for a big file (where
    processes can be forked: workers start with what the main process loaded)."""
    import multiprocessing

    if size < PARALLEL_FROM_BYTES or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return cores or 1
