"""The maximum durations as rolling windows (Law 61/29-2; RD 105/16, 105/18 §4 4° and 5°).

A cap allows at most ``cap.days`` days of stay in any ``cap.window`` consecutive days, the
first and the last day of every stay counting. ``earlier`` is what already counts against it:
the merged spans of earlier stays (and of the current stay that a request continues), all
before the requested start.

Why a day-by-day scan is not needed: for a stay starting on day S, let f(d) be the days
counted in the window ending on day d (S ≤ d). Moving d one day on adds day d + 1 and drops at
most one earlier day, so f never decreases: the last allowed day follows from where the
earlier days leave the window, and the earliest start for a stay of L days only depends on how
many earlier days remain in the window that ends with it. The tests check both against a naive
day-by-day count.
"""

from __future__ import annotations

from .periods import Span
from .tables import Cap


def last_allowed_day(cap: Cap, earlier: list[Span], start: int, end: int) -> int | None:
    """The last day, not after ``end``, that a stay starting on ``start`` may last until under
    the cap; ``None`` when the cap is already reached on the first day.

    On day n of the stay (n = 1 on ``start``), the window ending that day holds n new days and
    the earlier days still inside it. An earlier day x is inside until day n = x - start +
    window, then leaves. So while no earlier day leaves, each day of stay uses one day of room;
    on a day one earlier day leaves, the count stands still. The room is what the cap allows
    beyond the earlier days inside the first window.
    """
    first_window = start - cap.window + 1
    inside = [(max(s, first_window), e) for s, e in earlier if e >= first_window]
    room = cap.days - sum(e - s + 1 for s, e in inside)
    if room < 1:
        return None
    day_n, used = 1, 1  # day 1 of the stay uses one day of room
    for first, last in inside:
        leaves_from = first - start + cap.window + 1  # the day n on which `first` is out
        until = last - start + cap.window + 1  # ... and `last`
        if used + (leaves_from - 1 - day_n) > room:
            break
        used += leaves_from - 1 - day_n
        day_n = until  # from leaves_from to until, one earlier day leaves each day
    n = day_n + (room - used)
    return min(end, start + n - 1)


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
