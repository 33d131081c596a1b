"""A person who corrects what they just typed: "1 May... sorry, 3 May", "52 – nein, 53",
"2... non pardon, 1", "bin aus dem Kosovo... nein, aus Serbien".

The answer is rewritten before it is read: the value before the correction gives way to the
one after it, and everything else the person said stays. A correction is a pause ("...", "…",
a dash, a comma) followed by a correction word (``correction`` in the vocabulary, any of the
four languages: people mix them) or by a bare "no" and a new value. "sorry for my English"
is not a correction.
"""

from __future__ import annotations

import re
from functools import cache

from ..parsing.dates import month_words
from ..parsing.text import fold
from .lexicon import _tables, lexicon
from .periods import _RANGE_WORDS, says_month_first

_PAUSE = r"(?:\.{2,}|…|\s?-{2,}\s?|\s[–—-]\s?|[–—]|,|;)"
_STRONG_PAUSE = r"(?:\.{2,}|…|\s?-{2,}\s?|\s[–—-]\s?|[–—])"
_SPOKEN_PAUSE = (
    r"(?:\s(?:no|non|nee|neen|nein)\s+(?=(?:sorry|pardon|entschuldigung|excuse|excusez)\b))"
)
"""Dictated text has no punctuation: "aus der mongolei nein entschuldigung aus kasachstan"."""
_NUMBER_THEN_NO = (
    r"(?:(?<=\d)(?:\s+(?P<unit>ans|an|jaar|jahre|years|yrs))?\s+(?:no|non|nee|neen|nein)\s+(?=\d))"
)
""" "25 non 26", "il a 28 ans non 29": a number, a "no" and the number meant."""
_NO = r"(?:no|non|nee|neen|nein|nope|euh|uh|äh|eh|of)"
_AFTER_A_FULL_STOP = (
    r"correction|correctie|korrektur|rectification|je corrige|ich korrigiere|my mistake|typo|"
    r"vertippt|i mean|i meant|je veux dire|je voulais dire|ich meine|ich meinte|ik bedoel|"
    r"ik bedoelde"
)
"""The words that correct the sentence before a full stop ("…31 August. Korrektur: 2025"); a
"sorry", "enfin" or "wacht" opening a new sentence usually adds to it instead."""
_NOT_A_CORRECTION = (
    r"(?:for|to|if|but|pour|de(?!\s+\d)|d'|voor|dat|als|op|auf|für|dass|wenn|aber)\b"
)
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag)"
)
_VALUE_START = rf"(?=\s*(?:(?:the|le|la|l'|de|den|der|am|op|on)\s+)?(?:{_WEEKDAY},?\s+)?\d)"
"""A value after a "no": a number, after an article or a weekday ("le 5, non, le dimanche 6")."""
_PLACE_START = r"(?=(?:aus|from|uit|van|du|de|des|d'|en|au|aux|in|im|à|a|nach|naar|to)\s)"
"""A "no" followed by where someone is or comes from: "aus dem Kosovo... nein, aus Serbien"."""
_TRAILING_VALUE = re.compile(
    r"(?:\b(?:the\s+|le\s+|la\s+|de\s+|den\s+|am\s+|op\s+|on\s+)?\d{1,4}(?:st|nd|rd|th|er|re|e|de|ste|\.)?"
    r"(?:[./-]\d{1,2}(?:[./-]\d{2,4})?)?(?:\s+(?:of\s+)?(?P<month>[^\W\d_]+)\.?)?"
    r"|\b(?!(?:bis|tot|to|until|till|au|van|von|vom|from|du|ab|zum|tm)\b)[^\W\d_]+\s+"
    r"\d{1,2}(?:st|nd|rd|th)?)\s*$"
)
_NUMERIC_DAY_MONTH = re.compile(r"(\d{1,2})([./-])(\d{1,2})")
_BARE_DAY = re.compile(
    r"(?:(?:the|le|la|de|den|der|am|op|on)\s+)?\d{1,2}(?:st|nd|rd|th|er|re|e|de|ste|\.)?",
    re.IGNORECASE,
)
"""A correction that gives only the day: the month of the value it corrects stays."""
_DOTTED_DATE_END = r"(?:(?<=\d\.\d\.)|(?<=\d\.\d\d\.))\s+(?=[A-ZÀ-Ý])"
"""A dotted date's closing dot before a capital ends its sentence: "nee sorry, 22.5. Baas …"."""
_SEPARATORS = re.compile(
    rf"[,;:(]|\s[–—-]\s|(?<=[^\W\d])\.\s|(?<=\b(?:19|20)\d\d)\.\s|{_DOTTED_DATE_END}"
)
_DATE_LIKE = re.compile(
    r"\d{1,2}\s*[./-]\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th|er|e|de|\.)?\s+[^\W\d_]{3,}"
)


