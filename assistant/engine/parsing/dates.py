"""Dates as people type them, in the four languages, day before month (as in Belgium).

``1/4/2026``, ``01.04.2026``, ``1-4-26``, ``2026-04-01``, ``1 april 2026``, ``1er avril``,
``1. April``, ``April 1st``, ``today``/``aujourd'hui``/``vandaag``/``heute``. Month names come
from CLDR through babel (``fr_BE``, ``nl_BE``, ``de_BE``, ``en_GB``: wide and abbreviated), in any
of the four languages whatever the interface language. We do not use ``babel.dates.parse_date``:
it silently swaps day and month when the month is over 12. Every date is validated here, and the
engine confirms it back in words.

A date without a year gets one from "today" and from what the question is about
(:class:`Direction`): a planned work period lies ahead, an earlier stay lies behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from rules.models import FIRST_DAY, LAST_DAY

from ..reading.lexicon import month_words
from .text import fold_clauses

Direction = Literal["future", "planned", "current", "past", "near"]
"""Where an answer's date most likely lies (issue: the year of a date follows from what it is):
``planned`` from today on (planned work, an entry still to come); ``current`` on or before
today, for a stay or work under way ("since 1 April"); ``past`` behind (an earlier stay);
``future`` ahead with some slack; ``near`` whichever is closest (a filing date)."""
CURRENT_SLACK = timedelta(days=14)
"""A current stay may be given from a start a few days ahead (the annex 3 being issued)."""

FUTURE_SLACK = timedelta(days=60)
"""A plan may have started a little while ago ("we started on 1 March")."""
PAST_SLACK = timedelta(days=7)


class DateError(ValueError):
    """An answer that holds no usable date. ``code`` names what is wrong, for the message."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class DateMention:
    """One date written in an answer, possibly without its year (or even its month)."""

    start: int
    end: int
    day: int
    month: int | None
    year: int | None
    text: str
    weekday: int | None = None
    """The weekday written beside the date ("mardi 13 mai"), Monday 0: the date must fall on
    it, or which day is meant is asked."""


_ORDINAL = r"(?:er|re|ere|e|de|ste|st|nd|rd|th)?\.?"
_EDGES = {
    "end": "end",
    "end of": "end",
    "late": "end",
    "fin": "end",
    "fin de": "end",
    "eind": "end",
    "einde": "end",
    "eind van": "end",
    "ende": "end",
    "ende des": "end",
    "beginning of": "start",
    "early": "start",
    "start of": "start",
    "debut": "start",
    "debut de": "start",
    "begin": "start",
    "begin van": "start",
    "anfang": "start",
    "mid": "mid",
    "mi": "mid",
    "mid of": "mid",
    "half": "mid",
    "midden": "mid",
    "mitte": "mid",
}
"""Month edges people give for a date: "end of August" → 31 August, "début mai" → 1 May."""
EDGE_WORDS = frozenset(word for edge in _EDGES for word in edge.split()[:1])
"""The first words of a month edge ("mitte", "end", "fin"): a date said roughly."""


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    names = "|".join(sorted((re.escape(w) for w in month_words()), key=len, reverse=True))
    iso = re.compile(r"(?<![\d./\-])(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
    numeric = re.compile(  # no spaces inside: "1 - 15/6" is a range, not the 1st of month 15;
        # one separator throughout: "1.4-29.6" is two dates, not 1 April '29; "5-15 Oct" is a range
        rf"(?<![\d.])(?P<d>\d{{1,2}})(?P<s>[/.\-])(?P<m>\d{{1,2}})(?:(?P=s)(?P<y>\d{{4}}|\d{{2}}))?(?![\d/])"
        rf"(?!\s*(?:{names})\b)"
    )
    day_month = re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}}){_ORDINAL}(?:\s*|-)(?:of\s+|de\s+)?(?P<mn>{names})\b\.?"
        r"(?:(?:,?\s*|-)(?P<y>\d{4}))?(?!\d)"  # "12-Jan-1998" too
    )
    from ..reading.lexicon import _lexicon

    units = "|".join(sorted(map(re.escape, _lexicon(None).units), key=len, reverse=True))
    month_day = re.compile(  # not "im Februar zwei Wochen" (read "Februar 2 Wochen")
        # "jänner, am 8.", "January, the 8th": the month, then its day after an article
        rf"\b(?P<mn>{names})\b\.?(?:\s+|,?\s+(?:am|the|le|den|op)\s+)(?P<d>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\b(?:,?\s*(?P<y>\d{{4}}))?(?!\d)"
        rf"(?!\s*(?:{units})\b)"
    )
    edge = re.compile(
        r"\b(?P<edge>" + "|".join(sorted(_EDGES, key=len, reverse=True)) + r")[\s-]+"
        rf"(?:of\s+|de\s+|d\s+|van\s+)?(?P<mn>{names})\b\.?(?:\s*(?P<y>\d{{4}}))?"
    )
    return iso, edge, day_month, month_day, numeric


