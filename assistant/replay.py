"""``saison replay [PATHS...] [--json]``: replay recorded interviews (``transcripts/``).

Each path is a transcript (``.toml``) or a folder of them; with no path, the project's
``transcripts/`` folder. Exit status 0 when every transcript replays as written, 1 otherwise.
On a difference, the first turn that diverged is printed (expected vs got); ``--json`` prints
one object per transcript: ``file``, ``passed``, ``questions_asked``, ``first_divergence``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.engine.transcript import ReplayResult, replay_file

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "transcripts"


def transcript_paths(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths or [str(DEFAULT_FOLDER)]:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(path.glob("*.toml")))
        else:
            found.append(path)
    return found


def replay_all(paths: list[Path]) -> list[ReplayResult]:
    results = []
    for path in paths:
        try:
            results.append(replay_file(path))
        except Exception as error:  # a broken file is a failed transcript, never a traceback
            from assistant.engine.transcript import Divergence

            results.append(
                ReplayResult(
                    str(path),
                    False,
                    0,
                    Divergence(
                        None, "file", "a readable transcript", f"{type(error).__name__}: {error}"
                    ),
                )
            )
    return results


def main(argv: list[str]) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # "saison replay --json | head": the reader left, not an error
        sys.stderr.close()
        return 1


def _main(argv: list[str]) -> int:
    as_json = "--json" in argv
    paths = transcript_paths([a for a in argv if a != "--json"])
    if not paths:
        print("no transcript found", file=sys.stderr)
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