@cache
def _cue(bare_no: bool) -> re.Pattern[str]:
    words = sorted(
        {w for table in _tables().values() for w in table.get("cues", {}).get("correction", [])},
        key=len,
        reverse=True,
    )
    named = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"(?:{_PAUSE}|{_SPOKEN_PAUSE})\s*(?:(?:{_NO})[\s,]+)*"
        rf"(?:(?:{named})\b(?!\s+{_NOT_A_CORRECTION})[\s,:]*)+"
        rf"|\.\s+(?:{_AFTER_A_FULL_STOP})\b[\s,:]*"
        rf"|{_NUMBER_THEN_NO}"
        rf"|{_PAUSE}\s*(?:{_NO})\b[\s,:]*{_VALUE_START}"
        rf"|{_STRONG_PAUSE}\s*(?:{_NO})\s*,\s*{_PLACE_START}"
        + (rf"|{_STRONG_PAUSE}\s*(?:{_NO})\b[\s,:]+(?!{_NOT_A_CORRECTION})" if bare_no else ""),
        re.IGNORECASE,
    )


def corrected(text: str, bare_no: bool = True) -> str:
    """The answer as the person meant it: each corrected value replaced by its correction.
    ``bare_no=False`` (a description, where "passport... no visa" lists papers): only a
    correction word or a "no" before a new number corrects."""
    text = _RESTATED_NUMBER.sub(_the_number_meant, text)
    text = _written_instead(text)
    for _ in range(3):  # "1... no 2... sorry, 3": corrections one after the other
        found = _cue(bare_no).search(text)
        if found is None:
            again = _said_again(text)
            if again is not None:  # "anlage drei nein anlage sechs" -> "anlage sechs"
                start = text.lower().rfind(again[1].lower(), 0, again.start())
                text = (text[:start] + text[again.end() :]).strip()
                continue
        if found is None or not text[: found.start()].strip():
            return text
        before, after = text[: found.start()], text[found.end() :]
        unit = found.groupdict().get("unit")
        if unit:  # "28 ans non 29" → "29 ans"
            after = re.sub(r"^\d+", rf"\g<0> {unit}", after, count=1)
        if not after.strip():  # "53, vertippt": the correction word closes the answer
            return before
        correction = _SEPARATORS.split(after, maxsplit=1)[0]
        if "?" in after and len(after.split("?")[0].split()) <= 3:
            return text  # "Senegal denk ik... of Mali?": a doubt between two, asked back
        year = _YEAR_ALONE.match(after)
        if year is not None and _YEAR.search(before):
            # "2024 vom 3. Juni bis 31. August. Korrektur: 2025, nicht 2024": the year changes
            old = list(_YEAR.finditer(before))[-1]
            text = f"{before[: old.start()]}{year['year']}{before[old.end() :]}"
            continue
        if lexicon().cues["also"].search(fold(correction)):
            return text  # "moldave... enfin il a aussi la nationalité roumaine": both hold
        cuts = [m.end() for m in _SEPARATORS.finditer(before)]
        cut = cuts[-1] if cuts else 0
        fragment = before[cut:]
        value = _TRAILING_VALUE.search(fragment)
        day_inside = _a_day_inside(fragment, correction) if value is None else None
        if day_inside is not None:  # "am 28. März eingereist, nein warte, am 29.": the day
            text = (before[:cut] + day_inside + " " + after[len(correction) :].lstrip(" ,")).strip()
            continue
        restated = len(_DATE_LIKE.findall(fragment)) >= 2 and (
            len(_DATE_LIKE.findall(correction)) >= 2
            or len(_DATE_LIKE.findall(_SENTENCE_END.split(after, maxsplit=1)[0])) >= 2
        )  # "van 1 mei tot 15 juli, nee wacht, …, dus vanaf 3 mei tot 15 juli": said again whole
        if value is not None and value.start() > 0 and not restated:
            kept = before[:cut] + fragment[: value.start()]  # "I arrive 1 May" -> "I arrive "
            said_again = correction.split()[:1]
            if said_again and kept.split()[-1:] == [said_again[0]]:
                kept = kept.rstrip()[: -len(said_again[0])]  # "Arbeit vom 1., sorry, vom 3. Juni"
        else:
            kept = before[:cut]  # the whole corrected part: "15/6 to 15/9", "aus dem Kosovo"
            lead = _dates_start(fragment) if value is None else None
            if lead is not None:  # "il était chez nous de novembre 2025 à janvier, enfin du 3…"
                prefix = _without_trailing_particle(fragment[:lead])
                if _YEAR.search(correction):  # "2024 von juni... nee, war 2023, 1.6. bis 31.8."
                    prefix = _YEAR.sub("", prefix)
                kept += prefix
                correction_with_year = _with_the_year_kept(correction, fragment[lead:])
                after = after.replace(correction, correction_with_year, 1)
                correction = correction_with_year
        replaced = fragment[value.start() :] if value is not None else fragment
        after = _without_the_old_value_again(after, correction, replaced)
        if value is not None and not restated:
            after = after.replace(correction, _with_the_month_kept(correction, value), 1)
        text = (kept.rstrip() + " " + after.lstrip()).strip()
    return text


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_RESTATED_NUMBER = re.compile(
    r"(?<![\d./-])(?P<old>\d{2,4})(?:\s+(?P<unit>ans|jaar|jahre|years|yrs))?"
    r"\s*(?:[,–—-]|\.{2,}|…)?\s*(?:no|non|nee|neen|nein)\s*[,:]?\s+"
    r"(?P<words>(?:[^\W\d]+\s+){1,4})(?P<new>\d{2,4})(?!\d)(?![./-]\d)",
    re.IGNORECASE,
)
"""A number, a "no", a few words and the number meant: "Er ist 45 – nein, er sagt gerade 44",
"in 2024, nee dat was 2025"."""


