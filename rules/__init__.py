"""The rules core: pure functions over pydantic models, no user interface.

from rules import decide, Situation
outcome = decide(Situation(nationality="MA", location="abroad", ...), lang="fr")
"""

from .decide import UnknownNationality, decide
from .models import Outcome, Period, Situation

__all__ = ["decide", "Outcome", "Period", "Situation", "UnknownNationality"]
