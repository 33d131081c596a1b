"""``saison decide [FILE] [--lang fr|nl|de|en]``: a JSON situation in, a JSON outcome out.

The contract is ``docs/decide.md``: exit 0 with the outcome; exit 2 with
``{"error": {"field": ..., "message": ...}}`` on standard output for a situation that cannot be
read (the message in the chosen language); never a traceback.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from i18n import LANGUAGES, translator

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
        return {"error": {"field": self.field, "message": t(f"error.{self.key}", field=self.field or "", **self.values)}}


def _arguments(argv: list[str]) -> tuple[str, str, dict[str, str]]:
    """The situation's path, the language, and the calendar options (``ics``, ``case``)."""
    path, lang = "-", "en"
    options: dict[str, str] = {}
    args = iter(argv)
    for arg in args:
        name, _, value = arg.partition("=")
        if name in ("--lang", "--ics", "--case"):
            value = value if "=" in arg else next(args, "")
            if name == "--lang":
                lang = value
            else:
                options[name[2:]] = value
        else:
            path = arg
    if lang not in LANGUAGES:
        raise SituationError("lang", "lang", value=lang)
    if "ics" in options and not options["ics"]:
        raise SituationError("ics", "ics_file", value="")
    return path, lang, options


def _case_name(path: str, options: dict[str, str]) -> str:
    """What names the case in the calendar's UIDs: ``--case``, else the situation file's name,
    else the calendar file's name — the same on every export of the same case."""
    from pathlib import Path

    if options.get("case"):
        return options["case"]
    return Path(path).stem if path != "-" else Path(options["ics"]).stem


def _write_calendar(outcome: Any, lang: str, path: str, options: dict[str, str]) -> None:
    from .calendar import calendar_text

    text = calendar_text(outcome, lang, _case_name(path, options))
    try:
        with open(options["ics"], "w", encoding="utf-8", newline="") as file:
            file.write(text)
    except OSError:
        raise SituationError("ics", "ics_file", value=options["ics"]) from None


def _read(path: str) -> str:
    if path == "-":
        raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    else:
        try:
            with open(path, "rb") as file:
                raw = file.read()
        except OSError:
            raise SituationError("file", "file", value=path) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SituationError(None, "bad_json", detail="not UTF-8 text") from None


def _field_path(loc: tuple[Any, ...]) -> str:
    """pydantic's location as a dotted path: ``previous_seasonal_stays.0.start``."""
    return ".".join(str(part) for part in loc)


def situation_error(error: Any) -> SituationError:
    """The first problem pydantic found, as a field and a message key."""
    first = error.errors()[0]
    loc = tuple(first["loc"])
    field = _field_path(loc)
    value = first.get("input")
    text = str(first.get("msg", ""))
    shown = value if isinstance(value, (int, float)) else (
        value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str))
    if isinstance(shown, str) and len(shown) > 80:
        shown = shown[:79] + "…"  # a huge paste is named, not echoed back whole
    if first["type"] == "missing":
        return SituationError(field, "missing")
    if "end_before_start" in text:
        return SituationError(field, "end_before_start")  # the period as a whole
    if "date_out_of_range" in text:
        return SituationError(field, "date_out_of_range", value=shown)
    if "invalid_date" in text or first["type"].startswith("date"):
        return SituationError(field, "invalid_date", value=shown)
    if first["type"] == "literal_error":
        expected = first.get("ctx", {}).get("expected", "")
        return SituationError(field, "unknown_value", value=shown, expected=expected.replace("'", ""))
    return SituationError(field, "invalid_value", value=shown)


def read_situation(text: str):
    from pydantic import ValidationError

    from .models import Situation

    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise SituationError(None, "bad_json", detail=getattr(error, "msg", "too deeply nested")) from None
    if not isinstance(raw, dict):
        raise SituationError(None, "not_an_object")
    try:
        return Situation.model_validate(raw)
    except ValidationError as error:
        raise situation_error(error) from None


def run(argv: list[str]) -> tuple[int, dict[str, Any]]:
    lang = "en"
    try:
        path, lang, options = _arguments(argv)
        situation = read_situation(_read(path))
        from .decide import UnknownNationality, decide

        try:
            outcome = decide(situation, lang)
        except UnknownNationality:
            raise SituationError("nationality", "unknown_nationality", value=situation.nationality[:80]) from None
        if "ics" in options:
            _write_calendar(outcome, lang, path, options)
    except SituationError as error:
        return USAGE_EXIT, error.as_json(lang)
    return 0, outcome.model_dump(mode="json")


USAGE = """usage: saison decide [FILE] [--lang fr|nl|de|en] [--ics FILE.ics [--case NAME]]

Reads a JSON situation from FILE (or standard input when FILE is "-" or absent) and prints the
outcome as JSON: procedure, authorised stay, checklist, dated deadlines, fee, authorities,
forms and the articles behind them. Exit 0 with the outcome; exit 2 with
{{"error": {{"field": ..., "message": ...}}}} when the situation cannot be read.

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

    from .models import Location, Status

    return USAGE.format(
        locations=" | ".join(get_args(Location)), statuses=" | ".join(get_args(Status))
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "-h" in args or "--help" in args:
        sys.stdout.write(usage())
        return 0
    try:
        code, answer = run(args)
    except Exception as error:  # the contract: never a traceback
        code, answer = 1, {"error": {"field": None, "message": f"internal error: {type(error).__name__}"}}
    sys.stdout.write(json.dumps(answer, ensure_ascii=False, indent=2) + "\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
