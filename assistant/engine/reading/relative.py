"""Dates said relative to the interview's today, in the four languages: "next Monday",
"dans deux semaines", "vanaf volgende maand", "gestern", "übernächste Woche", "end of next
month", "il y a trois jours". Each is rewritten as the full date it means (``d/m/yyyy``) before
dates are read, so that periods, years and confirmations treat it like any typed date; the
engine says it back in words.

Conventions (stated once): a weekday alone or with "next" is the first such day after today,
and the last one before today when its clause is in the past ("we went there on Monday"); a
weekday with a week ("Thursday next week", "la semaine passée, le mardi") is that week's day (weeks
start on Monday); "lundi en huit" / "en quinze" is the coming Monday (today if it is one) and 7 or
14 days; "next week" and "the week after next" as a day are the Monday of that week; "next
month" is its first day, "end of next month" its last, "mid next month" its 15th; "in N months"
keeps the day of the month (the last day when the month is shorter); "in two weeks on Monday" is
the Monday of the week two weeks from now; "two years ago" is a year, not a day. A hedged day
("early next week", "d'ici quinze jours") is written :data:`HEDGED`: the reader asks which day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache

from .lexicon import LANGUAGE, _lexicon, lexicon, month_words

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""How a weekday written before a date is rewritten, whatever its language and spelling, so
that the reader checks the date falls on it."""
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
"""How "next month" alone is rewritten: the month and its year, which name no day."""
HEDGED = "sometime"
"""What a hedged relative date is rewritten as: "early next week", "Ende nächster Woche", "d'ici
quinze jours", "within two weeks" name no day. The word is one of the ``vague`` cues (English,
heard in every language), so the question is asked again rather than a day guessed."""


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words if w), key=len, reverse=True))


def _optional(words, name: str) -> str:
    """The alternation of an optional list of date words (one that never matches if absent)."""
    return _alternation(words[name].phrases) if name in words and words[name].phrases else "(?!)"


def _day_on_weekday(day: int, weekday: int, today: date) -> date | None:
    """The day ``day`` of the one month within two of today where it falls on ``weekday``.
    ``None`` when no month has it (then it is asked), or when two do ("le samedi 14", with 14
    February and 14 March both Saturdays): the day is left bare, for the answer's other dates
    to place ("…du lundi 16 mars, il arrive le samedi 14": the Saturday before the work)."""
    found = []
    for shift in range(-2, 3):
        month_index = today.month - 1 + shift
        year, month = today.year + month_index // 12, month_index % 12 + 1
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            found.append(candidate)
    return found[0] if len(found) == 1 else None


_UNTIL = (
    r"-|–|to|till|until|tot en met|tot|t/m|bis zur|bis zum|bis|a la|au|a"
    r"|jusqu a la|jusqu au|jusqu a|jusqu"
)
"""What ends a span: before a week ("KW 14 bis KW 26", "tot en met week 26"), after a feast
("de Pâques jusqu'à fin juin")."""
_RANGE_AFTER = re.compile(rf"\s*(?:{_UNTIL})(?!\w)")
_FEAST_MONDAYS = frozenset({"Easter Monday", "Pentecost Monday"})
"""Feasts that name one day however they are said ("Ostermontag"); the others name a day only
when said as one ("le jour de Noël", "on Easter Sunday"), not as a time ("à Pâques")."""


def _names_its_day(feast: str, lang: str | None) -> bool:
    """Whether a feast is said by its day ("arrives Easter Sunday", "Ostersonntag", "le jour
    de Noël"), which is a date whatever stands before it; "Easter", "Noël" are a time."""
    weekdays = lexicon().day_words[lang][1]
    return any(
        word in weekdays
        or word in lexicon().cues["day_word"].phrases
        or word.endswith(("tag", "dag"))
        for word in feast.split()
    )


def _calendar_weeks(match: re.Match[str], weekdays: dict[str, int], today: date) -> str | None:
    """ISO weeks as dates: a range from the Monday of the first to the Sunday of the last; one
    week alone is its Monday (its Sunday after "until"), or the weekday written before it."""
    groups = match.groupdict()
    first, last = int(groups["w1"]), int(groups["w2"]) if groups.get("w2") else None
    if not 1 <= first <= 53 or (last is not None and not first <= last <= 53):
        return None
    year = int(groups["year"]) if groups.get("year") else today.year
    try:
        if not groups.get("year") and date.fromisocalendar(
            year, last or first, 7
        ) < today - timedelta(days=183):
            year += 1
        if last is not None:
            start, end = date.fromisocalendar(year, first, 1), date.fromisocalendar(year, last, 7)
            return f"{_date_text(start)} - {_date_text(end)}"
        if groups.get("wd"):
            return _date_text(date.fromisocalendar(year, first, weekdays[groups["wd"]] + 1))
        until = re.search(
            rf"(?<!\w)(?:{_UNTIL})\s*$", match.string[max(0, match.start() - 12) : match.start()]
        )
        return _date_text(date.fromisocalendar(year, first, 7 if until else 1))
    except ValueError:
        return None  # week 53 of a year that has 52


