"""The browser version's speed: ``saison serve`` in the system's headless Chromium, beside the
terminal app driven by Textual's Pilot, the same interview, in the same run.

Two figures for each (goals for the browser, on loopback):
- first question: from the moment the page starts loading (the browser) or the app is created
  (Pilot) to the first question on the screen — goal <= 3 s in the browser;
- answer to question: from Enter on an answer to the next question on the screen, p50 and p95
  over every answer but the first of every run — goal p95 <= 200 ms in the browser. The first
  answer is printed apart: typed as soon as the first question shows, it waits for the engine
  still loading behind it (Pilot waits for the engine before its first answer).

A browser run opens a new tab, which starts a new app process (textual-serve's model): its
first question includes Python's start-up. The screen the browser draws is read as the tests
read it (``tests/web/harness.py``). Needs Chromium (``apt-get install chromium``) and the test
extras.

    .venv/bin/python bench/web.py [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.web.harness import Tab, chromium, served  # noqa: E402

TODAY = date(2026, 2, 2)
ANSWERS = [
    "1",
    "Kyrgyzstan",
    "abroad",
    "1 May 2026 - 30 September 2026",
    "never been",
    "24",
    "passport",
]
"""A worker from Kyrgyzstan, abroad: a single permit (as tests/app/test_interview.py)."""
SIZE = (120, 33)
"""The terminal the browser's 1100×700 page holds (about): Pilot gets the same."""
SHOWN = 40
"""Characters of a question looked for: a longer one may wrap on the screen."""


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def pilot_run(folder: Path) -> tuple[float, list[float], list[str]]:
    """One interview in the terminal app: first question, each answer's time, the questions."""
    from textual.widgets import Input

    from assistant.app.app import create_app
    from assistant.app.widgets.chat import Bubble

    def shown(app, text: str) -> bool:
        return any(
            b.entry.kind == "question" and b.entry.text == text for b in app.screen.query(Bubble)
        )

    start = time.perf_counter()
    app = create_app(lang="en", today=TODAY, db=folder / "pilot.db", resume=False, describe=False)
    async with app.run_test(size=SIZE) as pilot:
        while not shown(app, app.opening.text):
            await pilot.pause()
        first = time.perf_counter() - start
        questions = [app.opening.text]
        times = []
        case = await app.loaded()
        for answer in ANSWERS[:-1]:
            field = app.screen.query_one("#answer", Input)
            field.value = answer
            field.focus()
            start = time.perf_counter()
            await pilot.press("enter")
            expected = case.interview.current().question.text
            while not shown(app, expected):
                await pilot.pause()
            times.append(time.perf_counter() - start)
            questions.append(expected)
    return first, times, questions


def browser_run(context, url: str, questions: list[str]) -> tuple[float, list[float]]:
    """The same interview in a new browser tab."""
    page = context.new_page()
    try:
        tab = Tab(page)
        start = time.perf_counter()
        tab.open(url)
        tab.wait_for(questions[0][:SHOWN])
        first = time.perf_counter() - start
        times = []
        for answer, expected in zip(ANSWERS, questions[1:], strict=False):
            tab.type(answer)
            start = time.perf_counter()
            tab.press("Enter")
            tab.wait_for(expected[:SHOWN])
            times.append(time.perf_counter() - start)
        return first, times
    finally:
        page.close()


def line(name: str, firsts: list[float], answers: list[float]) -> str:
    return (
        f"{name:<10} first question {statistics.median(firsts) * 1000:6.0f} ms (median)   "
        f"answer → question p50 {percentile(answers, 0.5) * 1000:5.0f} ms, "
        f"p95 {percentile(answers, 0.95) * 1000:5.0f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp(prefix="saison-bench-web-"))
    pilot_firsts, pilot_answers = [], []
    questions: list[str] = []
    for _ in range(runs + 1):  # the first run warms the caches
        first, times, questions = asyncio.run(pilot_run(folder))
        pilot_firsts.append(first)
        pilot_answers += times
    del pilot_firsts[0], pilot_answers[: len(ANSWERS) - 1]
    args = [
        "--lang",
        "en",
        "--db",
        str(folder / "web.db"),
        "--today",
        TODAY.isoformat(),
        "--new",
        "--no-describe",
    ]
    web_firsts, web_answers = [], []
    with served(args, cwd=folder) as url, chromium() as browser:
        context = browser.new_context(locale="en-GB", viewport={"width": 1100, "height": 700})
        browser_run(context, url, questions)  # warm
        for _ in range(runs):
            first, times = browser_run(context, url, questions)
            web_firsts.append(first)
            web_answers += times
    per = len(ANSWERS) - 1
    web_later = [t for i, t in enumerate(web_answers) if i % per]
    pilot_later = [t for i, t in enumerate(pilot_answers) if i % per]
    print(
        f"{runs} interviews each, {len(web_later)} answers timed ({per - 1} per interview "
        f"after the first), terminal {SIZE[0]}×{SIZE[1]}"
    )
    print(line("browser", web_firsts, web_later) + "   goals: <= 3000 ms, p95 <= 200 ms")
    print(line("Pilot", pilot_firsts, pilot_later))
    print("per answer, median ms (browser / Pilot):")
    for index, answer in enumerate(ANSWERS[:per]):
        web = statistics.median(web_answers[index::per]) * 1000
        pilot = statistics.median(pilot_answers[index::per]) * 1000
        note = "  (engine still loading in the browser)" if index == 0 else ""
        print(f"  {answer!r:<36} {web:6.0f} / {pilot:6.0f}{note}")
    ok = statistics.median(web_firsts) <= 3 and percentile(web_later, 0.95) <= 0.2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
