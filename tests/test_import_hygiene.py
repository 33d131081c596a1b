"""The rules core stands alone: importing it (or running ``saison decide``) loads no user
interface and no database, each module checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
CORE_MODULES = sorted(
    f"rules.{p.stem}" for p in (ROOT / "rules").glob("*.py") if p.stem != "__init__"
)
FORBIDDEN = ("textual", "sqlite_utils", "assistant")


def loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(done.stdout.split())


@pytest.mark.parametrize("module", ["rules", *CORE_MODULES])
def test_a_core_module_loads_no_ui_and_no_database(module):
    loaded = loaded_after(f"import {module}")
    assert not {m for m in loaded if m.split(".")[0] in FORBIDDEN}


def test_deciding_loads_no_holiday_library_when_the_years_are_on_file():
    loaded = loaded_after(
        "from rules import decide, Situation; "
        "decide(Situation(nationality='MA', location='abroad', "
        "entry_date='2026-04-01', work={'start': '2026-04-01', 'end': '2026-09-01'}))"
    )
    assert "holidays" not in loaded
    assert "textual" not in loaded


def imports_of(path: Path) -> set[str]:
    """The project modules a file imports, at its top or inside a function."""
    import ast

    package = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = parts[: len(parts) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names = [f"{module}.{alias.name}" for alias in node.names]
            found |= {n for n in names if _module_file(n)} or {module}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {m for m in found if _module_file(m)}


def _module_file(module: str) -> Path | None:
    path = ROOT.joinpath(*module.split("."))
    return next((p for p in (path.with_suffix(".py"), path / "__init__.py") if p.exists()), None)


def test_the_engine_and_the_rules_import_no_module_that_imports_them_back():
    files = [*(ROOT / "rules").rglob("*.py"), *(ROOT / "assistant" / "engine").rglob("*.py")]
    graph = {
        ".".join(f.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): imports_of(f)
        for f in files
    }

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for module in graph.get(start, ()):
            if module == goal or (module not in seen and reaches(module, goal, seen | {module})):
                return True
        return False

    cycles = [module for module in graph if reaches(module, module, set())]
    assert not cycles


def test_the_session_model_imports_no_screen():
    imported = imports_of(ROOT / "assistant" / "app" / "case.py")
    assert not {m for m in imported if m.startswith("assistant.app.screens")}
