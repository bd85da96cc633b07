"""Benchmark (not a test): the HTTP API under concurrent load, on this machine only.

Starts ``qa-checker serve`` on 127.0.0.1 and a free port, sends ``--requests`` checks (default 200),
``--concurrency`` at a time (default 8), cycling through the bundled samples (YAML, JSON and the Excel
catalogue) as multipart uploads to ``POST /api/v1/check``, then stops the server. Prints the latency
percentiles (p50, p95, max), the throughput and the number of answers that were not 200; nothing is
asserted. Every request goes to 127.0.0.1, and the run ends by itself.

Run: ``python3 benchmarks/bench_web.py [--requests N] [--concurrency N] [--workers N]``.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in (".yaml", ".json", ".xlsx"))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(workers: int, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "QA_CHECKER_WORKERS": str(workers), "QA_CHECKER_QUEUE": "256"}
    process = subprocess.Popen(
        [sys.executable, "-m", "qa_checker", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"the server did not start:\n{log.read_text(errors='replace')[-2000:]}")


def run(url: str, requests: int, concurrency: int) -> tuple[list[float], list[int], float]:
    bodies = [(p.name, p.read_bytes()) for p in SAMPLES]
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    with httpx.Client(base_url=url, timeout=120, limits=limits) as client:

        def one(index: int) -> tuple[float, int]:
            name, content = bodies[index % len(bodies)]
            started = time.perf_counter()
            response = client.post("/api/v1/check", files={"files": (name, content)})
            return time.perf_counter() - started, response.status_code

        client.post("/api/v1/check", files={"files": bodies[0]})  # warm the connection
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            answers = list(pool.map(one, range(requests)))
        elapsed = time.perf_counter() - started
    return [a[0] for a in answers], [a[1] for a in answers], elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        process, url = start(args.workers, Path(folder) / "server.log")
        try:
            latencies, statuses, elapsed = run(url, args.requests, args.concurrency)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, round(0.95 * len(latencies)) - 1)]
    failed = sum(status != 200 for status in statuses)
    print(
        f"{args.requests} checks of {len(SAMPLES)} samples, {args.concurrency} at a time, {args.workers} worker(s), "
        f"{os.cpu_count()} core(s)"
    )
    print(
        f"latency p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms; {args.requests / elapsed:.1f} checks per second; "
        f"{failed} answer(s) not 200"
    )


if __name__ == "__main__":
    main()
