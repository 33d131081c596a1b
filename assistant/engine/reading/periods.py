"""Every period an answer mentions, where it is, and the year it belongs to.

One pass finds the periods of a text (two dates joined by a range word, "1/4/2026-15/6/2026",
a month range "June to August", a start and a duration "for 4 months from 1 May"), the dates
that stand alone, and the bare years ("in 2023", "2024:", "last year", "the year before
last"). A bare year belongs to the period after it in its sentence ("in 2023, from 1 June to
30 September"), else to the one before it; several years before one period repeat it ("2023 and
2024, both times 1 June to 31 August"). Whatever is not placed is returned, never dropped: the
reader asks about it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from rules.models import Period

from ..parsing.dates import (
    NUMBER_LABELS,
    DateError,
    DateMention,
    Direction,
    cut_short,
    find_dates,
    month_words,
    resolve,
)
from ..parsing.periods import pair
from ..parsing.text import fold, fold_clauses
from .lexicon import LANGUAGE, _lexicon, lexicon
from .relative import WEEKDAY_NAMES, rewrite

_RANGE_WORDS = (
    r"-|–|—|to|till|til|until|through|thru|up to|au|a|jusqu au|jusqu a|jusquau|jusqua|jusque|"
    r"jusqu|tot en met|tot|t/m|tm|tem|t e m|t\.e\.m\.?|bis|bis zum|bis zur|bis ende|et|en|und|and"
)


@cache
def _between() -> re.Pattern[str]:
    """What may stand between the two ends of a range: a range word, an article, a weekday
    ("Mon 2 June 2025 to Fri 29 Aug 2025")."""
    days = "|".join(sorted(map(re.escape, _lexicon(None).weekdays), key=len, reverse=True))
    return re.compile(
        rf"^[\s,.:;()]*(?:\S+\s+){{0,4}}?(?:{_RANGE_WORDS})[\s.]*"
        rf"(?:le|the|de|den|dem|zum|het)?\s*(?:(?:{days})\b\.?,?\s*)?"
        r"(?:[a-z]+\s*\(\s*)?$"  # "tot de kerst (24 december)"
    )


_DAY_ENDING = re.compile(
    rf"\s*(?:{_RANGE_WORDS})\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?![./\-]\d)\s*([^\W\d_]*)"
)
"""After a date written month first ("Dec 10"), a range to a day alone ("-24", "to 24")."""
_SHORT_BETWEEN = re.compile(rf"^\s*(?:{_RANGE_WORDS})\s*$")
_YEAR = re.compile(r"(?<![\d/.\-])((?:19|20)\d{2})(?![\d/.\-]\d)")
_SHORT_YEAR = re.compile(
    r"\b(?:en|in|im|annee|jaar|jahr|year)\s+(\d{2})"
    r"(?![\d/.\-]|\s*(?:e|er|de|ste|st|nd|rd|th|\.)\b)"
)
"""A year in two digits after "en", "in", "im": "il était chez nous en 23 et en 25"."""
_SENTENCE = re.compile(
    r"(?<!\d)[.;!?\n]+(?!\d)|(?<=\d{4})[.;!?]+(?=\s+[^\W\d])"  # "... since 2022. A farmer"
    r"|\s(?:but|mais|maar|aber|and then|et puis|daarna|dann)\s"
    r"|(?<!\d)\s/\s"  # chat lines run together: "44 jaar / nu nog in Lviv / …"
)


@dataclass
class PeriodMention:
    start: int
    end: int
    first: DateMention
    last: DateMention | None = None
    duration: tuple[int, str] | None = None
    """``(n, unit)`` for "for 4 months from 1 May" (unit: day, week, month)."""
    whole_months: tuple[int, int] | None = None
    """``(first month, last month)`` for "June to August"."""
    years: list[int] = field(default_factory=list)
    """Bare years bound to it (several: the same period in each of those years)."""
    every_year_from: int | None = None
    """The first year of a season said for "every year since 2022": ``years`` runs from it to
    this year, and the seasons still to come are not earlier stays."""
    first_month_hint: int | None = None
    """For a first day written without its month ("from the 15th of this month to the end of
    next month"): the month the words around it give."""


@dataclass
class Found:
    text: str
    """The folded text, relative dates written out: offsets refer to it."""
    periods: list[PeriodMention]
    singles: list[DateMention]
    years: list[tuple[int, int]]
    """Bare years left unbound: (offset, year)."""
    bare_days: list[DateMention] = field(default_factory=list)
    """Days written without a month and outside any range ("on the 16th", "le 3", "am 3."):
    the month is asked or inferred by the reader, never dropped."""
    alternatives: bool = False
    """Two dates given as alternatives ("the 3rd or the 4th", "31/7 of 1/8"): ask which."""
    month_unsure: str | None = None
    """A first day written without its month after a date in another month ("lands on 1 April,
    works from the 2nd until 30 June": 2 April or 2 June?): its text, to ask which month."""


@cache
def full_month_names() -> frozenset[str]:
    """Month names written in full: a dot after one ends a sentence ("31 mai."), a dot after
    an abbreviation does not ("1 sept.")."""
    from babel import Locale

    from ..parsing.text import fold

    return frozenset(
        fold(name)
        for locale in ("fr_BE", "nl_BE", "de_BE", "en_GB")
        for context in ("format", "stand-alone")
        for name in Locale.parse(locale).months[context]["wide"].values()
    )


_PHONE = re.compile(r"(?:\+\d{2,3}|(?<![\d./-])0\d{2,3})(?:[\s./-]{0,2}\d{2,5}){3,4}(?![\d./-]*\d)")
"""A phone number ("0486/12.34.56", "087/55 12 34", "+32 470 12 34 56"): no date in it."""


def prepare(text: str, today: date) -> str:
    """The text folded, numbers written in words as digits ("vom ersten Mai bis zum
    dreißigsten September"), relative dates written out, phone numbers blanked."""
    text = _PHONE.sub(lambda m: " " * len(m[0]), text)
    if "." in text:
        text = _dotted_date_then_sentence().sub(r"\1 ; ", text)  # before the capitals go
    folded = _DAY_OF_MONTH.sub(r"\1 ", fold_clauses(numbers_as_digits(text)))
    return _year_said_again(rewrite(folded, today))


@cache
def _dotted_date_then_sentence() -> re.Pattern[str]:
    """A dotted date's closing dot before a capitalised sentence opener (the vocabulary's
    ``sentence_opener`` cues): "bis 27.11. Den Antrag hat sie abgegeben" (once folded, "den"
    no longer says so; "am 1.4. anfangen" goes on)."""
    cues = _lexicon(None).cues
    openers = "|".join(w.capitalize() for w in cues["sentence_opener"].phrases)
    places = "|".join(w.capitalize() for w in cues["not_an_opener_before"].phrases) or "(?!)"
    if not openers:
        return re.compile("(?!)")
    return re.compile(rf"(\b\d{{1,2}}\.\d{{1,2}}\.)\s+(?=(?:{openers})\b(?!\s+(?:{places})\b))")


_DAY_OF_MONTH = re.compile(
    r"\b(\d{1,2})(?:eme|e|er|de|ste|st|nd|rd|th|\.)?\s+(?:jour|day|dag|tag)\s+(?:de|d|of|van|im|des)\s+"
)
"""The day of a month said as the day of it: "le 3ème jour de mai", "the 3rd day of May"."""


def _year_said_again(folded: str) -> str:
    """ "…tot augustus 31, 2025 ook zelfde": the year after the comma opens "the same again",
    it is no part of the date before it."""
    for match in re.finditer(r",(\s*)((?:19|20)\d\d)\b", folded):
        if _the_same_after(folded[match.end() :]) or _a_period_after(folded[match.end() :]):
            folded = f"{folded[: match.start()]};{match[1]}{match[2]}{folded[match.end() :]}"
    return _years_as_labels(folded)


def _a_period_after(rest: str) -> bool:
    """Whether the words after a year open a period of their own ("…tot 31 oktober, 2024 van 2
    september tot 25 oktober"): the year heads it, it is no part of the date before."""
    words = rest.split()[:2]
    return (
        len(words) == 2
        and words[0].strip(":") in lexicon().cues["since"].phrases
        and words[1][:1].isdigit()
    )


_YEAR_LABEL = re.compile(r"(?:^|(?<=[\s.;,(]))((?:19|20)\d\d)\s*:(?!\d)")


def _years_as_labels(folded: str) -> str:
    """ "2025: 5 mei - 26 sept. 2026: 4 mei - 25 sept.": when the text opens a line with a year
    and a colon, each year before a colon heads the dates after it, and is no part of the date
    before it (a clause mark goes in the space before it)."""
    labels = list(_YEAR_LABEL.finditer(folded))
    if not labels or folded[: labels[0].start()].strip(" \n-*"):
        return folded
    for label in labels[1:]:
        space = label.start() - 1
        if space > 0 and folded[space] == " ":
            folded = f"{folded[:space]};{folded[space + 1 :]}"
    return folded


def _the_same_after(rest: str) -> bool:
    """Whether the words after a year say "the same (period)" and nothing more: "2025 ook
    zelfde", "2025 zelfde periode." (not "2025 same farm from 2 June")."""
    rest = rest.lstrip()
    also = lexicon().cues["also"].pattern.match(rest)  # "2025 ook zelfde"
    rest = rest[also.end() :].lstrip() if also else rest
    same = lexicon().cues["same_again"].pattern.match(rest)
    return same is not None and re.match(r"\s*(?:[,.;:!?)\n]|$)", rest[same.end() :]) is not None


_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH = re.compile(
    rf"\b(\d{{1,2}})\s?([./-])\s?({'|'.join(sorted(_ROMANS, key=len, reverse=True))})\s?\2"
    r"\s?(\d{2,4})\b",
    re.IGNORECASE,
)
"""A month in Roman numerals, as on old passports and forms ("15.V.1990", "1-IV-2026")."""


_SPOKEN_DATE = re.compile(r"(?<![\d/.\-:])(\d{1,2}) (\d{1,2}) ((?:19|20)\d\d)(?![\d/.\-:])")
"""A date dictated without its separators: "1 5 2026", "du 1 5 2026 au 29 7 2026"."""


def _spoken_date(match: re.Match[str]) -> str:
    day, month = int(match[1]), int(match[2])
    return f"{day}/{month}/{match[3]}" if 1 <= day <= 31 and 1 <= month <= 12 else match[0]


def dates_as_typed(text: str) -> str:
    """ "15.V.1990" as "15.5.1990", and dictated separators as typed ("1 Punkt 8 Punkt 2026",
    "3 slash 5 slash 2026"), before anything else reads the answer."""
    text = _DICTATED_DOT.sub(".", text)
    text = _DICTATED_SLASH.sub("/", text)
    text = _SPOKEN_DATE.sub(_spoken_date, text)
    return _ROMAN_MONTH.sub(
        lambda m: f"{m[1]}{m[2]}{_ROMANS.index(m[3].lower()) + 1}{m[2]}{m[4]}", text
    )


_DICTATED_DOT = re.compile(r"(?<=\d)\s+(?:punkt|point|punt|dot)\s+(?=\d)", re.IGNORECASE)
_DICTATED_SLASH = re.compile(
    r"(?<=\d)\s+(?:slash|schrägstrich|schraegstrich|barre oblique|schuine streep)\s+(?=\d)",
    re.IGNORECASE,
)


@cache
def _first_day_pattern(lang: str | None) -> re.Pattern[str]:
    """ "the first of May", "am ersten Juni": the first day's words, as the 1."""
    lex = lexicon()
    units = "|".join(
        sorted(map(re.escape, [*lex.units, *lex.cues["first_of_something"].phrases]), key=len)[::-1]
    )
    return re.compile(
        # "thirty-first" / "twenty first" are read whole by text2num, not as "first";
        # "am ersten Tag", "the first week", "my first time" count, they are not the 1st
        r"(?<!-)(?<!twenty )(?<!thirty )\b("
        + "|".join(map(re.escape, sorted(lex.first_day, key=len, reverse=True)))
        + rf")\b(?!\s+(?:{units})\b)",
        re.IGNORECASE,
    )


def _said_as_a_day(text: str, match: re.Match[str]) -> bool:
    """Whether "first" / "premier" / "ersten" names a day: after an article or a preposition
    of time ("the first of May", "am ersten"), or before a month ("premier mai"); not "first I
    need the visa", "premier voyage"."""
    before = fold(text[: match.start()]).split()[-1:]
    after = [w.strip(".,") for w in fold(text[match.end() :]).split()[:4]]
    months = month_words()
    return (
        bool(before)
        and before[0] in lexicon().cues["before_a_day"].phrases
        or bool(after)
        and (after[0] in months or after[0] in ("of", "du", "de", "van", "des"))
        or any(word in months for word in after[1:])  # "first working day of September"
    )


def numbers_as_digits(text: str) -> str:
    lang = LANGUAGE.get()
    if lang is None or not re.search(r"[^\W\d_]{3}", text):
        return text
    text = _SEPT.sub(r"\1 septembre", text)  # "1 sept." is September, not seven
    if lang == "nl":
        text = _FLEMISH_ORDINAL.sub(r"\1", text)  # "den twintigsten" is "den twintigste"
    words = lexicon().first_day
    text = (
        _first_day_pattern(lang).sub(
            lambda m: (
                words[m[1].lower()] if m[1].lower() in words and _said_as_a_day(text, m) else m[0]
            ),
            text,
        )
        if words
        else text
    )
    text = _day_one_before_month(text, lang)
    text = years_in_words(text, lang)
    try:
        from text_to_num import alpha2digit

        text = alpha2digit(text, lang, threshold=2)  # "een", "un", "ein" stay words
    except Exception:  # noqa: BLE001 - a reading aid only: the text is read as typed
        return text
    if lang == "de":  # "fünfzehnter vierter" (15. 4.) is the 15th of April, as "15.4."
        text = _ORDINAL_DAY_MONTH.sub(r"\1.\2.", text)
    return text


_ORDINAL_DAY_MONTH = re.compile(r"(?<![\d.])([12]?\d|3[01])\.\s([1-9]|1[0-2])\.(?![\d.])")


def years_in_words(text: str, lang: str) -> str:
    """Years said as two numbers, as people say them aloud: "twenty twenty three" is 2023,
    "nineteen ninety five" 1995, "negentien vijfennegentig", "zwanzig dreiundzwanzig" (not
    "20 23", a year 2020 and a 23). "two thousand twenty-three", "deux mille vingt-trois",
    "tweeduizend drieëntwintig", "zweitausenddreiundzwanzig" are read whole by text2num."""
    pattern = _year_pattern(lang)
    if pattern is None or not pattern.search(text):
        return text
    from text_to_num import alpha2digit

    def as_number(words: str) -> int | None:
        digits = alpha2digit(words, lang)
        return int(digits) if re.fullmatch(r"\d{2}", digits) else None

    def year(match: re.Match[str]) -> str:
        century = as_number(match["century"])
        rest = re.split(r"([\s-]+)", match["rest"])
        for words in ("".join(rest), rest[0]):  # "ninety five", else "ten" alone
            number = as_number(words)
            if century in (19, 20) and number is not None and number >= 10:
                return f"{century}{number}{match['rest'][len(words) :]}"
        return match[0]

    return pattern.sub(year, text)


@cache
def _year_pattern(lang: str | None) -> re.Pattern[str] | None:
    centuries = _lexicon(lang).date_words.get("centuries")
    if centuries is None or not centuries.phrases:
        return None
    alternatives = "|".join(
        sorted(map(_accents_optional, centuries.phrases), key=len, reverse=True)
    )
    return re.compile(
        rf"(?<![\w-])(?P<century>{alternatives})[\s-]+(?P<rest>[^\W\d_]+(?:[\s-][^\W\d_]+)?)",
        re.IGNORECASE,
    )


def _day_one_before_month(text: str, lang: str) -> str:
    """ "van een juli tot dertig september": "een" before a month is its first day."""
    pattern = _day_one_pattern(lang)
    return pattern.sub("1 ", text) if pattern is not None else text


@cache
def _day_one_pattern(lang: str | None) -> re.Pattern[str] | None:
    ones = _lexicon(lang).date_words.get("day_one")
    if ones is None or not ones.phrases:
        return None
    months = "|".join(sorted(map(re.escape, full_month_names()), key=len, reverse=True))
    alternatives = "|".join(sorted(map(_accents_optional, ones.phrases), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\s+(?=(?:{months})\b)", re.IGNORECASE)


_ACCENTED = {"a": "aàáâä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôö", "u": "uúùûü"}


def _accents_optional(folded: str) -> str:
    """A folded word as a pattern for the text as typed: "een" finds "één" too."""
    return "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in folded)


_FLEMISH_ORDINAL = re.compile(r"\b(den\s+[a-z]+(?:ste|de))n\b", re.IGNORECASE)
_SEPT = re.compile(r"(\d{1,2}\s*(?:er)?)\s*sept\b\.?", re.IGNORECASE)


def sentence_spans(folded: str) -> list[tuple[int, int]]:
    """Where each sentence of a folded answer starts and ends (cut at sentence marks and at
    "but", "and then": the words that open a new statement)."""
    ends = list(_sentence_ends(folded, LANGUAGE.get() == "de"))
    return list(zip([0, *ends], [*ends, len(folded)], strict=True))


def _sentence_of(folded: str, offset: int) -> int:
    return sum(1 for end in _sentence_ends(folded, LANGUAGE.get() == "de") if end <= offset)


_DAY_DOT = re.compile(r"(?<=\d)\.(?=\s+([^\W\d]+))")
"""A full stop after a day: "until Aug 15. Last year…", "24.07. je veux revenir" (not the
German "15. Juli", "1. bis")."""
_DOTTED_DATE_END = re.compile(r"\.\d{1,2}\.$")
"""The dot that closes a German date: "am 1.4. anfangen"."""


def _an_abbreviated_month(before: str) -> bool:
    """Whether the text ends with a month cut short ("17. jan.", "1 sept."): its dot is no
    full stop."""
    return cut_short(before.rsplit(None, 1)[-1]) if before.strip() else False


@lru_cache(maxsize=256)
def _sentence_ends(folded: str, german: bool) -> tuple[int, ...]:
    months = month_words()
    ends = {
        m.end()
        for m in _SENTENCE.finditer(folded)
        if not (m[0] == "." and _an_abbreviated_month(folded[: m.start()]))
    }
    ends |= {
        m.end()
        for m in _DAY_DOT.finditer(folded)
        if m[1] not in months
        and not re.fullmatch(_RANGE_WORDS, m[1])
        and not (german and _DOTTED_DATE_END.search(folded[max(0, m.start() - 4) : m.end()]))
    }
    # "… until 22.11.2024. 2025 no, I was in Kosovo": a whole date's closing dot ends its
    # sentence (not "ik was 2022 en 2024. twee keer 1 maart tot 30 juni": the years of the next)
    ends |= {m.end(1) for m in _YEAR_DOT.finditer(folded)}
    return tuple(sorted(ends))


_YEAR_DOT = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(\.)(?=\s)")


def _a_length_asked(folded: str, match: re.Match[str]) -> bool:
    """Whether a length is said in a question with no day of its own ("das müssten genau 90
    Tage sein, oder?", "is that 90 days?"): a count checked, not a length given."""
    before = folded[: match.start()]
    start = max((m.end() for m in re.finditer(r"[.!?]\s|\n|\s[-–]\s", before)), default=0)
    end = re.search(r"[.!?\n]", folded[match.end() :])
    if end is None or end[0] != "?":
        return False
    sentence = folded[start : match.start()] + folded[match.end() : match.end() + end.start()]
    months = month_words()
    named_day = re.search(r"\d", sentence) or any(w.strip(",") in months for w in sentence.split())
    return not named_day


def _durations(folded: str) -> list[tuple[int, int, int, str]]:
    lex = lexicon()
    numbers = "|".join(sorted(map(re.escape, lex.numbers), key=len, reverse=True))
    units = "|".join(sorted(map(re.escape, lex.units), key=len, reverse=True))
    pattern = re.compile(rf"\b(?P<n>\d{{1,3}}|{numbers})\s+(?P<unit>{units})\b")
    found = []
    for match in pattern.finditer(folded):
        raw = match["n"]
        n = int(raw) if raw.isdigit() else lex.numbers[raw]
        unit = lex.units[match["unit"]]
        before = " ".join(folded[: match.start()].split()[-3:])
        if lex.cues["more_than"].search(before) or lex.cues["approximate"].search(before):
            continue  # "plus de 3 mois au total", "pour environ 5 mois": no length of time
        if lex.cues["in_total"].search(before):
            continue  # "(ça fait 89 jours en tout)": the sum of a period said, no new one
        if any(word in lex.cues["in_time"].phrases for word in before.split()[-2:]):
            continue  # "in genau 6 Wochen gehts los, Montag 17.8.": a time from now, no length
        if _a_length_asked(folded, match):
            continue  # "das müssten genau 90 Tage sein, oder?": a count checked, no new length
        following = folded[match.end() :].split()[:1]
        counted = lex.cues["counted_before"].phrases | lex.cues["counted_after"].phrases
        if following and following[0].strip(",.") in counted and unit in ("day", "week"):
            continue  # "27th Feb, two days before joining": a day counted from another
        if unit in ("day", "week", "month", "fortnight"):
            found.append((match.start(), match.end(), n, unit))
    return found


def _bare_years(folded: str, taken: list[tuple[int, int]], today: date) -> list[tuple[int, int]]:
    years = []
    for match in _YEAR.finditer(folded):
        if any(s <= match.start() < e for s, e in taken):
            continue
        sentence_end = match.end() + len(
            re.split(r"[.;!?\n]", folded[match.end() :], maxsplit=1)[0]
        )
        if _year_denied(folded, match.end()) and not any(
            match.end() <= s < sentence_end for s, _ in taken
        ):
            # "2024 ja, 3 juni tot 16 augustus. 2025 niet gekomen"; "2025 nicht. Und Besuch Wien
            # 14.2.2026 bis 1.3.2026": the dates of another sentence are not that year's
            continue
        before = folded[: match.start()].split()[-2:]
        cues = lexicon().cues
        if (
            before[-1:]
            and before[-1] in cues["year_skipped"].phrases
            or (
                # "Nothing in 2025", "niets in 2025", "rien en 2025"
                len(before) == 2
                and before[1] in ("in", "en", "im")
                and before[0] in cues["nothing_in"].phrases
            )
        ):
            continue  # "… and 2024 (8/4-26/7), skipped 2025": no stay that year
        years.append((match.start(), int(match[1])))
    for match in _SHORT_YEAR.finditer(folded):
        year = 2000 + int(match[1])
        after = folded[match.end() :].split()[:1]
        if 2010 <= year <= today.year and not (after and after[0] in lexicon().units):
            if not any(s <= match.start(1) < e for s, e in taken):
                years.append((match.start(1), year))
    cues = lexicon().cues
    taken = list(taken)
    for match in cues["last_two_years"].find(folded):  # "last year and the year before"
        if not any(s <= match.start() < e for s, e in taken):
            years += [(match.start(), -(today.year - 2)), (match.start() + 1, -(today.year - 1))]
            taken.append((match.start(), match.end()))
    said: list[tuple[int, int, int]] = []
    for name, shift in (
        ("year_before_last", 2),
        ("last_year", 1),
        ("this_year", 0),
        ("next_year", -1),
    ):
        if name in cues:
            for match in cues[name].find(folded):
                after = folded[match.end() :].split()[:2]
                if any(word.strip(".,") in cues["negation"].phrases for word in after):
                    continue  # "et l'année passée non": no stay that year
                compared = folded[: match.start()].split()[-1:]
                if compared and compared[0] in cues["like"].phrases and name == "last_year":
                    continue  # "du 1er octobre au 30 novembre comme l'année passée": this year's
                if _compared_with(folded[: match.start()]) and not folded[
                    match.end() :
                ].lstrip().startswith("("):
                    # "pour une saison plus longue que l'an dernier, du 7 avril …" (not "shorter
                    # than last year (1 May to 30 September)": last year's, in brackets)
                    continue
                if not any(s <= match.start() < e for s, e in taken):
                    said.append((match.start(), match.end(), today.year - shift))
    for match in cues["year_before_that"].find(folded):  # "this year … and the year before"
        if any(s <= match.start() < e for s, e in taken):
            continue
        earlier = [y for s, _, y in said if s < match.start()] + [
            y for offset, y in years if offset < match.start()
        ]
        said.append((match.start(), match.end(), (earlier[-1] if earlier else today.year) - 1))
    said.sort()
    # "the year before" inside "the year before last" is the same mention: the longer one
    for start, end, year in said:
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in said):
            years.append((start, -year))  # negative: said in words
    years.sort()
    return years


def _compared_with(before: str) -> bool:
    """Whether a year is named as what is compared with ("plus longue que", "longer than"):
    the dates said with it are not that year's."""
    cues = lexicon().cues
    words = before.split()[-4:]
    return (
        bool(words)
        and words[-1] in cues["than"].phrases
        and any(word in cues["comparative"].phrases for word in words[:-1])
    )


def says_this_time(words: str) -> bool:
    """Whether the words say "this time" ("diesmal vom 1. April"), not "like this time"
    ("genau wie diesmal geplant", "net als deze keer")."""
    cues = lexicon().cues
    return any(
        not cues["like"].search(" ".join(words[: m.start()].split()[-2:]))
        for m in cues["this_time"].find(words)
    )


def _said_as_more(folded: str, start: int, end: int) -> bool:
    """Whether a duration is said as more of something ("nog 3 weken", "encore 3 semaines",
    "3 weeks more", "drei Wochen länger"): days added after another, never a period from a day
    said beside it."""
    cues = lexicon().cues
    before = folded[:start].split()[-1:]
    return (
        bool(before)
        and before[0] in cues["yet"].phrases
        or bool(cues["longer"].pattern.match(folded[end:].lstrip(" ,")))
    )


def _more_of_it_until(folded: str, start: int, end: int) -> bool:
    """ "nog 1 week tot 5 maart", "eine Woche länger, bis zum 27.02.": a duration said as more
    of the stay, then "until" a day: the count of the days the wish adds, not a period of its
    own from that day."""
    cues = lexicon().cues
    before = folded[:start].split()[-1:]
    rest = folded[end:].lstrip(" ,")
    longer = cues["longer"].pattern.match(rest)  # "eine Woche länger, bis zum 27.02."
    if longer is not None:
        rest = rest[longer.end() :].lstrip(" ,")
    said_as_more = longer is not None or (bool(before) and before[0] in cues["yet"].phrases)
    return said_as_more and cues["until"].pattern.match(rest) is not None


def _year_denied(folded: str, end: int) -> bool:
    """Whether the short clause after a year denies a stay in it: "2025 niet gekomen", "2023:
    no" (not "2025 no changes"). Only a year after every date counts so ("in 2025 not here but
    in France from 1 to 10 May" is the visit's year)."""
    cues = lexicon().cues
    clause = re.split(r"[.,;!?\n]", folded[end:], maxsplit=1)[0]
    contrast = cues["contrast"].search(clause)  # "en 2023 mais en belgique rien"
    said = clause[: contrast.start() if contrast else len(clause)].strip(" :")
    words = said.split()
    # a coming denied, or a bare "no" (not "2025 no changes": the same again)
    return 0 < len(words) <= 6 and (
        cues["not_came"].search(said) is not None
        or all(word in cues["negation"].phrases for word in words)
    )


def _month_ranges(folded: str, taken: list[tuple[int, int]]) -> list[PeriodMention]:
    from ..parsing.periods import _month_range

    found = []
    table = month_words()
    for match in _month_range().finditer(folded):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        y1 = int(match["y1"]) if match["y1"] else None
        y2 = int(match["y2"]) if match["y2"] else None
        end = match.end()
        if y2 is not None and _a_full_stop_before_the_year(folded, match):
            y2, end = None, match.end("m2")  # "von April bis Oktober. 2024 war ich schon …"
        m1, m2 = table[match["m1"]], table[match["m2"]]
        text = folded[match.start() : end]
        first = DateMention(match.start(), end, 1, m1, y1, text)
        last = DateMention(match.start(), end, 0, m2, y2, text)
        found.append(PeriodMention(match.start(), end, first, last, whole_months=(m1, m2)))
    return found


def _days_of_the_months(folded: str, months: PeriodMention, dated: PeriodMention) -> bool:
    """Whether a period of days in the same sentence falls in the months said ("Im Jänner und
    Februar war ich … auf Besuch, 5.1. bis 20.2.", "last November-December he visited his son
    (10.11 - 05.12.2025)"): one stay said twice, the days are it."""
    if months.whole_months is None or dated.whole_months is not None:
        return False
    if _sentence_of(folded, months.start) != _sentence_of(folded, dated.start):
        return False
    between = folded[min(months.end, dated.end) : max(months.start, dated.start)]
    lex = lexicon()
    if (
        re.search(r"\b(?:19|20)\d\d\b", between)
        or any(lex.date_words[name].search(between) for name in ("last", "next"))
        or any(lex.units.get(word) == "year" for word in between.split())  # "vorig jaar"
    ):
        return False  # "en 2023 de juin à septembre, et en 2025 du 2/6 au 29/9": two stays
    first, last = months.whole_months
    ending = dated.last if dated.last is not None else dated.first
    # the same months, end to end (not "April-July, with us only from 1.6 to 31.7")
    return (dated.first.month, ending.month) == (first, last)


def _a_full_stop_before_the_year(folded: str, match: re.Match[str]) -> bool:
    """Whether a full stop stands between a month written in full and the year after it:
    the year opens the next sentence."""
    between = folded[match.end("m2") : match.start("y2")]
    return "." in between and not cut_short(match["m2"])


def find(text: str, today: date) -> Found:
    folded = prepare(text, today)
    mentions = [_with_weekday(folded, m) for m in find_dates(folded, today)]
    periods: list[PeriodMention] = []
    singles: list[DateMention] = []
    month_unsure = None
    i = 0
    while i < len(mentions):
        first = mentions[i]
        if i + 1 < len(mentions):
            last = mentions[i + 1]
            between = folded[first.end : last.start]
            short = first.month is None or _SHORT_BETWEEN.match(between)
            sentence_end = (
                first.text.endswith(".")
                and first.text.rstrip(".").split()[-1:]
                and (first.text.rstrip(".").split()[-1] in full_month_names())
            ) or (
                # "annex 3 valid until 2/10/2026. Until 20/11 wanted": a year closes a sentence
                re.search(r"\d{4}$", first.text) is not None and between.lstrip().startswith(".")
            )  # "bis 31. Mai. Der Bauer will mich bis 20. Juni": two sentences
            clause_break = (
                sentence_end
                or re.search(r"[,;.]\s*\S+\s+\S+", between)
                or re.search(
                    r"\b(?:but|mais|maar|aber|would|voudrait|wil|mochte|wants|veut|want)\b", between
                )
            )
            if short or (len(between) <= 40 and _between().match(between) and not clause_break):
                period = PeriodMention(first.start, last.end, first, last)
                if first.month is None:
                    spans = [(m.start, m.end) for m in mentions]
                    period.first_month_hint = _month_context(
                        folded, first.start, today, spans, cues_only=True
                    )
                    if (
                        period.first_month_hint is None
                        and _ORDINAL_DAY.fullmatch(first.text.split()[0])
                        and _after_another_month(
                            folded, mentions[i - 1] if i else None, first, last
                        )
                    ):
                        month_unsure = first.text.split()[0]
                periods.append(period)
                i += 2
                continue
        if first.month is not None:
            ending = _DAY_ENDING.match(folded, first.end)
            months = month_words()
            if (
                ending is not None
                and first.text.split()[0].rstrip(".") in months
                and ending[2] not in months  # "Dec 10 - 24 Jan" is two dates
            ):
                # "Dec 10-24 2025", "December 10 to 24": the last day in the first's month
                last = replace(first, start=ending.start(1), end=ending.end(1), day=int(ending[1]))
                periods.append(PeriodMention(first.start, ending.end(1), first, last))
                mentions[i] = replace(first, end=ending.end(1))
                i += 1
                continue
            singles.append(first)
        i += 1
    taken = [(m.start, m.end) for m in mentions]
    for start, end, n, unit in _durations(folded):
        if any(s < end and start < e for s, e in taken):
            continue
        if _more_of_it_until(folded, start, end) or _said_as_more(folded, start, end):
            # "ik wil nog 1 week tot 5 maart": the day is the end, the week a count; "loopt af
            # op 26 juni en we hebben hem nog 3 weken nodig": weeks after the day, no stay from it
            continue
        near = [
            s
            for s in singles
            if _sentence_of(folded, s.start) == _sentence_of(folded, start)
            and abs((s.start - end) if s.start >= end else (start - s.end)) <= 30
        ]
        if len(near) == 1:
            single = near[0]
            singles.remove(single)
            span = (min(start, single.start), max(end, single.end))
            periods.append(PeriodMention(*span, single, duration=(n, unit)))
            taken.append((start, end))
    month_periods = [
        months
        for months in _month_ranges(folded, taken)
        if not any(_days_of_the_months(folded, months, p) for p in periods)
    ]
    periods.extend(month_periods)
    taken.extend((p.start, p.end) for p in month_periods)
    bare = [d for d in _bare_days(folded) if not any(s <= d.start < e for s, e in taken)]
    periods.extend(_bare_day_ranges(folded, bare, today, taken))
    taken.extend((p.start, p.end) for p in periods if p.whole_months is None)
    bare = [d for d in bare if not any(s <= d.start < e for s, e in taken)]
    for first, day in _until_a_bare_day(folded, singles, bare):
        # "ab 1. Oktober bis zum 15.", "begin september tot de 15e": the first's month
        singles.remove(first)
        bare.remove(day)
        last = replace(day, month=first.month, year=first.year)
        periods.append(PeriodMention(first.start, day.end, first, last))
        taken.append((first.start, day.end))
    for day in list(bare):
        month = _month_context(folded, day.start, today, taken, before_only=True)
        if month is not None:
            bare.remove(day)  # "he came in feb, on the 16th": a whole date
            singles.append(replace(day, month=month))
    singles.sort(key=lambda m: m.start)
    periods.sort(key=lambda p: p.start)
    years = _bare_years(folded, taken, today)
    unbound = _bind_years(folded, periods, singles, years)
    for period in periods:
        period.years = sorted(set(period.years))
        if len(period.years) == 1 and _every_year_since(folded, period.years[0]):
            period.every_year_from = period.years[0]
            period.years = list(range(period.years[0], today.year + 1))
    return Found(
        folded,
        _distinct(_restated(periods)),
        singles,
        unbound,
        bare,
        _alternatives(folded, mentions, bare),
        month_unsure,
    )


def _until_a_bare_day(
    folded: str, singles: list[DateMention], bare: list[DateMention]
) -> list[tuple[DateMention, DateMention]]:
    """A whole date, then "until" and a day without a month, later in that month: a period."""
    until = lexicon().cues["until"]
    pairs: list[tuple[DateMention, DateMention]] = []
    for first in singles:
        if first.month is None:
            continue
        for day in bare:
            between = folded[first.end : day.start]
            if (
                0 < day.start - first.end <= 25
                and until.search(between) is not None
                and day.day > first.day
                and not any(day in pair for pair in pairs)
            ):
                pairs.append((first, day))
                break
    return pairs


_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
"""A day written "the 2nd": in "du 10 au 30 juin" the first day is the last one's month, in
"lands on 1 April, works from the 2nd until 30 June" it may be either."""


def _after_another_month(
    folded: str, before: DateMention | None, first: DateMention, last: DateMention
) -> bool:
    """A day with no month opening a range, said in the sentence of an earlier date of another
    month whose day comes before it: the range may run from that month or from the last's."""
    return (
        before is not None
        and before.month is not None
        and before.month != last.month
        and before.day < first.day
        and _sentence_of(folded, before.start) == _sentence_of(folded, first.start)
    )


_WEEKDAY_BEFORE = re.compile(rf"\b(?P<name>{'|'.join(WEEKDAY_NAMES)}) $")


def _with_weekday(folded: str, mention: DateMention) -> DateMention:
    """The mention with the weekday written before it, which its date must fall on."""
    if mention.month is None:
        return mention
    said = _WEEKDAY_BEFORE.search(folded[max(0, mention.start - 12) : mention.start])
    if said is None:
        return mention
    return replace(mention, weekday=WEEKDAY_NAMES.index(said["name"]))


_BARE_DAY = re.compile(
    # "am 3." is German for "on the 3rd"; "i am 24" is an age; "lundi 4" is read "monday 4"
    r"(?:\b(?:le|the|(?<!i )am|op|on|den|de|du|vom|van|from|dem|bis zum|jusqu au|"
    rf"{'|'.join(WEEKDAY_NAMES)})\s+)"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|e|de|ste|\.)?(?![\d/.\-]*\d)"
    r"|\b(?P<o>\d{1,2})(?:st|nd|rd|th|er|eme|de|ste)\b"
)
_BARE_RANGE = re.compile(
    rf"^(?:st|nd|rd|th|er|e|\.)?\s*(?:{_RANGE_WORDS})\s*(?:(?:le|the|het|den|dem|de)\s+)?$"
)
_OR = re.compile(
    r"\b(?:or|ou|oder|of|otherwise|else|sinon|sonst|ansonsten|andernfalls|anders|zo niet)\b"
)
"""Between two dates given as alternatives ("the 3rd or the 4th", "le 1er mai, sinon le 15")."""


_BARE_PAIR = re.compile(
    rf"(?<![\d/.\-])(?P<a>\d{{1,2}})(?:st|nd|rd|th|er|e|\.)?\s*(?:{_RANGE_WORDS})\s*(?:(?:le|the|den|dem)\s+)?"
    r"(?P<b>\d{1,2})(?:st|nd|rd|th|e|\.)?(?![\d/\-]*\d)(?!\.\d)"
)


def _bare_days(folded: str) -> list[DateMention]:
    days = []
    for match in _BARE_PAIR.finditer(folded):
        after = folded[match.end() :].split()[:1]
        if after and after[0] in lexicon().units:
            continue  # "3 to 5 weeks" is no day
        before = folded[: match.start()].split()[-1:]
        if after and after[0].strip(".,;:!?)") in month_words() and before:
            if before[0].strip(",.:;") in NUMBER_LABELS:
                continue  # "Anlage 3 bis 29. August": the annex's number, no first day
        # "1 - 15 June" is read as dates (its days are taken); "strawberries 1 to 30 June" is
        # not, and its first day stays a day to ask about, never dropped
        for group in ("a", "b"):
            day = int(match[group])
            if 1 <= day <= 31:
                days.append(
                    DateMention(match.start(group), match.end(group), day, None, None, match[group])
                )
    for match in _BARE_DAY.finditer(folded):
        if any(d.start <= match.start("d" if match["d"] else "o") < d.end for d in days):
            continue
        raw = match["d"] or match["o"]
        day = int(raw)
        if not 1 <= day <= 31:
            continue
        after = folded[match.end() :].split()[:1]
        if after and after[0].strip(".,") in month_words():
            continue  # "the 3rd of May" is a whole date
        if after and after[0].strip(".,;:!?") in lexicon().cues["occasion"]:
            continue  # "komt voor de tweede keer": the second time, no day
        start = match.start("d") if match["d"] else match.start("o")
        said_on = [w for w in folded[:start].split()[-2:] if w in WEEKDAY_NAMES]
        weekday = WEEKDAY_NAMES.index(said_on[-1]) if said_on else None  # "saturday the 11th"
        days.append(DateMention(start, match.end(), day, None, None, match[0].strip(), weekday))
    days.sort(key=lambda d: d.start)
    return days


def _month_context(
    folded: str,
    offset: int,
    today: date,
    taken: list[tuple[int, int]] | None = None,
    cues_only: bool = False,
    before_only: bool = False,
) -> int | None:
    """The month a bare day belongs to: a month named alone in its sentence ("in November,
    from the 3rd to the 24th"; the nearest one before the days), a month said alone as the
    sentence before ("Septembre. Du 1er jusqu'au 15."), or "last month" / "this month".
    ``before_only``: only a month named before the day in its sentence ("he came in feb, on
    the 16th")."""
    sentence = _sentence_of(folded, offset)
    table = month_words()
    named = [
        (m.start(), table[m[0]])
        for m in re.finditer(r"[a-z]+", folded)
        if m[0] in table
        and _sentence_of(folded, m.start()) == sentence
        and not any(s <= m.start() < e for s, e in taken or ())
    ]
    before = [month for start, month in named if start < offset]
    if before and not cues_only:
        return before[-1]
    if before_only:
        return None
    if len({month for _, month in named}) == 1 and not cues_only:
        return named[0][1]
    spans = sentence_spans(folded) if not named and not cues_only else []
    if 0 < sentence <= len(spans):
        start, end = spans[sentence - 1]
        heading = folded[start:end].strip(" .:;,").split()
        if len(heading) == 1 and heading[0] in table:
            return table[heading[0]]  # "Septembre. Du 1er jusqu'au 15.": the month said before
    cues = lexicon().cues
    for name, shift in (("last_month", -1), ("this_month", 0)):
        if name in cues and any(
            _sentence_of(folded, m.start()) == sentence for m in cues[name].find(folded)
        ):
            return (today.month - 1 + shift) % 12 + 1
    return None


def _bare_day_ranges(
    folded: str, bare: list[DateMention], today: date, taken: list[tuple[int, int]]
) -> list[PeriodMention]:
    ranges = []
    for first, last in zip(bare, bare[1:], strict=False):
        if _BARE_RANGE.match(folded[first.end : last.start]):
            month = _month_context(folded, first.start, today, taken)
            if month is None:
                continue
            ranges.append(
                PeriodMention(
                    first.start, last.end, replace(first, month=month), replace(last, month=month)
                )
            )
    return ranges


def _alternatives(folded: str, mentions: list[DateMention], bare: list[DateMention]) -> bool:
    dates = sorted([*mentions, *bare], key=lambda m: m.start)
    return any(
        _OR.search(folded[a.end : b.start]) and len(folded[a.end : b.start].split()) <= 3
        for a, b in zip(dates, dates[1:], strict=False)
    )


_NUMERIC_DAY = re.compile(r"(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2,4}))?")


_US_ORDER = re.compile(
    r"\b(?:us|u\.s\.|american|usa)[\s-]+(?:date|dates|format|style|order)\b|month[\s-]first|"
    r"\bmm/dd\b|month before (?:the )?day",
    re.IGNORECASE,
)
"""A person saying they write the month first ("US format", "mm/dd", "month first")."""


def says_month_first(text: str) -> bool:
    """Whether a person says they write the month first ("US format", "mm/dd")."""
    return _US_ORDER.search(text) is not None


def order_unsure(found: Found) -> str | None:
    """In English the day or the month may come first ("5/4" is 5 April in Belgium, May 4 in
    the United States). A period whose two ends read in order either way, with no other date
    in the answer settling the order (a "15/6" can only be day first), is asked about: the
    period's text, else None."""
    numeric = list(_NUMERIC_DAY.finditer(found.text))
    if says_month_first(found.text) or any(int(m[1]) > 12 or int(m[2]) > 12 for m in numeric):
        return None
    for period in found.periods:
        ends = (period.first, period.last)
        if period.last is None or not all(
            _NUMERIC_DAY.fullmatch(end.text.strip()) for end in ends if end is not None
        ):
            continue
        first, last = period.first, period.last
        if first.day == first.month and last.day == last.month:
            continue  # "4/4 - 7/7" reads the same either way
        year = first.year or last.year or 2000
        try:
            swapped = (
                date(first.year or year, first.day, first.month or 1),
                date(last.year or year, last.day, last.month or 1),
            )
        except ValueError:
            continue
        if swapped[0] < swapped[1]:
            return found.text[period.start : period.end]
    return None


def _restated(periods: list[PeriodMention]) -> list[PeriodMention]:
    """Months with their year, then the same months with their days: "en 2024 de juillet à
    septembre. Du 1er juillet au 30 septembre" is one stay, its days in that year."""
    kept: list[PeriodMention] = []
    for period in periods:
        months = kept[-1].whole_months if kept else None
        if (
            months is not None
            and kept[-1].years
            and period.whole_months is None
            and period.last is not None
            and (period.first.month, period.last.month) == months
            and not period.years
            and period.first.year is None
            and period.last.year is None
        ):
            period.years = kept.pop().years
        kept.append(period)
    return kept


def _distinct(periods: list[PeriodMention]) -> list[PeriodMention]:
    """The same period said twice ("2025, van 2 juni tot 30 augustus... pardon: du 2 juin au
    30 août 2025") is one period."""
    seen, kept = set(), []
    for period in periods:
        key = (
            period.first.day,
            period.first.month,
            period.first.year,
            tuple(period.years),
            period.last and (period.last.day, period.last.month, period.last.year),
            period.duration,
        )
        if key not in seen:
            seen.add(key)
            kept.append(period)
    return kept


YEAR_REACH = 60
"""How far (in characters) a bare year reaches to the period it dates: "in 2023, from 1 June
to 30 September" but not "last year ... [a long clause] ... and this time from 2 March"."""


def _afterthought_of(
    folded: str, offset: int, periods: list[PeriodMention]
) -> PeriodMention | None:
    """The period a year said as an afterthought belongs to: a sentence of the year and a few
    words at most right after the one that ends with the period ("vom 1. Juni bis 31. August.
    2024"; not "… bis Oktober. 2024 war ich schon Saisonarbeiter in Belgien")."""
    spans = sentence_spans(folded)
    index = next((i for i, (a, b) in enumerate(spans) if a <= offset < b), None)
    if not index:
        return None
    start, end = spans[index]
    words = folded[start:end].strip(" .").split()
    if not words or not words[0].startswith(folded[offset : offset + 4]) or len(words) > 3:
        return None
    previous_start, previous_end = spans[index - 1]
    inside = [p for p in periods if previous_start <= p.start < previous_end and _yearless(p)]
    return inside[-1] if inside else None


def _bind_years(
    folded: str,
    periods: list[PeriodMention],
    singles: list[DateMention],
    years: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Bind each bare year to the period after it in its sentence, else the one before;
    never across another period, nor further than :data:`YEAR_REACH` characters."""
    unbound = []
    said_in_words = {offset for offset, year in years if year < 0}
    numeric_bound: set[int] = set()
    years = [(offset, abs(year)) for offset, year in years]
    bound_to: dict[int, PeriodMention] = {}
    for index, (offset, year) in enumerate(years):
        again = _said_again_in(folded, periods, offset)
        if again is not None:  # "2024: 1/5-31/7 aardbeien; 2025 zelfde periode"
            last = again.last
            assert last is not None
            if not again.years:
                again.years.append(last.year or again.first.year or year)
            again.years.append(year)
            again.first = replace(again.first, year=None)
            again.last = replace(last, year=None)
            bound_to[offset] = again
            continue
        sentence = _sentence_of(folded, offset)
        previous = years[index - 1][0] if index else None
        if previous in bound_to and _YEAR_RUN.fullmatch(folded[previous + 4 : offset]):
            # "every year from 1 May to 31 August, 2021 2022 2023": each year of the run
            bound_to[offset] = bound_to[previous]
            bound_to[offset].years.append(year)
            continue
        closed = [
            p
            for p in periods
            if p.last is not None
            and p.first.year is None
            and p.last.year is not None
            and re.search(r"\d{4}$", p.last.text)
            and p.end <= offset
            and _YEAR_RUN.fullmatch(folded[p.end : offset])
        ]
        opens_next = any(  # "…31 August 2024, 2025 from 1 April to 30 June": the next one's
            q.start > offset
            and _yearless(q)
            and q.start - offset <= YEAR_REACH
            and _sentence_of(folded, q.start) == sentence
            for q in periods
        )
        if closed and not opens_next and offset not in said_in_words:
            # (not "… 1 tot 14 april 2027. Vorig seizoen was hij …": a year in words opens its
            # own sentence)
            # "from 1 May to 31 August, 2021 2022 2023": the year after the period opens a run
            period = closed[0]
            assert period.last is not None
            period.years += [period.last.year or year, year]
            period.last = replace(period.last, year=None)
            bound_to[offset] = period
            continue
        following = [
            p
            for p in periods
            if p.start >= offset
            and _sentence_of(folded, p.start) == sentence
            and p.start - offset <= YEAR_REACH
            and not any(offset <= q.start < p.start for q in periods if q is not p)
            # "wie letztes Jahr, diesmal vom 1. April bis 24. Juni": another time
            and not says_this_time(folded[offset : p.start])
            # not "did the spring with us this year and we want him back, 4 Jan to 26 March"
            and not (
                offset in said_in_words and lexicon().cues["want"].search(folded[offset : p.start])
            )
            # not "sous protection temporaire depuis 2022, voudrait faire la saison du 22 juin
            # au 11 septembre": the start of what still goes on
            and not _after_since(folded, offset)
        ]
        if following and not _yearless(following[0]):
            # "last year from 1 June to 31 August 2025": the period's own year, said twice
            if year not in _written_years(following[0]):
                unbound.append((offset, year))  # two different years: asked about
            continue
        after = [p for p in following if _yearless(p)]
        # a year between two periods belongs to the next one only if nothing else does
        target = after[0] if after else None
        if target is not None and ":" in folded[offset : target.start]:
            # "letztes Jahr zweimal: 1.4.–30.6. und 1.8.–30.9.": the year of each period listed
            listed = _listed_after(folded, target, periods)
            for period in listed:
                period.years.append(year)
                bound_to[offset] = period
            if listed:
                continue
        if target is None:
            before = [
                p
                for p in periods
                if p.end <= offset
                and _sentence_of(folded, p.start) == sentence  # its end may hold a full stop
                and _yearless(p)
                and offset - p.end <= YEAR_REACH
            ]
            target = before[-1] if before else None
            if target is None:
                target = _afterthought_of(folded, offset, periods)  # "… bis 31. August. 2024"
            if target is not None and _of_someone_else(folded[target.end : offset]):
                continue  # "…to 15 July, his brother came in 2024": the brother's year
            if target is not None and _another_stay(folded, target, offset):
                unbound.append((offset, year))
                continue  # "…to 31 January, he is 52, he was here in 2024": another stay
        if target is not None and offset in said_in_words and id(target) in numeric_bound:
            continue  # "in 2024 and 2025 ..., and again this year": the years say which
        if target is None:
            unbound.append((offset, year))
        elif _the_year_of_its_end(target, offset):
            # "van 7 december tot 26 februari volgend jaar": the year of the end, the start in
            # the year before
            assert target.last is not None
            target.last = replace(target.last, year=year)
            target.first = replace(target.first, year=year - 1)
            bound_to[offset] = target
        else:
            target.years.append(year)
            bound_to[offset] = target
            if offset not in said_in_words:
                numeric_bound.add(id(target))
    return unbound


def _the_year_of_its_end(period: PeriodMention, offset: int) -> bool:
    """Whether a year said right after a period that runs over the new year is its end's."""
    last = period.last
    return (
        last is not None
        and period.first.month is not None
        and last.month is not None
        and period.first.month > last.month
        and period.first.year is None
        and last.year is None
        and not period.years
        and 0 <= offset - period.end <= 6  # "… 26 février de l'année prochaine"
    )


def _listed_after(
    folded: str, first: PeriodMention, periods: list[PeriodMention]
) -> list[PeriodMention]:
    """A period and the yearless periods listed right after it ("1.4.–30.6. und 1.8.–30.9.")."""
    listed = [first]
    for period in periods:
        if period.start > listed[-1].end and _yearless(period):
            if not _YEAR_RUN.fullmatch(folded[listed[-1].end : period.start]):
                break
            listed.append(period)
    return listed


_YEAR_RUN = re.compile(r"\.?\s*(?:[,;&/+]|\s(?:and|et|en|und)\s)?\s*")
"""What separates the items of one list: years ("2021 2022 2023", "2024, 2025 and 2026"),
periods ("1.4.–30.6. und 1.8.–30.9.")."""


def _of_someone_else(between: str) -> bool:
    """Whether the words between a period and a year turn to another person ("his brother
    came in 2024", "sein Bruder war 2024 da")."""
    return lexicon().cues["family"].search(between) is not None


def _said_again_in(folded: str, periods: list[PeriodMention], offset: int) -> PeriodMention | None:
    """The period said before a year followed by "the same" ("…; 2025 zelfde periode", "2025
    ook zelfde"): that period again, in that year. ``None`` when the year is not so followed."""
    if not _the_same_after(folded[offset + 4 :]):
        return None
    before = [p for p in periods if p.end <= offset and p.last is not None]
    return before[-1] if before else None


def _another_stay(folded: str, period: PeriodMention, offset: int) -> bool:
    """Whether a year after a period of work to come speaks of an earlier stay ("wants him from
    1 November to 31 January, he was here two years ago"; "Work from 16 November to 20
    December. He came already 2 or 3 times before, in 2023"): the year is that stay's. (A
    period said of an earlier stay keeps its year: "from 1 May to 30 June, he worked with us
    in 2024".)"""
    cues = lexicon().cues
    planned = folded[max(0, period.start - 40) : period.start]
    return bool(
        (cues["wish"].search(planned) or cues["work_words"].search(planned))
        and not cues["previous"].search(planned)
        and cues["previous"].search(folded[period.end : offset])
    )


def _after_since(folded: str, offset: int) -> bool:
    """Whether the year at ``offset`` follows "since" ("depuis 2022", "seit 2022")."""
    cues = lexicon().cues
    before = folded[:offset].split()[-1:]
    # (not "every year since 2021, 1 May to 30 September": the run of years it opens)
    return (
        bool(before) and before[0] in cues["since_year"] and not cues["every_year"].search(folded)
    )


def _every_year_since(folded: str, year: int) -> bool:
    """ "He's been coming every year since 2022", "elk jaar sinds 2022", "seit 2022 jedes Jahr"."""
    cues = lexicon().cues
    if cues["every_year"].search(folded) is None:
        return False
    since = "|".join(
        re.escape(w) for w in sorted(cues["since_year"].phrases, key=len, reverse=True)
    )
    return re.search(rf"\b(?:{since})\s+{year}\b", folded) is not None


def _written_years(period: PeriodMention) -> set[int]:
    return {d.year for d in (period.first, period.last) if d is not None and d.year is not None}


def _yearless(period: PeriodMention) -> bool:
    return period.first.year is None and (period.last is None or period.last.year is None)


def resolve_period(mention: PeriodMention, today: date, direction: Direction) -> list[Period]:
    """The period(s) a mention means: one per bound year, or one with the year of ``direction``."""
    if mention.years:
        periods = [_resolved(mention, today, direction, year) for year in mention.years]
        if mention.every_year_from is not None:  # the seasons since: those already over
            periods = [
                p for p in periods if p.end < today or p.start.year == mention.every_year_from
            ]
        return periods
    return [_resolved(mention, today, direction, None)]


def _nearest_month(
    first: DateMention, last: DateMention, today: date, direction: Direction
) -> DateMention:
    """ "from the 10th to the end of next month": the 10th that comes next (or the last one,
    for what is under way), not the 10th of the end's month."""
    end = date(last.year, last.month, 28) if last.month and last.year else None
    for shift in range(0, 3):
        if direction == "planned":
            index = today.month - 1 + shift
        else:
            index = today.month - 1 - shift
        year, month = today.year + index // 12, index % 12 + 1
        try:
            candidate = date(year, month, first.day)
        except ValueError:
            continue
        if (direction == "planned" and candidate >= today) or (
            direction == "current" and candidate <= today
        ):
            if end is None or candidate <= end.replace(
                day=calendar.monthrange(end.year, end.month)[1]
            ):
                return replace(first, month=month, year=year)
    return replace(first, month=last.month)


def _resolved(
    mention: PeriodMention, today: date, direction: Direction, year: int | None
) -> Period:
    first = (
        mention.first if year is None else replace(mention.first, year=mention.first.year or year)
    )
    if mention.duration is not None:
        start = resolve(first, today, direction)
        n, unit = mention.duration
        if unit == "month":
            index = start.month - 1 + n
            y, m = start.year + index // 12, index % 12 + 1
            end = date(y, m, min(start.day, calendar.monthrange(y, m)[1])) - timedelta(days=1)
        else:
            days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
            end = start + timedelta(days=days - 1)
        return Period(start=start, end=end)
    last = mention.last
    assert last is not None
    if (
        year is not None
        and first.month is None
        and mention.first_month_hint is None
        and last.month is not None
        and first.day is not None
        and last.day is not None
        and first.day <= last.day
    ):
        # "in 2024 van 2 tot 27 september": the days of the month said last, in that year
        first = replace(first, month=last.month)
    if first.month is None and mention.first_month_hint is not None:
        first = replace(first, month=mention.first_month_hint)
    elif first.month is None and (
        last.year is not None
        and direction in ("planned", "current")
        or direction == "current"
        and last.month is not None
        and (last.month, first.day) > (today.month, today.day)
    ):
        # "since the 1st, until 30 September": the 1st that has been, not the 1st of September
        first = _nearest_month(first, last, today, direction)
    if mention.whole_months is not None:
        m1, m2 = mention.whole_months
        y1 = first.year
        y2 = last.year
        if y1 is None and y2 is not None:
            y1 = y2 if m1 <= m2 else y2 - 1
        if y1 is None:
            y1 = resolve(replace(first, day=1), today, direction).year
        if y2 is None:
            y2 = y1 if m2 >= m1 else y1 + 1
        try:
            return Period(start=date(y1, m1, 1), end=date(y2, m2, calendar.monthrange(y2, m2)[1]))
        except ValueError:
            raise DateError("impossible_date", first.text) from None
    return pair(first, last, today, direction)


__all__ = ["Found", "PeriodMention", "find", "prepare", "resolve_period"]
