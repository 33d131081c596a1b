"""Working days (« jours ouvrables »), Belgian public holidays excluded. The decree does not say
whether Saturday is one: both readings are used. A date the person must meet is counted Monday
to Saturday (``SAFE``: the earlier date), and the Monday-to-Friday date is named beside it
(rules.md; the outcome's ``interpretations``).

The holidays come from the `holidays` library (python-holidays, Belgium's national public
holidays), never typed by hand. Importing it costs more than the whole rest of ``saison
decide``, so the library's answer for the years people plan in is kept in
``data/holidays_be.json`` (written by ``python -m rules.working_days``; a test checks that it
still equals the library). Years outside that file ask the library directly.

A deadline of N working days from a day does not count that day: day 1 is the next working day.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

from .tables import DATA_DIR

HOLIDAYS_FILE = DATA_DIR / "holidays_be.json"
GENERATED_YEARS = range(2019, 2046)
HOLIDAYS_SOURCE = "python-holidays, country BE (national public holidays)"


def holidays_from_library(years: range | list[int]) -> dict[str, str]:
    import holidays

    calendar = holidays.country_holidays("BE", years=list(years), language="en_US")
    return {day.isoformat(): name for day, name in sorted(calendar.items())}


@cache
def _stored() -> dict[str, str]:
    with HOLIDAYS_FILE.open(encoding="utf-8") as file:
        return json.load(file)["holidays"]


@cache
def holidays_in(year: int) -> frozenset[date]:
    days: Iterable[str]
    if year in GENERATED_YEARS:
        days = (d for d in _stored() if d.startswith(f"{year}-"))
    else:
        days = holidays_from_library([year])
    return frozenset(date.fromisoformat(d) for d in days)


def holiday_dates(name: str) -> list[date]:
    """Every stored date of the public holiday ``name`` (the library's English name, e.g.
    "Easter Monday"), in order."""
    return [date.fromisoformat(day) for day, named in _stored().items() if named == name]


MONDAY_TO_SATURDAY, MONDAY_TO_FRIDAY = 6, 5
"""Days of the week that count, in each reading."""
SAFE = MONDAY_TO_SATURDAY


def is_working_day(day: date, week: int = SAFE) -> bool:
    return day.weekday() < week and day not in holidays_in(day.year)


def add_working_days(start: date, count: int, week: int = SAFE) -> date:
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day, week):
            count -= 1
    return day


def write_holidays_file() -> None:
    import holidays

    content = {
        "source": HOLIDAYS_SOURCE,
        "library_version": holidays.__version__,
        "years": [GENERATED_YEARS.start, GENERATED_YEARS.stop - 1],
        "holidays": holidays_from_library(GENERATED_YEARS),
    }
    HOLIDAYS_FILE.write_text(
        json.dumps(content, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    write_holidays_file()
