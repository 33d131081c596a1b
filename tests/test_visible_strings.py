"""No user-visible text bypasses the catalogs: a literal with words, handed straight to a
widget, a notification, a title or a placeholder, is a text no translator ever sees."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SOURCES = sorted((ROOT / "assistant").rglob("*.py"))

WIDGETS = {
    "Static",
    "Label",
    "Button",
    "Markdown",
    "Checkbox",
    "RadioButton",
    "Option",
    "Selection",
    "ListItem",
    "TabPane",
    "Collapsible",
    "Tab",
}
METHODS = {"notify", "update", "set_title", "push_message", "write"}
KEYWORDS = {
    "title",
    "sub_title",
    "placeholder",
    "label",
    "tooltip",
    "border_title",
    "border_subtitle",
    "description",
    "help",
    "prompt",
}
COMMAND_LINE = {"ArgumentParser", "add_argument"}
"""``saison --help`` speaks argparse's English (its own words are not ours to translate)."""
WORDS = re.compile(r"[A-Za-zÀ-ÿ]{2,}(?:\s+[A-Za-zÀ-ÿ]{2,})")


def _is_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(part) for part in node.values)
    return False


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def literal_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name in COMMAND_LINE:
            continue
        if name in WIDGETS | METHODS:
            found += [
                f"{path.name}:{arg.lineno} {name}(...)" for arg in node.args[:1] if _is_words(arg)
            ]
        found += [
            f"{path.name}:{kw.value.lineno} {name}({kw.arg}=...)"
            for kw in node.keywords
            if kw.arg in KEYWORDS and _is_words(kw.value)
        ]
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_literal_text_reaches_the_screen(path):
    assert literal_texts(path) == []
