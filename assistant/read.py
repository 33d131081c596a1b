"""``saison read``: what the interview hears in one answer, for whoever maintains the reader.

    saison read [--lang fr|nl|de|en] [--today YYYY-MM-DD] [--question ID] [--known JSON] TEXT

Prints every mention the reader finds (periods, dates, days without a month, bare years,
countries and nationality words, role and place cues), then what the interview does with the
answer at the question given (``opening`` by default): the facts it sets and what it says back,
or the question it asks. A failing line of the phrasing corpus is quickest understood this way.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date


def build_parser(parser: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    """``saison read``'s arguments (declared without loading the reader)."""
    parser.add_argument("text", help=t("cli.read.text"))
    parser.add_argument(
        "--lang", choices=("fr", "nl", "de", "en"), default="en", help=t("cli.app.lang")
    )
    parser.add_argument("--today", type=date.fromisoformat, default=None, help=t("cli.app.today"))
    parser.add_argument("--question", default="opening", help=t("cli.read.question"))
    parser.add_argument("--known", default="{}", help=t("cli.read.known"))


def mentions(text: str, lang: str, today: date) -> list[str]:
    from assistant.engine.parsing.text import fold
    from assistant.engine.reading import periods as period_reading
    from assistant.engine.reading.lexicon import LANGUAGE, lexicon
    from assistant.engine.reading.places import countries_in

    token = LANGUAGE.set(lang)
    try:
        found = period_reading.find(text, today)
        folded = fold(text)
        lines = [f"folded: {found.text}"]
        lines += [f"period: {found.text[p.start : p.end]!r} years={p.years}" for p in found.periods]
        lines += [f"date: {d.text!r}" for d in found.singles]
        lines += [f"day without month: {d.text!r}" for d in found.bare_days]
        lines += [f"year: {year}" for _, year in found.years]
        for m in countries_in(folded):
            kind = "nationality word" if m.by_nationality_word else "city" if m.is_city else "place"
            lines.append(f"country: {folded[m.start : m.end]!r} -> {m.code} ({kind})")
        lex = lexicon()
        for group, sets in (("role", lex.role), ("location", lex.location), ("cue", lex.cues)):
            for name, phrases in sorted(sets.items()):
                for match in phrases.find(folded):
                    lines.append(f"{group} {name}: {match[0]!r}")
        return lines
    finally:
        LANGUAGE.reset(token)


def main(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="saison read", description=__doc__.splitlines()[0])
    build_parser(parser, lambda key: key)
    return run(parser.parse_args(args))


def run(ns: argparse.Namespace) -> int:
    from assistant.engine import QUESTION_IDS, Interview
    from assistant.engine.state import Facts

    if ns.question not in QUESTION_IDS:
        print(f"--question: one of {', '.join(QUESTION_IDS)}")
        return 2
    ns.today = ns.today or date.today()
    for line in mentions(ns.text, ns.lang, ns.today):
        print(line)
    interview = Interview.start(lang=ns.lang, today=ns.today, opening=ns.question == "opening")
    interview.state.facts = Facts.model_validate(json.loads(ns.known))
    if ns.question != "opening":
        interview.state.answered = ["opening", "role"]
        interview.state.reopened = ns.question
    step = interview.answer(ns.text)
    print(f"--- at question {ns.question!r}: {'accepted' if step.accepted else 'asked back'}")
    for message in step.messages:
        print(f"{message.kind}: {message.text}")
    facts = interview.state.facts.model_dump(exclude_none=True)
    print("facts:", json.dumps(facts, default=str, ensure_ascii=False))
    if interview.state.role:
        print("role:", interview.state.role)
    return 0