def _feast_day(name: str, today: date) -> date | None:
    """The public holiday ``name`` nearest today (the coming one on a tie)."""
    from rules.working_days import holiday_dates

    days = holiday_dates(name)
    return min(days, key=lambda day: (abs((day - today).days), day < today)) if days else None


def _from_before(match: re.Match[str]) -> bool:
    """Whether "from" comes just before the match ("vanaf volgende maand", "ab nächsten Monat",
    "à partir du mois prochain"): the first day of that month is meant."""
    before = match.string[max(0, match.start() - 14) : match.start()].split()[-2:]
    starts = lexicon().cues["starting_from"]
    return any(" ".join(before[i:]) in starts for i in range(len(before)))


def _date_text(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _add_months(day: date, months: int, to_day: int | None = None) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(to_day or day.day, last))


@cache
def _patterns(lang: str | None) -> list[tuple[re.Pattern[str], str]]:
    lex = lexicon()
    words = lex.date_words
    relative_days, weekday_names = lex.day_words[lang]
    nxt = _alternation(words["next"].phrases)
    last = _alternation(words["last"].phrases)
    after = _alternation(words["after_next"].phrases)
    inside = _alternation(words["in"].phrases)
    ago = _alternation(words["ago"].phrases) if "ago" in words else "(?!)"
    within = _alternation(words["within"].phrases) if "within" in words else "(?!)"
    ago_before = _alternation(words["ago_before"].phrases) if "ago_before" in words else "(?!)"
    this = _alternation(words["this_unit"].phrases)
    since = _alternation(lex.cues["since_strict"].phrases)
    number = _alternation(lex.numbers) + r"|\d{1,3}"
    units = _alternation(lex.units)
    weeks = _alternation(w for w, unit in lex.units.items() if unit == "week")
    weekdays = _alternation(w for w in weekday_names if len(w) >= 4)
    weekday_names_long = weekdays
    short_weekdays = _alternation(weekday_names)
    abbreviated = _alternation(w for w in weekday_names if len(w) == 3)  # "Mon", "Tue", "sun"
    edges = _alternation(lex.edges)
    days = _alternation(relative_days)
    not_relative_to_other = rf"(?!\s+(?:{_alternation(words['before_after'].phrases)})\b)"
    art = r"(?:(?:the|le|la|l|de|het|der|die|das|den|dem|des|du|van|of|op|on|am|im|a|au)\s+)*"
    edge = rf"(?:(?P<edge>{edges})[\s-]+{art})?"
    month_units = _alternation(w for w, unit in lex.units.items() if unit == "month")
    short_units = _alternation(w for w, unit in lex.units.items() if unit in ("day", "week"))
    ordinal = r"(?:st|nd|rd|th|er|e|de|ste|\.)?"
    which_week = f"{after}|{nxt}|{last}|{this}"
    of_month = r"(?:of|du|de|van|van de|des|vom|von|von dem|from)"
    named_month = (
        rf"(?:(?P<month_which>{nxt}|{last}|{this})\s+(?:{month_units})"
        rf"|(?:{month_units})\s+(?P<month_which2>{nxt}|{last}))"
    )
    named_week = (
        rf"(?:(?P<which>{which_week})\s+(?:{weeks})"
        rf"|(?:{weeks})\s+(?P<which2>{which_week})(?:\s+(?:{weeks}))?)"
    )
    weekday_after = _optional(words, "weekday_after_next")
    after_weekday = _optional(words, "after_next_weekday")
    week_before = _optional(words, "week_before_weekday")
    week_later = _alternation(words["a_week_later"].phrases) if "a_week_later" in words else "(?!)"
    two_weeks_later = (
        _alternation(words["two_weeks_later"].phrases) if "two_weeks_later" in words else "(?!)"
    )
    feasts = _alternation(lex.feasts)
    around = _alternation(words["before_after"].phrases)
    week_no = _optional(words, "calendar_week")
    fortnight = _optional(words, "first_fortnight_of")
    months = _alternation(month_words())
    to = _UNTIL
    return [
        # "gleich nach dem Wochenende", "right after the weekend": the coming Monday
        (re.compile(rf"\b(?:{_optional(words, 'after_weekend')})\b"), "after_weekend"),
        # "KW 14 bis KW 26", "weeks 14-26 of 2026", "le lundi de la semaine 14": ISO weeks
        (
            re.compile(
                rf"\b(?:(?P<wd>{weekday_names_long})\s+(?:de la|van|der|of the|of)?\s*)?"
                rf"(?:{week_no})\s*(?P<w1>\d{{1,2}})"
                rf"(?:\s*(?:{to})\s*(?:(?:la|de|der|the|het)\s+)?(?:(?:{week_no})\s*)?"
                rf"(?P<w2>\d{{1,2}}))?"
                rf"(?:\s+(?:of\s+|van\s+|de\s+)?(?P<year>20\d\d))?\b(?![./\-]\d)"
                rf"(?!\s+(?:{months})\b)"
            ),
            "calendar_week",
        ),
        # "die ersten zwei Wochen im Juli", "the first two weeks of July": the 1st to the 14th
        (
            re.compile(rf"\b(?:{fortnight})\s+(?P<month>{months})\b(?:\s+(?P<year>20\d\d))?"),
            "first_fortnight",
        ),
        # "Samstag nach Ostern", "the Friday before Easter": that weekday, counted from the feast
        (
            re.compile(
                rf"\b(?:(?:the|le|de|den|am|op|on)\s+)?(?P<wd>{weekdays})\s+"
                rf"(?P<side>nach|after|na|apres|vor|before|voor|avant)\s+(?:(?:le|la|de)\s+)?"
                rf"(?P<feast>{feasts})\b"
                r"(?![\s,]*\(?\s*\d)"  # "dinsdag na Pasen (7/4)": the date says it
                r"(?!\s+(?:week|weekend|woche|semaine))"  # "Monday after Easter week": which?
            ),
            "weekday_of_feast",
        ),
        # "le lundi de Pâques", "na nieuwjaar" (after it: no day)
        (
            re.compile(
                rf"(?<!\d)(?<!\d[.,] )(?<!\d )\b(?:(?P<around>{around})\s+)?"
                rf"(?P<on>(?:le|on|op|am|the|from|van|vanaf|von|ab|de|des|depuis)\s+)?"
                rf"(?P<feast>{feasts})\b"
                # "Easter Sunday the 5th": the feast's own day said again
                r"(?:[\s,]+(?:(?:the|le|den|de)\s+(?P<feast_day>\d{1,2})(?:st|nd|rd|th|er|e|\.)?"
                r"|(?P<feast_nth>\d{1,2})(?:st|nd|rd|th))\b)?"
                r"(?![\s,]*\(?\s*\d)"
                # "through the Christmas peak", "the Easter rush": a time of year, no day
                r"(?!\s+(?:tree|trees|market|holiday|holidays|break|season|period|time|peak|peaks"
                r"|rush|sales|trade|orders|production|week|weeks|busy))"
            ),
            "feast",
        ),
        # "dans deux semaines, le lundi", "in two weeks on Monday", "Montag in zwei Wochen":
        # the Monday of the week two weeks from now
        (
            re.compile(
                rf"\b(?:{inside})\s+(?P<n>{number})\s+(?:{weeks})[\s,]+(?:(?:on|le|am|op|den|de|the)\s+)?(?P<wd>{weekdays})\b"
            ),
            "weeks_weekday",
        ),
        (
            re.compile(
                rf"\b(?P<wd>{weekdays})\s+(?:(?:in|dans|over|binnen)\s+)(?P<n>{number})\s+(?:{weeks})\b"
            ),
            "weeks_weekday",
        ),
        # "Tuesday after next", "übernächsten Dienstag": the one after the coming one;
        # "a week on Tuesday", "a week from Tuesday": a week after the coming Tuesday
        (
            re.compile(
                rf"\b(?:(?P<wd>{weekdays})\s+(?:{weekday_after})|(?:{after_weekday})\s+(?P<wd2>{weekdays}))\b"
            ),
            "weekday_after_next",
        ),
        (re.compile(rf"\b(?:{week_before})\s+(?P<wd>{weekdays})\b"), "weekday_after_next"),
        # "lundi en huit", "lundi en quinze" (Belgian French), "Montag in acht Tagen", "Monday
        # week": the week after the coming one; "demain en huit": a week after tomorrow
        (
            re.compile(
                rf"\b(?:(?P<wd>{weekdays})|(?P<day>{days}))\s+(?P<later>{week_later}|{two_weeks_later})\b"
            ),
            "weekday_later",
        ),
        # "le jeudi 16", "maandag de 4de": a day without its month; the weekday says which
        # month (the nearest one where the 16th is a Thursday)
        (
            re.compile(
                rf"\b(?P<wd>{weekdays})\b[\s,]*(?:(?:the|le|dem|den|der|de|am|op)\s+)?"
                rf"(?P<day>\d{{1,2}}){ordinal}(?![\d/.-])"
                # nothing after it that could be its month: the end, a stop, or a link word
                r"(?=\s*(?:$|[,;:!?)]|\.(?:\s|$)|(?:et|and|en|und|om|um|at|a|vers)\b))"
            ),
            "weekday_day",
        ),
        # "Monday, 1 June", "next Wednesday, the 8th", "Samstag, der 2. Mai": the date says it;
        # the weekday is kept, in one spelling, for the date to be checked against ("mardi 13
        # mai" on a Wednesday)
        (
            re.compile(
                rf"\b(?:(?:{nxt}|{last})\s+)?(?:(?P<wd>{weekdays}|{abbreviated})\b\.?|(?P<wd2>{short_weekdays})\.)[\s,]*"
                r"(?:(?:the|le|dem|den|de|am|op)\s+"
                # "Samstag, der 2. Mai" (not "Montag der 19.": a day without its month)
                rf"|der\s+(?=\d{{1,2}}\.?\s*(?:{months})\b))?(?=\d)"
            ),
            "weekday_of_date",
        ),
        # "heute in einer Woche", "today in two weeks", "heute vor drei Wochen"
        # ("morgen in Zaventem" keeps its day: a place follows, not a span of time)
        (
            re.compile(
                rf"\b(?:{days})\s+(?=(?:{inside}|{ago_before})\s+(?:\S+\s+)?(?:{number})\s*(?:{units})\b"
                rf"|(?:{inside}|{ago_before})\s+(?:einer|einem|one|a|an|een|un|une|ein)\s+(?:{units})\b)"
            ),
            "drop",
        ),
        # "the 1st of next month", "le 5 du mois prochain", "next month on the 5th", "seit dem
        # Ersten vom letzten Monat", "depuis le 1er du mois passé", "den eersten van vorige maand"
        (
            re.compile(
                rf"\b(?:(?:the|le|de|den|dem|am)\s+)?(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th|er|e|de|ste|\.)\s+(?:{of_month}\s+)?|\s+{of_month}\s+)(?:(?:the|de|het)\s+)?{named_month}\b"
            ),
            "day_of_month",
        ),
        (
            re.compile(
                rf"\b{named_month}[\s,]+(?:(?:on\s+|le\s+|op\s+|am\s+)(?:the\s+|de\s+|den\s+)?(?P<d>\d{{1,2}}){ordinal}|(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|e|de|ste))(?!\s*\d)"
            ),
            "day_of_month",
        ),
        # "last week Tuesday", "volgende week woensdag", "la semaine passée, le mardi",
        # "nächste Woche am Donnerstag"; "Donnerstag nächster Woche", "Thursday of next week",
        # "dinsdag van vorige week", "le mardi de la semaine passée": that week's day
        (
            re.compile(
                rf"\b{named_week}[\s,]+(?:(?:on|le|am|op|den|de|the)\s+)?(?P<wd>{short_weekdays})\b"
            ),
            "week_weekday",
        ),
        (
            re.compile(
                rf"\b(?P<wd>{weekdays})\s+(?:(?:of|de|la|van|in|der|the|am|on|op)\s+)*{named_week}\b"
            ),
            "week_weekday",
        ),
        # "de week na volgende", "the week after next", "la semaine d'après", "übernächste Woche"
        (re.compile(rf"\b{edge}(?P<unit>{units})\s+(?:na\s+)?(?:{after})\b"), "after_next"),
        (re.compile(rf"\b{edge}(?:{after})\s+(?P<unit>{units})\b"), "after_next"),
        # "next month", "end of next month", "le mois prochain", "fin du mois prochain"
        (re.compile(rf"\b{edge}(?:{nxt})\s+(?P<unit>{units})\b"), "next_unit"),
        (re.compile(rf"\b{edge}(?P<unit>{units})\s+(?:{nxt})\b"), "next_unit"),
        (re.compile(rf"\b{edge}(?:{this})\s+(?P<unit>{units})\b"), "this_unit"),
        # "end of the month", "fin du mois", "Ende des Monats": this month's
        (
            re.compile(
                rf"\b(?P<edge>{edges})[\s-]+(?:(?:of|du|des|van|der)\s+)?(?:(?:the|de|het)\s+)?(?P<unit>{month_units})\b"
            ),
            "this_unit",
        ),
        # "since 12 days", "seit 12 Tagen", "depuis 3 jours": that many days ago
        (re.compile(rf"\b(?:{since})\s+(?P<n>{number})\s+(?P<unit>{short_units})\b"), "since"),
        # "d'ici quinze jours", "within two weeks", "innerhalb von zwei Wochen": by then, no day
        (re.compile(rf"\b(?:{within})\s+{art}(?:(?:{number})\s+)?(?:{units})\b"), "hedged"),
        # "in two weeks", "dans 15 jours", "dans quinze jours", "over twee weken", "in zwei Wochen"
        (
            re.compile(
                rf"\b(?:{inside})\s+{art}(?:(?P<n>{number})\s+)?(?P<unit>{units})\b{not_relative_to_other}"
            ),
            "in",
        ),
        # "three days ago", "twee weken geleden"; "il y a trois jours", "vor drei Tagen"
        (re.compile(rf"\b(?P<n>{number})\s+(?P<unit>{units})\s+(?:{ago})\b"), "ago"),
        (
            re.compile(
                rf"\b(?:{ago_before})\s+(?P<n>{number})\s+(?P<unit>{units})\b{not_relative_to_other}"
            ),
            "ago",
        ),
        # "next Monday", "lundi prochain", "volgende maandag", "nächsten Montag", "last Friday"
        (re.compile(rf"\b(?:{nxt})\s+(?P<wd>{short_weekdays})\b"), "next_weekday"),
        (re.compile(rf"\b(?P<wd>{weekdays})\s+(?:{nxt})\b"), "next_weekday"),
        (re.compile(rf"\b(?:{last})\s+(?P<wd>{short_weekdays})\b"), "last_weekday"),
        (re.compile(rf"\b(?P<wd>{weekdays})\s+(?:{last})\b"), "last_weekday"),
        # "since Monday", "seit Montag": the last one
        (re.compile(rf"\b(?:{since})\s+(?:{art})?(?P<wd>{weekdays})\b(?!\s*\d)"), "since_weekday"),
        (re.compile(rf"\b(?P<day>{days})\b"), "day"),
        # a weekday alone ("on Monday", "lundi"): the first one after today, the last one when
        # its clause is in the past ("we went there on Monday"); not "the Sunday before the work
        # starts" (a day counted from something else), nor "der 3. war ein Sonntag" (a kind of day)
        (
            re.compile(
                r"(?<!\bein )(?<!\ba )(?<!\bun )(?<!\been )"
                rf"\b(?P<wd>{weekdays})\b(?!\s*\d){not_relative_to_other}"
            ),
            "weekday",
        ),
    ]


