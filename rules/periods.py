"""How days of stay are counted.

A period counts both its first and its last day. Periods are handled as pairs of day numbers
(``date.toordinal()``) so that overlapping stays — a seasonal stay listed both as a seasonal and
as a Schengen stay, a current stay that the requested one continues — count each day once.
"""

from __future__ import annotations

from collections.abc import Iterable

from .models import Period

Span = tuple[int, int]
"""First and last day number (``date.toordinal()``), both included."""


def spans(periods: Iterable[Period]) -> list[Span]:
    return [(p.start.toordinal(), p.end.toordinal()) for p in periods]


def merged(days: Iterable[Span]) -> list[Span]:
    """Overlapping or touching spans joined, in date order."""
    result: list[Span] = []
    for start, end in sorted(days):
        if result and start <= result[-1][1] + 1:
            if end > result[-1][1]:
                result[-1] = (result[-1][0], end)
        else:
            result.append((start, end))
    return result


def before(days: list[Span], first_excluded: int) -> list[Span]:
    """The part of merged spans that lies before a given day."""
    return [(s, min(e, first_excluded - 1)) for s, e in days if s < first_excluded]
