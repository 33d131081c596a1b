"""The browser's language: the first of fr, nl, de, en in its ``Accept-Language`` header."""

from __future__ import annotations

from i18n import LANGUAGES


def browser_language(header: str | None, fallback: str) -> str:
    """The interface language a browser asks for, by its preferences (RFC 9110 §12.5.4):
    ``"nl-BE,nl;q=0.9,en;q=0.8"`` gives ``nl``; a header naming none of the four, or none at
    all, gives ``fallback`` (the server's ``--lang``)."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "").split(",")):
        tag, _, params = item.strip().partition(";")
        lang = tag.strip().split("-")[0].lower()
        if lang not in LANGUAGES:
            continue
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, lang))
    return min(ranked)[2] if ranked else fallback