_CLAUSE_BREAK = re.compile(
    r"[,;:!?()\n]|\.(?:\s|$)|\s-\s|\b(?:and|but|et|mais|en|maar|und|aber|then|puis|dann|daarna)\b"
)


_ARTICLES = frozenset("on the le la l am op de den dem a au this ce".split())
"""The words a weekday may have about it and still stand alone ("on Monday", "am Montag")."""


def _in_the_past(match: re.Match[str]) -> bool:
    """Whether the clause around a weekday speaks of the past ("we went to the commune on
    Monday", "ich war am Montag bei der Gemeinde", "hij is dinsdag aangekomen") and not of
    what is to come ("he will file on Monday"): a filing or an entry date may be either, so
    the verb says which Monday is meant. A weekday standing alone in its clause ("Monday, we
    dropped the papers off") takes the tense of the clause beside it."""
    text = match.string
    breaks = list(_CLAUSE_BREAK.finditer(text))
    before = [b for b in breaks if b.end() <= match.start()]
    after = [b for b in breaks if b.start() >= match.end()]
    start = before[-1].end() if before else 0
    end = after[0].start() if after else len(text)
    tense = _tense(text[start:end])
    alone = text[start : match.start()].split() + text[match.end() : end].split()
    if tense is None and all(word in _ARTICLES for word in alone):
        following = text[end : after[1].start() if len(after) > 1 else len(text)]
        preceding = (
            text[before[-2].end() if len(before) > 1 else 0 : before[-1].start()] if before else ""
        )
        tense = _tense(following) or _tense(preceding)
    return tense == "past"


