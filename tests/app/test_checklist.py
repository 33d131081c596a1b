"""The document checklist on its own: one tick box per document, on its first line; the
lines after it indented; a tick by key or by a click anywhere on the document."""

from __future__ import annotations

from textual.app import App, ComposeResult

from assistant.app.widgets.checklist import Checklist

LONG = "Proof of suitable housing (lease or housing declaration) for the visa application"


class OneList(App):
    def __init__(self) -> None:
        super().__init__()
        self.toggled: list[tuple[str, list[str]]] = []

    def compose(self) -> ComposeResult:
        yield Checklist((LONG, "housing"), ("Passport", "passport", True))

    def on_checklist_toggled(self, event: Checklist.Toggled) -> None:
        self.toggled.append((event.value, event.checklist.selected))


def shown(checklist: Checklist) -> list[str]:
    return [checklist.render_line(y).text.rstrip() for y in range(checklist.size.height)]


async def test_a_long_document_wraps_under_its_words_with_one_box():
    app = OneList()
    async with app.run_test(size=(40, 10)):
        lines = shown(app.query_one(Checklist))
        assert lines[0].startswith("▐ ▌ Proof") and lines[-1] == "▐X▌ Passport"
        further = lines[1:-1]
        assert further and all(line.startswith("    ") and line[4] != " " for line in further)
        assert " ".join(line.strip() for line in lines[:-1])[4:] == LONG


async def test_a_click_on_a_further_line_or_space_ticks_the_document_and_says_so():
    app = OneList()
    async with app.run_test(size=(40, 10)) as pilot:
        checklist = app.query_one(Checklist)
        await pilot.click(Checklist, offset=(12, 1))  # the second line of the housing proof
        await pilot.pause()
        assert shown(checklist)[0].startswith("▐X▌")
        checklist.focus()
        await pilot.press("down", "space")  # the passport, no longer held
        await pilot.pause()
        assert app.toggled == [("housing", ["housing", "passport"]), ("passport", ["housing"])]
        assert shown(checklist)[-1] == "▐ ▌ Passport"
