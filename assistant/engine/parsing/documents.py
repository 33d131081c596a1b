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

Lists typed on a phone or pasted from a note are read first: ticks and crosses beside the
papers ("passport ✅ visa ❌", "[x] Pass", ``vocabulary/marks.toml``), numbered items ("1.",
"2)"), a chat's question and its answer ("and the lease? — not yet").

A paper is ticked only when the answer says the worker has it. When two readings are possible
the answer is asked back (:class:`Unsure`), never guessed: a paper that "should be somewhere"
or that the person only believes is there, a relative's paper ("his brother has the lease"),
the papers of two workers, a paper from an earlier season, another country or another
employer, a paper left without its mark in a ticked list, a paper only asked about.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from rules.countries import fold
from rules.documents import DUTCH_EN, NOT_ELIDED_NE, essential, match_documents, names_exactly

from ..reading.lexicon import FOLDER, LANGUAGE, _lexicon, lexicon
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
    not_known: list[str] = field(default_factory=list)
    """Document ids the person says they do not know about ("huis papier weet niet"): not
    ticked, said back as not known."""


_SENTENCES = re.compile(r"[.;!?]+(?=\s|$)|[;!?]+")
_ASIDE_QUESTION = re.compile(r"\([^()]*\?\s*\)")
"""A question in brackets ("(ze heeft toch geen visum nodig?)"): an aside, no paper's state."""
_REGIONS_SEASONAL_PERMIT = re.compile(
    r"\bseasonal (?:worker )?permit\b(?=(?:\s+\w+){0,3}\s+(?:flemish|walloon|brussels|regional|"
    r"region|department|departement)\b)"
)
"""A "seasonal permit" a region's department gives ("the seasonal permit the Flemish department
approved"): the work authorisation, not the annex 6 the commune hands out."""
_PERMIT_FOR_SEASONAL_WORK = re.compile(r"\bvergunning voor seizoens?(?:arbeid|werk)\b")
"""A permit "for seasonal work" (the region's), not the annex 6 "for a seasonal worker"
("vergunning voor seizoenarbeider"), one letter apart."""
_VISA_FREE = re.compile(
    r"\b(?:visa[\s-]*(?:free|exempt(?:ed)?|waiver)|visumvrij|visumfrei|vrijgesteld van visum|"
    r"(?:exempte|dispense) de visa|(?<!venir )(?<!entrer )(?<!travailler )sans visa|"
    r"von der visumpflicht befreit)\b(?!\s+of\s+charge)"
)
"""Said of a worker who needs no visa ("Passport (biometric, visa free)"): no visa named."""
_NOTHING_ON_RECORD = re.compile(
    r"\(\s*(?:no|without|pas de|sans|geen|kein|keine)\s+(?:criminal\s+record|casier"
    r"(?:\s+judiciaire)?|strafblad|strafregister|vorstrafen?|eintrag)\s*\)"
)
"""A record said empty in brackets after its certificate ("Police certificate (no criminal
record)", "extrait (pas de casier)"): the certificate is there, its record clean."""
_ELLIPSIS_BEFORE_WORDS = re.compile(r"\.{2,}\s*(?=([^.,;!?]*))")
"""An ellipsis and the words after it, to the next mark: "and insurance... I don't think he has
any" goes on (no paper named after it); "la mutuelle... le bail …" ends there."""
_PIECE_SEPARATOR = re.compile(r",|\(|\)|\s/\s|\s\+\s")
"""What separates the items of a list: commas, brackets, and in notes " / " and " + "."""


class Unsure(ValueError):
    """The answer says "the rest, I think" or "and other things": which ones, exactly?"""


_EMOJI_MODIFIERS = re.compile("[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")
"""What a phone adds to a mark: the emoji form of "✔", a skin tone on "👍"."""
_BULLET = " \t-*•·>"


