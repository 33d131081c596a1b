"""Which procedure applies (RD 105/10 and the first article of each sub-section).

- RD 105/10: third-country nationals coming, or staying, as seasonal workers; everyone else is
  out of scope (``not_applicable`` with a reason). Coming means « se trouvant en dehors du
  territoire des Etats membres de l'Union européenne »: someone living in another EU member
  state is outside the chapter (``lives_in_eu_member_state``).
- From abroad: a stay of at most 90 days is a short stay (RD 105/11); longer, the single
  procedure for a long-stay visa and a seasonal worker permit (RD 105/21).
- In Belgium on a seasonal short stay: an extension that stays within the short-stay maximum,
  counted from the first day of the current stay to the requested end (RD 105/16); beyond it,
  the single procedure in Belgium (RD 105/26).
- In Belgium on a seasonal long stay: a renewal (RD 105/31).
- In Belgium under any other status, never admitted as a seasonal worker: apply from abroad.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import countries
from .models import Situation
from .tables import caps


@dataclass(frozen=True, slots=True)
class Scope:
    procedure: str | None
    """A procedure id, or ``None`` while a fact it depends on is missing."""
    reason: str | None = None
    missing: tuple[str, ...] = ()


def current_stay_start(situation: Situation) -> date | None:
    """The first day of the stay the person is on now."""
    if situation.current_stay is not None:
        return situation.current_stay.start
    return situation.entry_date


def choose_procedure(situation: Situation, nationality: str) -> Scope:
    if countries.is_belgian(nationality):
        return Scope("not_applicable", "belgian")
    if countries.has_free_movement(nationality):
        return Scope("not_applicable", "eu_citizen")
    if situation.location == "eu_resident":
        return Scope("not_applicable", "lives_in_eu_member_state")
    if situation.seasonal_work is False:
        return Scope("not_applicable", "not_seasonal_work")
    short_stay_days = caps()["short_stay_max"].days

    if situation.location == "abroad":
        if situation.work is None:
            return Scope(None, missing=("work",))
        if situation.work.days <= short_stay_days:
            return Scope("short_stay")
        return Scope("single_permit")

    match situation.status:
        case None:
            return Scope(None, missing=("status",))
        case "none" | "other":
            return Scope("not_applicable", "must_apply_from_abroad")
        case "seasonal_long_stay":
            return Scope("renewal")
    # a seasonal short stay: the 90 days run from its first day to the requested end
    first_day, work = current_stay_start(situation), situation.work
    if first_day is None or work is None:
        facts = (("current_stay", first_day), ("work", work))
        return Scope(None, missing=tuple(fact for fact, value in facts if value is None))
    requested_days = (work.end - first_day).days + 1
    if requested_days <= short_stay_days:
        return Scope("short_stay_extension")
    return Scope("extension_beyond_90_days")
