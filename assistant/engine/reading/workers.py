"""Several workers in one answer: "die zwei Brüder sind Tunesier, der dritte kommt aus Algerien",
"on a 2 ouvriers, un marocain de 30 ans et un tunisien de 45 ans", "der ältere war letztes Jahr
schon da, der jüngere noch nie".

saison answers for one worker at a time. Several workers with the same facts are one case ("2
Oekraïense seizoenarbeiders … ze zitten nog in Lviv"); several whose facts differ, when the answer
does not say which one the case is about ("this file is for the younger one"), are asked about:
which worker, never one of them guessed.
"""

from __future__ import annotations

import re

from .lexicon import lexicon
from .places import countries_in

_AGE = re.compile(
    r"\b(1[4-9]|[2-7]\d)\s*(?:ans|an|jaar|jahre|jahren|j|years|year|yrs|y|yo|y o)\b"
    r"|\b(1[4-9]|[2-7]\d)\s+(?:en|and|et|und|&)\s+(1[4-9]|[2-7]\d)\b(?![/.\-]\d)"
)
"""An age ("30 ans", "28J"), or two said together ("de broers zijn 19 en 23")."""


def several_workers(folded: str) -> bool:
    """Whether the folded answer speaks of several workers whose facts differ, without saying
    which one the case is about."""
    cues = lexicon().cues
    apart = len({m[0] for m in cues["one_of_them"].find(folded)}) >= 2
    all_of_them = any(
        not _asked(folded, m.end()) for m in cues["all_of_them"].find(folded)
    )  # not "wat moet ik allemaal doen?"
    group = apart or _counted_group(folded) or all_of_them
    if not group or cues["about_one"].search(folded):
        return False
    return apart or _facts_differ(folded)


def _counted_group(folded: str) -> bool:
    """ "3 Nepali workers", "die zwei Brüder", "4 man": a count of two or more before a word
    for people (one word may stand between)."""
    lex = lexicon()
    for match in lex.cues["group"].find(folded):
        words = folded[: match.start()].replace("(", " ").split()
        for at in range(max(0, len(words) - 2), len(words)):
            word = words[at]
            count = int(word) if word.isdigit() and len(word) <= 2 else lex.numbers.get(word)
            # not "mit einer Anlage 3 (Saisonarbeiter)": the annex's number
            if count is not None and count >= 2 and words[at - 1 : at] not in _ANNEX_WORDS:
                return True
    return False


_ANNEX_WORDS = (["anlage"], ["annex"], ["annexe"], ["bijlage"], ["bylae"])


def _facts_differ(folded: str) -> bool:
    """Two nationalities (by word, or by "from"), two ages, or one never here and another here
    before. A country visited ("bei ihrer Tochter in Deutschland") is no worker's fact."""
    origin = lexicon().cues["origin"].phrases

    def said_as_origin(mention) -> bool:  # "aus Thailand", "from Nepal"
        before = folded[: mention.start].split()[-1:]
        return bool(before) and before[0] in origin

    def of_the_typer(mention) -> bool:  # "ik ben zelf Nederlander": the employer's own
        before = " ".join(folded[: mention.start].split()[-3:])
        cues = lexicon().cues
        return bool(cues["typer_is"].search(before) and cues["myself"].search(before))

    countries = {
        m.code
        for m in countries_in(folded)
        if not m.code.startswith("?")
        and (m.by_nationality_word or said_as_origin(m))
        and not of_the_typer(m)
    } - {"BE"}
    if len(countries) >= 2:
        return True
    ages = {age for match in _AGE.finditer(folded) for age in match.groups() if age}
    if len(ages) >= 2:
        return True
    cues = lexicon().cues
    nevers = [m.end() for m in cues["never_before"].find(folded)]
    return bool(nevers) and any(  # not "nog nooit gewerkt": the never's own verb
        not any(0 <= m.start() - end <= 2 for end in nevers) for m in cues["previous"].find(folded)
    )


def _asked(folded: str, offset: int) -> bool:
    """Whether the sentence at ``offset`` ends with a question mark."""
    ends = re.search(r"[.!?\n]", folded[offset:])
    return ends is not None and ends[0] == "?"