@cache
def _marks_table() -> dict:
    """``vocabulary/marks.toml``, read once."""
    with (FOLDER / "marks.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def _marks() -> tuple[re.Pattern[str], dict[str, str]]:
    """The marks of ``vocabulary/marks.toml`` and the words each is read as."""
    table = _marks_table()
    read_as = {
        mark: table["read_as"][kind] for kind, marks in table["marks"].items() for mark in marks
    }
    alternatives = "|".join(re.escape(mark) for mark in sorted(read_as, key=len, reverse=True))
    return re.compile(alternatives), read_as


def _unsure_read_as() -> str:
    """The words an unsure mark ("fee??", "visa ❓") is read as."""
    return str(_marks_table()["read_as"]["unsure"])


_NUMBERING = re.compile(r"(?m)(^[ \t\-*•]*|\s)(\d{1,2})(?:[.)]|\s-)[ \t]+(?=[^\W\d])")
"""The number of an item in a numbered list: "1. passport", "2) visa", "3 - insurance"."""


def _present_closes_a_part(folded: str) -> str:
    """ "paspoort en contract zijn er de verzekering en de huur nog niet": a comma after the
    words saying papers are there, when more follows (typed without punctuation)."""
    cues = lexicon().cues
    for match in reversed(cues["present"].find(folded)):
        rest = folded[match.end() :]
        said_of_it = " ".join(rest.split()[:2])  # "de rest heb ik nog niet": not there
        if (
            re.match(r"\s+[^\W\d_]", rest)
            and cues["negation"].search(said_of_it) is None
            and cues["pending"].search(said_of_it) is None
        ):
            folded = folded[: match.end()] + "," + rest
    return folded


def _without_numbering(text: str) -> str:
    """ "1. passport - ok\n2. visa - no" → "passport - ok\nvisa - no": an item's number is no
    annex ("annexe 3. passeport" keeps its 3)."""
    annex = lexicon().cues["annex"]

    def drop(match: re.Match[str]) -> str:
        before = text[: match.start(2)].split()[-1:]
        if before and annex.search(fold_clauses(f"{before[0]} {match[2]}")):
            return match[0]
        return match[1]

    return _NUMBERING.sub(drop, text)


def _with_their_answers(
    blanked: str, checklist: tuple[str, ...], text: str, asked_about: list[str]
) -> list[str]:
    """The sentences of an answer, a question about a paper joined to the answer after it
    (a chat pasted: "me: and the lease? him: not yet"). A question left without a plain
    answer asks back: the paper is only asked about. At the end of papers said plainly, it is
    a question of the person's own ("… die Gebühr, wer bezahlt das?"): that paper is not known
    (``asked_about``), the others are read."""
    parts = re.split(f"({_SENTENCES.pattern})", blanked)
    sentences = [
        (parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)
    ]
    found: list[str] = []
    index = 0
    while index < len(sentences):
        sentence, end = sentences[index]
        index += 1
        # "… casier judicaire non. redevance cest quoi": a last question, typed without its mark
        plain = sentence.strip(" .!;")
        questioned = "?" in end or (
            not any(later.strip() for later, _ in sentences[index:])
            # the question words begin or end it ("c'est quoi la redevance")
            and any(
                m.start() == 0 or m.end() == len(plain)
                for m in lexicon().cues["question"].find(plain)
            )
        )
        asked = _match(sentence, checklist) if questioned else []
        if not asked:
            found.append(sentence)
            continue
        while index < len(sentences) and not sentences[index][0].strip():
            index += 1
        answer = _match(sentences[index][0], checklist) if index < len(sentences) else None
        if answer is None and _held_but_asked_if_needed(sentence):
            found.append(sentence)  # "Einen Vertrag haben wir auch, aber den braucht's nicht?"
            continue
        if answer is None and any(_match(said, checklist) for said in found):
            asked_about.extend(d for d in asked if d not in asked_about)
            continue
        if (
            answer == []
            and "?" in sentences[index][1]
            and any(_match(said, checklist) for said in found)
        ):
            # "Gebühr? Er ist minderjährig – muss er zahlen?": a question, then another
            asked_about.extend(d for d in asked if d not in asked_about)
            index += 1
            continue
        if (
            answer
            and not set(asked) & set(answer)
            and any(_match(said, checklist) for said in found)
        ):
            # "Führungszeugnis braucht er nicht, oder? Gebühr haben wir noch nicht gezahlt":
            # the person's own question after papers said; the next sentence speaks of others
            asked_about.extend(d for d in asked if d not in asked_about)
            cues = lexicon().cues
            if any(cues[kind].search(sentences[index][0]) for kind in ("unknown", "not_known")):
                index += 1  # "assurance? le patron dit que c'est dans le contrat, je sais pas"
            continue
        if answer is None or (answer and not set(asked) <= set(answer)):
            raise Unsure(text)  # "passport, contract, the fee?": held or not?
        replied = sentences[index][0].strip(" .!;") if index < len(sentences) else ""
        if any(
            m.start() == 0
            for kind in ("question", "question_word")
            for m in lexicon().cues[kind].find(replied)
        ):
            # "fee? what fee": a question back, no answer
            asked_about.extend(d for d in asked if d not in asked_about)
            index += 1
            continue
        if not answer and any(
            lexicon().cues[kind].search(sentences[index][0]) for kind in ("only", "thought")
        ):
            # "Vertrag? Habe nur E-Mail.", "Insurance? I thought the contract covers it":
            # something else than the paper, or a belief: asked
            asked_about.extend(d for d in asked if d not in asked_about)
            index += 1
            continue
        if not answer:
            # "and the lease not yet"; "La redevance, il faut payer combien ? pas encore payé":
            # the answer speaks of the one paper asked about, past the question's comma (not
            # "He has his passport, the insurance? not yet": the passport is said before)
            asked_alone = (
                len(asked) == 1
                and sentence.split(",")[0].strip()
                and _match(sentence.split(",")[0], checklist) == asked
            )
            joined = sentence.replace(",", " ") if asked_alone else sentence
            found.append(f"{joined} {sentences[index][0]}")
            index += 1
        # else "does he have the passport? — yes, the passport ✅": the answer says it
    return found


def _held_but_asked_if_needed(sentence: str) -> bool:
    """ "Einen Vertrag haben wir auch, aber den braucht's ja nicht, oder?": said held, then
    asked whether it is needed (not "strafregister heeft hij toch niet nodig?")."""
    cues = lexicon().cues
    has = cues["has_it"].search(sentence)
    but = cues["contrast"].search(sentence)
    return (
        has is not None
        and but is not None
        and has.end() <= but.start()
        and cues["need_word"].search(sentence[but.end() :]) is not None
    )


def _marks_as_words(text: str) -> str:
    """ "passport ✅ visa ❌" → "passport yes ; visa no", "[ ] bail" → "bail no": each mark
    read as the words it stands for, beside the item it marks, each item its own clause (a
    negation never reaches the next one)."""
    pattern, _ = _marks()
    text = _EMOJI_MODIFIERS.sub("", text)
    if pattern.search(text) is None:
        return text
    # each sentence with a mark its own list ("werkvergunning boer vraag, nog niet. verzekering??
    # weet niet": the first sentence keeps its comma)
    return "\n".join(
        " ".join(
            " ; ".join(_marked_items(sentence)) if pattern.search(sentence) else sentence
            for sentence in re.split(r"(?<=[^\W\d]\.)\s+", line)
        )
        for line in text.split("\n")
    )


def _an_unmarked_paper(text: str, checklist: tuple[str, ...]) -> bool:
    """Whether a list with marks leaves a paper bare: "passport ✅ visa ❌ insurance", a line
    "lease" among lines with boxes. Held or not? (A note after the marks is no such paper:
    "Arbeitserlaubnis: nur die alte Arbeitskarte B", "the insurance he has".)"""
    from rules.documents import near_misses_in

    pattern, _ = _marks()
    text = _EMOJI_MODIFIERS.sub("", text)
    if pattern.search(text) is None:
        return False
    for line in text.split("\n"):
        found = list(pattern.finditer(line))
        if found and pattern.match(line.lstrip(_BULLET)):
            continue  # each mark before its item: nothing left bare
        bare = fold_clauses(line[found[-1].end() :] if found else line).strip(_BULLET + ",;:.")
        if (
            bare
            and len(bare.split()) <= 3
            and "?" not in bare
            and not near_misses_in(bare, folded=True)
            and not lexicon().cues["yes_item"].search(bare)
            and not lexicon().cues["also"].search(bare)  # "and the insurance too"
            and _polarity(bare) == "held"
            and _match(bare, checklist)
        ):
            return True
    return False


_LABEL = re.compile(r"^\W*([^\W\d][\w'\-]*(?: [^\W\d][\w'\-]*)?)\s*:")
"""A line or sentence opened by a name and a colon: "the first: passport", "lui : le pass"."""


def _papers_of_several_people(text: str, checklist: tuple[str, ...]) -> bool:
    """Whether the same paper is listed under two people's names ("first: passport, insurance.
    second: passport"): whose papers are they? (A label that names a paper, "Pass: ja", or a
    chat's speakers asking and answering, names no second worker's list.)"""
    people: dict[str, set[str]] = {}
    for line in re.split(r"\n|(?<=[.;!?])\s+", text):
        label = _LABEL.match(line)
        if label is None or "?" in line:
            continue  # "boss: the passport? him: yes, the passport": asked, then answered
        name = fold_clauses(label[1])
        if _match(name, checklist) or lexicon().cues["documents_word"].search(name):
            continue
        people.setdefault(name, set()).update(_match(fold_clauses(line[label.end() :]), checklist))
    named = [docs for docs in people.values() if docs]
    return len(named) >= 2 and any(a & b for i, a in enumerate(named) for b in named[i + 1 :])


def _marked_items(line: str) -> list[str]:
    """The items of one line with the words of their marks. A mark follows its item
    ("passport ✅"), unless the line opens with one: then each mark comes before its item
    ("[x] passport copy", "- 👍 contrat")."""
    pattern, read_as = _marks()
    found = list(pattern.finditer(line))
    if not found:
        return [line]
    if pattern.match(line.lstrip(_BULLET)):
        ends = [m.start() for m in found[1:]] + [len(line)]
        marked = [(line[m.end() : end], read_as[m[0]]) for m, end in zip(found, ends, strict=True)]
    else:
        starts = [0] + [m.end() for m in found[:-1]]
        marked = [
            (line[start : m.start()], read_as[m[0]]) for m, start in zip(found, starts, strict=True)
        ]
        marked.append((line[found[-1].end() :], ""))  # words after the last mark, unmarked
        # "passport, contract, fee??": a doubt speaks of the item just before it alone
        marked = [
            part
            for item, words in marked
            for part in (
                [(item.rpartition(",")[0], ""), (item.rpartition(",")[2], words)]
                if words == _unsure_read_as() and "," in item
                else [(item, words)]
            )
        ]
    items = [(item.strip(_BULLET + ",;:"), words) for item, words in marked]
    if pattern.match(line.lstrip(_BULLET)):
        # "❌ permis de travail, logement ok": the mark goes with the words up to the comma
        items = [(_before_a_comma(item, words), "") for item, words in items]
    return [f"{item} {words}".strip() for item, words in items if item]


def _before_a_comma(item: str, words: str) -> str:
    head, comma, rest = item.partition(",")
    return f"{head} {words}{comma}{rest}".strip() if words else item


def _matches(text: str, checklist: tuple[str, ...]) -> list:
    from rules.documents import DocumentMatch, essential, match_documents

    found: list[DocumentMatch] = []
    for match in match_documents(text, frozenset(checklist)):
        if not match.document:
            continue
        if essential(match.text) in lexicon().cues["not_a_paper_verb"].phrases:
            continue  # "(elle le passe la semaine prochaine)": she takes it, no German "Pass"
        # "passeport annexe 3 contrat", "paspoort bijlage drie en ...": a list without commas
        glued = _exact_names_in(match.text) if len(match.text.split()) >= 2 else []
        found.extend(glued if len(glued) >= 2 else [match])
    if len(found) <= 1 and len(text.split()) >= 2:
        glued = _exact_names_in(text)
        # "het visum C met 'travailleur saisonnier' erop": a name said whole among words that
        # no name matches as a whole
        if len(glued) >= 2 or (glued and not found):
            found = glued
    kinds, kinds_after = (
        lexicon().cues["kind_of_the_next"],
        lexicon().cues["kind_of_the_one_before"],
    )
    found = [  # "een attest ziektekostenverzekering", "insurance attest": one paper
        m
        for before, m, following in zip(
            [None, *found[:-1]], found, [*found[1:], None], strict=False
        )
        if (
            following is None
            or m.document == following.document
            or essential(m.text) not in kinds
            or following.document not in _CERTIFIED
        )
        and (
            before is None
            or m.document == before.document
            or essential(m.text) not in kinds_after  # "… mutualiteit card and the attest"
            or before.document not in _CERTIFIED
        )
    ]
    return [_visa_of_checklist(m, checklist) for m in found]


_CERTIFIED = frozenset(("health_insurance", "housing_proof", "fee_payment"))
"""The papers a certificate is of ("een attest ziektekostenverzekering"); not a passport, a
contract or a criminal record ("paspoort attest strafregister" is a list of three)."""


def _exact_names_in(text: str) -> list:
    """The catalogue names found one after the other in a phrase typed without separators,
    a compound name dictated in parts too ("Reisepass die Arbeits Erlaubnis")."""
    from rules.documents import DocumentMatch, _compound_of, _names, essential

    exact, _, _ = _names()
    words = essential(text).split()
    found, index = [], 0
    while index < len(words):
        for size in range(min(6, len(words) - index), 0, -1):
            phrase = " ".join(words[index : index + size])
            glued = "".join(words[index : index + size])
            # "Arbeits Erlaubnis" (not "de reis pas in juni": "pas" is "only" there)
            dictated = 1 < size < 4 and len(glued) >= 10 and words[index] not in exact
            name = phrase if phrase in exact else glued if dictated else ""
            # "Zimmer Bescheinigung": a compound of a subject and a paper's kind, in two words
            document = exact.get(name) or (_compound_of(glued) if dictated else None)
            if document is not None:
                found.append(DocumentMatch(document, phrase, 100.0))
                index += size
                break
        else:
            index += 1
    return found


_VISA_QUALIFIED = re.compile(
    r"\b(?:c|d|court|long|kort|lang|kurz\w*|lang\w*|short|type|typ|90|schengen)\b"
)
_VISAS = ("short_stay_visa", "long_stay_visa", "seasonal_permit_or_visa")
_PERMITS = frozenset({"work_permit", "seasonal_permit_or_visa", "long_stay_visa"})
_BARE_PERMIT = frozenset(
    "vergunning permit permis genehmigung erlaubnis bewilligung autorisation toelating".split()
)
"""A permit named by its kind alone ("de vergunning", "the permit"): which one, brackets may say."""


def _visa_of_checklist(match, checklist: tuple[str, ...]):
    """ "le visa", "het visum", "Kopie vom Visum": the visa of the checklist at hand (the C visa
    for a short stay, the D visa for a renewal), unless the person said which."""
    from rules.documents import DocumentMatch

    if match.document not in _VISAS[:2] or match.document in checklist:
        return match
    if _VISA_QUALIFIED.search(fold_clauses(match.text)):
        return match
    wanted = next((doc for doc in _VISAS if doc in checklist), None)
    return DocumentMatch(wanted, match.text, match.score) if wanted else match


def _match(text: str, checklist: tuple[str, ...]) -> list[str]:
    return [m.document for m in _matches(_for_matching(text), checklist)]


def names_in(text: str) -> list[str]:
    """The papers a piece of text names, as the documents answer reads them (any checklist)."""
    return _match(text, ())


def _catalog_names() -> list[str]:
    from rules.documents import _names

    exact, _, _ = _names()
    return sorted(exact, key=len, reverse=True)


@cache
def _names_with_cues() -> tuple[str, ...]:
    """Catalogue names that hold a cue word ("certificate of no criminal record",
    "certificat de non-condamnation"): inside them the word is no negation."""
    from rules.tables import documents

    from ..reading.lexicon import _lexicon

    cues = _lexicon(None).cues
    names = {
        fold_clauses(word)
        for entry in documents().values()
        for words in entry.words.values()
        for word in words
    }
    return tuple(
        sorted(
            (
                n
                for n in names
                if any(cues[k].search(n) for k in ("negation", "pending", "unknown"))
            ),
            key=len,
            reverse=True,
        )
    )


def _without_names(piece: str) -> str:
    """The piece without the catalogue's names that hold a cue word."""
    for name in _names_with_cues():
        piece = piece.replace(name, " ")
    return piece


def _for_matching(piece: str) -> str:
    """The piece without its cue words ("pas encore l'assurance" → "l'assurance"), so that
    the names are matched on their own."""
    cues = lexicon().cues
    plain = _without_names(piece) if any(n in piece for n in _names_with_cues()) else piece
    if plain != piece:
        return piece
    found = sorted(
        (
            match.span()
            for kind in (
                "negation",
                "pending",
                "lost_paper",
                "unknown",
                "except",
                "contrast",
                "only",
            )
            for match in cues[kind].find(plain)
        ),
        key=lambda span: span[0] - span[1],
    )
    taken: list[tuple[int, int]] = []
    for start, end in found:  # the longest cue first: "pas encore reçu" is one cue, no receipt
        if all(end <= other_start or start >= other_end for other_start, other_end in taken):
            taken.append((start, end))
    for start, end in sorted(taken, reverse=True):
        plain = plain[:start] + " " + plain[end:]
    return " ".join(plain.split())


_GERMAN_NOTS = (
    ["nicht"],
    ["ned"],
    ["nit"],
    ["net"],
    ["nich"],
    ["kein"],
    ["keins"],
    ["keine"],
    ["keinen"],
)
"""The German "not" after a "ja" that is a particle ("braucht er ja nicht"), no "yes"."""


def _pieces(sentence: str) -> list[tuple[str, bool]]:
    """The pieces of a sentence, each with whether it was written in parentheses."""
    cues = lexicon().cues
    separators = [m.end() for m in _PIECE_SEPARATOR.finditer(sentence)]
    cuts = sorted(
        {
            m.start()
            for m in cues["contrast"].find(sentence)
            # not "es fehlt nur noch X", "il manque seulement X": the cue goes on past "only"
            if not _a_bare_cue(
                sentence[max((e for e in separators if e <= m.start()), default=0) : m.start()]
            )
        }
        | {m.start() for m in cues["except"].find(sentence)}
        # "il a le passeport n'a pas encore le visa": a French negation opens its own piece
        | {
            m.start()
            for m in cues["negated_verb"].find(sentence)
            # it names its own paper, or the words before said theirs held (not "la redevance
            # n'est pas encore payée": the redevance's own negation)
            if m.start() > 0
            and (
                # (up to the next comma or "and": not "n'est pas encore signé et pour le
                # logement …", where the logement is another paper's clause)
                _match(_CONJUNCTION.split(f" {sentence[m.end() :].split(',')[0]} ")[0], ())
                or _says_held(sentence[: m.start()].split(",")[-1])
            )
        }
        | {m.start() for m in _PIECE_SEPARATOR.finditer(sentence)}
        # "paspoort en ziekteverzekering de rest heb ik nog niet": the rest is its own piece
        # (not "I will ask about the rest": the words before it are said of the rest)
        | {
            m.start()
            for m in cues["rest"].find(sentence)
            if m.start() > 0
            and _match(
                sentence[max((e for e in separators if e <= m.start()), default=0) : m.start()],
                (),
            )
        }
        # dictated, without commas: "passport copy the annex three insurance yes housing no"
        | {
            m.end()
            for m in cues["yes_item"].find(sentence)
            if m.start() > 0
            and m.end() < len(sentence)
            # not "a Visum braucht er ja ned": the "ja" of a German negation
            and not (
                m[0] == "ja"
                and sentence[: m.start()].split()[-1:] in (["er"], ["sie"], ["es"], ["ich"])
                and [w.strip(").,;") for w in sentence[m.end() :].split()[:1]] in _GERMAN_NOTS
            )
        }
        | _no_item_ends(sentence)
    )
    pieces, start = [], 0
    for cut in [*cuts, len(sentence)]:
        if cut > start:
            pieces.append((start, sentence[start:cut]))
            start = cut
    found: list[tuple[str, bool]] = []
    for _, piece in pieces:
        inside = piece.startswith("(")
        goes_on = re.match(r"\)\s*[^\W\d]", piece) is not None  # no comma after the bracket
        piece = piece.strip(" ,:()-")
        if not piece:
            continue
        if (
            goes_on
            and len(found) >= 2
            and found[-1][1]
            and not found[-2][1]
            and not _match(piece, ())
        ):
            # "le logement (container sur la ferme) n'est pas encore en ordre": the words
            # after the brackets end the clause they cut
            if (
                _match(found[-1][0], ())
                and _only_names(found[-1][0], ())
                # "SKCK (police record) i apply": the words before name no paper of the list;
                # "Antecedentes penales (Strafregister) hat er nicht": the same paper's name
                and (
                    _ends_in_unknown_words(found[-2][0], ())
                    or not _match(found[-2][0], ())
                    or (
                        _match(found[-1][0], ()) == _match(found[-2][0], ())
                        and _polarity(piece) != "held"
                    )
                )
            ):
                # "the adli sicil kaydı (criminal record) he gets next week": the brackets
                # name the paper before them, in the same clause
                found[-2:] = [(f"{found[-2][0]} {found[-1][0]} {piece}", False)]
            else:
                found[-2] = (f"{found[-2][0]} {piece}", False)
            continue
        if (
            inside
            and found
            and not found[-1][1]
            and len(found[-1][0].split()) == 1
            and len(found[-1][0]) >= 4
            and not _match(found[-1][0], ())
            and not any(  # "TBD (insurance)", "open (verzekering)": a cue, not a name
                cues[kind].search(found[-1][0])
                for kind in ("pending", "negation", "unknown", "opens_missing", "later", "planned")
            )
            and _match(piece, ())
            and _only_names(piece, ())
        ):
            # "visa, sigorta (insurance), house paper not yet": the brackets name the word
            found[-1] = (f"{found[-1][0]} {piece}", False)
            continue
        if (
            found
            and not inside
            and not found[-1][1]
            and any(m.start() == 0 for m in cues["takes_up_the_paper"].find(piece))
            and not _match(piece, ())
            and _only_names(found[-1][0], ())
        ):
            # "Le contrat, on le signe quand il arrive": the pronoun takes the paper up again
            found[-1] = (f"{found[-1][0]} {piece}", False)
            continue
        if found and found[-1][0].endswith(_WHO_SAID) and not inside and not _match(piece, ()):
            # "Wohnung – der Farmer sagt, er schreibt das Papier später": what follows is said
            # of the paper before
            found[-1] = (f"{found[-1][0].removesuffix(_WHO_SAID)} {piece}".strip(), False)
            continue
        found.append((_without_who_said(piece) if not inside else piece, inside))
    return [(piece.removesuffix(_WHO_SAID), inside) for piece, inside in found]


_WHO_SAID = " <said>"


def _without_who_said(piece: str) -> str:
    """A piece whose last words only say who said what follows ("wohnung - der farmer sagt",
    "the boss says"), those words marked: the next piece is said of its paper."""
    cues = lexicon().cues
    words = piece.split()
    if (
        not words
        or words[-1] not in cues["said"]
        # not "everything the list says"
        or any(cues[kind].search(piece) for kind in ("everything", "nothing", "rest"))
    ):
        return piece
    head, dash, who = piece.rpartition(" - ")
    if dash and 2 <= len(who.split()) <= 4 and not _match(who, ()):
        return f"{head} -{_WHO_SAID}"  # "wohnung - der farmer sagt"
    if 2 <= len(words) <= 4 and not _match(piece, ()):
        return _WHO_SAID  # "the boss says"
    return piece


def _no_item_ends(sentence: str) -> set[int]:
    """Where a "no" closes an item dictated without commas ("visa non assurance oui"): a paper
    named before it and another after it, and the "no" not the start of a longer cue ("no
    idea", "niet bij mij", "non plus")."""
    cues = lexicon().cues
    longer = [
        m.span()
        for kind in ("negation", "pending", "unknown", "held_elsewhere")
        for m in cues[kind].find(sentence)
    ]
    bounds = sorted(
        {0, len(sentence)}
        | {m.end() for m in _PIECE_SEPARATOR.finditer(sentence)}
        | {m.end() for m in cues["yes_item"].find(sentence)}
    )
    ends = set()
    inside_names = [
        (found.start(), found.end())
        for name in _names_with_cues()
        if name in sentence
        for found in re.finditer(re.escape(name), sentence)
    ]  # "carta de no antecedentes penales": a name's own "no"
    for m in cues["no_item"].find(sentence):
        if any(start <= m.start() and m.end() < end for start, end in longer + inside_names):
            continue
        before = max(b for b in bounds if b <= m.start())
        after = min(b for b in bounds if b > m.end()) if m.end() < len(sentence) else m.end()
        if _CONJUNCTION.search(f"{sentence[max(0, m.start() - 5) : m.start()]}"):
            continue  # "…and no medical certificate yet": the "no" of the paper after it
        if cues["there_is"].pattern.search(" ".join(sentence[: m.start()].split()[-3:]) + "$"):
            continue  # "there's no housing document yet": the "no" of the paper after it
        opening = cues["no_item"].pattern.match(sentence[before:].lstrip())
        if (
            opening is not None
            and before + opening.end() <= m.start()
            and not cues["yes_item"].search(sentence)  # not "no lease medical no passport yes"
        ):
            continue  # "No medical no criminal record": each "no" before its own paper
        if _match(sentence[before : m.start()], ()) and _match(sentence[m.end() : after], ()):
            ends.add(m.end())
    return ends


def _etc_of_missing_papers(piece: str, sentence: str) -> bool:
    """Whether the only doubt of a piece is an "and so on" in a sentence that says the papers
    are still missing ("der Rest (Gebühr, Attest, Versicherung usw.) kommt noch")."""
    cues = lexicon().cues
    if not cues["etc"].search(piece) or cues["unknown"].search(cues["etc"].pattern.sub(" ", piece)):
        return False
    if not cues["rest"].search(sentence):
        return False  # "il manque l'assurance, le visa, etc.": which others? asked
    return _polarity(cues["etc"].pattern.sub(" ", sentence)) == "not_held"


def _hedge_after_its_paper(piece: str, checklist: tuple[str, ...]) -> bool:
    """Whether a hedge follows the paper it is about ("insurance probably", "huisvesting papier
    heeft de baas denk ik"), not opens a list ("I think he has passport, contract …")."""
    cues = lexicon().cues
    hedges = [m.start() for kind in ("unknown", "hedged") for m in cues[kind].find(piece)]
    return bool(hedges) and bool(_match(piece[: min(hedges)], checklist))


_THEN_DONE = re.compile(
    r"\b(?:and (?:it|then|now|was|is|got)|et (?:il|elle|c|a ete|est)|en (?:is|het|die|nu|werd)|"
    r"und (?:ist|wurde|sie|es|jetzt))\b"
)
"""The words joining a request to what became of it since ("applied for … and it was
approved", "demandé et il est arrivé", "aangevraagd en is goedgekeurd", "beantragt und ist
genehmigt")."""
_SINCE_AUXILIARIES = frozenset(
    "it was is has been got now then already ist wurde sie es jetzt schon bereits "
    "is het werd al inmiddels nu il elle c a ete est deja".split()
)
"""The only words that may stand between the joining words and the done word: not "and now it
must be approved", "und sie wird in zwei Wochen genehmigt", "en is bijna goedgekeurd"."""


_PAST_AUXILIARY = frozenset(
    "avait avais hatte hatten had moest moesten musste mussten devait".split()
)
"""A verb of the past before "à signer", "zu unterschreiben", "te tekenen": a duty that was."""


def _polarity(piece: str) -> str:
    """``held``, ``not_held`` (no, missing, not yet, promised for a day to come) or
    ``unknown`` for one piece. A paper kept by someone else ("not with me, the boss has it")
    is held."""
    cues = lexicon().cues
    plain = cues["held_elsewhere"].pattern.sub(" ", _without_names(piece))
    plain = cues["clean_record"].pattern.sub(" ", plain)  # "(sans condamnation)": it is there
    done = [
        m.span()
        for m in cues["done"].find(plain)
        # "on le signe quand il arrive", "patron dit il fait": a present with its pronouns,
        # not "signé", "fait"
        if not any(
            t.end() == m.start() - 1
            for kind in ("takes_up_the_paper", "subject_of_a_present")
            for t in cues[kind].find(plain)
        )
    ]
    pending = [
        m  # "le permis est arrivé": the "arrive" of a done phrase is no paper to come
        for m in cues["pending"].find(plain)
        if not any(start <= m.start() and m.end() <= end for start, end in done)
    ]
    joined = _THEN_DONE.search(plain, pending[-1].end()) if pending and done else None
    if (
        joined is not None
        and done[-1][0] >= joined.end()
        and set(plain[joined.end() : done[-1][0]].split()) <= _SINCE_AUXILIARIES
    ):
        pending = []  # "the farmer applied for the work permit and it was approved": done since
    missing = bool(pending) or any(cues[kind].search(plain) for kind in ("negation", "lost_paper"))
    # "insurance we sign this week", "il en fait un nouveau" (not "signed this week", "il a un
    # nouveau passeport")
    missing = (
        missing
        or bool(
            any(  # not "een nieuwe arbeidsovereenkomst t/m 11/9": a new paper named, held
                not names_in(" ".join(piece[m.end() :].split()[:3]))
                # not "le contrat qu'il avait à signer", "hatte er zu unterschreiben": a duty past
                and not _PAST_AUXILIARY & set(piece[: m.start()].split()[-2:])
                for m in cues["pending_unless_done"].find(piece)
            )
            # not "signed this week" (but "will be signed this week": to come)
            and (not done or cues["future_tense"].search(plain))
            # had, not "has to sign this week", "il a à le signer"
            and not any(
                not re.match(r"\s+(?:to|a|te|zu)\b", plain[m.end() :])
                for m in cues["has_it"].find(plain)
            )
        )
    )
    missing = missing or _coming_in_a_month(plain)
    # "Krankenversicherung: die Anmeldung bei der Mutualität läuft noch": its request still runs
    missing = missing or bool(
        cues["request_word"].search(plain) and cues["still_running"].search(plain)
    )
    # "Attest macht er in Albanien" (not "Versicherung macht er immer selbst, …", "hat er schon
    # gemacht"): the present of a paper still to do
    missing = (
        missing
        or bool(
            cues["pending_present"].search(plain)
            and not done
            and not cues["habitual"].search(plain)
            # "Verzekering: baas doet dat, is in orde", "die is er al": done already
            and not cues["present"].search(plain)
            and not cues["yes_item"].search(plain)
            and not any(
                not re.match(r"\s+(?:to|a|te|zu)\b", plain[m.end() :])
                for m in cues["has_it"].find(plain)
            )
        )
    )
    # "I think that's all she has": the hedge is on the list's end, not on a paper
    named = cues["that_is_all"].pattern.sub(" ", cues["etc"].pattern.sub(" ", plain))
    if any(cues[kind].search(named) for kind in ("unknown", "mislaid", "hedged")):
        return "unknown"  # "the insurance, I think", "probably not yet", "somewhere": asked
    if missing or _must_still(plain):
        return "not_held"  # "der Rest (Gebühr, Attest usw.) kommt noch": all still to come
    if (
        cues["planned"].search(plain)
        and not cues["done"].search(plain)
        and not cues["present"].search(plain)  # "Keuring ingepland en attest is er al"
    ):
        return "not_held"  # "la visite médicale c'est prévu en janvier" (not "… prévue, est faite")
    if cues["later"].search(plain) and (not done or cues["future_tense"].search(plain)):
        # "visa et assurance après", "the contract will be signed later" (not "le contrat signé
        # après": done)
        return "not_held"
    words = plain.split()
    if (
        words[-2:]
        and len(words) >= 2
        and words[-1] in cues["paper_maker_verb"]
        and words[-2] in cues["paper_maker"]
    ):
        return "not_held"  # "Wohnung auch Chef macht", "huis de baas maakt": still to make
    if (
        words[-2:-1] in (["noch"], ["nog"])
        and words[-1] in cues["verb_particle"]
        # not "het visum staat er nog op": still on it
        and not any(word in cues["being_there_verb"] for word in words)
    ):
        words = words[:-1]  # "het domein maakt de verklaring nog op": the verb's particle
    if words[-1:] in (["noch"], ["nog"]) and not _HAVE & set(words[-3:]):
        return "not_held"  # "alles andere macht der Arbeitgeber noch" (not "hab ich noch")
    listed = cues["that_is_all"].pattern.sub(" ", plain)
    if any(cues[kind].search(listed) for kind in ("unknown", "mislaid", "hedged")):
        return "unknown"  # "passport, contract, etc.": which others? asked
    if cues["nothing"].search(cues["that_is_all"].pattern.sub(" ", plain)):
        return "not_held"  # "the rest nothing yet" ("nothing else" says only that the list ends)
    if _promised_for_a_day(plain):
        return "not_held"
    return "held"


def _nothing_missing(piece: str) -> bool:
    """ "Nichts fehlend", "rien de manquant", "niets ontbrekend": nothing is missing."""
    cues = lexicon().cues
    nothing = cues["nothing"].search(piece)
    return nothing is not None and any(
        m.start() > nothing.start() for m in cues["missing_verb"].find(piece)
    )


def _coming_in_a_month(plain: str) -> bool:
    """ "werkvergunning zegt baas komt in mei": a paper due in a month named (not "hij komt in
    mei": the worker; not "comes in the package with the contract")."""
    from ..parsing.dates import month_words

    cues = lexicon().cues
    for match in cues["coming_in"].find(plain):
        following = plain[match.end() :].split()[:1]
        before = plain[: match.start()].split()[-1:]
        if (
            following
            and following[0].strip(".,;") in month_words()
            and not (before and before[0] in cues["state_filler"])
        ):
            return True
    return False


def _must_still(plain: str) -> bool:
    """ "woonverklaring moet de boer nog tekenen", "die muss der Chef noch unterschreiben": a
    duty still to do, its words apart."""
    cues = lexicon().cues
    for must in cues["must"].find(plain):
        if cues["still"].search(" ".join(plain[must.end() :].split()[:4])):
            return True
    return False


@cache
def _coming_days(lang: str | None) -> frozenset[str]:
    """Words naming a day to come: "monday" (not "ma", "ma carte"), "tomorrow", "morgen"."""
    lex = _lexicon(lang)
    coming = {w for w in lex.weekdays if len(w) >= 5}
    coming |= {w for w, shift in lex.relative_days.items() if shift >= 0 and len(w) >= 4}
    return frozenset(coming)


def _promised_for_a_day(plain: str) -> bool:
    """ "the doctor will give it on Monday", "das Attest gibt ihm der Doktor am Montag": a
    paper due on a day named is not held yet ("paid on Monday", "signed yesterday" are)."""
    lex = lexicon()
    coming = _coming_days(LANGUAGE.get())
    words = plain.split()
    named = any(word in coming for word in words) or any(
        " ".join(words[i : i + 2]) in coming for i in range(len(words) - 1)
    )
    # not "visa C (collé depuis vendredi)": a day it has been so since
    return named and not any(lex.cues[kind].search(plain) for kind in ("done", "since_strict"))


_CONJUNCTION = re.compile(rf"\s(?:and|et|{DUTCH_EN}|und|n{NOT_ELIDED_NE}|plus|y|&|\+)\s")
"""What joins two papers ("passport n visa"), not the "n" of a French "je n'ai pas"."""


def _parts(piece: str, checklist: tuple[str, ...]) -> list[tuple[list[str], str, str]]:
    """The documents of a piece with the polarity and the words of each: "le passeport et on
    a demandé le permis" holds the passport; "insurance and lease not yet" holds neither (a cue
    after the names reaches back over the list)."""
    padded = f" {piece} "
    joins = list(_CONJUNCTION.finditer(padded))
    spans = [
        (a, b)
        for a, b in zip(
            [0] + [m.end() for m in joins], [m.start() for m in joins] + [len(padded)], strict=True
        )
        if padded[a:b].strip()
    ]
    while len(spans) > 1 and not _match(padded[spans[-1][0] : spans[-1][1]], checklist):
        # "casier judiciaire en trámite", "logement : j'y travaille": the "en", the "y" of a
        # cue after the last name, not a conjunction
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    chunks = [padded[a:b] for a, b in spans]
    if len(chunks) < 2:
        return [(_match(piece, checklist), _polarity(piece), piece)]
    parts = [(_match(chunk, checklist), _polarity(chunk), chunk) for chunk in chunks]
    if sum(1 for docs, _, _ in parts if docs) < 2:
        return [(_match(piece, checklist), _polarity(piece), piece)]
    last_docs, last_polarity, last_chunk = parts[-1]
    reaches_back = last_polarity != "held" and last_docs and _cue_after_name(last_chunk, checklist)
    first_docs, first_polarity, first_chunk = parts[0]
    # "il doit encore demander le visa et prendre l'assurance", "il manque encore l'assurance et
    # l'attestation de logement": a cue before the first names reaches the ones joined to it
    reaches_forward = (
        first_polarity == "not_held" and first_docs and not _cue_after_name(first_chunk, checklist)
    )
    result = []
    for docs, polarity, chunk in parts:
        if polarity == "held" and reaches_back and not _says_held(chunk):
            polarity = last_polarity  # not "contract signed and insurance not yet"
        elif polarity == "held" and reaches_forward and not _says_held(chunk):
            polarity = first_polarity
        result.append((docs, polarity, chunk))
    return result


_ISSUED_IN_BELGIUM = (
    "short_stay_visa",
    "long_stay_visa",
    "work_permit",
    "seasonal_permit_or_visa",
    "annex_3",
    "employment_contract",
)
"""Papers that count only as issued for this stay in Belgium: the visa with the seasonal-worker
mention (RD 105/11 §1 2°), the region's authorisation (RD 105/38), the permit (RD 105/32), the
annex 3 (RD 105/15), a contract with an employer established in Belgium (RD 105/39 §1)."""


def _a_housing_paper_compound(piece: str) -> bool:
    """Whether a word of the piece ends in a housing paper's word ("huisvestingsverklaring",
    "Wohnungsbescheinigung"), a paper and not only the home."""
    papers = [p for p in lexicon().cues["housing_paper"].phrases if " " not in p and len(p) >= 5]
    return any(word != paper and word.endswith(paper) for word in piece.split() for paper in papers)


def _ends_in_unknown_words(piece: str, checklist: tuple[str, ...]) -> bool:
    """Whether a piece ends with two words that name no paper and are no cue ("… und der
    antecedentes penales")."""
    tail = " ".join(piece.split()[-2:])
    return (
        len(piece.split()) >= 3
        and not _match(tail, checklist)
        and _names_a_word(tail)
        and not any(_is_cue_word(word) for word in tail.split())
    )


def _of_another_country_or_employer(piece: str, checklist: tuple[str, ...]) -> bool:
    """ "a Spanish residence permit", "a visa for Spain", "work permit from another employer":
    a paper issued elsewhere or for another job, which may not count; said in the words of the
    list that name it ("the contract, and a residence certificate from Morocco" is no such
    paper). A country named with the embassy that issues the visa ("the Belgian embassy in
    Rabat") is none either."""
    from ..reading.places import countries_in

    cues = lexicon().cues
    chunks: list[str] = []
    parts = re.split(f"({_CONJUNCTION.pattern})", f" {piece} ")
    for index in range(0, len(parts), 2):
        chunk, joined_by = parts[index], parts[index - 1].strip() if index else ""
        if joined_by == "y" and not _match(chunk, checklist):
            chunks[-1] += f" y {chunk}"  # "permiso de residencia y trabajo in Spain": one paper
        else:
            chunks.append(chunk)
    for chunk in chunks:
        elsewhere = cues["another_employer"].search(chunk) or (
            not cues["embassy"].search(chunk)
            and any(
                mention.code != "BE" and not mention.code.startswith("?")
                for mention in countries_in(chunk)
            )
        )
        if elsewhere and any(doc in _ISSUED_IN_BELGIUM for doc in _match(chunk, checklist)):
            return True
    return False


def _an_old_paper(part: str, docs: list[str], checklist: tuple[str, ...]) -> bool:
    """Whether a paper is said to be from an earlier season ("his old contract", "passport and
    the insurance from last year"): in the words of the list that name it, not of its
    neighbour ("passport and a tourist visa from last year")."""
    old = lexicon().cues["old_paper"]
    return bool(docs) and any(
        old.search(chunk) and _match(chunk, checklist) for chunk in _CONJUNCTION.split(f" {part} ")
    )


def _enumerated_before_a_cue(
    pieces: list[tuple[str, bool]], checklist: tuple[str, ...], after_held: bool = False
) -> dict[int, str]:
    """The pieces of one enumeration whose cue comes at its end: "Versicherung, Visum und die
    Wohnungserklärung machen wir noch", "Gebühr, Attest, Führungszeugnis: offen" — the names
    before the last piece, bare, take the cue the last piece puts after its own names joined by
    "und" or after a colon (not "Pass, Versicherung fehlt")."""
    # a verb at the end of the clause (German, Dutch: "…, Visum und X machen wir noch"), or a
    # sentence after one that said which papers are there ("passeport. certificat, casier et
    # assurance pas encore"): the names before the cue are its list
    if LANGUAGE.get() not in ("de", "nl") and not after_held:
        return {}
    have = lexicon().cues["have"]
    if pieces and (have.search(pieces[0][0].partition(":")[0]) or "vorhanden" in pieces[0][0]):
        return {}  # "we hebben: paspoort, contract, … en visum zijn aangevraagd"
    for last, (piece, _) in enumerate(pieces):
        polarity = _polarity(piece)
        if polarity == "held" or not _cue_after_name(piece, checklist):
            continue
        labelled = ":" in piece and not _match(piece.partition(":")[2], checklist)
        # "…, casier en betalen nog niet": the last joined name may be one not known
        joined_parts = [c for c in _CONJUNCTION.split(f" {piece} ") if c.strip()]
        joined = (len(joined_parts) >= 2 and bool(_match(joined_parts[0], checklist))) or (
            # "…, police clearance (uittreksel strafregister) en verzekering nog niet"
            last > 0
            and _CONJUNCTION.match(f" {piece}") is not None
            and bool(_match(pieces[last - 1][0], checklist))
        )
        # "Pass hab ich. visum, arbeitserlaubnis, versicherung, wohnung noch nicht": after a
        # sentence saying which papers are there, three names or more before their cue are one
        # list (not "Pass, Vertrag, Versicherung noch nicht" alone: the last one)
        # (not "…, Attest – nur die Anlage 3 fehlt": the one said alone is the missing one; nor
        # "Pass, Anlage 3 und Arbeitsvertrag, Krankenversicherung noch nicht": the "und" closed
        # the list held)
        says_its_own = any(lexicon().cues[kind].search(piece) for kind in ("only", "contrast"))
        listed = (
            # a doubt reaches back over two names too ("Versicherung, Wohnung weiß ich nicht"):
            # not known is asked, never a paper ticked that may be missing
            (last >= 2 or (last >= 1 and polarity == "unknown"))
            and after_held
            and not says_its_own
            and all(
                not parenthetical
                and _only_names(before, checklist)
                and _match(before, checklist)
                and not _CONJUNCTION.search(f" {before} ")
                for before, parenthetical in pieces[:last]
            )
        )
        if not (joined or labelled or listed):  # "… und X machen wir noch", "…, X: offen"
            continue
        bare = {}
        for index in range(last - 1, -1, -1):
            before, parenthetical = pieces[index]
            if (
                _says_held(before)  # "Pass, Vertrag, Attest erledigt, Versicherung noch nicht"
                or ":" in before  # "paspoort: check, …": each says its own
                # "enkel paspoort en arbeidstoelating voorlopig, …": the only ones so far
                or lexicon().cues["that_is_all"].search(before)
                # "Er hat Pass, Anlage 3 und die Wohnungsbescheinigung, die Arbeitserlaubnis und
                # die Versicherung fehlen noch": the "und" closed the list held
                or (joined and _CONJUNCTION.search(f" {before} ") is not None)
                or not _match(before, checklist)
                or not _only_names(before, checklist)
            ):
                break
            # "Versicherung, Wohnung weiß ich nicht": both not known, neither held
            bare[index] = "not_known" if _not_known_alone(piece) else polarity
        return bare
    return {}


def _bare_list_before(pieces: list[tuple[str, bool]], checklist: tuple[str, ...]) -> list[str]:
    """The papers of the bare names just before a trailing cue ("passport, contract and
    insurance, not yet": all three); none when the piece before says more than names."""
    cues = lexicon().cues
    docs: list[str] = []
    for piece, _ in reversed(pieces):
        # a paper's other name in brackets is one of the list ("police clearance (uittreksel
        # strafregister)"); brackets that say more than names end it
        if (
            not _only_names(piece, checklist)
            or _says_held(piece)
            or any(cues[kind].search(piece) for kind in ("pending", "negation", "later"))
        ):
            break
        docs = [m.document for m in _matches(_for_matching(piece), checklist)] + docs
    return docs


def says_held(text: str) -> bool:
    """Whether words of a text say papers are there ("il a", "zijn in orde", "all ready")."""
    return _says_held(fold(text))


def _begins_with(words, piece: str) -> bool:
    """Whether the piece opens with one of ``words``, after an article or not ("boss still
    need to give", "le patron dit que c'est en cours")."""
    found = words.search(piece)
    if found is None:
        return False
    before = piece[: found.start()].split()
    return not before or len(before) == 1 and before[0] in lexicon().cues["article"]


def _says_held(piece: str) -> bool:
    """Whether a piece says its papers are there ("all ready", "il a …", "liegen vor", "wel")."""
    cues = lexicon().cues
    return bool(_validity_pattern().search(piece)) or any(
        cues[kind].search(piece) for kind in ("held_said", "present", "have", "done", "yes_item")
    )


def _opens_missing(piece: str, checklist: tuple[str, ...], opens=None) -> bool:
    """Whether a piece opens a list of missing papers with its cue (``opens``, by default the
    ``opens_missing`` cues) and names the first ("still missing medical", "il manque le
    certificat", "es fehlen noch Attest"): the bare names after it, in the same sentence, are
    missing too."""
    opener = (opens or lexicon().cues["opens_missing"]).search(piece)
    return (
        opener is not None
        and not _match(piece[: opener.start()], checklist)  # "we wachten nog op …", not "X: …"
        and bool(_match(piece[opener.end() :], checklist))
        and _polarity(piece) == "not_held"
    )


def _without_topic(piece: str) -> str:
    """The piece without the words opening it as a topic ("as for the insurance")."""
    found = lexicon().cues["as_for"].search(piece)
    opens = found is not None and _begins_with(lexicon().cues["as_for"], piece)
    return piece[found.end() :] if found and opens else piece


def _only_names(piece: str, checklist: tuple[str, ...]) -> bool:
    """Whether a piece holds names of papers and nothing else (articles, "and"; not "ok",
    "oui": a piece marked held says so itself)."""
    if lexicon().cues["yes_item"].search(piece) or lexicon().cues["present"].search(piece):
        return False  # "paspoort ok", "… en het strafregister zijn er"
    rest = _for_matching(piece.replace("/", " / "))  # "mutuelle/assurance": two names of one
    for match in _matches(rest, checklist):
        rest = rest.replace(match.text, " ")
    articles = lexicon().cues["article"]
    return all(
        word in articles or word == "/" or _CONJUNCTION.fullmatch(f" {word} ")
        for word in rest.split()
    )


def _cue_after_name(chunk: str, checklist: tuple[str, ...]) -> bool:
    cues = lexicon().cues
    kinds = ("pending", "pending_present", "negation", "lost_paper", "unknown", "later")
    # "strafregister moet zij daar nog laten maken": a duty still to do is a cue too
    musts = [m.start() for m in cues["must"].find(chunk)] if _must_still(chunk) else []
    # "Medisch en strafregister: nog niks": nothing, after a colon (not "…, nothing else")
    colon = chunk.find(":")
    nothing = [m.start() for m in cues["nothing"].find(chunk) if -1 < colon < m.start()]
    first_cue = min(
        [m.start() for kind in kinds for m in cues[kind].find(chunk)] + musts + nothing,
        default=None,
    )
    return first_cue is not None and bool(_match(chunk[:first_cue], checklist))


_NUMERIC_DATE = r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4}|\.(?=\s))?"
"""A day and month, with its year or the German closing dot ("läuft am 15.4. aus": no sentence
ends there)."""


