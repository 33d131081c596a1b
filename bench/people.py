"""People bench: whole interviews of blind people, as the acceptance check runs them (a script,
not a timed test).

    .venv/bin/python bench/people.py [--failures] [--lang xx] [--second | ... | --fifty-second]

Each person of ``tests/data/people/`` goes through the interview the app runs (opening first),
answering each question saison asks with their own answer for it (``tests/people.py`` says how
a person is graded). Prints, per language, the share understood at the first try with the
right outcome (target >= 95%), the people asked a question again, the silent wrong readings
(target 0), and the questions asked per interview (median). ``--second`` runs the second set
(``tests/data/people2/``), written after the reader was fixed on the first; ``--third`` the
third (``tests/data/people3/``), written after it was fixed on the second; ``--fourth`` the
fourth (``tests/data/people4/``), written while it was fixed on the third; ``--fifth`` the
fifth (``tests/data/people5/``), written while it was fixed on the fourth; ``--sixth`` the
sixth (``tests/data/people6/``), written while it was fixed on the fifth; ``--seventh`` and
``--eighth`` (``tests/data/people7/``, ``tests/data/people8/``), written side by side after the
sixth was fixed; ``--ninth`` (``tests/data/people9/``), written while they were fixed;
``--tenth`` (``tests/data/people10/``), written while the ninth was fixed; ``--eleventh``
(``tests/data/people11/``), written while the tenth was fixed; ``--twelfth``
(``tests/data/people12/``), written while the eleventh was fixed; ``--thirteenth``
(``tests/data/people13/``), written while the twelfth was fixed; ``--fourteenth``
(``tests/data/people14/``), written while the thirteenth was fixed; ``--fifteenth``
(``tests/data/people15/``), written while the fourteenth was fixed; ``--sixteenth``
(``tests/data/people16/``), written while the fifteenth was fixed; ``--seventeenth``
(``tests/data/people17/``), written while the sixteenth was fixed; ``--eighteenth``
(``tests/data/people18/``), written while the vocabulary was reviewed; ``--nineteenth``
(``tests/data/people19/``), written while the eighteenth was fixed; ``--twentieth``
(``tests/data/people20/``), written while the nineteenth was fixed; ``--twenty-first``
(``tests/data/people21/``), written while the twentieth was fixed; ``--twenty-second``
(``tests/data/people22/``), written while the twenty-first was fixed; ``--twenty-third``
(``tests/data/people23/``), written while the twenty-second was fixed; ``--twenty-fourth``
(``tests/data/people24/``), written while the twenty-third was fixed; ``--twenty-fifth``
(``tests/data/people25/``), written while the twenty-fourth was fixed; ``--twenty-sixth``
(``tests/data/people26/``), written while the twenty-fifth was fixed; ``--twenty-seventh``
(``tests/data/people27/``), written while the twenty-sixth was fixed; ``--twenty-eighth``
(``tests/data/people28/``), written while the twenty-seventh was fixed; ``--twenty-ninth``
(``tests/data/people29/``), written after the fixes for the twenty-eighth; ``--thirtieth``
(``tests/data/people30/``), written while the twenty-ninth was fixed; ``--thirty-first``
(``tests/data/people31/``), written while the thirtieth was fixed; ``--thirty-second``
(``tests/data/people32/``), written while the thirty-first was fixed; ``--thirty-third``
(``tests/data/people33/``), written while the thirty-second was fixed; ``--thirty-fourth``
(``tests/data/people34/``), written while the thirty-third was fixed; ``--thirty-fifth``
(``tests/data/people35/``), written while the thirty-fourth was fixed; ``--thirty-sixth``
(``tests/data/people36/``), written while the thirty-fifth was fixed; ``--thirty-seventh``
(``tests/data/people37/``), written while the thirty-sixth was fixed; ``--thirty-eighth``
(``tests/data/people38/``), written while the thirty-seventh was fixed; ``--thirty-ninth``
(``tests/data/people39/``), written while the thirty-eighth was fixed; ``--fortieth``
(``tests/data/people40/``), written while the thirty-ninth was fixed; ``--forty-first``
(``tests/data/people41/``), written while the fortieth was fixed; ``--forty-second``
(``tests/data/people42/``), written after the forty-first arrived; ``--forty-third``
(``tests/data/people43/``), written while the forty-first and forty-second were fixed;
``--forty-fourth`` (``tests/data/people44/``), written while the forty-third was fixed;
``--forty-fifth`` (``tests/data/people45/``), written while the forty-fourth was fixed;
``--forty-sixth`` (``tests/data/people46/``), written while the forty-fifth was fixed;
``--forty-seventh`` (``tests/data/people47/``), written while the forty-sixth was fixed;
``--forty-eighth`` (``tests/data/people48/``), written while the forty-seventh was fixed;
``--forty-ninth`` (``tests/data/people49/``), written while the forty-eighth was fixed;
``--fiftieth`` (``tests/data/people50/``), written while the forty-ninth was fixed;
``--fifty-first`` (``tests/data/people51/``), written while the fiftieth was fixed;
``--fifty-second`` (``tests/data/people52/``), written while the fifty-first was fixed.
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.people import GRADES, ORDINALS, PEOPLE_SETS, load_people, simulate  # noqa: E402


def main(argv: list[str]) -> int:
    sets = {f"--{name}": folder for name, folder in zip(ORDINALS, PEOPLE_SETS, strict=True)}
    people = load_people(next((sets[flag] for flag in sets if flag in argv), PEOPLE_SETS[0]))
    if "--lang" in argv:
        wanted = argv[argv.index("--lang") + 1]
        people = [p for p in people if p.lang == wanted]
    results = [simulate(person) for person in people]
    print(f"{'lang':<6}{'people':>8}{'right':>9}" + "".join(f"{g:>12}" for g in GRADES[1:]))
    for lang in sorted({r.person.lang for r in results}):
        mine = [r for r in results if r.person.lang == lang]
        counts = Counter(r.grade for r in mine)
        share = counts["right"] / len(mine)
        print(
            f"{lang:<6}{len(mine):>8}{share:>9.0%}"
            + "".join(f"{counts[g]:>12}" for g in GRADES[1:])
        )
    counts = Counter(r.grade for r in results)
    right = counts["right"] / len(results) if results else 0.0
    complete = [r.questions for r in results if r.grade == "right"]
    print(
        f"people: {len(results)}; understood at the first try with the right outcome "
        f"{counts['right']} ({right:.1%}), target >= 95%; silent wrong readings "
        f"{counts['wrong']}, target 0"
    )
    if complete:
        print(
            f"questions per complete interview (the opening included): median "
            f"{statistics.median(complete):g}, max {max(complete)}"
        )
    if "--failures" in argv:
        for r in results:
            if r.grade != "right":
                print(f"\n{r.grade.upper()} {r.person.id} ({r.person.procedure}): {r.detail}")
                for question, text, said in r.said:
                    print(f"   {question}: {text[:110]!r}\n      -> {said[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
