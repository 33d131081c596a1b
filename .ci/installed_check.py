"""Run by .ci/run with the python of a fresh venv where only the built wheel is installed:
the installed copy must start, decide, replay and show its first question without the
source tree (run from a folder outside the clone)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SAISON = str(Path(sys.executable).with_name("saison"))
EXAMPLE = {
    "today": "2026-03-02",
    "nationality": "MA",
    "location": "abroad",
    "work": {"start": "2026-04-01", "end": "2026-06-15"},
    "age": 30,
    "documents": ["paspoort", "arbeidskaart"],
}


def check(args: list[str], stdin: str = "") -> str:
    done = subprocess.run([SAISON, *args], input=stdin, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        sys.exit(f"saison {' '.join(args)}: exit {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done.stdout


async def first_question(db: Path) -> str:
    from assistant.app.app import create_app
    from assistant.app.options import parse

    app = create_app(parse(["--lang", "fr", "--db", str(db), "--new"]))
    async with app.run_test() as pilot:
        await pilot.pause()
        return " ".join(str(widget.render()) for widget in app.screen.query("*"))


def main() -> None:
    import assistant

    if "site-packages" not in assistant.__file__:
        sys.exit(f"not the installed copy: {assistant.__file__}")
    print(check(["--version"]).strip())
    outcome = json.loads(check(["decide", "--lang", "nl"], json.dumps(EXAMPLE)))
    assert outcome["procedure"] == "short_stay", outcome
    print("decide: short_stay, as in the README")
    print(check(["replay"]).strip().splitlines()[-1])
    with tempfile.TemporaryDirectory() as folder:
        screen = asyncio.run(first_question(Path(folder) / "sessions.db"))
    assert "saison" in screen.lower(), screen[:500]
    print("app: started headless and showed its first screen")


if __name__ == "__main__":
    main()
