"""Understanding bench: how the blind phrasing corpus is read (a script, not a timed test).

    .venv/bin/python bench/understanding.py [--failures [KIND]] [--lang xx]
        [--held-out | --round3 | --round4 | --round5 | --round6 | --round7 | --round8 | --round9
        | --round10]

For each kind of question and each language: the share read right at the first try, and the
counts of answers asked back, dropped (accepted while a fact it gave was not used) and read
wrong (a fact set that the person did not give: the goal is 0). Then the time one answer takes
to read (p50, p95; target p95 <= 5 ms). ``--failures`` lists every case not read right;
``--held-out`` grades the second blind corpus (written after the reader was tuned on the first);
``--round3`` the third (note-style lines, self-corrections, documents by what is written on them),
``--round4`` the fourth (regional usage, dictated text, pasted form lines, hedges);
``--round5`` the fifth (numbers that are not facts, chat and mail pastes, phone typing, dates
written every way, several workers in one answer); ``--round6`` the sixth (family members and
agencies typing, calendar weeks and feasts, dual nationalities, workers in transit); ``--round7``
the seventh (greetings and signatures, numbers that are not facts, new date formats, plans not
settled, code-switching, tables and lists); ``--round8`` the eighth (learners' grammar and
spelling, chat style, hedges, answers to another question, official numbers that hide dates,
durations, corrections inside one answer, several people); ``--round9`` the ninth (days
counted from other days, deadlines, borders, identity papers, the edges of age, papers in
progress, forwarded messages, dates spoken, one-word answers); ``--round10`` the tenth (the
everyday mix: regional date abbreviations, whole months, capitals and old country names,
loosely said places, documents by brand name, remembered earlier stays, everyday roles).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.phrasings import (
    GRADES,
    HELD_OUT,
    ROUND_3,
    ROUND_4,
    ROUND_5,
    ROUND_6,
    ROUND_7,
    ROUND_8,
    ROUND_9,
    ROUND_10,
    grade,
    load_cases,
)  # noqa: E402


def main(argv: list[str]) -> int:
    corpora = {
        "--held-out": HELD_OUT,
        "--round3": ROUND_3,
        "--round4": ROUND_4,
        "--round5": ROUND_5,
        "--round6": ROUND_6,
        "--round7": ROUND_7,
        "--round8": ROUND_8,
        "--round9": ROUND_9,
        "--round10": ROUND_10,
    }
    chosen = [folder for flag, folder in corpora.items() if flag in argv]
    cases = load_cases(chosen[0]) if chosen else load_cases()
    if "--lang" in argv:
        wanted = argv[argv.index("--lang") + 1]
        cases = [c for c in cases if c.lang == wanted]
    for lang in sorted({c.lang for c in cases}):  # warm each language's caches once (catalogs,
        grade(next(c for c in cases if c.lang == lang))  # month names, vocabulary, country index)
    results = []
    timings = []
    for case in cases:
        started = time.perf_counter()
        results.append(grade(case))
        timings.append(time.perf_counter() - started)
    table: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(GRADES, 0))
    for result in results:
        table[(result.case.question, result.case.lang)][result.grade] += 1
    langs = sorted({c.lang for c in cases})
    kinds = sorted({c.question for c in cases})
    print(f"{'question':<15}" + "".join(f"{lang:>16}" for lang in langs) + f"{'all':>16}")
    for kind in kinds:
        row = f"{kind:<15}"
        total = dict.fromkeys(GRADES, 0)
        for lang in langs:
            counts = table[(kind, lang)]
            for g in GRADES:
                total[g] += counts[g]
            row += f"{_cell(counts):>16}"
        print(row + f"{_cell(total):>16}")
    totals = dict.fromkeys(GRADES, 0)
    for counts in table.values():
        for g in GRADES:
            totals[g] += counts[g]
    n = sum(totals.values())
    print("cells: % read right (wrong/dropped)")
    print(
        f"answers: {n}; read right {totals['right']} ({100 * totals['right'] / n:.1f}%), "
        f"asked back {totals['asked']}, dropped {totals['dropped']}, "
        f"silent wrong readings {totals['wrong']}; target >= 97% right and 0 wrong"
    )
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(
        f"reading one answer (with the interview around it): p50 {statistics.median(ms):.2f} ms, "
        f"p95 {p95:.2f} ms; target p95 <= 5 ms"
    )
    if "--failures" in argv:
        index = argv.index("--failures") + 1
        only = argv[index] if index < len(argv) and not argv[index].startswith("--") else None
        for result in results:
            if result.grade != "right" and (only is None or result.case.question == only):
                print(
                    f"\n[{result.grade}] {result.case.id} {result.case.question} "
                    f"today={result.case.today}: {result.case.text!r}\n    {result.detail}"
                    f"\n    said: {result.said[:300]}"
                )
    return 0


def _cell(counts: dict[str, int]) -> str:
    n = sum(counts.values())
    if not n:
        return "-"
    return f"{100 * counts['right'] / n:.0f}% ({counts['wrong']}/{counts['dropped']})"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
