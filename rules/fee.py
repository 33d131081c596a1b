"""The administrative fee (Law 1/1 §2 12°; RD 1/1/1 §1 2° a); RD 1/2/1; RD 105/22 §2, 105/27 §2).

Due for the single procedure from abroad and for the extension beyond 90 days; not for a short
stay, its extension, or a renewal (RD 105/32 lists no fee). Applicants under 18 are exempt.
The amount is dated data: the one in force on the filing date (today when not yet filed).
"""

from __future__ import annotations

from datetime import date

from .models import Fee, Situation
from .tables import fee_table


def administrative_fee(
    procedure: str, situation: Situation, nationality: str, on: date
) -> Fee | None:
    table = fee_table()
    if procedure not in table.procedures:
        return None
    if situation.age is not None and situation.age < table.exempt_under_age:
        return None
    in_force = [row for row in table.amounts if row.valid_from <= on]
    notes = []
    if not in_force:
        return Fee(
            amount_eur=None,
            citation=table.citation,
            valid_from=None,
            to_confirm=True,
            notes=["before_known_amounts"],
        )
    row = in_force[-1]
    to_confirm = row.to_confirm
    if on > table.known_until:
        to_confirm = True
        notes.append("later_amount_unknown")
    if any(e.nationality == nationality for e in table.exemptions_to_confirm):
        to_confirm = True
        notes.append("exemption_to_confirm")
    return Fee(
        amount_eur=row.amount_eur,
        citation=table.citation,
        valid_from=row.valid_from,
        source=row.source,
        to_confirm=to_confirm,
        notes=notes,
    )