def _validity_pattern() -> re.Pattern[str]:
    return _validity_pattern_of(LANGUAGE.get())


@cache
def _validity_pattern_of(lang: str | None) -> re.Pattern[str]:
    """The dates of a paper, in the words of the answer's language (cached per language: the
    same answer reads the same whatever was read before it)."""
    from ..parsing.dates import month_words

    cues = _lexicon(lang).cues
    edges = sorted({*cues["since"].phrases, *cues["until"].phrases}, key=len, reverse=True)
    words = "|".join(re.escape(w) for w in edges)
    months = "|".join(sorted((re.escape(m) for m in month_words()), key=len, reverse=True))
    written = rf"\d{{1,2}}(?:st|nd|rd|th|er|e|de)?\.?\s+(?:{months})\b(?:\s+\d{{4}})?"
    date = rf"(?:{_NUMERIC_DATE}|{written})"
    # "valid to 2031", "gültig bis 2031", "jusqu'en mars 2031": a year after an end, no day
    untils = "|".join(sorted((re.escape(w) for w in cues["until"].phrases), key=len, reverse=True))
    year = rf"\b(?:{untils}|jusqu en)\s+(?:(?:en|in|end of|fin|ende)\s+)?(?:(?:{months})\s+)?"
    year += r"(?:19|20)\d\d\b"
    return re.compile(rf"{year}|(?:\b(?:{words})\s+)?{date}")