def _tense(clause: str) -> str | None:
    cues = lexicon().cues
    if cues["future_tense"].search(clause):
        return "future"
    if cues["past_tense"].search(clause) or cues["arrived_past"].search(clause):
        return "past"
    return None


def _number(raw: str | None) -> int:
    if raw is None:
        return 1
    return int(raw) if raw.isdigit() else lexicon().numbers[raw]


def _unit_date(unit: str, today: date, step: int, edge: str | None) -> date:
    """The day that "this / next / after next <unit>" with an optional edge means."""
    if unit in ("week", "fortnight"):
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
        return monday + timedelta(days=4 if edge == "end" else 2 if edge == "mid" else 0)
    if unit == "month":
        first = _add_months(today.replace(day=1), step, 1)
        if edge == "end":
            return first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return first.replace(day=15) if edge == "mid" else first
    if unit == "year":
        year = today.year + step
        return (
            date(year, 12, 31)
            if edge == "end"
            else date(year, 7, 1)
            if edge == "mid"
            else date(year, 1, 1)
        )
    return today + timedelta(days=step)


def _meaning(kind: str, match: re.Match[str], today: date, lang: str | None) -> date | str | None:
    """The date a relative phrase means, :data:`HEDGED` when it names no day, ``None`` when it
    is not a date after all (it is then left as typed)."""
    lex = lexicon()
    weekdays = lex.day_words[lang][1]
    relative_days = lex.day_words[lang][0]
    groups = match.groupdict()
    edge = lex.edges.get(groups["edge"]) if groups.get("edge") else None
    unit = lex.units.get(groups["unit"]) if groups.get("unit") else None
    match kind:
        case "hedged":
            return HEDGED
        case "after_next" | "next_unit" | "this_unit" if edge and unit in ("week", "fortnight"):
            return HEDGED  # "early next week", "fin de la semaine prochaine": which day?
        case "after_weekend":
            return today + timedelta(days=7 - today.weekday())  # the coming Monday
        case "calendar_week":
            before = match.string[max(0, match.start() - 20) : match.start()].split()[-1:]
            words = lexicon().date_words
            said_of_a_week = any(
                before and before[0] in words[name].phrases
                for name in ("next", "last", "this_unit")
            )
            if said_of_a_week:
                return None  # "letzte Woche 45 geworden", "volgende week 40": an age, not a week
            return _calendar_weeks(match, weekdays, today)
        case "first_fortnight":
            month = month_words()[groups["month"]]
            year = int(groups["year"]) if groups.get("year") else today.year
            if not groups.get("year") and date(year, month, 14) < today:
                year += 1
            return f"{_date_text(date(year, month, 1))} - {_date_text(date(year, month, 14))}"
        case "feast":
            name = lexicon().feasts[groups["feast"]]
            if groups.get("around"):
                return HEDGED  # "na nieuwjaar", "after Easter": some day, not which one
            said_on = (groups.get("on") or "").strip()
            starting = said_on in lexicon().cues["starting_from"] or said_on == "de"
            if starting and not _RANGE_AFTER.match(match.string, match.end()):
                said_on = ""  # "sapins de Noël" is no day; "de Pâques jusqu'à fin juin" is
            if not (said_on or name in _FEAST_MONDAYS or _names_its_day(groups["feast"], lang)):
                return None  # "at Easter", "über Weihnachten": around it, not that day
            said_day = groups.get("feast_day") or groups.get("feast_nth")
            # its sentence (ended by a mark, not a German day's dot: "am 6. April")
            sentence = re.split(r"(?<!\b\d)(?<!\b\d\d)[.;!?]\s", match.string[: match.start()])
            if not said_day and re.search(r"\d", sentence[-1][-15:]):
                # "am 6. April, Ostermontag": the date is said, the feast names it (not "… to
                # 26 June 2026. He'd fly in on Easter Sunday": another sentence's date)
                return None
            feast = _feast_day(name, today)
            if feast is not None and said_day and int(said_day) != feast.day:
                return None  # "Easter Sunday the 12th": which one? asked
            return feast
        case "weekday_of_feast":
            feast = _feast_day(lexicon().feasts[groups["feast"]], today)
            if feast is None:
                return None
            if groups["side"] in ("vor", "before", "voor", "avant"):
                back = (feast.weekday() - weekdays[groups["wd"]] - 1) % 7 + 1
                return feast - timedelta(days=back)
            ahead = (weekdays[groups["wd"]] - feast.weekday() - 1) % 7 + 1
            return feast + timedelta(days=ahead)
        case "weekday_of_date":
            return f"{WEEKDAY_NAMES[weekdays[groups['wd'] or groups['wd2']]]} "
        case "weekday_day":
            return _day_on_weekday(int(groups["day"]), weekdays[groups["wd"]], today)
        case "after_next":
            return _unit_date(unit, today, 2, edge) if unit else None
        case "next_unit":
            if unit == "day":
                return None  # "the next day" counts from another day said, never from today
            if unit == "week" and edge is None:
                return None  # "next week" names no day: the reader asks which
            if unit == "year" and edge is None:
                return str(today.year + 1)  # "de la mi-janvier à la mi-avril l'année prochaine"
            if unit == "month" and edge is None and not _from_before(match):
                first = _unit_date(unit, today, 1, None)  # "turns 30 next month": the month,
                return f"in {MONTH_NAMES[first.month - 1]} {first.year}"  # no day in it
            return _unit_date(unit, today, 1, edge) if unit else None
        case "this_unit":
            if re.search(r"\d+\s+(?:en|and|et|und|y)\s+$", match.string[: match.start()]):
                return None  # "4 en half maand", "4 and a half months": a length, no day
            if unit == "month" and edge:
                return _unit_date(unit, today, 0, edge)
            return None  # "this week" is not a day
        case "day_of_month":
            which = groups.get("month_which") or groups["month_which2"]
            step = (
                1
                if lex.date_words["next"].search(which)
                else -1
                if lex.date_words["last"].search(which)
                else 0
            )
            first = _add_months(today.replace(day=1), step, 1)
            day = groups.get("d") or groups.get("d2")
            try:
                return first.replace(day=int(day)) if day else None
            except ValueError:
                return None
        case "weeks_weekday":
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=_number(groups["n"]))
            return monday + timedelta(days=weekdays[groups["wd"]])
        case "ago" if unit == "year":
            # "two years ago, from 1 June to 31 August": a year, not this day two years ago
            return str(today.year - _number(groups["n"]))
        case "ago" if unit == "month":
            # "arrived 2 months ago": a month, not this day two months ago (the day is asked)
            then = _add_months(today, -_number(groups["n"]))
            return f"{_MONTHS[then.month - 1]} {then.year}"
        case "weekday_after_next":
            weekday = weekdays[groups.get("wd") or groups["wd2"]]
            return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1 + 7)
        case "weekday_later":
            later = 14 if lex.date_words["two_weeks_later"].search(groups["later"]) else 7
            if groups.get("day"):
                return today + timedelta(days=relative_days[groups["day"]] + later)
            ahead = (weekdays[groups["wd"]] - today.weekday()) % 7  # "lundi" said on a Monday
            return today + timedelta(days=ahead + later)
        case "week_weekday":
            which = groups.get("which") or groups["which2"]
            step = (
                2
                if lex.date_words["after_next"].search(which)
                else 1
                if lex.date_words["next"].search(which)
                else -1
                if lex.date_words["last"].search(which)
                else 0  # "this week on Thursday", "jeudi de cette semaine"
            )
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
            return monday + timedelta(days=weekdays[groups["wd"]])
        case "in" | "ago" | "since":
            idiom = (
                lex.idiom_days.get(f"{groups['n']} {groups['unit']}") if groups.get("n") else None
            )
            if idiom is not None and kind == "in":
                return today + timedelta(days=idiom)  # "dans quinze jours": in two weeks
            n = _number(groups["n"]) * (1 if kind == "in" else -1)
            if unit == "day":
                return today + timedelta(days=n)
            if unit == "week":
                return today + timedelta(weeks=n)
            if unit == "fortnight":
                return today + timedelta(weeks=2 * n)
            if unit == "month":
                return _add_months(today, n)
            if unit == "year":
                return _add_months(today, 12 * n)
            return None
        case "weekday" if _after_its_date(match) or _weekday_of_a_date_said(match, today):
            return None  # "15th of March (Sunday)": the date's own weekday, no other day
        case "weekday" if _names_a_day_counted_from_another(match):
            return None  # "il arrive la veille, le dimanche": the eve's weekday, no other day
        case "weekday" if _in_the_past(match):
            back = (today.weekday() - weekdays[groups["wd"]] - 1) % 7 + 1
            return today - timedelta(days=back)
        case "next_weekday" | "weekday":
            ahead = (weekdays[groups["wd"]] - today.weekday() - 1) % 7 + 1
            return today + timedelta(days=ahead)
        case "last_weekday" | "since_weekday":
            back = (today.weekday() - weekdays[groups["wd"]] - 1) % 7 + 1
            day = today - timedelta(days=back)
            return day if kind == "last_weekday" else day
        case "day":
            return today + timedelta(days=relative_days[groups["day"]])
    return None


