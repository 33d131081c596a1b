"""Interview bench: questions per interview and replay speed (a script, not a timed test).

    .venv/bin/python bench/interview.py [--rounds N]

Prints the number of questions per complete interview in two ways:

- the blind people of ``tests/data/people*/`` (``tests/people.py``): people who wrote, from the
  question texts alone, how they would answer, going through the interview as the app runs it
  (the opening description first, then only what is still needed). This is the measure of the
  target (median <= 5, the opening counted as a question);
- the recorded interviews of ``transcripts/``: many were recorded question by question without an
  opening (``saison --no-describe``), one fact per answer, so a short stay takes its six facts
  in six questions there; printed to see what moves, with the interviews that open with a
  description apart (target: at most 2 more questions when the description gave every fact).

Then how many transcripts replay per second in one process, warm (target: >= 200/s). Each
replay runs the whole conversation through the engine and the rules core.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.engine.transcript import load, replay_data  # noqa: E402
from assistant.replay import default_folder  # noqa: E402
from tests.people import PEOPLE_SETS, load_people, simulate  # noqa: E402


def main(argv: list[str]) -> int:
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 5
    people = [simulate(person) for folder in PEOPLE_SETS for person in load_people(folder)]
    complete = sorted(r.questions for r in people if r.grade == "right")
    print(
        f"blind people ({len(people)}, {len(complete)} complete at the first try): questions "
        f"per interview, the opening included: median {statistics.median(complete):g}, max "
        f"{complete[-1]}; target median <= 5"
    )
    print("distribution: " + ", ".join(f"{n}: {complete.count(n)}" for n in sorted(set(complete))))

    transcripts = [(path.name, load(path)) for path in sorted(default_folder().glob("*.toml"))]
    results = [replay_data(data, name) for name, data in transcripts]  # also warms the caches
    failed = [r.file for r in results if not r.passed]
    counts = sorted(r.questions_asked for r in results)
    longest = max(results, key=lambda r: r.questions_asked)
    failing = f": {', '.join(failed)}" if failed else ""
    print(f"transcripts: {len(results)} ({len(failed)} failing{failing})")
    print(
        f"questions per recorded interview: median {statistics.median(counts):g}, max "
        f"{counts[-1]} ({longest.file})"
    )
    print("distribution: " + ", ".join(f"{n}: {counts.count(n)}" for n in sorted(set(counts))))
    opened = [
        r for (name, data), r in zip(transcripts, results, strict=True) if data.get("opening")
    ]
    if opened:
        after = sorted(r.questions_asked - 1 for r in opened)  # the opening itself aside
        print(
            f"after an opening description ({len(opened)} interviews): median "
            f"{statistics.median(after):g} more questions, max {after[-1]}; "
            f"{sum(1 for n in after if n <= 2)} of {len(after)} with at most 2; target <= 2 "
            "when the description gives every fact"
        )

    started = time.perf_counter()
    for _ in range(rounds):
        for name, data in transcripts:
            replay_data(data, name)
    elapsed = time.perf_counter() - started
    replays = rounds * len(transcripts)
    print(
        f"replay speed: {replays / elapsed:.0f} transcripts/s in-process "
        f"({replays} replays in {elapsed:.2f} s); target >= 200/s"
    )
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
