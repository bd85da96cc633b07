"""Write a run's output files whole, together, or not at all.

Each file is written to a temporary file beside it, flushed to disk, and then renamed over the
target, so a reader never sees half a report and a failure (a full disk, a read-only folder,
Ctrl-C) leaves the previous reports as they were. Renaming replaces a symbolic link at the target
with the file instead of writing through it to wherever it points. All of a run's files are
written before any is renamed, and a rename that fails puts back the files already replaced, so
a report folder never mixes two runs.

This is an edge: it takes finished bytes or text, or a function that writes a file's bytes into a
binary file (so that a report of a million descriptors is never held whole), and knows nothing of
reports.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from qa_checker.cells import without_surrogates
from qa_checker.text import Text, english, msg

__all__ = ["Content", "WriteFailed", "write_files"]

# What a file is written from: text (written as UTF-8), bytes, or a function writing its bytes into a file.
Content = str | bytes | Callable[[BinaryIO], None]


class WriteFailed(Exception):
    """A file could not be written; nothing of the run was written (or replaced).

    ``str(exc)`` and :attr:`reason` are English; :attr:`text` is the whole message as a translatable
    :class:`~qa_checker.text.Text` (``cannot write PATH: REASON``), for an edge to show in the run's language.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str | Text) -> None:
        self.path = os.fspath(path)
        self.reason = english(reason)
        self.text = msg("cannot write {path}: {reason}", path=self.path, reason=reason)
        super().__init__(self.text.english())


def write_files(files: Mapping[Path, Content] | Mapping[str, Content]) -> None:
    """Write every file (text as UTF-8; a function is called with the open file, one file at a time),
    replacing what is there, all or none; :class:`WriteFailed` if not."""
    plan = [(Path(target), content) for target, content in files.items()]
    pending: list[tuple[Path, str]] = []
    created: list[Path] = []
    top = min((target.parent for target, _ in plan), key=lambda folder: len(folder.parts), default=None)
    try:
        for target, data in plan:
            created += [f for f in _missing_folders(target.parent) if top is not None and top in f.parents]
            pending.append((target, _temporary(target, data)))
        _replace_all(pending)
        pending, created = [], []
    finally:
        for _, temporary in pending:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
    for folder in dict.fromkeys(target.parent for target, _ in plan):
        _sync_folder(folder)


def _missing_folders(folder: Path) -> list[Path]:
    """The folders that writing into ``folder`` will create, outermost first.

    Those beneath the outermost folder written into (the HTML report's pages folder) are removed again
    when the write fails; the output folder itself stays, as a report folder the user named.
    """
    missing: list[Path] = []
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing[::-1]


def _encoded(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else without_surrogates(content).encode("utf-8")


def _write(descriptor: int, content: Content) -> None:
    if callable(content):
        with io.BufferedWriter(_Descriptor(descriptor), buffer_size=_BUFFER) as file:
            content(file)
        return
    view = memoryview(_encoded(content))
    while view:
        view = view[os.write(descriptor, view) :]


_BUFFER = 1 << 20


class _Descriptor(io.RawIOBase):
    """An open file descriptor, written (and sought, truncated) through ``os`` as whole contents are, and left
    open when closed: a function streaming a file writes into it through a buffer."""

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return os.write(self._descriptor, data)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return os.lseek(self._descriptor, offset, whence)

    def tell(self) -> int:
        return os.lseek(self._descriptor, 0, os.SEEK_CUR)

    def truncate(self, size: int | None = None) -> int:
        size = self.tell() if size is None else size
        os.ftruncate(self._descriptor, size)
        return size


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _temporary(target: Path, data: Content) -> str:
    """A temporary file beside ``target`` holding ``data``, on disk; its path."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        where = str(exc.filename or folder)
        reason = (
            msg("cannot create the folder {folder}: a file of that name is in the way", folder=where)
            if isinstance(exc, FileExistsError)
            else msg("cannot create the folder {folder}: {reason}", folder=where, reason=_reason(exc))
        )
        raise WriteFailed(target, reason) from exc
    if target.is_dir() and not target.is_symlink():
        raise WriteFailed(target, msg("it is a folder"))
    if os.path.isfile(target) and not os.path.islink(target) and not os.access(target, os.W_OK):
        raise WriteFailed(target, msg("the file is read-only"))
    import tempfile  # imported when a file is written: a check that prints its report does not need it

    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise WriteFailed(target, _reason(exc)) from exc
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o666 & ~_umask())
        _write(descriptor, data)
        os.fsync(descriptor)
    except BaseException as exc:
        os.close(descriptor)
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise WriteFailed(target, _reason(exc)) from exc
        raise
    try:
        os.close(descriptor)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise WriteFailed(target, _reason(exc)) from exc
    return temporary


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _replace_all(pending: list[tuple[Path, str]]) -> None:
    """Rename every temporary over its target; on any failure put the replaced targets back."""
    done: list[tuple[Path, bool, str | None]] = []
    current: Path | None = None
    try:
        for target, temporary in pending:
            current = target
            existed, backup = _backup(target)
            try:
                os.replace(temporary, target)
            except BaseException:
                if backup is not None:
                    with contextlib.suppress(OSError):
                        os.unlink(backup)
                raise
            done.append((target, existed, backup))
    except BaseException as exc:
        for target, existed, backup in reversed(done):
            with contextlib.suppress(OSError):
                if backup is not None:
                    os.replace(backup, target)
                elif not existed:
                    os.unlink(target)
        if isinstance(exc, OSError):
            raise WriteFailed(current or "", _reason(exc)) from exc
        raise
    for _, _, backup in done:
        if backup is not None:
            with contextlib.suppress(OSError):
                os.unlink(backup)


def _backup(target: Path) -> tuple[bool, str | None]:
    """Whether ``target`` exists, and a second name for it (a hard link) to put it back from."""
    if not os.path.lexists(target):
        return False, None
    backup = str(target.with_name(f".{target.name}.{secrets.token_hex(6)}.old"))
    try:
        os.link(target, backup, follow_symlinks=False)
    except OSError:
        return True, None
    return True, backup


def _sync_folder(folder: Path) -> None:
    """Flush the renames in ``folder`` to disk where the system allows it (best effort)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        descriptor = os.open(folder, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
