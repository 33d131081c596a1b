"""Speed of the rules core (issue 2), printed as ratios measured side by side in one run.

    .venv/bin/python bench/decide.py

1. ``rules.decide`` in-process over a mix of every procedure with earlier stays and documents:
   situations per second on one core (target ≥ 20,000).
2. Document matching: typed phrases per second against the whole catalogue, cache bypassed
   (target ≥ 10,000).
3. ``saison decide`` cold start: median wall time over ``python -c "from pydantic import
   BaseModel"``, the floor the stack imposes (target ≤ 2.5×).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
import tomllib
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from rules import Situation, decide  # noqa: E402
from rules.documents import match_uncached  # noqa: E402

WORDS = [
    "paspoort",
    "passeport",
    "Arbeitserlaubnis",
    "work permit",
    "bail",
    "huurcontract",
    "assurance maladie",
    "contrat de travail",
    "casier judiciaire",
    "annexe 3",
    "medical certificate",
]


def situations(count: int, seed: int = 7) -> list[Situation]:
    rng = random.Random(seed)
    start = date(2026, 5, 1)
    result = []
    for _ in range(count):
        kind = rng.choice(["short", "long", "extension", "beyond", "renewal", "other"])
        current = {
            "start": (start - timedelta(days=rng.randint(20, 80))).isoformat(),
            "end": (start - timedelta(days=1)).isoformat(),
        }
        facts = {
            "today": "2026-03-02",
            "nationality": rng.choice(["MA", "UA", "TR", "IN", "Nepal", "Marokko", "FR"]),
            "location": "abroad" if kind in ("short", "long", "other") else "belgium",
            "work": {
                "start": start.isoformat(),
                "end": (start + timedelta(days=rng.choice([30, 60, 89, 120, 200]))).isoformat(),
            },
            "age": rng.choice([None, 17, 30]),
            "documents": rng.sample(WORDS, rng.randint(0, 4)),
            "previous_seasonal_stays": [
                {
                    "start": (start - timedelta(days=d + 40)).isoformat(),
                    "end": (start - timedelta(days=d)).isoformat(),
                }
                for d in rng.sample([100, 200, 300, 500], rng.randint(0, 2))
            ],
            "entry_date": start.isoformat(),
            "filed_on": "2026-03-10",
        }
        if kind == "extension":
            facts |= {
                "status": "seasonal_short_stay",
                "current_stay": current,
                "work": {
                    "start": start.isoformat(),
                    "end": (start + timedelta(days=5)).isoformat(),
                },
            }
        elif kind == "beyond":
            facts |= {"status": "seasonal_short_stay", "current_stay": current}
        elif kind == "renewal":
            facts |= {"status": "seasonal_long_stay", "current_stay": current}
        result.append(Situation.model_validate(facts))
    return result


def per_second(function, items, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for item in items:
            function(item)
        best = min(best, time.perf_counter() - began)
    return len(items) / best


def typed_phrases() -> list[str]:
    """The test phrases, each also with one letter dropped and one doubled: all distinct."""
    cases = tomllib.loads((ROOT / "tests/data/document_phrases.toml").read_text("utf-8"))["phrase"]
    phrases = []
    for case in cases:
        text = case["text"]
        phrases += [text, text[:-2] + text[-1:], text[:3] + text[2:]]
    return list(dict.fromkeys(phrases))


def median_walls(commands: list[tuple[list[str], str]], runs: int = 21) -> list[float]:
    """Median wall time of each command, the runs interleaved so that a busy moment of the
    machine weighs on every command alike."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for slot, (command, stdin) in enumerate(commands):
            began = time.perf_counter()
            subprocess.run(
                command, input=stdin, capture_output=True, text=True, check=False, cwd=ROOT
            )
            times[slot].append(time.perf_counter() - began)
    return [statistics.median(slot) for slot in times]


def main() -> None:
    mix = situations(2000)
    for situation in mix[:50]:
        decide(situation)  # load tables, catalogs and name index once, as a running process has
    rate = per_second(decide, mix)
    print(f"decide:            {rate:10,.0f} situations/s  (target >= 20,000: {rate / 20000:.2f}x)")

    phrases = typed_phrases()
    match_uncached(phrases[0])
    rate = per_second(match_uncached, phrases)
    print(
        f"document matching: {rate:10,.0f} phrases/s     (target >= 10,000: "
        f"{rate / 10000:.2f}x) over {len(phrases)} distinct phrases"
    )

    example = json.dumps(
        {
            "today": "2026-03-02",
            "nationality": "MA",
            "location": "abroad",
            "work": {"start": "2026-04-01", "end": "2026-06-15"},
            "age": 30,
            "documents": ["paspoort", "arbeidskaart"],
            "entry_date": "2026-04-01",
        }
    )
    saison = str(Path(sys.executable).parent / "saison")
    floor, cold = median_walls(
        [
            ([sys.executable, "-c", "from pydantic import BaseModel"], ""),
            ([saison, "decide", "--lang", "fr"], example),
        ]
    )
    print(
        f"cold start:        saison decide {cold * 1000:.0f} ms, "
        f"pydantic floor {floor * 1000:.0f} ms "
        f"-> {cold / floor:.2f}x (target <= 2.5x)"
    )


if __name__ == "__main__":
    main()
