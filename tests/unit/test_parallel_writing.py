"""Report files written by several processes at once: the same files, all or none, and Ctrl-C stops them all.

The tests fork from the test process; other tests may have left threads running in it (servers,
clusters), which makes :func:`qa_checker.writing.write_files` write alone, so they call the forking
path itself, except one that runs in a fresh process.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from qa_checker import writing
from qa_checker.writing import Content, WriteFailed

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="files are written in parallel where fork exists")


def _pid_file(extra: bytes = b"") -> Callable[[BinaryIO], None]:
    """A streamed file that says which process wrote it."""

    def write(file: BinaryIO) -> None:
        time.sleep(0.01)
        file.write(f"{os.getpid()}\n".encode() + extra)

    return write


def _write(files: dict[Path, Content], workers: int = 2) -> None:
    """write_files, forking whatever threads the test process has."""
    plan = [(Path(target), content) for target, content in files.items()]
    pending: list[tuple[Path, str]] = []
    try:
        writing._write_forked(plan, workers, pending)
        writing._replace_all(pending)
        pending = []
    finally:
        for _, temporary in pending:
            os.unlink(temporary)


def _visible(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_every_file_is_written_once_by_one_of_the_processes(tmp_path: Path) -> None:
    files: dict[Path, Content] = {tmp_path / f"page-{i:02}.html": _pid_file(b"x" * i) for i in range(24)}
    files[tmp_path / "report.json"] = b"{}"
    _write(files)
    written = _visible(tmp_path)
    assert set(written) == {p.name for p in files}
    assert written["report.json"] == b"{}"
    assert all(written[f"page-{i:02}.html"].endswith(b"\n" + b"x" * i) for i in range(24))
    writers = {written[f"page-{i:02}.html"].split(b"\n")[0] for i in range(24)}
    assert len(writers) == 2 and str(os.getpid()).encode() in writers
    assert not multiprocessing.active_children()


def test_write_files_forks_from_a_single_threaded_process(tmp_path: Path) -> None:
    code = (
        "import os, sys\nfrom pathlib import Path\nfrom qa_checker.writing import write_files\n"
        "from tests.unit.test_parallel_writing import _pid_file\n"
        "out = Path(sys.argv[1])\n"
        "write_files({out / f'p{i}.html': _pid_file() for i in range(16)}, workers=2)\n"
        "print(len({(out / f'p{i}.html').read_text() for i in range(16)}))\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], cwd=root, capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "2"


def _failing(target: Path, error: BaseException) -> Callable[[BinaryIO], None]:
    def write(file: BinaryIO) -> None:
        file.write(b"half")
        raise error

    return write


@pytest.mark.parametrize("position", [0, 5, 11])
def test_a_full_disk_anywhere_names_the_file_and_replaces_nothing(tmp_path: Path, position: int) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_bytes(b"before")
    files: dict[Path, Content] = {out / "report.json": b"after"}
    files.update({out / "report-pages" / f"p{i:02}.html": _pid_file() for i in range(12)})
    failing = out / "report-pages" / f"p{position:02}.html"
    files[failing] = _failing(failing, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    with pytest.raises(WriteFailed) as raised:
        _write(files)
    assert raised.value.path == str(failing) and raised.value.reason == "No space left on device"
    assert _visible(out) == {"report.json": b"before"}
    assert not multiprocessing.active_children()


def test_an_error_of_a_report_s_own_code_in_a_forked_writer_is_a_located_failure(tmp_path: Path) -> None:
    files: dict[Path, Content] = {tmp_path / f"p{i}.html": _pid_file() for i in range(8)}
    broken = tmp_path / "p7.html"
    files[broken] = _failing(broken, ValueError("no such column"))
    with pytest.raises((WriteFailed, ValueError)) as raised:
        _write(files)
    if isinstance(raised.value, WriteFailed):  # raised in a forked writer: sent back located
        assert raised.value.path == str(broken) and "no such column" in raised.value.reason
    assert _visible(tmp_path) == {}


def test_a_killed_writer_fails_the_write_instead_of_losing_a_file(tmp_path: Path) -> None:
    parent = os.getpid()

    def dies_in_a_child(file: BinaryIO) -> None:
        if os.getpid() != parent:
            os._exit(9)
        time.sleep(0.5)  # long enough for the forked writer to take a file of its own
        file.write(b"ok")

    files: dict[Path, Content] = {tmp_path / f"p{i}.html": dies_in_a_child for i in range(4)}
    with pytest.raises(WriteFailed) as raised:
        _write(files)
    assert "stopped unexpectedly" in raised.value.reason
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith(".")]


def test_ctrl_c_while_writing_in_parallel_stops_every_process_and_leaves_nothing(tmp_path: Path) -> None:
    # Each write of a file is also noted, a byte a chunk, in a log of its own outside the output folder.
    out, progress = tmp_path / "out", tmp_path / "progress"
    out.mkdir()
    progress.mkdir()

    def slow(file: BinaryIO) -> None:
        log, _ = tempfile.mkstemp(dir=progress)
        try:
            for _ in range(100):
                time.sleep(0.02)
                file.write(b"x")
                os.write(log, b"x")
        finally:
            os.close(log)

    files: dict[Path, Content] = {out / f"p{i}.html": slow for i in range(6)}
    previous = signal.signal(signal.SIGALRM, lambda *_: os.kill(os.getpid(), signal.SIGINT))
    # Ctrl-C raises KeyboardInterrupt here even when the suite runs as a background job (SIGINT ignored).
    interrupt = signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.setitimer(signal.ITIMER_REAL, 0.5)  # not inherited by the forked writers
    try:
        with pytest.raises(KeyboardInterrupt):
            _write(files)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        signal.signal(signal.SIGINT, interrupt)
    assert list(out.iterdir()) == []
    assert not multiprocessing.active_children()
    # Every process stopped mid-file: a file takes 100 chunks (two seconds), the interrupt came after half a
    # second, and no writer (the forked one, waited for above, included) wrote a file to its end.
    logs = [p.stat().st_size for p in progress.iterdir()]
    assert logs and all(0 <= size < 100 for size in logs), logs