def _without_validity(folded: str) -> str:
    """The answer without the dates of its papers ("bijlage 3 van 2/5 tot 30/7", "annex 3
    valid until 30 July"): a paper's dates are no part of its name. A German closing dot
    before a paper's name still ends the sentence ("Vertrag bis 30.10. Wohnung und …")."""

    def blanked(match: re.Match[str]) -> str:
        if match[0].endswith(".") and names_in(" ".join(folded[match.end() :].split()[:3])):
            return " . "
        return " "

    # "(loopt tot 3 juli, de verlenging is aangevraagd)": the brackets still open the rest
    return re.sub(r"\(\s*[,;]\s*", "(", _validity_pattern().sub(blanked, folded))


_COVERS = r"(?:\b(?:covers?|covering|couvre|couvrent|dekt|deckt|gilt)\s+)?"
"""A verb of covering before how long a paper covers ("covers all the stay")."""

_COPY = r"(?:copy|kopie|copie|kopij)"
"""The word for a copy, in the four languages."""
_COPY_WORD = re.compile(rf"(?:\w+\s)?{_COPY}\b")
"""A copy named at a piece's start ("kopie van de visumaanvraag"): a copy of something."""
_COPY_HELD = re.compile(rf"\b{_COPY}\b\s*:?\s*(?:yes|ja|oui|ok|wel)\b")
_ORIGINAL = re.compile(r"\b(?:the |l |het |das |den )?original(?:e|en)?\b[^,.;()]*")


_SENDING_COPIES = re.compile(
    r"\b(?:will send|is sending|going to send|va (?:nous |vous )?envoyer|envoie|doit envoyer|"
    r"stuurt|zal sturen|gaat sturen|schickt|schicken|wird schicken|werden schicken)\s+"
    r"(?:\w+\s+){0,2}(?:scans?|copies|copie|copy|kopie(?:en|n)?|photos?|fotos?|pdf)\b"
    r"|\b(?:schicken|schickt|senden) (?:sie|es) (?:ihnen|euch)\b|\bsend them (?:to )?you\b"
    r"|\bstuurt? ze (?:naar|door naar) u\b|\bvous les (?:envoyer|envoie|envoyons)\b"
)
"""Sending the scans or copies of papers held ("il va envoyer les scans", "wir schicken Ihnen
die Kopien"): no paper still to come."""


def _without_self_corrections(folded: str) -> str:
    """ "ik heb de mail van VLAIO, nee van het Departement WSE, gezien": the "no" of a
    correction of who a paper came from is dropped (it denies no paper)."""
    # "du Forem... euh non, du SPW": the "no" and its comma, after a hesitation
    folded = re.sub(
        r"(?:\.{2,}|…|\b(?:euh|uh|eh|ehm|uhm))\s*\b(non|nee|nein|no)\s*,\s*"
        # ("… de l'ambassade... non, c'est chez un médecin agréé")
        r"(?=(?:(?:c est|it s|it is|het is|t is|es ist|das ist)\s+)?"
        r"(?:de|du|des|d|van|von|vom|from|chez|par|bei|uit)\b"
        # "het huurcontract van de caravan... nee, 't is een huisvestingsverklaring"
        r"|(?:c est|it s|it is|het is|t is|es ist|das ist)\s+(?:un|une|een|a|an|ein|eine)\b)",
        r", \1 ",
        folded,
    )
    for match in reversed(lexicon().cues["self_correction"].find(folded)):
        before = re.sub(r"\s*\b(?:euh|uh|eh|ah|ehm|uhm)\s*$", "", folded[: match.start()])
        if before.rstrip().endswith((",", ".", ";")):
            first = match[0].split()[0]
            folded = (
                folded[: match.start()] + " " * len(first) + folded[match.start() + len(first) :]
            )
    return folded


def _within_another(folded: str) -> str:
    """ "L'assurance est prévue dans son contrat": the paper is there, part of the other one,
    which is named only as where ("… est yes"); not "… c'est dans le contrat, je pense"."""
    from rules.documents import _names, essential

    cues = lexicon().cues
    exact_names = _names()[0]
    for match in reversed(cues["included_in"].find(folded)):
        rest = folded[match.end() :]
        words = re.split(r"[,.;:()]", rest, maxsplit=1)[0].split()[:4]  # in its clause
        for count in range(1, len(words) + 1):  # the shortest name: not "the contract later"
            tail = " ".join(words[:count])
            named = _matches(tail, ())
            # … and the words after it that still make a name of it ("le contrat de travail")
            for more in range(count + 1, len(words) + 1):
                longer = " ".join(words[:more])
                if named and essential(longer) in exact_names:
                    count, tail, named = more, longer, _matches(longer, ())
            # the paper's name, after an article at most ("dans son contrat")
            if (
                named
                and tail.endswith(named[0].text)
                and len(tail.split()) - len(named[0].text.split()) <= 1
            ):
                tokens = list(re.finditer(r"[^\s,.;:()]+", rest))
                end = match.end() + tokens[count - 1].end()
                # "verzekering via 't contract": only where, its state said elsewhere
                said = " " if match[0] in cues["through"] else " yes "
                folded = f"{folded[: match.start()]}{said}{folded[end:]}"
                break
    for match in reversed(cues["covers_paper"].find(folded)):
        # "l'attestation disant que le contrat couvre l'assurance maladie": the contract is only
        # where the insurance is
        after = " ".join(re.split(r"[,.;:()]", folded[match.end() :], maxsplit=1)[0].split()[:4])
        before = re.split(r"[,.;:()]", folded[: match.start()])[-1]
        named = _matches(" ".join(before.split()[-2:]), ())
        if named and _matches(after, ()) and before.rstrip().endswith(named[-1].text):
            start = match.start() - len(before) + before.rstrip().rfind(named[-1].text)
            folded = f"{folded[:start]} {folded[match.end() :]}"
    for match in reversed(cues["includes"].find(folded)):
        # "I'm told our contract covers it": the paper just before is only where (and says
        # nothing of the paper it holds: "… but I have nothing in writing"); not "the
        # insurance covers it all": what it covers
        if cues["everything"].search(" ".join(folded[match.end() :].split()[:2])):
            continue
        before = re.split(r"[,.;:()]", folded[: match.start()])[-1]
        named = _matches(" ".join(before.split()[-2:]), ())
        if named and before.rstrip().endswith(named[-1].text):
            start = match.start() - len(before) + before.rstrip().rfind(named[-1].text)
            folded = f"{folded[:start]} {folded[match.end() :]}"
    return folded