_WROTE_INSTEAD = re.compile(
    r"(?:\b(?:sorry|pardon|désolée?|entschuldigung|excuseer)\b[\s,.:!]*)?"
    r"\b(?:i wrote|i typed|i put|j'ai (?:écrit|ecrit|mis|tapé)|ich (?:habe|hab) (?:\w+ )?"
    r"geschrieben|ich schrieb|ik (?:heb|schreef) (?:\w+ )?(?:geschreven|getypt)?)\s+"
    r"(?P<old>[^,.;]+?)(?:\s*[,;]\s*|\s+)(?:but\s+|mais\s+|aber\s+|maar\s+)?"
    r"(?:it'?s|it is|that'?s|should be|c'est|ce sera|es ist|richtig ist|het is|moet zijn)\s+"
    r"(?P<new>[^,.;]+)[.;]?",
    re.IGNORECASE,
)
"""A value said to be typed wrong, and the right one: "Sorry, I wrote 15 June, it's 15 July"."""


def _written_instead(text: str) -> str:
    """The text with the value said to be typed wrong replaced where it was first written."""
    found = _WROTE_INSTEAD.search(text)
    if found is None:
        return text
    before = text[: found.start()]
    at = before.lower().rfind(found["old"].strip().lower())
    if at < 0:
        return text
    old = found["old"].strip()
    return (before[:at] + found["new"].strip() + before[at + len(old) :]).rstrip() + text[
        found.end() :
    ]


