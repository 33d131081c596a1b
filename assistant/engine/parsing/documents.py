"""The documents a person already has, in their words: "passport and contract", "paspoort,
arbeidskaart", "tout sauf le bail", "l'assurance pas encore, le bail non plus", "insurance and
lease not yet, fee not paid either", "Zahlungsnachweis und Mietvertrag fehlen noch".

The answer is cut into sentences, and each sentence into pieces (at commas and contrast words:
"but", "mais", "maar", "aber", "sauf", ...). A negation, a "not yet" or an "I don't know"
belongs to its own piece and never reaches into the sentence before it; a piece that only
opens with such a cue ("not yet: insurance, lease") passes it on to the rest of its sentence.
Names are matched by the rules core (``rules.documents``: the catalogue's words in four
languages, rapidfuzz), after the look-alikes (``near_misses.toml``: a tourist Schengen visa, a
proof of address) are taken out: those are never ticked, and the answer says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..reading.lexicon import lexicon
from .text import fold_clauses


class NoDocumentNamed(ValueError):
    """The answer names no document we know (nor says "none" or "everything")."""


@dataclass
class Held:
    held: list[str] = field(default_factory=list)
    """Document ids the person has, in checklist order."""
    not_held: list[str] = field(default_factory=list)
    """Named as missing, not yet there, or not known."""
    near_misses: list = field(default_factory=list)
    """``rules.documents.NearMiss``: a look-alike named, the item stays unticked."""
    unknown: list[str] = field(default_factory=list)
    """Pieces of the answer that name nothing we know (said back)."""


_SENTENCES = re.compile(r"(?<!\d)[.;!?\n]+(?!\d)|\)|\(")
_PIECE_SEPARATOR = re.compile(r",")


def _match(text: str, checklist: tuple[str, ...]) -> list[str]:
    from rules.documents import match_documents

    return [m.document for m in match_documents(text, frozenset(checklist)) if m.document]


def _catalog_names() -> list[str]:
    from rules.documents import _names

    exact, _, _ = _names()
    return sorted(exact, key=len, reverse=True)


def _without_names(piece: str) -> str:
    """The piece without the catalogue's names (so that "certificate of no criminal record"
    holds no negation)."""
    from rules.documents import essential

    key = essential(piece)
    for name in _catalog_names():
        if len(name) > 3 and f" {name} " in f" {key} ":
            key = f" {key} ".replace(f" {name} ", " ").strip()
    return key


def _pieces(sentence: str) -> list[str]:
    contrast = lexicon().cues["contrast"]
    except_ = lexicon().cues["except"]
    cuts = sorted(
        {m.start() for m in contrast.find(sentence)} | {m.start() for m in except_.find(sentence)}
        | {m.end() for m in _PIECE_SEPARATOR.finditer(sentence)}
    )
    pieces, start = [], 0
    for cut in cuts:
        if cut > start:
            pieces.append(sentence[start:cut])
            start = cut
    pieces.append(sentence[start:])
    return [p.strip(" ,:") for p in pieces if p.strip(" ,:-")]


def _polarity(piece: str) -> str:
    """``held``, ``not_held`` (no, missing, not yet) or ``unknown`` for one piece."""
    cues = lexicon().cues
    plain = _without_names(piece)
    if cues["unknown"].search(plain):
        return "unknown"
    if cues["pending"].search(plain) or cues["negation"].search(plain):
        return "not_held"
    return "held"


def _opens_with_cue(piece: str, docs: list[str]) -> bool:
    return not docs and _polarity(piece) != "held"


def read_held(
    text: str, checklist: tuple[str, ...], required: tuple[str, ...] | None = None
) -> Held:
    """What the answer says of each document. "Everything" (or "the rest") means every
    ``required`` item (default: the whole checklist) not said to be missing."""
    from rules.documents import near_misses_in

    cues = lexicon().cues
    required = checklist if required is None else required
    folded = fold_clauses(text).strip(" .!")
    result = Held()
    if _says_nothing(folded):
        return result
    blanked = folded
    for start, end, near in near_misses_in(folded, folded=True):
        sentence = _sentence_around(folded, start, end)
        if near.id == "schengen_visa_without_mention" and re.search(
            r"\b(?:saison\w*|seizoen\w*|seasonal|mention|vermelding|vermerk)\b", sentence
        ):
            continue  # a Schengen visa said to bear the seasonal-worker mention: the real one
        if _polarity(sentence) == "held":
            result.near_misses.append(near)
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    says_all = False
    excluded: set[str] = set()
    only_missing = False
    for sentence in _SENTENCES.split(blanked):
        if not sentence.strip():
            continue
        inherited: str | None = None
        after_everything = False
        for piece in _pieces(sentence):
            docs = _match(piece, checklist)
            is_except = cues["except"].search(piece) is not None and cues["except"].search(piece).start() == 0
            everything = (
                cues["everything"].search(piece) is not None or cues["rest"].search(piece) is not None
            ) and cues["that_is_all"].search(piece) is None
            if everything and not docs:
                says_all = True
                after_everything = True
                continue
            starts_contrast = cues["contrast"].search(piece)
            if is_except or (after_everything and starts_contrast and starts_contrast.start() == 0):
                if not docs:
                    raise NoDocumentNamed(text)  # "everything except <something unknown>": ask
                excluded.update(docs)
                result.not_held.extend(docs)
                continue
            polarity = _polarity(piece)
            if _opens_with_cue(piece, docs):
                inherited = polarity
                continue
            if polarity == "held" and inherited is not None:
                polarity = inherited
            if not docs:
                words = [w for w in piece.split() if len(w) > 2]
                if words and polarity == "held" and not cues["that_is_all"].search(piece):
                    result.unknown.append(piece)
                continue
            if polarity == "held":
                result.held.extend(docs)
            else:
                if cues["only"].search(piece):
                    only_missing = True
                result.not_held.extend(docs)
    if only_missing and not result.held:
        says_all = True
    missing = set(result.not_held)
    if says_all:
        result.held.extend(doc for doc in required if doc not in missing and doc not in excluded)
    if not (result.held or result.not_held or result.near_misses or says_all):
        if cues["unknown"].search(folded):
            raise NoDocumentNamed(text)
        raise NoDocumentNamed(text)
    order = {doc: i for i, doc in enumerate(checklist)}
    held = [doc for doc in dict.fromkeys(result.held) if doc not in missing]
    result.held = sorted(held, key=lambda doc: order.get(doc, len(order)))
    result.not_held = list(dict.fromkeys(result.not_held))
    if result.held or says_all or result.not_held or result.near_misses:
        result.unknown = [u for u in result.unknown if len(u.split()) <= 6]
    return result


def _sentence_around(folded: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCES.finditer(folded[:start])), default=0)
    right = next((m.start() for m in _SENTENCES.finditer(folded, end)), len(folded))
    return folded[left:right]


_NONE_WORDS = frozenset(
    "nothing none rien aucun aucune niets niks geen nichts keine keins kein no non nee nein".split()
)
_AROUND_NONE = frozenset(
    "yet encore nog noch still at all du tout helemaal gar niet i have ive j ai je n ik heb "
    "ich habe hab we have nous avons wij hebben wir haben for now pour l instant voorlopig "
    "vorerst enkel document documents documenten dokumente unterlagen papers papiers "
    "he she has il elle a hij zij heeft er sie hat they ils ont".split()
)


def _says_nothing(folded: str) -> bool:
    """ "none yet", "nog niets", "je n'ai rien encore", "noch keine Unterlagen"."""
    words = folded.split()
    return bool(words) and any(w in _NONE_WORDS for w in words) and all(
        w in _NONE_WORDS or w in _AROUND_NONE for w in words
    )


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