def _after_its_date(match: re.Match[str]) -> bool:
    """Whether a weekday follows a date, as its name ("15th of March (Sunday)", "1/7, een
    woensdag")."""
    return _date_then_weekday().search(match.string[: match.start()]) is not None


def _names_a_day_counted_from_another(match: re.Match[str]) -> bool:
    """Whether a weekday restates a day counted from another said just before it, in its
    sentence ("il arrive la veille en minibus, le dimanche", "the day before, Sunday")."""
    before = match.string[max(0, match.start() - 30) : match.start()]
    before = re.split(r"(?<!\d)[.!?;]\s", before)[-1]
    return lexicon().cues["relative_to_other"].search(before) is not None


_RESTATED = re.compile(
    r":|\(|\b(?:donc|so|thus|dus|also|d h|das heisst|c est a dire|i e|that is|laut|according to"
    r"|selon|volgens)\b"
)
"""The words that say a day again: "le dimanche matin : donc le dimanche 3 mai"."""


def _weekday_named(words: list[str]) -> int | None:
    """The weekday the one word names, in the answer's language or as rewritten."""
    if not words:
        return None
    word = words[0]
    if word in WEEKDAY_NAMES:
        return WEEKDAY_NAMES.index(word)
    return _lexicon(LANGUAGE.get()).weekdays.get(word)


