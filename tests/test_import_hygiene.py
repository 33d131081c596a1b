"""The rules core stands alone: importing it (or running ``saison decide``) loads no user
interface and no database, each module checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
CORE_MODULES = sorted(f"rules.{p.stem}" for p in (ROOT / "rules").glob("*.py") if p.stem != "__init__")
FORBIDDEN = ("textual", "sqlite_utils", "assistant")


def loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize("module", ["rules", *CORE_MODULES])
def test_a_core_module_loads_no_ui_and_no_database(module):
    loaded = loaded_after(f"import {module}")
    assert not {m for m in loaded if m.split(".")[0] in FORBIDDEN}


def test_deciding_loads_no_holiday_library_when_the_years_are_on_file():
    loaded = loaded_after(
        "from rules import decide, Situation; decide(Situation(nationality='MA', location='abroad', "
        "entry_date='2026-04-01', work={'start': '2026-04-01', 'end': '2026-09-01'}))"
    )
    assert "holidays" not in loaded
    assert "textual" not in loaded
