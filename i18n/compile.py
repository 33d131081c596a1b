"""Compile every ``.po`` catalog to ``.mo``: ``python -m i18n.compile``."""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

CATALOG_DIR = Path(__file__).parent


def compile_all() -> list[Path]:
    written = []
    for po_path in sorted(CATALOG_DIR.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file)
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(CATALOG_DIR.parent))
