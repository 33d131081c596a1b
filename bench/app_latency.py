"""Interaction latency of the app, beside a bare Textual app's key-to-frame time, in one run.

Measured with Textual's Pilot (headless, 80×24 for answers, 120×40 for the facts panel):

- **answer**: from Enter on an answer (typed, and on screen as a person sees it before pressing
  Enter) to the first frame that shows the next question;
- **what-if**: from Enter on a fact edited in the facts panel to the first frame that shows the
  updated result (the procedure flips between a short stay and a single permit);
- **bare**: a bare Textual app (an input and a line of text): from a key to the first frame that
  shows the line changed.

The clock stops in the app's post-display hook, called after every frame is composed: the first
frame in which the expected text is on a visible widget. Target: p95 ≤ 50 ms for the first two.

    python bench/app_latency.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ANSWERS = ["Morocco", "1", "1 April to 15 June 2026", "no", "31 March"]
WORK = ["1 April to 30 September 2026", "1 April to 15 June 2026"]
"""The work period edited back and forth: a single permit, then a short stay again."""


class FrameClock:
    """Times from a key to the first frame in which ``shown()`` holds."""

    def __init__(self, app) -> None:
        self.app = app
        self.shown: Callable[[], bool] | None = None
        self.start = 0.0
        self.stop: float | None = None
        hook = app.post_display_hook

        def post_display_hook() -> None:
            hook()
            if self.shown is not None and self.stop is None and self.shown():
                self.stop = time.perf_counter()

        app.post_display_hook = post_display_hook

    async def time(self, pilot, key: str, shown: Callable[[], bool]) -> float:
        self.shown, self.stop = shown, None
        self.start = time.perf_counter()
        await pilot.press(key)
        for _ in range(200):
            if self.stop is not None:
                break
            await asyncio.sleep(0.005)
        if self.stop is None:
            raise RuntimeError("the expected frame never came")
        self.shown = None
        return self.stop - self.start


def visible(app, widget) -> bool:
    """Some of ``widget`` is on the screen: its region (public ``Widget.region``, relative to
    the screen) not scrolled out of any of its containers."""
    from textual.widget import Widget

    region = widget.region
    for ancestor in widget.ancestors:
        if isinstance(ancestor, Widget):
            region = region.intersection(ancestor.region)
    return region.area > 0


def bench_app(create_app):
    """The app in English on a fixed day, its database and exports in a folder of its own."""
    folder = Path(tempfile.mkdtemp(prefix="saison-bench-"))
    return create_app(
        lang="en",
        today=date(2026, 3, 2),
        db=folder / "bench.db",
        export_dir=folder,
        resume=False,
        describe=False,
    )


async def answers(rounds: int) -> list[float]:
    from textual.widgets import Input

    from assistant.app.app import create_app
    from assistant.app.widgets.chat import Bubble

    app = bench_app(create_app)
    times = []
    async with app.run_test(size=(80, 24)) as pilot:
        await app.loaded()
        await app.workers.wait_for_complete()  # a person reads the first question first
        clock = FrameClock(app)
        for _ in range(rounds):
            app.new_session()
            await pilot.pause()
            for text in ANSWERS:
                field = app.screen.query_one("#answer", Input)
                field.value = text
                field.focus()
                await pilot.pause()  # the answer is on screen, as typed, before Enter
                before = len(app.case.entries)

                def shown(before=before) -> bool:
                    entries = app.case.entries
                    if len(entries) <= before or entries[-1].kind != "question":
                        return False
                    bubbles = list(app.screen.query(Bubble))
                    return (
                        bool(bubbles)
                        and bubbles[-1].entry.text == entries[-1].text
                        and visible(app, bubbles[-1])
                    )

                times.append(await clock.time(pilot, "enter", shown))
                await pilot.pause()
    return times


async def what_if(rounds: int) -> list[float]:
    from textual.widgets import Input, Static

    from assistant.app.app import create_app
    from i18n import translator

    app = bench_app(create_app)
    core = translator("en", "core")
    titles = [core("procedure.single_permit.title"), core("procedure.short_stay.title")]
    times = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.loaded()
        await app.workers.wait_for_complete()  # a person reads the first question first
        for text in ANSWERS:
            field = app.screen.query_one("#answer", Input)
            field.value = text
            field.focus()
            await pilot.press("enter")
        await pilot.pause()
        clock = FrameClock(app)
        outcome = app.screen.query_one("#outcome", Static)
        for index in range(rounds * 6):
            field = app.screen.query_one("#fact-input-work", Input)
            field.value = WORK[index % 2]
            field.focus()
            await pilot.pause()
            title = titles[index % 2]

            def shown(title=title) -> bool:
                return title in str(outcome.render()) and visible(app, outcome)

            times.append(await clock.time(pilot, "enter", shown))
            await pilot.pause()
    return times


async def bare(rounds: int) -> list[float]:
    from textual.app import App, ComposeResult
    from textual.widgets import Input, Static

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Input(id="field")
            yield Static("0", id="count")

        def on_input_changed(self, event: Input.Changed) -> None:
            self.query_one("#count", Static).update(str(len(event.value)))

    app = Bare()
    times = []
    async with app.run_test(size=(80, 24)) as pilot:
        clock = FrameClock(app)
        count = app.query_one("#count", Static)
        for index in range(rounds * 6):
            wanted = str(index + 1)

            def shown(wanted=wanted) -> bool:
                return str(count.render()) == wanted

            times.append(await clock.time(pilot, "x", shown))
            await pilot.pause()
    return times


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


async def run(rounds: int) -> int:
    results = {
        "bare Textual: key to frame": await bare(rounds),
        "answer: Enter to the next question": await answers(rounds),
        "what-if: fact edited to the result": await what_if(rounds),
    }
    base50, base95 = percentiles(results["bare Textual: key to frame"])
    print(f"{'':38} {'n':>3} {'p50 ms':>8} {'p95 ms':>8} {'p95/bare':>9}")
    failed = False
    for name, times in results.items():
        p50, p95 = percentiles(times)
        print(f"{name:38} {len(times):3d} {p50:8.1f} {p95:8.1f} {p95 / base95:9.1f}")
        if not name.startswith("bare") and p95 > 50:
            failed = True
    print("target: p95 ≤ 50 ms for the answer and the what-if" + (" — MISSED" if failed else ""))
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    return asyncio.run(run(parser.parse_args().rounds))


if __name__ == "__main__":
    sys.exit(main())
