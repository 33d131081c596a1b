"""Anonymising an interview by construction: an answer keeps only the words the reader can use —
dates, countries and places, document words, choices, commands, the vocabulary the interview
listens for — and every other word becomes a placeholder (``xxxx``). Nothing is guessed about
what a name or an address looks like: what is not the interview's own word does not survive.

- **Words** are kept when their folded form is a word of the interview: its vocabulary
  (``vocabulary/*.toml``), the catalogs it speaks with (every language), country names and
  adjectives, month and day names, and the words its own code matches.
- **Names and streets** go even when their words are the interview's ("Jan" is a month,
  "de la Loi" French words): the capitalised words after "je m'appelle", "ik heet", "ich heiße",
  "my name is", and a street from its word ("rue", "-straat", "Straße", "road") to its number.
- **Numbers** are kept as dates (``1.4.2026-15.6.2026``, ``2026-05-01``, ``1/5/26``), as years,
  and as numbers of one or two digits (a day, an age, a choice). Anything longer or mixed with
  letters (a phone, a passport number, an MRZ line) is a placeholder. A date of birth keeps
  only its year: the day and month become 1 January or 31 December, whichever keeps the age
  the interview worked out on its "today".
- **Proof by replay**: the anonymised answers are replayed beside the original ones, turn by
  turn. A turn read differently is tried again keeping the words that only a loose match can
  read (a misspelt country); if it is still read differently, the transcript stops before that
  turn (and expects what the interview knew then).

Linear in the length of the text: one pass of regular expressions and set look-ups per answer.
"""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .parsing.text import fold
from .state import Lang, Role

PLACEHOLDER = "xxxx"

_HERE = Path(__file__).parent
_ROOT = _HERE.parents[1]

_CHUNK = re.compile(r"\S+")
_PIECE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]+|_+")
_NUMBER_DATE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}(?:[./-](?:\d{4}|\d{2}))?|\d{4}[./-]\d{1,2}[./-]\d{1,2})[.,;:)]*$"
)
_DAY = r"(?:\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?\.?|\d{4}-\d{1,2}-\d{1,2})"
_DATE_RANGE = re.compile(rf"^\(?(?P<a>{_DAY})(?:-|–|—|/|→|\.\.)(?P<b>{_DAY})[.,;:)]*$")
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th|er|re|e|eme|de|ste|te|ten|sten|ter)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _words_of(text: str) -> set[str]:
    return {w for w in re.split(r"[^\w]+", fold(text)) if w and not w.isdigit()}


