"""Writing an export (a result, a transcript): the one place a file leaves the app.

``write_export`` is all the app calls; it creates a missing folder, never overwrites (an
existing name gets ``-2``, ``-3``, ...), and turns every failure into an :class:`ExportFailed`
of a known kind that the app words in the interface language. Only the standard library: a
served app can swap this function for one that hands the file to the browser.
"""

from __future__ import annotations

import errno
from pathlib import Path


class ExportFailed(Exception):
    """``kind``: ``not_folder`` (the folder is a file, or a file is in its path),
    ``readonly`` (not allowed to write there), ``full`` (no room), ``other``."""

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{kind}: {path}: {detail}")
        self.kind = kind
        self.path = path
        self.detail = detail


def write_export(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` as ``folder/name`` (or ``name-2``, ... if taken); the full path written."""
    folder = folder.expanduser().absolute()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stem, suffix = Path(name).stem, Path(name).suffix
        number = 1
        while True:
            path = folder / (name if number == 1 else f"{stem}-{number}{suffix}")
            try:
                # "x": created here or not at all, so a name taken meanwhile is not overwritten
                with path.open("x", encoding="utf-8", newline="\n") as handle:
                    handle.write(text)
                return path
            except FileExistsError:
                number += 1
    except (NotADirectoryError, FileExistsError) as error:
        raise ExportFailed("not_folder", folder, str(error)) from error
    except PermissionError as error:
        raise ExportFailed("readonly", folder, str(error)) from error
    except OSError as error:
        full = error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
        readonly = error.errno in (errno.EROFS, errno.EACCES)
        kind = "full" if full else "readonly" if readonly else "other"
        raise ExportFailed(kind, folder, str(error)) from error
