"""The columns of a batch file: one worker per row, one fact per column.

A column is named in any of the four languages (``batch.column.<field>`` in the ``core``
catalog, as ``saison batch --template`` writes them) or by the JSON field name of ``saison
decide`` (``docs/decide.md``), so that a script can write the file. Names are compared
without case, accents or extra spaces.

A header cell that names no column is kept aside and listed in the summary — unless it is
close to a column's name ("nationalty", "previous_seasonal_stay"): that is a misspelt column,
and reading on without it would change the answers silently; the file is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property

from i18n import LANGUAGES, translator

FIELDS: tuple[str, ...] = (
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
    "previous_schengen_stays",
    "age",
    "documents",
    "filed_on",
)
"""Every column a batch file may have, in the template's order."""
TEMPLATE_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if f != "status")
"""The template's columns: the stay in Belgium is said in the ``location`` column ("short
stay, annex 3"); ``status`` is for scripts that write the JSON ids."""
REQUIRED: tuple[str, ...] = ("nationality", "location")
MISSPELT_SCORE = 85
"""A header this close to a column's name (rapidfuzz ratio, folded) is a misspelt column."""


class HeaderError(ValueError):
    """The header cannot be used: a catalog key and its values."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass
class Header:
    fields: dict[int, str] = field(default_factory=dict)
    """Column index → field."""
    names: dict[str, str] = field(default_factory=dict)
    """Field → the header as the file writes it (to name a cell)."""
    ignored: list[str] = field(default_factory=list)
    """Headers that name no column (notes, a phone number): listed in the summary."""

    @cached_property
    def columns(self) -> dict[str, int]:
        """Field → column index."""
        return {f: i for i, f in self.fields.items()}


def _fold(text: str) -> str:
    from assistant.engine.parsing.text import fold

    return " ".join(fold(text.replace("_", " ")).split())


def column_name(field_id: str, lang: str) -> str:
    return translator(lang, "core")(f"batch.column.{field_id}")


@cache
def _known_names() -> dict[str, str]:
    """Every accepted header, folded → field."""
    names: dict[str, str] = {}
    for field_id in FIELDS:
        names[_fold(field_id)] = field_id
        for lang in LANGUAGES:
            names.setdefault(_fold(column_name(field_id, lang)), field_id)
    return names


def read_header(cells: list[object], lang: str) -> Header:
    """The columns a header row names. Raises :class:`HeaderError` for a header that names no
    column at all, names one twice, misspells one, or lacks a required one."""
    from rapidfuzz import fuzz, process

    known = _known_names()
    header = Header()
    for index, cell in enumerate(cells):
        text = "" if cell is None else str(cell).strip()
        if not text:
            continue
        folded = _fold(text)
        field_id = known.get(folded)
        if field_id is None:
            close = process.extractOne(folded, list(known), scorer=fuzz.ratio)
            if close is not None and close[1] >= MISSPELT_SCORE:
                raise HeaderError(
                    "batch.error.misspelt_column",
                    column=text[:60],
                    known=column_name(known[close[0]], lang),
                )
            header.ignored.append(text[:60])
            continue
        if field_id in header.names:
            raise HeaderError("batch.error.column_twice", column=text[:60])
        header.fields[index] = field_id
        header.names[field_id] = text
    if not header.fields:
        raise HeaderError("batch.error.no_header")
    for field_id in REQUIRED:
        if field_id not in header.names:
            raise HeaderError("batch.error.missing_column", column=column_name(field_id, lang))
    return header


def template_header(lang: str) -> list[str]:
    return [column_name(field_id, lang) for field_id in TEMPLATE_FIELDS]


def cell_name(column: int, row: int) -> str:
    """A cell as a spreadsheet names it: column 0, row 2 is ``A2``."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"
