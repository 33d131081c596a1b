"""``saison decide [FILE] [--lang fr|nl|de|en]``: a JSON situation in, a JSON outcome out.

The contract is ``docs/decide.md``: exit 0 with the outcome; exit 2 with
``{"error": {"field": ..., "message": ...}}`` on standard output for a situation that cannot be
read (the message in the chosen language); never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
from collections.abc import Callable
from typing import Any

from i18n import LANGUAGES, joined, translator

USAGE_EXIT = 2


class SituationError(Exception):
    """A situation that cannot be read: which field, and a message key with its values."""

    def __init__(self, field: str | None, key: str, **values: object) -> None:
        super().__init__(field, key)
        self.field = field
        self.key = key
        self.values = values

    def as_json(self, lang: str) -> dict[str, Any]:
        t = translator(lang)
        values = {
            name: joined(value, lang, "or") if isinstance(value, tuple) else value
            for name, value in self.values.items()
        }  # alternatives: "a, b ou c"
        message = t(f"error.{self.key}", field=self.field or "", **values)
        return {"error": {"field": self.field, "message": message}}


MAX_BYTES = 1_000_000
"""A situation is a few hundred bytes; beyond a megabyte the input is refused, not read on."""
MAX_DIGITS = 30
"""No field of a situation is a number with more digits than this."""
EXCERPT = 80
"""How much of a value an error message shows back."""


def build_parser(parser: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    """``saison decide``'s arguments. The language is checked by ``run`` so that a wrong one is
    a JSON error like every other (the contract), not a usage message."""
    parser.description = usage()
    parser.add_argument("file", nargs="?", default="-", metavar="FILE", help=t("cli.decide.file"))
    parser.add_argument("--lang", default="en", help=t("cli.decide.lang"))
    parser.add_argument("--schema", action="store_true", help=t("cli.decide.schema"))
    parser.add_argument("--ics", default=None, metavar="FILE.ics", help=t("cli.decide.ics"))
    parser.add_argument("--case", default=None, metavar="NAME", help=t("cli.decide.case"))


def _parser(lang: str = "en") -> argparse.ArgumentParser:
    t = translator(lang, "cli")
    parser = argparse.ArgumentParser(
        prog="saison decide", add_help=False, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-h", "--help", action="help", help=t("cli.help"))
    build_parser(parser, t)
    return parser


def _case_name(path: str, ics: str, case: str | None) -> str:
    """What names the case in the calendar's UIDs: ``--case``, else the situation file's name,
    else the calendar file's name — the same on every export of the same case."""
    from pathlib import Path

    if case:
        return case
    return Path(path).stem if path != "-" else Path(ics).stem


def _write_calendar(outcome: Any, lang: str, ns: argparse.Namespace) -> None:
    from .calendar import calendar_text

    text = calendar_text(outcome, lang, _case_name(ns.file, ns.ics, ns.case))
    try:
        with open(ns.ics, "w", encoding="utf-8", newline="") as file:
            file.write(text)
    except OSError:
        raise SituationError("ics", "ics_file", value=_excerpt(ns.ics)) from None


def _read(path: str) -> str:
    if path == "-":
        source = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        raw = source.read(MAX_BYTES + 1) if source else sys.stdin.read(MAX_BYTES + 1).encode()
    else:
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO blocks, /dev/zero never ends
                raise SituationError("file", "not_a_file", value=_excerpt(path))
            with open(path, "rb") as file:
                raw = file.read(MAX_BYTES + 1)
        except (OSError, ValueError):
            raise SituationError("file", "file", value=_excerpt(path)) from None
    if len(raw) > MAX_BYTES:
        raise SituationError(None, "too_large", limit="1 MB")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SituationError(None, "bad_json", detail="not UTF-8 text") from None


def _excerpt(value: object) -> str:
    """A value as an error message may show it: short, whatever came in."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, (int, float, bool)) or value is None:
        text = json.dumps(value)
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def _field_path(loc: tuple[Any, ...]) -> str:
    """pydantic's location as a dotted path: ``previous_seasonal_stays.0.start``."""
    return ".".join(str(part) for part in loc)


def _closest_field(name: str, loc: tuple[Any, ...]) -> str:
    from rapidfuzz import process

    from .models import Period, Situation

    model = Situation if len(loc) == 1 else Period
    found = process.extractOne(name, list(model.model_fields))
    return found[0] if found else ""


LIMITS = {"string_too_long": "too_long", "too_long": "too_many"}
"""pydantic's error types for a value over its limit, and the message that names it."""


def situation_error(error: Any) -> SituationError:
    """The first problem pydantic found, as a field and a message key (by error type)."""
    first = error.errors()[0]
    loc = tuple(first["loc"])
    field = _field_path(loc)
    kind = first["type"]
    shown = _excerpt(first.get("input"))
    if kind == "missing":
        return SituationError(field, "missing")
    if kind == "extra_forbidden":
        return SituationError(field, "unknown_field", closest=_closest_field(str(loc[-1]), loc))
    if kind in {"end_before_start", "date_out_of_range", "invalid_date"}:
        return SituationError(field, kind, value=shown)
    if kind.startswith("date"):
        return SituationError(field, "invalid_date", value=shown)
    if kind in LIMITS:
        limit = first.get("ctx", {}).get("max_length", "")
        return SituationError(field, LIMITS[kind], limit=limit)
    if kind == "bool_type":
        return SituationError(field, "not_a_boolean")
    if kind == "literal_error":
        expected = first.get("ctx", {}).get("expected", "")
        accepted = tuple(re.findall(r"'([^']*)'", expected)) or (expected,)
        return SituationError(field, "unknown_value", value=shown, expected=accepted)
    return SituationError(field, "invalid_value", value=shown)


