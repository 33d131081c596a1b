"""What an answer says besides dates and documents: who is typing, the worker's nationality,
where the worker is, their age, a numbered choice, a question to the assistant.

Each function reads folded text (``parsing.text.fold``) and returns what it found, or ``None``
when the text does not say; ``Ambiguous`` when it says two things at once (the engine then asks).
The words come from ``vocabulary/<lang>.toml``; nothing here is specific to one language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .lexicon import PhraseSet, lexicon, month_words
from .places import CountryMention, countries_in


class Ambiguous(ValueError):
    """The text supports two readings: ask, do not guess."""


def tokens_before(folded: str, offset: int, n: int = 2) -> str:
    return " ".join(folded[:offset].split()[-n:])


def _describes_a_document(folded: str, mention) -> bool:
    """ "Portuguese residence card", "titre de séjour irlandais": the country of a document,
    not a nationality (a passport is the exception: "a Polish passport" is a nationality)."""
    residence = lexicon().cues["residence_document"]
    after = " ".join(folded[mention.end :].split()[:2])
    before = " ".join(folded[: mention.start].split()[-3:])
    last = before.split()[-1:]
    for_a_person = bool(last) and (last[0] in lexicon().cues["article"] or last[0] in _FOR)
    following = re.match(r"\s+(\w+)", folded[mention.end :])
    if (
        mention.by_nationality_word
        # an adjective ("belgischen", "Belgian"), not a person ("Ukrainer, Verfahren …")
        and folded[mention.start : mention.end].endswith(_ADJECTIVE_ENDINGS)
        and following is not None
        and following[1] in lexicon().cues["institution"]
    ):
        return True  # "die Familie blickt beim belgischen System nicht durch"
    return bool(
        residence.search(after) or (residence.search(before) and not for_a_person)
    )  # not "quels papiers pour un Albanais ?"


_FOR = frozenset({"pour", "for", "voor", "fur"})
_ADJECTIVE_ENDINGS = ("sche", "schen", "sches", "scher", "schem", "ian", "ese", "an", "ch")
"""A nationality adjective's endings ("belgischen", "deutsche", "Belgian"), not a person's
("Ukrainer")."""


def _negated(folded: str, offset: int) -> bool:
    """ "pas le Nigeria", "not in Belgium", "niet in België", "nicht in Belgien"."""
    words = tokens_before(folded, offset, 3).split()
    negation = lexicon().cues["negation"]
    return any(word in negation for word in words[-3:]) and not any(
        word in ("mais", "but", "maar", "aber") for word in words[-2:]
    )


def _without_article(before: str) -> str:
    """ "still in the" → "still in": an article between the place word and the name."""
    words = before.split()
    while words and words[-1] in lexicon().cues["article"] and len(words) > 1:
        words.pop()
    return " ".join(words)


def _under_a_place_label(folded: str, offset: int) -> bool:
    """A line of a form or an e-mail that says where: "Current location: Udon Thani, Thailand",
    "Aufenthaltsort: Hanoi, Vietnam" (line ends are ``;`` in folded clauses)."""
    line = folded[folded.rfind(";", 0, offset) + 1 : offset]
    label, colon, _ = line.partition(":")
    return bool(colon) and " ".join(label.split()) in lexicon().cues["place_in"]


def a_name(folded: str, mention: CountryMention) -> bool:
    """Whether a nationality word is a person's name ("je m'appelle Georges")."""
    return _ends_with(lexicon().cues["name_is"], tokens_before(folded, mention.start, 3))


def _ends_with(phrases: PhraseSet, text: str) -> bool:
    words = text.replace(":", " ").split()  # a form's label: "Aufenthaltsort: Hanoi"
    return any(" ".join(words[-k:]) in phrases for k in (1, 2, 3) if len(words) >= k)


# --- numbered choices and questions -------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "eins": 1, "zwei": 2, "drei": 3, "funf": 5,
    "first": 1, "second": 2, "third": 3, "premier": 1, "deuxieme": 2, "troisieme": 3,
    "eerste": 1, "tweede": 2, "derde": 3, "erste": 1, "zweite": 2, "dritte": 3,
    "fourth": 4, "fifth": 5, "premiere": 1, "seconde": 2, "quatrieme": 4, "cinquieme": 5,
    "vierde": 4, "vijfde": 5, "ersten": 1, "zweiten": 2, "dritten": 3, "vierte": 4, "funfte": 5,
}  # fmt: skip


def numbered_choice(folded: str, count: int) -> int | None:
    """ "2", "option 2 pls", "nummer 1", "Drei. Ich bin Dolmetscher": the number of a choice
    that opens a short answer (``None`` when two numbers are given, or none)."""
    words = [w.strip(".:)-") for w in folded.split()]
    words = [w for w in words if w]
    if not words:
        return None
    skip = lexicon().cues["choice_number"]
    index = 0
    while index < len(words) - 1 and words[index] in skip:
        index += 1
    first = words[index]
    number = int(first) if first.isdigit() else _NUMBER_WORDS.get(first)
    raw = [w for w in folded.split() if w.strip(".:)-")]
    if (
        number == 1
        and not first.isdigit()
        and index + 1 < len(words)
        and raw[index] == first
        and words[index + 1] not in skip  # "de derde optie"
    ):
        return None  # "un conseiller", "een consulent": an article, not the first choice
    if number is None or not 1 <= number <= count:
        return None
    rest = " ".join(words[index + 1 :])
    if re.search(r"\b(?:or|ou|of|oder)\s+\d\b", rest):
        return None  # "1 oder 2?"
    from ..parsing.dates import month_words

    if words[index + 1 : index + 2] and words[index + 1].strip(",") in month_words():
        return None  # "le 3 avril": a date, not the third choice
    return number


