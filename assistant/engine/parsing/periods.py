"""Periods ("from 1/4 to 15/6", "1.4.2026 - 15.6.2026", "du 1er avril au 15 juin", "June to
August 2025") and lists of them ("none", "geen", "1/6-31/7/2025 and 1/9-15/10/2025").

Both ends count as days of the period (``rules.models.Period``). The year of an end without one
follows its start (a period never ends before it starts: "1/11 - 15/1" crosses New Year).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from rules.models import Period

from .dates import (
    FUTURE_SLACK,
    DateError,
    DateMention,
    Direction,
    build,
    find_dates,
    month_words,
    on_its_weekday,
    resolve,
    within_range,
)
from .text import fold
from .yesno import is_none_answer

_MONTH_RANGE_SEP = r"\s*(?:-|–|to|till|until|au|a|jusqu au|tot en met|tot|t/m|bis|and|et|en|und)\s*"


@lru_cache(maxsize=1)
def _month_range() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(w) for w in month_words()), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<m1>{names})\b\.?(?:\s+(?P<y1>\d{{4}}))?{_MONTH_RANGE_SEP}"
        rf"\b(?P<m2>{names})\b\.?(?:\s+(?P<y2>\d{{4}}))?"
    )


ROLLED_OVER_AT_MOST = 180
"""An end without a year that falls before its start is taken in the next year ("1 November
to 31 January") only for a period shorter than this many days."""


def pair(first: DateMention, last: DateMention, today: date, direction: Direction) -> Period:
    """Resolve two mentions as the ends of one period, sharing month and year sensibly."""
    if first.month is None:
        first = replace(first, month=last.month, year=last.year)
    if first.year is not None and last.year is not None:
        start, end = resolve(first, today, direction), resolve(last, today, direction)
    elif last.year is not None:
        end = resolve(last, today, direction)
        start = build(first, end.year)
        if start > end:
            start = build(first, end.year - 1)
            if direction in ("future", "planned") and start < today - FUTURE_SLACK:
                raise DateError("end_before_start", f"{first.text} {last.text}")
            if (end - start).days >= ROLLED_OVER_AT_MOST:
                raise DateError("end_before_start", f"{first.text} {last.text}")
    elif first.year is not None or direction != "past":
        start = resolve(first, today, direction)
        end = build(last, start.year)
        if end < start:
            end = build(last, start.year + 1)
            under_way = direction == "current" and start <= today <= end
            if (end - start).days >= ROLLED_OVER_AT_MOST and not under_way:
                # "du 30 juin au 1 mai": more likely two ends swapped than ten months of work
                raise DateError("end_before_start", f"{first.text} {last.text}")
    else:
        end = resolve(last, today, direction)
        start = build(first, end.year)
        if start > end:
            start = build(first, end.year - 1)
    if end < start:
        raise DateError("end_before_start", f"{first.text} {last.text}")
    return Period(start=on_its_weekday(first, start), end=on_its_weekday(last, end))


_YEAR = re.compile(r"(?<![\d/.\-])((?:19|20)\d{2})(?![\d/.\-])")


def _month_periods(text: str, today: date, direction: Direction) -> list[Period]:
    """ "June to August 2025", "2024 von Mai bis August": whole months, first to last day."""
    periods = []
    folded = fold(text)
    years = set(_YEAR.findall(folded))
    for match in _month_range().finditer(folded):
        table = month_words()
        m1, m2 = table[match["m1"]], table[match["m2"]]
        y2 = int(match["y2"]) if match["y2"] else None
        y1 = int(match["y1"]) if match["y1"] else None
        if y1 is None:
            if y2 is not None:
                y1 = y2 if m1 <= m2 else y2 - 1
            elif len(years) == 1:
                y1 = int(next(iter(years)))
            else:
                y1 = resolve(DateMention(0, 0, 1, m1, None, ""), today, direction).year
        if y2 is None:
            y2 = y1 if m2 >= m1 else y1 + 1
        try:
            end = within_range(date(y2, m2, calendar.monthrange(y2, m2)[1]), match[0])
            start = within_range(date(y1, m1, 1), match[0])
        except ValueError:  # a year the calendar does not have
            raise DateError("impossible_date", match[0]) from None
        if end < start:
            raise DateError("end_before_start", match[0])
        periods.append(Period(start=start, end=end))
    return periods


_LAST_YEAR = re.compile(
    r"\b(?:last year|l annee derniere|l an dernier|l annee passee|vorig jaar|verleden jaar|"
    r"vorig seizoen|letztes jahr|vergangenes jahr|voriges jahr|im vorjahr|last season|"
    r"la saison derniere)\b"
)


def _in_last_year(text: str, mentions: list[DateMention], today: date) -> list[DateMention]:
    """ "Last year from 1 July to 31 August": dates without a year take last year's."""
    if not _LAST_YEAR.search(fold(text)):
        return mentions
    return [m if m.year else replace(m, year=today.year - 1) for m in mentions]


def parse_periods(text: str, today: date, direction: Direction = "past") -> list[Period]:
    """Every period an answer lists, in order; an empty list for "none". Raises
    :class:`DateError` when dates do not pair up into periods."""
    if is_none_answer(text):
        return []
    mentions = _in_last_year(text, find_dates(text, today), today)
    if not mentions:
        periods = _month_periods(text, today, direction)
        if periods:
            return periods
        raise DateError("no_period", text)
    if len(mentions) % 2:
        raise DateError("odd_dates", text)
    return [
        pair(mentions[i], mentions[i + 1], today, direction) for i in range(0, len(mentions), 2)
    ]


def parse_period(
    text: str, today: date, direction: Direction = "future", default_start: date | None = None
) -> Period:
    """The one period an answer gives. With ``default_start`` a single date is taken as the
    end ("until 30 June")."""
    mentions = find_dates(text, today)
    if len(mentions) == 1 and default_start is not None and mentions[0].month is not None:
        end = resolve(mentions[0], today, "future")
        if end < default_start:
            raise DateError("end_before_start", mentions[0].text)
        return Period(start=default_start, end=end)
    if len(mentions) == 2:
        return pair(mentions[0], mentions[1], today, direction)
    if not mentions:
        periods = _month_periods(text, today, direction)
        if len(periods) == 1:
            return periods[0]
        raise DateError("no_period", text)
    if len(mentions) == 1:
        raise DateError("one_date", mentions[0].text)
    raise DateError("too_many", text)