_RANGE_OPENERS = frozenset(
    "from du van vom von de le between entre tussen zwischen am op on the ab depuis sinds seit "
    "since dal".split()
)
"""Words after which a bare day can open a range ("from 1 to 15 June"); after any other word
("annex 3 to ...", "greenhouse 3 to 20 October") a number is not a day, except after a place
("my cousin in Paris 2 to 20 Oct")."""


NUMBER_LABELS = frozenset(
    "annex annexe anexo bijlage anlage bijl anl age aged type typ nr no n room kamer zimmer "
    "chambre greenhouse serre kas halle field plot team phase terminal shift".split()
)
"""Words whose number is a label, not a day ("Anlage 3 bis 29. August", "anexo 3 until 16
October", "greenhouse 3 to 20 October")."""


def _opens_a_range(word: str) -> bool:
    """Whether a day after ``word`` may open a range: after "from", a place, or a word of
    work or of a visit ("he works 2 to 20 October", "Saison 1 bis 30 Juni")."""
    from ..reading.lexicon import lexicon
    from ..reading.places import countries_in

    if word in NUMBER_LABELS:
        return False
    if word in _RANGE_OPENERS or not word.isalpha() or countries_in(word):
        return True
    stays = lexicon().stays
    return word in _SEASON_WORDS or any(
        word in stays[kind].phrases or word.rstrip("s") in stays[kind].phrases
        for kind in ("seasonal", "visit")
    )


_SEASON_WORDS = frozenset(
    "season saison seizoen works werkt arbeitet travaille arbeit werk travail heuer".split()
)


_RANGE_DAY = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}}){_ORDINAL}\s*"
    r"(?:-|–|to|till|until|au|a|jusqu au|tot en met|tot|t/m|bis|and|et|en|und)\s*$"
)


_SHORT_WHOLE_MONTHS = frozenset(
    {"mai", "mei", "may", "juin", "juni", "juli", "june", "july", "mars", "marz", "aout"}
)


def cut_short(word: str) -> bool:
    """Whether a month word is cut short ("jan", "okt", "sept"): a dot after it is the
    abbreviation's, no full stop."""
    return word in month_words() and len(word) <= 4 and word not in _SHORT_WHOLE_MONTHS


def _stop_before_year(folded: str, match: re.Match[str]) -> bool:
    """Whether a full stop stands between a month written in full and its year ("Oktober.
    2024"): the year opens the next sentence."""
    between = folded[match.end("mn") : match.start("y")]
    return match.start("y") > match.end("mn") and "." in between and not cut_short(match["mn"])


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    value = int(raw)
    return value + 2000 if value < 100 else value


_DAY_AND_WORD = re.compile(r"(?<![\d/.\-])(?P<d>[12]?\d|3[01])\.?\s+(?P<word>[a-z]{5,})\b")


def _misspelt_month(word: str) -> int | None:
    """The month a word after a day is spelt close to ("6 Julie", "3 junho"), when only one
    month is that close (``MONTH_SPELT_FROM``) and the word is no ordinary one ("3 mais")."""
    if word in month_words() or word in _NOT_MONTHS:
        return None
    from rapidfuzz import fuzz, process

    close = {
        month_words()[name]
        for name, _, _ in process.extract(
            word, list(month_words()), scorer=fuzz.ratio, score_cutoff=MONTH_SPELT_FROM, limit=5
        )
    }
    return close.pop() if len(close) == 1 else None


MONTH_SPELT_FROM = 85
"""How close a word after a day must be to a month name to be read as that month ("julie" is
89 from "juli"; "jaar" only 80 from "januar")."""
_NOT_MONTHS = frozenset({"mais", "maid", "maybe", "main", "junior", "jours", "jahre"})
"""Ordinary words close to a month name ("le 3 mais", "im 3 Jahre")."""


