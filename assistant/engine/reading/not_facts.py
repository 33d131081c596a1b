"""Numbers that are never a fact of the case: amounts of money ("14,20 € brutto", "€ 11,50 per
uur"), times of day ("à 14h30", "om 8u", "um 6:45 Uhr", "6 am", "2026-06-15T07:00"), hours of
work ("38 Std./Woche", "40 heures"), measures of a farm ("12 ha", "500 kg") and the numbers of
files and letters ("facture n° 2026-118", "ref 2026/0412"). A person says them
to give context; read as they are, "14,20 €" would be an age of 14 and "om 8u" the 8th of a
month. They are blanked (the text keeps its length) before the answer is read.
"""

from __future__ import annotations

import re

_AMOUNT = re.compile(
    r"(?:€|\beur\b|\beuros?\b)\s?\d[\d.,]*(?:\s?-)?"
    r"|\b\d[\d.,]*\s?(?:€|eur\b|euros?\b|,-)",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?<=\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?"  # ISO 8601's time
    r"|\b(?:[01]?\d|2[0-3])[:hu][0-5]\d\b(?:\s?(?:uhr|u|h|am|pm))?"
    r"|\b(?:[01]?\d|2[0-3])\s?(?:uhr|u|h|a\.?m\.?|p\.?m\.?)(?![\w.]*\d)(?!\w)",
    re.IGNORECASE,
)
_MEASURE = re.compile(
    r"\b\d[\d.,]*\s?(?:std\.?|stunden|stunde|uur|heures|heure|hours|hour|hrs|"
    r"ha|hectares?|hektar|kg|kilos?|tonnes?|tonnen|ton|m2|m²|km)(?!\w)",
    re.IGNORECASE,
)

_REFERENCE = re.compile(
    r"(?<!\w)(?:n°|nº|nr\.?|num[ée]ro|ref\.?|réf\.?|referentie|reference|aktenzeichen|"
    r"dossier(?:nummer|nr\.?)?|oe|dvz|sendungsnummer|rechnungsnummer|factuurnummer)(?![^\W\d])"
    r"\s*:?\s*(?:(?-i:[A-Z]{1,3})\s?)?\d[\d./\-]*(?:\s\d{3}\b)*",
    re.IGNORECASE,
)
"""A reference before its number ("facture n° 2026-118", "ref 2026/0412", "OE 1234567",
"Sendungsnummer RR 123 456 789", "extrait n°3"): a file's number, never a date ("n°" is no "n'"
either)."""


def without_amounts_and_times(text: str) -> str:
    """The text with amounts, times of day, hours and measures blanked."""
    from .lexicon import LANGUAGE

    german = LANGUAGE.get() == "de"
    for pattern in (_AMOUNT, _TIME, _MEASURE, _REFERENCE):
        text = pattern.sub(
            # "Er kommt am 15 am Flughafen an": the German "am" is no a.m.
            lambda m: m[0] if german and m[0].rstrip().lower().endswith(" am") else " " * len(m[0]),
            text,
        )
    return text