def _the_number_meant(match: re.Match[str]) -> str:
    if len(match["old"]) != len(match["new"]):
        return match[0]  # "45, no he has 2 kids": not the same kind of number
    if lexicon().cues["not_restated"].search(fold(match["words"])):  # "30 no not 31"
        return match[0]
    return f"{match['new']} {match['unit']}" if match["unit"] else match["new"]


_SENTENCE_END = re.compile(rf"(?<=[^\d\s])\.\s|(?<=\b(?:19|20)\d\d)\.\s|{_DOTTED_DATE_END}")
"""A sentence's end: a full stop after a word, or after a year ("… 15 September 2026. Chef …")."""
_YEAR_ALONE = re.compile(
    r"\s*(?P<year>(?:19|20)\d{2})\b\s*(?:[,;(]?\s*(?:not|nicht|pas|niet|et non|und nicht|en niet)"
    r"\s+(?:19|20)\d{2}\b\)?)?[\s,;.!]*(?:$|sorry|pardon|entschuldigung|vertippt|my mistake)",
    re.IGNORECASE,
)
"""A correction that is a year alone: "2025, nicht 2024", "2023 not 2024"."""
_PARTICLE = re.compile(
    r"\b(?:from|of|in|de|du|des|d'|en|van|vanaf|in|vom|von|ab|im)\s*$", re.IGNORECASE
)


def _dates_start(fragment: str) -> int | None:
    """Where the corrected dates begin in a clause that also says what they are: "en 2024 de
    juin à" → at "juin"; ``None`` when the clause is the dates alone, or gives no month."""
    months = month_words()
    for word in re.finditer(r"[^\W\d_]+|(?<!\d)\d{1,2}(?!\d)", fragment):
        if word[0].isdigit() or fold(word[0]) in months:
            return word.start() if fragment[: word.start()].strip() else None
    return None


def _without_trailing_particle(kept: str) -> str:
    """ "Il était chez nous de " before "du 3 novembre…": the correction brings its own."""
    return _PARTICLE.sub("", kept)


def _with_the_year_kept(correction: str, replaced: str) -> str:
    """A correction that gives no year keeps the year of the value it corrects: "de novembre
    2025 à janvier, enfin du 3 novembre au 30 janvier" → "du 3 novembre 2025 au 30 janvier"."""
    year = _YEAR.search(replaced)
    first = _DATE_LIKE.search(correction)
    if year is None or first is None or _YEAR.search(correction):
        return correction
    return f"{correction[: first.end()]} {year[0]}{correction[first.end() :]}"


_NO_THEN_WORD = re.compile(r"\s(?:no|non|nee|neen|nein)\s+(?=([^\W\d_]{3,})\b)", re.IGNORECASE)


def _said_again(text: str) -> re.Match[str] | None:
    """Dictated, without a pause: "mit der anlage drei nein anlage sechs", "visa c no visa d":
    a "no" followed by a word said just before it corrects what came after that word."""
    for match in _NO_THEN_WORD.finditer(text):
        before = text[: match.start()].lower().split()[-3:]
        if match[1].lower() in before:
            return match
    return None


def _a_day_inside(fragment: str, correction: str) -> str | None:
    """The clause with its date's day changed, when the correction gives a day alone and the
    clause goes on after its date ("am 28. März eingereist" corrected by "am 29.")."""
    if not _BARE_DAY.fullmatch(correction.strip()):
        return None
    dated = [m for m in _DAY_THEN_MONTH.finditer(fragment) if fold(m["month"]) in month_words()]
    if len(dated) != 1:
        return None  # "du 1er mai au 30 juin chez nous, pardon, le 2": which day? asked
    day = _NUMBER.search(correction)
    if not dated or day is None:
        return None
    last = dated[-1]
    return f"{fragment[: last.start('day')]}{day[0]}{fragment[last.end('day') :]}"


