"""``saison batch``: a whole season at once, one worker per row.

    saison batch FILE.csv|FILE.xlsx [--lang fr|nl|de|en] [--out FILE] [--today DATE]
                 [--ics FILE.ics]
    saison batch --template [--lang fr|nl|de|en] [--out FILE]

Reads the file row by row, decides each row, writes one result per row (CSV, or ``.xlsx``
when ``--out`` names one) and prints a summary. A row that cannot be read gets an error
naming its cells and the others go on. Exit 0: every row decided; 1: some rows have errors
(in the error column); 2: the file cannot be read (or written), with the reason.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from assistant.app.options import iso_day
from i18n import LANGUAGES, translator

PROGRESS_FROM = 300
"""Rows after which a progress bar appears (on a terminal only)."""
PROGRESS_EVERY = 100
BAR_WIDTH = 30


def build_parser(parser: argparse.ArgumentParser, t: Callable[..., str] | None = None) -> None:
    """``saison batch``'s arguments, helped in ``t``'s language (else the environment's)."""
    if t is None:
        from assistant.app.options import default_language

        t = translator(default_language(), "cli")
    parser.description = t("cli.batch.description")
    parser.epilog = t("cli.batch.epilog")
    parser.add_argument("file", nargs="?", metavar="FILE", help=t("cli.batch.file"))
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help=t("cli.batch.lang"))
    parser.add_argument("--out", metavar="FILE", help=t("cli.batch.out"))
    parser.add_argument("--today", type=iso_day(t), metavar="YYYY-MM-DD", help=t("cli.batch.today"))
    parser.add_argument("--ics", metavar="FILE.ics", help=t("cli.batch.ics"))
    parser.add_argument("--template", action="store_true", help=t("cli.batch.template"))


