"""The ids a situation and an outcome use for places, statuses, procedures and caps.

Plain ``Literal`` types, without pydantic, so that ``saison decide --help`` can list them
without loading the models.
"""

from __future__ import annotations

from typing import Literal

Location = Literal["abroad", "belgium", "eu_resident"]
"""``eu_resident``: living in another member state of the European Union (outside the chapter,
RD 105/10)."""
Status = Literal["none", "seasonal_short_stay", "seasonal_long_stay", "other"]
Audience = Literal["worker", "employer"]
"""Whom the outcome's texts speak to: the worker ("you") or an employer ("the worker")."""
ProcedureId = Literal[
    "short_stay",
    "short_stay_extension",
    "extension_beyond_90_days",
    "single_permit",
    "renewal",
    "not_applicable",
]
CapId = Literal["work_authorisation", "short_stay_max", "seasonal_max"]