def question_to_assistant(folded: str, raw: str) -> tuple[str, str] | None:
    """ "why do you need that?" → ("why", ""); "what is an annex 3?" → ("help", "annex 3").
    A question opens the answer (or the answer is one question): it never sets a fact."""
    cues = lexicon().cues
    head = " ".join(folded.split()[:3])
    why = cues["why"].search(head)
    if why is not None and why.start() == 0:
        return ("why", "")
    question = cues["question"].search(folded)
    checking = cues["checking"].search(folded)
    if (
        checking is not None
        and checking.start() == 0
        and raw.rstrip().endswith("?")
        and not _names_a_fact(folded)  # "is it ok if I'm 55?", "…if he is from Morocco?" answer
    ):
        question = checking  # "what counts as housing proof?", "is an electricity bill ok?"
    if question is not None and (question.start() == 0 or raw.rstrip().endswith("?")):
        if folded[: question.start()].strip() and not raw.rstrip().endswith("?"):
            return None
        opens = max(folded.rfind(mark, 0, question.start()) for mark in ".!?;\n")
        if opens > 0 and (_names_a_fact(folded[:opens]) or _names_a_paper(folded[:opens])):
            # "deze vrijdag, de 26ste. Is dat op tijd?", "passeport, visa D, contrat, bail. Ça
            # suffit ?": the answer, then a question
            return None
        topic = folded[question.end() :].strip(" ?")
        topic = re.sub(
            r"^(?:an?|the|un|une|le|la|l|een|de|het|ein|eine|einen|der|die|das|by|par)\s+",
            "",
            topic,
        )
        return ("help", topic)
    if raw.rstrip().endswith("?") and cues["why"].search(folded) is not None:
        return ("why", "")
    return None


def _names_a_paper(folded: str) -> bool:
    """Whether the words name a paper of the checklists ("passeport, visa D, contrat")."""
    from rules.documents import match_documents

    return any(
        match.document
        for word in folded.replace(",", " ").split()
        if len(word) >= 4
        for match in match_documents(word)
    )


def _names_a_fact(folded: str) -> bool:
    """Whether a question names a number, a country or a day ("is it ok if he comes next
    Monday?"): it answers while it asks."""
    lex = lexicon()
    words = {w.strip(",.?!") for w in folded.split()}
    return (
        bool(re.search(r"\d", folded))
        or bool(countries_in(folded))
        or bool(words & (set(month_words()) | set(lex.weekdays) | set(lex.relative_days)))
    )


# --- who is answering ----------------------------------------------------------------------


@dataclass(frozen=True)
class RoleCue:
    role: str
    strong: bool
    chosen: bool = False
    """Said as what to put ("so put employer", "zet maar werkgever"): the person's choice."""


def role_cues(folded: str) -> list[RoleCue]:
    """Each role word with its reading: said of oneself ("je suis la patronne": strong), or
    of someone else ("mon patron" → the answerer is the worker; "le travailleur" → not)."""
    lex = lexicon()
    cues = lex.cues
    found: list[tuple[int, RoleCue]] = []
    spans = [(m.start(), m.end(), role) for role, ps in lex.role.items() for m in ps.find(folded)]
    for role, phrases in lex.role.items():
        for match in phrases.find(folded):
            # its own sentence ("ich bin Deutscher. Mein Pflücker …": the picker is mine)
            before = re.split(r"[.!?;]\s", tokens_before(folded, match.start(), 3))[-1]
            last = before.split()[-1:] or [""]
            if any(word in cues["negation"].phrases for word in before.split()[-2:]):
                continue  # "ich bin ned der Arbeitgeber", "I'm not the employer"
            if any(
                other != role and s <= match.start() and match.end() <= e and e - s > len(match[0])
                for s, e, other in spans
            ):
                continue  # "chef d'équipe": the longer words of another role say it
            # "ik ben plukker, de teler wil me aanwerven": "ik ben" is said of the one before
            reach = match.start() - len(before)
            said_before = [e for _, e, _ in spans if reach <= e < match.start()]
            own_words = folded[max(said_before) : match.start()] if said_before else before
            someone_else = _someone_elses_role(folded, match, role, own_words)
            if someone_else is not None:
                if someone_else:
                    found.append((match.start(), RoleCue(someone_else, False)))
                continue
            if (
                role == "worker"
                and match[0] in cues["myself"].phrases
                and cues["typer_is"].search(before)  # "ik ben zelf Nederlander"
                and any(
                    m.by_nationality_word
                    for m in countries_in(" ".join(folded[match.end() :].split()[:2]))
                )
            ):
                continue  # "ik ben zelf Nederlander": the typer's nationality, not the worker
            if (
                role == "employer"
                and not _first_person(before, cues)
                and last[0] not in cues["possessive"]
                and cues["said"].search(" ".join(folded[match.end() :].split()[:2]))
            ):
                continue  # "chef hat gesagt ich mache das formular": someone else, who said so
            possessed = last[0] in cues["possessive"] or (
                # "our Vietnamese picker": a word (a nationality) between
                role == "worker"
                and before.split()[-2:-1]
                and before.split()[-2] in cues["possessive"]
            )
            if possessed and not _first_person(before, cues):
                if role == "employer":
                    found.append((match.start(), RoleCue("worker", False)))
                elif role == "worker":
                    found.append((match.start(), RoleCue("employer", False)))
                else:
                    found.append((match.start(), RoleCue(role, False)))
                continue
            if role == "worker" and cues["have"].search(tokens_before(folded, match.start(), 4)):
                found.append((match.start(), RoleCue("employer", False)))  # "ik heb een plukster"
                continue
            if (
                last[0] in cues["article"]
                and (not _first_person(before, cues) or _said_of_oneself_before(before))
                and (
                    role == "worker"
                    or role == "employer"
                    # not "ich führe mit meinem Mann einen Gasthof": a business one runs (but "ein
                    # Bauer in Eupen hat gefragt" is someone else, who does something)
                    and not (
                        last[0] in cues["indefinite"].phrases
                        and not _any_of(cues["acts_after_role"], folded[match.end() :].split()[:4])
                        # "for a grower": another's
                        and not _any_of(cues["for_word"], before.split()[-2:-1])
                        and not lex.role["helpdesk"].search(folded[: match.start()])
                    )
                    and (
                        cues["first_person"].search(folded[: match.start()])
                        # "CAW here, Pakistani client, … for a grower": the helper's words
                        or lex.role["helpdesk"].search(folded[: match.start()])
                    )
                )
            ):
                continue  # "je représente le travailleur", "der Bauer will mich": someone else
            own = match[0].split()[0] in _SELF_WORDS
            chosen = cues["put_down_as"].search(" ".join(before.split()[-3:])) is not None
            found.append(
                (match.start(), RoleCue(role, own or chosen or _first_person(before, cues), chosen))
            )
    short = len(folded.split()) <= 8
    for match in cues["family"].find(folded):
        before = tokens_before(folded, match.start(), 3)
        if before.split()[-1:] and before.split()[-1] in cues["possessive"]:
            if cues["work_verb"].search(before):
                continue  # "ich arbeite für meinen Bruder auf dem Hof": works, not helps
            helping = cues["helping"].search(before) is not None or _first_person(before, cues)
            if short or helping:  # "sein Bruder", "I'm her sister", "je remplis pour mon cousin"
                found.append((match.start(), RoleCue("helpdesk", _first_person(before, cues))))
    found.sort(key=lambda item: item[0])
    return [cue for _, cue in found]


