"""The user's cache folder: what qa-checker keeps there for later processes, and how it is written."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path


def cache_folder(kind: str) -> Path | None:
    """The folder of the user's cache that holds one ``kind`` of kept data (None: this machine has none)."""
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("qa-checker")) / kind
    except Exception:  # no cache folder on this machine
        return None


def write_atomically(path: Path, write: Callable[[str], object]) -> None:
    """Have ``write`` fill a temporary file beside ``path`` (folders created), then rename it over ``path``,
    so no process reads a half-written cache file; the temporary file never stays behind."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
