"""Compile every ``.po`` catalog to ``.mo``: ``python -m i18n.compile``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

CATALOG_DIR = Path(__file__).parent
FIXED_DATE = datetime(2020, 5, 7, tzinfo=UTC)
"""The day the decree came into force: the header date of every compiled catalog."""


def compile_all() -> list[Path]:
    written = []
    for po_path in sorted(CATALOG_DIR.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file)
        # babel stamps the header with "now" unless told otherwise: keep the .mo reproducible
        catalog.creation_date = catalog.revision_date = FIXED_DATE
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(CATALOG_DIR.parent))
