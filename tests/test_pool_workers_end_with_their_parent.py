"""A pool worker ends when the process that started it is gone.

Ctrl-C in the main process while it forks a worker stops the run before the pool has registered that worker,
so nothing stops it; it waited for work forever on a queue whose writing end it holds itself, and kept the
run's output pipes open (a test reading them until they close timed out under load).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

# A parent that forks a child running the worker's start-up, then waits as a pool worker does (blocked, with
# SIGINT ignored), prints the child's pid and exits at once.
_SCRIPT = """
import os, sys, time
from qa_checker import runner
child = os.fork()
if child == 0:
    runner._start_worker()
    r, w = os.pipe()
    os.read(r, 1)
    os._exit(0)
print(child, flush=True)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        return handle.read().split()[2] != "Z"


@pytest.mark.skipif(not hasattr(os, "fork") or not os.path.isdir("/proc"), reason="needs fork and /proc")
def test_a_worker_whose_parent_is_gone_ends_within_seconds() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    child = int(done.stdout.split()[0])
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        assert not _alive(child), "the orphaned worker is still running"
    finally:
        if _alive(child):
            os.kill(child, 9)