def _weekday_of_a_date_said(match: re.Match[str], today: date) -> bool:
    """Whether the date said just before the weekday, in its sentence, falls on it ("am 31.
    mai, der Flug kommt Sonntag an": the Sunday 31 May, not the next Sunday)."""
    weekday = _lexicon(LANGUAGE.get()).weekdays.get(match["wd"])
    if weekday is None:
        return False
    months = month_words()
    before = match.string[max(0, match.start() - 60) : match.start()]
    before = re.split(r"(?<!\d)[.!?]\s", before)[-1]  # the same sentence only
    # "le bus arrive le dimanche matin : donc le dimanche 3 mai": the date said after it
    after = re.split(r"(?<!\d)[.!?]\s", match.string[match.end() : match.end() + 40])[0]
    restated = [  # the same weekday said again with its date: "… donc le dimanche 3 mai"
        said
        for said in _said_date().finditer(after)
        if _weekday_named(after[: said.start()].split()[-1:]) == weekday
        # said again as the same day ("donc", ":"), not another Monday ("arrives Monday and
        # starts work Monday 11 May")
        # (or a correction left the two side by side: "au vendredi jusqu'au friday 9 octobre")
        and (_RESTATED.search(after[: said.start()]) or len(after[: said.start()].split()) <= 3)
    ]
    for said in [*_said_date().finditer(before), *restated]:
        day = int(said["d"])
        month = int(said["m"]) if said["m"] else months.get(said["mn"] or "")
        if month is None:
            continue
        for year in (today.year, today.year + 1):
            try:
                if date(year, month, day).weekday() == weekday:
                    return True
            except ValueError:
                continue
    return False


