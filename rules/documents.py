"""Documents named in a person's own words, matched to the document catalogue.

The catalogue (``rules/data/documents.toml``) lists what people call each document in French,
Dutch, German and English. A phrase is folded (case, accents), stripped of filler words
("my", "j'ai", "copie de", ...) and compared with every name: an exact name first, then
rapidfuzz's token-set ratio, which forgives typos and extra words ("paspoort kopie",
"contrat de travial"). A phrase may name several documents ("passport, visa and lease").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .countries import fold
from .tables import documents

MATCH_THRESHOLD = 83
"""Lowest similarity (0–100) at which a phrase counts as naming a document."""

WHOLE_NAME_WINS_BELOW = 90
"""A typo match weaker than this gives way to a name written out whole among other words."""

FILLER_WORDS = frozenset(
    """
    an the my our his her their i im ive have has got had of for with and copy copies
    le la les l d j un une des du de mon ma mes son sa ses notre votre ai avons et copie pour
    copies photocopie
    de het een mijn zijn haar ons onze ik heb hebben van voor met en kopie kopij
    der die das den dem des ein eine einen einem mein meine meinen meinem ich habe haben hab
    von fur mit und kopie
    oui ok okay yes ja si check checked done fait fertig klaar da vorhanden present aanwezig ook
    aussi also auch too jai cest il elle on nous he she we they hij zij ze wij er sie wir
    is est ist sind zijn are a heeft hat has got hab heb have avons ont dossier
    """.split()
)
"""Words that never tell two documents apart, in the four languages (folded); "dossier" names
a file ("Dossier M. Houngbo"), the fee only with its "frais"."""

RENEWAL_WORDS = frozenset(
    "renouvellement prolongation renewal extension verlenging vernieuwing verlangerung "
    "erneuerung".split()
)
"""A paper's renewal ("l'attestation du renouvellement"): said of the paper named before."""

QUALIFIERS = (
    frozenset(
        """
    signed sign signe signee getekend ondertekend unterschrieben unterzeichnet original originaal
    valid valable geldig gultig new nouveau nouvelle nieuw nieuwe neu neue
    biometric biometrique biometrisch biometrische fixed term befristet befristeter
    yet still already deja encore toujours al nog steeds reeds noch schon bereits immer
    paper papers papier papiers papieren papiere document documents dokument dokumente
    """.split()
    )
    | RENEWAL_WORDS
)
"""Words that say something of a document but never name one alone: "pas encore signé" names no
document, though "contrat signé" is a name of the employment contract; "le papier" names none,
though "huis papier" is a name of the housing proof."""

PAPER_KINDS = frozenset(
    """
    attestation certificat declaration preuve verklaring bewijs getuigschrift bescheinigung
    erklarung nachweis bestatigung zertifikat certificate proof
    """.split()
)
"""A paper's kind, said without what it is of ("l'attestation": of housing, of insurance?)."""

NAMES_NONE_ALONE = (
    QUALIFIERS
    | PAPER_KINDS
    | frozenset("aus uit from vom zum zur am im auf bei bij op in at on au aux par door by".split())
)
"""Words that, without another, name no document: the qualifiers, a preposition ("läuft aus",
though "Auszug aus dem Strafregister" holds one) and a paper's kind ("l'attestation": of
housing, of insurance, of arrival?)."""

