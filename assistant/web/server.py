"""The web server: textual-serve's, with saison's page and one app process per browser tab.

textual-serve starts the served command once per websocket, that is once per tab, so each tab
is its own session, saved as the terminal app saves it. What this adds to textual-serve's
``Server``: the page (title, favicon, texts) in the browser's language, and the tab's app
started in that language, anew in a new tab, offering to resume on a reload. The websocket's
path carries both (``/ws/<lang>/<new|resume>``): the page chooses the language once, from
``Accept-Language``, and its script tells a new tab from a reloaded one.
"""

from __future__ import annotations

import shlex
import sys
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server, to_int

from i18n import LANGUAGES, translator

from .language import browser_language

HERE = Path(__file__).parent
STATICS = Path(__import__("textual_serve").__file__).parent / "static"
"""textual-serve's own scripts, styles and font (the terminal in the page)."""

_tab: ContextVar[tuple[str, bool]] = ContextVar("tab")
"""The tab whose websocket is being handled (read by ``command``): its language, and whether
it is a new tab (else a reload)."""


class SaisonServer(Server):
    """Serves ``saison`` with ``app_args`` (its options but ``--lang``) to each browser tab."""

    def __init__(
        self, app_args: list[str], lang: str, host: str, port: int, public_url: str | None = None
    ) -> None:
        self.app_args = app_args
        self.lang = lang
        """The language of a browser that asks for none of the four (``--lang``)."""
        super().__init__(
            "saison",
            host=host,
            port=port,
            title="saison",
            public_url=public_url,
            statics_path=STATICS,
            templates_path=HERE / "templates",
        )
        self.given_public_url = public_url

    # --- one app per tab ---------------------------------------------------------------------

    def command_for(self, lang: str, new_tab: bool = False) -> str:
        """The shell command textual-serve runs for a tab in ``lang``: a new tab starts a new
        session, a reloaded one offers to resume (as ``saison`` does, unless ``--new``)."""
        args = [*self.app_args, "--lang", lang]
        if new_tab and "--new" not in args:
            args.append("--new")
        return shlex.join([sys.executable, "-m", "assistant.cli", *args])

    @property
    def command(self) -> str:
        return self.command_for(*_tab.get((self.lang, False)))

    @command.setter
    def command(self, value: str) -> None:
        """Set by ``Server.__init__``; the command is built per tab (``command_for``)."""

    async def handle_tab(self, request: web.Request) -> web.WebSocketResponse:
        lang = request.match_info["lang"]
        new_tab = request.match_info.get("start") == "new"
        token = _tab.set((lang if lang in LANGUAGES else self.lang, new_tab))
        try:
            return await self.handle_websocket(request)
        finally:
            _tab.reset(token)

    # --- the page ----------------------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.router.add_get("/ws/{lang}/{start:new|resume}", self.handle_tab)
        app.router.add_get("/ws/{lang}", self.handle_tab, name="tab")  # the page's base
        app.router.add_get("/favicon.svg", self.handle_favicon, name="favicon")
        return app

    async def handle_favicon(self, request: web.Request) -> web.FileResponse:
        return web.FileResponse(HERE / "favicon.svg", headers={"Content-Type": "image/svg+xml"})

    def base_url(self, request: web.Request) -> str:
        """``--public-url`` when given (behind a proxy), else the address the browser used."""
        if self.given_public_url:
            return self.given_public_url.rstrip("/")
        return f"{request.scheme}://{request.host}"

    async def handle_index(self, request: web.Request) -> web.Response:
        lang = browser_language(request.headers.get("Accept-Language"), self.lang)
        t = translator(lang, "app")
        base = self.base_url(request)
        websocket_base = "wss" + base[5:] if base.startswith("https") else "ws" + base[4:]
        router = request.app.router
        context: dict[str, Any] = {
            "lang": lang,
            "title": t("app.title"),
            "loading": t("serve.loading"),
            "ended": t("serve.ended"),
            "restart": t("serve.restart"),
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "favicon_url": f"{base}{router['favicon'].url_for()}",
            "static_url": f"{base}/static/",
            "websocket_url": f"{websocket_base}{router['tab'].url_for(lang=lang)}",
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        response.headers["Content-Language"] = lang
        response.headers["Vary"] = "Accept-Language"
        return response

    async def on_startup(self, app: web.Application) -> None:
        t = translator(self.lang, "app")
        url = self.given_public_url or f"http://{self.host}:{self.port}"
        self.console.print(t("serve.listening", url=url), highlight=False)
        self.console.print(t("serve.stop"), highlight=False)