def _without_the_original(folded: str) -> str:
    """ "Pass: Kopie ja, Original hat er gerade nicht": a copy is what is asked for; the
    original said to be elsewhere takes nothing away from it."""
    folded = _SENDING_COPIES.sub(" ", folded)
    sentences = re.split(r"(?<=[.;!?])\s+", folded)
    return " ".join(
        _ORIGINAL.sub(" ", sentence) if _COPY_HELD.search(sentence) else sentence
        for sentence in sentences
    )


_SEASONAL = re.compile(
    r"\b(?:saison\w*|seizoen\w*|seasonal|saisonn\w*|mention|vermelding|vermerk)\b"
)
"""The words that make a visa the seasonal one, beside a look-alike in the same sentence."""


def _in_full(text: str) -> str:
    """The answer with the words of papers cut short written in full ("Anl. 3" → "anlage 3",
    "pasp. ja" → "paspoort ja"): their dots end no sentence. Only forms that are no words of
    their own ("Pass." ends a sentence)."""
    forms = lexicon().short_forms
    if not forms:
        return text
    pattern = _short_form_pattern(tuple(sorted(forms, key=len, reverse=True)))

    def written_out(m: re.Match[str]) -> str:
        full = forms.get(m[1].lower(), m[0])
        # "… and the medical cert. Contract not done yet": a capital after it opens a sentence
        # (not in German, where every noun has one: "ärztl. Attest")
        # "housing decl. new contract still to be written": another paper named next does too
        opens = LANGUAGE.get() != "de" and (
            re.match(r"\s+[A-ZÀ-Ý]", text[m.end() :])
            or names_in(fold(" ".join(text[m.end() :].split()[:3])))
        )
        return f"{full}. " if opens else f"{full} "

    return pattern.sub(written_out, text)


@cache
def _short_form_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w.])({names})\.(?=\s|,|$)", re.IGNORECASE)


def _housing_kind_named(folded: str) -> str:
    """A declaration said beside where the worker lives, as the housing declaration: "een
    verklaring getekend dat ze bij ons woont", "il loge dans nos chambres, déclaration faite"
    (the vocabulary's ``declaration_word`` and ``dwelling_verb``)."""
    cues = lexicon().cues
    kind, dwell = cues["declaration_word"].pattern.pattern, cues["dwelling_verb"].pattern.pattern
    folded = re.sub(rf"{kind}(?=[^.;]{{0,40}}{dwell})", "huisvestingsverklaring", folded)
    return re.sub(rf"({dwell}[^.;]{{0,50}}?[,(]\s*){kind}", r"\1huisvestingsverklaring", folded)