def find_dates(text: str, today: date) -> list[DateMention]:
    """Every date mentioned in ``text``, in order. A bare day right before a range separator
    ("du 1er au 15 juin", "1 - 15/6") is kept with no month: the period takes it from the end."""
    from ..reading.relative import rewrite

    folded = rewrite(fold_clauses(text), today)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern in _patterns():
        for match in pattern.finditer(folded):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            groups = match.groupdict()
            if groups.get("mn") and groups.get("y") and _stop_before_year(folded, match):
                # "bis 31. Oktober. 2024 war ich schon hier": the year opens the next sentence
                groups["y"] = None
                span = (span[0], match.end("mn"))
            if groups.get("edge"):
                month = month_words()[groups["mn"]]
                year = _year(groups.get("y"))
                edge = _EDGES[groups["edge"]]
                day_number = 1 if edge == "start" else 15 if edge == "mid" else 31
                mention = DateMention(*span, day_number, month, year, folded[span[0] : span[1]])
                if edge == "end":
                    mention = replace(mention, day=0)
            else:
                month = month_words()[groups["mn"]] if groups.get("mn") else int(groups["m"])
                mention = DateMention(
                    *span,
                    int(groups["d"]),
                    month,
                    _year(groups.get("y")),
                    folded[span[0] : span[1]],
                )
            taken.append(span)
            found.append(mention)
    for match in _DAY_AND_WORD.finditer(folded):
        span = match.span()
        spelt = _misspelt_month(match["word"])
        if spelt is not None and not any(span[0] < end and start < span[1] for start, end in taken):
            # "van 6 Julie tot 9 Oktober", "1. Septämber": a month spelt in a way no list holds
            taken.append(span)
            found.append(DateMention(*span, int(match["d"]), spelt, None, match[0]))
    found.sort(key=lambda m: m.start)
    with_days: list[DateMention] = []
    for mention in found:
        before = _RANGE_DAY.search(folded[: mention.start])
        opener = folded[: before.start()].split()[-1:] if before else []
        glued = before is not None and re.fullmatch(r"\d{1,2}\.?[-–]", before[0].strip())
        if (
            before
            and (not opener or _opens_a_range(opener[0]) or glued)
            and not any(m.end > before.start() for m in with_days[-1:])
        ):
            with_days.append(
                DateMention(before.start(), before.end(), int(before["d"]), None, None, before[0])
            )
        with_days.append(mention)
    return with_days


def build(mention: DateMention, year: int) -> date:
    """The date of a mention in a given year, or :class:`DateError` when it does not exist.
    Day 0 stands for the month's last day ("end of February")."""
    month = mention.month
    if month is None:
        raise DateError("no_date", mention.text)
    if month > 12:
        if mention.day <= 12:
            raise DateError("month_first", mention.text)
        raise DateError("impossible_date", mention.text)
    full_year = mention.year or year
    try:
        if mention.day == 0:
            import calendar

            day = date(full_year, month, calendar.monthrange(full_year, month)[1])
        else:
            day = date(full_year, month, mention.day)
    except ValueError:
        raise DateError("impossible_date", mention.text) from None
    return within_range(day, mention.text)


def within_range(day: date, text: str) -> date:
    """A date the rules can work with ("1/1/9999" leaves no room for a stay or a deadline)."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise DateError("impossible_date", text)
    return day


def on_its_weekday(mention: DateMention, day: date) -> date:
    """``day``, unless the weekday written beside the mention is another: "mardi 13 mai" when
    13 May is a Wednesday is a slip in the day or in the weekday, asked back, never guessed."""
    if mention.weekday is not None and day.weekday() != mention.weekday:
        raise DateError("wrong_weekday", mention.text)
    return day


def resolve(mention: DateMention, today: date, direction: Direction) -> date:
    """The date a mention means: its own year, or the year that fits ``direction`` — or the
    one year around today whose date falls on the weekday written with it ("eingereist am
    Mo. 2.3.", said in June: 2 March of this year, a Monday, not of the next)."""
    day = _resolve(mention, today, direction)
    if mention.weekday is not None and mention.year is None:
        fitting = []
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                candidate = build(mention, year)
            except DateError:
                continue
            if candidate.weekday() == mention.weekday and _on_its_side(candidate, today, direction):
                fitting.append(candidate)
        if day.weekday() != mention.weekday and len(fitting) == 1:
            day = fitting[0]
    return on_its_weekday(mention, day)


def _on_its_side(day: date, today: date, direction: Direction) -> bool:
    """Whether a day lies where ``direction`` looks: a planned day from today on, a past or
    current day up to today, a near day either side."""
    if direction in ("planned", "future"):
        return day >= today
    if direction in ("past", "current"):
        return day <= today
    return True


def _resolve(mention: DateMention, today: date, direction: Direction) -> date:
    if mention.year is not None:
        return build(mention, mention.year)
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(build(mention, year))
        except DateError as error:
            if mention.day == 29 and mention.month == 2:
                continue
            raise error
    if not candidates:
        raise DateError("impossible_date", mention.text)
    if direction == "planned":
        return next((d for d in candidates if d >= today), candidates[-1])
    if direction == "current":
        return next((d for d in reversed(candidates) if d <= today + CURRENT_SLACK), candidates[0])
    if direction == "future":
        return next((d for d in candidates if d >= today - FUTURE_SLACK), candidates[-1])
    if direction == "past":
        return next((d for d in reversed(candidates) if d <= today + PAST_SLACK), candidates[0])
    return min(candidates, key=lambda d: abs((d - today).days))


def parse_date(text: str, today: date, direction: Direction = "near") -> date:
    """The one date an answer gives. Raises :class:`DateError` (``no_date``, ``too_many``,
    ``impossible_date``, ``month_first``)."""
    mentions = [m for m in find_dates(text, today) if m.month is not None]
    if not mentions:
        raise DateError("no_date", text)
    if len(mentions) > 1:
        raise DateError("too_many", text)
    return resolve(mentions[0], today, direction)


def with_year(mention: DateMention, year: int) -> DateMention:
    return replace(mention, year=year)
