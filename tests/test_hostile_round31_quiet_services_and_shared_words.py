"""Hostile round 31: services that never answer, and words shared by the readers of cells and headers."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

Run = Callable[..., Result]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A local port whose service accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


def test_a_scheduler_address_where_nothing_answers_is_given_up_in_time(
    tmp_path: Path, run_cli: Run, silent_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """distributed bounds the connection, not the handshake after it: a port that accepts and stays silent held the
    audit for ever. It is one line naming the address, exit 2, after the deadline."""
    pytest.importorskip("dask.distributed")
    from qa_checker import runner

    monkeypatch.setattr(runner, "DASK_CONNECT_SECONDS", 1)
    address = f"tcp://127.0.0.1:{silent_port}"
    results: list[Result] = []
    args = ("audit", str(SAMPLES / "offers"), "--out", str(tmp_path / "out"), "--engine", "dask", "--scheduler", address)
    # run on a thread of its own, so that a run that never ends fails this test rather than holding the suite
    audit = threading.Thread(target=lambda: results.append(run_cli(*args)), daemon=True)
    audit.start()
    audit.join(timeout=60)
    assert results, "the audit was still waiting for the scheduler after 60 seconds"
    (result,) = results
    assert result.exit_code == 2, result.output
    assert f"cannot reach the Dask scheduler at {address} (--scheduler): no answer within 2 seconds" in result.output
    assert not (tmp_path / "out").exists()
