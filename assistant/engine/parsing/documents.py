"""The documents a person already has, in their words: "passport and contract", "paspoort,
arbeidskaart", "tout sauf le bail", "alles außer der Versicherung", "none yet".

Names are matched by the rules core (``rules.documents.match_documents``: the catalogue's
words in four languages, rapidfuzz); this module handles "everything", "nothing", "except" and
"but not", and keeps only the documents of the checklist at hand.
"""

from __future__ import annotations

import re

from .text import fold
from .yesno import is_none_answer

EVERYTHING = frozenset("everything all tout tous toutes alles allemaal alle".split()) | {
    "tout le reste",
    "all of them",
    "de hele lijst",
    "die ganze liste",
}
_EXCEPT = re.compile(
    r"\b(?:except|except for|apart from|but not|not the|without|besides|sauf|except[eé]|"
    r"[aà] part|hormis|mais pas|sans|pas le|pas la|pas de|pas d'|behalve|buiten|zonder|"
    r"maar niet|maar geen|niet de|niet het|geen|au(?:ß|ss)er|bis auf|ohne|aber nicht|"
    r"aber keine|nicht die|nicht den|nicht das|kein|keine|keinen|no)\b",
    re.IGNORECASE,
)
_NONE_WORDS = frozenset(
    "nothing none rien aucun aucune niets geen nichts keine keins kein no non nee nein".split()
)
_AROUND_NONE = frozenset(
    "yet encore nog noch still at all du tout helemaal gar niet i have ive j ai je n ik heb "
    "ich habe hab we have nous avons wij hebben wir haben for now pour l instant voorlopig "
    "vorerst enkel document documents documenten dokumente unterlagen papers papiers".split()
)


def _says_nothing(folded: str) -> bool:
    """ "none yet", "nog niets", "je n'ai rien encore", "noch keine Unterlagen"."""
    words = folded.split()
    return any(w in _NONE_WORDS for w in words) and all(
        w in _NONE_WORDS or w in _AROUND_NONE for w in words
    )


class NoDocumentNamed(ValueError):
    """The answer names no document we know (nor says "none" or "everything")."""


def _match(text: str, checklist: tuple[str, ...]) -> list[str]:
    from rules.documents import match_documents

    prefer = frozenset(checklist)
    return [m.document for m in match_documents(text, prefer) if m.document]


def read_held(
    text: str, checklist: tuple[str, ...], required: tuple[str, ...] | None = None
) -> list[str]:
    """The document ids the person has, in checklist order (documents outside the checklist
    are kept after them: the rules core still lists them). "Everything" means every
    ``required`` item (default: the whole checklist), not the documents asked only on request."""
    folded = fold(text).strip(" .!")
    if _says_nothing(folded) or (is_none_answer(text) and not _EXCEPT.search(text[4:])):
        return []
    cut = _EXCEPT.search(text)
    positive, negative = (text[: cut.start()], text[cut.end() :]) if cut else (text, "")
    says_all = any(f" {word} " in f" {fold(positive)} " for word in EVERYTHING)
    held = (
        list(checklist if required is None else required)
        if says_all
        else _match(positive, checklist)
        if positive.strip()
        else []
    )
    excluded = set(_match(negative, checklist)) if negative.strip() else set()
    if cut and negative.strip() and not excluded:
        raise NoDocumentNamed(text)
    if not says_all and not held:
        raise NoDocumentNamed(text)
    kept = [doc for doc in held if doc not in excluded]
    order = {doc: i for i, doc in enumerate(checklist)}
    return sorted(dict.fromkeys(kept), key=lambda doc: order.get(doc, len(order)))


def phrases_for(ids: list[str]) -> tuple[str, ...]:
    """Words the rules core matches back to exactly these document ids (``Situation.documents``
    holds the person's words; the engine hands over a name it knows for each id)."""
    return tuple(_phrase(doc) for doc in ids)


def _phrase(doc_id: str) -> str:
    from rules.tables import documents

    entry = documents().get(doc_id)
    if entry is None:
        return doc_id
    return entry.words["en"][0] if entry.words.get("en") else doc_id
