"""Reading one answer: the facts it sets, what to say back, and what to ask about.

Each reader takes the answer text and the interview state and returns a :class:`Reading`
(the facts to set, the confirmations to show) or raises :class:`AnswerError` naming the catalog
key of the message that asks back. Readers never change the state themselves.

The rule every reader follows: **a reading is never a silent guess.** Every date, country or
document the answer mentions is used, said back, or asked about; "I don't know" is never "no";
two possible readings are asked about, not chosen. Besides the fact its question asks for, an
answer may give others ("I'm the employer, he is Moroccan"): :func:`also_said` takes those
that are stated plainly and says them back too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from rules.documents import document_ids
from rules.models import Period

from .parsing import countries as country_parsing
from .parsing import documents as document_parsing
from .parsing.dates import EDGE_WORDS, DateError, DateMention, Direction, month_words, resolve
from .parsing.text import fold, fold_clauses
from .parsing.yesno import parse_yes_no
from .questions import LOCATION_FACTS, QuestionSpec
from .reading import periods as period_reading
from .reading.lexicon import lexicon
from .reading.mentions import (
    COPULAS,
    Ambiguous,
    a_language,
    a_name,
    age_from_birth,
    age_numbers,
    country_alone,
    nationality_of,
    numbered_choice,
    role_cues,
    role_of,
    said_of_a_person,
    stated_age,
    tokens_before,
    travel_passport,
    where_one_was,
    whereabouts_of,
    years_of_something,
)
from .reading.places import countries_in, flag_of
from .state import InterviewState

Said = tuple[str, dict[str, Any]]
"""A catalog key and its placeholders, rendered in the language of the moment."""


class AnswerError(ValueError):
    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass
class Reading:
    facts: dict[str, Any] = field(default_factory=dict)
    """Situation fields to set (``Facts`` names)."""
    role: str | None = None
    said: list[Said] = field(default_factory=list)
    unknown: bool = False
    """The person does not know (this question): recorded as unknown, never as "no"."""
    partial: tuple[str, ...] = ()
    """Questions whose fact this reading gives only in part (an opening naming one paper held
    and saying nothing of the others): still asked, the part said kept."""
    not_there: tuple[str, ...] = ()
    """Papers the answer says are not there, or not known ("criminal record no"): not taken
    back from an earlier part said."""

    def add(self, other: Reading) -> Reading:
        for name, value in other.facts.items():
            self.facts.setdefault(name, value)
        self.role = self.role or other.role
        self.partial += tuple(name for name in other.partial if name not in self.partial)
        self.said.extend(said for said in other.said if said not in self.said)  # said once
        return self


def _date_error(error: DateError, answer: str = "") -> AnswerError:
    detail = answer.strip()[:60] if error.code == "end_before_start" and answer else error.detail
    return AnswerError(f"error.date.{error.code}", text=detail)


def _period_values(period: Period) -> dict[str, Any]:
    return {"start": ("date", period.start), "end": ("date", period.end), "days": period.days}


def _says_unknown(folded: str) -> bool:
    return lexicon().cues["unknown"].search(folded) is not None


# --- facts said in passing ----------------------------------------------------------------


def also_said(text: str, state: InterviewState, asked: str) -> Reading:
    """Facts an answer states plainly besides the one asked for: who is typing, the
    nationality, where the worker is, the age. Only facts not known yet are taken; each is
    said back."""
    folded = fold(text)
    reading = Reading()
    if asked != "role" and state.role is None:
        try:
            role = role_of(folded)
        except Ambiguous:
            role = None
        if role is not None:
            reading.role = role
            reading.said.append((f"confirm.role.{role}", {}))
    mentions = countries_in(folded)
    flag = None if mentions else flag_of(text)  # "employer 👍 we have 3 guys from 🇲🇦"
    if asked != "nationality" and state.facts.nationality is None and (mentions or flag):
        plain = fold_clauses(text)
        said = [
            m
            for m in countries_in(plain)
            if not m.by_nationality_word or said_of_a_person(plain, m)
        ]
        try:
            code = nationality_of(plain, said) if said else None
        except Ambiguous:
            code = None
        if code is not None and _the_typers_own(plain, said, state, reading.role):
            code = None  # "je suis l'employeur, moi je suis belge": the typer's own
        if code is None and asked == "role":
            code = country_alone(plain, said)  # "moi travailleur. Nepal. venir pour pomme"
        if code is None:
            code = flag
        if code is not None:
            reading.facts["nationality"] = code
            reading.said.append(("confirm.nationality", {"country": ("country", code)}))
    if asked != "location" and state.facts.location is None and mentions:
        try:
            place = _place_reading(folded, mentions, require_place_word=True)
        except (Ambiguous, AnswerError):
            place = None
        if place is not None:
            reading.add(place)
    if (
        asked not in ("location", "documents")
        and state.facts.location is None
        and "location" not in reading.facts
        and lexicon().cues["annex"].search(folded)
        and not lexicon().location["abroad"].search(folded)
    ):
        # "il est déjà là depuis le 2 mai, il a l'annexe 3": the annex is issued in Belgium
        status = _status_in_belgium(folded)
        if status in ("short_stay", "long_stay"):
            reading.add(_location_said(status))
    if asked != "age" and state.facts.age is None:
        age = _age_in_passing(text, folded, state)
        if age is not None and _maybe_the_typers_age(text, age, reading.role or state.role, state):
            age = None  # "I'm the employer, 45 years old, he is in Morocco": whose? asked
        if age is not None:
            reading.facts["age"] = age
            reading.said.append(("confirm.age", {"age": age}))
    found = period_reading.find(text, state.today) if asked in _FIRST_QUESTIONS else None
    if found is not None and state.facts.entry_date is None:
        arrivals = [d for d in found.singles if _arrival_before(found.text, d.start, window=30)]
        if len(arrivals) == 1 and not found.periods and arrivals[0].month is not None:
            day = _single_date(arrivals[0], state.today, "near")  # "arrived yesterday"
            reading.facts["entry_date"] = day
            reading.said.append(("confirm.entry_date", {"date": ("date", day)}))
    if found is not None and asked != "location" and state.facts.work is None:
        work = _work_in_passing(found, state)
        if work is not None:
            reading.facts["work"] = work
            reading.said.append(("confirm.period.work", _period_values(work)))
    return reading


_FIRST_QUESTIONS = ("role", "nationality", "location")
"""Where a helpdesk note may give dates in passing (an arrival; at the first two, the work)."""


def _work_in_passing(found: period_reading.Found, state: InterviewState) -> Period | None:
    """The work's dates in a helpdesk note at the first questions ("Kl.: Marokkaner, 28J.,
    arbeitet 1.5.-30.9."): one period right after a word of work, in a year that is clear."""
    if len(found.periods) != 1 or found.singles or found.periods[0].whole_months is not None:
        return None
    mention = found.periods[0]
    before = found.text[max(0, mention.start - 20) : mention.start]
    if not lexicon().cues["work_words"].search(before):
        return None
    try:
        work = period_reading.resolve_period(mention, state.today, "future")[0]
    except (DateError, AnswerError):
        return None
    if work.start.year > state.today.year and not mention.first.year:
        return None  # next year, or under way since months: asked with the work question
    return work


# --- who is answering ---------------------------------------------------------------------