def _someone_elses_role(folded: str, match: re.Match[str], role: str, before: str) -> str | None:
    """The role a role word gives when it is not the typer's own: "" to pass it by, the typer's
    role when the words say it ("le patron m'a envoyé ce lien": the typer is the worker),
    ``None`` when it may be the typer's."""
    cues = lexicon().cues
    after = [w.strip(".,;:!?()") for w in folded[match.end() :].split()[:6]]
    first_person = _first_person(before, cues)
    previous = before.split()[-1:]
    if role == "employer" and previous and previous[0] in cues["to_me"].phrases:
        return "worker"  # "le fermier veut m'engager", "de teler wil me aanwerven"
    if (
        role != "worker"
        and not first_person
        and _the_typer_as_object(after)
        # a label opening the answer is the typer's ("farmer, please tell me", "Teler, kan je me
        # zeggen"), unless the typer is the object at once ("Le patron m'a envoyé ce lien",
        # "Chef will mich behalten")
        and (folded[: match.start()].strip() or _object_at_once(after))
    ):
        # "le patron m'a envoyé ce lien", "de teler wil me aanwerven", "Chef will mich
        # behalten", "the municipality gave me the annex 3": someone else, and the typer
        return "worker" if role == "employer" else ""
    if role == "employer" and after[:1] and after[0] in cues["by_agent"].phrases:
        return "worker"  # "je suis embauché par une ferme"
    if (
        previous
        and previous[0] in cues["work_verb"].phrases
        and match[0].split()[0] in ("for", "pour", "voor", "fur", "fuer")
    ):
        # "er arbeitet für mich": the typer employs; "ich arbeite für meinen Bruder": works
        return "employer" if role == "worker" and not first_person else ""
    if role == "helpdesk" and (
        cues["harvest"].search(" ".join(after[:3]))
        or after[:1]
        and after[0] in cues["with_someone"].phrases
        and lexicon().role["employer"].search(" ".join(after[1:4]))
    ):
        return ""  # "ich helfe bei der Ernte", "au téléphone avec mon patron"
    if role == "worker" and cues["its_said"].pattern.match(" ".join(after[:2])):
        return ""  # "pour moi c'est la première fois"
    if role == "worker" and match[0] in cues["myself"].phrases:
        later = folded[match.end() :]
        if any(
            later[: m.start()].split()[-1:] and later[: m.start()].split()[-1] in cues["possessive"]
            for m in lexicon().role["worker"].find(later)
        ):
            return ""  # "je remplis moi-même pour mon ouvrier": the typer is not the worker
    if role != "worker" and first_person:
        at = after[:1] and after[0] in ("in", "au", "en", "a", "im", "aux", "uit", "aus", "from")
        abroad = [
            m
            for m in (countries_in(" ".join(after[:3])) if at else [])
            if m.code != "BE" and not m.by_nationality_word  # not "…, der Mann ist Marokkaner"
        ]
        if abroad:
            return ""  # "je suis professeur au Maroc", "ik ben boer in Marokko": a job at home
    return None


def _any_of(words_of, words: list[str]) -> bool:
    """Whether one of ``words`` is a phrase of the cue ``words_of``."""
    return any(word in words_of.phrases for word in words)


def _object_at_once(after: list[str]) -> bool:
    """Whether the typer is the object in the first two words ("m'a envoyé", "heeft me", "will
    mich"), with no one addressed ("kan je me", "pouvez vous m'aider")."""
    cues = lexicon().cues
    return _any_of(cues["to_me"], after[:2]) and not _any_of(cues["to_you"], after[:2])


