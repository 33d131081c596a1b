"""What the browser tests and ``bench/web.py`` share: a ``saison serve`` on a free loopback
port, the system's Chromium, and a tab whose screen can be read and waited on.

The page draws the terminal on a canvas (xterm.js), which no DOM query can read. A tab
therefore feeds every frame the app sends over its websocket to a terminal emulator of its own
(``pyte``), sized as the page sized the terminal: its screen is the text the browser draws.
Every wait is on that screen or on a browser event, and every wait has a bound.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ENV = "SAISON_CHROMIUM"
"""The Chromium to drive, when not the system's (``/usr/bin/chromium``, Debian's package)."""
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
SERVER_START = 20.0
"""Seconds a server may take to listen (cold imports on a busy machine)."""


class NoBrowser(Exception):
    """No Chromium or no Playwright here: what is missing, and how to install it."""


def find_chromium() -> str:
    """The Chromium executable, or ``NoBrowser`` saying how to install one."""
    given = os.environ.get(CHROMIUM_ENV)
    if given:
        if Path(given).exists():
            return given
        raise NoBrowser(f"{CHROMIUM_ENV}={given} does not exist")
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise NoBrowser(
        "no Chromium found: install Debian's package (apt-get install chromium) or "
        f"set {CHROMIUM_ENV} to a Chromium executable"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def served(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """``saison serve ARGS`` on a free loopback port, run from ``cwd``; yields its URL and
    stops it (its tabs' apps with it) on the way out, whatever happened inside."""
    port = free_port()
    log = (cwd / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port), *args],
        cwd=cwd,
        env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + SERVER_START
        while not _listening(port):
            if server.poll() is not None:
                raise RuntimeError(f"saison serve exited: {(cwd / 'server.log').read_text()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"saison serve not listening after {SERVER_START:g} s")
            time.sleep(0.05)  # polling the port: the server says nothing when it listens
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(server)
        log.close()


def _stop(server: subprocess.Popen) -> None:
    """SIGTERM (textual-serve closes its tabs' apps), then the whole group if it lingers."""
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(server.pid, signal.SIGKILL)  # the group the server leads: its apps too
    except ProcessLookupError:
        pass
    server.wait(timeout=5)


class Tab:
    """One browser tab on the served app, its screen read as text."""

    def __init__(self, page) -> None:
        import pyte

        self.page = page
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        self.socket = None
        page.on("websocket", self._attach)

    def _attach(self, websocket) -> None:
        query = parse_qs(urlparse(websocket.url).query)
        self.screen.reset()
        self.screen.resize(int(query["height"][0]), int(query["width"][0]))
        self.socket = websocket
        websocket.on("framereceived", lambda payload: self._frame(websocket, payload))

    def _frame(self, websocket, payload: bytes | str) -> None:
        # the terminal's bytes (text frames are control), from the app the page shows now
        if websocket is self.socket and isinstance(payload, bytes):
            self.stream.feed(payload)

    def restart(self, action: Callable[[], object]) -> None:
        """Do what makes the page connect to a new app (a reload, "open again"): from then
        on the screen is the new app's, blank until it draws."""
        self.socket = None
        self.screen.reset()
        action()
        if self.socket is None:  # the new page has not connected yet
            self.page.wait_for_event("websocket", timeout=10_000)
        self.page.locator(".xterm-helper-textarea").focus()

    @property
    def text(self) -> str:
        # French puts a non-breaking space before « : ? ! »: on screen it is a space
        return "\n".join(line.rstrip() for line in self.screen.display).replace("\u00a0", " ")

    def wait_until(
        self, shown: Callable[[str], bool], timeout: float = 10.0, what: str = ""
    ) -> float:
        """Wait for the screen to satisfy ``shown`` (checked after every frame); the time
        waited, or an AssertionError with the screen as it was after ``timeout`` seconds."""
        start = time.perf_counter()
        deadline = start + timeout
        while not shown(self.text):
            left = deadline - time.perf_counter()
            if left <= 0:
                raise AssertionError(f"not shown after {timeout:g} s: {what}\n{self.text}")
            if self.socket is None:
                self.page.wait_for_event("websocket", timeout=left * 1000)
                continue
            from playwright.sync_api import Error

            websocket = self.socket
            try:
                websocket.wait_for_event("framereceived", timeout=left * 1000)
            except Error:  # timed out (the loop reports the screen), or the tab reloaded
                if websocket is self.socket and websocket.is_closed():
                    self.socket = None
        return time.perf_counter() - start

    def wait_for(self, text: str, timeout: float = 10.0) -> float:
        text = text.replace("\u00a0", " ")  # as the screen text is read
        return self.wait_until(lambda screen: text in screen, timeout, repr(text))

    def open(self, url: str) -> None:
        """Load the page and give the terminal the keyboard (as a click would, without a
        click reaching the app)."""
        self.page.goto(url)
        self.page.locator(".xterm-helper-textarea").focus()

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)

    def answer(self, text: str) -> None:
        """Type an answer in the answer line and press Enter."""
        self.type(text)
        self.press("Enter")


@contextmanager
def chromium() -> Iterator:
    """A headless Chromium (the system's), closed on the way out."""
    executable = find_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        raise NoBrowser("Playwright is not installed: pip install -e '.[test]'") from error
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True)
        try:
            yield browser
        finally:
            browser.close()
