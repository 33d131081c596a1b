"""An outcome's dated deadlines as a calendar (RFC 5545, written with ``icalendar``).

Each deadline with a date is an all-day event titled in the chosen language; its description
holds the note and the article. A deadline to act on (``kind = "action"``) carries a reminder
:data:`REMINDER_DAYS` days before, at 9:00; a limit (the last day under the seasonal maximum)
is a date to know, not a task, and has none.

Every event's UID is made of the case and the deadline (:func:`event_uid`): exporting the same
case again — with a date moved because a fact changed — gives the same UIDs, so a calendar
that imports the file again updates its events instead of adding copies.

A calendar for a whole batch is written event by event (:func:`calendar_head`,
:func:`event_lines`, :data:`CALENDAR_END`), so that its size in memory does not grow with the
number of workers. ``icalendar`` is imported only when a calendar is written.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from i18n import cited, translator

if TYPE_CHECKING:
    from .models import Deadline, Outcome

REMINDER_DAYS = 3
"""An action deadline's reminder comes this many days before it (at 9:00 that day), enough to
gather a document or book a visit to the commune."""
PRODID = "-//saison//Seasonal workers in Belgium//EN"
CALENDAR_END = b"END:VCALENDAR\r\n"


def event_uid(case: str, deadline_id: str) -> str:
    """The same case and deadline always give the same UID. ``case`` is whatever names the
    case for its user (a session id, a worker's reference); it is hashed, so that names with
    spaces or accents, or personal data, never appear in the UID itself."""
    digest = hashlib.sha256(" ".join(case.split()).casefold().encode("utf-8")).hexdigest()[:20]
    return f"{digest}-{deadline_id}@saison"


def dated_deadlines(outcome: Outcome) -> list[Deadline]:
    """The deadlines a calendar can hold: those with a date."""
    return [deadline for deadline in outcome.deadlines if deadline.date is not None]


def events(
    deadlines: list[Deadline],
    lang: str,
    case: str,
    reference: str | None = None,
    audience: str = "worker",
    stamp: datetime | None = None,
) -> list:
    """One ``icalendar.Event`` per dated deadline (of ``Outcome.deadlines``). ``reference`` (a
    worker's name or reference) heads each title, so that one calendar can hold a whole
    season's workers."""
    from icalendar import Alarm, Event
    from icalendar.enums import TRANSP

    core = translator(lang, "core", audience)
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    result = []
    for deadline in deadlines:
        if deadline.date is None:
            continue
        title = core(f"deadline.{deadline.id}.title")
        if reference:
            title = core("calendar.title.reference", reference=reference, title=title)
        description = "\n\n".join(
            part
            for part in (
                deadline.note,
                core("calendar.article", article=cited(deadline.citation, lang)),
            )
            if part
        )
        event = Event.new(
            uid=event_uid(case, deadline.id),
            stamp=stamp,
            start=deadline.date,
            end=deadline.date + timedelta(days=1),
            summary=title,
            description=description,
            categories=[core(f"calendar.kind.{deadline.kind}")],
            transparency=TRANSP.TRANSPARENT,
        )
        if deadline.kind == "action":
            alarm = Alarm.new(description=title)
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", -timedelta(days=REMINDER_DAYS) + timedelta(hours=9))
            event.add_component(alarm)
        result.append(event)
    return result


def calendar_head(lang: str) -> bytes:
    """The calendar's opening lines, up to its first event."""
    from icalendar import Calendar

    core = translator(lang, "core")
    calendar = Calendar.new(prodid=PRODID, name=core("calendar.name"), language=lang)
    calendar.pop("UID", None)  # a new random one each time: the events' UIDs are what count
    calendar.add("calscale", "GREGORIAN")
    text = calendar.to_ical()
    assert text.endswith(CALENDAR_END)
    return text[: -len(CALENDAR_END)]


def event_lines(event) -> bytes:
    return event.to_ical()


def calendar_text(
    outcome: Outcome,
    lang: str,
    case: str,
    reference: str | None = None,
    audience: str = "worker",
    stamp: datetime | None = None,
) -> str:
    """The whole calendar of one case, as text (CRLF line ends, as RFC 5545 writes them)."""
    parts = [calendar_head(lang)]
    found = events(outcome.deadlines, lang, case, reference, audience, stamp)
    parts += [event_lines(event) for event in found]
    parts.append(CALENDAR_END)
    return b"".join(parts).decode("utf-8")


def reminder_day(deadline_day: date) -> date:
    """The day the reminder of an action deadline rings."""
    return deadline_day - timedelta(days=REMINDER_DAYS)
