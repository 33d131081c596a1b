"""The stay a person can obtain: the work authorisation, cut by the maximum durations.

- RD 105/19 §1: a short stay (and its extension) lasts as long as the work authorisation, but
  never beyond the short-stay maximum (90 days in any 180).
- RD 105/23 §2, 105/28 §2, 105/33 §2: a long stay lasts as long as the work authorisation, but
  never beyond the seasonal maximum of Law 61/29-2 (150 days in any 360).
- RD 105/18 §4 4° and 5°: when a maximum is already reached, the request is refused.

What counts against each maximum:
- seasonal maximum: every earlier seasonal stay in Belgium, and the current stay that an
  extension or a renewal continues;
- short-stay maximum: every earlier short stay in the Schengen area, whatever its purpose, the
  earlier seasonal stays that were short stays (at most 90 days: a longer one was a long stay,
  whose days do not count, Reg. (EU) 610/2013), and the current short stay.

An extension or a renewal asks for the days after the current stay: when the requested work
began during it, the maximums are checked from the day after it, and a maximum used up by the
end of the current stay blocks the request (no further day), as it does when the requested
work starts after the current stay.

The authorised stay of an extension or a renewal is still the work authorisation, capped (RD
105/19 §1, 105/28 §2, 105/33 §2: « la durée de l'autorisation de séjour correspond à la durée de
l'autorisation de travail », limited to the maximum): when the work began during the current
stay, it starts with the work, and the permit, visa or annex 3 is « prolongé » to its end (RD
105/19 §2, 105/34 §2, 105/35 §2). What the request adds — the days after the current stay — is
``added``, shown next to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import caps as cap_rules
from .models import Situation
from .periods import Span, before, merged, spans
from .scope import current_stay_start
from .tables import Cap, caps

SHORT_PROCEDURES = frozenset({"short_stay", "short_stay_extension"})
CONTINUING_PROCEDURES = frozenset({"short_stay_extension", "extension_beyond_90_days", "renewal"})


@dataclass(slots=True)
class StayResult:
    authorised: dict | None = None
    """The fields of ``AuthorisedStay``."""
    blocking: list[str] = field(default_factory=list)
    next_possible_start: date | None = None
    seasonal_cap_end: date | None = None
    added: dict | None = None
    """The fields of ``AddedStay``: for an extension or a renewal, the days after the current
    stay that the authorised stay adds."""
    citations: list[str] = field(default_factory=list)


def counted_days(situation: Situation, procedure: str) -> dict[str, list[Span]]:
    """For each maximum that applies to the procedure, the days already counted against it."""
    seasonal = spans(situation.previous_seasonal_stays)
    current: list[Span] = []
    if procedure in CONTINUING_PROCEDURES:
        first_day = current_stay_start(situation)
        if situation.current_stay is not None:
            current = spans([situation.current_stay])
        elif first_day is not None and situation.work is not None:
            current = [(first_day.toordinal(), situation.work.start.toordinal() - 1)]
    counted = {"seasonal_max": merged(seasonal + current)}
    if procedure in SHORT_PROCEDURES:
        short_limit = caps()["short_stay_max"].days
        short_seasonal = [(s, e) for s, e in seasonal if e - s + 1 <= short_limit]
        schengen = spans(situation.previous_schengen_stays)
        counted = {"short_stay_max": merged(schengen + short_seasonal + current), **counted}
    return counted


def first_added_day(situation: Situation, procedure: str) -> int | None:
    """The first day a continuing request adds to the stay the person is on: the day after the
    current stay, when the requested work starts during it ("since 1 April, until the end of
    September") and ends after it. ``None`` when the request starts after the current stay (or
    the current stay is not known): it then adds every day from its own start."""
    work, current = situation.work, situation.current_stay
    if procedure not in CONTINUING_PROCEDURES or work is None or current is None:
        return None
    if work.start <= current.end < work.end:
        return current.end.toordinal() + 1
    return None


def authorised_stay(situation: Situation, procedure: str) -> StayResult:
    result = StayResult()
    work = situation.work
    if work is None:
        return result
    table = caps()
    start, end = work.start.toordinal(), work.end.toordinal()
    # The maximums are checked from the first day the request adds. When the requested work
    # started during the current stay, the days up to the end of that stay are already
    # authorised: they count as earlier days (the requested ones too, as the stay from `start`
    # would have counted them), and a request whose maximum is used up by the end of the
    # current stay gives no further day: it is refused (RD 105/18 §4 4° and 5°; 105/28 §2 and
    # 105/33 §2 with Law 61/29-2), never shown as a stay equal to the one already held.
    added = first_added_day(situation, procedure)
    counted_from = start if added is None else added
    already = [] if added is None else [(start, added - 1)]
    counted = {
        cap_id: before(merged(days + already), counted_from)
        for cap_id, days in counted_days(situation, procedure).items()
    }

    last_day = end
    capped_by = "work_authorisation"
    for cap_id, earlier in counted.items():
        cap = table[cap_id]
        result.citations.append(cap.citation)
        # the window count never decreases as the stay goes on (rules.caps), so the last day
        # the cap allows for any stay from `counted_from` is the same whatever the requested end
        allowed = cap_rules.last_allowed_day(
            cap, earlier, counted_from, counted_from + cap.days - 1
        )
        if cap_id == "seasonal_max" and allowed is not None:
            result.seasonal_cap_end = date.fromordinal(allowed)
        if allowed is None:
            result.blocking.append(f"{cap_id}_reached")
        elif allowed < last_day:
            last_day, capped_by = allowed, cap_id

    if result.blocking or capped_by != "work_authorisation":
        result.next_possible_start = _next_possible_start(
            table, counted, counted_from, end - counted_from + 1
        )
    if not result.blocking:
        result.authorised = {
            "start": work.start,
            "end": date.fromordinal(last_day),
            "days": last_day - start + 1,
            "capped_by": capped_by,
        }
        result.added = _added(situation, procedure, start, last_day)
    return result


def _added(situation: Situation, procedure: str, start: int, last_day: int) -> dict | None:
    """The days after the current stay that a continuing request obtains (``None`` for a new
    application, when the current stay is not known, or when nothing comes after it)."""
    current = situation.current_stay
    if procedure not in CONTINUING_PROCEDURES or current is None:
        return None
    first = max(start, current.end.toordinal() + 1)
    if first > last_day:
        return None
    return {
        "start": date.fromordinal(first),
        "end": date.fromordinal(last_day),
        "days": last_day - first + 1,
    }


def bridge_last_day(situation: Situation, procedure: str, wanted: date) -> date:
    """The last day an annex 3 prolonged while a continuing request is examined (RD 105/20,
    105/30) may cover: ``wanted``, but never past a maximum counted over the stays up to the end
    of the current one — the short-stay maximum for a short-stay extension (105/20 « sans
    pouvoir dépasser la durée maximale de court séjour »), and for both the seasonal maximum of
    Law 61/29-2, which no stay as a seasonal worker passes (Rapport au Roi: « ne pourra pas
    séjourner comme travailleur saisonnier plus de 150 jours [...] sur 360 jours [...], et ce
    même s'il remplit les autres conditions de séjour »). A maximum already used up by the end
    of the current stay leaves no day to bridge: its last day is the current stay's."""
    current = situation.current_stay
    if current is None or procedure not in CONTINUING_PROCEDURES:
        return wanted
    first = current.end.toordinal() + 1
    last = wanted.toordinal()
    table = caps()
    for cap_id, days in counted_days(situation, procedure).items():
        allowed = cap_rules.last_allowed_day(table[cap_id], before(days, first), first, last)
        last = first - 1 if allowed is None else min(last, allowed)
    return date.fromordinal(max(last, first - 1))


def _next_possible_start(
    table: dict[str, Cap], counted: dict[str, list[Span]], start: int, requested: int
) -> date:
    """The first day from which the whole requested stay fits under every maximum (or the
    longest stay a maximum allows, when more is requested)."""
    length = min(requested, *(table[cap_id].days for cap_id in counted))
    first = max(
        cap_rules.first_start_for(table[cap_id], earlier, start, length)
        for cap_id, earlier in counted.items()
    )
    return date.fromordinal(first)
