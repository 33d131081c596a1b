"""Words that steer the interview instead of answering it, in the four languages:
go back, change a named fact, ask why, ask for help, switch language, "I don't know".

They are recognised only in short answers (a command is a few words), so that an answer which
happens to contain "terug" or "aide" is still read as an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .parsing.text import fold

CommandKind = Literal["back", "why", "help", "language", "change", "unknown"]


@dataclass(frozen=True, slots=True)
class Command:
    kind: CommandKind
    argument: str = ""
    """The language, the question id to change, or the help topic asked about."""
    rest: str = ""
    """For ``change``: what followed the fact's name ("change nationality: Tunisia")."""


BACK = frozenset(
    "back go back previous retour revenir precedent terug ga terug vorige zuruck zurueck "
    "zuruckgehen".split()
) | {"go back", "ga terug", "en arriere", "retour en arriere", "eine frage zuruck", "vorige vraag"}
WHY = frozenset("why pourquoi pq waarom warum wieso weshalb".split()) | {
    "why is that",
    "why do you ask",
    "pourquoi cette question",
    "waarom vraag je dat",
    "warum fragen sie das",
    "why that",
    "pour quoi",
}
HELP = frozenset("help aide hulp hilfe".split()) | {"?", "help me", "aidez moi", "help mij"}
UNKNOWN = (
    "don t know",
    "dont know",
    "not known",
    "not yet",
    "no idea",
    "unknown",
    "not sure",
    "not decided",
    "sais pas",
    "pas encore",
    "aucune idee",
    "inconnu",
    "pas de date",
    "weet niet",
    "weet het niet",
    "weet ik niet",
    "nog niet",
    "geen idee",
    "onbekend",
    "weiss nicht",
    "weiss es nicht",
    "weiss ich nicht",
    "noch nicht",
    "keine ahnung",
    "unbekannt",
)
"""Phrases saying "I don't know (yet)", looked for only where that answer is allowed."""
CHANGE_VERBS = frozenset(
    "change correct edit modify fix changer modifier corriger wijzig wijzigen verander "
    "veranderen aanpassen corrigeer andern aendern korrigieren".split()
)
LANGUAGE_NAMES: dict[str, str] = {
    "francais": "fr",
    "french": "fr",
    "frans": "fr",
    "franzosisch": "fr",
    "nederlands": "nl",
    "dutch": "nl",
    "neerlandais": "nl",
    "vlaams": "nl",
    "niederlandisch": "nl",
    "flamand": "nl",
    "deutsch": "de",
    "german": "de",
    "allemand": "de",
    "duits": "de",
    "english": "en",
    "anglais": "en",
    "engels": "en",
    "englisch": "en",
}
_LANGUAGE_PREFIX = re.compile(
    r"^(?:in|en|auf|op|switch to|passer en|liever in|lieber auf|please|svp|aub|bitte)\s+"
    r"(?:het\s+)?"
)
_FACT_PHRASES_BY_QUESTION: dict[str, tuple[str, ...]] = {
    "opening": ("opening", "description", "beschrijving", "beschreibung", "describe"),
    "role": ("role", "rol", "rolle"),
    "nationality": (
        "nationality",
        "nationalite",
        "nationaliteit",
        "staatsangehorigkeit",
        "nationalitat",
        "country",
        "pays",
        "land",
    ),
    "location": ("location", "situation", "lieu", "status", "statut", "statuut", "standort"),
    "current_stay": (
        "current stay",
        "stay",
        "sejour actuel",
        "sejour",
        "huidig verblijf",
        "verblijf",
        "aktueller aufenthalt",
        "aufenthalt",
        "annex 3",
        "annexe 3",
        "bijlage 3",
        "anlage 3",
    ),
    "work": (
        "work",
        "work dates",
        "dates",
        "period",
        "work permit",
        "travail",
        "dates de travail",
        "periode",
        "werk",
        "data",
        "werkperiode",
        "arbeid",
        "arbeit",
        "arbeitszeitraum",
        "daten",
        "zeitraum",
        "datum",
        "datums",
        "date",
    ),
    "previous_stays": (
        "previous stays",
        "earlier stays",
        "previous",
        "sejours precedents",
        "sejours",
        "vorige verblijven",
        "vroegere verblijven",
        "verblijven",
        "fruhere aufenthalte",
        "aufenthalte",
    ),
    "age": ("age", "leeftijd", "alter"),
    "entry_date": (
        "entry",
        "entry date",
        "arrival",
        "arrivee",
        "entree",
        "date d entree",
        "aankomst",
        "binnenkomst",
        "einreise",
        "ankunft",
    ),
    "filed_on": (
        "filing",
        "filing date",
        "depot",
        "introduction",
        "indiening",
        "aanvraag",
        "antrag",
        "antragstellung",
        "einreichung",
    ),
    "documents": (
        "documents",
        "document",
        "papiers",
        "documenten",
        "papieren",
        "dokumente",
        "unterlagen",
        "papers",
    ),
}
FACT_NAMES: dict[str, str] = {
    phrase: question
    for question, phrases in _FACT_PHRASES_BY_QUESTION.items()
    for phrase in phrases
}
"""Folded words naming each question, in the four languages ("change <words>")."""
CHANGE_COMMANDS: dict[str, str] = {
    question: f"change {phrases[0]}" for question, phrases in _FACT_PHRASES_BY_QUESTION.items()
}
"""The words that reopen each question ("change nationality"), as ``Interview.change`` types."""
LANGUAGE_COMMANDS: dict[str, str] = {
    "fr": "in french",
    "nl": "in dutch",
    "de": "in german",
    "en": "in english",
}
"""The words that switch language, as ``Interview.switch_language`` types them."""
_FACT_PHRASES = sorted(FACT_NAMES, key=len, reverse=True)
MAX_COMMAND_WORDS = 6