def _the_typer_as_object(after: list[str]) -> bool:
    """Whether the words after someone's role have the typer for object ("m'a envoyé", "will
    mich behalten", "van de boerderij heeft me dit gestuurd"): soon after it, with no one else
    between (not "farmer. he picks apples for me"), and not "of mine" ("een cursist van mij")."""
    cues = lexicon().cues
    to_me = cues["to_me"].phrases
    # "de eigenaar van de boerderij heeft me", "bauer in büllingen will mich nehmen"
    reach = (
        6 if _any_of(cues["of_word"], after[:1]) or _any_of(cues["place_word"], after[:1]) else 3
    )
    for index, word in enumerate(after[:reach]):
        if word in cues["he_or_she"].phrases:
            return False
        if word in to_me:
            # not "of mine" ("een cursist van mij"), "by me" ("door mij overgenomen"), nor "for
            # me" ("voor mij is het de eerste keer")
            return index == 0 or not any(
                after[index - 1] in cues[kind].phrases
                for kind in ("of_word", "by_word", "for_word")
            )
    return False


def _said_of_oneself_before(before: str) -> bool:
    """Whether a nationality stands just before the article ending ``before`` ("ich bin
    Tunesier, der Winzer nimmt mich"): the first person said who they are, and the article
    opens someone else (not "bin selber der Erntehelfer")."""
    words = before.split()[:-1]
    return bool(words) and any(m.by_nationality_word for m in countries_in(words[-1]))


_SELF_WORDS = frozenset(
    {"i", "im", "je", "ik", "ich", "c", "moi", "dat", "das", "its", "me", "voor", "pour", "fur"}
)