def _fields_once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose fields each come once: a repeated field is an error, never "the last
    one wins"."""
    fields: dict[str, Any] = {}
    for name, value in pairs:
        if name in fields:
            raise SituationError(_excerpt(name), "duplicate_field")
        fields[name] = value
    return fields


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise SituationError(None, "number_too_long", limit=MAX_DIGITS)
    return int(text)


def read_situation(text: str):
    from pydantic import ValidationError

    from .models import Situation

    try:
        raw = json.loads(text, object_pairs_hook=_fields_once, parse_int=_whole_number)
    except (json.JSONDecodeError, RecursionError) as error:
        raise SituationError(
            None, "bad_json", detail=getattr(error, "msg", "too deeply nested")
        ) from None
    if not isinstance(raw, dict):
        raise SituationError(None, "not_an_object")
    try:
        situation = Situation.model_validate(raw)
    except ValidationError as error:
        raise situation_error(error) from None
    _earlier_stays_come_first(situation)
    return situation


def _earlier_stays_come_first(situation) -> None:
    """An earlier stay that starts on or after the requested work is not an earlier stay: the
    caps would never count it. It is refused, never ignored."""
    work = situation.work
    if work is None:
        return
    for name in ("previous_seasonal_stays", "previous_schengen_stays"):
        for index, stay in enumerate(getattr(situation, name)):
            if stay.start >= work.start:
                raise SituationError(
                    f"{name}.{index}",
                    "not_before_work",
                    start=stay.start.isoformat(),
                    work_start=work.start.isoformat(),
                )


def run(argv: list[str]) -> tuple[int, dict[str, Any]]:
    """``saison decide`` in process: (exit code, JSON answer)."""
    return run_arguments(_parser().parse_args(argv))


def run_arguments(ns: argparse.Namespace) -> tuple[int, dict[str, Any]]:
    lang = ns.lang if ns.lang in LANGUAGES else "en"
    try:
        if ns.lang not in LANGUAGES:
            raise SituationError("lang", "lang", value=_excerpt(ns.lang))
        if ns.ics is not None and not ns.ics.strip():
            raise SituationError("ics", "ics_file", value="")
        situation = read_situation(_read(ns.file))
        from .decide import UnknownNationality, decide

        try:
            outcome = decide(situation, lang)
        except UnknownNationality:
            raise SituationError(
                "nationality", "unknown_nationality", value=_excerpt(situation.nationality)
            ) from None
        if ns.ics is not None:
            _write_calendar(outcome, lang, ns)
    except SituationError as error:
        return USAGE_EXIT, error.as_json(lang)
    return 0, outcome.model_dump(mode="json")


def schema() -> dict[str, Any]:
    """The JSON Schema of the situation (input) and of the outcome, from the models themselves."""
    from .models import Outcome, Situation

    return {"situation": Situation.model_json_schema(), "outcome": Outcome.model_json_schema()}


USAGE = """Reads a JSON situation from FILE (or standard input when FILE is "-" or absent) and
prints the outcome as JSON: procedure, authorised stay, checklist, dated deadlines, fee,
authorities, forms and the articles behind them. Exit 0 with the outcome; exit 2 with
{{"error": {{"field": ..., "message": ...}}}} when the situation cannot be read: not JSON,
an unknown or repeated field (a misspelt field is never ignored), a value out of range, more
than 1 MB.

Required fields, and the status of someone in Belgium:
  nationality  an ISO code ("MA") or a country name in French, Dutch, German or English
  location     {locations}
               abroad: outside the European Union; eu_resident: living in another EU
               member state, which these rules do not cover (RD 105/10)
  status       {statuses} (in Belgium)

--ics FILE.ics also writes the dated deadlines as a calendar (RFC 5545): one all-day event
per deadline, with a reminder three days before each deadline to act on. Events are named by
the case (--case NAME, else the situation file's name, else the calendar file's name) and the
deadline: importing a newer calendar of the same case updates its events, without copies.

Every other field and its values: docs/decide.md.
"""


def usage() -> str:
    """The help text, its accepted values read from the models (they cannot drift apart)."""
    from typing import get_args

    from .ids import Location, Status

    return USAGE.format(
        locations=" | ".join(get_args(Location)), statuses=" | ".join(get_args(Status))
    )


def run_namespace(ns: argparse.Namespace) -> int:
    """``saison decide`` as the command line runs it: the answer on standard output."""
    if ns.schema:
        return _write(schema(), 0)
    try:
        code, answer = run_arguments(ns)
    except Exception as error:  # the contract: never a traceback
        code, answer = (
            1,
            {"error": {"field": None, "message": f"internal error: {type(error).__name__}"}},
        )
    return _write(answer, code)


def _write(answer: dict[str, Any], code: int) -> int:
    text = json.dumps(answer, ensure_ascii=False, indent=2) + "\n"
    # a lone surrogate that came in as JSON text must not break the way out
    data = text.encode("utf-8", "replace")
    out = getattr(sys.stdout, "buffer", None)
    if out is not None:
        sys.stdout.flush()
        out.write(data)
        out.flush()
    else:
        sys.stdout.write(data.decode("utf-8"))
    return code


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    lang = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "--lang"), "en")
    return run_namespace(_parser(lang if lang in LANGUAGES else "en").parse_args(args))


if __name__ == "__main__":
    sys.exit(main())
