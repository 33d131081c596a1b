"""What a pasted mail or chat carries besides its message: headers ("Von: …", "Gesendet: Montag,
4. Mai 2026 10:12", "Betreff: AW: Einreise", "Re: seasonal permit"), quote lines ("Le lun. 4 mai
2026 à 10:12, … a écrit :") and chat stamps ("[14:02, 3/5/2026] …:"). They give no fact about
the worker: a subject line saying "seasonal permit" is not where the worker is, the day a message
was sent is not a day of the case. They are taken out before the answer is read.

What a message says relative to its day ("er kommt morgen", sent on 4 May) counts from the day
it was sent, not from the day it is pasted: such words are written out as dates of that day.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache

from ..parsing.dates import DateError, find_dates, resolve
from ..parsing.text import fold, fold_clauses
from .lexicon import FOLDER
from .relative import rewrite

_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw|wg|fw|fwd|tr|antw)\s*:|(?:betreff|subject|objet|onderwerp)\s*:).*$",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^\s*(?P<label>von|from|de|van|an|to|à|aan|cc|gesendet|sent|envoyé|envoye|verzonden|"
    r"date|datum)\s*:.*$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^\s*(?:>\s*)+")
"""The marks of a quoted mail line ("> I am in Spain"): the line is the person's words."""
_SENT = frozenset({"gesendet", "sent", "envoyé", "envoye", "verzonden", "date", "datum"})
_QUOTE = re.compile(r"^.*\b(?:wrote|schrieb|a écrit|schreef)\s*:\s*$", re.IGNORECASE)
_CHAT = re.compile(
    r"^\s*\[(?:\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm))?,?\s*)?(?P<day>[\d./\-]{6,10})"
    r"(?:,?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm))?)?\]\s*(?:[^:\n]{1,40}:\s*)?",
    re.IGNORECASE,
)


@cache
def _labels() -> dict[str, str]:
    with (FOLDER / "symbols.toml").open("rb") as handle:
        return tomllib.load(handle)["labels"]


def _symbols_as_words(text: str) -> str:
    """ "🎂 24/10/1999" → " born  24/10/1999" (``vocabulary/symbols.toml``)."""
    for symbol, words in _labels().items():
        if symbol in text:
            text = text.replace(symbol, f" {words} ")
    return text


def unpasted(text: str, today: date) -> str:
    """The answer without the headers, quote lines and chat stamps of a pasted message, what
    each message says relative to its day written out as dates, its label symbols as words."""
    if not text.isascii():
        text = _symbols_as_words(text)
    if "\n" not in text and not _CHAT.match(text) and not _SUBJECT.match(text):
        return text
    lines = [_QUOTED.sub("", line) for line in text.split("\n")]
    headers = sum(1 for line in lines if _HEADER.match(line) or _SUBJECT.match(line))
    kept: list[str] = []
    sent: date | None = None
    chatting = False
    for line in lines:
        header = _HEADER.match(line)
        if _SUBJECT.match(line) or _QUOTE.match(line) or (header and headers >= 2):
            if header and header["label"].lower() in _SENT or _QUOTE.match(line):
                sent = _day_of(line, today) or sent
            continue
        chat = _CHAT.match(line)
        if chat is not None:
            sent = _day_of(chat["day"], today) or sent
            line = line[chat.end() :]
        if sent is not None and sent != today and line.strip():
            plain = fold_clauses(line)
            dated = rewrite(plain, sent)
            line = dated if dated != plain else line  # "kommt morgen" → "kommt 5/5/2026"
        if chat is not None and chatting and kept:
            # "[…] Nuri: 2023 war ich in Sint-Truiden" / "[…] Nuri: vom 15.8 bis 30.9": one
            # thing said over several messages
            joint = "; " if re.match(r"\s*\d", line) else ", "  # "30 June" / "2024 from…"
            kept[-1] = f"{kept[-1].rstrip(' .,;')}{joint}{line.strip()}"
            continue
        chatting = chat is not None
        kept.append(line)
    return "\n".join(_signature_undated(kept)).strip()


_CLOSING = re.compile(
    r"^\W*(?:mit freundlichen gr(?:ü|ue|u)(?:ß|ss|s)en|freundliche gr(?:ü|ue|u)(?:ß|ss|s)e|"
    r"(?:viele|liebe|beste|herzliche)\s+gr(?:ü|ue|u)(?:ß|ss|s)e|gru(?:ß|ss)|gr(?:ü|ue|u)(?:ß|ss)e|mfg|lg|"
    r"met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en|jes)?|mvg|"
    r"cordialement|bien (?:à|a) vous|salutations|bien cordialement|"
    r"(?:best|kind|warm)?\s*regards|best|cheers|br)\b",
    re.IGNORECASE,
)
"""The closing formula of a mail ("Mit freundlichen Grüßen", "mvg", "Cordialement", "Regards")."""
_NUMERIC_DAY = re.compile(r"\b\d{1,2}[./-]\d{1,2}(?:[./-](?:\d{4}|\d{2})\b|\.|\b)")


def _closes(line: str) -> bool:
    """Whether a line is a closing formula, alone or with a name ("Gruß, Hof Mreyen, St.
    Vith, 08.01.2027"), not a sentence that begins with one ("Groeten uit Marokko! Hij komt
    op 3/6 aan", "Best date for him is 3/6")."""
    closing = _CLOSING.match(line)
    if closing is None:
        return False
    rest = line[closing.end() :].strip()
    return not rest or (rest[0] in ",.!" and len(rest.split()) <= 6 and "?" not in rest)


def _signature_undated(lines: list[str]) -> list[str]:
    """The lines of a message with the dates of its signature blanked ("Gruß, Hof Mreyen,
    St. Vith, 08.01.2027"): the day a mail is signed is no day of the case."""
    for index, line in enumerate(lines):
        if index and _closes(line):
            return lines[:index] + [
                _NUMERIC_DAY.sub(lambda m: " " * len(m[0]), rest) for rest in lines[index:]
            ]
    return lines


def _day_of(line: str, today: date) -> date | None:
    """The day a header or a stamp gives ("Montag, 4. Mai 2026 10:12", "3/5/2026")."""
    for mention in find_dates(fold(line), today):
        if mention.month is not None and mention.year is not None:
            try:
                return resolve(mention, today, "past")
            except DateError:
                return None
    return None
