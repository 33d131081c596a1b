"""``saison decide [FILE] [--lang fr|nl|de|en]``: a JSON situation in, a JSON outcome out.

The contract is ``docs/decide.md``: exit 0 with the outcome; exit 2 with
``{"error": {"field": ..., "message": ...}}`` on standard output for a situation that cannot be
read (the message in the chosen language); never a traceback.
"""

from __future__ import annotations

import json
import re
import sys
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
        values = {name: joined(value, lang, "or") if isinstance(value, tuple) else value
                  for name, value in self.values.items()}  # alternatives: "a, b ou c"
        message = t(f"error.{self.key}", field=self.field or "", **values)
        return {"error": {"field": self.field, "message": message}}


def _arguments(argv: list[str]) -> tuple[str, str]:
    path, lang = "-", "en"
    args = iter(argv)
    for arg in args:
        if arg == "--lang":
            lang = next(args, "")
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            path = arg
    if lang not in LANGUAGES:
        raise SituationError("lang", "lang", value=lang)
    return path, lang


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
        accepted = tuple(re.findall(r"'([^']*)'", expected)) or (expected,)
        return SituationError(field, "unknown_value", value=shown, expected=accepted)
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
        path, lang = _arguments(argv)
        situation = read_situation(_read(path))
        from .decide import UnknownNationality, decide

        try:
            outcome = decide(situation, lang)
        except UnknownNationality:
            raise SituationError("nationality", "unknown_nationality", value=situation.nationality[:80]) from None
    except SituationError as error:
        return USAGE_EXIT, error.as_json(lang)
    return 0, outcome.model_dump(mode="json")


USAGE = """usage: saison decide [FILE] [--lang fr|nl|de|en]

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