def main(argv: list[str]) -> int:
    from assistant.cli import language_asked

    t = translator(language_asked(argv), "cli")
    parser = argparse.ArgumentParser(
        prog="saison batch", add_help=False, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-h", "--help", action="help", help=t("cli.help"))
    build_parser(parser, t)
    args = parser.parse_args(argv)
    core = translator(args.lang, "core")
    try:
        if args.template:
            return write_template(args.lang, args.out or "-")
        if not args.file:
            parser.error(t("cli.batch.no_file"))
        return run(Path(args.file), args.lang, args.out, args.today or date.today(), args.ics)
    except Failure as failure:
        sys.stderr.write(core(failure.key, **failure.values) + "\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never a traceback: what stopped, and what was kept
        sys.stderr.write(core("batch.error.unexpected", detail=type(error).__name__) + "\n")
        return 2


class Failure(Exception):
    """Nothing could be done: a catalog key and its values, printed, exit 2."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def write_template(lang: str, out: str) -> int:
    from .columns import template_header
    from .writers import row_writer

    try:
        writer = row_writer(out)
        writer.write(template_header(lang))
        writer.close()
    except OSError:
        raise Failure("batch.error.write", path=out) from None
    return 0


def default_out(path: Path, kind: str) -> str:
    return str(path.with_name(f"{path.stem}.saison.{kind}"))


def run(
    path: Path, lang: str, out: str | None, today: date, ics: str | None, workers: int | None = None
) -> int:
    """Decide every row of ``path``; ``workers``: processes (default: one per core for a big
    file, see ``work.workers_for``)."""
    from .columns import HeaderError, read_header
    from .table import TableError, open_table
    from .work import workers_for
    from .writers import row_writer

    try:
        table = open_table(path)
        header = read_header(table.header, lang)
    except (TableError, HeaderError) as error:
        raise Failure(error.key, **error.values) from None
    out = out or default_out(path, table.kind)
    if out != "-" and Path(out).resolve() == path.resolve():
        raise Failure("batch.error.same_file", path=out)
    try:
        writer = row_writer(out)
    except OSError:
        raise Failure("batch.error.write", path=out) from None
    calendar = _Calendar(ics, lang) if ics else None
    summary = Summary()
    progress = _Progress(table.progress, lang)
    try:
        workers = workers or workers_for(path.stat().st_size)
        _each_row(table, header, lang, today, writer, calendar, summary, progress, workers)
    except TableError as error:
        raise Failure(error.key, **error.values) from None
    except OSError:
        raise Failure("batch.error.write", path=out) from None
    finally:
        progress.done()
        writer.close()
        if calendar is not None:
            calendar.close()
    report = summary.text(lang, out, ics, header.ignored)
    (sys.stderr if out == "-" else sys.stdout).write(report)
    return 1 if summary.errors else 0


def _each_row(table, header, lang, today, writer, calendar, summary, progress, workers) -> None:
    from . import results
    from .work import decided_rows
    from .writers import CsvWriter

    writer.write(results.header(lang))
    as_csv = isinstance(writer, CsvWriter)
    stamp = calendar.stamp if calendar is not None else None
    for row in decided_rows(table.rows, header, lang, today, workers, as_csv, stamp):
        if as_csv:
            writer.write_line(row.cells)
        else:
            writer.write(row.cells)
        summary.count(row)
        if calendar is not None and row.procedure is not None:
            calendar.add(row)
        progress.step(summary.rows)


class Summary:
    def __init__(self) -> None:
        self.rows = 0
        self.errors = 0
        self.blocked = 0
        self.missing_documents = 0
        self.procedures: Counter[str] = Counter()

    def count(self, row: Any) -> None:
        self.rows += 1
        if row.procedure is None:
            self.errors += 1
            return
        self.procedures[row.procedure] += 1
        self.blocked += row.blocked
        self.missing_documents += row.missing_documents

    def text(self, lang: str, out: str, ics: str | None, ignored: list[str]) -> str:
        core = translator(lang, "core")
        lines = [
            core(
                "batch.summary.rows",
                rows=self.rows,
                decided=self.rows - self.errors,
                errors=self.errors,
            )
        ]
        for procedure, count in self.procedures.most_common():
            name = (
                core(f"procedure.{procedure}.title")
                if procedure != "undecided"
                else core("batch.summary.undecided")
            )
            lines.append(f"  {count:>7}  {name}")
        lines.append(core("batch.summary.blocked", count=self.blocked))
        lines.append(core("batch.summary.missing_documents", count=self.missing_documents))
        if ignored:
            lines.append(core("batch.summary.ignored", columns=", ".join(ignored)))
        if out != "-":
            lines.append(core("batch.summary.written", path=out))
        if ics:
            lines.append(core("batch.summary.calendar", path=ics))
        return "\n".join(lines) + "\n"


class _Calendar:
    """One calendar for the whole file, its events written by the workers; each event names
    the worker (the reference, else the row). A reference met again is told apart by its rank
    ("Ahmed B." then "Ahmed B. (2)"), so that no two events share a UID."""

    def __init__(self, path: str, lang: str) -> None:
        from datetime import UTC, datetime

        from rules.calendar import calendar_head

        self.lang = lang
        self.stamp = datetime.now(UTC).replace(microsecond=0)
        self.seen: Counter[str] = Counter()
        try:
            self.file = open(path, "wb")  # noqa: SIM115
            self.file.write(calendar_head(lang))
        except OSError:
            raise Failure("batch.error.write", path=path) from None

    def add(self, row: Any) -> None:
        from .work import event_bytes, reference_of

        reference = reference_of(row, self.lang)
        key = " ".join(reference.split()).casefold()
        self.seen[key] += 1
        if self.seen[key] == 1:
            self.file.write(row.events)
        else:
            renamed = f"{reference} ({self.seen[key]})"
            self.file.write(event_bytes(row, self.lang, self.stamp, renamed))

    def close(self) -> None:
        from rules.calendar import CALENDAR_END

        self.file.write(CALENDAR_END)
        self.file.close()


class _Progress:
    """A bar on standard error once the file is past a few hundred rows, on a terminal only."""

    def __init__(self, share, lang: str) -> None:
        self.share = share
        self.lang = lang
        self.shown = False
        self.active = sys.stderr.isatty()

    def step(self, rows: int) -> None:
        if not self.active or rows < PROGRESS_FROM or rows % PROGRESS_EVERY:
            return
        share = self.share()
        filled = int(share * BAR_WIDTH)
        label = translator(self.lang, "core")("batch.progress", rows=rows)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {share:4.0%} {label}")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * (BAR_WIDTH + 40) + "\r")
            sys.stderr.flush()
