"""Countries (and a few cities) named anywhere in an answer, by name or by nationality word.

Names come from CLDR in the four languages and the rules core's aliases (``rules.countries``);
nationality words ("Thai", "afghane", "Marokkaanse", "Ukrainerin") are found by taking a known
ending off and trying the country name it leaves, exact lookups only, so that scanning a long
answer stays cheap. Cities people name instead of a country are data (``vocabulary/places.toml``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache

from ..parsing.text import fold
from .lexicon import FOLDER

_ENDINGS = (
    "erinnen",
    "erin",
    "ischer",
    "ische",
    "isches",
    "ischen",
    "isch",
    "iennes",
    "ienne",
    "iens",
    "ien",
    "aises",
    "aise",
    "ais",
    "aines",
    "aine",
    "ains",
    "ain",
    "aanse",
    "aans",
    "eesche",
    "ese",
    "ees",
    "eanse",
    "ees",
    "iaanse",
    "iaan",
    "ians",
    "ian",
    "iers",
    "ier",
    "ers",
    "er",
    "ese",
    "ses",
    "se",
    "ins",
    "in",
    "es",
    "e",
    "s",
    "i",
    "an",
    "anen",  # Dutch plurals: "Marokkanen", "Vietnamezen", "Nepalezen"
    "ezen",
    "nen",
    "n",
    "anisch",
    "anische",
    "anischen",
    "aanse",
    "aans",
    "ano",
    "ana",
    "ienne",
    "anerin",
    "aan",
    "aner",
    "viennes",
    "vienne",
    "viens",
    "vien",
    "vian",
    "viaan",
    "viaanse",
    "vianisch",
    "",
)
_TAILS = (
    "",
    "e",
    "a",
    "ia",
    "ie",
    "ien",
    "o",
    "i",
    "land",
    "lande",
    "istan",
    "stan",
    "an",
    "en",
    "and",
    "ey",
)
_TAILS_IA_FIRST = ("ia", "ie", "ien", "e", "a", "", "o", "i")
_STOP = frozenset(
    """
    the and for from with this that have will here there what when where they their them
    pour dans avec sans mais elle elles nous vous leur plus tout tous
    voor niet maar naar zijn heeft hebben deze alle
    fur nicht aber sind eine einen dieser alle noch
    man mann men guinea aussi
    """.split()
)


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    code: str
    by_nationality_word: bool
    """``True`` for "Thai", "marocaine" (and "Algerien", both a German country name and a
    French nationality word); ``False`` for a country or city name only."""
    is_place: bool = True
    """It can name where someone is: a country or a city ("Thai" cannot)."""
    is_city: bool = False


@cache
def _names() -> dict[str, str]:
    from rules.countries import fold as rules_fold
    from rules.countries import name_index

    names = {rules_fold(name): code for name, code in name_index().items()}
    with (FOLDER / "places.toml").open("rb") as handle:
        data = tomllib.load(handle)
    for section in ("names", "cities", "demonyms"):
        for code, words in data[section].items():
            for word in words:
                names.setdefault(_key(word), code)
    for word in data["not_nationalities"]["words"]:
        names.pop(_key(word), None)
    return names


@cache
def _demonyms_in_running_text() -> dict[str, str]:
    """The nationality words of ``demonyms.toml`` that can be read inside a sentence: not a
    language's name ("ich spreche Deutsch", "il parle anglais"), nor a word that is one only
    as a whole answer, names several countries or is an everyday word (``places.toml``)."""
    from babel import Locale

    from rules.countries import fold as rules_fold

    with (FOLDER / "places.toml").open("rb") as handle:
        places = tomllib.load(handle)
    with (FOLDER / "demonyms.toml").open("rb") as handle:
        demonyms = tomllib.load(handle)["words"]
    languages = {
        rules_fold(name)
        for lang in ("fr", "nl", "de", "en")
        for name in Locale.parse(lang).languages.values()
    }
    excluded = languages | {
        _key(word)
        for section in ("whole_answer_demonyms",)
        for words in places[section].values()
        for word in words
    }
    excluded |= {_key(word) for word in places["ambiguous"]}
    excluded |= {_key(word) for word in places["not_nationalities"]["words"]}
    return {
        _key(word): code
        for code, words in demonyms.items()
        for word in words
        if len(_key(word)) >= 4 and _key(word) not in excluded
    }


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text)).split())


@cache
def ambiguous_words() -> dict[str, tuple[str, ...]]:
    """Names and nationality words that point to two countries ("Congo", "dominicain")."""
    with (FOLDER / "places.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {_key(word): tuple(codes) for word, codes in data["ambiguous"].items()}


@cache
def _not_nationalities() -> frozenset[str]:
    with (FOLDER / "places.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return frozenset(_key(word) for word in data["not_nationalities"]["words"])


def place_name(folded: str) -> str | None:
    """The country of a name in ``places.toml`` (a city, or a country name CLDR writes
    otherwise), or of an ISO alpha-3 code ("MAR", "UKR")."""
    key = _key(folded)
    if key in _names():
        return _names()[key]
    if len(key) == 3 and key.isalpha():
        from babel.core import get_global

        codes = get_global("territory_aliases").get(key.upper())
        if codes and len(codes) == 1:
            return codes[0]
    return None


@cache
def _aliases() -> frozenset[str]:
    """Nationality words: the rules core's aliases and ``places.toml``'s demonyms."""

    from rules.countries import fold as rules_fold
    from rules.tables import countries

    with (FOLDER / "places.toml").open("rb") as handle:
        data = tomllib.load(handle)
    aliases = {rules_fold(alias) for aliases in countries().aliases.values() for alias in aliases}
    demonyms = {_key(word) for words in data["demonyms"].values() for word in words}
    places = {_key(word) for words in data["names"].values() for word in words}
    return frozenset((aliases | demonyms) - places - _language_names("en"))


@cache
def _place_names() -> frozenset[str]:
    """Names that can say where someone is: CLDR country names, places.toml names and cities."""
    from babel import Locale

    from rules.countries import fold as rules_fold

    with (FOLDER / "places.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return frozenset(
        {
            rules_fold(name)
            for lang in ("fr", "nl", "de", "en")
            for name in Locale.parse(lang).territories.values()
        }
        | {
            _key(word)
            for section in ("names", "cities")
            for words in data[section].values()
            for word in words
        }
    )


@cache
def _country_names() -> dict[str, str]:
    """Country names and nationality words (no city): what a nationality word's stem may be."""
    cities = _cities()
    return {name: code for name, code in _names().items() if name not in cities}


