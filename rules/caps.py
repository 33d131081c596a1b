"""The maximum durations as rolling windows (Law 61/29-2; RD 105/16, 105/18 §4 4° and 5°).

A cap allows at most ``cap.days`` days of stay in any ``cap.window`` consecutive days, the
first and the last day of every stay counting. ``earlier`` is what already counts against it:
the merged spans of earlier stays (and of the current stay that a request continues), all
before the requested start.

Why a scan is not needed: for a stay starting on day S, let f(d) be the days counted in the
window ending on day d (S ≤ d). Moving d one day on adds day d + 1 and drops at most one
earlier day, so f never decreases. The last allowed day is therefore found by bisection, and
the earliest start for a stay of L days only depends on how many earlier days remain in the
window that ends with it.
"""

from __future__ import annotations

from .periods import Span, days_between
from .tables import Cap


def days_counted(cap: Cap, earlier: list[Span], start: int, day: int) -> int:
    """Days of stay in the window ending on ``day`` if the stay runs from ``start`` to ``day``."""
    window_start = day - cap.window + 1
    return days_between(earlier, window_start, start - 1) + (day - max(start, window_start) + 1)


def last_allowed_day(cap: Cap, earlier: list[Span], start: int, end: int) -> int | None:
    """The last day, not after ``end``, that a stay starting on ``start`` may last until under
    the cap; ``None`` when the cap is already reached on the first day."""
    if days_counted(cap, earlier, start, start) > cap.days:
        return None
    lo, hi = start, min(end, start + cap.days - 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if days_counted(cap, earlier, start, mid) <= cap.days:
            lo = mid
        else:
            hi = mid - 1
    return lo


def first_start_for(cap: Cap, earlier: list[Span], start: int, length: int) -> int:
    """The first day, not before ``start``, from which a stay of ``length`` days (at most the
    cap's own length) fits entirely under the cap.

    The stay from s is allowed when the earlier days still inside the window that ends on its
    last day number at most ``cap.days - length``; that window begins on s + length - window.
    """
    room = cap.days - length
    seen = 0
    for first, last in reversed(earlier):
        span_days = last - first + 1
        if seen + span_days > room:
            # the (room + 1)-th latest earlier day must have left the window
            drop_day = last - (room - seen)
            return max(start, drop_day + 1 - length + cap.window)
        seen += span_days
    return start
