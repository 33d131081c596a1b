"""Exports never crash: a missing folder is created, an existing file gets a new name, the
toast names the full path; a folder that is a file, read-only or full is a message, and the
app goes on. By default exports go to the documents folder, never the current one."""

from __future__ import annotations

import os
import subprocess
import tempfile
import textwrap
from pathlib import Path

import pytest

from assistant.app.exports import ExportFailed, write_export
from assistant.app.paths import export_dir
from assistant.app.screens.result import ResultScreen

from .conftest import SIZE, WHOLE_INTERVIEW, answer, readable_by_nobody

ROOT = Path(__file__).parents[2]


async def test_a_missing_folder_is_created_and_a_second_export_gets_a_new_name(
    make_app, notices, tmp_path
):
    folder = tmp_path / "not" / "yet"
    app = make_app(export_dir=folder)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, *WHOLE_INTERVIEW)
        assert isinstance(app.screen, ResultScreen)
        await pilot.press("ctrl+e", "ctrl+e", "ctrl+t")
        await pilot.pause()
        said = [n.message for n in notices]
    written = sorted(p.name for p in folder.iterdir())
    stem = f"saison-2026-03-02-{app.case.id}"
    assert written == [f"{stem}-2.md", f"{stem}.md", f"{stem}.txt"]
    assert f"Saved: {folder / stem}.md" in said and f"Saved: {folder / stem}-2.md" in said
    assert (folder / f"{stem}.md").read_text() == (folder / f"{stem}-2.md").read_text()


@pytest.mark.parametrize("key", ["ctrl+e", "ctrl+t"])
async def test_a_file_given_as_the_export_folder_is_a_message_not_a_crash(
    make_app, notices, tmp_path, key
):
    blocker = tmp_path / "exports"
    blocker.write_text("a file, not a folder")
    app = make_app(export_dir=blocker / "sub", lang="fr")
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(
            pilot,
            "1",
            "Maroc",
            "1",
            "du 1er avril au 15 juin 2026",
            "non",
            "le 31 mars",
            "passeport",
        )
        await pilot.press(key)
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ResultScreen)
        (message,) = [n.message for n in notices if "Export" in n.message]
        assert "n'est pas un dossier" in message and str(blocker) in message
    assert blocker.read_text() == "a file, not a folder"


async def test_the_helpdesk_transcript_into_a_broken_folder_is_a_message(
    make_app, notices, tmp_path
):
    blocker = tmp_path / "exports"
    blocker.write_text("x")
    app = make_app(export_dir=blocker, helpdesk=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.loaded()
        await answer(pilot, "Morocco")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.is_running
        assert any("Cannot export" in n.message for n in notices)


def test_by_default_exports_go_to_the_documents_folder_not_the_current_one():
    from platformdirs import user_documents_path

    assert export_dir(None) == user_documents_path() != Path.cwd()


WRITE_AS_NOBODY = """
    import sys
    from pathlib import Path
    from assistant.app.exports import ExportFailed, write_export
    try:
        write_export(Path(sys.argv[1]), "saison.md", "# result")
        print("written")
    except ExportFailed as failed:
        print(failed.kind)
"""


@pytest.mark.skipif(
    os.geteuid() != 0 or not os.access("/usr/bin/python3", os.X_OK),
    reason="needs root (to run a process as nobody) and a system Python",
)
def test_nobody_exporting_to_a_read_only_folder_is_told_so():
    folder = Path(tempfile.mkdtemp(prefix="saison-ro-"))
    source = readable_by_nobody()
    try:
        os.chmod(folder, 0o755)
        done = subprocess.run(
            ["/usr/bin/python3", "-c", textwrap.dedent(WRITE_AS_NOBODY), str(folder)],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=60,
            user=65534,
            group=65534,
            env={"HOME": str(folder), "PYTHONPATH": str(source)},
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.split() == ["readonly"]
        assert os.listdir(folder) == []
    finally:
        subprocess.run(["rm", "-rf", str(folder), str(source)], check=False)


def test_an_export_never_overwrites(tmp_path):
    first = write_export(tmp_path, "result.md", "first")
    second = write_export(tmp_path, "result.md", "second")
    assert (first.read_text(), second.read_text()) == ("first", "second")
    assert second.name == "result-2.md"
    with pytest.raises(ExportFailed) as failed:
        write_export(first, "result.md", "x")
    assert failed.value.kind == "not_folder"