def read_held(
    text: str, checklist: tuple[str, ...], required: tuple[str, ...] | None = None
) -> Held:
    """What the answer says of each document. "Everything" (or "the rest") means every
    ``required`` item (default: the whole checklist) not said to be missing. Raises
    :class:`NoDocumentNamed` when nothing is named, :class:`Unsure` when it is vague."""
    from rules.documents import near_misses_in

    cues = lexicon().cues
    required = checklist if required is None else required
    text = _in_full(text)
    # "Alles ausser Visum (braucht er ja nicht, oder?): Pass, …": a question aside says no paper
    said = fold_clauses(_marks_as_words(_without_numbering(_ASIDE_QUESTION.sub(" ", text))))
    said = cues["dictated_comma"].pattern.sub(",", said)  # "hat er auch Komma das Visum"
    said = _REGIONS_SEASONAL_PERMIT.sub("work permit", said)  # "… the Flemish department approved"
    said = _PERMIT_FOR_SEASONAL_WORK.sub("work permit", said)
    said = cues["authority"].pattern.sub(" ", said)  # "… de Bruxelles Économie et Emploi"
    # "(…, for all the time)", "covers all the stay": how long it covers, no "all" papers
    said = re.sub(rf"{_COVERS}(?:{cues['whole_time'].pattern.pattern})", " ", said)
    said = _NOTHING_ON_RECORD.sub("(clean record)", said)  # "(no criminal record)": clean
    said = _VISA_FREE.sub(" ", said)  # "(biometric, visa free)": no visa is named
    # "(Huisvestingsattest von der Gemeinde, alles in Ordnung)": said of that one, in brackets
    # (not "Alles in orde behalve de verzekering": everything)
    said = re.sub(r"\([^()]*\)", lambda m: cues["all_fine"].pattern.sub(" ok ", m[0]), said)
    # "The rest - insurance, housing declaration - the employer says he's on it": the list
    # between dashes is said of as in brackets
    said = re.sub(
        rf"({cues['rest'].pattern.pattern})\s[-–—]\s([^-–—()]{{1,80}}?)\s[-–—]\s", r"\1 (\2) ", said
    )
    folded = _present_closes_a_part(
        _without_the_original(
            _without_validity(_housing_kind_named(_within_another(said)).strip(" .!"))
        )
    )
    folded = _without_self_corrections(folded)
    folded = _ELLIPSIS_BEFORE_WORDS.sub(
        lambda m: ". " if names_in(m[1]) else " ", folded
    )  # "and insurance... I don't think he has any": one piece
    result = Held()
    if _says_nothing(folded):
        return result
    folded = _other_things_as_the_rest(folded)
    if cues["vague_documents"].search(folded) or re.search(r"\?\s*\?", folded):
        raise Unsure(text)  # "passport and a few other things", "quelques-uns, pas tous", "fee??"
    if _an_unmarked_paper(text, checklist):
        raise Unsure(text)  # "passport ✅ visa ❌ insurance": and the insurance?
    if cues["several_workers"].search(folded) or _papers_of_several_people(text, checklist):
        raise Unsure(text)  # "the one has the insurance, the other one not": whose papers?
    blanked = folded
    near_pieces: list[tuple[str, str]] = []
    near_sentences: list[tuple[str, str]] = []
    for start, end, near in near_misses_in(folded, folded=True):
        sentence = _sentence_around(folded, start, end)
        if not cues["negation"].search(" ".join(folded[:start].split()[-2:])):
            near_sentences.append((near.document, sentence))  # not "visa C, no tourist visa"
        if near.id == "schengen_visa_without_mention" and _SEASONAL.search(sentence):
            continue  # a Schengen visa said to bear the seasonal-worker mention: the real one
        result.near_misses.append(near)
        near_pieces.append((near.document, _piece_around(folded, start, end)))
        if folded[end:].lstrip().startswith("("):
            # "un permis unique (carte de séjour)": the words in brackets name the same thing
            after = folded.index("(", end)
            near_pieces.append(
                (
                    near.document,
                    folded[
                        after + 1 : folded.find(")", after)
                        if ")" in folded[after:]
                        else len(folded)
                    ],
                )
            )
        opening = folded.rfind("(", 0, start)
        if opening != -1 and ")" not in folded[opening:start]:
            # "visa yes (tourist schengen visa)": the words before say which visa it was
            near_pieces.append((near.document, _piece_around(folded, max(opening - 1, 0), opening)))
        # "a single permit card", "un certificat de domicile de la commune": still the look-alike
        after = len(folded[end:]) - len(folded[end:].lstrip())
        tail = cues["look_alike_tail"].pattern.match(folded, end + after)
        end = tail.end() if tail and after else end
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    says_all = False
    rest_said = False
    rest_not_known = False
    excluded: set[str] = set()
    listed_with_others: set[str] = set()
    only_missing = False
    permit_by_its_visa = False  # the renewal's permit-or-visa said held as the D visa
    asked_about: list[str] = []
    unplaced_cue: set[str] = set()  # papers said held, before a "not yet" said of none
    sentence_before: list[tuple[str, bool]] = []
    for sentence in _with_their_answers(blanked, checklist, text, asked_about):
        if not sentence.strip():
            continue
        only = cues["only"].search(sentence)
        if (
            only is not None
            and only.start() <= 1
            and _polarity(sentence) == "not_held"
            # not "enkel paspoort en arbeidstoelating voorlopig, verzekering volgt nog": the
            # only ones there so far
            and not cues["that_is_all"].search(_pieces(sentence)[0][0])
            and not any(  # "only his passport, and it has expired": that one is not there
                not _match(piece, checklist) and _polarity(piece) != "held"
                for piece, _ in _pieces(sentence)
            )
            # not "Nur den Reisepass (sie braucht kein Visum)": the "no" is of a paper not needed
            and not any(_said_not_needed(piece) for piece, _ in _pieces(sentence))
        ):
            # "Alleen het medisch attest, het casier en de retributie nog niet": all of them
            missing_here = _match(sentence, checklist)
            result.not_held.extend(missing_here)
            if missing_here and not result.held:
                only_missing = True
            continue
        inherited: str | None = None
        after_everything = False
        after_nothing = False
        pieces = _pieces(sentence)
        # "verzekering de mutualiteit?? Ik weet niet of dat telt": a doubt said alone speaks of
        # the paper of the sentence before
        previous_docs = _doubted_before(sentence, sentence_before, result, checklist)
        last_named: list[str] = []
        sentence_before = pieces
        enumerated = _enumerated_before_a_cue(pieces, checklist, after_held=bool(result.held))
        opened_missing = False  # "still missing medical, criminal record, insurance and housing"
        said_of_its_topic: set[str] = set()  # "die Wohnung: sie bekommt ein Zimmer": not the paper
        for index, (piece, parenthetical) in enumerate(pieces):
            reached = (
                opened_missing
                and not parenthetical
                and bool(_match(piece, checklist))
                # "no medical certificate, criminal record or health insurance yet"
                and _only_names(
                    cues["or_word"].pattern.sub(" ", cues["yet"].pattern.sub(" ", piece)), checklist
                )
            )
            # not "waiting for the permit, passport, contract, insurance all ready": a list
            # that says its papers are there is not the missing one
            opened_missing = (
                reached
                or (
                    # "Paspoort (Montenegro heeft geen visum nodig), zijn bijlage 3, …": a "no"
                    # inside brackets closes with them
                    not parenthetical
                    and (
                        _opens_missing(piece, checklist)
                        # "no medical certificate, criminal record or insurance yet": a bare "no"
                        # whose list is closed by "or" (not "no visa, passport, contract")
                        or (
                            _opens_missing(piece, checklist, cues["opens_missing_or"])
                            and any(
                                cues["or_word"].search(later) for later, _ in pieces[index + 1 :]
                            )
                        )
                    )
                    and not any(
                        _says_held(later) for later, aside in pieces[index + 1 :] if not aside
                    )
                )
                # "Manque le logement (bail pas encore signé) et l'assurance": brackets inside
                # the list keep it open
                or (parenthetical and opened_missing)
            )
            only = cues["only"].search(piece)
            if only is not None and only.start() == 0:
                inherited = None  # "rien encore, juste le passeport": that one is held
            if index in enumerated:
                inherited = enumerated[index]  # "Versicherung, Visum und X machen wir noch"
            elif index - 1 in enumerated:
                inherited = None  # the enumeration's last piece says its own
            head, colon, _ = piece.partition(":")
            if colon and not _match(head, checklist) and _polarity(head) != "held":
                # "not yet: insurance, lease", "der Rest fehlt: Gebühr, Vertrag": the whole list
                inherited = _polarity(head)
            elif colon and head.strip() in _REMAINING:
                inherited = "not_held"  # "Reste : certificat médical + extrait de casier"
            matches = _matches(_for_matching(piece), checklist)
            docs = [m.document for m in matches]
            if (
                index > 0
                and matches
                and all(essential(m.text) in cues["kind_of_the_one_before"] for m in matches)
                and set(_match(pieces[index - 1][0], checklist)) & _CERTIFIED
                and not _only_names(piece, checklist)  # not "paspoort, verzekering, attest"
            ):
                # "verzekering via onze polis (attest is er)", "hij is verzekerd via onze
                # groepspolis, attest heb ik": the insurance's own
                docs = []
            before_matches = (
                _matches(_for_matching(pieces[index - 1][0]), checklist) if index else []
            )
            if (
                parenthetical
                and len(set(docs)) == 1
                and _only_names(piece, checklist)  # not "(visum D komt nog)"
                and set(docs) <= _PERMITS
                and len(before_matches) == 1
                and essential(before_matches[0].text) in _BARE_PERMIT
                and before_matches[0].document in _PERMITS
                and before_matches[0].document != docs[0]
                and before_matches[0].document in result.held
            ):
                # "de vergunning (bijlage 6)": the brackets say which permit it is
                result.held[:] = [d for d in result.held if d != before_matches[0].document]
                result.held.extend(docs)
                previous_docs = docs
                continue
            if (
                parenthetical
                and docs
                and set(docs) <= set(_VISAS)
                and index > 0
                and set(_match(pieces[index - 1][0], checklist)) <= set(_VISAS)
                and set(_match(pieces[index - 1][0], checklist)) & set(result.held)
                and set(docs) != set(_match(pieces[index - 1][0], checklist))
                and _VISA_QUALIFIED.search(pieces[index - 1][0]) is None  # not "Visum D (…)"
            ):
                # "Visum (Saisonarbeit)": the brackets say which visa it is
                before = _match(pieces[index - 1][0], checklist)
                result.held[:] = [d for d in result.held if d not in before]
                result.held.extend(docs)
                previous_docs = docs
                continue
            if (
                parenthetical
                and index > 0
                and _match(pieces[index - 1][0], checklist)
                and matches
                and not any(names_exactly(m.text) for m in matches)
                # not "passeport (pas besoin visa pour serbe)": another paper said missing
                # ("Visum C (Saisonarbeiter)" only says which visa)
                and (
                    set(docs) & set(_match(pieces[index - 1][0], checklist))
                    or _polarity(piece) == "held"
                )
                # not "und der antecedentes penales (strafregister aus uruguay)": the brackets
                # name the words just before them, which name no paper
                and not _ends_in_unknown_words(pieces[index - 1][0], checklist)
                # not "paspoort (met visum C seizoenarbeider)": a paper that comes with it
                and not re.match(r"(?:with|met|mit|avec|plus|\+)\s", piece)
            ):
                docs = []  # "logement chez nous (attestation faite)": a remark on the one before
            place_before = (
                index > 0
                and cues["housing_place"].search(pieces[index - 1][0])
                # not "assurance (on l'a affiliée chez nous, attestation reçue)": a bracket on
                # another paper
                and not (
                    index > 1
                    and pieces[index - 1][1]
                    and set(_match(pieces[index - 2][0], checklist)) - {"housing_proof"}
                )
            )
            place_here = cues["housing_place"].search(piece)
            paper_after = piece[place_here.end() :] if place_here else piece
            if place_here and not cues["housing_paper"].search(paper_after):
                # "papier voor container van boer (getekend)": the paper for the place before it
                before_place = " ".join(piece[: place_here.start()].split()[-3:])
                if cues["housing_paper"].search(before_place) and cues["paper_for"].search(
                    before_place
                ):
                    paper_after = before_place
            if (
                not docs
                and "housing_proof" in checklist
                and (place_before or place_here)
                and cues["housing_paper"].search(paper_after)
                # a declaration, or a paper said to be for it (not "le certificat est fait":
                # a medical one as well); "il loge dans notre studio avec une convention"
                and (
                    cues["housing_declaration"].search(paper_after)
                    or cues["for_it"].search(paper_after)
                )
                and not _match(piece, ())
                # not "the paper from the doctor", "het medische papier": another's paper
                and not cues["paper_of_another"].search(paper_after)
                # not "Sie wohnt bei uns – brauch ich dafür ein extra Papier?": a paper
                # asked about, whether it is needed
                and not cues["need_word"].search(paper_after)
            ):
                # "er wohnt bei uns auf dem Hof, die Bescheinigung dafür ist gemacht": the paper
                # of the home just said
                said_of_it = _polarity(piece)
                if said_of_it == "held":
                    result.held.append("housing_proof")
                else:
                    result.not_held.append("housing_proof")
                previous_docs = last_named = ["housing_proof"]
                continue
            looked_alike: set[str] = set()
            for document, near_piece in near_pieces:
                # a look-alike speaks of a paper only in its own words ("a photo of my visa, it's
                # a schengen tourist visa"), not of another named beside it ("signed lease,
                # address registration pending")
                shared = bool(_words(piece) & _words(near_piece))
                if document in docs and (
                    _words(piece) <= _words(near_piece)
                    or (shared and any(m.document == document and m.score < 100 for m in matches))
                    or any(
                        d == document
                        and shared
                        and piece.strip() in said
                        and not _SEASONAL.search(said)
                        for d, said in near_sentences
                    )
                ):
                    docs.remove(document)  # "for housing he has a proof of address": the look-alike
                    looked_alike.add(document)
            # "Unterkunft bei uns (Bescheinigung unterschrieben)": the brackets name its paper
            bracket = (
                pieces[index + 1][0] if index + 1 < len(pieces) and pieces[index + 1][1] else ""
            )
            if (
                "housing_proof" in docs
                and cues["housing_place"].search(piece)
                and not cues["housing_paper"].search(f"{piece} {bracket}")
                # not "de huisvestingsverklaring voor de caravan": a paper's own compound name
                and not _a_housing_paper_compound(piece)
            ):
                docs.remove("housing_proof")  # "le logement c'est chez nous": a home, no paper
                if not docs:
                    # "Wohnung? wir wohnen auf Farm, Papier weiß ich nicht": its paper next
                    previous_docs = ["housing_proof"]
                    continue
            first_cue = cues["except"].search(piece)
            is_except = first_cue is not None and first_cue.start() == 0
            everything = (
                (
                    cues["everything"].search(piece) is not None
                    and not cues["all_as_copies"].search(piece)
                    and not cues["everything_awaited"].search(piece)
                )
                or cues["rest"].search(piece) is not None
            ) and cues["that_is_all"].search(piece) is None
            polarity = _polarity(piece)
            # "… fehlen noch, ebenso die Krankenversicherung": as the papers before it were read
            # (not "Le passeport, pas de souci, idem pour le visa": held, as the passport)
            as_the_ones_before = "held"
            if docs and previous_docs and _begins_with(cues["likewise"], piece):
                if set(previous_docs) <= set(result.not_held) - set(result.held):
                    as_the_ones_before = "not_held"
                elif set(previous_docs) <= set(result.not_known):
                    as_the_ones_before = "not_known"
            if (
                parenthetical
                and docs
                and set(docs) <= set(previous_docs)
                and set(docs) <= set(result.not_known) | set(result.not_held)
                and _only_names(piece, checklist)
            ):
                continue  # "insurance (seguro) I dont know": the same paper's other name
            if (
                docs
                and polarity != "held"
                and set(docs) <= set(result.held)
                and (
                    _names_a_renewal(piece)
                    or (
                        # "(… nouveau permis jusqu'au 31/7 arrive bientôt)", "Die neue
                        # Arbeitserlaubnis bis 16.10. ist beantragt": the next one, said with
                        # its dates
                        _names_the_next_one(piece, docs)
                        and _validity_pattern().search(fold_clauses(text)) is not None
                    )
                )
                # not "It has expired in March. Extension … applied for", "from last season"
                and not any(
                    cues[kind].search(folded) for kind in ("expired", "old_paper", "last_year")
                )
            ):
                # "permis de travail (SPW), …. La prolongation du permis de travail je l'ai
                # demandée, pas encore reçue": the paper is held; its renewal is to come
                continue
            if docs and set(docs) <= set(result.not_known) and _in_someone_elses_words(piece):
                continue  # "versicherung weiß nicht, chef sagt mutualität": still not known
            if (
                everything
                and not docs
                and index > 0
                and _only_a_cue(pieces[index - 1][0])
                and not _says_held(piece)  # not "assurance non, pas encore, le reste oui"
            ):
                polarity = _polarity(f"{pieces[index - 1][0]} {piece}")  # "pas encore le reste"
            if (
                docs
                # the sentence (or a clause after one with its own cue) opens with it: not
                # "passport, contract and the rest"
                and (
                    index == 0
                    or not _only_names(pieces[index - 1][0], checklist)
                    or _polarity(pieces[index - 1][0]) != "held"
                )
                and index + 1 < len(pieces)
                and _CONJUNCTION.fullmatch(f" {piece.split()[-1]} ")
                and cues["rest"].search(pieces[index + 1][0])
                and _polarity(pieces[index + 1][0]) != "held"
                # not "I have the passport and the rest not yet", "only the passport and …",
                # "contract signed and the rest not yet": said held itself
                and not _says_held(piece)
                and not cues["only"].search(piece)
            ):
                inherited = _polarity(pieces[index + 1][0])  # "contract and the rest not yet"
            last = pieces[-1][0]
            if (
                everything
                and not docs
                and polarity == "held"
                and index + 1 < len(pieces)
                and not _says_held(piece)
                and not _match(last, checklist)
                and _polarity(last) == "not_held"
                and not cues["except"].search(sentence)  # "tout sauf X, que je dois signer"
                and not cues["handling_verb"].search(last)  # "…, muss ich noch einscannen"
                and (
                    _must_still(last)
                    or _only_a_cue(_without_state_words(last))
                    or cues["nothing"].search(last) is not None  # "Le reste, rien encore."
                )
            ):
                # "Le reste, visa, assurance, je dois encore faire": the rest, and the papers
                # listed after it, are still to do
                polarity = inherited = "not_held"
            if everything and not docs and index + 1 < len(pieces) and pieces[index + 1][1]:
                # "Der Rest (Gebühr, Attest, Versicherung usw.) kommt noch": the words after the
                # brackets say it, for the rest and for the papers in the brackets
                outside = _polarity(re.sub(r"\([^)]*\)?", " ", sentence))
                if outside != "held":
                    polarity = inherited = outside
            if (
                everything
                and not docs
                and polarity == "held"
                and index + 1 < len(pieces)
                and pieces[index + 1][1]
                and _match(pieces[index + 1][0], checklist)
                and not cues["except"].search(sentence)  # "tout (passeport, …), sauf …"
            ):
                continue  # "Alles vorhanden (Pass, Arbeitserlaubnis, …)": the papers listed
            if (
                everything
                and not docs
                and polarity == "held"
                and cues["employer_person"].search(piece)
                and not _says_held(piece)
            ):
                polarity = "not_held"  # "Le reste c'est le patron.": the boss's to do
            if everything and not docs:
                if polarity == "held":
                    # "Passeport, contrat, assurance, logement : tout sauf le certificat
                    # médical": the list before the colon is the everything, not the checklist
                    said_as_the_list = len(result.held) >= 2 and re.search(
                        rf":\s*{re.escape(piece.strip())}", sentence
                    )
                    says_all = says_all or not said_as_the_list
                    after_everything = True
                elif polarity == "unknown" and _not_known_alone(piece):
                    rest_not_known = True  # "rest weet ik niet": the others not known
                elif polarity == "unknown":
                    raise Unsure(text)
                rest_said = True
                continue
            starts_contrast = cues["contrast"].search(piece)
            opens_contrast = starts_contrast is not None and starts_contrast.start() == 0
            if (
                opens_contrast
                and docs
                and polarity == "held"
                and _says_held(piece)
                and set(docs) <= set(result.not_held)
            ):
                # "contrat de bail non mais le patron a fait le papier logement": another paper
                # for the same thing, said done
                result.not_held[:] = [doc for doc in result.not_held if doc not in docs]
            if is_except and not docs and not after_everything and polarity != "held":
                is_except = False  # "my wife has hers but not me yet": no list to take from
            if is_except and docs and after_nothing:
                # "rien encore sauf le passeport": that one is held, if said plainly
                if polarity == "unknown":
                    raise Unsure(text)  # "none, except maybe the passport"
                if polarity == "held" and not _someone_elses(piece, "", sentence, docs):
                    result.held.extend(docs)
                else:
                    result.not_held.extend(docs)  # "nothing except an expired passport"
                previous_docs = docs  # "…, which is still pending" speaks of it
                continue
            if is_except or (after_everything and opens_contrast and docs):
                head, colon, listed = piece.partition(":")
                if (
                    colon
                    and after_everything
                    and _match(head, checklist)
                    and _match(listed, checklist)
                    and _only_names(listed, checklist)
                    and _polarity(listed) == "held"
                ):
                    # "tout sauf le visa : passeport, permis de travail, …": the list after the
                    # colon is the everything, said again
                    docs = _match(head, checklist)
                    inherited = "held"
                    result.held.extend(d for d in _match(listed, checklist) if d not in docs)
                if not docs:
                    raise NoDocumentNamed(text)  # "everything except <something unknown>": ask
                excluded.update(docs)
                result.not_held.extend(docs)
                previous_docs = docs  # "(elle le passe la semaine prochaine)" speaks of it
                continue
            following = pieces[index + 1][0] if index + 1 < len(pieces) else ""
            if docs and _someone_elses(piece, following, sentence, docs):
                if _a_relative_getting_it(pieces, index, checklist):
                    # "criminal record from Kyrgyzstan my wife is sending": on its way
                    result.not_held.extend(docs)
                    previous_docs = docs
                    continue
                if not cues["their_own"].search(sentence):
                    raise Unsure(text)  # "his brother has the lease": his own, or kept for him?
                result.not_held.extend(docs)  # "my wife has her insurance, not me"
                previous_docs = docs
                continue
            if polarity == "unknown" and _etc_of_missing_papers(piece, sentence):
                polarity = "not_held"  # "Der Rest (Gebühr, Versicherung usw.) kommt noch"
            if polarity == "unknown" and _not_known_alone(piece) and (docs or previous_docs):
                # "huis papier weet niet", "les frais je sais pas": that one is not known; the
                # others said stay read ("passport, contract. insurance i think the contract,
                # not sure": the contract said held is only where the insurance may be)
                if len(docs) > 1 and docs[0] not in result.held and not _a_list(piece):
                    docs = [docs[0], *(d for d in docs[1:] if d not in result.held)]
                result.not_known.extend(docs or previous_docs)
                if not docs:
                    # "verzekering: ze heeft iets van een Georgische maatschappij, maar ik weet
                    # niet of dat hier geldig is": the paper just said is not known after all
                    result.held[:] = [doc for doc in result.held if doc not in previous_docs]
                previous_docs = docs or previous_docs
                continue
            hedged = docs or previous_docs  # the paper of the piece, or of the one before
            hedge_head, colon, _ = piece.partition(":")
            if colon and _only_names(hedge_head, checklist):
                hedged = _match(hedge_head, checklist)  # not "Assurance : c'est dans le contrat"
            # "Passport, contract. The insurance is in his contract I think": the contract said
            # held before is only where the hedged paper may be
            where = {
                d
                for d in hedged
                if d in result.held
                and (
                    _named_as_where(piece, d)
                    or (hedged[0] not in result.held and d != hedged[0] and not _a_list(piece))
                )
            }
            if where and set(hedged) - where:
                hedged = [d for d in hedged if d not in where]
            if (
                polarity == "unknown"
                and hedged
                and set(_match(blanked, checklist)) - set(hedged)
                and not any(
                    # "versicherung müsste ich irgendwo haben": mislaid, asked; "Attest usw.
                    # fehlen noch": which others? asked; "alles denk ik: …": the whole list
                    cues[kind].search(piece)
                    for kind in ("vague_documents", "mislaid", "etc", "everything")
                )
                # not "pas sûr : assurance, bail" (but "Assurance : à voir", said of it alone)
                and (":" not in piece or _only_names(piece.partition(":")[0], checklist))
                and (not docs or _hedge_after_its_paper(piece, checklist))
                and all(  # "Pass, Vertrag, Versicherung hat er glaube ich": the whole list
                    _says_held(other) or _polarity(other) != "held"
                    for other, _ in pieces
                    # "Insurance, I not sure if I have one": the hedged paper's own name
                    if other is not piece and set(_match(other, checklist)) - set(hedged)
                )
            ):
                # "…, huisvesting papier heeft de baas denk ik", "Insurance?? he doesn't know":
                # one paper hedged among papers said plainly is not known (not counted as held,
                # said back); the others stay read
                result.not_known.extend(d for d in hedged if d not in result.not_known)
                result.held[:] = [doc for doc in result.held if doc not in hedged]
                previous_docs = hedged
                continue
            if polarity == "unknown":
                raise Unsure(text)  # "the insurance, I think", "misschien de verzekering"
            if polarity == "held" and docs and _of_another_country_or_employer(piece, checklist):
                raise Unsure(text)  # "a Spanish residence permit", "work permit of another farm"
            if cues["old_paper"].search(piece) and parenthetical and not docs and previous_docs:
                raise Unsure(text)  # "a work permit from 2019 (old, type B)": still valid?
            if not docs and _says_nothing(_before_except(piece)):
                after_nothing = True  # "nothing yet", "rien encore": an exception may follow
            topic_head, topic_colon, _ = sentence.partition(":")
            if (
                not docs
                and polarity == "not_held"
                and topic_colon
                and index > 0
                and not parenthetical
                and ":" not in sentence[len(topic_head) + 1 : sentence.find(piece)]
                and _only_names(topic_head, checklist)
                and set(_match(topic_head, checklist)) <= set(result.held)
                # not "paspoort: kopie ja, origineel niet": said there first
                and not any(_says_held(p.partition(":")[2] or p) for p, _ in pieces[:index])
                # not "Die Wohnung: sie bekommt ein Personalzimmer, Unterkunftserklärung ist
                # fertig": said there after
                and not any(
                    _says_held(later)
                    and set(_match(later, checklist)) & set(_match(topic_head, checklist))
                    for later, _ in pieces[index + 1 :]
                )
            ):
                # "Visa : dossier déposé chez TLScontact, on attend la réponse": said of the
                # paper the sentence is about
                topic = _match(topic_head, checklist)
                result.held[:] = [doc for doc in result.held if doc not in topic]
                result.not_held.extend(topic)
                continue
            if not docs and _nothing_missing(piece):
                continue  # "Nichts fehlend, Pass und Vertrag ok": all there
            if not docs and index > 0 and _said_not_needed(piece):
                continue  # "Einen Vertrag haben wir auch, aber den braucht's ja nicht": not needed
            if (
                not docs
                and polarity != "held"
                and parenthetical
                and _names_the_next_one(piece, previous_docs)
                and _validity_pattern().search(fold_clauses(text)) is not None
            ):
                # "de arbeidstoelating tot 15 juni (de verlenging tot 15/7 is aangevraagd)": the
                # paper, valid until a day said, is held; only its renewal is still to come (not
                # "work permit (renewal requested)": still valid? asked)
                continue
            if not docs and polarity != "held":
                refers_back = (
                    parenthetical
                    or opens_contrast
                    or (cues["anaphora"].search(piece) and not _names_something(piece))
                    or _only_qualifies(piece)  # "le bail c'est chez mon patron, pas encore signé"
                    # "L'assurance, j'attends encore l'attestation du renouvellement": a paper of
                    # the one named just before
                    or (
                        index > 0
                        and _names_only_a_kind(piece)
                        and bool(_match(pieces[index - 1][0], checklist))
                        and (
                            _names_a_renewal(piece)
                            # "L'assurance, on attend encore l'attestation": the one paper the
                            # sentence opens with (not "passport and contract, certificate not
                            # yet": another one)
                            or (index == 1 and len(_match(pieces[0][0], checklist)) == 1)
                        )
                    )
                    or cues["by_someone"].search(piece) is not None  # "…, not yet by him"
                    # "Le certificat médical, rdv chez le médecin le 8": the appointment for
                    # the one paper the sentence opens with
                    or (
                        index == 1
                        and cues["planned"].search(piece) is not None
                        and not cues["done"].search(piece)  # "obtenu au rdv de mardi dernier"
                        and _only_names(pieces[0][0], checklist)
                        and len(_match(pieces[0][0], checklist)) == 1
                    )
                    # "l'extrait de casier a été envoyé par DHL, pas encore arrivé"
                    # (the one paper before it: not "il a le passeport et on a demandé le
                    # permis de travail, pas encore reçu")
                    or (
                        index > 0
                        and cues["not_arrived"].search(piece) is not None
                        and len(_match(pieces[index - 1][0], checklist)) == 1
                    )
                    # "La redevance, c'est la pépinière qui va la payer": the one paper the
                    # sentence opens with
                    or (
                        index == 1
                        and len(_match(pieces[0][0], checklist)) == 1
                        and _only_names(pieces[0][0], checklist)
                        and not cues["rest"].search(piece)
                        # not "le passeport, j'ai pas de copie mais il a l'original"
                        and not cues["contrast"].search(piece)
                        and not _NO_COPY.search(piece)
                        # a clause of its own (not "passport, copy of the visa application":
                        # another thing)
                        and (
                            cues["presentative"].search(piece) is not None
                            or any(word in cues["state_filler"] for word in piece.split())
                            # "La redevance, faut-il la payer … ? Rien payé pour l'instant"
                            or cues["nothing"].search(piece) is not None
                            # "Le nouveau contrat, le secrétariat social le prépare"
                            or (
                                cues["pending"].search(piece) is not None
                                and not _only_a_cue(_without_state_words(piece))
                                and not match_documents(piece)
                                # not "kopie van de visumaanvraag": a copy of another thing
                                and not cues["paper_form"].search(" ".join(piece.split()[:2]))
                                and not _COPY_WORD.match(piece)
                            )
                        )
                    )
                    # "the house paper (huisvesting) boss still need to give": the boss's to do
                    # (not "passport and visa ok, boss not yet": said there, the boss's is other)
                    or (
                        _begins_with(cues["employer_person"], piece)
                        and index > 0
                        and not _says_held(pieces[index - 1][0])
                        and not cues["rest"].search(piece)
                        and not _says_held(sentence[: sentence.find(piece)])
                    )
                    # "le permis c'est le patron qui l'a, j'ai pas de copie": no copy of it
                    or (_NO_COPY.search(piece) is not None and not _ORIGINAL.search(sentence))
                    # "insurance and housing paper, not yet": a last piece that is only the cue
                    # "Insurance I thought was done, no, still to do": the one before
                    or (
                        piece.strip() in ("no", "non", "nee", "nein")
                        and index > 0
                        and cues["thought"].search(pieces[index - 1][0]) is not None
                    )
                )
                trailing = (
                    # the last piece, or one that only words without a paper follow
                    # ("L'assurance maladie, pas encore, je regarde chez Ethias")
                    not any(_match(later, checklist) for later, _ in pieces[index + 1 :])
                    # not "passport and contract, no, nothing else": no more papers
                    and not any(
                        cues[k].search(later)
                        for k in ("nothing", "that_is_all")
                        for later, _ in pieces[index + 1 :]
                    )
                    # "L'assurance, je dois encore m'en occuper": a duty still to do, of no paper
                    # (not "je dois encore vérifier les dates": a paper one has, to check)
                    and (
                        (_must_still(piece) and not cues["handling_verb"].search(piece))
                        or _only_a_cue(
                            _without_state_words(piece),
                            # "…, pas de papiers pour l'instant", "…, je n'ai rien vu" (not
                            # "…, rien": nothing else)
                            of_a_list=index > 0
                            and bool(
                                cues["documents_word"].search(piece)
                                or cues["negated_verb"].search(piece)
                                or _begins_with(cues["as_for"], pieces[index - 1][0])
                            )
                            and bool(_match(pieces[index - 1][0], checklist))
                            and _only_names(_without_topic(pieces[index - 1][0]), checklist),
                        )
                    )
                    # not a look-alike's own cue: "address registration pending"
                    and not any(_words(piece) <= _words(near) for _, near in near_pieces)
                )
                if (
                    trailing
                    and not refers_back
                    and last_named
                    # not "paspoort ok, nog betalen": the paper before said there already
                    and not _says_held(pieces[index - 1][0])
                ):
                    # "insurance and housing paper, not yet": the papers just listed; only the
                    # last of "il a le passeport et on a demandé le permis, pas encore reçu"
                    bare = _bare_list_before(pieces[:index], checklist)
                    previous_docs = bare or last_named
                    if (
                        not bare
                        and len(last_named) > 1
                        and not _CONJUNCTION.search(f" {pieces[index - 1][0]} ")
                        and _a_verb_between_papers(pieces[index - 1][0])
                    ):
                        # "insurance finish with the visa, not new one yet": the paper the
                        # clause is about, named first
                        previous_docs = _first_named(pieces[index - 1][0], last_named)
                    refers_back = True
                if (
                    refers_back
                    and previous_docs
                    and index > 0
                    and _names_a_look_alike(pieces[index - 1][0], near_pieces)
                ):
                    continue  # "das Touristenvisum im Pass, aber das ist abgelaufen": the visa
                if refers_back and previous_docs:
                    # "the passport, but it has expired", "the fee (pending)": the one before
                    for doc in previous_docs:
                        if doc in result.held:
                            result.held.remove(doc)
                        result.not_held.append(doc)
                    continue
                if not parenthetical and not _names_a_word(_for_matching(piece)):
                    # "not yet: insurance, lease" passes its cue on; "(pas saisonnier)" speaks
                    # of what came before it, "still looking for a flat" of a flat
                    inherited = polarity
                if (
                    index > 0
                    and last_named
                    and previous_docs == last_named  # the paper just before was read as said
                    and not parenthetical
                    and not any(_match(later, checklist) for later, _ in pieces[index + 1 :])
                    # not "…, no, nothing else", "j'ai pas de copie mais il a l'original", "copy
                    # of the visa application": no more papers, the paper there, another thing
                    and not any(
                        cues[k].search(later)
                        for k in ("nothing", "that_is_all")
                        for later, _ in pieces[index:]
                    )
                    and not _says_held(piece)
                    and not _names_something(piece)
                    # a "still" said of no paper ("je dois encore faire"); not "copy of the visa
                    # application", "kopie van de visumaanvraag": a paper's own cue
                    and cues["still"].search(piece) is not None
                    and not match_documents(piece)
                    and not any(_words(piece) <= _words(near) for _, near in near_pieces)
                    # not "paspoort: kopie ja, origineel niet", "…, encore valable jusqu'en mai"
                    and not _says_held(_parts(pieces[index - 1][0], checklist)[-1][2])
                    and not cues["valid"].search(piece)
                ):
                    # "…, la déclaration de logement, l'employeur doit encore la signer": a "not
                    # yet" of no paper, after a paper said held: of that one? asked
                    unplaced_cue.update(last_named)
                continue
            if not docs:
                words = [w for w in piece.split() if len(w) > 2 and not _is_cue_word(w)]
                if (
                    words
                    and _names_a_word(piece)  # not "la photocopie", "yes"
                    and not cues["all_as_copies"].search(piece)
                    and not cues["that_is_all"].search(piece)
                    and not cues["their_own"].search(piece)  # "ihre eigene": said of a paper
                    and not _names_a_relative(piece)  # "nur sein Bruder": whose paper it is
                    # "Unterkunft bei uns (Bescheinigung unterschrieben)": the paper of the one
                    and not (
                        parenthetical and previous_docs and cues["housing_paper"].search(piece)
                    )
                    and not cues["clean_record"].search(piece)  # "(sans condamnation)"
                    and not cues["housing_place"].search(piece)  # "il est logé chez nous"
                    # "Arbeitserlaubnis: nur die alte Arbeitskarte": the look-alike, said back
                    and not any(_words(piece) <= _words(near) for _, near in near_pieces)
                ):
                    result.unknown.append(piece)
                continue
            if cues["only"].search(piece) and set(docs) & listed_with_others:
                raise Unsure(text)  # "one has passport and insurance, his cousin only the passport"
            if len(docs) > 1:
                listed_with_others.update(docs)
            previous_docs = docs
            part_before: list[str] = []
            for part_docs, part_polarity, part in _parts(piece, checklist):
                if (
                    essential(part) in cues["kind_of_the_one_before"].phrases
                    and part.split()[:1] in (["the"], ["het"], ["l"], ["la"])
                    and part_before
                    and set(part_before) <= _CERTIFIED
                ):
                    # "my CM mutualiteit card and the attest": the insurance's own (not
                    # "Krankenversicherung und Attest": two papers)
                    continue
                part_before = part_docs
                part_docs = [d for d in part_docs if d in docs] or part_docs
                part_docs = [d for d in part_docs if d not in looked_alike]
                last_named = part_docs
                if part_polarity == "held" and _an_old_paper(part, part_docs, checklist):
                    raise Unsure(text)  # "his old contract", "l'assurance de l'an dernier"
                if part_polarity == "held" and inherited is not None:
                    part_polarity = inherited
                elif part_polarity == "held" and as_the_ones_before != "held":
                    part_polarity = as_the_ones_before
                elif part_polarity == "held" and reached:
                    part_polarity = "not_held"  # bare, in a list of missing papers
                if part_polarity == "held":
                    if {"seasonal_permit_or_visa", "long_stay_visa"} & set(part_docs) and cues[
                        "visa_word"
                    ].search(part):
                        permit_by_its_visa = True  # "the visa D": the permit *or* the visa
                    if _says_held(part) and set(part_docs) & said_of_its_topic:
                        # "die Wohnung: sie bekommt ein Personalzimmer im Haus,
                        # Unterkunftserklärung ist fertig": the paper itself is there
                        result.not_held[:] = [d for d in result.not_held if d not in part_docs]
                    result.held.extend(part_docs)
                elif part_polarity == "not_known":
                    result.not_known.extend(part_docs)
                elif part_polarity == "unknown":
                    result.not_held.extend(part_docs)
                    result.unknown.append(piece)
                else:
                    if cues["only"].search(cues["likewise"].pattern.sub(" ", piece)):
                        only_missing = True  # (not the "que" of "ainsi que")
                    result.not_held.extend(part_docs)
                    part_head, colon, said = part.partition(":")
                    if colon and _only_names(part_head, checklist) and not _match(said, checklist):
                        said_of_its_topic.update(part_docs)
    if only_missing and not result.held and not rest_said:
        says_all = True
    if unplaced_cue & (set(result.held) - set(result.not_held)):
        raise Unsure(text)
    result.not_known += [
        doc
        for doc in asked_about
        if doc not in result.held and doc not in result.not_held and doc not in result.not_known
    ]
    result.not_held = _in_checklist_terms(result.not_held, checklist)
    result.held = _in_checklist_terms(result.held, checklist)
    missing = set(result.not_held)
    if says_all:
        result.held.extend(doc for doc in required if doc not in missing and doc not in excluded)
    if not (
        result.held
        or result.not_held
        or result.not_known
        or result.near_misses
        or says_all
        or rest_said
    ):
        first_words = [w.strip(",.") for w in folded.split() if w not in _INTENSIFIERS][:2]
        if first_words[:1] and (
            first_words[0] in _NONE_WORDS
            or (
                first_words[0] in lexicon().cues["still"]
                and first_words[1:2]
                and first_words[1] in _NONE_WORDS
            )
        ):
            return Held()  # "nothing, I'm just starting", "nog niks, we beginnen pas"
        raise NoDocumentNamed(text)
    if permit_by_its_visa and "long_stay_visa" not in checklist:
        # "the visa D (in the passport). The card from the commune (annex 6) not yet": the
        # renewal asks for the permit *or* the D visa (RD 105/32 2°); the visa held is enough
        result.not_held = [d for d in result.not_held if d != "seasonal_permit_or_visa"]
        missing = {d for d in missing if d != "seasonal_permit_or_visa"}
    result.held = _in_checklist_terms(result.held, checklist)
    order = {doc: i for i, doc in enumerate(checklist)}
    held = [doc for doc in dict.fromkeys(result.held) if doc not in missing]
    result.held = sorted(held, key=lambda doc: order.get(doc, len(order)))
    result.not_held = list(dict.fromkeys(_in_checklist_terms(result.not_held, checklist)))
    result.unknown = [u for u in result.unknown if len(u.split()) <= 6]
    said_of = {*result.held, *result.not_held, *result.not_known}
    if rest_not_known:
        result.not_known.extend(doc for doc in required if doc not in said_of)
    result.not_known = [
        doc
        for doc in dict.fromkeys(_in_checklist_terms(result.not_known, checklist))
        if doc not in result.held and doc not in result.not_held
    ]
    return result


