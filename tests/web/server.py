"""Start a real ``qa-checker serve`` (or ``uvicorn qa_checker.web:app``) on 127.0.0.1 and a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.conftest import NOW, ROOT

# Limits small enough that the hostile uploads of the tests stay cheap.
LIMITS = {
    "QA_CHECKER_MAX_REQUEST_BYTES": str(3 * 1024 * 1024),
    "QA_CHECKER_MAX_FILE_BYTES": str(1024 * 1024),
    "QA_CHECKER_MAX_FILES": "6",
    "QA_CHECKER_MAX_ARCHIVE_MEMBERS": "50",
    "QA_CHECKER_MAX_ARCHIVE_BYTES": str(4 * 1024 * 1024),
    "QA_CHECKER_TIMEOUT": "20",
    "QA_CHECKER_QUEUE": "64",
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running server: its address, its process and the file its standard error goes to."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path
    env: dict[str, str] = field(default_factory=dict)

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def access_lines(self) -> list[str]:
        return [line for line in self.log_text().splitlines() if line.startswith('{"time"')]

    def descendants(self) -> set[int]:
        """Process ids of the server's children and their children (Linux /proc)."""
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                parents[int(entry.name)] = int(fields[1])
        found: set[int] = set()
        frontier = {self.process.pid}
        while frontier:
            children = {pid for pid, parent in parents.items() if parent in frontier} - found
            found |= children
            frontier = children
        return found

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, then wait: uvicorn finishes running requests and the workers are shut down."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        return self.process.returncode


def start(
    log: Path,
    *,
    args: list[str] | None = None,
    env: dict[str, str] | None = None,
    uvicorn: bool = False,
    workers: int = 2,
) -> Server:
    """Start a server and wait until ``/healthz`` answers (its workers have started and warmed up)."""
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("QA_CHECKER_")}
    environment.update(LIMITS)
    environment["QA_CHECKER_NOW"] = NOW.isoformat()
    environment["QA_CHECKER_WORKERS"] = str(workers)
    environment.update(env or {})
    if uvicorn:
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "qa_checker.web:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
            "--timeout-graceful-shutdown",
            "10",
        ]
    else:
        command = [sys.executable, "-m", "qa_checker", "serve", "--host", "127.0.0.1", "--port", str(port)]
    handle = log.open("wb")
    process = subprocess.Popen(
        command + (args or []),
        cwd=ROOT,
        env=environment,
        stdout=handle,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    server = Server(f"http://127.0.0.1:{port}", process, log, environment)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped with {process.returncode}:\n{server.log_text()[-3000:]}")
        try:
            if httpx.get(server.url + "/healthz", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"the server did not answer within 90 s:\n{server.log_text()[-3000:]}")
