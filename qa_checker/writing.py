"""Write a run's output files whole, together, or not at all.

Each file is written to a temporary file beside it, flushed to disk, and then renamed over the
target, so a reader never sees half a report and a failure (a full disk, a read-only folder,
Ctrl-C) leaves the previous reports as they were. Renaming replaces a symbolic link at the target
with the file instead of writing through it to wherever it points. All of a run's files are
written before any is renamed, and a rename that fails puts back the files already replaced, so
a report folder never mixes two runs.

This is an edge: it takes finished bytes or text, or a function that writes a file's bytes into a
binary file (so that a report of a million descriptors is never held whole), and knows nothing of
reports. Files may be written by several processes at once (``workers``): each forked process takes
the next file not yet taken, so a large workbook and many small pages spread over the cores.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from types import FrameType
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
        self._given = reason
        super().__init__(self.text.english())

    def __reduce__(self) -> tuple[Any, ...]:
        return WriteFailed, (self.path, self._given)


def write_files(files: Mapping[Path, Content] | Mapping[str, Content], *, workers: int = 1) -> None:
    """Write every file (text as UTF-8; a function is called with the open file), replacing what is there,
    all or none; :class:`WriteFailed` if not. With ``workers`` above one, that many processes write the
    files at once where processes can be forked from a single-threaded one; else one file at a time."""
    plan = [(Path(target), content) for target, content in files.items()]
    pending: list[tuple[Path, str]] = []
    created: dict[Path, None] = {}
    top = min((target.parent for target, _ in plan), key=lambda folder: len(folder.parts), default=None)
    try:
        for target, _ in plan:
            created.update(
                dict.fromkeys(f for f in _missing_folders(target.parent) if top is not None and top in f.parents)
            )
        if workers > 1 and len(plan) > 1 and _can_fork():
            _write_forked(plan, workers, pending)
        else:
            pending.extend((target, _temporary(target, data)) for target, data in plan)
        _replace_all(pending)
        pending, created = [], {}
    finally:
        for _, temporary in pending:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
    for folder in dict.fromkeys(target.parent for target, _ in plan):
        _sync_folder(folder)


def _can_fork() -> bool:
    """Whether a writer process can be forked safely: fork exists, and no other thread might hold a lock."""
    import threading

    return hasattr(os, "fork") and threading.active_count() == 1


def _write_forked(plan: list[tuple[Path, Content]], workers: int, pending: list[tuple[Path, str]]) -> None:
    """Write the temporaries of ``plan`` in this process and ``workers - 1`` forked ones, each taking the next
    file not yet taken; every temporary written is added to ``pending``, in plan order, whatever happens.

    Every process stops taking files at the first failure anywhere, and the first failure in plan order is
    raised once all have stopped. Ctrl-C is this process's to take: the forked ones ignore it, and are
    told to stop (SIGTERM) when it comes; each removes the file it was writing, and ``KeyboardInterrupt``
    is raised here once all have stopped.
    """
    import multiprocessing
    import signal

    context = multiprocessing.get_context("fork")
    turn = context.Value("q", 0)  # the position in plan of the next file to take
    children = []
    written: dict[int, str] = {}
    failures: dict[int, BaseException] = {}
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # until the forked ones ignore it
    try:
        for _ in range(min(workers, len(plan)) - 1):
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_writer, args=(plan, turn, send), daemon=True)
            child.start()
            send.close()
            children.append((child, receive))
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        failed = _take_turns(plan, turn, written)
    except BaseException as exc:  # Ctrl-C between two files
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        failed = (len(plan), exc)
    if failed is not None:
        failures[failed[0]] = failed[1]
    _collect(children, written, failures, len(plan))
    pending.extend((plan[index][0], written[index]) for index in sorted(written))
    if failures:
        interrupts = [exc for exc in failures.values() if isinstance(exc, KeyboardInterrupt)]
        raise interrupts[0] if interrupts else failures[min(failures)]
    if len(written) < len(plan):  # a writer process ended without saying why (killed)
        missing = min(set(range(len(plan))) - set(written))
        raise WriteFailed(plan[missing][0], msg("the process writing it stopped unexpectedly"))


def _collect(
    children: list[tuple[Any, Any]], written: dict[int, str], failures: dict[int, BaseException], end: int
) -> None:
    """What each forked writer sends, until it is done; at Ctrl-C here (before or while waiting), each is
    told once to stop."""
    import signal

    stopping = False
    for child, receive in children:
        while True:
            if not stopping and any(isinstance(exc, KeyboardInterrupt) for exc in failures.values()):
                stopping = True
                for other, _ in children:
                    with contextlib.suppress(OSError):
                        os.kill(other.pid or 0, signal.SIGTERM)
            try:
                message = receive.recv()
            except KeyboardInterrupt as exc:
                failures.setdefault(end, exc)
                continue
            except Exception:  # ended without a word (killed), or a message cut by Ctrl-C
                break
            if message is None:
                break
            index, outcome = message
            if isinstance(outcome, BaseException):
                failures[index] = outcome
            else:
                written[index] = outcome
        child.join()
        receive.close()


def _take_turns(
    plan: list[tuple[Path, Content]], turn: Any, written: dict[int, str], send: Any = None
) -> tuple[int, BaseException] | None:
    """Write the next file not yet taken until none is left, each temporary into ``written`` (and sent);
    at a failure, stop every process taking turns and return the file's position and the exception."""
    while True:
        with turn.get_lock():
            index = turn.value
            if index >= len(plan):
                return None
            turn.value = index + 1
        target, data = plan[index]
        try:
            written[index] = _temporary(target, data)
        except BaseException as exc:
            with turn.get_lock():
                turn.value = len(plan)
            return index, exc
        if send is not None:
            send.send((index, written[index]))


