"""Interview bench: questions per interview and replay speed (a script, not a timed test).

    .venv/bin/python bench/interview.py [--rounds N]

Prints the median and the maximum number of distinct questions asked over the complete
interviews of ``transcripts/`` (target: median <= 5), then for the interviews that open with a
description of the situation (``opening = true``, the app's default) how many questions follow
it (target: at most 2 when the description gave every fact), then how many transcripts replay
per second in one process, warm (target: >= 200/s). Each replay runs the whole conversation
through the engine and the rules core.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.engine.transcript import load, replay_data  # noqa: E402
from assistant.replay import default_folder  # noqa: E402


def main(argv: list[str]) -> int:
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 5
    transcripts = [(path.name, load(path)) for path in sorted(default_folder().glob("*.toml"))]
    results = [replay_data(data, name) for name, data in transcripts]  # also warms the caches
    failed = [r.file for r in results if not r.passed]
    counts = sorted(r.questions_asked for r in results)
    longest = max(results, key=lambda r: r.questions_asked)
    failing = f": {', '.join(failed)}" if failed else ""
    print(f"transcripts: {len(results)} ({len(failed)} failing{failing})")
    print(
        f"questions per interview: median {statistics.median(counts):g}, max {counts[-1]} "
        f"({longest.file}); target median <= 5"
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