NOT_ELIDED_NE = r"(?!\s(?:a|ai|as|avons|avez|ont|est|sont|y|en)\b)"
"""After "n": not the elided "ne" of a French verb ("je n'ai pas encore")."""
DUTCH_EN = (
    r"en(?!\s(?:attente|cours|ordre|regle|route|preparation|traitement|retard|possession"
    r"|occuper|occupe|occupent|charge|charger|chargent)\b)"
)
"""The Dutch "en" (and), not the French "en" of "en attente", "en cours", "en ordre", "s'en
occuper"."""
_SEPARATORS = re.compile(
    rf"\s*(?:[,;+&/\n]|\s(?:and|et|{DUTCH_EN}|und|plus|n{NOT_ELIDED_NE}|y)\s)\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DocumentMatch:
    document: str
    text: str
    """The words of the phrase that named the document."""
    score: float


_BIS = re.compile(r"(\d)\s+(bis|ter)\b")


_SPELLINGS = ((re.compile(r"kontr?akt?|kontract|contrakt"), "contract"),)
"""Spellings of a whole family of words ("huurkontrakt", "Arbeitskontrakt") typed with a k."""


def essential(text: str) -> str:
    """A phrase folded and stripped of filler words: "Ma copie du Passeport" -> "passeport".
    Single letters stay: they tell "visa C" from "visa D"."""
    folded = fold(text)
    for pattern, spelling in _SPELLINGS:
        folded = pattern.sub(spelling, folded)
    words = _BIS.sub(r"\1\2", folded).split()
    return " ".join(word for word in words if word not in FILLER_WORDS)


@cache
def _names() -> tuple[dict[str, str], list[str], list[str]]:
    """Exact-name lookup, and the names with their document ids in matching order."""
    exact: dict[str, str] = {}
    names: list[str] = []
    ids: list[str] = []
    for doc_id, entry in documents().items():
        for words in entry.words.values():
            for word in words:
                key = essential(word)
                if key and key not in exact:
                    exact[key] = doc_id
                    names.append(key)
                    ids.append(doc_id)
    for doc_id in documents():
        exact.setdefault(doc_id, doc_id)  # the id itself, as tools and the interview may pass it
    return exact, names, ids


@dataclass(frozen=True, slots=True)
class NearMiss:
    id: str
    """The look-alike's id (``near_misses.toml``): "tourist_schengen_visa"."""
    document: str
    """The checklist item it is mistaken for."""
    text: str
    citation: str


@cache
def _near_miss_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    from .tables import near_misses

    phrases: dict[str, str] = {}
    for entry in near_misses().values():
        for words in entry.words.values():
            for word in words:
                phrases.setdefault(fold(word), entry.id)
    alternatives = "|".join(
        re.escape(p).replace(r"\ ", r"[\s\-]+") for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), phrases


def near_misses_in(text: str, folded: bool = False) -> list[tuple[int, int, NearMiss]]:
    """Look-alike documents named in ``text`` (folded offsets): a tourist Schengen visa is not
    the seasonal short-stay visa (RD 105/11 §1 2°), a proof of address not the housing proof of
    RD 105/42 §1, a single permit not the seasonal worker permit (RD 1 11°). Offsets are in
    the folded text (``folded=True``: ``text`` is folded already, its offsets are kept)."""
    from .tables import near_misses

    pattern, phrases = _near_miss_pattern()
    found = []
    for match in pattern.finditer(text if folded else fold(text)):
        entry = near_misses()[phrases[" ".join(match[0].replace("-", " ").split())]]
        found.append(
            (
                match.start(),
                match.end(),
                NearMiss(entry.id, entry.document, match[0], entry.citation),
            )
        )
    return found


def document_ids() -> tuple[str, ...]:
    return tuple(documents())


def names_exactly(text: str) -> bool:
    """Whether a phrase is a document's name as written in the table (a word saying it is
    done aside): "uittreksel strafregister", not "attestation faite" (of which paper?)."""
    key = " ".join(word for word in essential(text).split() if word not in _DONE_WORDS)
    return key in _names()[0]


def match_one(text: str, prefer: frozenset[str] = frozenset()) -> DocumentMatch | None:
    """The document one phrase names, if any. Among equally good names, a document in
    ``prefer`` (the checklist at hand) wins."""
    return _match_one(text, prefer)


@lru_cache(maxsize=4096)
def _match_one(text: str, prefer: frozenset[str]) -> DocumentMatch | None:
    return match_uncached(text, prefer)


def match_uncached(text: str, prefer: frozenset[str] = frozenset()) -> DocumentMatch | None:
    key = essential(text)
    if not key or len(key) > 120 or all(word in NAMES_NONE_ALONE for word in key.split()):
        return None
    if not re.search(r"[^\W\d_]", key):
        return None  # "6" (of a date "12/6") names no document: "annex 6" needs its word
    exact, names, ids = _names()
    if key in exact:
        return DocumentMatch(exact[key], text.strip(), 100.0)
    # "Personalzimmer-Bescheinigung", "verzekeringscertificaat van Allianz Care": a compound
    # word of a paper's kind names the paper its first part says
    compounds = {
        doc
        for doc in (_compound_of(key), *(_compound_of(w) for w in key.split() if w != key))
        if doc is not None
    }
    if len(compounds) == 1:
        return DocumentMatch(compounds.pop(), text.strip(), 100.0)
    if len(key.replace(" ", "")) <= 2:
        return None  # "he's" → "s", a letter left of a word, names nothing ("doctor's …")
    if _near_miss_pattern()[1].get(fold(text).strip()) is not None:
        return None  # a look-alike ("schengen visa", "proof of address") is no checklist item
    from rapidfuzz import fuzz

    # a misspelt name first ("pasport", "arbeitserlaubniss"): plain similarity is fast; then a
    # name among other words ("paspoort van mijn broer"): token-set similarity
    # a name among other words ("paspoort van mijn broer"): token-set similarity. A typo that
    # reads as a document outside the checklist at hand gives way to a checklist document named
    # among other words ("zijn vergunning" for a renewal is its permit, not a work permit)
    fallback = None
    # "attestation faite" is no typo of "attestation d'arrivée": a word saying a paper is done
    # is no part of its name
    typo_key = " ".join(word for word in key.split() if word not in _DONE_WORDS) or key
    if all(word in NAMES_NONE_ALONE for word in typo_key.split()):
        return None  # "attestation faite": a paper's kind, said done, names none
    for scorer in (fuzz.ratio, fuzz.token_set_ratio):
        found = _best(typo_key, names, ids, scorer, prefer)
        if scorer is fuzz.ratio and found is not None and found[1] < WHOLE_NAME_WINS_BELOW:
            whole = _best(typo_key, names, ids, fuzz.token_set_ratio, prefer)
            if whole is not None and whole[1] == 100:
                found = whole  # "het contract al" names "contract", not a typo of "huurcontract"
        if found is not None:
            document, score = found
            if document is None:
                return fallback  # two names as close: only a close typo said before counts
            if prefer and document not in prefer and fallback is None:
                fallback = DocumentMatch(document, text.strip(), score)
                continue
            return DocumentMatch(document, text.strip(), score)
    if fallback is None:
        return _as_it_sounds(key, text, prefer)  # "sertifika medikal", "kazie judisier"
    return fallback


COMPOUND_HEADS = (
    "bescheinigung", "erklarung", "bestatigung", "nachweis", "zertifikat", "attest", "papier",
    "attestation", "verklaring", "bewijs", "certificaat",
)  # fmt: skip
"""A paper's kind at the end of a German or Dutch compound: what comes before it says which
paper ("Krankenversicherungsbescheinigung", "Personalzimmer-Bescheinigung", "woonunitattest")."""


def _compound_of(key: str) -> str | None:
    """The document a compound word names by its first part and a paper's kind
    ("Krankenversicherungsbescheinigung" is the health insurance, "Zimmerbescheinigung" the
    housing): the first part, or its last word ("Personalzimmer"), is one of the document's
    names or compound subjects (``documents.toml``, ``subjects``)."""
    if key.count(" ") == 1 and key.split()[1] in COMPOUND_HEADS:
        key = key.replace(" ", "-")  # "Personalzimmer-Bescheinigung" (folded with a space)
    if " " in key or len(key) < 9:
        return None
    head = next((h for h in COMPOUND_HEADS if key.endswith(h) and len(key) > len(h) + 3), None)
    if head is None:
        return None
    first = key[: -len(head)].rstrip("-")
    subjects = _compound_subjects()
    for candidate in (first, first[:-1] if first.endswith("s") else None):
        if not candidate or len(candidate) < 4:
            continue
        for start in range(len(candidate) - 3):
            part = candidate[start:].lstrip("-")
            if start and len(part) < 5:
                break  # "ziekenhuisattest": a hospital's, not a house's ("huis" only whole)
            found = subjects.get(part)
            if found is not None:
                return found
    return None


@cache
def _compound_subjects() -> dict[str, str]:
    """The words that, first in a compound with a paper's kind, say which document it is: the
    one-word names of each document, and its ``subjects`` (``documents.toml``)."""
    exact, _, _ = _names()
    found = {name: doc for name, doc in exact.items() if " " not in name and len(name) >= 4}
    for doc_id, entry in documents().items():
        for words in entry.subjects.values():
            for word in words:
                found.setdefault(fold(word), doc_id)
    return found


_DONE_WORDS = frozenset(
    "faite faites faits recu recue recus recues ontvangen erhalten received gedaan erledigt "
    "gemacht".split()
)
"""Words saying a paper is done, beside its name ("attestation faite", "Attest erledigt",
"attestation reçue")."""

SOUNDS_ALIKE_FROM = 88
"""The similarity two names written as they sound need: higher than for a typo, as a name
heard is further from its spelling ("en place" must not sound like "pass")."""


def _as_it_sounds(key: str, text: str, prefer: frozenset[str]) -> DocumentMatch | None:
    heard = sounded(key)
    if len(heard) < 5 or re.search(r"\d", key):
        return None  # "annexe 46" is no "annexe 6" heard wrong
    from rapidfuzz import fuzz, process

    names, ids = _names_as_they_sound()
    best = process.extract(
        heard, names, scorer=fuzz.ratio, processor=None, limit=4, score_cutoff=SOUNDS_ALIKE_FROM
    )
    found = {ids[i] for name, _, i in best if name[0] == heard[0]}
    if len(found) != 1:
        return None  # nothing close, or two papers as close
    score = max(score for name, score, i in best if ids[i] in found)
    return DocumentMatch(found.pop(), text.strip(), score)


_SOUNDS = (
    (r"ph", "f"),
    (r"qu|ck|c(?=[aoukrl])|c$", "k"),
    (r"c(?=[eiy])|z|ss", "s"),
    (r"y", "i"),
    (r"ai", "e"),
    (r"x", "ks"),
    (r"an(?:ce|se|s)\b|en(?:ce|se|s)\b", "ans"),
    (r"(\w)\1", r"\1"),
    (r"(?<=\w{3})(?:e|t|s)\b", ""),
)
"""How a word is heard, for learners who write a paper's name as it sounds ("kontra",
"asurans", "sertifika medikal", "kazie judisier"): hard c is k, soft c and z are s, doubled
letters are one, a final silent e, t or s is dropped."""


def sounded(key: str) -> str:
    for pattern, heard in _SOUNDS:
        key = re.sub(pattern, heard, key)
    return key


@cache
def _names_as_they_sound() -> tuple[list[str], list[str]]:
    """The names of ``_names`` as they sound (of five letters at least: a short name heard is
    too close to any other word)."""
    _, names, ids = _names()
    heard = [(sounded(name), doc) for name, doc in zip(names, ids, strict=True) if len(name) >= 5]
    return [name for name, _ in heard], [doc for _, doc in heard]


def _best(
    key: str, names: list[str], ids: list[str], scorer, prefer: frozenset[str]
) -> tuple[str | None, float] | None:
    """The document whose name scores best, ``(None, score)`` when two documents score
    equally well and the checklist at hand prefers neither, ``None`` when nothing is close."""
    from rapidfuzz import fuzz, process

    candidates = process.extract(
        key, names, scorer=scorer, processor=None, limit=8, score_cutoff=MATCH_THRESHOLD
    )
    candidates = [c for c in candidates if _same_numbers(key, c[0])]
    if scorer is fuzz.token_set_ratio:
        # "I still have to write the declaration" shares only a paper's kind with "arrival
        # declaration": no name among other words ("the accomodation proof" shares a word)
        candidates = [c for c in candidates if _shares_a_name_word(key, c[0])]
    if not candidates:
        return None
    best_score = candidates[0][1]
    best = [ids[index] for _, score, index in candidates if score >= best_score - 0.5]
    chosen = next((doc for doc in best if doc in prefer), None)
    if chosen is None and len(set(best)) > 1:
        return None, best_score  # equally close to two documents: ask rather than guess
    return chosen or best[0], best_score


def _shares_a_name_word(key: str, name: str) -> bool:
    """Whether a phrase holds a word of the name other than a paper's kind or a qualifier,
    spelt alike ("accomodation" for "accommodation"), or shares no word at all (a typo)."""
    from rapidfuzz import fuzz

    words, named = set(key.split()), set(name.split())
    if not words & named:
        return True
    own = named - NAMES_NONE_ALONE
    return any(fuzz.ratio(word, other) >= 80 for word in words - NAMES_NONE_ALONE for other in own)


_NUMBER = re.compile(r"\d+")


def _same_numbers(typed: str, name: str) -> bool:
    """A number is never a typo: "annexe 46" (a decision) is not "annexe 6" (the permit)."""
    typed_numbers, name_numbers = _NUMBER.findall(typed), _NUMBER.findall(name)
    return not typed_numbers or not name_numbers or typed_numbers == name_numbers


def split_phrases(text: str) -> list[str]:
    """ "passport, visa and lease" -> ["passport", "visa", "lease"]."""
    return [part for part in _SEPARATORS.split(text) if part.strip()]


def match_documents(text: str, prefer: frozenset[str] = frozenset()) -> list[DocumentMatch]:
    return list(_match_documents(text, prefer))


@lru_cache(maxsize=4096)
def _match_documents(text: str, prefer: frozenset[str]) -> tuple[DocumentMatch, ...]:
    """Every document a phrase names: each part of a list ("passport, visa and lease"), or
    the whole phrase when its parts name nothing (a name may itself hold "and"/"et")."""
    parts = split_phrases(text)
    found: dict[str, DocumentMatch] = {}
    if len(parts) > 1:
        for part in parts:
            match = match_one(part, prefer)
            if match is not None and match.document not in found:
                found[match.document] = match
    if found:
        return tuple(found.values())
    whole = match_one(text, prefer)
    return (whole,) if whole is not None else ()
