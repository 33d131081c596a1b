"""Speed and memory of ``saison batch`` (issue 12), measured side by side in one run.

    .venv/bin/python bench/batch.py

1. ``saison batch`` end to end (start-up, reading, deciding, writing; best of three runs) on a
   10,000-row CSV as an employer's spreadsheet writes it (French headers, ``;``, day/month/year
   dates, words for nationalities and documents): rows per second (target >= 5,000), set
   against the naive loop that runs ``saison decide`` once per row — timed on a sample of rows
   and extrapolated to the whole file. The CPU time of the run and the machine's load are
   printed beside it: on a machine busy with other work the wall time says little.
2. Peak memory (maximum resident set size of the main process or of its largest worker) at
   10,000 and 100,000 rows: flat in the number of rows when the file is streamed (target: the
   100k run within 1.25x of the 10k run).
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).parents[1]
SAISON = [sys.executable, "-m", "assistant.cli"]
TODAY = date(2026, 3, 2)
NATIONALITIES = [
    "marocaine",
    "Maroc",
    "MA",
    "ukrainienne",
    "Oekraïne",
    "Türkei",
    "indienne",
    "Nepal",
    "tunisienne",
    "Moldavie",
    "Albanian",
    "géorgienne",
]
DOCUMENTS = [
    "passeport, contrat",
    "paspoort, arbeidskaart",
    "passeport",
    "tout",
    "aucun",
    "Reisepass, Krankenversicherung, Mietvertrag",
    "passport, work permit, insurance",
    "passeport, assurance maladie, bail",
    "",
]
NAIVE_SAMPLE = 40
RUNS = 3


def _day(day: date, rng: random.Random) -> str:
    return day.strftime("%d/%m/%Y") if rng.random() < 0.8 else day.isoformat()


def row(index: int, rng: random.Random) -> list[str]:
    start = TODAY + timedelta(days=rng.randint(10, 120))
    length = rng.choice([30, 60, 75, 89, 120, 140])
    kind = rng.choice(["abroad", "abroad", "abroad", "short_stay", "long_stay"])
    cells = {
        "reference": f"Travailleur {index:06d}",
        "nationality": rng.choice(NATIONALITIES),
        "location": {
            "abroad": "à l'étranger",
            "short_stay": "en Belgique avec une annexe 3",
            "long_stay": "long_stay",
        }[kind],
        "current_stay_start": "",
        "current_stay_end": "",
        "work_start": _day(start, rng),
        "work_end": _day(start + timedelta(days=length), rng),
        "entry_date": _day(start - timedelta(days=1), rng) if kind == "abroad" else "",
        "previous_seasonal_stays": "",
        "previous_schengen_stays": "",
        "age": str(rng.choice([19, 25, 34, 41, 52])),
        "documents": rng.choice(DOCUMENTS),
        "filed_on": "",
    }
    if kind != "abroad":
        current = TODAY - timedelta(days=rng.randint(10, 60))
        cells |= {
            "current_stay_start": _day(current, rng),
            "current_stay_end": _day(current + timedelta(days=85), rng),
            "filed_on": _day(TODAY, rng),
        }
    if rng.random() < 0.3:
        last = TODAY - timedelta(days=rng.randint(200, 500))
        cells["previous_seasonal_stays"] = f"{_day(last, rng)} - {_day(last + timedelta(60), rng)}"
    return list(cells.values())


def write_file(path: Path, rows: int) -> None:
    sys.path.insert(0, str(ROOT))
    from assistant.batch.columns import template_header

    rng = random.Random(12)
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(template_header("fr"))
        for index in range(rows):
            writer.writerow(row(index, rng))


def run_batch(path: Path) -> tuple[float, int, float]:
    """Wall time, peak memory (KiB) and CPU time (main process and workers) of one
    ``saison batch`` run."""
    out = path.with_suffix(".out.csv")
    script = (  # the largest of the main process and its workers (forked, then waited for)
        "import resource as r, sys; from assistant.cli import main; code = main(sys.argv[1:]); "
        "me, kids = r.getrusage(r.RUSAGE_SELF), r.getrusage(r.RUSAGE_CHILDREN); "
        "print(max(me.ru_maxrss, kids.ru_maxrss), me.ru_utime + me.ru_stime + kids.ru_utime "
        "+ kids.ru_stime, file=sys.stderr); sys.exit(0 if code in (0, 1) else code)"
    )
    began = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "batch",
            str(path),
            "--lang",
            "fr",
            "--out",
            str(out),
            "--today",
            TODAY.isoformat(),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - began
    memory, cpu = done.stderr.strip().splitlines()[-1].split()
    return wall, int(memory), float(cpu)


def situation(cells: list[str]) -> dict:
    """The JSON situation a script would hand ``saison decide`` for one row (the naive loop)."""

    def iso(text: str) -> str:
        if "/" not in text:
            return text
        day, month, year = text.split("/")
        return f"{year}-{month}-{day}"

    (
        _,
        nationality,
        location,
        cs_start,
        cs_end,
        w_start,
        w_end,
        entry,
        seasonal,
        _,
        age,
        documents,
        filed,
    ) = cells
    facts: dict = {
        "today": TODAY.isoformat(),
        "nationality": nationality,
        "location": "abroad" if "étranger" in location else "belgium",
        "work": {"start": iso(w_start), "end": iso(w_end)},
        "age": int(age),
        "documents": [d.strip() for d in documents.split(",") if d.strip()],
    }
    if facts["location"] == "belgium":
        facts["status"] = "seasonal_short_stay" if "annexe" in location else "seasonal_long_stay"
        facts["current_stay"] = {"start": iso(cs_start), "end": iso(cs_end)}
        facts["filed_on"] = iso(filed)
    if entry:
        facts["entry_date"] = iso(entry)
    if seasonal:
        first, last = seasonal.split(" - ")
        facts["previous_seasonal_stays"] = [{"start": iso(first), "end": iso(last)}]
    return facts


def naive_seconds_per_row(path: Path) -> float:
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))[1 : NAIVE_SAMPLE + 1]
    began = time.perf_counter()
    for cells in rows:
        subprocess.run(
            [*SAISON, "decide", "--lang", "fr"],
            input=json.dumps(situation(cells)),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    return (time.perf_counter() - began) / len(rows)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder) / "season-10k.csv", Path(folder) / "season-100k.csv"
        write_file(small, 10_000)
        write_file(large, 100_000)
        run_batch(small)  # warm the .pyc files and the disk cache
        # best of three: the machine's other processes only ever slow a run down
        wall, memory_small, cpu = min(run_batch(small) for _ in range(RUNS))
        naive = naive_seconds_per_row(small)
        _, memory_large, _ = run_batch(large)
    rate = 10_000 / wall
    load = os.getloadavg()[0]
    print(
        f"saison batch, 10,000 rows end to end: {wall:6.2f} s = {rate:8,.0f} rows/s "
        f"(target >= 5,000: {rate / 5000:.2f}x); {os.cpu_count()} cores, load {load:.1f}"
    )
    print(
        f"  CPU time, main process and workers: {cpu:.2f} s = {10_000 / cpu:,.0f} rows per "
        "CPU-second (what an idle machine gets per core)"
    )
    print(
        f"naive loop, saison decide per row:   {naive * 10_000:6.0f} s = {1 / naive:8,.1f} "
        f"rows/s (sampled on {NAIVE_SAMPLE} rows) -> batch is {naive * 10_000 / wall:,.0f}x "
        "faster"
    )
    print(
        f"peak memory: {memory_small / 1024:6.1f} MiB at 10k rows, {memory_large / 1024:6.1f} "
        f"MiB at 100k rows -> {memory_large / memory_small:.2f}x for 10x the rows "
        "(target <= 1.25x)"
    )


if __name__ == "__main__":
    main()