def _first_person(before: str, cues) -> bool:
    words = before.split()
    phrases = cues["first_person"].phrases
    return any(
        " ".join(words[i:j]) in phrases or words[i] in {"i", "je", "ik", "ich"}
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def role_of(folded: str) -> str | None:
    """The role the answer gives, ``None`` when it names none; :class:`Ambiguous` when it
    names two with equal weight, or two people answering together."""
    if (
        lexicon().cues["together"].search(folded)
        or re.search(
            r"\b(?:moi|me|ik|ich|i)\s+(?:et|and|en|und)\s+(?:mon|ma|my|mijn|mein|meine|le|la|the|de|der|die)\s+\w+",
            folded,
        )
        and role_cues(folded)
    ):
        raise Ambiguous("role")  # "my boss and I, together": who is typing?
    cues = role_cues(folded)
    if not cues:
        return None
    chosen = {c.role for c in cues if c.chosen}
    if len(chosen) == 1:
        return chosen.pop()  # "I'm his daughter, I do the farm's paperwork, so put employer"
    strong = {c.role for c in cues if c.strong}
    if lexicon().cues["agency"].search(folded) and not strong:
        # an interim agency is the employer when it says it employs ("on our payroll", "wij
        # zijn de juridische werkgever"); otherwise it may be only a go-between: asked
        if "employer" in {c.role for c in cues}:
            return "employer"
        raise Ambiguous("role")
    if len(strong) == 1:
        return strong.pop()
    pool = [c.role for c in cues if c.strong] if strong else [c.role for c in cues]
    counts = {role: pool.count(role) for role in set(pool)}
    best = max(counts.values())
    winners = [role for role, n in counts.items() if n == best]
    if len(winners) == 1:
        return winners[0]
    if "worker" in winners and len(winners) == 2:
        # "employer, it is about our worker": the other role speaks *about* the worker
        return next(role for role in winners if role != "worker")
    raise Ambiguous("role")


# --- nationality and whereabouts ----------------------------------------------------------


@dataclass(frozen=True)
class Whereabouts:
    code: str
    """The country where the answer places the worker now."""
    resident: bool
    """Said with a residence word ("lives in", "woont in", "residence card there")."""


def said_of_a_person(folded: str, mention) -> bool:
    """Whether a nationality word is said of a person ("he is Moroccan", "Marokkaanse
    werkneemster", "Ich bin Inder", a list "Türke, 31"), not of a thing ("a Greek government")."""
    cues = lexicon().cues
    before = folded[: mention.start].split()[-3:]
    after = folded[mention.end :].split()[:1]
    words = [word.strip(",.:") for word in before]
    return (
        not before
        or any(word in COPULAS for word in words)
        or bool(after and after[0].strip(",.") in cues["person"].phrases)
        or words[-1] in cues["person"].phrases  # "une ouvrière ukrainienne"
        # German nouns of people: "die Kubanerin", "den Marokkaner"
        or folded[mention.start : mention.end].endswith(("erin", "aner", "anern"))
        or words[-1].isdigit()  # "wij hebben 5 Oekraïners", "twee Marokkanen": people counted
        or lexicon().numbers.get(words[-1], 1) > 1  # not "a"/"een": "a Greek government"
        or (
            len(words) > 1
            and words[-1] in cues["origin"].phrases
            and words[-2] in cues["person"].phrases
        )
        or bool(cues["nationality"].search(" ".join(before + after)))
        or before[-1].endswith(",")
        or bool(after and after[0].startswith(","))
        or folded[mention.end : mention.end + 1] == ","
    )


COPULAS = frozenset(
    {"is", "am", "m", "im", "s", "are", "est", "suis", "sui", "jsui", "chui", "sont"}
    | {"ist", "bin", "sind", "ben", "zijn"}
    | {"soy", "sou"}  # Spanish, Portuguese: "soy ecuatoriano" in a French answer
)
"""The verb "to be" as people type it, in the four languages ("jsui", "I'm")."""


def _describes_the_writer(folded: str, mention: CountryMention) -> bool:
    """ "I'm the American manager", "notre fermier belge": a nationality word said of the
    employer (an employer's word right after it, or right before it), not of the worker. A
    helpdesk's words ("beller: Vietnamese vrouw") name the worker: they do not count."""
    words = lexicon().cues["employer_person"]
    after = " ".join(folded[mention.end :].split()[:2])
    before = tokens_before(folded, mention.start, 2).rstrip(",;: ")  # "the employer, Irish lad"
    found = words.search(after)
    if found is not None and found.start() == 0:
        return True
    found_before = words.search(before)
    return found_before is not None and found_before.end() == len(before)


_AND_OR = frozenset("and or et ou en of und oder".split())


def _said_of_a_language(after: str) -> bool:
    """The words after "my <nationality word>" speak of a language: excused ("mein
    Österreichisch verzeihen") or judged ("my french is small", "mein Deutsch ist nicht gut",
    "my german not so good"), not "mon marocain est en Espagne" (the worker)."""
    cues = lexicon().cues
    words = [w.strip(".,;:!?()") for w in after.split()[:5]]
    if words[:1] and cues["language_excused"].search(words[0]):
        return True
    if not words:
        return False
    judged = words[1:4] if words[0] in COPULAS else words[:3]  # "my german not so good"
    return cues["language_judged"].search(" ".join(judged)) is not None


_LEARNED = frozenset("gelernt learned learnt appris geleerd lerne learn leer apprends".split())


def a_language(folded: str, offset: int, end: int | None = None) -> bool:
    """Whether the nationality word at ``offset`` names a language spoken ("spricht kaum
    Deutsch nur Spanisch", "the Russian speaking members"), not "il parle français, il est
    sénégalais"."""
    words = re.split(r"[.!?;()]", tokens_before(folded, offset, 4))[-1].split()  # its sentence
    said = lexicon().cues["speaks"]
    following = folded[end:].replace("-", " ").split()[:3] if end is not None else []
    if following and following[0] in said:
        return True
    if (
        not words
        and following[:1] in (["ich"], ["i"], ["je"], ["j"], ["ik"])
        and _LEARNED & set(following[1:3] + folded[end:].split()[3:4])
    ):
        return True  # "Deutsch ich habe gelernt bei einem Freiwilligen": a language learned
    if len(following) == 3 and following[0] in _AND_OR and following[2] in said:
        return True  # "the English and Russian speaking members"
    owner = lexicon().cues["language_owner"]
    if words[-1:] and words[-1] in owner and _said_of_a_language(folded[end:]):
        return True  # "my french is small small", "mon français n'est pas bon"
    for index in range(len(words)):
        if said.search(words[index]) and not COPULAS & set(words[index + 1 :]):
            return True
    # "I write English because my Dutch is bad and your German… anyway": the sentence of a
    # message's language
    sentence = re.split(r"[.!?;]\s", folded[:offset])[-1]
    # (not "I write from Morocco for my cousin, he is Algerian": said of a person)
    return lexicon().cues["writes_in"].search(sentence) is not None and not COPULAS & set(
        sentence.split()[-2:]
    )


def travel_passport(folded: str, mentions: list[CountryMention]) -> str | None:
    """The passport a worker of two nationalities travels on ("Moroccan and Spanish, but he
    travels on the Moroccan passport", "reist altijd met zijn Spaans paspoort"): the first
    country named right after the words, else None."""
    cues = lexicon().cues
    for said in cues["travels_on"].find(folded):
        near = " ".join(folded[said.end() :].split()[:3])  # "on the Moroccan passport"
        if cues["identity_paper"].search(near) is None:
            continue
        named = [m for m in mentions if said.end() <= m.start < said.end() + 40]
        if named and not named[0].code.startswith("?"):
            return named[0].code  # the first country after the words
    return None


def nationality_of(folded: str, mentions: list[CountryMention] | None = None) -> str | None:
    """The nationality an answer states: the passport a worker of two travels on, a
    nationality word ("marocaine", "Thai"), a country after "nationality"/"citizen", or after
    an origin word ("comes from Tunisia")."""
    cues = lexicon().cues
    mentions = countries_in(folded) if mentions is None else mentions
    if cues["stateless"].search(folded):
        return None  # "staatloos, reisdocument van Nederland": no nationality to read
    if (travels_on := travel_passport(folded, mentions)) is not None:
        return travels_on
    said = [m for m in mentions if not _negated(folded, m.start)]  # "pas le Nigeria"
    if _alternatives(folded, said):
        raise Ambiguous("nationality")  # "Senegal denk ik... of Mali?": which one? asked
    mentions = [m for m in said if not m.is_city]  # a city is a place, not a nationality
    by_word = {
        m.code
        for m in mentions
        if m.by_nationality_word
        and not (
            m.code == "BE"
            and (
                cues["family"].search(tokens_before(folded, m.start, 4))
                # "married into a Belgian farming family"
                or cues["family"].search(" ".join(folded[m.end :].split()[:2]))
            )
        )
        and not _describes_a_document(folded, m)
        and not _describes_the_writer(folded, m)
        and not a_name(folded, m)  # "je m'appelle Georges"
        and not a_language(folded, m.start, m.end)
    }  # "my wife who is Belgian", "a Portuguese residence card", "the American manager here":
    #    not the worker's nationality; "spricht nur Spanisch": a language
    unsure = [code for code in by_word if code.startswith("?")]
    if unsure:
        # "Congolese from Kinshasa", "guinéen (Conakry)": the place tells which one
        candidates = set(unsure[0][1:].split(","))
        places = {m.code for m in said if m.is_place and m.code in candidates}
        if len(places) == 1 and len(by_word) == 1:
            return places.pop()
        raise Ambiguous("nationality")
    if len(by_word) > 1 and "BE" in by_word:
        if cues["nationality"].search(folded) or cues["dual"].search(folded):
            return "BE"  # "the Belgian and the Moroccan nationality": a Belgian
        by_word.discard("BE")  # "a Belgian farm wants a Bolivian": the farm is Belgian
    if len(by_word) > 1:
        on_a_passport = {
            m.code for m in mentions if m.code in by_word and _of_a_passport(folded, m)
        }
        also = cues["also"].search(folded) or cues["dual"].search(folded)
        if len(on_a_passport) == 1 and not also and cues["thought"].search(folded):
            # not "… hat aber auch den spanischen Pass", "applied for a Spanish passport": asked
            return on_a_passport.pop()  # "on pensait égyptien, mais il a un passeport soudanais"
        raise Ambiguous("nationality")
    if by_word and by_word != {"BE"}:
        return by_word.pop()
    stated = set()
    for m in mentions:
        before = tokens_before(folded, _before_its_place(folded, m, said), 3)
        said_origin = any(  # "kommt aus", "komt uit", "comes from": where a person is from
            " " in phrase and (before == phrase or before.endswith(" " + phrase))
            for phrase in cues["origin"].phrases
        )
        if not said_origin and (cues["arrival"].search(before) or cues["birth"].search(before)):
            continue  # "arrived from Albania", "born in Libya": not the nationality
        if (
            _ends_with(cues["origin"], before)
            or _ends_with(cues["origin"], _without_article(before))
            or cues["nationality"].search(before)
            or _beside_a_name(folded, m.start)
            or (m.code != "BE" and _after_a_bare_subject(folded, m.start, m.end))
            or _people_counted(before, folded[m.end :])  # "drie Filipijnen komen bij ons"
        ):
            stated.add(m.code)
    if by_word == {"BE"} and stated - {"BE"}:
        stated -= {"BE"}  # "from Bolivia ... a Belgian farm"
    elif by_word == {"BE"}:
        return "BE"
    if len(stated) == 1:
        return stated.pop()
    if len(stated) > 1:
        raise Ambiguous("nationality")
    return None


def _people_counted(before: str, after: str) -> bool:
    """A country name between a count and a plural verb is its people: "drie Filipijnen
    komen" (not "2 Italy seasons", "een Indiaas identity certificate")."""
    last = before.split()[-1:]
    if not last:
        return False
    count = int(last[0]) if last[0].isdigit() else lexicon().numbers.get(last[0], 0)
    verb = lexicon().cues["people_verb"].search(" ".join(after.split()[:2]))
    return count >= 2 and verb is not None and verb.start() == 0


def _before_its_place(folded: str, mention: CountryMention, said: list[CountryMention]) -> int:
    """Where the words before a country begin, past a place of that country just before it:
    "from Punjab, India", "aus Agadir (Marokko)" are from India and from Morocco."""
    start = mention.start
    for place in reversed(said):
        if place.is_place and place.code == mention.code and place.end <= start:
            if folded[place.end : start].strip(" ,()-") == "":
                start = place.start
    return start


def _alternatives(folded: str, mentions: list[CountryMention]) -> bool:
    """Whether two countries are given as alternatives ("Senegal… of Mali?", "Maroc ou
    Algérie"): only "or" and a few words of doubt between them."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.code == second.code:
            continue
        between = folded[first.end : second.start]
        cues = lexicon().cues
        for doubt in cues["doubt"].find(between)[::-1]:  # "Senegal denk ik… of Mali?"
            between = between[: doubt.start()] + between[doubt.end() :]
        words = " ".join(re.sub(r"[.,…]", " ", between).split())
        if words and cues["either_or"].pattern.fullmatch(words):
            return True
    return False


def _of_a_passport(folded: str, mention: CountryMention) -> bool:
    """ "un passeport soudanais", "a Sudanese passport", "sudanesischer Pass": the nationality
    word of a passport, next to it."""
    passport = lexicon().cues["passport"]
    near = (
        tokens_before(folded, mention.start, 2) + " " + " ".join(folded[mention.end :].split()[:2])
    )
    return passport.search(near) is not None


def _after_a_person_word(folded: str, offset: int) -> bool:
    """ "Mein Klient (Kolumbien, 36)", "Arbeiter: Indien (Punjab)": a country right after a
    word for the worker, as a label (a colon) or before an age. Not "our worker Jordan is from
    Ghana" (a name), nor "unsere anderen Arbeiter Polen, er selbst Ukraine"."""
    before = folded[:offset].rstrip()
    words = before.split()
    if not words or words[-1].rstrip(":") not in lexicon().cues["person"].phrases:
        return False
    if words[-1].endswith(":"):
        return True
    after = folded[offset:].split()[1:3]  # "Indien (Punjab), 35 J."
    return any(word[:1].isdigit() for word in after)


def country_alone(folded: str, mentions: list[CountryMention]) -> str | None:
    """A country said as a sentence of its own ("moi travailleur. Nepal. venir pour pomme",
    "Uzbekistan. 34 age."): in a description of the worker, their nationality. ``None`` unless
    exactly one country is said so."""
    codes = {
        m.code
        for m in mentions
        if not m.code.startswith("?")
        and m.code != "BE"
        and re.search(r"(?:^|[.!?/]\s*)$", folded[: m.start])
        and re.match(r"\s*(?:[.!?/]|$)", folded[m.end :])
    }
    return codes.pop() if len(codes) == 1 else None


def _after_a_bare_subject(folded: str, offset: int, end: int) -> bool:
    """ "ik marokko, 35 jaar", "me nepal, 28", "ik ben Vietnam.": a country right after a
    first-person pronoun (and its verb "to be", as learners write it), and before an age or
    the end of the sentence, is where the writer is from. Not after "for", "with", "that"…
    ("for me Morocco is far"), nor before a verb or an adverb ("ich Italien gearbeitet", "me
    spain now"): where the writer lives or worked."""
    after = folded[end:].lstrip()
    if after and not re.match(r"[\d./!?]", after):
        return False
    words = [w.strip(",.;:!?") for w in folded[:offset].split()[-3:]]
    if words and words[-1] in COPULAS:
        words = words[:-1]  # "ik ben Vietnam", "je suis Maroc"
    subjects = lexicon().cues["bare_subject"].phrases
    return (
        bool(words)
        and words[-1] in subjects
        and (len(words) == 1 or words[-2] not in lexicon().cues["not_before_subject"].phrases)
    )


_NAME_THEN_MARK = re.compile(r"[(,]\s*$")


def _beside_a_name(folded: str, offset: int) -> bool:
    """ "Herr Oumarou (Niger)", "Hr. Diallo, Guinea, 24 J.", "Mr. Rahimov (Uzbekistan, 33 y.)":
    a country in brackets or between commas just after a person's title and name is theirs."""
    before = folded[max(0, offset - 40) : offset]
    mark = _NAME_THEN_MARK.search(before)  # folding keeps the commas, not the brackets
    cues = lexicon().cues
    words = [w.strip(".:") for w in before[: mark.start() if mark else None].split()[-3:]]
    if mark is None:  # "herr oumarou niger": right after a title and a name
        return (len(words) >= 2 and words[-2] in cues["title"].phrases) or _after_a_person_word(
            folded, offset
        )
    return any(w in cues["title"].phrases or w in cues["person"].phrases for w in words[:-1])


def _in_a_visit(folded: str, mention) -> bool:
    """ "Je suis allé en vacances en Allemagne": a place visited, not where the worker is (a
    visit said to be now is where the worker is)."""
    marks = (".", ";", "!", "?", ",")
    start = max(folded.rfind(mark, 0, mention.start) for mark in marks)
    ends = [i for i in (folded.find(mark, mention.end) for mark in marks) if i != -1]
    clause = folded[start + 1 : min(ends) if ends else len(folded)]
    if lexicon().cues["now"].search(clause):
        return False  # "nu op bezoek bij mijn tante in Gent": where the worker is now
    before = folded[start + 1 : mention.end + 1]
    if lexicon().stays["visit"].search(before):
        return True  # "je suis allé en vacances en Allemagne"
    # "Last year i was in Italy for holidays in january": a visit said after, in the past (not
    # "he worked in Belgium last season he is in Morocco with his family": he is there now)
    near = tokens_before(folded, mention.start, 6)
    return bool(
        lexicon().cues["previous"].search(near)
        and not lexicon().cues["now_there"].search(" ".join(near.split()[-3:]))
        and lexicon().stays["visit"].search(clause)
    )


def _is_eu(code: str) -> bool:
    from rules.countries import is_eu_member_state

    return code != "BE" and is_eu_member_state(code)


def _residence_in_sentence(folded: str, mention) -> bool:
    """ "wohnt aber in Polen mit einer polnischen Aufenthaltskarte": the sentence says the
    worker lives there (not on a visit)."""
    lex = lexicon()
    start = max(folded.rfind(mark, 0, mention.start) for mark in (".", ";", "!", "?"))
    ends = [i for i in (folded.find(mark, mention.end) for mark in (".", ";", "!", "?")) if i != -1]
    sentence = folded[start + 1 : min(ends) if ends else len(folded)]
    return bool(
        (lex.cues["residence"].search(sentence) or lex.location["eu_resident"].search(sentence))
        and not lex.stays["visit"].search(sentence)
    )


def _now_near(folded: str, mention) -> bool:
    """ "still in", "back in", "now in Nairobi", "in Thailand now": where the worker is now."""
    cues = lexicon().cues
    before = " ".join(folded[: mention.start].split()[-5:])
    after = " ".join(folded[mention.end :].split()[:2])
    if cues["renamed"].search(before) or cues["renamed"].search(
        " ".join(folded[mention.end :].split()[:4])
    ):
        return False  # "Swaziland (now they call Eswatini)": the country's new name
    return bool(cues["now"].search(before) or cues["now"].search(after))


def where_one_was(folded: str, mention: CountryMention) -> bool:
    """A place said after "was" ("Ich war zwei Jahre in Deutschland") when its sentence then
    says where one is now ("jetzt bin ich … in Belgien") or names a visit ("war er bei mir in
    Bern zu Besuch"): a place of the past."""
    cues = lexicon().cues
    before = folded[: mention.start]
    if not any(m.end() >= len(before) - 30 for m in cues["was_in"].find(before)):
        return False  # no "was" in the words just before the place
    stop = re.search(r"[.!?;\n]", folded[mention.end :])
    rest = folded[mention.end : mention.end + stop.start() if stop else len(folded)]
    # "Im Frühling war er bei mir in Bern zu Besuch": a visit over
    return cues["now"].search(rest) is not None or lexicon().stays["visit"].search(rest) is not None


def whereabouts_of(
    folded: str, mentions: list[CountryMention] | None = None, strict: bool = False
) -> Whereabouts | None:
    """Where the answer places the worker now: a country (or city) after "in"/"still in"/"à".
    ``strict`` (a place said in passing, in an answer about something else): only after
    "still in", "lives in" and the like, never a bare "in" ("born in Libya"). ``None`` when
    no place is said."""
    lex = lexicon()
    cues = lex.cues
    mentions = countries_in(folded) if mentions is None else mentions
    resident = lex.location["eu_resident"]
    places: list[Whereabouts] = []
    for m in mentions:
        if not m.is_place or _negated(folded, m.start) or _in_a_visit(folded, m):
            continue
        if where_one_was(folded, m):
            continue  # "Ich war zwei Jahre in Deutschland, jetzt bin ich … in Belgien"
        raw_before = tokens_before(folded, m.start, 5)
        before = _without_article(raw_before)
        clause = re.split(r"[,;]", before)[-1]
        birth = cues["birth"].search(clause)
        after_birth = clause[birth.end() :] if birth is not None else ""
        if (
            # "born in Libya", "born in 1990 in Tirana"; not "born 03/08/1990, still in Tirana"
            (
                birth is not None
                and not (re.search(r"\d", after_birth) and cues["now"].search(after_birth))
            )
            or before.split()[-1:]
            and before.split()[-1] in cues["origin"]
        ):
            continue  # "born in Libya", "arrived from Albania"
        lives = (
            _ends_with(resident, before)
            or _ends_with(resident, raw_before)
            or (_is_eu(m.code) and _residence_in_sentence(folded, m))
        )
        if strict:
            words = before.split()
            placed = (
                lives
                or _now_near(folded, m)
                or any(
                    len(" ".join(words[-k:]).split()) > 1
                    and " ".join(words[-k:]) in cues["place_in"]
                    for k in (2, 3)
                    if len(words) >= k
                )
            )
        else:
            placed = (
                lives
                or _ends_with(cues["place_in"], before)
                or _ends_with(cues["place_in"], raw_before)
            )
        placed = placed or _under_a_place_label(folded, m.start)
        if placed:
            places.append(Whereabouts(m.code, lives))
    resident_places = [p for p in places if p.resident]
    if resident_places:
        places = resident_places
    now_places = [
        Whereabouts(m.code, False)
        for m in mentions
        if m.is_place and _now_near(folded, m) and any(p.code == m.code for p in places)
    ]
    if now_places and not resident_places:
        places = now_places
    codes = {p.code for p in places}
    if not codes:
        return None
    if (
        len(codes) > 1
        and "BE" in codes
        and len(codes - {"BE"}) == 1
        and not lex.location["belgium"].search(
            folded.replace("in belgium", "")
            .replace("en belgique", "")
            .replace("in belgie", "")
            .replace("in belgien", "")
        )
    ):
        # "still in Morocco ... work in Belgium": Belgium is where the work will be
        codes -= {"BE"}
        places = [p for p in places if p.code != "BE"]
    if len(codes) > 1:
        # "in Serbia, in Novi Sad" names one country twice; two countries: ask
        raise Ambiguous("location")
    return places[0]


# --- age ----------------------------------------------------------------------------------

_AGE_NUMBER = re.compile(
    r"(?<![\d/.\-€$£])(?<!\d,)(?<!€ )(\d{1,2})(?![\d/.\-]?\d|,\d|\s?(?:€|eur\b|euro))"
)
"""A number of one or two digits standing alone: not part of a date, a time or an amount
("14,20 € brutto", "€ 11")."""


def age_numbers(folded: str) -> list[tuple[int, int]]:
    """Numbers in the text that can be an age: (offset, value)."""
    return [(m.start(), int(m[1])) for m in _AGE_NUMBER.finditer(folded)]


def years_of_something(folded: str, offset: int) -> bool:
    """Whether the number at ``offset`` counts years of something ("12 years experience",
    "5 Jahre bei uns"), not a person's age."""
    years_of = lexicon().cues["years_of"].search(" ".join(folded[offset:].split()[2:5]))
    return years_of is not None and years_of.start() == 0


def stated_age(folded: str) -> int | None:
    """An age given with its unit ("28 Jahre alt", "34 ans", "age 30") — used when the
    answer is about something else. ``None`` when no age is stated this way."""
    cues = lexicon().cues
    units = cues["age_unit"]
    folded = _GLUED_UNIT.sub(r"\1 \2", folded)  # helpdesk notes: "28j", "33yrs", "31y"
    folded = re.sub(r"\b(\d{2})-(?=[a-z])", r"\1 ", folded)  # "30-jährig", "25-year-old"
    for offset, value in age_numbers(folded):
        after = [word.strip(".,;:") for word in folded[offset:].split()[1:3]]
        before = tokens_before(folded, offset, 2)
        if cues["since_strict"].search(before) or cues["date_duration"].search(before):
            continue  # "depuis 10 ans", "for 3 years": a duration, not an age
        if years_of_something(folded, offset):
            continue  # "12 years experience", "5 Jahre bei uns": years of something
        if cues["residence"].search(tokens_before(folded, offset, 6)):
            continue  # "la carte de séjour française de 10 ans": how long a paper runs
        clause = re.split(r"[,;.]", folded[:offset])[-1]
        if cues["years_somewhere"].search(" ".join(clause.split()[-4:])):
            continue  # "He's lived in Spain 15 years": how long he has lived there
        if after and (after[0] in units or " ".join(after) in units) and 10 <= value <= 99:
            return value
    match = re.search(r"\b(?:age|aged|agee|age de|leeftijd|alter|alt)\s*:?\s*(\d{1,2})\b", folded)
    if match:
        return int(match[1])
    match = _PERSON_IS_A_NUMBER.search(folded)
    if match and 14 <= int(match[1]) <= 80:
        return int(match[1])  # "k ben de baas, hij is 19", "oekraine en ik ben 45"
    return None


_GLUED_UNIT = re.compile(r"\b(\d{2})([a-z]{1,4})\b")

_PERSON_IS_A_NUMBER = re.compile(
    r"\b(?:ik ben|hij is|zij is|ze is|i am|i m|im|he is|he s|she is|she s|je suis|jsuis|"
    r"il est|elle est|ich bin|er ist|sie ist)\s+(\d{2})\s*(?:$|[,;.!)]|\b(?:and|et|en|und|"
    r"trouwens|overigens|btw|by the way|d ailleurs|au fait|ubrigens|uebrigens|dat|that|das)\b)"
)
"""A person said to *be* a number, the number ending the clause: an age."""


def age_from_birth(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