@cache
def _said_date() -> re.Pattern[str]:
    months = "|".join(sorted(month_words(), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e|de|ste)?\.?\s*(?:(?:of\s+)?(?P<mn>{months})\b"
        r"|[./-](?P<m>\d{1,2})\b)"
    )


@cache
def _date_then_weekday() -> re.Pattern[str]:
    months = "|".join(sorted(month_words(), key=len, reverse=True))
    return re.compile(
        rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|e|de|ste|\.)?\s+(?:of\s+)?(?:{months})"
        r"|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?)\.?\s*[(,]\s*(?:(?:a|an|un|une|een|ein|eine)\s+)?$"
    )


_MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
"""English month names, which the reader knows whatever the answer's language: a month written
out ("2 months ago" → "may 2026")."""


def no_day_of_the_case(folded: str, start: int, end: int, meant: date, today: date) -> bool:
    """Whether a relative day is a greeting ("Guten Morgen", "goeie morgen"), says when someone
    came to the helpdesk ("came in this morning"), or when someone told or called ("comme mon
    collègue vous l'a dit ce matin", "wie ich gestern am Telefon gesagt habe"; "il a dit
    demain" still gives tomorrow): no day of the case."""
    before = folded[:start].split()[-2:]
    cues = lexicon().cues
    if before[-1:] and before[-1] in cues["greeting"].phrases:
        return True
    leading = " ".join(folded[:start].split()[-4:])
    if cues["came_by"].search(leading):
        return True  # "a Pakistani gentleman came in this morning": to the helpdesk
    if cues["arrival"].search(leading) or cues["filing"].search(leading):
        return False  # "he arrived yesterday, he said": the arrival's day
    around = " ".join(before + ["|"] + folded[end:].split()[:3])
    return meant <= today and cues["told"].search(around) is not None


def rewrite(folded: str, today: date) -> str:
    """The folded text with every relative date replaced by the date it means."""
    if not folded:
        return folded
    lang = LANGUAGE.get()
    for pattern, kind in _patterns(lang):
        if not pattern.search(folded):
            continue
        if kind == "drop":
            folded = pattern.sub("", folded)
            continue
        pieces = []
        position = 0
        for match in pattern.finditer(folded):
            meant = _meaning(kind, match, today, lang)
            if meant is None:
                continue
            if isinstance(meant, date) and no_day_of_the_case(folded, *match.span(), meant, today):
                continue
            pieces.append(folded[position : match.start()])
            pieces.append(_date_text(meant) if isinstance(meant, date) else meant)
            position = match.end()
        pieces.append(folded[position:])
        folded = "".join(pieces)
    return folded