def read_role(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    folded = fold(text).strip(" .!")
    number = numbered_choice(folded, len(spec.choices))
    role: str | None
    if number is not None:
        role = _role_of_number(folded, spec.choices[number - 1])
    else:
        try:
            role = role_of(folded)
        except Ambiguous:
            raise AnswerError("error.choice.role") from None
        if role is None and folded in ("moi", "ik", "ich", "me", "i", "je", "myself"):
            role = "worker"
        if role is None:
            raise AnswerError("error.choice.role")
    reading = Reading(role=role, said=[(f"confirm.role.{role}", {})])
    return reading.add(also_said(text, state, "role"))


def _said_of_the_typer(folded: str, offset: int) -> bool:
    """ "ik ben aspergeteler, Nederlander, … een jongen uit Kirgizië": a nationality said in
    the clause where an employer or a helper says who they are is their own."""
    sentence = re.split(r"[.!?;\n]", folded[:offset])[-1]  # its own sentence
    clause = " ".join(sentence.split()[-5:])
    said = [m.end() for m in lexicon().cues["typer_is"].find(clause)]
    if not said:
        return False
    between = clause[said[-1] :]
    cues = lexicon().cues
    if cues["another_subject"].search(between) or cues["the_worker"].search(between):
        return False  # "the lady I'm helping is from Ukraine": hers
    try:
        if role_of(clause) in ("employer", "helpdesk"):
            return True
        own = countries_in(folded[offset:])[:1]
        named_after = [
            m.code
            for m in countries_in(folded[offset:])
            if own and m.code not in ("BE", own[0].code) and not m.is_city  # not "wohne in Lyon"
        ]
        if (
            not between.strip(" ,")
            and named_after  # the typer's own, then the worker's
            and _typer_not_the_worker(folded)
        ):
            # "ich bin Deutscher und habe seit 2015 einen Birnenbetrieb … Unser Pflücker aus
            # Indien": said of the typer, who then says they employ the worker named after
            return True
        if cues["myself"].search(between) and _typer_not_the_worker(folded):
            return True  # "wij zijn een kwekerij (ik ben zelf Nederlander…)": the typer's own
        # "ich bin ehrenamtlich bei einer Migrantenhilfe in Gent (ich bin Deutsche, …)": the
        # typer said who they are just before, in the same words, with no one else between
        # (not "I'm a volunteer, a lady sent me this: … I am from Ukraine")
        earlier = [m for m in cues["typer_is"].find(sentence) if m.end() < len(sentence) - 40]
        if not earlier:
            return False
        since = sentence[earlier[-1].start() :]
        return (
            role_of(since) in ("employer", "helpdesk")
            and not cues["another_subject"].search(since)
            and not cues["the_worker"].search(since)
            and ":" not in since
        )
    except Ambiguous:
        return False


def _without_the_typers_place(folded: str) -> str:
    """The words with the clauses where a helper or an employer says where they themselves
    live or study blanked ("je suis étudiante à Bruxelles et j'aide mon cousin", "Ich wohne in
    Zürich"): their place and status are not the worker's."""
    cues = lexicon().cues
    lives = cues["typer_lives"].find(folded)
    if not lives or not _typer_not_the_worker(folded):
        return folded
    for match in reversed(lives):
        end = re.search(
            r"[,.;!?\n(]|\s(?:et|und|and|en|mais|aber|but|maar)\s", folded[match.end() :]
        )
        stop = match.end() + (end.start() if end else len(folded) - match.end())
        clause = folded[match.start() : stop]
        if cues["another_subject"].search(clause) or cues["the_worker"].search(clause):
            continue  # "I live with the worker in Ghent"
        folded = folded[: match.start()] + " " * len(clause) + folded[stop:]
    return folded


def _typer_not_the_worker(folded: str) -> bool:
    """Whether the words say the typer is an employer or a helper (and nothing that they are
    the worker), even when both roles are named."""
    try:
        return role_of(folded) in ("employer", "helpdesk")
    except Ambiguous:
        return {cue.role for cue in role_cues(folded) if cue.strong} <= {"employer", "helpdesk"}


def _maybe_the_typers_age(text: str, age: int, role: str | None, state: InterviewState) -> bool:
    """ "I'm the employer, 45 years old, he is in Morocco": an age said after an employer or a
    helper spoke of themselves, with nothing between naming the worker ("ik ben de werkgever…
    de werknemer is een Vietnamees van 34 jaar" is the worker's)."""
    if role not in ("employer", "helpdesk"):
        return False
    folded = fold(_numbers_in_words(text, state.lang))
    said = re.search(rf"(?<!\d){age}(?!\d)", folded)
    if said is None:
        return False
    before = folded[: said.start()]
    typer = [m.end() for m in lexicon().cues["typer_is"].find(before)]
    if not typer:
        return False
    between = before[typer[-1] :]
    return not lexicon().cues["the_worker"].search(between) and not countries_in(between)


def _the_typers_own(
    folded: str, mentions: list, state: InterviewState, role: str | None = None
) -> bool:
    """Whether every country an answer names is the typer's own, and the typer is not the
    worker: a country said right after "I'm" by someone who says they help or employ."""
    if role is None:
        try:
            role = role_of(folded) or state.role
        except Ambiguous:
            role = state.role
    if role not in ("employer", "helpdesk") or not mentions:
        return False
    typer_is = lexicon().cues["typer_is"]
    return all(typer_is.search(" ".join(folded[: m.start].split()[-3:])) for m in mentions)


def role_aside(text: str, state: InterviewState, asked: str) -> Reading | None:
    """An answer that tells who is typing instead of answering ("ich bin der Chef" asked for
    the nationality): the role, with any fact said in passing ("k ben de baas, hij is 19"); the
    question is then asked again. ``None`` when it names no role."""
    reading = also_said(text, state, asked)
    return reading if reading.role is not None else None


def _role_of_number(folded: str, numbered: str) -> str:
    """ "2, I run the farm": the number's role. Words naming another role win when the number
    is taken back or doubted ("1 denk ik? ik ben zijn broer, ik help hem", "2 sorry vertippt,
    bin von der Gewerkschaft"); otherwise which one holds is asked."""
    words = _words_after_number(folded)
    try:
        said = role_of(words)
    except Ambiguous:
        raise AnswerError("error.choice.role") from None
    if said is None or said == numbered:
        return numbered
    if _number_doubted(folded, words):
        return said
    raise AnswerError("error.choice.role")


def _words_after_number(folded: str) -> str:
    """ "2, with the annex 3 since april" → ", with the annex 3 since april"."""
    return re.sub(r"^\D*?\d\s*", "", folded, count=1)


def _number_doubted(folded: str, words: str) -> bool:
    """Whether the choice number is taken back or doubted in the words after it: "sorry",
    "ach nee", "denk ik?", "i guess"."""
    cues = lexicon().cues
    return (
        "?" in folded
        or re.search(r"\b(?:no|non|nee|neen|nein|nope)\b", words) is not None
        or any(cues[name].search(words) for name in ("correction", "approximate", "unknown"))
    )


# --- where the worker is ------------------------------------------------------------------


def _eu_member(code: str) -> bool:
    """Living there makes a worker ``eu_resident`` (RD 105/10: the EU's member states only;
    someone living in Norway or Switzerland is abroad)."""
    from rules.countries import is_eu_member_state

    return is_eu_member_state(code)


def _location_said(choice: str) -> Reading:
    location, status = LOCATION_FACTS[choice]
    return Reading(
        facts={"location": location, "status": status}, said=[(f"confirm.location.{choice}", {})]
    )


def _place_reading(folded: str, mentions, require_place_word: bool = False) -> Reading | None:
    """Where the answer places the worker, from the place it names: ``None`` when it names
    none. Belgium without a status is asked about (which stay?)."""
    lex = lexicon()
    place = whereabouts_of(folded, mentions, strict=require_place_word)
    if place is None:
        if require_place_word:
            return None
        foreign = {
            m.code
            for m in mentions
            if not m.by_nationality_word
            and not _origin_before(folded, m.start)
            and not _negated_mention(folded, m.start)  # "not in Belgium yet"
        }
        if len(foreign) != 1:
            return None
        code = foreign.pop()
        place_resident = lex.location["eu_resident"].search(folded) is not None or bool(
            lex.cues["residence"].search(folded)  # "Lisbon. I have a Portuguese residence permit"
        )
    else:
        code, place_resident = place.code, place.resident
    if code == "BE":
        status = _status_in_belgium(folded)
        if status is None:
            if require_place_word:
                return None
            raise AnswerError("error.location.which_stay")
        return _location_said(status)
    if _eu_member(code) and place_resident:
        return _location_said("eu_resident")
    if _eu_member(code):
        visiting = lex.location["visiting"].search(folded) or lex.stays["visit"].search(folded)
        if lex.location["passing_through"].search(folded) or (
            visiting and not lex.cues["residence"].search(folded)
        ):
            # "in Holland bei meinem Bruder, mit Touristenvisum", "im Bus, grad bei Aachen"
            return _location_said("abroad")
        if require_place_word:
            return None
        raise AnswerError("error.location.eu_which", country=("country", code))
    return _location_said("abroad")


def _placed(folded: str, offset: int) -> bool:
    """ "woont in Spanje", "still in Morocco": a country said as a place, not a nationality."""
    cues = lexicon().cues
    before = " ".join(folded[:offset].split()[-3:])
    return bool(
        cues["place_in"].search(before)
        or cues["residence"].search(before)
        or lexicon().location["eu_resident"].search(before)
    )


def _negated_mention(folded: str, offset: int) -> bool:
    """ "niet in België, wel in Engeland": the country said *not* to be the place."""
    words = folded[:offset].split()[-3:]
    return any(word in lexicon().cues["negation"].phrases for word in words)


def _origin_before(folded: str, offset: int) -> bool:
    """ "from Albania", "uit Marokko", "arrived from": where someone comes from, not where
    they are."""
    cues = lexicon().cues
    before = " ".join(folded[:offset].split()[-3:])
    words = before.split()
    return bool(words) and (
        words[-1] in cues["origin"]
        # "aus Almaty in Kasachstan", "from Agadir in Morocco": the country of the city one is from
        or (len(words) == 3 and words[0] in cues["origin"] and words[-1] in cues["place_in"])
        or cues["arrival"].search(before) is not None
        or cues["birth"].search(before) is not None
    )


_ORGANISATION = re.compile(
    r"\s*(?:ngo|ong|npo|vzw|asbl|organi[sz]ation|organisatie|organisme|association|vereniging|"
    r"verein|charity|hilfswerk|werk|helpdesk|service|dienst)\b"
)
"""What follows a status word that names the helper's organisation: "refugee NGO"."""


def _feared(folded: str, offset: int) -> bool:
    """Whether a status is said as what is feared ("he is afraid to become illegal", "il a peur
    de se retrouver sans papiers"), in its own clause: not the status one is under."""
    clause = re.split(r"[,;.!?:]", tokens_before(folded, offset, 6))[-1]
    return lexicon().cues["feared"].search(clause) is not None


def _wished(folded: str, offset: int) -> bool:
    """Whether the words of a stay at ``offset`` say what is wished, not the stay one is on:
    "wil meer dan 90 dagen blijven", "est-ce qu'il peut rester plus de 90 jours ?" (not "a
    permit to stay more than 90 days", "le droit de rester plus de 90 jours")."""
    cues = lexicon().cues
    in_sentence = re.split(r"[.;!?]\s", tokens_before(folded, offset, 6))[-1]
    if cues["wish"].search(in_sentence):
        # "he would like to stay for more than 90 days", "is it possible to stay…" (not
        # "… behalten. Sie hat aber nur diese Anlage 3": the sentence before wished)
        return True
    before = tokens_before(folded, offset, 3)
    verb = cues["stay_verb"].search(before)
    if verb is None:
        return False
    leading = before[: verb.start()].split()[-1:]
    return not (leading and leading[0] in _TO_STAY)  # "to stay", "de rester", "om te blijven"


_TO_STAY = frozenset({"to", "de", "d", "pour", "om", "te", "zu", "um"})


_LIVES_IN_A_PLACE = re.compile(
    r"\b(?:woont|woon|lives?|living|habite|vit|wohnt|wohne)\s+(?:in|a|te|im|en)\s+"
    r"(?!(?:another|other|an|a|een|ander|andere|un|une|autre|einem|einer|anderen)\b)\w+"
)
"""A home in a place named ("ze woont in Brasschaat"), which no country list knows."""

_AS = frozenset(
    {"als", "as", "comme", "en", "weer", "wieder", "again", "opnieuw", "nouveau", "nog", "still"}
)
"""The word before a status asked about as the procedure ("weer als kort verblijf?", "Ik
vermoed weer een bijlage 3 zoals altijd?")."""


def _status_in_belgium(folded: str) -> str | None:
    location = lexicon().location
    short = [m.span() for m in location["short_stay"].find(folded)]
    found = {
        name
        for name in ("short_stay", "long_stay", "other")
        if any(  # "Volunteer at refugee NGO": the organisation's name, not the worker's status
            not _ORGANISATION.match(folded, m.end())
            # "mit einem C-Visum für Saisonarbeit": the C visa's words, no long stay
            and not (name == "long_stay" and any(a <= m.start() < b for a, b in short))
            and not _of_an_earlier_stay(folded, m.start())
            and not (name != "other" and _of_a_past_season(folded, m.start()))
            and not _years_ago(folded, m.start())  # "als Au-pair in Bremen vor ein paar Jahren"
            and not _wished(folded, m.start())  # "peut-il rester plus de 90 jours ?"
            and not _feared(folded, m.start())  # "il a peur de se retrouver sans papiers"
            # "Deutsch habe ich 2015 als Au-pair in Deutschland gelernt": where one learned it
            and not lexicon().cues["studied_there"].search(_sentence_text(folded, m.start()))
            # "the farmer mentioned a 'seasonal worker permit'": spoken of, not held
            and not lexicon().cues["mentioned"].search(tokens_before(folded, m.start(), 3))
            for m in location[name].find(folded)
        )
    }
    visiting = [  # not "a C visa for seasonal work, not tourist"
        m
        for m in location["visiting"].find(folded)
        if not lexicon().cues["negation"].search(tokens_before(folded, m.start(), 3))
    ]
    if any(_in_belgium(_sentence_text(folded, m.start())) for m in visiting):
        found.add("other")  # a tourist visa, a family visit: in Belgium under another status
    if "other" in found:
        # "als Student mit A-Karte, keine Anlage 3, kein Visum D": another status, and the
        # seasonal ones denied (not "with the seasonal visa, no annex 3 yet": a short stay)
        negation = lexicon().cues["negation"]
        for name in ("short_stay", "long_stay"):
            if all(  # "no annex", "pas un visa de travail"
                negation.search(tokens_before(folded, m.start(), 2))
                for m in location[name].find(folded)
            ):
                found.discard(name)
    negation = lexicon().cues["negation"]
    others = location["other"].find(folded)
    if others and all(negation.search(tokens_before(folded, m.start(), 2)) for m in others):
        found.discard("other")  # "mit Anlage 3, NICHT mit vorübergehendem Schutz"
    later = lexicon().cues["later"]
    for name in ("short_stay", "long_stay"):
        if any(
            later.search(_clause_around(folded, m.start())) for m in location[name].find(folded)
        ):
            found.discard(name)  # "nur das Visum D gibt es ja erst später": a paper to come
    expired, pending = lexicon().cues["expired"], lexicon().cues["pending"]
    for name in ("short_stay", "long_stay"):
        if any(
            expired.search(folded[m.start() : m.end() + 60]) for m in location[name].find(folded)
        ):
            found.discard(name)  # "in Belgien, aber seine Anlage 3 ist abgelaufen": asked
        if any(
            pending.search(folded[m.end() : m.end() + 40])
            and lexicon().cues["stamped"].search(folded[m.end() : m.end() + 50])
            for m in location[name].find(folded)
        ):
            found.discard(name)  # "j'ai le visa D mais il est pas encore tamponné": asked
    if {"short_stay", "long_stay"} <= found:
        # "Il était d'abord sur annexe 3, puis il a eu le visa D …, donc maintenant il est sous
        # visa D saisonnier": the one said now
        cues = lexicon().cues
        said_now = {
            name
            for name in ("short_stay", "long_stay")
            for m in location[name].find(folded)
            for now in cues["now_label"].find(tokens_before(folded, m.start(), 5))
            # not "maintenant on demande le visa D": a paper asked for, not held
            if not cues["pending"].search(tokens_before(folded, m.start(), 5)[now.end() :])
            and not cues["applying"].search(tokens_before(folded, m.start(), 5)[now.end() :])
        }
        if len(said_now) == 1:
            found -= {"short_stay", "long_stay"} - said_now
    if found == {"other"} or ("other" in found and _a_visa_for_another_purpose(folded)):
        return "other"  # "un visa D pour les études"
    cues = lexicon().cues
    if (
        found == {"short_stay", "long_stay"}
        and all(
            cues["length_of_stay"].search(m[0])
            and not cues["now_label"].search(_clause_around(folded, m.start()))
            for m in location["long_stay"].find(folded)
        )
        and not any(
            cues["previous"].search(_clause_around(folded, m.start()))
            for m in location["short_stay"].find(folded)
        )
    ):
        # "nur diese Anlage 3 … über 90 Tage geht das nicht?": the paper held, a length asked
        # about (not "avant annexe 3, maintenant séjour de plus de trois mois": asked)
        return "short_stay"
    if len(found) == 1:
        return found.pop()
    return None  # "mit Visum D als Saisonarbeiter … (habe in Leipzig studiert)": which? asked


def _a_visa_for_another_purpose(folded: str) -> bool:
    """Whether a visa or permit is said with another status's word right after it ("un visa D
    pour les études", "Visum D zum Studium")."""
    location = lexicon().location
    others = [m.start() for m in location["other"].find(folded)]
    visits = [
        m.start()
        for m in location["visiting"].find(folded)
        if not lexicon().cues["negation"].search(tokens_before(folded, m.start(), 3))
    ]
    papers = [*location["long_stay"].find(folded), *location["short_stay"].find(folded)]
    return any(0 <= start - m.end() <= 25 for m in papers for start in others) or any(
        # "avec un visa touriste (visa C visite familiale)": a visitor's visa, either side
        -25 <= start - m.end() <= 25
        for m in papers
        for start in visits
    )


def _years_ago(folded: str, offset: int) -> bool:
    """Whether the clause of a status word says it was years ago ("Deutsch habe ich gelernt als
    Au-pair in Bremen vor ein paar Jahren"): a status over long since."""
    clause = re.split(r"[,;.!?]", folded[offset:])[0]
    before = re.split(r"[,;.!?]", folded[:offset])[-1]
    return lexicon().cues["years_ago"].search(f"{before} {clause}") is not None


def _of_a_past_season(folded: str, offset: int) -> bool:
    """ "who came for the asparagus last spring on a short stay; this year …": a seasonal stay
    with a past season right beside its name, in a message about this year, is over (not
    "asylum asked last year": that status goes on)."""
    cues = lexicon().cues
    near = " ".join(  # the status's own words and a few on each side, in its clause
        [
            # "who did last summer and autumn with us on a seasonal permit"
            re.split(r"[,;.]", tokens_before(folded, offset, 8))[-1],
            re.split(r"[,;.]", " ".join(folded[offset:].split()[:6]))[0],
        ]
    )
    return (
        any(cues[kind].search(near) for kind in ("last_year", "past_season"))
        and not cues["since_strict"].search(near)
        # "…, this year we want him": now is another season (not "arrivée l'hiver dernier avec
        # une annexe 3", a stay still running); "…, wants to come back in spring": not here
        and (cues["this_year"].search(folded) or cues["comes_back"].search(folded)) is not None
    )


def _of_an_earlier_stay(folded: str, offset: int) -> bool:
    """ "Before i work Belgium 2024 15 april - 15 october, seasonal permit": a status said of
    an earlier stay (a sentence about before, with its year, not about now) is not where the
    worker stands."""
    cues = lexicon().cues
    sentence = _sentence_text(folded, offset)
    opening = " ".join(sentence.split()[:3])
    return (
        bool(
            (
                cues["previous"].search(sentence)
                # "Vorig najaar werkte hij al in België, van … 2025, met een bijlage 3"
                or any(cues[kind].search(opening) for kind in ("last_year", "past_season"))
            )
            and (
                re.search(r"\b(?:19|20)\d\d\b", sentence)
                or cues["last_year"].search(sentence)  # "werkte hier vorig jaar … kort verblijf"
                # "Last winter I worked in witloof … with D visa" (not "L'hiver dernier il est
                # arrivé avec un visa D, il est toujours en Belgique")
                or (cues["past_season"].search(opening) and not cues["still"].search(sentence))
                or cues["year_before_last"].search(sentence)
            )
        )
        and not cues["now_label"].search(sentence)
        and not cues["since_strict"].search(sentence)  # "on annex 3 since 1 April, … in 2025"
    )


def read_location(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    folded = fold(text).strip(" .!")
    number = numbered_choice(folded, len(spec.choices))
    if number is not None:
        choice = spec.choices[number - 1]
        words = _words_after_number(folded)
        said = _status_in_belgium(words)
        if said is not None and said != choice:  # "2, ach nee, er hat ja jetzt die Anlage 6"
            if not _number_doubted(folded, words):
                raise AnswerError("error.choice.location")
            choice = said
        return _location_said(choice).add(also_said(text, state, "location"))
    near = lexicon().cues["near_word"]
    mentions = [  # "in Brest (the Belarusian one, near Poland)": not where the worker is
        m
        for m in countries_in(folded)
        if not any(
            x.end() == len(b) for b in [tokens_before(folded, m.start, 4)] for x in near.find(b)
        )
    ]
    lived_before = lexicon().cues["lived_before"]
    now = [m for m in mentions if not lived_before.search(_clause_around(folded, m.start))]
    if now and len(now) < len(mentions):
        mentions = now  # "In der Türkei. Er hat früher lange in Deutschland gelebt": not now
    lex = lexicon().location
    said_status = _status_in_belgium(folded)
    if (
        said_status is not None
        and lex["belgium"].search(folded)
        and not lex["abroad"].search(folded)
    ):
        # "in BE met tijdelijke bescherming (Oekraïne)": the country says why, not where
        return _location_said(said_status).add(also_said(text, state, "location"))
    try:
        reading = _place_reading(folded, mentions)
    except Ambiguous:
        places = {m.code for m in mentions if m.is_place and not m.code.startswith("?")}
        living = lex["eu_resident"].search(folded) or lexicon().cues["residence"].search(folded)
        if not (living and places and all(_eu_member(c) and c != "BE" for c in places)):
            raise AnswerError("error.choice.location") from None
        # "lives in Spain, a Spanish card, working in Poland now": in the EU either way
        reading = _location_said("eu_resident")
    if reading is None:
        status = _status_in_belgium(folded)
        abroad = lex["abroad"].search(folded) is not None
        if (
            not mentions
            # "sans papiers, elle habite à Schaerbeek": a status only Belgium gives
            and not lex["belgian_status"].search(folded)
            and lex["eu_resident"].search(folded)
            and not lex["belgium"].search(folded)
            and status not in ("short_stay", "long_stay")  # not "in Temse, … met een bijlage 3"
        ):
            if status == "other" and _LIVES_IN_A_PLACE.search(folded):
                # "ze woont in Brasschaat als au pair, met een verblijfskaart": an au pair, a
                # student live in Belgium or in another EU country; the place is not known
                raise AnswerError("error.choice.location")
            reading = _location_said("eu_resident")  # the choice's own words, no country named
        elif status is not None and not abroad:
            reading = _location_said(status)
        elif abroad and status is None:
            reading = _location_said("abroad")
        elif lex["belgium"].search(folded):
            raise AnswerError("error.location.which_stay")
        else:
            raise AnswerError("error.choice.location")
    return reading.add(also_said(text, state, "location"))


def read_choice(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    if spec.id == "role":
        return read_role(spec, text, state)
    return read_location(spec, text, state)


# --- nationality --------------------------------------------------------------------------


def _denied_or_a_continent(folded: str, mention) -> bool:
    """A country said not to be the one ("Dominican Republic (not Dominica!)", "Niger, pas le
    Nigeria"), a neighbour of it ("… naast Suriname") or a part of a continent ("Guyana, South
    America"): no nationality named."""
    cues = lexicon().cues
    before = tokens_before(folded, mention.start, 2)
    after = " ".join(folded[mention.end :].split()[:2])
    raw = before.split()
    words = [w.strip(",.:;!(") for w in raw]
    negation = cues["negation"].phrases - cues["without_word"].phrases
    if cues["ocean"].search(" ".join(folded[mention.end :].split()[:1])):
        return True  # "Mauritius (die Insel im Indischen Ozean…)": a sea, not India
    neighbour = list(cues["neighbour_of"].find(before))
    if neighbour and neighbour[-1].end() >= len(before.rstrip()) - 4:
        return True  # "Guyana (… het Engelstalige land naast Suriname)": a neighbour named
    return bool(
        # "not Dominica", "pas le Nigeria" (not "nee serieus: Filipijnen", nor "Non, la
        # Tunisie": a "no" of its own, then the answer)
        (words[-1:] and words[-1] in negation and not raw[-1].endswith(","))
        or (
            len(words) == 2
            and words[0] in negation
            and not raw[0].endswith(",")
            and words[1] in cues["article"].phrases
        )
        or (
            mention.code == "?US"  # "America": the States, or the continent?
            and (
                any(m.end() == len(before) for m in cues["continent_part"].find(before))
                or any(m.start() == 0 for m in cues["continent_part"].find(after))
            )
        )
    )


def read_country(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    folded = fold(text)
    if _only_a_negation(folded):  # "no" is not Norway's code, "non" not a country
        raise AnswerError("error.country.unknown", text=text.strip()[:60])
    mentions = countries_in(folded)
    kept = [m for m in mentions if not _denied_or_a_continent(folded, m)]
    if any(not _placed(folded, m.start) and not m.code.startswith("?") for m in kept):
        # "Niger, not Nigeria": the other one is the answer (not "non le Maroc, il est en
        # Espagne": a "no", then the nationality, then where he lives)
        mentions = kept
    mentions = [m for m in mentions if not _a_relatives_beside_the_answer(folded, m, mentions)]
    if (
        travel_passport(folded, mentions) is None
        and len(_nationalities_claimed(folded, mentions)) > 1
    ):
        raise AnswerError("error.country.which_passport")
    if _the_typers_own(folded, mentions, state):
        # "for a friend, I'm Belgian", "j'aide un ami, moi je suis belge": not the worker's
        raise AnswerError("error.country.unknown", text=text.strip()[:60])
    try:
        code = nationality_of(folded, mentions)
    except Ambiguous:
        unsure = [m.code[1:].split(",") for m in mentions if m.code.startswith("?")]
        if not unsure and 2 <= len({m.code for m in mentions}) <= 3:
            unsure = [list(dict.fromkeys(m.code for m in mentions))]  # "Senegal… of Mali?"
        if len(unsure) == 1:  # "congolais": Congo-Brazzaville or Congo-Kinshasa?
            raise AnswerError(
                "error.country.which_of", countries=("countries", unsure[0])
            ) from None
        raise AnswerError("error.country.unknown", text=text.strip()[:60]) from None
    place: Reading | None = None
    if code is None:
        code = _alpha3(text)
        if code in {m.code for m in countries_in(folded) if _denied_or_a_continent(folded, m)}:
            code = None  # "Georgia (country, not USA)": the code of the country said not to be
    named = {
        m.code
        for m in mentions
        if m.is_place
        and not m.is_city
        and not m.code.startswith("?")
        and not _placed(folded, m.start)
    }
    if code is None and len(named) == 1:
        code = named.pop()  # "St. Kitts und Nevis, kein Witz": the country the answer names
    if code is None:
        code = _city_of_origin(folded, mentions)  # "from Kyiv", "uit Rabat", "aus Kiew"
    if code is None and not mentions:
        code = flag_of(text)  # "🇲🇦"
    if code is None and _says_unknown(folded):
        raise AnswerError("error.country.unknown", text=text.strip()[:60])
    if code is None:
        found = country_parsing.read_nationality(text)
        code = found.code
        if code is not None and found.lives_in is not None and found.lives_in != code:
            place = _where_lived(found.lives_in, folded)
    else:
        try:
            place = _place_reading(folded, mentions, require_place_word=True)
        except (Ambiguous, AnswerError):
            place = None
    if code is None:
        raise AnswerError("error.country.unknown", text=text.strip()[:60])
    reading = Reading(
        facts={"nationality": code},
        said=[("confirm.nationality", {"country": ("country", code)})],
    )
    if place is not None and state.facts.location is None:
        reading.add(place)
    return reading.add(also_said(text, state, "nationality"))


def _a_relatives_beside_the_answer(folded: str, mention, mentions) -> bool:
    """ "Kasachstan, aber meine Oma ist Deutsche aus Pawlodar": a nationality word said of a
    relative ("my", then the relative, then the word), beside another country given as the
    nationality (not as a place: "my brother is Moroccan, I live in France" is the brother's)."""
    cues = lexicon().cues
    if not _a_relatives_nationality_word(folded, mention):
        return False
    if cues["also"].search(folded) or cues["dual"].search(folded):
        return False  # "my brother is Moroccan, he also has Spanish nationality": which? asked
    return any(
        other.start < mention.start  # the answer first, then the relative ("…, aber meine Oma")
        and other.code != mention.code
        and not other.is_city
        and not other.code.startswith("?")
        and not _placed(folded, other.start)
        and not _a_relatives_nationality_word(folded, other)
        for other in mentions
    )


def _a_relatives_nationality_word(folded: str, mention) -> bool:
    """A nationality word after "my" and a relative ("meine Oma ist Deutsche")."""
    if not mention.by_nationality_word:
        return False
    cues = lexicon().cues
    before = tokens_before(folded, mention.start, 4).split()
    return any(
        word in cues["possessive"].phrases and cues["family"].search(" ".join(before[i + 1 :]))
        for i, word in enumerate(before[:-1])
    )


def _nationalities_claimed(folded: str, mentions) -> set[str]:
    """The countries other than Belgium an answer gives as the worker's nationality when it
    speaks of two ("er hat zwei Pässe, Türkei und Bulgarien", "passport is Serbian, also a
    Kosovo ID card"): the worker travels on one passport, which is asked."""
    cues = lexicon().cues
    countries = [m for m in mentions if not m.is_city and not m.code.startswith("?")]
    if cues["dual"].search(folded):
        return {m.code for m in countries} - {"BE"}
    papers = cues["identity_paper"]
    return {
        m.code
        for m in countries
        if papers.search(" ".join(folded[: m.start].split()[-2:]))
        or papers.search(" ".join(folded[m.end :].split()[:2]))
    } - {"BE"}


def _city_of_origin(folded: str, mentions) -> str | None:
    """The country of the one city the answer says a person comes from ("il vient de Kyiv"),
    asked of the nationality: said back as that country, so that it can be corrected."""
    cities = {
        m.code
        for m in mentions
        if m.is_city
        and not m.code.startswith("?")
        and folded[: m.start].split()[-1:]
        and folded[: m.start].split()[-1] in lexicon().cues["origin"]
    }
    others = {m.code for m in mentions if not m.is_city} - {"BE"}  # Belgium: the work's
    return cities.pop() if len(cities) == 1 and not others else None


def _only_a_negation(folded: str) -> bool:
    bare = folded.strip(" .,;:!?")
    return any(found[0] == bare for found in lexicon().cues["negation"].find(bare))


def _alpha3(text: str) -> str | None:
    """ "MAR", "TUR", "Im Pass steht GHA": an ISO alpha-3 code typed in capitals (or alone)."""
    from .reading.places import place_name

    words = re.findall(r"\b[A-Za-z]{3}\b", text)
    codes = {place_name(w) for w in words if w.isupper() or len(text.split()) == 1} - {None}
    return codes.pop() if len(codes) == 1 else None


def _where_lived(code: str, folded: str) -> Reading | None:
    if code == "BE":
        status = _status_in_belgium(folded)
        return _location_said(status) if status else None
    if _eu_member(code):
        return _location_said("eu_resident")
    return _location_said("abroad")


# --- dates and periods --------------------------------------------------------------------


SEASONAL_STAYS = ("seasonal_short_stay", "seasonal_long_stay")


def _current_or_coming(
    mention: period_reading.PeriodMention, today: date, stay: Period | None = None
) -> Period:
    """A period asked for while on a stay: under way or to come, never all over before the
    stay began ("du 1/6 au 30/9" asked in April, on a permit since February, is this summer's),
    unless its year says so or it lies in the stay ("annex 3 from 1 June to 29 August, the
    contract from 2 June to 31 July")."""
    period = period_reading.resolve_period(mention, today, "current")[0]
    said_year = mention.years or mention.first.year or (mention.last and mention.last.year)
    inside = stay is not None and stay.start <= period.end and period.start <= stay.end
    before_the_stay = stay is not None and period.end < stay.start
    if period.end < today and not said_year and not inside and before_the_stay:
        try:
            return period_reading.resolve_period(mention, today, "planned")[0]
        except DateError:
            return period
    return period


def _work_direction(state: InterviewState) -> Direction:
    """Planned work starts from today on; work asked for while on a seasonal stay in Belgium
    (an extension, a renewal) may be under way."""
    facts = state.facts
    return (
        "current" if facts.location == "belgium" and facts.status in SEASONAL_STAYS else "planned"
    )


def _arrival_verb_after(folded: str, end: int) -> bool:
    """Whether a verb of arrival closes the date's clause right after it ("hij zou al zaterdag
    2 mei komen", "er soll am 3. Mai ankommen"), not "4 mei komen werken" (to work)."""
    words = [w.strip(".,;!?") for w in folded[end:].split()[:2]]
    if not words or words[0] not in lexicon().cues["arrival_verb_last"].phrases:
        return False
    clause = re.split(r"[,.;!?]", folded[:end])[-1].split()[-8:]
    if any(word in lexicon().cues["not_plain_arrival"].phrases for word in clause):
        return False  # "hij kan pas 15 juni komen", "zijn neef zou ook op 28 mei komen"
    closes = len(words) == 1 or folded[end:].split()[0][-1:] in ".,;!?"
    return closes and not lexicon().stays["seasonal"].search(" ".join(words[1:]))


def _arrival_before(folded: str, offset: int, window: int = 40) -> bool:
    """Whether the date at ``offset`` is a day of arrival: "arriving 31/3", "komt op 12 april
    aan", "vorgestern angekommen", "am 20.4. eingereist"."""
    cues = lexicon().cues
    sentence = _sentence_text(folded, offset)
    clause = re.split(r"[,;]|\band\b|\bet\b|\ben\b|\bund\b", folded[offset:], maxsplit=1)[0]
    clause = folded[max(folded.rfind(",", 0, offset), 0) : offset] + clause
    if (
        lexicon().location["passing_through"].search(sentence)
        and cues["arrived_past"].search(clause)
        and not any(m.code == "BE" for m in countries_in(clause))
    ):
        return False  # "in transit in Paris, his flight from Dakar landed this morning"
    to_us = [m.span() for m in cues["came_by"].find(folded)]
    for match in cues["arrival"].find(folded):
        if any(a <= match.start() < b for a, b in to_us):
            continue  # "came in this morning" (to the helpdesk): no arrival in Belgium
        if match.end() <= offset and offset - match.end() <= window:
            between = folded[match.end() : offset]
            if re.search(r"(?:[!?;]|(?:^|[^\W\d]{4,})\.)\s+\S+\s+\S", between):
                continue  # "… eingereist. Wir wollen morgen … einreichen": another sentence
            if cues["departure"].search(between):
                continue  # "flight …, leave on 14 April, land 15 April": the day it leaves
            own_clause = re.split(
                r"[,;!?\n]|(?<=[^\W\d]{2})\.\s|\bund\b|\band\b|\bet\b|\ben\b", folded[offset:]
            )[0]
            if cues["takes_off"].search(own_clause):
                continue  # "Er fliegt am 19. über Houston los": the day the flight leaves
            if cues["going_home"].search(between) and not countries_in(between):
                continue  # "flight back home on 2 July": a return, not the arrival
            if _comes_from_a_country(match[0], between):
                continue  # "kommt aus Nepal und wird am 3. Juli 18": where he is from
            if _a_paper_comes(folded, match.start()):
                continue  # "my visa for belgium seasonal work came yesterday": the paper came
            if not re.search(
                r"\d{1,2}[/.\-]\d{1,2}|\d{1,2}\s+[a-z]{3,}\s+\d|\b\d{4}\b", between
            ) and not cues["until"].search(between):
                return True  # the first date after the arrival word, not the next one, nor an end
    if _arrival_said_after(folded, offset):
        return True  # "Am 2. Mai fliege ich nach Charleroi", "le 3 mai j'arrive"
    clause_after = re.split(r"[,;!?\n]", folded[offset:], maxsplit=1)[0]
    after = [word.strip(".,;") for word in clause_after.split()[1:4]]
    if any(word in cues["arrival_after"].phrases and len(word) > 3 for word in after):
        return True  # "vorgestern angekommen": a participle after the date
    if any(word in cues["arrival_after"].phrases for word in after) and any(
        verb in cues["arrival_verb"].phrases for verb in folded[:offset].split()[-3:]
    ):
        return True  # "ik kom 1/5 aan", "ich komme 20/4/2026 in Belgien an"
    return False


def _day_a_paper_came(folded: str, offset: int) -> bool:
    """Whether the date at ``offset`` follows a verb of coming whose subject is a paper."""
    return any(
        0 <= offset - match.end() <= 12 and _a_paper_comes(folded, match.start())
        for match in lexicon().cues["arrival"].find(folded[:offset])
    )


def _a_paper_comes(folded: str, offset: int) -> bool:
    """Whether the clause before a verb of coming has a paper for its subject ("my visa for
    belgium seasonal work came", "die Arbeitserlaubnis kam gestern")."""
    clause = _CLAUSE.split(re.split(r"[:.!?]\s", folded[:offset])[-1])[-1]
    cues = lexicon().cues
    paper = cues["paper_noun"].search(clause)
    if paper is None:
        return False
    # its subject: only an article or a possessive before it (not "ohne Visum eingereist",
    # "ist mit Anlage 3 in Belgien seit")
    before = clause[: paper.start()].split()
    return all(word in cues["article"] or word in cues["possessive"] for word in before)


def _comes_from_a_country(verb: str, between: str) -> bool:
    """ "kommt aus Nepal", "komt uit Marokko", "comes from Ghana": a verb of coming followed
    by where someone is from is no arrival."""
    words = between.split()
    return (
        verb.split()[-1] in lexicon().cues["comes"].phrases
        and bool(words)
        and words[0] in lexicon().cues["origin"].phrases
        and bool(countries_in(" ".join(words[1:4])))
        and re.search(r"\b(?:und|and|et|en)\b|,", " ".join(words[2:])) is not None
    )  # not "he is coming from Nepal on 3 July": that is the day he comes


def _going_home_before(folded: str, offset: int) -> bool:
    """ "flight back home on 2 July", "vertrekt op 2 juli": a day of leaving Belgium."""
    cues = lexicon().cues
    before = folded[max(0, offset - 30) : offset]
    return bool(cues["departure"].search(before) or cues["going_home"].search(before))


def _arrival_said_after(folded: str, offset: int) -> bool:
    """ "Am Samstag, 2. Mai fliege ich nach Charleroi", "le 3 mai j'arrive": a date that opens
    its clause, followed at once by a verb of arrival and its subject (and by no date of the
    verb's own: "…finit le 28 août, il atterrit le 31 mai")."""
    clause_start = max(folded.rfind(mark, 0, offset) for mark in ",.;:!?\n") + 1
    if len(folded[clause_start:offset].split()) > 2:  # "am Samstag", "le", "on"
        return False
    inverted = lexicon().cues["arrival_inverted"].search(folded[offset : offset + 30])
    if inverted is None:
        return False
    between = folded[offset : offset + inverted.start()]  # the date itself, a comma
    after = re.split(r"[,;:!?\n]", folded[offset + inverted.end() :], maxsplit=1)[0][:25]
    going_home = lexicon().cues["going_home"].search(after) and not countries_in(after)
    return len(between.split()) <= 3 and not re.search(r"\d", after) and not going_home


def _wish_before(folded: str, offset: int) -> bool:
    wish = lexicon().cues["wish"]
    return any(match.end() <= offset and offset - match.end() <= 40 for match in wish.find(folded))


def _periods(found: period_reading.Found, today: date, direction: Direction) -> list[Period]:
    periods: list[Period] = []
    for mention in found.periods:
        periods.extend(period_reading.resolve_period(mention, today, direction))
    return periods


def _single_date(mention: DateMention, today: date, direction: Direction) -> date:
    if mention.month is None:
        return _bare_day(mention, today, direction)
    return resolve(mention, today, direction)


def _bare_day(mention: DateMention, today: date, direction: Direction) -> date:
    """ "on the 16th": the 16th of this month or the next (a plan), of this month or the
    last (what has happened), whichever is closest otherwise."""
    from .parsing.dates import build

    this = today.replace(day=1)
    candidates = []
    for shift in (-1, 0, 1):
        month_index = this.month - 1 + shift
        first = date(this.year + month_index // 12, month_index % 12 + 1, 1)
        try:
            candidates.append(
                build(replace(mention, month=first.month, year=first.year), first.year)
            )
        except DateError:
            continue
    if not candidates:
        raise AnswerError("error.date.impossible_date", text=mention.text)
    if mention.weekday is not None:
        # "on Saturday the 11th": the month whose 11th is a Saturday
        candidates = [d for d in candidates if d.weekday() == mention.weekday] or candidates
    if direction == "planned":
        return next((d for d in candidates if d >= today), candidates[-1])
    if direction in ("current", "past"):
        return next((d for d in reversed(candidates) if d <= today), candidates[0])
    return min(candidates, key=lambda d: abs((d - today).days))


def _names_the_stay(words: str) -> bool:
    """Whether the words name the paper of the stay ("his annex 3", "seiner Anlage 3")."""
    return lexicon().cues["annex"].search(words) is not None


def _days_from_fact(folded: str, question: str, state: InterviewState) -> date | None:
    """ "two days before he starts", "3 days before the annex 3 expires", "on the last day of
    his annex 3": a day counted in days or weeks from a fact already known (the work's first
    day, the arrival, the last day of the stay). ``None`` when the answer counts from nothing
    known."""
    lex = lexicon()
    facts = state.facts
    stay_end = facts.current_stay.end if facts.current_stay else None
    if period_reading.find_dates(folded, state.today):
        return None  # "He came in on 12 May, two weeks before the contract started": the date
    last_day = lex.cues["last_day_of"].search(folded)
    if (
        stay_end is not None
        and last_day is not None
        and _names_the_stay(" ".join(folded[last_day.end() :].split()[:3]))
    ):
        return stay_end  # "Am letzten Tag seiner Anlage 3" (not "the last day of May")
    for count in _counts(folded):
        if lex.cues["within"].search(tokens_before(folded, count.start, 3)):
            continue  # "dans les 8 jours après l'arrivée": a time limit, no day
        following = " ".join(folded[count.end :].split()[:4])
        anchor = None
        if (
            facts.work is not None
            and (
                lex.cues["work_start"].search(following) or lex.cues["work_words"].search(following)
            )
            and not _names_the_stay(following)  # "3 days after the start of his annex 3"
            and not lex.cues["ended"].search(following)  # "two days after the contract ended"
        ):
            anchor = facts.work.start  # "two days before he starts", "drei Tage vor Arbeitsbeginn"
        elif (
            question != "entry_date"
            and facts.entry_date is not None
            and (
                lex.cues["arrival"].search(following) or lex.cues["arrival_after"].search(following)
            )
        ):
            anchor = facts.entry_date
        elif stay_end is not None and (
            lex.cues["valid_until"].search(following) or lex.cues["expired"].search(following)
        ):
            anchor = stay_end  # "3 days before the annex 3 expires" (not "after it started")
        if anchor is not None:
            return anchor + timedelta(days=count.days)
    return None


def _relative_to_fact(folded: str, question: str, state: InterviewState) -> date | None:
    """ "The day before work starts", "le lendemain de son arrivée", "am selben Tag, an dem er
    ankommt": a day counted from a fact already known (the work's first day, the arrival).
    ``None`` when the answer says no such thing, or the fact it counts from is not known."""
    counted = _days_from_fact(folded, question, state)
    if counted is not None:
        return counted
    if period_reading.find_dates(folded, state.today):
        return None  # "den eerste november, dan kan hij maandag direct beginnen": the date said
    cues = lexicon().cues
    shift = next(
        (
            n
            for name, n in (("day_before", -1), ("same_day", 0), ("day_after", 1))
            if cues[name].search(folded)
        ),
        None,
    )
    if shift is None:
        return None
    facts = state.facts
    arrival = cues["arrival"].search(folded) or cues["arrival_after"].search(folded)
    work = cues["work_words"].search(folded) or cues["work_start"].search(folded)
    if question == "filed_on" and arrival and facts.entry_date is not None:
        anchor = facts.entry_date
    elif work and facts.work is not None:
        anchor = facts.work.start
    elif question == "entry_date" and facts.work is not None and not arrival:
        anchor = facts.work.start
    else:
        return None
    return anchor + timedelta(days=shift)


def _counted_from_a_date(
    found: period_reading.Found, today: date, direction: Direction
) -> date | None:
    """ "two days before 1 June", "3 jours après le 28 mai", "zwei Tage vor dem 1. Juni": the
    day counted from the date said right after the count. A count of unclear size before a
    date ("a few days before 8 June") is asked."""
    text = found.text
    cues = lexicon().cues
    counted = cues["counted_after"].phrases | cues["counted_before"].phrases
    for item in found.singles:
        if item.month is None:
            continue
        words = text[: item.start].split()
        if words and words[-1] in cues["article"].phrases:
            words = words[:-1]  # "before the 8th"
        if len(words) < 2 or words[-1] not in counted or words[-2] not in lexicon().units:
            continue
        lead = len(" ".join(words))
        count = next((c for c in _counts(text) if c.end == lead), None)
        if count is None:
            raise AnswerError("error.date.vague")  # "a few days before 8 June": how many?
        day = _single_date(item, today, direction) + timedelta(days=count.days)
        others = [d for d in found.singles if d is not item and d.month is not None]
        if any(_single_date(d, today, direction) != day for d in others):
            raise AnswerError("error.date.vague")  # "am 31. Mai, zwei Tage vor dem 1. Juni"
        return day
    return None


def _a_date_and_its_count(
    found: period_reading.Found, question: str, state: InterviewState, direction: Direction
) -> date | None:
    """ "27th Feb, two days before joining", "june 14, one day before work start": a date and
    the same day counted from a known fact are that day; asked when they differ. ``None``
    when the answer counts from nothing besides its date."""
    if found.periods:
        return None
    for item in found.singles:
        if item.month is None:
            continue
        before = found.text[: item.start].rstrip(" ,").split()
        if item.weekday is not None and before and before[-1] in lexicon().weekdays:
            before = before[:-1]  # "Sunday 16 August": its weekday goes with it
        rest = " ".join(before) + " " + found.text[item.end :]
        counted = _relative_to_fact(rest, question, state)
        if counted is None:
            continue
        day = _single_date(item, state.today, direction)
        if counted != day:
            raise AnswerError("error.date.vague")  # "28 Feb, two days before he starts (1 March)"
        return day
    return None


def _negated_date(folded: str, offset: int) -> bool:
    words = folded[:offset].split()[-3:]
    negation = lexicon().cues["negation"]
    return any(word in negation.phrases for word in words)


def _check_clear(
    found: period_reading.Found, lang: str, periods_allowed_in_months: bool = False
) -> None:
    """Ask rather than guess: two dates given as alternatives, a period written in English
    that reads day first and month first alike, a vague date, whole months where the days
    matter."""
    cues = lexicon().cues
    if found.alternatives:
        raise AnswerError("error.date.which_one")
    if found.month_unsure:
        raise AnswerError("error.date.which_month", text=found.month_unsure)
    if lang == "en" and (unsure := period_reading.order_unsure(found)):
        raise AnswerError("error.date.day_or_month_first", text=unsure)
    if cues["vague"].search(found.text):
        raise AnswerError("error.date.vague")
    if not periods_allowed_in_months:
        for mention in found.periods:
            if mention.whole_months is not None:
                raise AnswerError("error.date.days_needed")


def read_period(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    if spec.id == "current_stay":
        return read_current_stay(spec, text, state)
    return read_work(spec, text, state)


def _without_days_said_twice(dates: list, today: date) -> list:
    """The dates with a day said again dropped ("annex 3 from 14 April until 12 June.
    Yesterday finished!!", "01.06.-30.09.2026 (morgen letzter Tag!)", "bis ende September,
    also 30.9."): the same day, said once more in other words."""
    seen: set[date] = set()
    kept = []
    for item in dates:
        try:
            if isinstance(item, period_reading.PeriodMention):
                period = period_reading.resolve_period(item, today, "current")[0]
                days = {period.start, period.end}
            elif item.month is not None:
                days = {_single_date(item, today, "near")}
            else:
                days = set()
        except (DateError, AnswerError):
            days = set()
        if isinstance(item, DateMention) and days and days <= seen:
            continue
        seen |= days
        kept.append(item)
    return kept


def read_current_stay(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    """ "Since 1 April, annex 3 until 30 May, would like until 30 June": the current stay,
    and the work asked for when a third date says until when."""
    today = state.today
    found = period_reading.find(text, today)
    _check_clear(found, state.lang)
    if not found.periods and not found.singles and not found.bare_days:
        if _says_unknown(found.text):
            return Reading(unknown=True)
        raise AnswerError("error.date.no_period", text=text.strip()[:60])
    reading = Reading()
    # "tot eind oktober, vrijdag 30/10": the rough day said exactly is that day
    dates = _without_days_said_twice(
        _exact_days_for_rough_ones(_in_order(found), found.text, today), today
    )
    cues = lexicon().cues
    arrived: date | None = None
    if (
        len(dates) == 2
        and all(isinstance(d, DateMention) for d in dates)
        and cues["until"].search(found.text[max(0, dates[0].start - 15) : dates[0].start])
        and cues["since_strict"].search(found.text[max(0, dates[1].start - 15) : dates[1].start])
    ):
        dates.reverse()  # "erlaubt bis 20.12., da ist er seit 22.9."
    if len(dates) == 1 and isinstance(dates[0], period_reading.PeriodMention):
        stay = period_reading.resolve_period(dates[0], today, "current")[0]
        wish = None
    elif len(dates) == 2 and isinstance(dates[0], period_reading.PeriodMention):
        stay = period_reading.resolve_period(dates[0], today, "current")[0]
        wish = dates[1]
        if isinstance(wish, DateMention) and _arrival_before(found.text, wish.start):
            arrived = _single_date(wish, today, "current")
            wish = None  # "Visum D vom 01.03. bis 31.08., bin am 1. März gekommen": the entry
        elif (
            isinstance(wish, DateMention)
            and cues["since_strict"].search(found.text[max(0, wish.start - 15) : wish.start])
            and not cues["work_words"].search(tokens_before(found.text, wish.start, 6))
            and stay.start <= _single_date(wish, today, "current") <= stay.end
        ):
            # "Bijlage 6: 15/02 t.e.m. 14/08 — meneer is hier pas sinds 20 februari"
            arrived = _single_date(wish, today, "current")
            stay = Period(start=arrived, end=stay.end)
            wish = None
        elif isinstance(wish, DateMention) and _going_home_before(found.text, wish.start):
            reading.said.append(("confirm.opening.unplaced", {"text": wish.text}))
            wish = None  # "annex 3 from 1 April to 30 June, flight back home on 2 July"
    elif all(isinstance(d, DateMention) for d in dates) and len(dates) in (2, 3):
        first, last = dates[0], dates[1]
        if _until_before(found.text, first) and not cues["since_strict"].search(
            found.text[max(0, first.start - 25) : first.start]
        ):
            # "de bijlage 3 is tot 25 september, we willen hem houden tot 16 oktober": two
            # ends, no first day
            raise AnswerError("error.date.one_date", text=text.strip()[:60])
        if (
            len(dates) == 3
            and not _wish_before(found.text, dates[2].start)
            and cues["until"].search(
                found.text[max(dates[1].end, dates[2].start - 25) : dates[2].start]
            )
            and not cues["until"].search(
                found.text[max(dates[0].end, dates[1].start - 25) : dates[1].start]
            )
        ):
            # "arrivé hier, l'annexe 3 donnée ce matin, valable jusqu'au 29 août": the stay
            # runs from the first to the last; the day between is said back, not used
            reading.said.append(("confirm.opening.unplaced", {"text": dates[1].text}))
            last = dates[2]
            dates = [dates[0], dates[2]]
        if first.month is None and last.month is not None:
            first = _month_for_current_start(first, last, today)
        stay = period_reading.resolve_period(
            period_reading.PeriodMention(first.start, last.end, first, last), today, "current"
        )[0]
        wish = dates[2] if len(dates) == 3 else None
    elif len(dates) == 1:
        raise AnswerError("error.date.one_date", text=text.strip()[:60])
    else:
        raise AnswerError("error.date.too_many", text=text.strip()[:60])
    if stay.end < today - timedelta(days=31) or stay.start > today + timedelta(days=31):
        raise AnswerError("error.date.which_year", **_period_values(stay))
    reading.facts["current_stay"] = stay
    reading.said.append(("confirm.period.stay", _period_values(stay)))
    if wish is not None:
        work = _work_beside_stay(found.text, wish, stay, today)
        if work is None:
            raise AnswerError("error.date.unplaced", date=("date", _wish_end(wish, today)))
        reading.facts["work"] = work
        reading.said.append(("confirm.period.work", _period_values(work)))
    entry = arrived or _stated_entry(found, stay)
    if entry is not None:
        reading.facts["entry_date"] = entry
        reading.said.append(("confirm.entry_date", {"date": ("date", entry)}))
    return reading.add(also_said(text, state, "current_stay"))


def _exact_days_for_rough_ones(dates: list, folded: str, today: date) -> list:
    """ "bis mitte september, 18.9.", "bis Ende November, genau gesagt bis 27.11.": a rough day
    said again exactly right after it is that day, in the rough one's place."""
    merged: list = []
    for item in dates:
        rough = merged[-1] if merged else None
        if (
            rough is not None
            and item.start - rough.end <= 40
            and _said_again_exactly(rough, item, today)
        ):
            merged[-1] = replace(
                rough, day=item.day, month=item.month, year=item.year or rough.year, text=item.text
            )
            continue
        merged.append(item)
    return merged


def _rough_of_a_period(single: DateMention, periods: list, today: date) -> bool:
    """Whether a rough day ("fin août") is a period's edge said again exactly beside it ("de
    fin aout... du 25/08/2025 jusqu au 28/11/2025")."""
    words = fold(single.text).split()
    if not words or words[0] not in EDGE_WORDS:
        return False
    try:
        rough = _single_date(single, today, "past")
        after = [  # said just before the period it opens ("de fin aout... du 25/08/2025")
            period_reading.resolve_period(p, today, "past")[0]
            for p in periods
            if 0 <= p.start - single.end <= 40
        ]
    except (DateError, AnswerError):
        return False
    return any(abs(p.start - rough) <= timedelta(days=10) for p in after)


def _said_again_exactly(rough, exact, today: date) -> bool:
    """Whether ``exact`` is the day ``rough`` ("mitte September", "Ende November") meant: a
    day said after it, without a month word of its own edge, within ten days of it."""
    if not (isinstance(rough, DateMention) and isinstance(exact, DateMention)):
        return False
    words = fold(rough.text).split()
    if not words or words[0] not in EDGE_WORDS or fold(exact.text).split()[0] in EDGE_WORDS:
        return False
    try:
        first, second = _single_date(rough, today, "planned"), _single_date(exact, today, "planned")
    except (DateError, AnswerError):
        return False
    return abs(first - second) <= timedelta(days=10)


def _wish_end(wish, today: date, stay: Period | None = None) -> date:
    if isinstance(wish, period_reading.PeriodMention):
        return _current_or_coming(wish, today, stay).end
    return _single_date(wish, today, "planned")


def _work_beside_stay(folded: str, wish, stay: Period, today: date) -> Period | None:
    """The work said next to the current stay: "permit until 30 June, work until the end of
    August" asks for the days after the stay; "annex 3 from 1 June to 29 August, the contract
    from 2 June to 31 July" is a work inside the stay, taken whole. ``None`` when the dates
    say neither (a last day before the stay's, not said of the work)."""
    if isinstance(wish, period_reading.PeriodMention) and wish.last is not None:
        said = _current_or_coming(wish, today, stay)
        if said.start > stay.end:
            return said  # "visa D jusqu'au 31/07, la reprendre du 03/08 au 30/10": as said
    end = _wish_end(wish, today, stay)
    if end > stay.end:
        return Period(start=stay.end + timedelta(days=1), end=end)
    if isinstance(wish, period_reading.PeriodMention) and _said_of_work(folded, [wish]):
        work = _current_or_coming(wish, today, stay)
        return work if work.start >= stay.start else None
    return None


def _in_order(found: period_reading.Found) -> list:
    """The periods, dates and bare days of an answer, in the order they were written."""
    items = [*found.periods, *found.singles, *found.bare_days]
    return sorted(items, key=lambda item: item.start)


def _month_for_current_start(first: DateMention, last: DateMention, today: date) -> DateMention:
    """ "Since the 1st, until 30 September": the 1st of this month (or the last), not of
    September, when that would start the current stay in the future."""
    month = last.month if (last.month, first.day) <= (today.month, today.day) else today.month
    if (month, first.day) > (today.month, today.day):
        month = today.month if first.day <= today.day else (today.month - 2) % 12 + 1
    return replace(first, month=month)


def _stated_entry(found: period_reading.Found, stay: Period) -> date | None:
    """The day of entry, when the answer says the stay began with an arrival ("arrived on 2
    May"). "In Belgium since 1 May" says where the person is, not the day they came in: they
    may have come earlier, under another status. That day is asked when it matters."""
    mentions: list[period_reading.PeriodMention | DateMention] = [*found.periods, *found.singles]
    for mention in mentions:
        if _arrival_before(found.text, mention.start, window=25):
            if _since_only(found.text, mention.start):
                continue
            first = mention.first if isinstance(mention, period_reading.PeriodMention) else mention
            if first.day == stay.start.day and first.month == stay.start.month:
                return stay.start
    return None


def _since_only(folded: str, offset: int, window: int = 25) -> bool:
    """Whether the arrival words before ``offset`` only say "since" ("hier seit", "in Belgium
    since"): being here since a day, not arriving on it."""
    cues = lexicon().cues
    before = folded[max(0, offset - window) : offset]
    said = cues["arrival"].find(before)
    return bool(said) and all(cues["since_strict"].search(m[0]) for m in said)


_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


@dataclass(frozen=True)
class _Count:
    """ "two days before", "een week na": a number of days counted from another day."""

    start: int
    end: int
    days: int
    """Signed: after the other day (positive) or before it (negative)."""


def _without_a_periods_own_edge(dates: list) -> list:
    """The dates of an answer without a single day that is the first or last day of the one
    period said beside it ("employer want me until aug 12, so new period 16 july to 12 aug")."""
    periods = [d for d in dates if isinstance(d, period_reading.PeriodMention)]
    if len(periods) != 1 or periods[0].last is None:
        return dates
    edges = {
        (edge.day, edge.month)
        for edge in (periods[0].first, periods[0].last)
        if edge.day and edge.month
    }
    return [
        d
        for d in dates
        if not (isinstance(d, DateMention) and d.year is None and (d.day, d.month) in edges)
    ]


def _counts(folded: str) -> list[_Count]:
    lex = lexicon()
    numbers = "|".join(sorted(map(re.escape, lex.numbers), key=len, reverse=True))
    units = "|".join(sorted(map(re.escape, lex.units), key=len, reverse=True))
    after, before = lex.cues["counted_after"].phrases, lex.cues["counted_before"].phrases
    pattern = rf"\b(?P<n>\d{{1,2}}|{numbers})?\s*(?P<unit>{units})\s+(?P<dir>\w+)\b"
    found = []
    for match in re.finditer(pattern, folded):
        if match["dir"] not in after | before or lex.units[match["unit"]] not in _UNIT_DAYS:
            continue
        raw = match["n"]
        if raw is None or raw in lex.cues["vague_number"].phrases:
            continue  # "a few days before he starts", "days before": asked, never a day
        n = int(raw) if raw.isdigit() else lex.numbers[raw]
        days = n * _UNIT_DAYS[lex.units[match["unit"]]]
        found.append(_Count(match.start(), match.end(), days if match["dir"] in after else -days))
    return found


def _counted_from_arrival(folded: str, state: InterviewState) -> Reading | None:
    """ "hij begint een week na aankomst, tot 30 juni", "two days after she arrives, until
    15 October": a first day of work counted from the arrival. With the day of arrival known,
    the work from that day; without it, asked (never a period made of the count)."""
    lex = lexicon()
    for count in _counts(folded):
        following = " ".join(folded[count.end :].split()[:3])  # "na aankomst", "after she…"
        if not (
            lex.cues["arrival"].search(following) or lex.cues["arrival_after"].search(following)
        ):
            continue
        if any(d.start < count.start for d in period_reading.find_dates(folded, state.today)):
            return None  # "Vom 02. Mai bis 31. Juli. Er reist drei Tage vor Arbeitsbeginn ein"
        entry = state.facts.entry_date
        if entry is None:
            raise AnswerError("error.date.vague")  # counted from a day not known yet: asked
        first = entry + timedelta(days=count.days)
        ends = [d for d in period_reading.find_dates(folded, state.today) if d.start > count.end]
        if len(ends) != 1:
            raise AnswerError("error.date.vague")
        last = _single_date(ends[0], state.today, "planned")
        if last <= first:
            raise AnswerError("error.date.end_before_start", text=folded[:60])
        work = Period(start=first, end=last)
        return Reading(facts={"work": work}, said=[("confirm.period.work", _period_values(work))])
    return None


def read_work(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    """The work period; from abroad the arrival day may come with it ("1/4 - 15/6, arriving
    31/3"); in Belgium an end alone follows the current stay ("until 30 June")."""
    today = state.today
    direction = _work_direction(state)
    found = period_reading.find(text, today)
    # "whole of September and October", "gans juli en augustus": the months, every day of them
    _check_clear(
        found,
        state.lang,
        periods_allowed_in_months=bool(lexicon().cues["whole"].search(found.text)),
    )
    counted = _counted_from_arrival(found.text, state)
    if counted is not None:
        return counted
    stay = state.facts.current_stay
    last_season: list[Period] = []
    if lexicon().cues["last_year"].search(found.text):
        for mention in found.periods:  # "same as last year, 1 April to 30 June": this year's
            said_before = lexicon().cues["previous"].find(found.text[: mention.start])
            if today.year - 1 in mention.years and any(
                not lexicon().cues["last_year"].search(said[0]) for said in said_before
            ):  # "hatten wir ihn", "he worked with us": more than "same as last year"
                # "letztes Jahr hatten wir ihn vom 7. April bis 30. Juni, heuer die gleichen
                # Daten": last year's stay is said too
                last_season += period_reading.resolve_period(
                    replace(mention, years=[today.year - 1]), today, "past"
                )
            mention.years = [y for y in mention.years if y != today.year - 1]
    # "in genau 6 Wochen gehts los, Montag 17.8., bis Freitag 9.10.": the first day said twice
    dates = _without_days_said_twice(_in_order(found), today)
    entry: date | None = None
    arrival = [
        d
        for d in dates
        if isinstance(d, DateMention)
        and (_arrival_before(found.text, d.start) or _arrival_verb_after(found.text, d.end))
    ]
    arrival_bare = None
    if len(arrival) == 1 and len(dates) > 1:
        dates.remove(arrival[0])
        entry_direction: Direction = "planned" if state.facts.location == "abroad" else "current"
        if arrival[0].month is None:
            arrival_bare = arrival[0]  # "flying in on the 13th": the 13th before the work starts
        else:
            entry = _single_date(arrival[0], today, entry_direction)
    if not dates:
        if _says_unknown(found.text):
            return Reading(unknown=True)
        raise AnswerError("error.date.no_period", text=text.strip()[:60])
    said_done = lexicon().cues["previous"].search(found.text) is not None  # "il a travaillé"
    if len(dates) > 1 and _one_period_restated(dates, today, direction):
        dates = dates[:1]  # "02/03/2026 to 31/07/2026 (2nd March to 31st July)"
    dates = _without_a_periods_own_edge(dates)
    if len(dates) == 1 and isinstance(dates[0], period_reading.PeriodMention):
        works = period_reading.resolve_period(dates[0], today, direction)
        if direction == "current" and len(works) == 1 and not said_done:
            works = [_current_or_coming(dates[0], today, stay)]
    elif len(dates) == 2 and all(isinstance(d, DateMention) for d in dates):
        first, last = dates
        if first.month is None and last.month is not None:
            hint = period_reading._month_context(
                found.text, first.start, today, [(last.start, last.end)], cues_only=True
            )
            if hint is not None:
                first = replace(first, month=hint)
            elif last.year is not None:
                first = period_reading._nearest_month(first, last, today, direction)
            else:
                first = replace(first, month=last.month)
        both = period_reading.PeriodMention(first.start, last.end, first, last)
        works = period_reading.resolve_period(both, today, direction)
        if direction == "current" and not said_done:
            works = [_current_or_coming(both, today, stay)]
    elif (
        len(dates) == 1
        and isinstance(dates[0], DateMention)
        and lexicon().cues["since"].search(tokens_before(found.text, dates[0].start, 2))
    ):
        # "hij werkt sinds 2 juni bij ons, en dat tot de laatste dag van zijn bijlage 3": a
        # first day; the last is the stay's when the answer says so, else asked
        if stay is None or not lexicon().cues["to_the_stays_end"].search(found.text):
            raise AnswerError("error.date.one_date", text=text.strip()[:60])
        works = [Period(start=_single_date(dates[0], today, "current"), end=stay.end)]
    elif len(dates) == 1 and stay is not None and state.facts.location == "belgium":
        end = _single_date(dates[0], today, "planned")
        if end <= stay.end:
            raise AnswerError("error.date.end_before_start", text=text.strip()[:60])
        start = _weekday_after(found.text, stay.end) or stay.end + timedelta(days=1)
        works = [Period(start=start, end=end)]  # "from the Monday after my permit ends until …"
    elif len(dates) == 1:
        raise AnswerError("error.date.one_date", text=text.strip()[:60])
    else:
        raise AnswerError("error.date.too_many", text=text.strip()[:60])
    if len(works) != 1:
        raise AnswerError("error.date.too_many", text=text.strip()[:60])
    work = works[0]
    if direction == "planned" and work.end < today:
        raise AnswerError("error.date.which_year", **_period_values(work))
    if arrival_bare is not None:
        entry = _bare_day(arrival_bare, work.start, "current")
    reading = Reading(facts={"work": work}, said=[("confirm.period.work", _period_values(work))])
    if last_season:
        known = list(state.facts.previous_seasonal_stays or [])
        reading.facts["previous_seasonal_stays"] = known + [
            p for p in last_season if p not in known
        ]
        reading.said += [("confirm.stays.seasonal", _period_values(p)) for p in last_season]
    first_mention = dates[0]
    if entry is None:
        entry = _arrival_next_to_work(found.text, work)  # "…, arriving the day before"
    if (
        entry is None
        and isinstance(first_mention, period_reading.PeriodMention)
        and state.facts.location == "abroad"
        and _arrival_before(found.text, first_mention.start, window=12)
    ):
        entry = work.start
    if entry is not None:
        reading.facts["entry_date"] = entry
        reading.said.append(("confirm.entry_date", {"date": ("date", entry)}))
    return reading.add(also_said(text, state, "work"))


def _arrival_next_to_work(folded: str, work: Period) -> date | None:
    """ "From 1 March to 31 May, arriving the day before", "ich komme einen Tag vorher an":
    the day of arrival counted from the work's first day, when the arrival is what is counted."""
    shift = _arrival_shift(folded)
    if shift is not None:
        return work.start + timedelta(days=shift)
    lex = lexicon()
    if not lex.cues["arrival"].search(folded):
        return None
    for word, weekday in lex.weekdays.items():  # "he lands the Saturday before"
        if len(word) >= 5 and re.search(rf"\b{re.escape(word)}\s+(?:{_BEFORE_WORDS})\b", folded):
            back = (work.start.weekday() - weekday - 1) % 7 + 1
            return work.start - timedelta(days=back)
    return None


def _weekday_after(folded: str, day: date) -> date | None:
    """ "the Monday after …": the first such weekday after ``day``."""
    for word, weekday in lexicon().weekdays.items():
        if len(word) >= 5 and re.search(rf"\b{re.escape(word)}\s+(?:{_AFTER_WORDS})\b", folded):
            return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
    return None


_AFTER_WORDS = "after|apres|na|nach|danach|daarna"
_BEFORE_WORDS = "before|prior|avant|d avant|ervoor|daarvoor|davor|vorher"
"""After a weekday, the one before the work's first day ("the Saturday before")."""


def _arrival_shift(folded: str) -> int | None:
    """Days from the work's first day to the arrival, when the answer counts the arrival from
    the work ("arriving the day before": -1). ``None`` when it counts the other way ("work
    from the day after he arrives") or says no such thing: then the dates are asked."""
    cues = lexicon().cues
    for name, shift in (("day_before", -1), ("same_day", 0), ("day_after", 1)):
        for match in cues[name].find(folded):
            before = folded[max(0, match.start() - 25) : match.start()]
            after = folded[match.end() : match.end() + 20]
            if cues["arrival"].search(after):
                return None  # "the day after he arrives": the arrival is the anchor
            particle = (
                any(  # "ik kom een dag eerder aan", "ich komme einen Tag vorher an"
                    word.strip(".,;!") in cues["arrival_after"].phrases
                    for word in (match[0].split() + after.split()[:2])
                )
                and any(
                    word in cues["arrival_verb"].phrases
                    for word in folded[: match.start()].split()[-3:]
                )
            )
            if cues["arrival"].search(before) or particle:
                return shift
    return None


# --- earlier stays ------------------------------------------------------------------------


def _stay_kind(context: str, short: bool, countries: list, denied: bool = False) -> str | None:
    """``seasonal``, ``schengen``, ``outside`` (not in the Schengen area), or ``None`` when the
    words do not say. Dates given plainly are seasonal work, as the question's hint says (a
    visit is named as one), unless the answer began by denying seasonal work."""
    stays = lexicon().stays
    negation = lexicon().cues["negation"]
    visit = (
        any(  # not "No holidays or visits in Europe recently", "Schengen sonst nix"
            not negation.search(tokens_before(context, m.start(), 3))
            # "Schengen sonst nix", "Urlaub in Europa hatte er keinen": denied in its clause
            and not negation.search(" ".join(re.split(r"[,.;]", context[m.end() :])[0].split()[:6]))
            for m in stays["visit"].find(context)
        )
        and _a_visit_named(context)
    )
    visits_at = [m.start() for m in stays["visit"].find(context)]
    at_our_place = lexicon().cues["at_our_place"].phrases
    seasonal = any(  # "op bezoek geweest bij ons in Gent": our home, no work
        not (visit and m[0] in at_our_place and any(abs(m.start() - at) <= 30 for at in visits_at))
        for m in stays["seasonal"].find(context)
    )
    abroad_schengen = any(code != "BE" and _schengen(code) for code in countries)
    outside = countries and all(not _schengen(code) and code != "BE" for code in countries)
    if outside:
        return "outside"  # England, Morocco: not a stay in the Schengen area
    if (visit or abroad_schengen) and not seasonal:
        return "schengen"
    if seasonal and not (visit or abroad_schengen):
        return "seasonal"
    if seasonal and abroad_schengen and not visit:
        return "schengen"  # seasonal work elsewhere in Schengen: a short stay there
    if not visit and not denied:
        return "seasonal"
    return None


def _hedged(folded: str, offset: int) -> bool:
    """A date said with a hedge right before it ("ungefähr Mitte März", "around the 10th")."""
    cues = lexicon().cues
    before = " ".join(folded[:offset].split()[-3:])
    return bool(cues["vague"].search(before) or cues["approximate"].search(before))


def _names_another_stay(folded: str) -> bool:
    """Whether words beside "first season" name another stay: a visit, a country, "but",
    "before", another farm ("…, vroeger werkte hij bij een andere teler")."""
    lex = lexicon()
    return bool(
        lex.stays["visit"].search(folded)
        or countries_in(folded)
        or lex.cues["another_stay_word"].search(folded) is not None
    )


def _names_a_kind(context: str) -> bool:
    """Whether the words say what a stay was: a visit, seasonal work, a country."""
    stays = lexicon().stays
    return bool(
        stays["visit"].search(context) or stays["seasonal"].search(context) or countries_in(context)
    )


_CLAUSE = re.compile(r"[,;]|\s(?:and|et|en|und|but|mais|maar|aber)\s")


def _before_someone_else(folded: str, start: int, end: int) -> int:
    """Where the words about a stay end: before a clause about another person ("…to 15 July,
    his brother came in 2024": the brother is no visit)."""
    cues = lexicon().cues
    for match in _CLAUSE.finditer(folded, start, end):
        words = folded[match.end() :].split()[:3]
        if (
            words
            and words[0] in cues["possessive"].phrases
            and cues["family"].search(" ".join(words[1:])) is not None
        ):
            return match.start()
    return end


def _stays_that_do_not_count(
    text: str, folded: str, years: list[tuple[int, int]], today: date
) -> list[str]:
    """The countries of an answer that says no earlier stay in Belgium and names only stays
    that do not count: outside the Schengen area ("before I was only in Cuba"), or in another
    Schengen country in a year that ended more than 180 days ago ("en Belgique jamais ; les
    fraises en Pologne en 2023"). Empty otherwise."""
    cues = lexicon().cues
    if not (
        parse_yes_no(text) is False
        or cues["never_before"].search(folded)
        or cues["nothing"].search(folded)
    ):
        return []
    since_a_day = any(
        re.match(r"\s+\S*\d", folded[m.end() : m.end() + 12]) for m in cues["since"].find(folded)
    )
    if cues["birth"].search(folded) or cues["still"].search(folded) or since_a_day:
        # "il est né en 1995", "lives in Spain since 2019", "still there now": asked (not
        # "depuis il n'a plus bougé")
        return []
    places = [m for m in countries_in(folded) if m.is_place]
    denied = ("negation", "never_before", "nothing")
    said_here = [m.start for m in places if m.code == "BE"] + [
        m.start() for m in lexicon().location["belgium"].find(folded)
    ]
    if any(  # "en Belgique non, jamais": Belgium denied; "he was here last year": asked
        not any(cues[kind].search(_clause_around(folded, offset)) for kind in denied)
        # (not "venu chez nous à Lisbonne": another country's "here")
        and not any(m.code != "BE" for m in countries_in(_clause_around(folded, offset)))
        for offset in said_here
    ):
        return []
    if any(
        lexicon().location["eu_resident"].search(_clause_around(folded, m.start))
        for m in places
        if m.code != "BE"
    ):
        return []  # "he lives in Spain", "il travaille en Espagne": a stay going on
    places = [m for m in places if m.code != "BE"]
    if not places or any(m.code.startswith("?") for m in places):
        return []
    window_opens = today - timedelta(days=180)
    long_ago = bool(years) and all(abs(year) < window_opens.year for _, year in years)
    if any(_schengen(m.code) and not long_ago for m in places):
        return []  # "no, apart from a week in Paris at Easter": a visit that may count, asked
    return list(dict.fromkeys(m.code for m in places))


def _schengen(code: str) -> bool:
    from rules.tables import countries

    return code in countries().free_movement.codes and code not in {"IE", "CY"}


def _same_period_in_years(
    folded: str, years: list[tuple[int, int]], now: Period | None
) -> list[Period]:
    """ "letztes Jahr, gleiche Zeit wie jetzt", "he came in 2023 and 2025, same dates": the
    current stay (or the work, from abroad) in each earlier year said, when it is known; else
    none (the dates are asked)."""
    same = lexicon().cues["same_period"].search(folded)
    if now is None or same is None:
        return []
    if lexicon().cues["negation"].search(tokens_before(folded, same.start(), 3)):
        return []  # "in 2025, niet dezelfde periode": which days? asked
    stays = []
    # the years of the last five (not a year of birth)
    for year in sorted({abs(y) for _, y in years if now.start.year - 6 < abs(y) < now.start.year}):
        shift = now.start.year - year
        try:
            stays.append(
                Period(
                    start=now.start.replace(year=year),
                    end=now.end.replace(year=now.end.year - shift),
                )
            )
        except ValueError:  # a 29 February
            return []
    return stays


def read_periods(
    spec: QuestionSpec, text: str, state: InterviewState, short: bool = False
) -> Reading:
    """Earlier stays: "none", or periods. A period whose words say visit or holiday, or name
    another Schengen country, is a Schengen short stay; one said to be seasonal work (or given
    plainly to the question about seasonal work) a seasonal stay in Belgium; a period whose
    kind the words leave open, when both count, is asked about."""
    today = state.today
    found = period_reading.find(text, today)
    folded = found.text
    if lexicon().cues["recent_years"].search(folded) and any(
        not (p.years or p.first.year or (p.last and p.last.year)) for p in found.periods
    ):
        raise AnswerError("error.stays.dates_needed")  # "die letzten zwei Jahre, Juni bis August"
    if not found.periods and not found.singles:
        earlier = _same_period_in_years(
            folded, found.years, state.facts.current_stay or state.facts.work
        )
        if earlier:  # "last year, same period as now"
            return Reading(
                facts={"previous_seasonal_stays": earlier, "previous_schengen_stays": []},
                said=[("confirm.stays.seasonal", _period_values(p)) for p in earlier],
            )
        cues_now = lexicon().cues
        if cues_now["never_left"].search(folded) and not found.years:
            # "nee, hij is nog nooit buiten Pakistan geweest": no stay anywhere else
            return Reading(
                facts={"previous_seasonal_stays": [], "previous_schengen_stays": []},
                said=[("confirm.stays.none", {})],
            )
        long_ago = sorted({abs(year) for _, year in found.years if abs(year) < today.year - 5})
        if (
            long_ago
            and len(long_ago) == len({abs(year) for _, year in found.years})
            # "no", "not in the last five years", or "Only once, in 2019 (summer), so long ago"
            # not "never in Belgium, but he lives in Spain since 2019": a stay still going on
            and not cues_now["since_year"].search(folded)
            and all(m.code == "BE" for m in countries_in(folded))
        ):
            # "Not in the last five years (only in 2019)": a stay too long ago to count for
            # anything (the five years of RD 105/22 §1 3°, the caps' 360 and 180 days)
            return Reading(
                facts={"previous_seasonal_stays": [], "previous_schengen_stays": []},
                said=[
                    ("confirm.stays.none", {}),
                    *(("confirm.stays.long_ago", {"year": str(year)}) for year in long_ago),
                ],
            )
        elsewhere = _stays_that_do_not_count(text, folded, found.years, today)
        if elsewhere:  # "jamais en Belgique ; les fraises en Pologne en 2023", "only in Cuba"
            return Reading(
                facts={"previous_seasonal_stays": [], "previous_schengen_stays": []},
                said=[
                    ("confirm.stays.none", {}),
                    *(
                        ("confirm.stays.not_counted", {"country": ("country", c)})
                        for c in elsewhere
                    ),
                ],
            )
        if (
            found.years
            and (parse_yes_no(text) is False or cues_now["never_before"].search(folded))
            and all(abs(year) == today.year for _, year in found.years)
            and not _says_unknown(folded)  # not "Keine Ahnung, … erst dieses Jahr übernommen"
            and (
                cues_now["before_this_year"].search(folded)
                # "nee, 2026 is zijn eerste seizoen hier" (not "…, vroeger werkte hij bij een
                # andere teler", "… maar in 2026 wel al 3 weken bij familie"): nothing else said
                or len(folded.split()) <= 8
                and not _names_another_stay(folded)
            )
        ):
            # "non jamais avant cette année", "nee, 2026 is zijn eerste seizoen hier": none
            # before this year's stay
            return Reading(
                facts={"previous_seasonal_stays": [], "previous_schengen_stays": []},
                said=[("confirm.stays.none", {})],
            )
        if found.years:
            raise AnswerError("error.stays.dates_needed")
        if _says_unknown(folded):
            return Reading(unknown=True)
        cues = lexicon().cues
        exception = cues["except"].search(folded) or cues["contrast"].search(folded)
        if exception is not None and _names_a_kind(folded[exception.end() :]):
            raise AnswerError("error.stays.dates_needed")  # "no, apart from a week in Paris"
        if (
            parse_yes_no(text) is False
            or folded.strip(" .!") in ("0", "zero", "nul", "null", "0 stays", "0x")  # none at all
            or cues["nothing"].search(folded)
            or cues["never_before"].search(folded)
            or cues["not_applicable"].search(folded)  # "n/a", "nvt": a form's none
        ):
            return Reading(
                facts={"previous_seasonal_stays": [], "previous_schengen_stays": []},
                said=[("confirm.stays.none", {})],
            )
        raise AnswerError("error.stays.dates_needed")
    singles = [s for s in found.singles if not _rough_of_a_period(s, found.periods, today)]
    if singles:
        day = resolve(singles[0], today, "past")
        raise AnswerError("error.date.unplaced", date=("date", day))
    _no_year_left_over(found, today)
    seasonal: list[Period] = []
    schengen: list[Period] = []
    rough: set[Period] = set()
    undecided: list[Period] = []
    said: list[Said] = []
    previous_end = 0
    sentence_ends = [end for _, end in period_reading.sentence_spans(folded)]
    denied = parse_yes_no(folded[: found.periods[0].start] or "-") is False
    try:
        for index, mention in enumerate(found.periods):
            start = max(
                previous_end, max((e for e in sentence_ends if e <= mention.start), default=0)
            )
            clause = min(
                (m.end() for m in _CLAUSE.finditer(folded, start, mention.start)), default=start
            )
            sentence_start = start
            start = clause if index else start  # "..., et en janvier j'étais en vacances ..."
            following = (
                found.periods[index + 1].start if index + 1 < len(found.periods) else len(folded)
            )
            sentence_end = min(e for e in sentence_ends if e >= mention.end)
            end = min(following, sentence_end) if index + 1 < len(found.periods) else sentence_end
            if index + 1 < len(found.periods) and found.periods[index + 1].start < sentence_end:
                end = mention.end  # the words after it belong to the next period
            end = _before_someone_else(folded, mention.end, end)
            context = folded[start:end]
            if start > sentence_start and not _names_a_kind(context):
                # "daarnaast was hij in april op vakantie in Frankrijk, van 3 tot 17 april"
                context = folded[sentence_start:end]
            previous_end = mention.end
            codes = [
                m.code
                for m in countries_in(context)
                if not m.code.startswith("?") and not _negated_mention(context, m.start)
            ]
            kind = _stay_kind(context, short, codes, denied)
            periods = period_reading.resolve_period(mention, today, "past")
            if _said_roughly(mention):
                rough.update(periods)  # "de début février à fin avril : 3/2/2025 - 30/4/2025"
            for period in periods:
                if period.start > today:
                    raise AnswerError("error.stays.future", text=text.strip()[:60])
                if kind is None and _said_roughly(mention):
                    undecided.append(period)  # "maart-april …, van 1 maart tot 15 april"
                    continue
                if kind is None:
                    raise AnswerError("error.stays.which_kind", **_period_values(period))
                if kind == "outside":
                    said.append(("confirm.stays.outside", _period_values(period)))
                    continue
                (schengen if kind == "schengen" else seasonal).append(period)
                key = "confirm.stays.schengen" if kind == "schengen" else "confirm.stays.seasonal"
                said.append((key, _period_values(period)))
    except DateError as error:
        raise _date_error(error, text) from None
    for period in undecided:  # said roughly, its kind left open: the exact saying decides
        if not any(period.start <= q.start and q.end <= period.end for q in seasonal + schengen):
            raise AnswerError("error.stays.which_kind", **_period_values(period))
    seasonal = list(dict.fromkeys(seasonal))  # the same stay said twice ("... pardon: du 2 juin")
    schengen = list(dict.fromkeys(schengen))
    restated = [p for p in _restated(seasonal) + _restated(schengen) if p in rough]
    seasonal = [p for p in seasonal if p not in restated]
    schengen = [p for p in schengen if p not in restated]
    said = [(key, values) for key, values in said if values != _period_values_of(restated, values)]
    once = dict.fromkeys((key, tuple(sorted(v.items(), key=lambda kv: kv[0]))) for key, v in said)
    said = [(key, dict(values)) for key, values in once]
    if not seasonal:
        said.insert(0, ("confirm.stays.no_seasonal", {}))
    return Reading(
        facts={"previous_seasonal_stays": seasonal, "previous_schengen_stays": schengen},
        said=said,
    )


def _no_year_left_over(found: period_reading.Found, today: date) -> None:
    """A recent year said beside the stays that none of them took ("in 2025 not in Belgium but
    in France from 1 to 10 May", "2024 du 3 juin au 16 août, 2025 …"): which stay was in it is
    asked, never the latest past one taken."""
    said = {y for p in found.periods for y in (*p.years, p.first.year, p.last and p.last.year)}
    try:  # the year a stay said without one is placed in ("dieses Jahr … vom 10. Februar")
        said |= {
            day.year
            for mention in found.periods
            for period in period_reading.resolve_period(mention, today, "past")
            for day in (period.start, period.end)
        }
    except DateError:
        pass  # said back where the stays are read
    last_end = max(p.end for p in found.periods)
    # a year after every stay is a remark on it ("2025: didn't come", "his brother came in 2024")
    left = [
        abs(y)
        for offset, y in found.years
        if today.year - 5 <= abs(y) <= today.year and abs(y) not in said and offset < last_end
    ]
    if left:
        raise AnswerError("error.stays.which_year", year=str(left[0]))


RESTATED_WITHIN = timedelta(days=7)
"""How far apart the ends of one stay said twice may be: "de début février à fin avril :
3/2/2025 - 30/4/2025" is one stay, said roughly, then exactly."""


def _said_roughly(mention: period_reading.PeriodMention) -> bool:
    """Whether a period is said by its months or their edges ("d'avril à fin août", "de début
    février à fin avril"), not by its days."""
    if mention.whole_months is not None:
        return True
    edges = [fold(d.text).split()[:1] for d in (mention.first, mention.last) if d is not None]
    return any(words and words[0] in EDGE_WORDS for words in edges) or mention.first.day is None


def _restated(periods: list[Period]) -> list[Period]:
    """The periods said again just after, more exactly (within :data:`RESTATED_WITHIN` at each
    end): the first saying gives way to the second."""
    return [
        first
        for first, second in zip(periods, periods[1:], strict=False)
        if abs(first.start - second.start) <= RESTATED_WITHIN
        and abs(first.end - second.end) <= RESTATED_WITHIN
    ]


def _period_values_of(periods: list[Period], values: dict) -> dict | None:
    """The said-back values of the one of ``periods`` that ``values`` speaks of, if any."""
    return next((v for v in map(_period_values, periods) if v == values), None)


def _landed_the_day_before(
    found: period_reading.Found, question: str, today: date, direction: Direction
) -> date | None:
    """ "He lands in Schiphol on 3 June and takes the train to Belgium the next day", "er landet
    am 2.4. in Düsseldorf, am Tag danach fährt ihn sein Cousin rüber": the entry into Belgium is
    the day after the one landing day said, unless the day after is the work's ("lands on 3 June
    and starts work the next day")."""
    cues = lexicon().cues
    if question != "entry_date" or len(found.singles) != 1 or found.periods or found.bare_days:
        return None
    landing = found.singles[0]
    if not _arrival_before(found.text, landing.start):
        return None
    after = found.text[landing.end :]
    next_day = cues["day_after"].search(after)
    if next_day is None:
        return None
    clause = re.split(r"[.;]", after, maxsplit=1)[0]  # from the landing to the sentence's end
    if cues["work_words"].search(clause) or cues["work_start"].search(clause):
        return None
    return _single_date(landing, today, direction) + timedelta(days=1)


def read_date(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    today = state.today
    direction: Direction = "near"  # where the worker is not known: the nearest such day
    if spec.id == "entry_date" and state.facts.location is not None:
        # abroad, the entry is to come; in Belgium, it has happened
        direction = "planned" if state.facts.location == "abroad" else "current"
    found = period_reading.find(text, today)
    _check_clear(found, state.lang)
    cues = lexicon().cues
    anchored = (
        _counted_from_a_date(found, today, direction)
        or _relative_to_fact(found.text, spec.id, state)
        or _a_date_and_its_count(found, spec.id, state, direction)
    )
    if anchored is not None:
        return Reading(
            facts={spec.id: anchored}, said=[(f"confirm.{spec.id}", {"date": ("date", anchored)})]
        )
    opening_words = found.text.split()[:1]
    deadline = (
        bool(opening_words)
        and opening_words[0] in cues["by_deadline"].phrases
        and any(
            d.start <= len(" ".join(found.text.split()[:4]))
            for d in [*found.singles, *found.bare_days]
        )
    )
    landed = _landed_the_day_before(found, spec.id, today, direction)
    if landed is not None:
        reading = Reading(
            facts={"entry_date": landed}, said=[("confirm.entry_date", {"date": ("date", landed)})]
        )
        return reading.add(also_said(text, state, spec.id))
    if cues["relative_to_other"].search(found.text) or deadline:
        raise AnswerError("error.date.vague")  # "the day after he arrives", "before end of May"
    dates = [*found.singles, *found.bare_days]
    if spec.id == "filed_on":
        # "aujourd'hui à la commune, l'annexe 3 a expiré vendredi": the paper's last day is no
        # filing day
        filing = [d for d in dates if not _after_until(found.text, d.start)]
        dates = filing or dates
    opens_negated = found.text.split()[:1] and found.text.split()[0] in cues["negation"].phrases
    if dates and (opens_negated or any(_negated_date(found.text, d.start) for d in dates)):
        raise AnswerError("error.date.vague")  # "not next week, the one after"
    if not dates and found.periods:
        raise AnswerError("error.date.too_many", text=text.strip()[:60])
    if not dates:
        if _says_unknown(found.text) or cues["no_date_yet"].search(found.text):
            return Reading(unknown=True)  # "don't have a date yet, waiting to hear back"
        raise AnswerError("error.date.no_date", text=text.strip()[:60])
    reading = Reading()
    dates = _bare_days_of_a_date_said(dates, found.text)
    if len(dates) > 1 and not found.periods and _one_day_restated(dates, today, direction):
        dates = dates[:1]  # "de 1e, dus volgende week woensdag": the same day said twice
    if (
        spec.id == "entry_date"
        and _says_unknown(found.text)
        and dates
        and all(
            cues["by_deadline"].search(tokens_before(found.text, d.start, 2))
            # "weiss noch nicht, erst visum. termin bei VFS nairobi ist 12. mai"
            or cues["planned"].search(tokens_before(found.text, d.start, 6))
            for d in dates
        )
    ):
        # "Weet ik nog niet … Alleszins een paar dagen vóór de 17de": a day it will be before;
        # the day of the visa appointment, not of the entry
        return Reading(unknown=True)
    if len(dates) == 2 and not found.periods:
        dates = _the_day_of_its_edge(dates, found.text)  # "Ende Februar, genau am 27.2."
    if spec.id == "filed_on" and len(dates) > 1 and not cues["contrast"].search(found.text):
        # ("gisteren naar de gemeente, maar kom terug op donderdag": which? asked)
        filed = [d for d in dates if _nearest_to_filing(found.text, d, dates)]
        dates = filed or dates  # "submitted it on 2 March, yesterday I got the letter"
    if len(dates) > 1 or found.periods:
        if spec.id == "entry_date":
            arrival = [s for s in dates if _arrival_before(found.text, s.start)]
            belgium = [s for s in dates if _place_said_before(found.text, s.start) == "BE"]
            if (
                len(arrival) == 1
                and len(belgium) == 1
                and _place_said_before(found.text, arrival[0].start) not in (None, "BE")
            ):
                arrival = belgium  # "entered Schengen in Frankfurt on 3 June, in Belgium on 4 June"
            dates = arrival if len(arrival) == 1 else dates
            if len(dates) == 1 and len(found.periods) == 1 and state.facts.work is None:
                # "komt 30 maart aan en werkt van 1 april tot 30 juni": the work, said too
                if _said_of_work(found.text, found.periods):
                    work = period_reading.resolve_period(found.periods[0], today, "planned")[0]
                    reading.facts["work"] = work
                    reading.said.append(("confirm.period.work", _period_values(work)))
        if len(dates) > 1 or (found.periods and "work" not in reading.facts):
            raise AnswerError("error.date.too_many", text=text.strip()[:60])
    if (
        spec.id == "entry_date"
        and _says_unknown(found.text)
        and cues["planned"].search(tokens_before(found.text, dates[0].start, 4))
    ):
        # "weten we nog niet, hangt af van zijn visum (afspraak bij VFS op 12 mei)": the day of
        # an appointment, the entry not known
        return Reading(unknown=True)
    if spec.id == "entry_date" and (
        _place_said_before(found.text, dates[0].start) not in (None, "BE")
        or lexicon().cues["valid_until"].search(tokens_before(found.text, dates[0].start, 4))
    ):
        # "il atterrit à Paris le 8 mars, … arrive en Belgique une semaine après"; "avant que
        # son visa expire, il est valable jusqu'au 30 juin": not the day of entry into Belgium
        raise AnswerError("error.date.vague")
    day = _single_date(dates[0], today, direction)
    reading.facts[spec.id] = day
    reading.said.insert(0, (f"confirm.{spec.id}", {"date": ("date", day)}))
    if (
        spec.id == "filed_on"
        and state.facts.entry_date is None
        and any(  # "the same day", "le jour même": not "right away", which may be the next
            re.search(r"\b(?:day|jour|dag|tag)\b", m[0]) for m in cues["same_day"].find(found.text)
        )
        and (cues["arrival"].search(found.text) or cues["arrival_after"].search(found.text))
    ):
        # "le jour même de mon arrivée, le 16 février": the day of arrival too
        reading.facts["entry_date"] = day
        reading.said.append(("confirm.entry_date", {"date": ("date", day)}))
    return reading.add(also_said(text, state, spec.id))


def _place_said_before(folded: str, offset: int) -> str | None:
    """The place the clause of a date names before it: "BE" ("…, in Belgium on 4 June"),
    another country or the Schengen area ("SCHENGEN": "entered Schengen in Frankfurt on
    3 June"), or ``None``."""
    marks = [folded.rfind(mark, 0, offset) for mark in (",", ".", " and ", " et ", " und ", " en ")]
    clause = folded[max(*marks, 0) : offset]
    place_in = lexicon().cues["place_in"]
    codes = [  # "in Frankfurt", "in Belgium"; not "from Morocco": where the worker came from
        m.code
        for m in countries_in(clause)
        if not m.code.startswith("?") and place_in.search(tokens_before(clause, m.start, 1))
    ]
    if "BE" in codes:
        return "BE"
    if codes or re.search(r"\bschengen\b", clause):
        return codes[0] if codes else "SCHENGEN"
    return None


def _one_period_restated(dates: list, today: date, direction: Direction) -> bool:
    """Whether the periods of an answer are one period said twice ("02/03/2026 to 31/07/2026
    (2nd March to 31st July)")."""
    if not all(isinstance(d, period_reading.PeriodMention) for d in dates):
        return False
    try:
        said = {tuple(period_reading.resolve_period(d, today, direction)) for d in dates}
    except DateError:
        return False
    return len(said) == 1


_EDGE_TO_DAY = re.compile(
    r"[\s,.:;-]*(?:(?:genau|exactly|precisely|precisement|precies|namelijk|namlich|to be exact)"
    r"[\s,.:;-]*)?(?:(?:am|on|the|on the|le|op|de)\s+)*"
)
"""Between the edge of a month and its day: nothing but "exactly" and an article ("Ende
Februar, genau am 27.2.", "end of February, on the 27th"), not "the contract starts on"."""


def _bare_days_of_a_date_said(dates: list[DateMention], folded: str) -> list[DateMention]:
    """A bare day ("le 12") in brackets after a full date of the same day ("samedi 12
    septembre (… j'arrive à Bruxelles le 12)") takes its month and year: the day said again
    (not "le visa a été délivré le 12 mai, il arrive le 12": another day)."""
    full = [d for d in dates if d.month is not None and d.day]

    def restated(bare: DateMention, date_said: DateMention) -> bool:
        between = folded[date_said.end : bare.start]
        return date_said.day == bare.day and "(" in between and ")" not in between

    return [
        next((replace(d, month=f.month, year=f.year) for f in full if restated(d, f)), d)
        if d.month is None and d.day
        else d
        for d in dates
    ]


def _the_day_of_its_edge(dates: list[DateMention], folded: str) -> list[DateMention]:
    """Two dates where one is the edge of a month ("end of February") and the other a day of
    that month ("the 27th of February"): the day, which says the edge exactly."""
    from .parsing.dates import _EDGES

    edges = [d for d in dates if d.text.split()[:1] and d.text.split()[0] in _EDGES]
    days = [d for d in dates if d not in edges and d.day]
    if (
        len(edges) == 1
        and len(days) == 1
        and days[0].month in (None, edges[0].month)
        and edges[0].end <= days[0].start
        and _EDGE_TO_DAY.fullmatch(folded[edges[0].end : days[0].start])
    ):
        # "end of February, on the 27th": the bare day takes the month
        return [replace(days[0], month=edges[0].month, year=days[0].year or edges[0].year)]
    return dates


def _one_day_restated(dates: list[DateMention], today: date, direction: Direction) -> bool:
    """Whether several dates of an answer are one day said twice ("15th of March (Sunday)",
    "de 1e, dus volgende week woensdag")."""
    try:
        return len({_single_date(d, today, direction) for d in dates}) == 1
    except (AnswerError, DateError):
        return False


# --- age ------------------------------------------------------------------------------------


def _age_in_passing(text: str, folded: str, state: InterviewState) -> int | None:
    """An age said in an answer about something else: "ik ben 41 trouwens", "een Vietnamees
    van vierendertig jaar", a pasted "Date de naissance : 04/11/1995"."""
    age = stated_age(folded)
    cues = lexicon().cues
    if age is None and cues["age_unit"].search(folded):
        age = stated_age(fold(_numbers_in_words(text, state.lang)))
    if age is None and cues["birth"].search(folded):
        try:
            age = _age_from_birth_date(period_reading.find(text, state.today), state.today)
        except AnswerError:
            age = None
    elif age is not None:
        found = period_reading.find(text, state.today)
        try:
            if _stated_ages(found.text, found, state.today) == [age - 1]:
                return age - 1  # "le jour de ses 25 ans, le 14 avril": 24 until that day
        except AnswerError:
            return age
    return age


def _numbers_in_words(text: str, lang: str) -> str:
    text = period_reading.years_in_words(text, lang)  # "born in nineteen ninety five"
    try:
        from text_to_num import alpha2digit

        return alpha2digit(text, lang)
    except Exception:  # noqa: BLE001 - a reading aid only: the text is read as typed
        return text


_AT_LEAST = re.compile(r"\b\d{2}\s*\+(?!\s*\d)")
"""An age with a plus ("18+"): at least that age, not the age."""


def read_age(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    """ "34", "dix-sept ans", "34, 35 in April", "born 3/5/1991", "geb. 1995-11-30",
    "jahrgang 98, Geburtstag im März"; "around 40" and a birth year alone are asked about."""
    today = state.today
    cues = lexicon().cues
    if cues["approximate"].search(fold(text)) or _AT_LEAST.search(text):
        raise AnswerError("error.age")  # "around 40", "18+": asked
    plain = _TWO_DIGIT_YEAR.sub(lambda m: _year_in_full(m, today), text)
    plain = _two_digit_birth_year(plain, today)
    plain = _numbers_in_words(plain, state.lang)
    plain = _HALF.sub(r"\1\2", plain)  # "17 and a half", "17 ans et demi": 17
    folded = fold(plain)
    if cues["approximate"].search(folded):
        raise AnswerError("error.age")
    found = period_reading.find(plain, today)
    from_birth = _age_from_birth_date(found, today)
    stated = _stated_ages(found.text, found, today)
    if from_birth is not None:
        if stated and from_birth not in stated:
            raise AnswerError("error.age")  # "born 1.3.1984, so 40": the two disagree
        age = from_birth
    elif stated:
        if len(set(stated)) > 1 or not _fits_the_year_of_birth(stated[0], found, folded, today):
            raise AnswerError("error.age")  # "34, Jahrgang 1985": the two disagree
        if _a_bound_before(folded, stated[0]):
            raise AnswerError("error.age")  # "fast 60": 58 or 59? "über 18": how old? asked
        age = stated[0] - (1 if _an_age_to_come(folded, stated[0]) else 0)
    else:
        age = _age_from_birth_year(folded, found, today)
    if not 10 <= age <= 100:
        raise AnswerError("error.age")
    reading = Reading(facts={"age": age}, said=[("confirm.age", {"age": age})])
    birthday = _next_birthday(found, today)
    if birthday is not None:
        reading.facts["next_birthday"] = birthday
    return reading.add(also_said(text, state, "age"))


def _next_birthday(found: period_reading.Found, today: date) -> date | None:
    """The next birthday a full date gives: a date of birth, or the day of the coming birthday
    ("35 on 3 April"). A month alone does not say the day: ``None``."""
    for mention in found.singles:
        if mention.month is None or not mention.day:
            continue
        for year in (today.year, today.year + 1):
            try:
                day = date(year, mention.month, mention.day)
            except ValueError:
                continue  # 29 February
            if day > today:
                return day
    return None


_TWO_DIGIT_YEAR = re.compile(
    r"(?P<lead>['’‘]|\b(?:n[ée]e?\s+en|born\s+in|geboren\s+in|jahrgang|geb\.)\s*)(?P<year>\d{2})\b(?![./\-]\d)",
    re.IGNORECASE,
)
"""A year written with an apostrophe or after "born in": "born in '96", "15 mei '92", "né en
92", "Jahrgang 98" (a two-digit number there is a year, never an age)."""


_DAY_MONTH_TWO_DIGITS = re.compile(
    r"\b(?P<lead>\d{1,2}\.?\s*(?P<month>[^\W\d_]{3,})\.?\s+)(?P<year>\d{2})\b(?![./\-:]\d)"
)
"""At the age question, a day and a month name then two digits: "5 mars 90", "3 May 88" (a
date of birth; the two digits are its year, not an age)."""


_HALF = re.compile(
    r"\b(\d{1,2})(\s*(?:years?|ans|jaar|jahre)?)(?:\s*(?:and a half|et demi|en een half|en half|"
    r"einhalb|und ein halb|½)|\s+1/2(?![\d/]))",
    re.IGNORECASE,
)
"""An age and a half: the whole years are the age (not the "1/2" inside "20/11/2008")."""


def _two_digit_birth_year(text: str, today: date) -> str:
    """ "5 mars 90", "born 3 May 88": a date of birth whose year has two digits, when the
    answer is that date (it opens the answer, or follows a word of birth). "Er wird am 3. Mai
    40", "since 3 March 40 years old": an age, left as it is."""
    match = _DAY_MONTH_TWO_DIGITS.search(text)
    if match is None or fold(match["month"]) not in month_words():
        return text
    before = fold(text[: match.start()])
    after = fold(text[match.end() :]).split()[:1]
    if before.strip() and not lexicon().cues["birth"].search(before):
        return text
    if after and after[0] in lexicon().cues["age_unit"].phrases:
        return text  # "3 mars 40 ans"
    year = _full_year(int(match["year"]), today)
    return f"{text[: match.start()]}{match['lead']}{year}{text[match.end() :]}"


def _year_in_full(match: re.Match[str], today: date) -> str:
    """ "'92" → "1992", "né en 92" → "né en 1992"."""
    return f"{match['lead'].strip(_APOSTROPHES)}{_full_year(int(match['year']), today)}"


_APOSTROPHES = "'’‘"


def _full_year(two: int, today: date) -> int:
    return 2000 + two if 2000 + two <= today.year else 1900 + two


def _age_from_birth_date(found: period_reading.Found, today: date) -> int | None:
    dated = [m for m in found.singles if m.month is not None and m.year is not None and m.day]
    if not dated:
        yearless = [m for m in found.singles if m.month is not None and m.year is None and m.day]
        years = [y for _, y in found.years if 1900 < y <= today.year - 10]
        if len(yearless) == 1 and len(years) == 1:  # "1992, le 4 octobre"
            dated = [replace(yearless[0], year=years[0])]
        else:
            return None
    born = dated[0]
    if born.year is None or born.month is None:  # kept out by the filters above
        return None
    if today.year - 10 < born.year <= today.year + 10:
        return None  # a recent or coming date is no birth date ("morgen", "next year")
    year = born.year if born.year <= today.year else born.year - 100
    try:
        day = date(year, born.month, born.day)
    except ValueError:
        raise AnswerError("error.age") from None
    if day > today:
        raise AnswerError("error.age")
    return age_from_birth(day, today)


def _month_after(folded: str, offset: int) -> tuple[int, int | None] | None:
    """The (month, day) written after ``offset`` ("in April", "le 3 mars", "am 3. März")."""
    from .parsing.dates import month_words

    words = folded[offset:].split()[1:6]
    day = None
    for word in words:
        bare = word.strip(".,")
        if bare.isdigit() and 1 <= int(bare) <= 31:
            day = int(bare)
        if bare in month_words():
            return month_words()[bare], day
    return None


_WEEKENDS = frozenset({"weekend", "week-end", "wochenende"})
_UNTIL_BIRTHDAY = re.compile(
    r"\d+\s*(?:ans|an|jaar|jahre|years|year|yrs|j)?\.?[\s,!]*(?:(?:le|on|on the|the|am|op|de)\s+)?"
)


def _birthday_to_come(folded: str, found: period_reading.Found, offset: int, today: date) -> bool:
    """Whether the age at ``offset`` is said with the day it will be reached, still to come:
    "18 next week", "30 ans le 3 mai", "de ses 25 ans, le 14 avril"."""
    lead = _UNTIL_BIRTHDAY.match(folded, offset)
    if lead is None:
        return False
    lex = lexicon()
    around = f"{tokens_before(folded, offset, 3)} {' '.join(folded[lead.end() :].split()[:1])}"
    if lex.cues["birthday_passed"].search(around):
        return False  # "j'ai eu 18 ans le 20 janvier", "ist am 3. Mai 18 geworden": reached
    upcoming = lex.date_words["next"].search(folded[lead.end() : lead.end() + 12])
    if upcoming is not None:  # "18 next week", "30 volgende maand"; not "26, coming for…"
        words = folded[lead.end() + upcoming.end() :].split()
        when = words[0].strip(".,!") if words else ""
        said_alone = (
            len(words) < 2
            or words[0][-1:] in ",.!;"
            or words[1][:1] in ",.!;"
            or words[1] in ("and", "et", "en", "und", "then", "puis", "dann", "daarna")
        )
        if (when in lex.units or when in lex.weekdays or when in _WEEKENDS) and said_alone:
            return True  # not "26, next week he arrives"
    coming = [m for m in found.singles if m.month is not None and m.start == lead.end()]
    return len(coming) == 1 and resolve(coming[0], today, "planned") > today


def _stated_ages(folded: str, found: period_reading.Found, today: date) -> list[int]:
    """Ages said as numbers, each as it is today: "34, 35 in April" → [34]; "he'll be 18 on
    1 July" → [17] while 1 July is still to come; "werde morgen 30" → [29]."""
    cues = lexicon().cues
    spans = [(m.start, m.end) for m in found.singles] + [(p.start, p.end) for p in found.periods]
    numbers = [
        (offset, value)
        for offset, value in age_numbers(folded)
        if not any(start <= offset < end for start, end in spans)
        if 10 <= value <= 99
        and not _before_month(folded, offset)
        and not cues["birth"].search(" ".join(folded[:offset].split()[-1:]))
        and not years_of_something(folded, offset)
        and not cues["date_duration"].search(" ".join(folded[:offset].split()[-2:]))
        and not _said_of_a_relative(folded, offset)  # "ich bin 30 und mein Bruder 27"
    ]
    if re.search(r"\b\d{1,2}\s+(?:or|ou|of|oder|o)\s+\d{1,2}\b", folded):
        raise AnswerError("error.age")  # "25 or 26": which?
    values = sorted({value for _, value in numbers})
    if len(values) == 2 and values[1] == values[0] + 1:
        return [values[0]]  # "34, 35 in April", "39, bijna 40", "19 going on 20"
    if len(numbers) == 1 and _birthday_to_come(folded, found, numbers[0][0], today):
        return [numbers[0][1] - 1]  # "18 next week!!", "30 ans le 3 mai": not yet
    will_be = cues["will_be"].search(folded)
    if len(numbers) == 1 and will_be is not None and numbers[0][0] > will_be.start():
        coming = [
            resolve(m, today, "planned")
            for m in found.singles
            if m.month is not None and (m.year is None or m.year >= today.year)
        ]  # not the date of birth said before it ("né le 3/7/2008, j'aurai 18 ans en juillet")
        if len(coming) == 1:
            return [numbers[0][1] - 1 if coming[0] > today else numbers[0][1]]
    if (
        len(numbers) == 1
        and will_be is not None
        and numbers[0][0] > will_be.start()
        and lexicon().date_words["next"].search(folded)
    ):
        return [numbers[0][1] - 1]  # "nächste Woche werde ich 25"
    if len(numbers) == 1 and will_be is not None and numbers[0][0] < will_be.start():
        return [numbers[0][1]]  # "er ist 18, wird im Mai 19": 18 now (the rest reads as a date)
    ages: list[int] = []
    for offset, value in numbers:
        if _before_month(folded, offset) or not 10 <= value <= 99:
            continue
        before = " ".join(folded[:offset].split()[-3:])
        if cues["birth"].search(before.split()[-1] if before else ""):
            continue  # "born 85": a year, not an age
        when = _month_after(folded, offset)
        future = cues["will_be"].search(before) is not None
        if when is not None and (future or ages):
            month, day = when
            upcoming = (month, day or 1) > (today.month, today.day) if day else month > today.month
            if month == today.month and day is None:
                raise AnswerError("error.age")  # "35 this month": before or after the day?
            ages.append(value - 1 if upcoming else value)
        elif future:
            raise AnswerError("error.age")  # "will be 40" with no date: when?
        else:
            ages.append(value)
    return ages


def _an_age_to_come(folded: str, age: int) -> bool:
    """ "Il a 38 ans le mois prochain", "er wird nächsten Monat 38": the age a birthday soon to
    come gives (the age now is one less)."""
    said = re.search(rf"(?<!\d){age}(?!\d)", folded)
    if said is None:
        return False
    cues = lexicon().cues
    words = folded[said.end() :].split()
    if words and words[0].strip(".,") in cues["age_unit"].phrases:
        words = words[1:]  # "38 ans le mois prochain"
    before = folded[max(0, said.start() - 30) : said.start()]
    soon = cues["soon"].pattern.match(" ".join(words[:6]))
    if soon is not None:  # not "35 jaren, volgende maand 36": the age to come said too
        rest = " ".join(words[:6])[soon.end() :]
        # nor "26, next week he arrives": a plan said after the age
        return not re.match(r"\s*\d", rest) and not re.match(r"\s*[^\W\d]", rest)
    return bool(cues["soon"].search(before) and cues["will_be"].search(before))


def _a_bound_before(folded: str, age: int) -> bool:
    """Whether the one age said is a bound, not the age: "fast 60", "bijna 60", "über 18",
    "more than 18"."""
    said = re.search(rf"(?<!\d){age}(?!\d)", folded)
    if said is None:
        return False
    cues = lexicon().cues
    before = tokens_before(folded, said.start(), 3)
    return bool(cues["almost"].search(before) or cues["more_than"].search(before))


def _fits_the_year_of_birth(
    age: int, found: period_reading.Found, folded: str, today: date
) -> bool:
    """Whether an age agrees with a year of birth said beside it ("35 (geboren 1995)" does
    not: 30 or 31)."""
    birth = lexicon().cues["birth"]
    years = [
        y
        for offset, y in found.years
        if 1900 < y <= today.year - 10 and birth.search(tokens_before(found.text, offset, 3))
    ]  # "geboren 1995", "Jahrgang 1985"; not "born in Nepal, in Portugal since 2015"
    return len(years) != 1 or age in (today.year - years[0] - 1, today.year - years[0])


def _age_from_birth_year(folded: str, found: period_reading.Found, today: date) -> int:
    cues = lexicon().cues
    years = [y for _, y in found.years if 1900 < y <= today.year - 10]
    match = re.search(
        r"(?:\b(?:born|ne|nee|geboren|geb|jahrgang|bj)\b|')\s*(?:in\s+|en\s+|im\s+)?(?:[a-z]+\s+)?'?(\d{2})\b",
        folded,
    )
    if not years and match:
        two = int(match[1])
        years = [
            1900 + two if 1900 + two <= today.year - 10 and two > today.year % 100 else 2000 + two
        ]
    if len(years) != 1:
        raise AnswerError("error.age")
    born_year = years[0]
    birthday = _birthday_month(folded)
    if (today.month, today.day) == (12, 31):
        return today.year - born_year
    if cues["birthday_passed"].search(folded):
        return today.year - born_year
    if birthday is not None and birthday != today.month:
        passed = birthday < today.month
        return today.year - born_year - (0 if passed else 1)
    if birthday is None and cues["birth"].search(folded) is None and not match:
        raise AnswerError("error.age")
    raise AnswerError("error.age.birth_year", year=born_year)


def _birthday_month(folded: str) -> int | None:
    from .parsing.dates import month_words

    months = [
        month_words()[w.strip(".,")] for w in folded.split() if w.strip(".,") in month_words()
    ]
    return months[0] if len(set(months)) == 1 else None


def _before_month(folded: str, offset: int) -> bool:
    """A number that is the day of a date ("3 mai"), not an age."""
    from .parsing.dates import month_words

    after = folded[offset:].split()[1:2]
    return bool(after) and after[0].strip(".") in month_words()


# --- documents ------------------------------------------------------------------------------


def read_documents(
    spec: QuestionSpec,
    text: str,
    state: InterviewState,
    checklist: tuple[str, ...],
    required: tuple[str, ...],
) -> Reading:
    # on an annex 3 the visa a worker holds is the C visa they came with (RD 105/11 §1 2°): "visum"
    # said plainly is that one, though the extension's checklist does not ask for it
    preferred = checklist
    if state.facts.status == "seasonal_short_stay" and "short_stay_visa" not in checklist:
        preferred = (*checklist, "short_stay_visa")
    try:
        held = document_parsing.read_held(text, preferred, required)
    except document_parsing.NoDocumentNamed:
        if _says_unknown(fold(text)):
            return Reading(unknown=True)
        raise AnswerError("error.documents.none_matched") from None
    except document_parsing.Unsure:
        raise AnswerError("error.documents.unsure") from None
    said: list[Said] = []
    if held.held:
        said.append(("confirm.documents", {"documents": ("documents", held.held)}))
    else:
        said.append(("confirm.documents.none", {}))
    not_yet = [doc for doc in held.not_held if doc in checklist and doc not in held.held]
    if not_yet:
        said.append(("confirm.documents.not_held", {"documents": ("documents", not_yet)}))
    not_known = [doc for doc in held.not_known if doc in checklist]
    if not_known:
        said.append(("confirm.documents.not_known", {"documents": ("documents", not_known)}))
    for near in held.near_misses:
        said.append((f"near_miss.{near.id}", {"words": near.text, "citation": near.citation}))
    for phrase in held.unknown:
        said.append(("confirm.documents.unrecognised", {"text": phrase[:60]}))
    return Reading(
        facts={"documents": held.held}, said=said, not_there=tuple([*not_yet, *not_known])
    )


# --- the opening: the whole situation in one message ---------------------------------------


def read_opening(spec: QuestionSpec, text: str, state: InterviewState) -> Reading:
    """ "I'm the employer; our Moroccan worker, 34, comes from 1 April to 15 June; he worked
    for us last year from 1 May to 31 July": every fact the message states plainly, each said
    back; dates it leaves unplaced are named (the questions that follow ask for them)."""
    folded = fold(text).strip(" .!")
    cues = lexicon().cues
    if not folded or (cues["skip"].search(folded) and len(folded.split()) <= 3):
        return Reading(said=[("confirm.opening.skipped", {})])
    reading = Reading()
    mentions = countries_in(folded)
    of_the_worker = [
        m
        for m in mentions
        if not _said_of_the_typer(folded, m.start)
        # "viele Nachfahren von deutschen Siedlern": a nationality of other people
        and not (
            re.match(r"\s+\w", folded[m.end :])  # the very next word (not after a comma)
            and cues["other_people"].search(" ".join(folded[m.end :].split()[:1]).strip(".;"))
        )
    ]
    code = _opening_nationality(folded, of_the_worker) or flag_of(text)
    if code is not None:
        reading.facts["nationality"] = code
        reading.said.append(("confirm.nationality", {"country": ("country", code)}))
    role = _opening_role(folded, code)
    if role is not None and state.role is None:
        reading.role = role
        reading.said.append((f"confirm.role.{role}", {}))
    text = _two_digit_birth_year(text, state.today)  # "geboren 5 mars 90"
    # "une travailleuse est venue ce matin" (to the helpdesk): no day of entry
    came_by = cues["came_by"].search(fold(text))
    found = period_reading.find(_without_the_visit(fold(text)) if came_by else text, state.today)
    arrivals = [  # "He entered on 15 February and the visa runs till 14 August": a first day too
        _single_date(d, state.today, "near")
        for d in [*found.singles, *(p.first for p in found.periods if p.first.month)]
        if _arrival_before(found.text, d.start, window=30)
    ]
    # "ich schreibe für meine Tante … Ich wohne in Zürich": the typer's own place; a paper or
    # a country in a question ("Gaat dat met een bijlage 3?", "… sans qu'il rentre au Maroc ?")
    # is not where the worker is
    unasked = _without_the_typers_place(fold(_without_questions(text)))
    said = _aligned(unasked, folded) or folded
    place = _opening_place(
        folded,
        [m for m in mentions if said[m.start : m.end].strip()],
        arrived=any(day <= state.today for day in arrivals),
        unasked=unasked,
    )
    if place is None:
        place = _labelled_place(text)
    if place is not None:
        reading.add(place)
    age = _opening_age(text, state, found)
    if age is not None:
        reading.facts["age"] = age
        reading.said.append(("confirm.age", {"age": age}))
    location = reading.facts.get("location", state.facts.location)
    status = reading.facts.get("status", state.facts.status)
    _opening_periods(found, state, location, status, reading)
    _opening_documents(found, reading)
    return reading


_STATUS_PAPERS = frozenset({"annex_3", "seasonal_permit_or_visa"})
"""The papers that say where a worker stands (annex 3, annex 6 or D visa): in an opening they
tell the situation, the documents question asks for the file."""


def _opening_documents(found: period_reading.Found, reading: Reading) -> None:
    """ "J'ai le passeport et le contrat, le reste pas encore": a sentence that lists the
    papers held (and names no date or country, which tell the situation, not the file)."""
    cues = lexicon().cues
    held: list[str] = []
    said: list[Said] = []
    dated = [item.start for item in _in_order(found)]
    checklist = document_ids()
    if reading.facts.get("status") == "seasonal_long_stay":
        # in Belgium on a permit or D visa, "the visa copy" is that visa (RD 105/32 2°)
        checklist = tuple(doc for doc in checklist if doc not in _VISAS_BEFORE_ENTRY)
    work = reading.facts.get("work")
    if isinstance(work, Period) and reading.facts.get("location") != "belgium":
        # "from 16 March to 5 June … Visa and work permit I have already": for a stay of up to
        # 90 days the visa is the C visa (RD 105/11 §1 2°), beyond it the D visa; near the
        # edge, the documents question asks
        days = (work.end - work.start).days + 1
        other_visa = "long_stay_visa" if days <= 85 else "short_stay_visa" if days >= 95 else None
        checklist = tuple(doc for doc in checklist if doc != other_visa)
    papers_before = ""  # the sentence just before, when it was read as papers
    short_before = ""  # the sentence just before, when it only says a paper is there
    says_the_rest = False  # whether the papers not named are said of too
    # a sentence that names papers beside a date or a country is not read for the file ("le
    # permis de travail est arrivé la semaine passée"): the documents question still asks
    papers_unread = False
    unread: list[str] = []  # the sentences not read for papers (looked at only when it matters)
    for start, end in period_reading.sentence_spans(found.text):
        if not found.text[start:end].strip(" .;"):
            continue
        # "Gebühr bezahlt; Pass, Vertrag … haben wir; Attest … beantragt": a paper said done
        # alone just before a sentence of papers is one of them
        one_paper = _one_paper_done(found.text[start:end], start, dated)
        # dates, places: the sentence tells the situation, not the file
        sentence_held = None
        if cues["whether"].search(found.text[start:end]):
            continue  # "je voulais juste savoir si j'ai besoin d'un visa": a paper asked about
        if _may_list_papers(found.text[start:end]) and not _tells_the_situation(
            found.text[start:end], start, dated
        ):
            # "… he has his passport, the work permit came through; visa, insurance and the
            # housing paperwork still to do": read with the papers said just before it
            sentence_held = _papers_listed(f"{papers_before} ; {found.text[start:end]}", checklist)
        papers_before = ""
        said_to_have = cues["have"].search(found.text[start:end]) or cues["documents_word"].search(
            found.text[start:end]
        )
        if sentence_held is None and said_to_have is not None:
            start += said_to_have.start()  # "je suis au Maroc, j'ai le passeport": from "j'ai"
            if not _tells_the_situation(found.text[start:end], start, dated):
                sentence_held = _papers_read(found.text[start:end], checklist)
        if sentence_held is None or set(sentence_held.held) <= _STATUS_PAPERS:
            short_before = one_paper
            unread.append(found.text[start:end])
            continue  # "i have annex 3 but i dont know the dates": where the worker stands
        if short_before:
            earlier = _papers_read(short_before, checklist)
            if earlier is not None:
                sentence_held.held[:0] = [d for d in earlier.held if d not in sentence_held.held]
        short_before = ""
        papers_before = found.text[start:end]
        # "Alle Papiere sind fertig, …": which papers "all" are is for the documents question
        papers_unread = papers_unread or bool(cues["everything"].search(papers_before))
        says_the_rest = (
            says_the_rest or bool(sentence_held.not_held) or _of_the_others(found.text[start:end])
        )
        held = [doc for doc in held if doc not in sentence_held.not_held]
        held += [doc for doc in sentence_held.held if doc not in held]
        said += [
            (f"near_miss.{near.id}", {"words": near.text, "citation": near.citation})
            for near in sentence_held.near_misses
        ]
        said += [
            ("confirm.documents.unrecognised", {"text": phrase[:60]})
            for phrase in sentence_held.unknown
        ]
        if sentence_held.not_known:
            said.append(
                (
                    "confirm.documents.not_known",
                    {"documents": ("documents", sentence_held.not_known)},
                )
            )
    if held:
        reading.facts["documents"] = held
        reading.said.append(("confirm.documents", {"documents": ("documents", held)}))
        reading.said.extend(said)
        papers_unread = papers_unread or any(
            set(document_parsing.names_in(sentence)) - _STATUS_PAPERS for sentence in unread
        )
        if not says_the_rest or papers_unread:
            reading.partial = ("documents",)  # "j'ai déjà le permis de travail": and the others?


def _of_the_others(sentence: str) -> bool:
    """Whether words of a sentence listing papers speak of the others too ("the rest not yet",
    "that's all", "only the passport", "everything")."""
    cues = lexicon().cues
    only = cues["only"].search(sentence)
    # "only the passport" (not "sie ist nur bis 31. Dezember"); "everything" is asked for the
    # checklist it means ("Alle Papiere sind fertig")
    return any(cues[kind].search(sentence) for kind in ("rest", "that_is_all")) or (
        only is not None and bool(document_parsing.names_in(sentence[only.end() :]))
    )


_VISAS_BEFORE_ENTRY = frozenset({"short_stay_visa", "long_stay_visa"})
"""The visas asked for from abroad: for a worker in Belgium on a seasonal permit or D visa, a
visa named is the one held, the checklist's "permit or D visa"."""


def _tells_the_situation(sentence: str, start: int, dated: list[int]) -> bool:
    """Whether an opening's sentence tells where the worker stands rather than the file: it
    holds a date, a country, or a residence card elsewhere."""
    return (
        any(start <= offset < start + len(sentence) for offset in dated)
        or bool(countries_in(sentence))
        or lexicon().cues["residence"].search(sentence) is not None
    )


def _papers_read(sentence: str, checklist: tuple[str, ...]):
    try:
        return document_parsing.read_held(sentence, checklist, ())
    except (document_parsing.NoDocumentNamed, document_parsing.Unsure):
        return None


def _may_list_papers(sentence: str) -> bool:
    """Whether a word of the sentence says which papers are there or not (a quick look before
    the reading): "zijn in orde", "pas encore", "still to do"."""
    cues = lexicon().cues
    return document_parsing.says_held(sentence) or any(
        cues[kind].search(sentence) for kind in ("pending", "negation")
    )


def _one_paper_done(sentence: str, start: int, dated: list[int]) -> str:
    """The sentence when it only says that a paper is done ("Gebühr bezahlt"), else ""."""
    if len(sentence.split()) > 4 or not document_parsing.says_held(sentence):
        return ""
    if not document_parsing.names_in(sentence) or _tells_the_situation(sentence, start, dated):
        return ""
    return sentence


def _papers_listed(sentence: str, checklist: tuple[str, ...]):
    """An opening's sentence that names two papers or more, with or without "I have", and says
    which are there: "Paspoort, arbeidstoelating en huisvestingsverklaring zijn in orde, visum
    nog niet" (not papers only named: "Contract and housing we provide")."""
    held = _papers_read(sentence, checklist)
    if held is None or len({*held.held, *held.not_held}) < 2:
        return None
    if not (held.held and held.not_held) and not document_parsing.says_held(sentence):
        return None  # "il apportera son passeport et le certificat quand il viendra"
    return held


def _opening_nationality(folded: str, mentions) -> str | None:
    # "an Italian permesso", "une carte de séjour espagnole": the country of a residence
    # paper, not the worker's nationality
    mentions = [m for m in mentions if not _of_a_residence_paper(folded, m)]
    # "une forcerie près de Gembloux": a place in Belgium is where the work is; a Belgian says
    # "belge"
    mentions = [m for m in mentions if m.code != "BE" or m.by_nationality_word]
    mentions = [m for m in mentions if not a_name(folded, m)]  # "je m'appelle Georges"
    # "Hallo und guten Abend aus Bremen": where the greeting comes from, not a nationality
    mentions = [m for m in mentions if not _greeted_from(folded, m)]
    # "Parlez-vous espagnol ?": a language, no nationality (a Spanish "salvadoreña" is read
    # as the misspelt one it is)
    mentions = [
        m for m in mentions if not (m.by_nationality_word and a_language(folded, m.start, m.end))
    ]
    # "Ich führe (als Schweizer, ja ja) einen Hopfenbetrieb … aus Nordmazedonien": the
    # employer's own, beside another country
    mentions = [
        m
        for m in mentions
        if not (
            _the_typers_own_nationality(folded, m)
            and any(o.code not in (m.code, "BE") for o in mentions)
        )
    ]
    try:
        code = nationality_of(folded, mentions)
    except Ambiguous:
        # "a Belgian farm wants a Bolivian": the worker's nationality is the other one
        codes = {
            m.code
            for m in mentions
            if m.by_nationality_word and m.code != "BE" and not m.code.startswith("?")
        }
        code = codes.pop() if len(codes) == 1 else None
    if code == "BE":
        others = {m.code for m in mentions if m.by_nationality_word and m.code != "BE"}
        if len(others) == 1:
            code = others.pop()
    if code is None and not any(m.by_nationality_word for m in mentions):
        # "viele Nachfahren von deutschen Siedlern": the word before a people is theirs
        people = lexicon().cues["other_people"].pattern.pattern
        folded = re.sub(rf"\b\w+(?=\s+(?:{people}))", lambda m: " " * len(m[0]), folded)
        # "Ich bin Deutschlehrerin": a language taught, no nationality
        folded = re.sub(_LANGUAGE_TAUGHT, lambda m: " " * len(m[0]), folded)
        code = (
            _passport_of(folded, mentions)
            # beside a country named right, a typo only after "I am" or "from" said plainly
            # ("des serres de tomates … au Pérou" is no Serbian), and none other than it
            # ("aus Colonia Independencia in Paraguay" is no Colombian)
            or _misspelt_unless_another(folded, mentions)
            or _city_of_origin(folded, mentions)  # "er ist aus Abuja", "hij komt uit Kyiv"
            or country_alone(folded, mentions)  # "Uzbekistan. 34 age. Now I am in Samarkand."
        )
    return code


_LANGUAGE_TAUGHT = re.compile(
    r"\b\w+(?:lehrerin|lehrer|kurs|kurse|unterricht|lerares|leraar|cursus)\b"
)
"""A language's teacher, course or lessons ("Deutschlehrerin", "Nederlandse les" aside)."""


def _greeted_from(folded: str, mention) -> bool:
    """Whether a place opens the message as where its greeting comes from ("Hallo und guten
    Abend aus Bremen", "Greetings from Tilburg"): the typer's place, not the worker's country."""
    cues = lexicon().cues
    before = [word.strip(",.!") for word in folded[: mention.start].split()]
    return (
        mention.is_place
        and before[-1:] in (["aus"], ["from"], ["de"], ["uit"], ["van"])
        and any(word in cues["greeting_word"] for word in before[:-1])
        # only greeting words before it (not "hello, i am from Bosnia": the worker's own)
        and all(
            word in cues["greeting_word"] or word in cues["greeting_filler"] for word in before[:-1]
        )
    )


def _misspelt_unless_another(folded: str, mentions) -> str | None:
    """A misspelt nationality, unless the clause of where the worker comes from names another
    country right ("aus Colonia Independencia in Paraguay" is no Colombian; "aus columbien …,
    bin in madrid" is one)."""
    others = {m.code for m in mentions if m.code != "BE" and not m.code.startswith("?")}
    code = _misspelt_nationality(folded, plainly=bool(others))
    origin = lexicon().cues["origin"]
    from_there = {
        m.code
        for m in mentions
        if m.code in others and origin.search(tokens_before(folded, m.start, 4))
    }
    return None if code is not None and from_there and code not in from_there else code


def _the_typers_own_nationality(folded: str, mention) -> bool:
    """Whether an employer (or a helper, of Belgium) says a nationality word of themselves:
    "I am" right before it ("I'm an American who married into a Belgian farming family"), or
    "as" with "I" in the words before ("Ich führe (als Schweizer) …", "moi, en tant que
    Française, …")."""
    if not mention.by_nationality_word:
        return False
    cues = lexicon().cues
    before = tokens_before(folded, mention.start, 5).rstrip(" (,")
    as_word = [m for m in cues["typer_as"].find(before) if m.end() == len(before)]
    is_a = [m for m in cues["typer_is_a"].find(before) if m.end() == len(before)]
    # "Hi! American here, I run a berry farm …": a message signed with the typer's own
    signed = (
        folded[mention.end :].split()[:1] in (["here"], ["ici"], ["hier"])
        and len(folded[: mention.start].split()) <= 3
    )
    return (
        bool(is_a)
        or signed
        or (bool(as_word) and cues["first_person"].search(before[: as_word[0].start()]) is not None)
    ) and (
        _the_employer_writes(folded)
        # "I am writing for my little brother … I am Belgian now": a helper's own, since a
        # Belgian is no third-country worker
        or (mention.code == "BE" and _typer_not_the_worker(folded))
    )


def _the_employer_writes(folded: str) -> bool:
    """Whether the words say plainly that the employer writes (a helper's relative often shares
    their nationality; a worker's own is theirs)."""
    try:
        return role_of(folded) == "employer"
    except Ambiguous:
        return {cue.role for cue in role_cues(folded) if cue.strong} == {"employer"}


def _of_a_residence_paper(folded: str, mention) -> bool:
    """Whether a nationality word qualifies a residence paper just after or before it ("an
    Italian permesso di soggiorno", "spanische Aufenthaltskarte", "titre de séjour italien")."""
    if not mention.by_nationality_word:
        return False
    paper = lexicon().cues["residence_document"]
    after = paper.search(" ".join(folded[mention.end :].split()[:4]))
    before_words = tokens_before(folded, mention.start, 3)
    return (after is not None and after.start() == 0) or any(
        m.end() == len(before_words) for m in paper.find(before_words)
    )


_SAR = re.compile(r"^sar\s+")
"""Between a place and its passport: "Macau SAR Pass"."""
_OF_COUNTRY = re.compile(r"\s+(?:from|of|du|de|d|van|aus|von)\s+(?:the\s+|la\s+|le\s+)?$")
"""Between a passport and its country: "passeport du Cap-Vert"."""


def _passport_of(folded: str, mentions) -> str | None:
    """ "Macau passport", "hab Macau SAR Pass", "passeport du Cap-Vert": the country of the
    passport is the nationality."""
    passport = lexicon().cues["passport"]

    def before_passport(rest: str) -> bool:
        found = passport.search(_SAR.sub("", rest.lstrip()))
        return found is not None and found.start() == 0

    def after_passport(before: str) -> bool:
        of = _OF_COUNTRY.search(before)
        return of is not None and any(m.end() == of.start() for m in passport.find(before))

    codes = {
        m.code
        for m in mentions
        if not m.code.startswith("?")
        and (
            before_passport(folded[m.end :])
            or "passport" in folded[m.start : m.end]  # "HKSAR passport" is one name
            or after_passport(folded[max(0, m.start - 30) : m.start])
        )
    }
    return codes.pop() if len(codes) == 1 else None


@cache
def _cue_words() -> frozenset[str]:
    """The single words of every cue list, in the four languages ("jamais", "nooit", "never")."""
    from .reading.lexicon import _lexicon

    cues = _lexicon(None).cues
    return frozenset(p for kind in cues.values() for p in kind.phrases if " " not in p)


def _is_a_cue_word(word: str) -> bool:
    return word in _cue_words()


def _misspelt_nationality(folded: str, plainly: bool = False) -> str | None:
    """ "Morrocan, 26", "im from philipines", "jsui algerein": a misspelt country or nationality
    word where one is expected — the first word, or after "from" or "I am" — matched as the
    nationality question matches it. ``None`` unless exactly one country is named so.
    ``plainly``: not after a bare "of" ("des", "du", "van"), which also opens ordinary words."""
    words = [w.strip(",.;:!?()") for w in folded.split()]
    origin = lexicon().cues["origin"].phrases
    if plainly:
        origin = origin - lexicon().cues["of_word"].phrases - {"des", "d"}
    candidates = {
        word
        for index, word in enumerate(words)
        if len(word) >= 5
        and word.isalpha()
        and not countries_in(word)  # a name spelt right is no typo ("from Belgium")
        and not _is_a_cue_word(word)  # "elle est jamais venue" is no Jamaican
        and word not in month_words()  # "from March up to end of July" is no Moroccan
        and (index == 0 or words[index - 1] in origin or words[index - 1] in COPULAS)
    }
    codes = {country_parsing.read_nationality(word).code for word in candidates} - {None}
    return codes.pop() if len(codes) == 1 else None


def _opening_role(folded: str, nationality: str | None) -> str | None:
    """Who writes: the role words, else a person telling their own nationality or plans in
    the first person ("ich bin aus Georgien", "I am Kenyan", "je viens travailler")."""
    try:
        role = role_of(folded)
    except Ambiguous:
        return None
    if role is not None:
        return role
    if nationality is not None and any(
        COPULAS & {w.strip(",.") for w in folded[: m.start].split()[-3:]}
        or _origin_said_of_self(folded, m.start)
        for m in countries_in(folded)
    ):
        return "worker"  # "ik ben Marokkaan", "je suis malienne", "ich komme aus der Mongolei"
    return None


def _origin_said_of_self(folded: str, offset: int) -> bool:
    words = folded[:offset].split()[-4:]
    return any(w in ("i", "ik", "ich", "je", "j", "im") for w in words) and any(
        w in lexicon().cues["origin"].phrases for w in words[-2:]
    )


def _labelled_place(text: str) -> Reading | None:
    """A pasted form's line that says where: "Current location: Udon Thani, Thailand",
    "Lieu actuel : Ouagadougou", "Aufenthaltsort: Hanoi, Vietnam", "Now: Hanoi"."""
    place_labels, now_labels = lexicon().cues["place_in"], lexicon().cues["now_label"]
    lines = re.split(r"[\n;]|\s/\s|(?<=[^\d\s])\.\s", text)  # "…; jetzt: Tirana; …"
    parts = [part for line in lines if ":" not in line for part in line.split(",")]
    for line in lines + parts:
        label, colon, value = line.partition(":")
        if not colon:  # "moi népali / maintenant Katmandou / …": the label without its colon
            said_now = now_labels.search(fold(line))
            if said_now is None or said_now.start() != 0:
                continue
            label, value = fold(line)[: said_now.end()], fold(line)[said_now.end() :]
            if len(value.split()) > 3:
                continue  # "maintenant je suis aux Pays-Bas chez mon oncle…": a sentence
        if fold(label) not in place_labels and fold(label) not in now_labels:
            continue
        codes = {m.code for m in countries_in(fold(value)) if not m.code.startswith("?")}
        if len(codes) == 1:
            return _where_lived(codes.pop(), fold(value))
    return None


def _staying_with_them(before: str) -> bool:
    """Whether the words say the worker is with a relative ("bij mijn tante", "chez sa sœur",
    "bei ihrer Schwester"): the relative's place is the worker's."""
    cues = lexicon().cues
    words = before.split()
    return any(
        word in cues["staying_with"].phrases and following in cues["possessive"].phrases
        for word, following in zip(words, words[1:], strict=False)
    )


def _a_place_word_before(folded: str, mention) -> bool:
    """Whether a city's name follows a word of place ("in Milan", "uit Sofia"); otherwise the
    name of one of the vocabulary's ``city_first_names`` may be a person's."""
    cues = lexicon().cues
    last = [word.strip(",.:;(") for word in folded[: mention.start].split()[-1:]]
    return bool(last) and (last[0] in cues["in_place_word"] or last[0] in cues["from_place_word"])


def _opening_place(
    folded: str, mentions, arrived: bool = False, unasked: str | None = None
) -> Reading | None:
    """Where the worker is, from a whole description: living in another EU country, a place
    said with "in"/"still in", a status in Belgium (asylum, student, annex 3), or "not yet in
    Belgium". ``arrived``: the message says the worker has arrived (a past day of arrival).
    A day of arrival still to come does not say where the worker is now (abroad, or in
    Belgium under another status and coming to the farm): the question asks."""
    lex = lexicon()
    cues = lex.cues
    places = [
        m
        for m in mentions
        if m.is_place
        and not _origin_before(folded, m.start)
        # "Werknemer: Milan, Montenegrijn, 52 jaar": a first name, not the city
        and not (
            folded[m.start : m.end] in cues["city_first_names"]
            and not _a_place_word_before(folded, m)
        )
        # "3 kids back in Bolivia, she is in Belgium": the kids' place, not the worker's;
        # "op bezoek bij mijn tante in Gent": staying with them, the worker's
        and (
            not cues["relatives_home"].search(tokens_before(folded, m.start, 4))
            or _staying_with_them(tokens_before(folded, m.start, 6))
        )
        # "le casier judiciaire, demandé en Égypte": where the paper is asked for
        and not _place_of_a_paper(folded, m.start)
        # "Ich war zwei Jahre in Deutschland, jetzt bin ich … in Belgien": a place of the past
        and not where_one_was(folded, m)
        # "Ich habe Deutsch am Goethe-Institut in Kigali gelernt": where one learned it
        and not cues["studied_there"].search(_sentence_text(folded, m.start))
        # "als Au-pair in Bremen vor ein paar Jahren": where the worker was long ago (not
        # "moved to Italy a few years ago and lives there")
        and not (
            cues["years_ago"].search(" ".join(folded[m.end :].split()[:5]))
            and not lex.location["eu_resident"].search(_sentence_text(folded, m.start))
            and not cues["residence"].search(_sentence_text(folded, m.start))
        )
    ]
    for m in places:
        sentence = _sentence_text(folded, m.start)
        if m.code != "BE" and _eu_member(m.code) and _no_residence_card(sentence):
            return _location_said("abroad")  # "woont in Calais, geen Franse verblijfskaart"
        if (
            m.code != "BE"
            and _eu_member(m.code)
            and (lex.location["eu_resident"].search(sentence) or cues["residence"].search(sentence))
            and not lex.stays["visit"].search(sentence)
        ):
            return _location_said("eu_resident")
    try:
        place = whereabouts_of(folded, places)
    except Ambiguous:
        place = None
    hedged = [
        m
        for m in places
        if cues["unknown"].search(
            " ".join([tokens_before(folded, m.start, 3), *folded[m.end :].split()[:5]])
        )
    ]  # "nog in Marokko denk ik"; "age idk, he's in Tbilisi" is sure of the place
    if place is not None and any(m.code == place.code for m in hedged):
        return None  # "hij zit nog in Marokko denk ik, ik moet het nakijken": asked
    status = _status_in_belgium(unasked if unasked is not None else folded)
    if (
        status == "short_stay"
        and not arrived
        and not cues["arrived_past"].search(folded)
        and all(
            cues["visa_word"].search(m[0])
            # "… 20/4 to 26/6/2026, so a short stay": the plan's length
            or cues["length_of_stay"].search(f"{tokens_before(folded, m.start(), 2)} {m[0]}")
            for m in lex.location["short_stay"].find(folded)
        )
    ):
        # "Elle a déjà tout : passeport, visa C, …": a C visa is got before coming, "so under
        # 90 days" is the plan's length; in an opening they tell no stay in Belgium (an annex
        # 3 does)
        status = None
    if status == "long_stay" and all(
        cues["length_of_stay"].search(m[0])
        # "Date d'entrée inconnue, elle dépend du visa D": a visa awaited
        or cues["depends_on"].search(tokens_before(folded, m.start(), 3))
        for m in lex.location["long_stay"].find(folded)
    ):
        status = None  # "Das sind ja mehr als 90 Tage – welches Verfahren ist das?": the plan's
    if place is not None and place.code != "BE":
        if _eu_member(place.code):
            return None  # a stay in another EU country: the question will ask
        return _location_said("abroad")
    here = any(
        # "Vorig jaar was hij hier van 8/4 tot 24/6": here last season, not now (but "Letztes
        # Jahr …, nein, er ist eigentlich schon hier": the clause says now)
        not _of_a_season_past(_clause_around(folded, m.start()))
        # "She's never been to Belgium": no one here
        and not cues["never_before"].search(_clause_around(folded, m.start()))
        for m in lex.location["belgium"].find(folded)
    )
    in_belgium = (
        place is not None
        or arrived
        or here
        or bool(cues["annex"].search(folded))
        or _working_here_since(folded)
    )
    if status == "other" and (in_belgium or lex.location["belgian_status"].search(folded)):
        return _location_said("other")  # asylum, temporary protection: a status in Belgium
    abroad = next(
        (
            m
            for m in lex.location["abroad"].find(folded)
            if not _said_of_a_paper(folded, m.start())
            # "L'hiver passé aussi j'étais chez lui": at the farm, last season
            and not _of_a_season_past(_sentence_text(folded, m.start()))
            # "Zuhause sprechen wir Plautdietsch": the language of home, not where one is
            and not cues["speaks"].search(" ".join(folded[m.end() :].split()[:2]))
            # "voudrait travailler chez moi" (an employer): the place of the work
            and not cues["work_words"].search(tokens_before(folded, m.start(), 1))
            # "le patron veut moi encore en novembre": still, in a month to come
            and not set(folded[m.end() :].split()[:1]) & set(month_words())
            # "Ça passe encore en prolongation de court séjour ?": a question's "still in"
            and not _in_a_question_blanked(folded, unasked, m.start(), m.end())
            # "au Pays de Herve": the words are a Belgian region's name
            and not any(
                c.code == "BE" and c.is_city and c.start < len(m[0])
                for c in countries_in(" ".join(folded[m.start() :].split()[:4]))
            )
        ),
        None,
    )
    if (
        status is not None
        and in_belgium
        and (abroad is None or abroad[0] in cues["our_place"].phrases)
    ):
        return _location_said(status)  # "un saisonnier chez moi depuis le 7 avril, annexe 3"
    where = " ".join(folded[abroad.end() :].split()[:3]) if abroad is not None else ""
    if (
        abroad is not None
        and not cues["negation"].search(abroad[0])  # "pas encore venu en Belgique": abroad
        and re.match(r"(?:a|in|te|en|at|im|au|bei|bij)\s", where)
    ) and any(m.code == "BE" and m.is_place for m in countries_in(where)):
        return None  # "il est chez ses parents à Gand": at home, in Belgium; asked
    if abroad is not None:
        return _location_said("abroad")
    there = cues["still_there"].search(folded)
    before_there = [m for m in mentions if m.end <= there.start()] if there is not None else []
    if (
        before_there
        and before_there[-1].code != "BE"
        and not _eu_member(before_there[-1].code)
        and not any(m.code == "BE" for m in mentions)
        and not in_belgium
    ):
        return _location_said("abroad")  # "van Macedonie (Skopje), 47, nog daar"
    return None


def _aligned(unasked: str, folded: str) -> str | None:
    """The opening with its questions and the typer's place blanked, letter for letter beside
    the folded opening (a question blanked at the end was trimmed away), or None."""
    said = unasked.strip(" .!").ljust(len(folded))
    if len(said) != len(folded) or any(c != " " and c != folded[i] for i, c in enumerate(said)):
        return None
    return said


def _in_a_question_blanked(folded: str, unasked: str | None, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are in a question blanked from the opening
    ("Ça passe encore en prolongation de court séjour ?")."""
    said = _aligned(unasked, folded) if unasked is not None else None
    return said is not None and not said[start:end].strip()


def _working_here_since(folded: str) -> bool:
    """ "Rustam werkt sinds 5 oktober bij ons met een visum D": a worker said to work now,
    since a day or a month, is here (not "worked last year from …": over)."""
    cues = lexicon().cues
    months = set(month_words())
    for since in cues["since_strict"].find(folded):
        clause = _clause_around(folded, since.start())
        after = folded[since.end() :].split()[:2]
        dated = any(word[:1].isdigit() or word.strip(".,") in months for word in after)
        if dated and cues["works_now"].search(clause) and not _of_a_season_past(clause):
            return True
    return False


def _clause_around(folded: str, offset: int) -> str:
    """The clause the offset falls in (between commas, dashes and sentence marks)."""
    before = re.split(r"[,;:.!?]\s|\s[-–]\s", folded[:offset])[-1]
    after = re.split(r"[,;:.!?]\s|\s[-–]\s", folded[offset:])[0]
    return before + after


def _of_a_season_past(sentence: str) -> bool:
    """A sentence about last season, not also about now ("L'hiver passé j'étais chez lui", not
    "il est encore chez lui, comme l'an dernier il arrive en juillet")."""
    cues = lexicon().cues
    return any(cues[kind].search(sentence) for kind in ("last_year", "past_season")) and not any(
        cues[kind].search(sentence) for kind in ("still", "now_label")
    )


def _place_of_a_paper(folded: str, offset: int) -> bool:
    """Whether a place is said where a paper is asked for, just after naming it ("l'extrait de
    casier judiciaire, demandé en Égypte")."""
    asked = lexicon().cues["pending"].search(tokens_before(folded, offset, 2))
    return asked is not None and bool(document_parsing.names_in(tokens_before(folded, offset, 7)))


def _said_of_a_paper(folded: str, offset: int) -> bool:
    """ "die Wohnungsbescheinigung ist noch nicht da", "the insurance is on the way": words of
    not being there yet, said in a clause that names a paper, speak of the paper."""
    clause = re.split(r"[,;.:!?]", folded[:offset])[-1]
    return bool(clause.strip()) and bool(document_parsing.names_in(clause))


def _no_residence_card(sentence: str) -> bool:
    """ "hat keinen Aufenthaltstitel in Frankreich", "geen Franse verblijfskaart": living in an
    EU country without its residence card is no EU residence (the worker comes from abroad)."""
    cues = lexicon().cues
    residences = cues["residence_document"].find(sentence)
    denied = [
        m for m in residences if cues["negation"].search(tokens_before(sentence, m.start(), 2))
    ]
    if residences and len(denied) < len(residences):
        return False  # "lives in Spain with his residence card, no papers for Belgium yet"
    no_papers = [
        m
        for m in cues["no_papers"].find(sentence)
        if not cues["negation"].search(tokens_before(sentence, m.start(), 2))  # "pas sans papiers"
        and not cues["family"].search(tokens_before(sentence, m.start(), 3))  # "sa femme est…"
    ]
    return bool(denied or no_papers)


def _in_a_question_after_facts(folded: str, offset: int) -> bool:
    """Whether the day at ``offset`` is asked about in a question after a sentence that said
    something ("… works until 31 August. Can he come on 20 May instead?"): a day wished, not
    a fact."""
    start = max(folded.rfind(mark, 0, offset) for mark in ".!?\n")
    end = folded.find("?", offset)
    stop = min((i for i in (folded.find(m, offset) for m in ".!\n") if i != -1), default=-1)
    return start > 0 and end != -1 and (stop == -1 or end < stop)


def _without_questions(text: str) -> str:
    """The text (as typed) with its short questions after a first sentence blanked ("…, aankomst
    zaterdag 2 mei. Gaat dat met een bijlage 3?"), not a whole answer asked as a question ("I'm
    Ukrainian under temporary protection in Ghent, can I do seasonal work?")."""
    return re.sub(
        r"(?<=[.!?\n])[^.!?\n]*\?",
        lambda m: " " * len(m[0]) if len(m[0].split()) <= 25 and _asked_with(fold(m[0])) else m[0],
        text,
    )


def _asked_with(folded: str) -> bool:
    """Whether a question asks if it works *with* a paper ("Gaat dat met een bijlage 3?") or
    whether a paper must be asked for ("Est-ce qu'il doit demander un permis ?"), not a fact
    with a question after it ("Er hat auch einen Asylantrag gestellt, ist das ein Problem?")."""
    cues = lexicon().cues
    if cues["whether"].search(folded):
        return True  # "Est-ce qu'il lui faut un permis saisonnier ?": whether a paper is needed
    location = lexicon().location
    if any(
        _AS & set(tokens_before(folded, m.start(), 2).split())
        # the question ends with it (not "He is in Belgium as a short stay since 3 April, can
        # he work for us?": a fact, then the question)
        and len(folded[m.end() :].split()) <= 3
        for name in ("short_stay", "long_stay")
        for m in location[name].find(folded)
    ):
        return True  # "Kan dat dit jaar weer als kort verblijf?": the procedure asked about
    for first, then, reach in (("works_with", "paper_with", 25), ("must_ask", "request_verb", 35)):
        for match in cues[first].find(folded):
            if cues[then].search(folded[match.end() : match.end() + reach]):
                return True
    return False


def _work_after_another_status(folded: str, rest: list, reading: Reading, state) -> list:
    """The period after the stay of another status, when the dates before it are that stay
    (said as one, running today)."""
    if (reading.facts.get("status") or state.facts.status) != "other":
        return []
    later = [item for item in rest[1:] if isinstance(item, period_reading.PeriodMention)]
    if len(later) != 1 or not _wish_before(folded, later[0].start):
        return []  # "möchte ihn vom 1.6. bis 15.8. einstellen" (not exams, a training, a visit)
    before = rest[: rest.index(later[0])]
    stay = _the_stay_before_the_work(before, state.today)
    if (
        stay is None
        or not stay.start <= state.today <= stay.end
        or not _said_of_a_stay(folded, before[0], before[-1].end)
    ):
        return []
    return later[:1]


def _said_of_a_stay(folded: str, item, end: int) -> bool:
    """Whether the words of dates, from just before the first to ``end``, speak of a stay one
    is on ("seit", "sinds", "since", a visa, a card), in the first date's sentence."""
    sentence = _sentence_text(folded, item.start)
    start = max(folded.find(sentence), item.start - 60)
    cues = lexicon().cues
    return any(cues[kind].search(folded[start:end]) for kind in ("stay_words", "since_strict"))


def _the_stay_before_the_work(dates: list, today: date) -> Period | None:
    """The stay that dates said before the work give: one period, or a first and a last day."""
    try:
        if len(dates) == 1 and isinstance(dates[0], period_reading.PeriodMention):
            return period_reading.resolve_period(dates[0], today, "current")[0]
        if len(dates) == 2 and all(isinstance(d, DateMention) and d.month for d in dates):
            pair = period_reading.PeriodMention(dates[0].start, dates[1].end, dates[0], dates[1])
            return period_reading.resolve_period(pair, today, "current")[0]
    except DateError:
        return None
    return None


def _said_of_work(folded: str, dates: list) -> bool:
    """ "start was 1 June, work until 15 November", "il travaille du 21 avril au 15 juillet":
    the dates are the work's, not the stay's (the nearest of the words before each says)."""
    cues = lexicon().cues
    for item in dates[:1] if isinstance(dates[0], period_reading.PeriodMention) else dates[:2]:
        sentence = _sentence_text(folded, item.start)
        start = max(folded.find(sentence), item.start - 60)
        stop = item.end if isinstance(item, period_reading.PeriodMention) else item.start
        window = folded[start:stop]
        spans = [(m.start(), m.end()) for m in cues["work_words"].find(window)]
        work = [start for start, _ in spans if not _qualifies_a_stay_paper(window, start)]
        stay = [
            m.start()
            for m in cues["stay_words"].find(window)
            if not any(a <= m.start() < b for a, b in spans)  # "work permit" is the work's
        ]
        if work and (not stay or max(work) > max(stay)):
            return True
    return False


def _qualifies_a_stay_paper(window: str, offset: int) -> bool:
    """Whether a word of work says what a stay's paper is for ("met een visum D voor
    seizoenarbeid dat afloopt op 18 december"): the paper's, not the work's."""
    cues = lexicon().cues
    before = tokens_before(window, offset, 4)
    purpose = list(cues["paper_for"].find(before))
    return bool(purpose) and cues["stay_words"].search(before[: purpose[-1].start()]) is not None


_RANGE_WORDS = frozenset(
    "to till til until through au jusque jusqua jusquau tot tm tem bis".split()
    + ["up to", "jusqu au", "jusqu a", "tot en met", "t m", "t e m", "bis zum", "bis ende"]
)
"""The words of "until" that join a range ("du 2 au 9"), not the verbs that end a paper."""


def _ends_there(folded: str, item) -> bool:
    """ "eine Anlage 6, die am 11.9. abläuft", "expires 30 June": a day said, then the verb
    that makes it an end (not "du 2 au 9": a range)."""
    after = " ".join(folded[item.end :].lstrip(" .").split()[:2])
    found = lexicon().cues["until"].search(after)
    return found is not None and found.start() == 0 and found[0] not in _RANGE_WORDS


def _until_before(folded: str, item) -> bool:
    """ "valid until 30 July", "jusqu'au 7 juin": a single day said as the end of something."""
    return isinstance(item, DateMention) and bool(
        lexicon().cues["until"].search(folded[max(0, item.start - 20) : item.start])
    )


def _in_belgium(sentence: str) -> bool:
    """ "in Belgium", "here", "in Brussels": the sentence places someone in Belgium."""
    if lexicon().location["belgium"].search(sentence):
        return True
    return any(m.code == "BE" and m.is_place for m in countries_in(sentence))


def _after_until(folded: str, offset: int) -> bool:
    """Whether a day follows a word of a limit ("tot 16 oktober", "a expiré vendredi")."""
    before = tokens_before(folded, offset, 3)
    return any(m.end() == len(before) for m in lexicon().cues["until"].find(before))


def _the_same_day_beside(item, said: DateMention, day: date, today: date) -> bool:
    """Whether a date is the same day said again just beside another ("Vandaag, dinsdag 8/9")."""
    if not isinstance(item, DateMention) or abs(item.start - said.start) > 25:
        return False
    try:
        return _single_date(item, today, "near") == day
    except DateError:
        return False


def _nearest_to_filing(folded: str, item: DateMention, dates: list) -> bool:
    """Whether a day is the one the filing words of its sentence speak of: the day of the
    sentence nearest to them ("seit 6. April hier, gültig bis 4. Juli, den Antrag haben wir
    gestern abgegeben": yesterday)."""
    spans = period_reading.sentence_spans(folded)
    start, end = next(((a, b) for a, b in spans if item.start < b), spans[-1])
    filing = lexicon().cues["filing"].search(folded[start:end])
    if filing is None:
        return False
    errand = (
        lexicon()
        .cues["errand_for"]
        .search(" ".join(folded[start + filing.end() : end].split()[:4]))
    )
    if errand is not None and errand.start() == 0:
        return False  # "naar de gemeente voor zijn adres": another errand
    said_at = start + filing.start()
    days = [
        d
        for d in dates
        if isinstance(d, DateMention)
        and start <= d.start < end
        # "Vandaag gaan we naar de gemeente om te verlengen tot 16 oktober": a limit, no filing
        and not _after_until(folded, d.start)
    ]
    if item not in days:
        return False
    breaks = [m.start() for m in _CLAUSE.finditer(folded, start, end)]
    clause_start = max([b for b in breaks if b < said_at], default=start)
    clause_end = min([b for b in breaks if b > said_at], default=end)
    in_clause = [d for d in days if clause_start <= d.start < clause_end]
    if len(in_clause) == 1:  # "On 3 May we submitted it, and the receipt came on 10 May"
        return in_clause[0] is item
    after = [d for d in days if d.start >= said_at]  # "filed the renewal on 25 June"
    if after:
        return min(after, key=lambda d: d.start) is item
    return max(days, key=lambda d: d.start) is item  # "le 3 mai, nous avons déposé"


def _sentence_text(folded: str, offset: int) -> str:
    """The sentence the offset falls in (the last one past the end)."""
    spans = period_reading.sentence_spans(folded)
    start, end = next(((a, b) for a, b in spans if offset < b), spans[-1])
    return folded[start:end]


_AGE_PATTERNS = (
    re.compile(
        r"\b(\d{2})\s*(?:-\s*)?(?:jahre|jahr|jahren|jahrige?r?|jarige?|joa|johr|ans|an|jaar|years?|yrs?|y/o|yo|j)\b"
        r"(?!\s*(?:ago|geleden|her))"
    ),
    re.compile(r"\b(?:age|aged|agee|age de|leeftijd|alter|alt)\s*:?\s*(\d{2})\b"),
    re.compile(r"\((\d{2})\)"),
    re.compile(r"\([^()\d,]{2,30},\s*(\d{2})\)"),  # "(Mykola, 46)": a name and an age
    re.compile(r"\b(\d{2})i\b"),  # Swiss German "33i" (dreiedrissgi)
    # "turned 40 last month"; not "turned 18 in 2019", "werd 18 toen hij kwam", "werd 45 dit jaar"
    re.compile(
        r"\b(?:turned|a eu|werd|wurde)\s+(\d{2})\b(?![./\-]?\d)"
        r"(?!\s+(?:\S+\s+){0,2}?(?:in\s+\d{4}|when|als|toen|quand|lorsque|this|dit|dieses|cette)\b)"
    ),
    re.compile(
        r"\b(?:is|ist|est|heeft|ben|bin|i am|i m|im|s|hes|shes|of|van|von|de)\s+(\d{2})\b"
        r"(?![./\-]?\d)"
    ),
    re.compile(r",\s*(\d{2})\s*(?:,|\.(?!\d)|;|$)"),  # not ", 16.6. bis 25.7.": a date
    re.compile(r"^[a-z]+\s*,\s*(\d{2})\s*(?:,|$)"),
    re.compile(
        r"\b(?:[a-z]+er|[a-z]+ese|[a-z]+ien|[a-z]+ian|[a-z]+an|[a-z]+e),\s*(\d{2})\b(?!\s*[./\-]\d)"
    ),
)


_DECADE = re.compile(r"\b(?:in de|in den|in the|dans la|in his|in her|um die|rond de)\s*$")
"""Before a round number, a decade of life: "in de 30" (from "in de dertig"), "um die 40"."""


def _said_of_a_relative(folded: str, offset: int) -> bool:
    """Whether the number at ``offset`` is said of the worker's relative: "ihr Mann ist 40",
    "his wife is 35", "sa femme a 30 ans", "ich bin 30 und mein Bruder 27"."""
    cues = lexicon().cues
    words = folded[max(0, offset - 30) : offset].split()[-4:]
    pairs = [
        (first, second)
        for first, second in zip(words, words[1:], strict=False)
        if first in cues["possessive"].phrases
    ]
    return any(second in cues["relatives_home"].phrases for _, second in pairs) or (
        any(second in cues["family"].phrases for _, second in pairs)
        and _FIRST_PERSON_AGE.search(folded) is not None  # "mijn zoon is 17" is the worker
    )


_FIRST_PERSON_AGE = re.compile(r"\b(?:ich bin|i am|i m|im|je suis|j ai|ik ben|k ben)\s+\d{2}\b")
"""The writer's own age ("ich bin 30"): beside it, a number said of a relative is theirs."""


_PRONOUN_AGE = re.compile(
    r"\b(?:er|sie|hij|zij|ze|il|elle|he|she)\s+(?:ist\s+|is\s+|a\s+)?(\d{2})\b(?![./:]\d)"
)
"""An age after a pronoun, with or without its verb: "Er ist 31, sie 29"."""


def _opening_age(text: str, state: InterviewState, found: period_reading.Found) -> int | None:
    """An age said in passing: "28 Jahre", "(32)", "aged 30", "er ist 40", "Türke, 31", or a
    date of birth. ``None`` when none is said plainly."""
    folded = fold_clauses(_numbers_in_words(text, state.lang))
    cues = lexicon().cues
    born = None
    if cues["birth"].search(folded):
        try:
            born = _age_from_birth_date(found, state.today)
        except AnswerError:
            born = None
    ages = set()
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(folded):
            value = int(match[1])
            before = " ".join(folded[: match.start(1)].split()[-2:])
            after = folded[match.end(1) :].lstrip(" .,").split()[:1]  # "von 20. Mai"
            following = after[0].strip(".,") if after else ""
            if (
                following in month_words()
                or lexicon().units.get(following) in ("day", "week", "month", "fortnight")
                or following in cues["measure"]
            ):
                continue  # "is 31 May", "am 15 Tage", "is twintig minuten rijden"
            if 14 <= value <= 80 and not cues["date_duration"].search(before):
                if _DECADE.search(folded[: match.start(1)]) or cues["approximate"].search(before):
                    continue  # "in de dertig", "in his thirties", "um die 40": asked
                if _said_of_a_relative(folded, match.start(1)):
                    continue  # "sie ist 36, ihr Mann ist 40": the husband's age
                ages.add(value)
    if born is not None:
        # "hij is 30, geboren 4/2/1990": the two disagree, the age is asked
        return born if not ages or born in ages else None
    if len(ages) != 1:
        return None
    age = ages.pop()
    if (
        cues["couple"].search(folded)
        and set(map(int, _PRONOUN_AGE.findall(folded))) - {age}
        and not _FIRST_PERSON_AGE.search(folded)  # "Ik ben 41, zij 36": the writer's own
    ):
        return None  # "ein Ehepaar aus Nepal… Er ist 31, sie 29": two ages, whose? asked
    if _an_age_to_come(folded, age):
        return age - 1  # "Il a 38 ans le mois prochain"
    stated = re.search(rf"(?<!\d){age}(?!\d)", folded)
    if stated is not None and cues["will_be"].search(
        " ".join(folded[: stated.start()].split()[-3:])
    ):
        when = _month_after(folded, stated.start())
        if when is None or when[0] == state.today.month:
            return None  # "he will be 18", "il aura 18 ans ce mois-ci": when? asked
        return age - 1  # "il aura 18 ans en octobre": 17 until then
    said = re.search(rf"(?<!\d){age}(?!\d)", found.text)
    if said is not None and _birthday_to_come(found.text, found, said.start(), state.today):
        return age - 1  # "30 ans le 3 mai": 29 until then
    return age


def _opening_periods(
    found: period_reading.Found,
    state: InterviewState,
    location: str | None,
    status: str | None,
    reading: Reading,
) -> None:
    today = state.today
    cues = lexicon().cues
    folded = found.text
    sentence_ends = [end for _, end in period_reading.sentence_spans(folded)]
    seasonal: list[Period] = []
    schengen: list[Period] = []
    unplaced: list[str] = []
    continuing = location == "belgium" and status in SEASONAL_STAYS
    current: list = []
    previous_end = 0
    try:
        for mention in found.periods:
            start = max(
                previous_end, max((e for e in sentence_ends if e <= mention.start), default=0)
            )
            context = folded[start : mention.end]
            previous_end = mention.end
            visit = _a_visit_named(context)
            if visit and _work_said_after_the_visit(context):
                visit = False  # "möchte in den Ferien Saisonarbeit machen, vom 1. bis 31. Dez."
            clause = folded[max(start, folded.rfind(",", 0, mention.start) + 1) : mention.end]
            if continuing and lexicon().location["short_stay"].search(clause):
                # "my cousin ..., in Belgium on annex 3 from 10/04 to 8/07": the annex 3 of the
                # clause dates the stay the worker is on, whoever the sentence began with
                visit = False
            dated_past = bool(mention.years) and max(mention.years) < today.year
            explicit = mention.first.year or (mention.last and mention.last.year) or mention.years
            said_before = list(cues["previous"].find(context))
            earlier = (
                dated_past
                or (
                    bool(said_before)
                    # not "last summer he worked here, and we want him back from 13 April"
                    and not cues["want"].search(context[said_before[-1].end() :])
                    # nor "wie letztes Jahr, diesmal vom 1. April bis 24. Juni"
                    and not period_reading.says_this_time(context[said_before[-1].end() :])
                )
            )
            try:
                past = period_reading.resolve_period(mention, today, "past")
            except DateError:
                past = []  # "ab Montag 4. Mai": weekdays no past year has, so not an earlier stay
            in_the_past = bool(past) and all(p.end < today for p in past)
            if explicit and in_the_past and not continuing:
                earlier = True
            if explicit and past and all(p.end.year < today.year for p in past):
                earlier = True  # "… last summer, 23 June to 29 August 2025": over, long before
            if not visit and earlier and not continuing and _in_another_schengen_country(context):
                visit = True  # "im Jänner war ich bei meiner Tochter in Wien (3. bis 17.)"
            elsewhere = _worked_in_another_country(clause)
            if not visit and earlier and not continuing and elsewhere is not None:
                # "he picked berries in Sweden in 2024 (15 July - 20 September)": no seasonal
                # work in Belgium; days in another Schengen country are a stay there, days
                # outside it no stay at all
                if not elsewhere:
                    unplaced.append(folded[mention.start : mention.end])
                    continue
                visit = True
            if not visit and _visit_said_after(folded, mention, found.periods, sentence_ends):
                visit = True  # "vom 3. bis 12. März Urlaub bei Verwandten in Kroatien"
            planned_words = folded[max(start, mention.start - 25) : mention.start]
            if visit and not earlier and lexicon().cues["wish"].search(planned_words):
                visit = False  # "zurzeit mit Touristenvisum bei ihrer Schwester und möchte vom …"
            clause_start = max(start, folded.rfind(",", 0, mention.start) + 1)
            if (
                visit
                and not explicit
                and not earlier
                and not lexicon().cues["past_tense"].search(folded[start : mention.start])
                and lexicon().cues["wish"].search(folded[start : mention.start])
                and not lexicon().stays["visit"].search(folded[clause_start : mention.start])
            ):
                # "We willen Mamadou, de neef van onze vaste arbeider, laten komen van 13 april
                # tot en met 28 augustus": a relative named, the work wished for
                visit = False
            if (earlier or visit) and in_the_past:
                for period in past:
                    kind = "schengen" if visit else "seasonal"
                    (schengen if visit else seasonal).append(period)
                    reading.said.append((f"confirm.stays.{kind}", _period_values(period)))
                continue
            current.append(mention)
        current += [s for s in found.singles + found.bare_days]
        current.sort(key=lambda item: item.start)
        _opening_now(found, current, state, location, continuing, reading, unplaced)
    except (DateError, AnswerError) as error:
        unplaced.append(getattr(error, "detail", "") or folded[:40])
    never = cues["never_before"].search(fold(folded))  # "Previous stays: none", a form's label
    role = reading.role or state.role
    if never is not None and (
        (role in ("employer", "helpdesk") and _never_said_of_oneself(folded))
        or (role is None and _never_said_of_oneself(folded, cues["typer_plural"]))
    ):
        never = None  # "ich mache zum ersten Mal mit jemand von ausserhalb EU": the employer's
    if not (seasonal or schengen):  # "he came in 2023 and 2025 for us, same dates"
        now = reading.facts.get("current_stay") or reading.facts.get("work")
        seasonal = _same_period_in_years(folded, found.years, now)
        for period in seasonal:
            reading.said.append(("confirm.stays.seasonal", _period_values(period)))
    if seasonal or schengen:
        reading.facts["previous_seasonal_stays"] = seasonal
        if schengen or not (unplaced or _a_visit_said_elsewhere(fold(folded), -1)):
            # (a date left unplaced may be a visit: "im Jänner … (3. bis 17. Jänner)"; a visit
            # said without its days, "In oktober was hij een maand bij familie in Madrid", too:
            # a short stay still asks for them)
            reading.facts["previous_schengen_stays"] = schengen
    elif (
        never is not None
        and not _a_visit_after_but(fold(folded)[never.end() :])
        # not "zum ersten Mal. Über Silvester war ich bei meinem Bruder in Duisburg": asked
        and not _a_visit_said_elsewhere(fold(folded), never.start())
        # not "Letztes Jahr hatten wir zum ersten Mal einen Mann aus Ecuador": he came before
        and not cues["last_year"].search(_sentence_text(fold(folded), never.start()))
    ):
        # not "never worked in Belgium but I was in Germany visiting my sister": asked
        reading.facts["previous_seasonal_stays"] = []
        if _never_said_of_work(folded):
            # "ich war noch nie arbeiten in Europa": visits are still asked for a short stay
            reading.said.append(("confirm.stays.no_seasonal", {}))
        else:
            reading.facts["previous_schengen_stays"] = []
            reading.said.append(("confirm.stays.none", {}))
    for words in unplaced:
        reading.said.append(("confirm.opening.unplaced", {"text": words[:60]}))


_CLAUSE_OR_SENTENCE = re.compile(rf"[.!?:\n]|{_CLAUSE.pattern}")


def _never_said_of_work(plain: str) -> bool:
    """Whether every "never" of an opening speaks of work ("ich war noch nie arbeiten in
    Europa", "never worked in Belgium"): it tells no earlier seasonal stay, and nothing of
    visits to the Schengen area (not "first time in Europe", "jamais venu"). The words just
    after the "never", up to its clause's end, hold a word of work, or the words just before
    it in its sentence do ("travail fraises en Belgique cet été premier fois"). ``plain`` keeps
    its punctuation (a list's "Arbeit: …; vorher: nein" has sentences of its own)."""
    lex = lexicon()
    saids = list(lex.cues["never_before"].find(plain))
    for said in saids:
        if said[0] in lex.cues["first_time_alone"].phrases and not lex.cues[
            "whole_area_words"
        ].search(_sentence_text(plain, said.start())):
            continue  # "… for work in a vegetable farm in Zwalm this summer, first time"
        clause = _CLAUSE_OR_SENTENCE.search(plain, said.end())
        words = plain[said.start() : clause.start() if clause else len(plain)].split()[:5]
        # or just before it, in its sentence: "travail fraises en Belgique cet été premier fois"
        opened = max(
            (m.end() for m in re.finditer(r"[.!?:;\n]|\s[-–—•]\s", plain[: said.start()])),
            default=0,
        )
        before = plain[opened : said.start()].split()[-6:]
        if not lex.stays["seasonal"].search(" ".join(words)) and not (
            lex.stays["seasonal"].search(" ".join(before))
            and not lex.stays["visit"].search(" ".join(before))
        ):
            return False
    return bool(saids)


def _never_said_of_oneself(folded: str, typer=None) -> bool:
    """ "ich mache zum ersten Mal mit jemand von ausserhalb EU": the clause saying "never" or
    "the first time" speaks of the typer (``typer``: the words naming them, "we" for a typer
    whose role is not known yet), not of the worker (not "j'ai monsieur au téléphone … il est
    jamais venu", the worker named just before)."""
    cues = lexicon().cues
    typer = typer or cues["typer"]
    never = cues["never_before"]
    for clause in re.split(r"[.;!?\n]", folded):
        plain = fold(clause)
        said = never.search(plain)
        if said is None:
            continue
        before = plain[: said.start()]
        last_worker = max((m.end() for m in cues["the_worker"].find(before)), default=-1)
        last_self = max((m.end() for m in typer.find(before)), default=-1)
        if last_self < 0 and last_worker < 0:
            # "first time we do this ourselves": the typer right after it
            after = " ".join(plain[said.end() :].split()[:2])
            return typer.search(after) is not None and not cues["the_worker"].search(after)
        return last_self > last_worker
    return False


def _without_the_visit(folded: str) -> str:
    """The text with each visit to the helpdesk blanked, and the day said with it ("came to
    our office today, he's picking …"): no day of the case."""
    cues = lexicon().cues
    came_by, when = cues["came_by"].pattern.pattern, cues["visit_time"].pattern.pattern
    return re.sub(rf"(?:{came_by})(?:\s+(?:{when}))?", _blank, folded)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match[0])


def _a_visit_after_but(after_never: str) -> bool:
    """Whether a "but" after "never …" opens a visit ("I have never worked in Belgium but I
    was in Germany early this year visiting my sister")."""
    lex = lexicon()
    contrast = lex.cues["contrast"].search(after_never)
    if contrast is None:
        return False
    rest = after_never[contrast.end() :].split(".")[0]
    # "… but she was in Europe recently": somewhere in the Schengen area, when is asked
    return bool(
        lex.stays["visit"].search(rest) or countries_in(rest) or lex.cues["europe"].search(rest)
    )


def _a_visit_named(context: str) -> bool:
    """Whether the words name a visit: a word of visiting, not only a relative the work was
    done at, after a word of work in the same clause ("a fait la saison chez mon beau-frère",
    "voor de appelpluk bij mijn broer": the relative is the employer)."""
    lex = lexicon()
    visits = list(lex.stays["visit"].find(context))
    if not visits:
        return False
    works = [
        m
        for m in lex.stays["seasonal"].find(context)
        if m.end() <= visits[0].start()
        # not "after the picking season he went to his brother": the work is over
        and not lex.cues["after_time"].search(tokens_before(context, m.start(), 2))
    ]
    family = lex.cues["family"].phrases
    return not (
        works
        # in the work's own clause (not "7.4.-23.6. bei uns, und im Oktober bei seiner
        # Schwester in Paris"), at the relative's ("chez mon beau-frère", "bij mijn broer")
        and _CLAUSE.search(context, works[-1].end(), visits[0].start()) is None
        and all(
            m[0] in family and lex.cues["at_relatives"].search(tokens_before(context, m.start(), 3))
            for m in visits
        )
    )


def _in_another_schengen_country(context: str) -> bool:
    """Whether the words name a place in a Schengen country other than Belgium, and no work."""
    return not lexicon().stays["seasonal"].search(context) and any(
        m.code != "BE" and m.is_place and _schengen(m.code) for m in countries_in(context)
    )


def _worked_in_another_country(clause: str) -> bool | None:
    """Whether a clause places work in another country than Belgium, and whether that country is
    in the Schengen area (``None``: no other country, or Belgium named too)."""
    mentions = [m for m in countries_in(clause) if m.is_place]
    if any(m.code == "BE" for m in mentions):
        return None
    # "in Sweden", "en Espagne", "im Elsass" (not "bin aus Vietnam": where one comes from)
    in_words = lexicon().cues["in_place_word"]
    places = [
        m.code for m in mentions if any(w in in_words for w in clause[: m.start].split()[-1:])
    ]
    if not places:
        return None
    return any(_schengen(code) for code in places)


def _a_visit_said_elsewhere(plain: str, never: int) -> bool:
    """Whether a sentence of an opening other than the one saying "never" tells a visit to
    another Schengen country, dated or not ("Über Silvester war ich bei meinem Bruder in
    Duisburg")."""
    for start, end in period_reading.sentence_spans(plain):
        sentence = plain[start:end]
        if start <= never < end or not _a_visit_named(sentence):
            continue
        if any(m.code != "BE" and _schengen(m.code) for m in countries_in(sentence)):
            return True
    return False


def _work_said_after_the_visit(context: str) -> bool:
    """Whether the last word of work before a period comes after the last word of a visit
    ("in den Ferien Saisonarbeit machen, vom 1. bis 31. Dezember"): the period is the work."""
    visits = [m.start() for m in lexicon().stays["visit"].find(context)]
    works = [m.start() for m in lexicon().stays["seasonal"].find(context)]
    return bool(works) and max(works) > max(visits, default=-1)


def _visit_said_after(folded: str, mention, periods: list, sentence_ends: list[int]) -> bool:
    """Whether the words right after a period say it was a visit to another Schengen country
    ("vom 3. bis 12. März Urlaub bei Verwandten in Kroatien")."""
    following = [p.start for p in periods if p.start > mention.end]
    end = min([*following, *(e for e in sentence_ends if e >= mention.end), len(folded)])
    clause = _CLAUSE.search(folded, mention.end, end)
    after = folded[mention.end : clause.start() if clause else end]
    return lexicon().stays["visit"].search(after) is not None and any(
        m.code != "BE" and _schengen(m.code) for m in countries_in(after)
    )


def _the_papers_own_dates(folded: str, item) -> bool:
    """ "an annex 3 up to 14 August", "vergunning seizoenarbeid (bijlage 6) van 4 mei tot
    4 september": dates said right after the stay's paper (within 40 characters), nothing
    between naming the work ("(Anlage 6), Arbeit vom 1.6. bis 30.11.") or denying the paper
    ("no annex 3 yet")."""
    before = folded[max(0, item.start - 50) : item.start]
    location = lexicon().location
    papers = [m.end() for kind in ("short_stay", "long_stay") for m in location[kind].find(before)]
    if not papers or len(before) - max(papers) > 40:
        return False
    between = before[max(papers) :]
    cues = lexicon().cues
    # "visum D voor seizoenarbeid dat afloopt op 18 december": the work word says the paper's
    # (not "D visa for seasonal, start was 1 june": a clause of its own after it)
    works = [
        m
        for m in cues["work_words"].find(between)
        if re.search(r"[,;]", between)
        or not _qualifies_a_stay_paper(before, max(papers) + m.start())
    ]
    return not works and not any(cues[kind].search(between) for kind in ("negation", "pending"))


def _a_stays_dates(folded: str, mention: period_reading.PeriodMention) -> bool:
    """Whether a period follows the name of a visa, a permit or an annex: the paper's days."""
    before = folded[max(0, mention.start - 25) : mention.start]
    location = lexicon().location
    return bool(location["short_stay"].search(before) or location["long_stay"].search(before))


def _another_stays_dates(folded: str, dates: list) -> bool:
    """Whether dates are said, in their sentence, with the words of a visit or of another
    status ("zu Besuch mit Touristenvisum, seit dem 20. Juni", "since 1 September 2025 on an
    au pair residence permit valid until 31 August 2026")."""
    start = dates[0].start
    sentence_start = max(folded.rfind(mark, 0, start) for mark in ".!?;\n") + 1
    words = folded[max(sentence_start, start - 40) : dates[-1].end]
    location = lexicon().location
    return any(location[kind].search(words) for kind in ("visiting", "other"))


def _of_birth(folded: str, item: DateMention) -> bool:
    """Whether a birth word said just before or after a date makes it a date of birth ("geb.
    03.11.1985", "am 3.11.1985 geboren"); not one followed by its own date ("bis 12.7. Geb.
    03.11.1985" is the end of a stay), nor one after a verb of coming ("geboren, kommt am 2.5.")."""
    cues = lexicon().cues
    birth = cues["birth"]
    before = folded[max(0, item.start - 25) : item.start]
    if any(  # "born in Agadir, 3/5/1990"; not "am 3.11.1985 geboren, kommt am 2.5."
        not any(
            cues[kind].search(before[m.end() :]) for kind in ("arrival", "comes", "since_strict")
        )
        for m in birth.find(before)
    ):
        return True  # nor "geboren in Agadir, seit 3.3.2026 in Belgien"
    after = folded[item.end : item.end + 15]
    return any(not re.match(r"\W*\d", after[m.end() :]) for m in birth.find(after))


def _opening_now(
    found,
    dates: list,
    state: InterviewState,
    location: str | None,
    continuing: bool,
    reading: Reading,
    unplaced: list[str],
) -> None:
    """The dates of now and later in an opening: the work (and the arrival, the filing), or
    for someone already on a seasonal stay the current stay and the work asked for."""
    today = state.today
    cues = lexicon().cues
    folded = found.text
    planned: Direction = "current" if continuing else "future"  # begun a few days ago, too
    dates = _exact_days_for_rough_ones(dates, folded, today)
    rest = []
    filed_at: DateMention | None = None
    for item in dates:
        if isinstance(item, DateMention) and _of_birth(folded, item):
            continue  # a date of birth
        if (
            isinstance(item, DateMention)
            and item.month is None
            and item.day == reading.facts.get("age")
            and not item.weekday
            and folded[: item.start].split()[-1:] in (["van"], ["of"], ["de"], ["von"], ["aged"])
        ):
            continue  # "een Argentijnse van 27.": her age, read as such
        if isinstance(item, DateMention) and _in_a_question_after_facts(folded, item.start):
            unplaced.append(item.text)  # "… until 31 August. Can he come on 20 May instead?"
            continue
        if isinstance(item, DateMention) and _hedged(folded, item.start):
            unplaced.append(item.text)  # "er kommt ungefähr Mitte März": asked, not taken
            continue
        if isinstance(item, DateMention) and _day_a_paper_came(folded, item.start):
            continue  # "my visa came yesterday": the paper's day, not the worker's
        if (
            isinstance(item, DateMention)
            and "entry_date" not in reading.facts
            and _arrival_before(folded, item.start, window=30)
            and not _since_only(folded, item.start)  # see _stated_entry
        ):
            arrived = cues["arrived_past"].search(
                folded[max(0, item.start - 30) : item.start]
            ) or cues["arrived_past"].search(" ".join(folded[item.end :].split()[:2]))
            direction: Direction = (
                "current" if arrived else "near" if location == "belgium" else "planned"
            )
            day = _single_date(item, today, direction)
            works = [d for d in dates if isinstance(d, period_reading.PeriodMention)]
            if item.month is None and item.weekday is not None and works and not arrived:
                # "work from Monday 13 April …, he flies in on Saturday the 11th": the day of
                # that weekday just before the work (a bare day alone stays the nearest)
                try:
                    work_start = period_reading.resolve_period(works[0], today, "planned")[0].start
                    before_work = _bare_day(item, work_start, "current")
                    if today <= before_work and (work_start - before_work).days <= 14:
                        day = before_work
                except DateError:
                    pass
            elif item.month is None and works and not arrived:
                # a bare day weeks before the work, or just before it?
                try:
                    work_start = period_reading.resolve_period(works[0], today, "planned")[0].start
                    before_work = _bare_day(item, work_start, "current")
                except DateError:
                    work_start = before_work = day  # no work day to measure by: the nearest
                if (
                    today <= before_work
                    and (work_start - before_work).days <= 14
                    and (work_start - day).days > 21
                ):
                    if before_work != work_start:
                        unplaced.append(item.text)  # "visum ist da, ich komme am 10." (11.3.)
                        continue
                    # "du lundi 6 juillet au samedi 3 octobre ; il atterrit le 6 au matin": the
                    # day the work begins
                    day = before_work
            reading.facts["entry_date"] = day
            reading.said.append(("confirm.entry_date", {"date": ("date", day)}))
        elif (
            isinstance(item, DateMention)
            and "filed_on" not in reading.facts
            and _nearest_to_filing(folded, item, dates)
        ):
            day = _single_date(item, today, "near")
            reading.facts["filed_on"] = day
            reading.said.append(("confirm.filed_on", {"date": ("date", day)}))
            filed_at = item
        else:
            rest.append(item)
    if "filed_on" in reading.facts and filed_at is not None:
        # "Vandaag, dinsdag 8/9, zijn we naar de gemeente geweest": the filing day said twice
        rest = [
            item
            for item in rest
            if not _the_same_day_beside(item, filed_at, reading.facts["filed_on"], today)
        ]
    if not rest:
        return
    if (
        continuing
        and "work" not in reading.facts
        and isinstance(rest[0], DateMention)
        and not _said_of_work(folded, rest[:1])
    ):
        for item in rest[1:]:  # "in Belgium since 2 May. His work permit runs from 4 May…"
            if isinstance(item, period_reading.PeriodMention) and _said_of_work(folded, [item]):
                said_work = period_reading.resolve_period(item, today, "current")[0]
                if said_work.end < today - timedelta(days=90) and not (
                    item.years or item.first.year
                ):  # last year's dates for a new period: this year's (not a permit just over)
                    said_work = period_reading.resolve_period(item, today, "planned")[0]
                reading.facts["work"] = said_work
                reading.said.append(("confirm.period.work", _period_values(said_work)))
                rest.remove(item)
                break
    if (
        continuing
        and _said_of_work(folded, rest)
        # nor "arbeitet seit dem 07.09.2026, mit einer Erlaubnis (Anlage 6) bis zum 29.01.2027":
        # the paper's last day closes its stay
        and not any(_the_papers_own_dates(folded, item) for item in rest[:2])
    ):
        # "start was 1 June, work until 15 November": the work (not "an annex 3 up to
        # 14 August; we'd like him to stay and work until 18 September")
        continuing = False
        planned = "current"
    if continuing:
        ends = [item for item in rest]
        if isinstance(ends[0], period_reading.PeriodMention):
            stay = period_reading.resolve_period(ends[0], today, "current")[0]
            wishes = ends[1:]
        elif (
            "entry_date" in reading.facts
            and _until_before(folded, ends[0])
            # the first such day after the entry ("came on 6 July with an annex 3 that ran
            # until 21 August", said on 25 August: this year's)
            and _single_date(ends[0], reading.facts["entry_date"], "planned")
            > reading.facts["entry_date"]
        ):
            # "came on 2 May, the annex 3 valid until 30 July[, we want him until ...]": the
            # stay since the entry; a day after it says until when the work is asked for
            end = _single_date(ends[0], reading.facts["entry_date"], "planned")
            stay = Period(start=reading.facts["entry_date"], end=end)
            wishes = ends[1:]
        elif len(ends) >= 2:
            first, last = ends[0], ends[1]
            if (
                _until_before(folded, first)
                or _ends_there(folded, first)  # "die am 11.9. abläuft, … bis zum 23.10."
                or not cues["until"].search(folded[max(first.end, last.start - 30) : last.start])
                # "since 24 August … the farm wants to keep him until 23 December": a wish
                or cues["want"].search(folded[max(first.end, last.start - 40) : last.start])
                # "since 1 March on annex 3, his insurance runs out 30 June": another paper
                or cues["other_paper"].search(folded[max(first.end, last.start - 30) : last.start])
            ):
                unplaced.extend(folded[item.start : item.end] for item in ends)
                return  # two days, but nothing says the second ends the stay
            if isinstance(last, period_reading.PeriodMention):
                unplaced.append(folded[first.start : first.end])
                return
            if first.month is None and last.month is not None:
                first = _month_for_current_start(first, last, today)
            stay = period_reading.resolve_period(
                period_reading.PeriodMention(first.start, last.end, first, last), today, "current"
            )[0]
            wishes = ends[2:]
        else:
            unplaced.append(folded[ends[0].start : ends[0].end])
            return
        if stay.end < today - timedelta(days=31) or stay.start > today + timedelta(days=31):
            unplaced.extend(folded[item.start : item.end] for item in ends)
            return  # a current stay long over, or not begun: which year? asked
        reading.facts["current_stay"] = stay
        reading.said.append(("confirm.period.stay", _period_values(stay)))
        if "entry_date" not in reading.facts and _stated_entry(found, stay):
            reading.facts["entry_date"] = stay.start
            reading.said.append(("confirm.entry_date", {"date": ("date", stay.start)}))
        kept = [
            w
            for w in wishes
            if isinstance(w, period_reading.PeriodMention)
            and _said_of_work(folded, [w])
            or _wish_before(folded, w.start)
            or cues["until"].search(folded[max(0, w.start - 20) : w.start])
        ]
        unplaced.extend(folded[w.start : w.end] for w in wishes if w not in kept)  # never dropped
        wanted = [w for w in kept if cues["want"].search(folded[max(0, w.start - 40) : w.start])]
        if len(kept) > 1 and len(wanted) == 1:
            # "die Saison geht bis Ende Februar, deshalb wollen wir ihn bis zum 26.02. behalten"
            kept = wanted + [w for w in kept if w is not wanted[0]]
        wishes = kept
        for wish in wishes[:1]:
            work = _work_beside_stay(folded, wish, stay, today)
            if work is None:
                unplaced.append(folded[wish.start : wish.end])
            else:
                reading.facts["work"] = work
                reading.said.append(("confirm.period.work", _period_values(work)))
        for extra in wishes[1:]:
            unplaced.append(folded[extra.start : extra.end])
        return
    entry = reading.facts.get("entry_date")
    if (
        entry is not None
        and len(rest) == 1
        and _until_before(folded, rest[0])
        and cues["day_after"].search(folded[: rest[0].start])
    ):
        end = _single_date(rest[0], today, "planned")
        if end > entry:  # "I arrive next Monday and work from the day after until 31 July"
            work = Period(start=entry + timedelta(days=1), end=end)
            reading.facts["work"] = work
            reading.said.append(("confirm.period.work", _period_values(work)))
            return
    if cues["relative_to_other"].search(folded) and _arrival_shift(folded) is None:
        unplaced.extend(folded[item.start : item.end] for item in rest)
        return  # "from the day after he arrives": asked, not guessed
    first = rest[0]
    later_work = [
        item
        for item in rest[1:]
        if isinstance(item, period_reading.PeriodMention) and _said_of_work(folded, [item])
    ]
    if not later_work and location == "belgium":
        # "seit 3. November 2025 Asylantrag, orange Karte bis 20.07.2026 … möchte ihn vom 1.6.
        # bis 15.8. einstellen": after the stay of another status, the period is the work
        later_work = _work_after_another_status(folded, rest, reading, state)
    if not later_work and location in (None, "belgium"):
        # "since 1 September 2025 on an au pair residence permit valid until 31 August 2026. A
        # berry farm … would like her for the summer, 13 July to 21 August": the period after
        # the days of another stay
        periods = [item for item in rest[1:] if isinstance(item, period_reading.PeriodMention)]
        if (
            periods
            and _another_stays_dates(folded, rest[: rest.index(periods[0])])
            # in Belgium, a period said with work (not "Hij heeft examens van 2 juni tot 25 juni")
            and (
                location is None
                or any(
                    lexicon().cues[kind].search(_sentence_text(folded, periods[0].start))
                    # "Ein Erdbeerbauer würde ihn vom 20. April bis 30. Juni nehmen"
                    for kind in ("work_words", "job_named", "want", "wish")
                )
            )
        ):
            later_work = periods[:1]
    said_first = rest[: rest.index(later_work[0])] if later_work else []
    if (
        location is None
        and said_first
        and _another_stays_dates(folded, said_first)
        and not any(_said_of_work(folded, [item]) for item in said_first)
    ):
        # "zu Besuch mit Touristenvisum, seit dem 20. Juni, das Visum geht bis 18. August. Sie
        # würde gern bei der Ernte helfen, 6. Juli bis 14. August", "since 1 September 2025 on
        # an au pair residence permit valid until 31 August 2026": the days of a visit or of
        # another status (asked), then the work
        unplaced.extend(folded[item.start : item.end] for item in said_first)
        rest = [item for item in rest if item not in said_first]
        first, said_first = rest[0], []
    if (
        location == "belgium"
        and later_work
        and not any(_said_of_work(folded, [item]) for item in said_first)
    ):
        # "ich bin in Belgien seit 14 Oktober 2025, Asylantrag, orange Karte bis 31.7.2026 …
        # Arbeit 15. Juni bis 28. August", "hier sinds 10 mei op bezoek met een toeristenvisum
        # tot 23 juni … wil hem laten werken van 8 juni tot 31 juli": the stay, then the work
        other_stay = _the_stay_before_the_work(said_first, today)
        status = reading.facts.get("status") or state.facts.status
        if (
            other_stay is not None
            and status == "other"
            # a stay one is on, said as one ("seit …, orange Karte bis …"), not "her exams are
            # from 2 to 20 June", "Interview war am 3.3."
            and other_stay.start <= today <= other_stay.end
            and _said_of_a_stay(folded, said_first[0], said_first[-1].end)
        ):
            reading.facts["current_stay"] = other_stay
            reading.said.append(("confirm.period.stay", _period_values(other_stay)))
        else:
            unplaced.extend(folded[item.start : item.end] for item in said_first)
        first = later_work[0]
        rest = [first] + [item for item in rest if item is not first and item not in said_first]
    if isinstance(first, period_reading.PeriodMention):
        if first.whole_months is not None or (location is None and _a_stays_dates(folded, first)):
            # "juin-juillet": which days? "ze heeft een visum D van 12 mei tot 11 november",
            # not said where she is: the visa's days, not the work's
            unplaced.append(folded[first.start : first.end])
            return
        work = period_reading.resolve_period(first, today, planned)[0]
        others = rest[1:]
    elif (
        len(rest) >= 2
        and not isinstance(rest[1], period_reading.PeriodMention)
        # not "visum D tot einde oktober, baas wil mij tot 18 december": two ends, no first day
        and not _until_before(folded, first)
    ):
        second = rest[1]
        if first.month is None and second.month is not None:
            first = replace(first, month=second.month)
        work = period_reading.resolve_period(
            period_reading.PeriodMention(first.start, second.end, first, second), today, planned
        )[0]
        if work.start == work.end:
            # "ended on 27 June (3 days ago)": one day said twice, no period
            unplaced.extend(folded[item.start : item.end] for item in rest)
            return
        others = rest[2:]
    else:
        unplaced.extend(folded[item.start : item.end] for item in rest)
        return
    if work.start < today - timedelta(days=365):
        # "j'habite à Liège depuis le 14 avril 2022 … (carte valable jusqu'au 4 mars 2027)":
        # the dates of a stay begun years ago, no work asked for
        unplaced.extend(folded[item.start : item.end] for item in rest)
        return
    if (
        planned in ("planned", "future")
        and work.start.year > today.year
        and not (first.year if isinstance(first, DateMention) else first.first.year)
    ):
        this_year = (
            Period(
                start=work.start.replace(year=today.year),
                end=work.end.replace(year=work.end.year - 1),
            )
            if work.end.year > today.year
            else None
        )
        if this_year is not None and this_year.start <= today <= this_year.end:
            unplaced.append(folded[rest[0].start : rest[0].end])
            return  # "a D visa from 1/7 to 31/12" asked in September: under way, or next year?
        if cues["since_strict"].search(tokens_before(folded, rest[0].start, 2)):
            unplaced.extend(folded[item.start : item.end] for item in rest)
            return  # "Ich arbeite seit 6. April …": begun already, not next year's
    reading.facts["work"] = work
    reading.said.append(("confirm.period.work", _period_values(work)))
    entry = _arrival_next_to_work(folded, work)
    if "entry_date" not in reading.facts and entry is not None:
        reading.facts["entry_date"] = entry
        reading.said.append(("confirm.entry_date", {"date": ("date", entry)}))
    unplaced.extend(folded[item.start : item.end] for item in others)
