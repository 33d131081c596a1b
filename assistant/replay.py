"""``saison replay [PATHS...] [--json]``: replay recorded interviews (``transcripts/``).

Each path is a transcript (``.toml``) or a folder of them; with no path, the project's
``transcripts/`` folder. Exit status 0 when every transcript replays as written, 1 otherwise.
On a difference, the first turn that diverged is printed (expected vs got); ``--json`` prints
one object per transcript: ``file``, ``passed``, ``questions_asked``, ``first_divergence``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.engine.transcript import ReplayResult


def default_folder() -> Path:
    """The project's ``transcripts/``: beside the package in a clone, else where an install put
    them (``<prefix>/share/saison/transcripts``, pyproject's data-files)."""
    import sysconfig

    clone = Path(__file__).resolve().parent.parent / "transcripts"
    if clone.is_dir():
        return clone
    return Path(sysconfig.get_path("data")) / "share" / "saison" / "transcripts"


def build_parser(parser: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    """``saison replay``'s arguments (declared without loading the engine)."""
    parser.add_argument("paths", nargs="*", metavar="PATH", help=t("cli.replay.paths"))
    parser.add_argument("--json", action="store_true", help=t("cli.replay.json"))


def transcript_paths(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths or [str(default_folder())]:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(path.glob("*.toml")))
        else:
            found.append(path)
    return found


def replay_all(paths: list[Path]) -> list[ReplayResult]:
    from assistant.engine.transcript import Divergence, ReplayResult, replay_file

    results = []
    for path in paths:
        try:
            if not path.is_file():  # a FIFO or a device would block or never end
                raise FileNotFoundError(path)
            results.append(replay_file(path))
        except Exception as error:  # a broken file is a failed transcript, never a traceback
            said = _said("cli.replay.unreadable", problem=unreadable(error))
            problem = Divergence(None, "file", "a readable transcript", said)
            results.append(ReplayResult(str(path), False, 0, problem))
    return results


def _said(key: str, **values: object) -> str:
    """A message of ``saison replay``, in the language of the environment."""
    from assistant.app.options import default_language
    from i18n import translator

    return translator(default_language(), "cli")(key, **values)


def unreadable(error: Exception) -> str:
    """What is wrong with a transcript file, in words (never a bare exception name)."""
    import tomllib

    if isinstance(error, FileNotFoundError):
        return "no such transcript file (or not a regular file)"
    if isinstance(error, OSError):
        return f"the file cannot be read ({error.strerror or 'system error'})"
    if isinstance(error, UnicodeDecodeError):
        return "the file is not UTF-8 text"
    if isinstance(error, tomllib.TOMLDecodeError):
        return f"not valid TOML ({error})"
    if isinstance(error, KeyError):
        return f"a transcript needs the field {error.args[0]!r}"
    if isinstance(error, (TypeError, ValueError)):
        return f"a field has a value of the wrong kind ({str(error)[:120]})"
    return f"the transcript cannot be replayed ({type(error).__name__})"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="saison replay")
    build_parser(parser, lambda key: key)
    return run(parser.parse_args(argv))


def run(ns: argparse.Namespace) -> int:
    try:
        return _run(ns.paths, ns.json)
    except BrokenPipeError:  # "saison replay --json | head": the reader left, not an error
        sys.stderr.close()
        return 1


def _run(given: list[str], as_json: bool) -> int:
    paths = transcript_paths(given)
    if not paths:
        print(_said("cli.replay.none"), file=sys.stderr)
        return 1
    results = replay_all(paths)
    for result in results:
        if as_json:
            print(json.dumps(result.as_dict(), ensure_ascii=False))
        elif result.passed:
            print(f"ok    {result.file} ({result.questions_asked} questions)")
        else:
            assert result.first_divergence is not None
            print(f"FAIL  {result.file}\n      {result.first_divergence.describe()}")
    if not as_json:
        passed = sum(r.passed for r in results)
        print(f"{passed}/{len(results)} transcripts replayed as written")
    return 0 if all(r.passed for r in results) else 1
