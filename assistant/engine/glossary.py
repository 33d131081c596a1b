"""Terms explained on "help <term>": their ids (texts under ``help.term.<id>``) and the words
that name them in the four languages, folded."""

from __future__ import annotations

from .parsing.text import fold

TOPICS: dict[str, tuple[str, ...]] = {
    "annex_3": (
        "annex 3",
        "annexe 3",
        "bijlage 3",
        "anlage 3",
        "arrival declaration",
        "declaration d arrivee",
        "aankomstverklaring",
        "ankunftserklarung",
        "arrival document",
        "document d arrivee",
    ),
    "annex_6": (
        "annex 6",
        "annexe 6",
        "bijlage 6",
        "anlage 6",
        "seasonal worker permit",
        "permis de travailleur saisonnier",
        "verblijfskaart",
        "aufenthaltskarte",
        "permis pour travailleur saisonnier",
        "vergunning voor seizoenarbeider",
        "erlaubnis fur saisonarbeitnehmer",
        "certificat d inscription",
        "bewijs van inschrijving",
    ),
    "annex_49": ("annex 49", "annexe 49", "bijlage 49", "anlage 49"),
    "single_permit": (
        "single permit",
        "permis unique",
        "gecombineerde vergunning",
        "single procedure",
        "procedure unique",
        "enkele procedure",
        "kombinierte erlaubnis",
        "einheitliches verfahren",
    ),
    "work_permit": (
        "work permit",
        "work authorisation",
        "work authorization",
        "autorisation de travail",
        "permis de travail",
        "arbeidskaart",
        "arbeidsvergunning",
        "arbeitserlaubnis",
        "beschaftigungserlaubnis",
        "gewestelijke overheid",
        "autorite regionale",
        "regionale behorde",
    ),
    "short_stay": (
        "short stay",
        "court sejour",
        "kort verblijf",
        "kurzaufenthalt",
        "90 days",
        "90 jours",
        "90 dagen",
        "90 tage",
        "90 180",
        "schengen",
    ),
    "long_stay_visa": (
        "visa d",
        "visum d",
        "d visa",
        "long stay visa",
        "visa long sejour",
        "visum lang verblijf",
        "visum fur den langfristigen aufenthalt",
    ),
    "seasonal_cap": (
        "150 days",
        "150 jours",
        "150 dagen",
        "150 tage",
        "150 360",
        "cap",
        "plafond",
        "maximum",
        "hochstdauer",
    ),
    "commune": (
        "commune",
        "gemeente",
        "gemeinde",
        "town hall",
        "maison communale",
        "gemeentehuis",
        "rathaus",
    ),
    "regional_authority": (
        "regional authority",
        "region",
        "gewest",
        "regio",
        "autorite regionale",
        "regionale behorde",
        "forem",
        "vdab",
        "actiris",
        "adg",
    ),
    "immigration_office": (
        "immigration office",
        "office des etrangers",
        "dienst vreemdelingenzaken",
        "dvz",
        "ausländeramt",
        "auslanderamt",
        "ausländerbehörde",
        "oe",
    ),
    "fee": (
        "fee",
        "redevance",
        "retributie",
        "gebuhr",
        "gebuehr",
        "cost",
        "cout",
        "kosten",
        "prix",
        "prijs",
        "preis",
    ),
    "working_days": ("working days", "jours ouvrables", "werkdagen", "werktage"),
}
_INDEX = {fold(phrase): topic for topic, phrases in TOPICS.items() for phrase in phrases}


def find_topic(text: str) -> str | None:
    folded = fold(text)
    if folded in _INDEX:
        return _INDEX[folded]
    for phrase, topic in sorted(_INDEX.items(), key=lambda kv: -len(kv[0])):
        if f" {phrase} " in f" {folded} ":
            return topic
    return None