def _strings_in_toml(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings_in_toml(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings_in_toml(v)]
    return []


def _strings_in_code(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


@lru_cache(maxsize=1)
def kept_words() -> frozenset[str]:
    """Every word the interview can read or says itself (folded)."""
    from babel import Locale

    texts: list[str] = []
    for path in sorted((_HERE / "vocabulary").glob("*.toml")):
        texts += _strings_in_toml(tomllib.loads(path.read_text(encoding="utf-8")))
    for path in sorted((_ROOT / "rules" / "data").glob("*.toml")):
        texts += _strings_in_toml(tomllib.loads(path.read_text(encoding="utf-8")))
    for path in sorted((_ROOT / "i18n").glob("*/LC_MESSAGES/*.po")):
        texts += [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith(("msgstr", '"'))
        ]
    for path in sorted(_HERE.rglob("*.py")):
        if path.name != "anonymise.py":
            texts += _strings_in_code(path)
    for tag in ("fr_BE", "nl_BE", "de_BE", "en_GB"):
        locale = Locale.parse(tag)
        texts += list(locale.territories.values())
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                texts += list(locale.months[context][width].values())
                texts += list(locale.days[context][width].values())
    words: set[str] = set()
    for text in texts:
        words |= _words_of(text)
    return frozenset(words - NEVER_KEPT)


NEVER_KEPT = frozenset({"xxxx"})
"""The placeholder itself is no word of the interview."""


@lru_cache(maxsize=1)
def _loose_names() -> tuple[str, ...]:
    """What a loose (fuzzy) match can read a misspelt word as: countries and their adjectives."""
    from babel import Locale

    names: set[str] = set()
    for tag in ("fr_BE", "nl_BE", "de_BE", "en_GB"):
        names |= {fold(n) for n in Locale.parse(tag).territories.values() if " " not in n}
    data = tomllib.loads((_ROOT / "rules" / "data" / "countries.toml").read_text("utf-8"))
    names |= {fold(s) for s in _strings_in_toml(data.get("aliases", {})) if " " not in s}
    names |= {w for w in kept_words() if len(w) > 3}
    return tuple(sorted(n for n in names if len(n) > 3))


def _read_loosely(word: str) -> bool:
    """A misspelt word the reader may still read ("Marroko", "Reisepas"): close to a country
    or to a word of the interview."""
    from rapidfuzz import fuzz, process

    folded = fold(word)
    if len(folded) < 4:
        return False
    return (
        process.extractOne(folded, _loose_names(), scorer=fuzz.ratio, score_cutoff=75) is not None
    )


# --- one answer -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Context:
    today: date
    loose: bool = False
    """Keep also the words a loose match reads as a country (a misspelt nationality)."""


def _birth_date(match_text: str, context: Context) -> str | None:
    """``12/03/1990`` → ``01/01/1990`` or ``31/12/1990`` (the same age on ``today``)."""
    parts = re.split(r"([./-])", match_text)
    numbers = [p for p in parts if p.isdigit()]
    if len(numbers) != 3:
        return None
    if len(numbers[0]) == 4:
        year, month, day = (int(n) for n in numbers)
        order = ("y", "m", "d")
    else:
        day, month, year = (int(n) for n in numbers)
        order = ("d", "m", "y")
    if year < 100:
        year += 1900 if year > context.today.year % 100 else 2000
    if year > context.today.year - 14:
        return None
    passed = (month, day) <= (context.today.month, context.today.day)
    new = {"d": 1 if passed else 31, "m": 1 if passed else 12}
    out, index = [], 0
    for part in parts:
        if part.isdigit():
            key = order[index]
            out.append(part if key == "y" else f"{new[key]:0{len(part)}d}")
            index += 1
        else:
            out.append(part)
    return "".join(out)


def _numeric_chunk(chunk: str, context: Context) -> str | None:
    """A chunk that is a date, a date range, a year or a small number: kept (a date of birth
    with its day and month replaced); ``None`` when it is not one of those."""
    if _DATE_RANGE.match(chunk) or _NUMBER_DATE.match(chunk):
        body = chunk.rstrip(".,;:)")
        dates = re.split(r"(?<=[\d.])(?:-|–|—|→|\.\.)(?=\d{1,2}[./]|\d{4}-)", body)
        if len(dates) == 1:
            older = _birth_date(body, context)
            return chunk if older is None else older + chunk[len(body) :]
        if all(_birth_date(d, context) is None for d in dates):
            return chunk
        return None
    return None


def _piece(piece: str, context: Context) -> str:
    if piece.isdigit():
        if len(piece) <= 2 or _YEAR.match(piece):
            return piece
        return PLACEHOLDER
    if not piece[0].isalnum():
        return piece
    if all(word in kept_words() for word in fold(piece).split()):
        return piece
    if context.loose and _read_loosely(piece):
        return piece
    return PLACEHOLDER


def anonymise(text: str, today: date | None = None, loose: bool = False) -> str:
    """``text`` with every word the interview cannot use replaced by ``xxxx``."""
    context = Context(today or date.today(), loose)
    out: list[str] = []
    last = 0
    chunks = list(_CHUNK.finditer(text))
    words = [m.group() for m in chunks]
    phone = _phone_chunks(words, context) | _named(words) | _street(words) | _spelt_mail(words)
    for index, match in enumerate(chunks):
        out.append(text[last : match.start()])
        last = match.end()
        chunk = match.group()
        if index in phone:
            out.append(PLACEHOLDER)
            continue
        if any(c.isdigit() for c in chunk):
            kept = _numeric_chunk(chunk, context)
            if kept is not None:
                out.append(kept)
                continue
            if _ORDINAL.match(chunk.rstrip(".,;:)")) or _YEAR.match(chunk.strip(".,;:()")):
                out.append(chunk)
                continue
            if _NUMBER_ONLY.fullmatch(chunk):
                out.append(PLACEHOLDER)  # numbers that are no date: a phone, a reference
                continue
        if "@" in chunk:
            out.append(PLACEHOLDER)
            continue
        pieces = _PIECE.findall(chunk)
        mixed = any(p.isdigit() for p in pieces) and any(p[0].isalpha() for p in pieces)
        if mixed and not _glued_word_and_number(pieces):
            out.append(PLACEHOLDER)  # a document number, a plate, an MRZ line
            continue
        out.append("".join(_piece(p, context) for p in pieces))
    out.append(text[last:])
    return _birth_dates_in_words("".join(out), context)


NAME_CUES = (
    "appelle",
    "appel",
    "nomme",
    "heet",
    "genaamd",
    "heisst",
    "heisse",
    "heissen",
    "named",
    "called",
    "name",
    "nom",
    "naam",
    "mevrouw",
    "meneer",
    "madame",
    "monsieur",
    "herr",
    "frau",
    "mr",
    "mrs",
    "ms",
    "mme",
)
"""Words after which what is capitalised is a name, even a word of the interview ("Jan",
"Marie", "Maroc" as a family name): "il s'appelle", "ik heet", "er heißt", "my name is"."""
STREET_CUES = (
    "rue",
    "avenue",
    "av",
    "chaussee",
    "boulevard",
    "bd",
    "place",
    "impasse",
    "chemin",
    "allee",
    "quai",
    "straat",
    "str",
    "laan",
    "steenweg",
    "plein",
    "weg",
    "strasse",
    "gasse",
    "platz",
    "street",
    "road",
    "lane",
    "st",
    "rd",
    "ave",
)
"""Words that open a street address: everything up to its house number is the address."""
_STREET_SUFFIX = ("straat", "laan", "steenweg", "strasse", "gasse", "weg", "plein")


_AT = {"at", "(at)", "[at]", "{at}", "<at>", "arobase", "apenstaartje", "klammeraffe"}
_MAIL_LABELS = {"mail", "e-mail", "email", "courriel", "adresse", "adres", "adresse mail"}
_DOT = {"dot", "(dot)", "[dot]", "{dot}", "<dot>", "point", "punt", "punkt"}


def _spelt_mail(chunks: list[str]) -> set[int]:
    """An e-mail address spelt out to dodge the "@": "aibek dot asanov at gmail dot com",
    "a.asanov (at) mail (dot) kg" — the name before the "at", the domain after it."""
    found: set[int] = set()
    plain = [c.strip(",;:").lower() for c in chunks]
    for index, word in enumerate(plain):
        if word not in _AT or index == 0:
            continue
        dots = [j for j in range(index + 1, min(index + 4, len(plain))) if plain[j] in _DOT]
        if not dots:
            continue
        start = index - 1
        while start > 0 and plain[start - 1] in _DOT:
            start -= 2  # "aibek dot asanov at": the whole name
        if start > 0 and plain[start - 1] in _MAIL_LABELS:
            start -= 1  # "mail: ...": the label goes with the address it names
        found.update(range(max(start, 0), min(dots[-1] + 2, len(plain))))
    return found


def _named(chunks: list[str]) -> set[int]:
    """The capitalised words (up to three) after a word that introduces a name."""
    found: set[int] = set()
    for index, chunk in enumerate(chunks):
        last = fold(chunk).replace("'", " ").split()[-1:] if fold(chunk) else []
        if not last or last[0].strip(".:,") not in NAME_CUES:
            continue
        after = index + 1
        if after < len(chunks) and fold(chunks[after]) in ("is", "est", "ist", "is:"):
            after += 1
        for following in range(after, min(after + 3, len(chunks))):
            word = chunks[following].strip(".,;:()")
            if not word or not word[0].isupper():
                break
            found.add(following)
    return found


def _street(chunks: list[str]) -> set[int]:
    """A street and its house number: from a street word (or a name ending in "-straat",
    "-strasse", ...) up to the first number after it, at most six words on."""
    found: set[int] = set()
    for index, chunk in enumerate(chunks):
        folded = fold(chunk).strip(".,;:")
        cue = folded in STREET_CUES or (
            folded.endswith(_STREET_SUFFIX) and folded not in _STREET_SUFFIX
        )
        if not cue:
            continue
        stop = min(index + 7, len(chunks))
        span = [index]
        for following in range(index + 1, stop):
            span.append(following)
            if any(c.isdigit() for c in chunks[following]):
                break
        else:
            if not folded.endswith(_STREET_SUFFIX):
                continue  # no number follows: "place" in a sentence, not an address
        found.update(span)
    return found


_NUMBER_ONLY = re.compile(r"[+(]*\d[\d()./\-]*[,;:]?")


def _phone_chunks(chunks: list[str], context: Context) -> set[int]:
    """Chunks that together write a telephone number: one that starts with ``+`` or ``00``,
    or three numbers or more in a row that are no dates (``0470 12 34 56``)."""
    found: set[int] = set()
    run: list[int] = []
    for index, chunk in enumerate([*chunks, ""]):
        number = bool(_NUMBER_ONLY.fullmatch(chunk)) and _numeric_chunk(chunk, context) is None
        if number and (chunk.startswith(("+", "00", "(")) or chunk.count("/") > 1):
            found.add(index)
        if number:
            run.append(index)
            continue
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


def _glued_word_and_number(pieces: list[str]) -> bool:
    """ "annex3", "visumD", "15th", "1er": a word of the interview and a short number."""
    letters = [p for p in pieces if p[0].isalpha()]
    digits = [p for p in pieces if p.isdigit()]
    return (
        len(pieces) <= 3
        and all(len(d) <= 2 for d in digits)
        and all(w in kept_words() for p in letters for w in fold(p).split())
    )


_DAY_OF_MONTH = re.compile(r"\(?(\d{1,2})(?:st|nd|rd|th|er|e|\.)?[,;:)]?")


def _birth_dates_in_words(text: str, context: Context) -> str:
    """ "12 mars 1990", "March 12, 1990": a day and month before an old year become 1 January
    or 31 December of that year (the same age on ``today``)."""
    months = _month_numbers()
    tokens = list(re.finditer(r"\S+", text))
    replace: dict[int, str] = {}
    for index, token in enumerate(tokens):
        year_text = token.group().strip(".,;:()")
        if not _YEAR.match(year_text) or int(year_text) > context.today.year - 14:
            continue
        window = tokens[max(0, index - 3) : index]
        month_at = [t for t in window if fold(t.group().strip(".,;:()")) in months]
        day_at = [t for t in window if _DAY_OF_MONTH.fullmatch(t.group())]
        if not month_at:
            continue
        month = months[fold(month_at[-1].group().strip(".,;:()"))]
        day_match = _DAY_OF_MONTH.fullmatch(day_at[-1].group()) if day_at else None
        day = int(day_match[1]) if day_match else 1
        passed = (month, day) <= (context.today.month, context.today.day)
        replace[month_at[-1].start()] = _month_name(1 if passed else 12, month_at[-1].group())
        for t in day_at:
            replace[t.start()] = "1" if passed else "31"
    if not replace:
        return text
    out, last = [], 0
    for token in tokens:
        if token.start() in replace:
            out += [text[last : token.start()], replace[token.start()]]
            last = token.end()
    return "".join(out) + text[last:]


@lru_cache(maxsize=1)
def _months() -> dict[str, tuple[int, str, str]]:
    """A month's name (folded, any of the four languages) → its number, and that language's
    names of January and December."""
    from babel import Locale

    months: dict[str, tuple[int, str, str]] = {}
    for tag in ("fr_BE", "nl_BE", "de_BE", "en_GB"):
        names = Locale.parse(tag).months["format"]
        for width in ("wide", "abbreviated"):
            for number, name in names[width].items():
                months.setdefault(
                    fold(name).strip("."), (number, names["wide"][1], names["wide"][12])
                )
    return months


def _month_numbers() -> dict[str, int]:
    return {name: value[0] for name, value in _months().items()}


def _month_name(number: int, like: str) -> str:
    _, january, december = _months()[fold(like.strip(".,;:()")).strip(".")]
    return january if number == 1 else december


# --- a whole interview ----------------------------------------------------------------------


@dataclass(slots=True)
class Anonymised:
    interview: Any
    """The interview replayed on the anonymised answers (its log is what a transcript keeps)."""
    kept: int
    """How many turns were kept (all of them unless a turn could not be anonymised)."""
    texts: list[str | None]


def _reading(interview: Any) -> tuple:
    """What a turn changed that a transcript compares: the result, the next question, the facts
    (but the day of the next birthday, which a date of birth anonymised moves within its year)
    and the outcome."""
    from .transcript import observed

    state = interview.state
    step = interview.current()
    facts = state.facts.model_dump(exclude={"next_birthday"})
    outcome = {k: v for k, v in observed(interview).items() if k != "facts"}
    return (
        state.log[-1].result if state.log else None,
        step.question.id if step.question else None,
        repr(facts),
        tuple(state.answered),
        tuple(state.unknown),
        state.role,
        state.lang,
        repr(outcome),
    )


def anonymise_interview(
    lang: Lang,
    today: date,
    role: Role | None,
    opening: bool,
    answers: list[str],
    texts: list[str | None],
) -> Anonymised:
    """Replay ``answers`` anonymised beside the originals; see the module's docstring."""
    from .interview import Interview

    original = Interview.start(lang=lang, today=today, role=role, opening=opening)
    copy = Interview.start(lang=lang, today=today, role=role, opening=opening)
    kept_texts: list[str | None] = []
    for number, answer in enumerate(answers):
        original.answer(answer)
        wanted = _reading(original)
        before = copy.to_json()
        for loose in (False, True):
            copy.answer(anonymise(answer, today, loose))
            if _reading(copy) == wanted:
                break
            copy = Interview.from_json(before)
        else:
            return Anonymised(copy, number, kept_texts)
        text = texts[number] if number < len(texts) else None
        kept_texts.append(anonymise(text, today) if text else text)
    return Anonymised(copy, len(answers), kept_texts)
