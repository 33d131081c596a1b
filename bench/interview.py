"""Interview bench: questions per interview and replay speed (a script, not a timed test).

    .venv/bin/python bench/interview.py [--rounds N]

Prints the median and the maximum number of distinct questions asked over ``transcripts/``
(target: median ≤ 6), then how many transcripts replay per second in one process, warm
(target: ≥ 200/s). Each replay runs the whole conversation through the engine and the rules core.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.engine.transcript import load, replay_data  # noqa: E402
from assistant.replay import DEFAULT_FOLDER  # noqa: E402


def main(argv: list[str]) -> int:
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 5
    transcripts = [(path.name, load(path)) for path in sorted(DEFAULT_FOLDER.glob("*.toml"))]
    results = [replay_data(data, name) for name, data in transcripts]  # also warms the caches
    failed = [r.file for r in results if not r.passed]
    counts = sorted(r.questions_asked for r in results)
    longest = max(results, key=lambda r: r.questions_asked)
    failing = f": {', '.join(failed)}" if failed else ""
    print(f"transcripts: {len(results)} ({len(failed)} failing{failing})")
    print(
        f"questions per interview: median {statistics.median(counts):g}, max {counts[-1]} "
        f"({longest.file}); target median <= 6"
    )
    print("distribution: " + ", ".join(f"{n}: {counts.count(n)}" for n in sorted(set(counts))))

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