def _in_someone_elses_words(piece: str) -> bool:
    """Whether a piece opens with what someone else says ("chef sagt mutualität", "the boss
    says it is in the contract"): hearsay, no paper seen."""
    cues = lexicon().cues
    words = piece.split()[:4]
    return any(
        cues["employer_person"].search(" ".join(words[: i + 1])) and words[i + 1] in cues["said"]
        for i in range(len(words) - 1)
    )


def _said_not_needed(piece: str) -> bool:
    """ "den braucht's ja nicht", "pas nécessaire": a need word with its negation beside it (not
    "faut-il la payer pour un mineur ? Rien payé": a question, then nothing paid)."""
    cues = lexicon().cues
    for need in cues["need_word"].find(piece):
        around = " ".join(
            [*piece[: need.start()].split()[-2:], need[0], *piece[need.end() :].split()[:4]]
        )
        if cues["negation"].search(around):
            return True
    return False


def _a_list(piece: str) -> bool:
    """Whether a piece joins its papers as a list ("insurance and contract not sure"), not a
    paper said with another as where it is ("insurance i think the contract")."""
    return _CONJUNCTION.search(f" {piece} ") is not None


def _named_as_where(piece: str, document: str) -> bool:
    """Whether a paper is named after a word of place ("in his contract", "dans le contrat",
    "im Vertrag"): where another paper is, not a paper said of itself."""
    place = lexicon().cues["place_in"]
    for match in _matches(_for_matching(piece), ()):
        if match.document != document:
            continue
        at = piece.find(match.text)
        if at > 0 and place.search(" ".join(piece[:at].split()[-2:])):
            return True
    return False


