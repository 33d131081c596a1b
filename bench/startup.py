"""Start-up time of ``saison``: from process start to the first question on the terminal, as a
ratio to a bare Textual app's first frame, both measured here, in the same run, the same way.

Each program runs in a pseudo-terminal (80×24), as a person would start it; the clock stops
when its text appears in what it writes to the terminal. Target: ratio ≤ 1.5.

    python bench/startup.py [--runs 11]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ESCAPES = re.compile(rb"\x1b\[[0-9;?<>=$]*[a-zA-Z~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")

BARE = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("Who is answering these questions?")

Bare().run()
"""
SAISON = "import sys; from assistant.cli import main; sys.exit(main(sys.argv[1:]))"


def first_frame(code: str, marker: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``python -c code`` until ``marker`` shows on its terminal."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-c", code, *args], env)
    start = time.perf_counter()
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    wanted = marker.encode()
    try:
        while time.perf_counter() - start < 20:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen += chunk
            if wanted in ESCAPES.sub(b"", seen):
                return time.perf_counter() - start
        raise RuntimeError(f"{marker!r} never appeared")
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    runs = parser.parse_args().runs
    folder = tempfile.mkdtemp(prefix="saison-bench-")
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": "80",
        "LINES": "24",
        "SAISON_DB": str(Path(folder) / "bench.db"),
    }
    env.pop("CI", None)
    bare, app = [], []
    first_frame(BARE, "Who is answering", [], env)  # warm the .pyc caches
    first_frame(SAISON, "Describe the situation", ["--lang", "en", "--new"], env)
    for _ in range(runs):
        bare.append(first_frame(BARE, "Who is answering", [], env))
        app.append(first_frame(SAISON, "Describe the situation", ["--lang", "en", "--new"], env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare Textual app, first frame : {b * 1000:6.0f} ms (median of {runs})")
    print(f"saison, first question shown  : {a * 1000:6.0f} ms (median of {runs})")
    print(f"ratio                         : {a / b:6.2f}  (target <= 1.5)")
    return 0 if a / b <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