_DAY_THEN_MONTH = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|e|de|\.)?\s+(?P<month>[^\W\d_]{3,})"
)


def _with_the_month_kept(correction: str, value: re.Match[str]) -> str:
    """A correction that gives the day alone keeps the month of the value it corrects:
    "3de april, nee de 5de" → "de 5de april"; "op 2/11... nee, de 3de" → "3/11". One that gives
    the month alone keeps the day: "till 27th August - sorry, SEPTEMBER" → "27 SEPTEMBER"."""
    if (
        value["month"]
        and fold(value["month"]) in month_words()  # not "il y a 3 semaines, pardon, mars"
        and fold(correction.strip(" .")) in month_words()
    ):
        day = _NUMBER.search(value[0])
        # a day every month has (not "30 June, sorry, July": the 30th, or the last? asked)
        return f"{day[0]} {correction.strip()}" if day and int(day[0]) <= 28 else correction
    if not _BARE_DAY.fullmatch(correction.strip()):
        return correction
    if value["month"]:
        return f"{correction.rstrip()} {value['month']}"
    numeric = _NUMERIC_DAY_MONTH.search(value[0])
    day = _NUMBER.search(correction)
    if numeric is None or day is None:
        return correction
    return f"{day[0]}{numeric[2]}{numeric[3]}"


_CLAUSE_END = re.compile(r",|;|\s[–—-]\s|(?<=[^\d\s])\.\s")
_RANGE_GOES_ON = re.compile(rf"^\s*(?:{_RANGE_WORDS})\b", re.IGNORECASE)
"""A clause that carries the period on ("..., tot 3 juli") is never dropped."""
_NUMBER = re.compile(r"\d+")


def _without_the_old_value_again(after: str, correction: str, replaced: str) -> str:
    """What follows a correction, without the clauses that only say why the old value was
    wrong: "am 4., der 3. war ja ein Sonntag", "the 16th of June. 14th was the old booking",
    "de 3de, want op 2 november is ons gemeentehuis dicht"."""
    old = set(_NUMBER.findall(replaced))
    if not old or old & set(_NUMBER.findall(correction)):
        return after
    head, rest = after[: len(correction)], after[len(correction) :]
    pieces = _CLAUSE_END.split(rest)
    kept = [
        p
        for p in pieces
        if _RANGE_GOES_ON.match(p)
        or len(_DATE_LIKE.findall(p)) >= 2  # the whole period said again
        or not (set(_NUMBER.findall(p)) & old)
    ]
    if len(kept) == len(pieces):
        return after
    return (head + ", " + ", ".join(p.strip() for p in kept if p.strip())).rstrip(", ")


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})((?:\2\d{2,4})?)\b")


def day_first(text: str) -> str:
    """Dates as the reader takes them, day first. A person who says they write month first
    ("US format: 5/4/2026 through 7/31/2026", "DOB 07/04/1990 (US date)"), or whose English
    dates can only be read month first ("4/1 - 6/30"), has each numeric date turned round;
    otherwise "5/4" stays the 5th of April."""
    if says_month_first(text):
        return _NUMERIC_DATE.sub(lambda m: f"{m[3]}{m[2]}{m[1]}{m[4]}", text)
    if _written_month_first(text):  # only the slashed dates: "15.3.2026" stays day first
        return _NUMERIC_DATE.sub(
            lambda m: f"{m[3]}{m[2]}{m[1]}{m[4]}" if m[2] == "/" else m[0], text
        )
    return text


def _written_month_first(text: str) -> bool:
    """Whether an English answer's numeric dates can only be month first ("4/1 - 6/30",
    "4/15/26"): one has a day past 12 in second place, none has one in first place."""
    from .lexicon import LANGUAGE

    if LANGUAGE.get() != "en":
        return False
    pairs = [(int(m[1]), int(m[3])) for m in _NUMERIC_DATE.finditer(text) if m[2] == "/"]
    return any(b > 12 >= a for a, b in pairs) and not any(a > 12 for a, _ in pairs)