@cache
def _language_names(lang: str) -> frozenset[str]:
    """Country names as CLDR writes them in one language."""
    from babel import Locale

    from rules.countries import fold as rules_fold

    return frozenset(rules_fold(name) for name in Locale.parse(lang).territories.values())


def _is_nationality_word(phrase: str) -> bool:
    """A nationality word, in the language of the answer: "algerien" is the French man, but
    the German country; "belgie" is the Dutch country name; "bolivien", a German country name,
    is a Bolivian in French."""
    from .lexicon import LANGUAGE

    lang = LANGUAGE.get() or "en"
    if phrase in _language_names(lang):
        return False
    if phrase in _aliases():
        return True
    foreign_name = phrase not in _language_names("en") and phrase not in _local_names()
    return (
        foreign_name
        and lang != "en"
        and nationality_word_by_ending(phrase) is not None
        and phrase in _demonym_words()  # "belgie" (Dutch for Belgium) is no German word
    )


@cache
def _demonym_words() -> frozenset[str]:
    """Every nationality word of ``demonyms.toml``, in the four languages."""
    with (FOLDER / "demonyms.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return frozenset(_key(word) for words in data["words"].values() for word in words)


@cache
def _local_names() -> frozenset[str]:
    with (FOLDER / "places.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return frozenset(
        _key(w) for section in ("names", "cities") for ws in data[section].values() for w in ws
    )


def nationality_word_by_ending(word: str) -> str | None:
    """The country a word names by a nationality ending, the word itself aside."""
    names = _country_names()
    for ending in _ENDINGS:
        if not ending or not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if len(stem) < 3:
            continue
        for tail in _TAILS:
            candidate = stem + tail
            if candidate != word and candidate in names:
                return names[candidate]
    return None


@cache
def _cities() -> frozenset[str]:
    with (FOLDER / "places.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return frozenset(_key(word) for words in data["cities"].values() for word in words)


@cache
def nationality_word(word: str) -> str | None:
    """The country a single nationality word points to ("thaise" → TH), exact lookups only."""
    if len(word) < 4 or word in _STOP or word in _not_nationalities():
        return None
    names = _country_names()
    if word in _aliases():
        return names.get(word)  # an alias that is also a language's name ("frans") is none
    for ending in ("e", "en", "er", "es", "em"):  # German adjectives: "einen polnischen Pass"
        if word.endswith(ending) and word[: -len(ending)] in _aliases():
            return names.get(word[: -len(ending)])
    for ending in _ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if len(stem) < 3:
            continue
        tails = (
            _TAILS_IA_FIRST
            if ending
            in ("ian", "ians", "iaan", "iaanse", "ien", "iens", "ienne", "iennes", "ier", "iers")
            else _TAILS
        )
        for tail in tails:
            candidate = stem + tail
            if candidate != word and candidate in names:
                return _unless_misspelt(word, names[candidate])
    return None


def _unless_misspelt(word: str, code: str) -> str | None:
    """A word read by its ending ("nigerain": Niger) is not read when two letters swapped make
    it a word of another country ("nigerian"): a slip of the fingers is asked about, not
    guessed. (One letter apart is no slip: "islandaise" is not "irlandaise".)"""
    if len(word) < 6:
        return code
    from rapidfuzz import process
    from rapidfuzz.distance import OSA, Levenshtein

    names = _country_names()
    near = process.extract(word, names.keys(), scorer=OSA.distance, limit=10, score_cutoff=1)
    swapped = [name for name, _, _ in near if Levenshtein.distance(word, name) == 2]
    return None if any(names[name] != code for name in swapped) else code


_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


_FLAG = re.compile("([\U0001f1e6-\U0001f1ff])([\U0001f1e6-\U0001f1ff])")


def flag_of(text: str) -> str | None:
    """The country of the one flag an answer shows ("notre gars il est 🇺🇦", "Kwame, Ghana
    🇬🇭"): its ISO code, from the two regional letters the emoji is made of. ``None`` when
    there is no flag, or flags of several countries (Belgium's and the EU's aside: the farm's,
    not the worker's)."""
    from rules.countries import known_codes

    codes = {
        chr(ord(a) - 0x1F1E6 + ord("A")) + chr(ord(b) - 0x1F1E6 + ord("A"))
        for a, b in _FLAG.findall(text)
    } - {"BE", "EU", "UN"}
    code = codes.pop() if len(codes) == 1 else None
    return code if code in known_codes() else None


def countries_in(folded: str) -> list[CountryMention]:
    """Every country the folded text names, in order (the longest name first: "Papua New
    Guinea" is not "Guinea")."""
    from .lexicon import LANGUAGE

    return list(_countries_in(folded, LANGUAGE.get()))


@lru_cache(maxsize=512)
def _countries_in(folded: str, lang: str | None) -> tuple[CountryMention, ...]:
    """:func:`countries_in`, once per text and language (an opening is read several ways)."""
    return tuple(_find_countries(folded))


def _find_countries(folded: str) -> list[CountryMention]:
    names = _names()
    tokens = [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(folded)]
    found: list[CountryMention] = []
    i = 0
    while i < len(tokens):
        for size in (5, 4, 3, 2, 1):
            if i + size > len(tokens):
                continue
            words = [t[2].replace("-", " ") for t in tokens[i : i + size]]
            phrase = " ".join(words)
            if phrase in ambiguous_words():
                codes = ",".join(ambiguous_words()[phrase])
                found.append(
                    CountryMention(tokens[i][0], tokens[i + size - 1][1], f"?{codes}", True, False)
                )
                i += size
                break
            if size > 1 and phrase not in names:
                phrase = _feminine_or_plural(phrase, names)  # "néo-zélandaise", "sri lankais"
            if phrase in names and not (
                size == 1 and (len(phrase) < 4 and phrase not in _SHORT_OK)
            ):
                by_word = _is_nationality_word(phrase)
                found.append(
                    CountryMention(
                        tokens[i][0],
                        tokens[i + size - 1][1],
                        _unsure_after_a_compass_word(names[phrase], tokens, i, by_word),
                        by_word,
                        phrase in _place_names()
                        and not (
                            size == 1 and _is_nationality_word(phrase) and phrase not in _aliases()
                        ),
                        phrase in _cities(),
                    )
                )
                i += size
                break
        else:
            code = nationality_word(tokens[i][2]) if not _a_place_in_belgium(tokens, i) else None
            if code is None and _one_person_before(tokens, i):
                # "Rustam, een Oezbeek van 45", "er ist Usbeke": any nationality word of one
                # person (not "in de ploeg met de Roemenen")
                code = _demonyms_in_running_text().get(tokens[i][2])
            if code is not None:
                code = _unsure_after_a_compass_word(code, tokens, i, True)
                found.append(CountryMention(tokens[i][0], tokens[i][1], code, True, False))
            i += 1
    return found


_IN_BELGIUM = ("en belgique", "in belgie", "in belgien", "in belgium")


def _a_place_in_belgium(tokens: list, i: int) -> bool:
    """ "un fermier de Libin en Belgique", "chez un autre producteur (à Libin)": a word said as
    a place, not a nationality read by its ending. The words of place are the vocabulary's
    (the French "à", folded "a", only in French: "a Thai" is English)."""
    from .lexicon import lexicon

    cues = lexicon().cues
    before = tokens[i - 1][2] if i > 0 else ""
    # (not "ouvrier moldavien en Belgique": a nationality of someone in Belgium)
    in_belgium = " ".join(t[2] for t in tokens[i + 1 : i + 3]) in _IN_BELGIUM
    # ("bei enger Firma" is no English; "aus X" is where one is from, unless in Belgium)
    return before in cues["in_place_word"].phrases or (
        before in cues["from_place_word"].phrases
        and (in_belgium or before not in cues["origin"].phrases)
    )


def _one_person_before(tokens: list, i: int) -> bool:
    from .lexicon import lexicon

    return i > 0 and tokens[i - 1][2] in lexicon().cues["one_person"].phrases


_COMPASS = frozenset("south north sud nord noord zuid sued east oost ost west ouest".split())
"""Words that make another country of a nationality ("South Sudanese", "nord-coréen")."""


def _unsure_after_a_compass_word(code: str, tokens: list, i: int, by_word: bool) -> str:
    """ "South Sudanse": a nationality word after "south", "nord"... that together name no
    country known is a misspelling of one of two countries, not the one without the compass."""
    if by_word and i > 0 and tokens[i - 1][2] in _COMPASS and not code.startswith("?"):
        return f"?{code}"
    return code


def _feminine_or_plural(phrase: str, names: dict[str, str]) -> str:
    """A nationality of several words with a feminine or plural ending ("sri lankaise",
    "neo zelandaises") as the name it ends like, when it is one."""
    for ending in ("es", "e", "s", "n"):
        if phrase.endswith(ending) and phrase[: -len(ending)] in names:
            return phrase[: -len(ending)]
    return phrase


_SHORT_OK = frozenset({"usa", "uk", "rdc", "uae"})
"""Names of three letters or fewer that are not everyday words."""