def _language(folded: str, allow_bare: bool) -> str | None:
    stripped = _LANGUAGE_PREFIX.sub("", folded)
    stripped = re.sub(r"\s+(please|svp|aub|bitte|graag|alstublieft|s il vous plait)$", "", stripped)
    if stripped in LANGUAGE_NAMES and (allow_bare or stripped != folded):
        return LANGUAGE_NAMES[stripped]
    return None


_ARTICLES = frozenset(
    "the my his her their le la les l des mes ma mon son sa ses de het die der den das dem "
    "mijn zijn haar meine meinen mein seine seinen sein".split()
)
"""Small words between a change verb and the fact's name ("modifier les documents")."""


def _change(folded: str) -> Command | None:
    tokens = folded.split()
    if len(tokens) > 1 and tokens[-1] in CHANGE_VERBS and tokens[0] not in CHANGE_VERBS:
        tokens = [tokens[-1], *tokens[:-1]]  # "Alter ändern", "nationaliteit wijzigen"
    if not tokens or tokens[0] not in CHANGE_VERBS:
        return None
    rest = " ".join(t for t in tokens[1:] if t not in _ARTICLES)
    for phrase in _FACT_PHRASES:
        if rest == phrase or rest.startswith(phrase + " "):
            return Command("change", FACT_NAMES[phrase], rest[len(phrase) :].strip(" :"))
    return Command("change", "", rest)


def read_command(
    text: str, question_id: str | None, unknown_allowed: bool = False
) -> Command | None:
    """The command an answer gives, or ``None`` when it is an answer. "I don't know" is a
    command only where the question allows it (elsewhere "pas encore en Belgique" is an
    answer)."""
    folded = fold(text).strip(" .!?")
    if text.strip() == "?":
        return Command("help")
    if not folded or len(folded.split()) > MAX_COMMAND_WORDS:
        return None
    if folded in BACK:
        return Command("back")
    if folded in WHY:
        return Command("why")
    if unknown_allowed and any(f" {p} " in f" {folded} " for p in UNKNOWN):
        return Command("unknown")
    first, _, topic = folded.partition(" ")
    if first in HELP or folded in HELP:
        return Command("help", topic if first in HELP else "")
    # a bare language name at the nationality question is a nationality ("Deutsch")
    lang = _language(folded, allow_bare=question_id != "nationality")
    if lang:
        return Command("language", lang)
    change = _change(folded)
    if change is not None:
        return change
    # a bare fact name reopens that fact, except where it answers the question: "Deutsch" is a
    # nationality, "annexe 3" says where the worker is
    if (
        folded in FACT_NAMES
        and FACT_NAMES[folded] != question_id
        and question_id not in ("nationality", "location")
    ):
        return Command("change", FACT_NAMES[folded])
    return None