def _doubted_before(
    sentence: str, pieces_before: list[tuple[str, bool]], result: Held, checklist: tuple[str, ...]
) -> list[str]:
    """The paper a sentence of doubt alone ("ik weet niet of dat telt", "not sure") speaks of:
    the one paper of the sentence before, or the last one already in doubt there."""
    cues = lexicon().cues
    if _match(sentence, checklist) or not any(
        cues[kind].search(sentence) for kind in ("not_known", "unknown")
    ):
        return []
    if cues["rest"].search(sentence):
        return []  # "paspoort heb ik. de rest doet de baas, ik weet niet": the rest's doubt
    named = [docs for piece, _ in pieces_before if (docs := _match(piece, checklist))]
    if len(named) == 1 or (named and set(named[-1]) <= set(result.not_known)):
        return named[-1]
    return []


def _not_known_alone(piece: str) -> bool:
    """Whether a piece says plainly that a paper is not known ("weet ik niet", "je sais pas"),
    without a hedge on holding it ("I think", "probably", "somewhere": asked back)."""
    cues = lexicon().cues
    plain = cues["not_known"].pattern.sub(" ", piece)
    return cues["not_known"].search(piece) is not None and not any(
        cues[kind].search(plain) for kind in ("unknown", "mislaid", "hedged")
    )


_SIGNED_BY_ANOTHER = ("sponsorship_undertaking",)
"""Papers another person signs for the worker: the sponsor's undertaking (RD 105/40 §3), often
a relative's ("de bijlage 3bis van zijn neef")."""


def _someone_elses(piece: str, following: str, sentence: str, docs: list[str]) -> bool:
    """Whether the paper of a piece is said to be a relative's ("my wife has her insurance",
    "versicherung hat meine frau", "die Versicherung hat nur sein Bruder"): a family word after
    a possessive, in the piece or in the words that follow it, unless that person only signed
    it for the worker ("die Anlage 3bis hat sein Bruder unterschrieben")."""
    cues = lexicon().cues
    if all(doc in _SIGNED_BY_ANOTHER for doc in docs) or cues["signed"].search(sentence):
        return False
    if cues["handed_over"].search(f"{piece} {following}") and not cues["form_word"].search(
        f"{piece} {following}"
    ):
        return False  # "die Arbeitserlaubnis …, mein Vater hat sie ausgedruckt" (not the form)
    if following and _match(following, ()):
        following = ""  # "his wife's passport, his own contract": the next paper is another
    return _names_a_relative(piece) or _names_a_relative(following)


def _a_relative_getting_it(
    pieces: list[tuple[str, bool]], index: int, checklist: tuple[str, ...]
) -> bool:
    """Whether the words said of a paper a relative is named beside, up to the next paper,
    say it is still to come ("SKCK my mother send from Surabaya, not arrive yet", "his wife is
    asking in Yerevan")."""
    said = [pieces[index][0]]
    for later, _ in pieces[index + 1 :]:
        if _match(later, checklist):
            break
        said.append(later)
    return _polarity(_without_names(" ".join(said))) == "not_held"


def _names_a_relative(piece: str) -> bool:
    """ "my wife", "sa femme", "zijn broer", "sein Bruder": a family word after a possessive."""
    cues = lexicon().cues
    for found in cues["family"].find(piece):
        before = piece[: found.start()].split()[-1:]
        if before and before[0] in cues["possessive"]:
            return True
    return False


def _names_a_word(piece: str) -> bool:
    """Whether a piece holds a word that may name something, once the words that never name
    a paper alone ("copy", "la photocopie", "(pdf)", "yes", "signed") are set aside."""
    from rules.documents import QUALIFIERS, essential

    cues = lexicon().cues
    plain = cues["documents_word"].pattern.sub(" ", cues["paper_form"].pattern.sub(" ", piece))
    return any(word not in QUALIFIERS and not word.isdigit() for word in essential(plain).split())


def _a_verb_between_papers(piece: str) -> bool:
    """Whether words other than joiners ("with", "sowie", "ainsi que") stand between the first
    two papers a clause names ("insurance finish with the visa", not "the visa with the
    insurance")."""
    plain = _for_matching(piece)
    found = sorted(_matches(plain, ()), key=lambda m: plain.find(m.text))
    if len(found) < 2:
        return False
    start = plain.find(found[0].text) + len(found[0].text)
    between = plain[start : plain.find(found[1].text, start)]
    cues = lexicon().cues
    rest = cues["with_word"].pattern.sub(" ", between)
    return any(word not in cues["article"].phrases for word in rest.split())


def _first_named(piece: str, docs: list[str]) -> list[str]:
    """Of the papers a clause names, the one it names first."""
    found = sorted(
        _matches(_for_matching(piece), ()), key=lambda m: _for_matching(piece).find(m.text)
    )
    first = next((m.document for m in found if m.document in docs), None)
    return [first] if first else docs


def _other_things_as_the_rest(folded: str) -> str:
    """ "visa und andere Sachen noch warten", "contract and the other things no": the other
    things said not there (a negation or a pending cue in their sentence, after them) are the
    rest; said held ("passport and a few other things") they stay vague, and are asked."""
    cues = lexicon().cues
    rest = next(iter(cues["rest_said"].phrases))
    for match in reversed(cues["other_things"].find(folded)):
        after = re.split(r"[.;!?\n]", folded[match.end() :], maxsplit=1)[0]
        if _polarity(after) == "not_held":
            folded = f"{folded[: match.start()]}{rest}{folded[match.end() :]}"
    return folded


def _names_only_a_kind(piece: str) -> bool:
    """Whether a piece names a paper only by its kind ("l'attestation", "l'attestation du
    renouvellement"), which says no document alone."""
    from rules.documents import NAMES_NONE_ALONE, PAPER_KINDS, essential

    words = set(essential(_for_matching(piece)).split())
    return bool(words & PAPER_KINDS) and all(word in NAMES_NONE_ALONE for word in words)


def _names_a_renewal(piece: str) -> bool:
    """Whether a piece speaks of a renewal ("l'attestation du renouvellement")."""
    from rules.documents import RENEWAL_WORDS, essential

    return bool(set(essential(_for_matching(piece)).split()) & RENEWAL_WORDS)


def _names_the_next_one(piece: str, docs: list[str]) -> bool:
    """Whether a piece speaks of a paper's renewal, or of its new one named ("nouveau permis
    jusqu'au 31/7 arrive bientôt"; not "nouveau rendez-vous le 12/5"). (A new contract is no
    renewal of one held: it is the paper the request needs, RD 105/39.)"""
    if _names_a_renewal(piece):
        return True
    if "employment_contract" in docs:
        return False
    from rules.documents import _names

    exact, _, _ = _names()
    words = {word for name, doc in exact.items() if doc in docs for word in name.split()}
    return any(
        piece[new.end() :].split()[:1] and piece[new.end() :].split()[0] in words
        for new in lexicon().cues["new_paper"].find(piece)
    )


def _only_qualifies(piece: str) -> bool:
    """Whether a piece says only how a paper is ("pas encore signé", "not signed yet"): it
    speaks of the paper named before it."""
    from rules.documents import QUALIFIERS, essential

    words = essential(_for_matching(piece)).split()
    return bool(words) and all(word in QUALIFIERS for word in words)


def _words(text: str) -> set[str]:
    """The words of a piece, punctuation aside ("wohnung:" is "wohnung")."""
    return set(re.findall(r"\w+", text))


def _names_something(piece: str) -> bool:
    """Whether a piece holds a word that may be a document's name ("die Unterkunftserklärung
    fehlt noch" names one, even unrecognised; "and it has expired" names none)."""
    from ..parsing.dates import month_words

    cues = lexicon().cues
    plain = _for_matching(piece)
    for kind in ("anaphora", "article", "possessive", "first_person", "pending", "future_tense"):
        plain = cues[kind].pattern.sub(" ", plain)  # "die muss noch verlängert werden": none
    return any(len(w) >= 6 and w not in month_words() and not w.isdigit() for w in plain.split())


def _names_a_look_alike(piece: str, near_pieces: list[tuple[str, str]]) -> bool:
    """Whether a piece speaks of a look-alike paper (an old tourist visa, a proof of address)
    besides the papers it names: "it" after it is the look-alike. The look-alike's name is
    blanked out of the pieces (spaces of its length), inside the words of its own piece."""
    return bool(_BLANKED_NAME.search(piece)) and any(
        _words(piece) <= _words(near) for _, near in near_pieces
    )


_BLANKED_NAME = re.compile(r"\S\s{4,}\S")


def _a_bare_cue(text: str) -> bool:
    """ "es fehlt", "il manque", "is missing": a verb of missing papers with at most a short
    word beside it (not "nee" of "nee enkel paspoort": only the passport is there)."""
    cues = lexicon().cues
    if not cues["missing_verb"].search(text):
        return False
    plain = text
    for kind in ("pending", "negation", "opens_missing", "missing_verb"):
        plain = cues[kind].pattern.sub(" ", plain)
    return all(len(word) <= 3 for word in plain.split())


def _only_a_cue(piece: str, of_a_list: bool = False) -> bool:
    """ "not yet", "noch nicht", "pas encore": a pending or missing cue and nothing else
    (``of_a_list``: said after a list of names, "no papers" is one too: "L'assurance et le
    logement, pas de papiers pour l'instant")."""
    cues = lexicon().cues
    plain = cues["negated_verb"].pattern.sub(" ", piece)  # "je n'ai pas encore"
    kinds = ("pending", "negation", "yet", "consequence", "later")  # "so no for now", "après"
    for kind in (*kinds, *(("nothing",) if of_a_list else ())):
        plain = cues[kind].pattern.sub(" ", plain)
    return not plain.strip(" .!") and (of_a_list or not cues["nothing"].search(piece))


def _without_state_words(piece: str) -> str:
    """A piece without the words of a paper's state, its verbs and pronouns: "ist noch nicht
    unterschrieben", "ich noch nicht", "noch nicht fertig" are a cue alone, of the paper before."""
    cues = lexicon().cues
    plain = cues["has_it"].pattern.sub(" ", cues["done"].pattern.sub(" ", piece))
    return " ".join(w for w in plain.split() if w not in cues["state_filler"])


def _is_cue_word(word: str) -> bool:
    cues = lexicon().cues
    return any(
        word in cues[kind] for kind in ("only", "that_is_all", "everything", "rest", "contrast")
    )


def _in_checklist_terms(ids: list[str], checklist: tuple[str, ...]) -> list[str]:
    """A D visa named where the checklist asks for "the seasonal worker permit or the D visa"
    (renewal, RD 105/32 2°) is that item."""
    if "seasonal_permit_or_visa" in checklist and "long_stay_visa" not in checklist:
        return as_the_permit_or_visa(ids)
    return ids


def as_the_permit_or_visa(ids: Iterable[str]) -> list[str]:
    """The ids with a D visa named as the renewal's "seasonal worker permit or D visa" item
    (RD 105/32 2°), each once."""
    return list(
        dict.fromkeys("seasonal_permit_or_visa" if doc == "long_stay_visa" else doc for doc in ids)
    )


def _piece_around(folded: str, start: int, end: int) -> str:
    left = max((m.end() for m in _PIECE_SEPARATOR.finditer(folded[:start])), default=0)
    left = max(left, max((m.end() for m in _SENTENCES.finditer(folded[:start])), default=0))
    right = next((m.start() for m in _PIECE_SEPARATOR.finditer(folded, end)), len(folded))
    return folded[left:right]


def _sentence_around(folded: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCES.finditer(folded[:start])), default=0)
    right = next((m.start() for m in _SENTENCES.finditer(folded, end)), len(folded))
    return folded[left:right]


_NONE_WORDS = frozenset(
    "nothing none rien aucun aucune niets niks geen nichts keine keins kein no non nee nein "
    "nix nada niente nowt".split()
)
_NO_COPY = re.compile(
    r"\b(?:pas|plus|aucune|no|not|any|geen|keine|kein|dont|don t|nicht)\b(?:\s+\w+){0,2}\s+"
    rf"{_COPY}\b"
)
"""A copy denied ("j'ai pas de copie", "no copy", "geen kopie", "keine Kopie"): of the paper
said before."""
_REMAINING = frozenset(
    "reste restant manque manquant remaining missing resterend ontbreekt rest fehlt offen".split()
)
"""A label for what is still missing ("Reste : …", "Remaining: …", "Fehlt: …")."""
_HAVE = frozenset("hab habe hat haben heb heeft hebben gilt geldt lauft loopt gibt".split())
_INTENSIFIERS = frozenset(
    "gar helemaal absolument vraiment echt wirklich really absolutely".split()
)
"""Words that only stress a "nothing" ("noch gar nix", "nog helemaal niks")."""
_AROUND_NONE = frozenset(
    "yet encore nog noch still at all du tout helemaal gar niet i have ive j ai je n ik heb "
    "ich habe hab we have nous avons wij hebben wir haben for now pour l instant voorlopig "
    "vorerst enkel document documents documenten dokumente unterlagen papers papiers "
    "he she has il elle a hij zij heeft er sie hat they ils ont".split()
)


def _before_except(piece: str) -> str:
    """The words of a piece before an exception it opens ("rien encore sauf …")."""
    found = lexicon().cues["except"].search(piece)
    return piece[: found.start()] if found is not None else piece


def _says_nothing(folded: str) -> bool:
    """ "none yet", "nog niets", "je n'ai rien encore", "noch keine Unterlagen"."""
    words = folded.split()
    return (
        bool(words)
        and any(w in _NONE_WORDS for w in words)
        and all(w in _NONE_WORDS or w in _AROUND_NONE for w in words)
    )


def phrases_for(ids: Iterable[str]) -> tuple[str, ...]:
    """Words the rules core matches back to exactly these document ids (``Situation.documents``
    holds the person's words; the engine hands over a name it knows for each id)."""
    return tuple(_phrase(doc) for doc in ids)


def _phrase(doc_id: str) -> str:
    from rules.tables import documents

    entry = documents().get(doc_id)
    if entry is None:
        return doc_id
    return entry.words["en"][0] if entry.words.get("en") else doc_id