def _writer(plan: list[tuple[Path, Content]], turn: Any, send: Any) -> None:
    """A forked writer process: sends ``(index, temporary)`` for each file written, ``(index, exception)``
    for the one that failed, then ``None``; Ctrl-C is ignored, SIGTERM stops it as Ctrl-C would."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_once)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        failed = _take_turns(plan, turn, {}, send)
    except BaseException as exc:  # Ctrl-C between two files
        failed = (len(plan), exc)
    if failed is not None:
        index, error = failed
        if not isinstance(error, (WriteFailed, KeyboardInterrupt)):  # an error of a report's own code
            error = WriteFailed(plan[min(index, len(plan) - 1)][0], f"{type(error).__name__}: {error}")
        send.send((index, error))
    send.send(None)
    send.close()


def _stop_once(signum: int, frame: FrameType | None) -> None:
    """A forked writer's SIGTERM: stop as Ctrl-C would, once (a second one is ignored while it cleans up)."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise KeyboardInterrupt


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


def refuse_special(target: Path) -> None:
    """:class:`WriteFailed` when ``target`` is a folder, a device, a pipe or a socket, or a link of the system's
    to one of its streams (``/dev/stdout``, ``/dev/fd/1``): a report replaces a file (or a link, not what it points
    to), and renaming it over one of those would replace it too."""
    try:
        mode = os.lstat(target).st_mode
    except OSError:
        return  # nothing there (or nothing this user may look at: writing beside it says why)
    if stat.S_ISDIR(mode):
        raise WriteFailed(target, msg("it is a folder"))
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise WriteFailed(target, msg("it is no regular file (a device, a pipe or a socket); write to a file"))
    if stat.S_ISLNK(mode) and _names_a_stream(target):
        raise WriteFailed(
            target, msg("it is a link to a stream of the process, not a file; give - to write to standard output")
        )


# The names of a process's streams (/dev/stdout links to /proc/self/fd/1), which a chain of links may lead to.
_STREAM_FOLDERS = ("/proc/", "/dev/fd/")
_STREAMS = frozenset({"/dev/stdout", "/dev/stderr", "/dev/stdin"})
# The most links followed from an output to what it names (the system's own limit is 40).
_MOST_LINKS = 40


def _names_a_stream(link: Path) -> bool:
    """Whether a link, or a link it leads to, is or names a stream of the process (``/dev/stdout``,
    ``/proc/self/fd/1``, ``/dev/fd/1``); a link to an ordinary file (under ``/dev/shm`` too) is none."""
    path = os.path.normpath(os.path.abspath(link))
    for _ in range(_MOST_LINKS):
        if path in _STREAMS or path.startswith(_STREAM_FOLDERS):
            return True
        try:
            pointed = os.readlink(path)
        except OSError:
            return False  # no link (any more): an ordinary file, or nothing yet
        path = os.path.normpath(os.path.join(os.path.dirname(path), pointed))
    return False


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
    refuse_special(target)
    if os.path.isfile(target) and not os.path.islink(target) and not os.access(target, os.W_OK):
        raise WriteFailed(target, msg("the file is read-only"))
    try:
        descriptor, temporary = temporary_file(target)
    except OSError as exc:
        raise WriteFailed(target, _reason(exc)) from exc
    try:
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


# The longest file name most file systems take, in bytes, and what a temporary's name adds to the target's: a dot
# before it, a dot and eight random characters after it, and ".tmp".
_LONGEST_NAME = 255
_TEMPORARY_PARTS = 14


def temporary_file(target: Path) -> tuple[int, str]:
    """A new temporary file beside ``target`` to be renamed over it once complete: its open descriptor and
    its path, with the permissions the user's umask gives a new file (not mkstemp's owner-only ones)."""
    import tempfile  # imported when a file is written: a check that prints its report does not need it

    # The name with its dot, the random part and ".tmp" may pass the file system's limit (255 bytes) where the
    # target's own does not: the name is then cut (the temporary only needs to be new and hidden).
    name = target.name.encode("utf-8", "surrogateescape")[: _LONGEST_NAME - _TEMPORARY_PARTS].decode("utf-8", "ignore")
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o666 & ~_umask())
    except OSError:
        os.close(descriptor)
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return descriptor, temporary


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
