"""A bounded concurrent run against the real server: 48 checks, 8 at a time, no errors, the same answers
as one at a time, and the server answers ``/healthz`` while it is busy. (``benchmarks/bench_web.py``
measures latency; this only asserts correctness under load.)"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.conftest import SAMPLES
from tests.web.server import Server

REQUESTS, CONCURRENCY = 48, 8


def test_concurrent_checks_all_succeed_with_the_same_answers(server: Server) -> None:
    samples = [(p.name, p.read_bytes()) for p in sorted(SAMPLES.rglob("*")) if p.suffix in (".yaml", ".json", ".xlsx")]
    limits = httpx.Limits(max_connections=CONCURRENCY + 1)
    with httpx.Client(base_url=server.url, timeout=120, limits=limits) as client:
        expected = {
            name: client.post("/api/v1/check", files={"files": (name, raw)}).json()["results"] for name, raw in samples
        }
        # The checks under way each time /healthz answered: answers while checks run show that the event
        # loop is not held by them (they run in worker processes).
        health: list[int] = []
        running = [0]
        lock = threading.Lock()
        done = threading.Event()

        def probe() -> None:
            while not done.is_set():
                assert client.get("/healthz").status_code == 200
                with lock:
                    health.append(running[0])
                time.sleep(0.05)

        def one(index: int) -> tuple[str, int, list[object]]:
            name, raw = samples[index % len(samples)]
            with lock:
                running[0] += 1
            try:
                response = client.post("/api/v1/check", files={"files": (name, raw)})
            finally:
                with lock:
                    running[0] -= 1
            return name, response.status_code, response.json()["results"] if response.status_code == 200 else []

        watcher = threading.Thread(target=probe)
        watcher.start()
        try:
            with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
                answers = list(pool.map(one, range(REQUESTS)))
        finally:
            done.set()
            watcher.join()
    assert [status for _, status, _ in answers] == [200] * REQUESTS
    assert all(results == expected[name] for name, _, results in answers)
    assert any(under_way > 0 for under_way in health), health
