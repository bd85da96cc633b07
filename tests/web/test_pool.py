"""The worker pool with real processes: a task that hangs or kills its worker costs only its own request."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import time

import pytest

from qa_checker.web.pool import Busy, Crashed, TimedOut, WorkerPool
from qa_checker.web.worker import ping


def test_a_hanging_task_is_stopped_and_the_pool_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    # Stopped, not waited for: the one worker, still running the sleep, is killed (a pool that waited for the
    # task, or left it running, kills no live worker).
    killed: list[int | None] = []
    kill = multiprocessing.process.BaseProcess.kill

    def noted_kill(process: multiprocessing.process.BaseProcess) -> None:
        killed.append(process.pid)
        kill(process)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "kill", noted_kill)

    async def scenario() -> None:
        pool = WorkerPool(workers=1, queue=2)
        await pool.start()
        try:
            worker = await pool.call(os.getpid, timeout=60)
            with pytest.raises(TimedOut):
                await pool.call(time.sleep, 30, timeout=0.5)
            assert killed == [worker]
            assert pool.restarts == 1
            assert await pool.call(ping, timeout=60) is True
        finally:
            pool.close()

    asyncio.run(scenario())


def test_a_worker_that_dies_fails_its_task_and_the_next_one_runs() -> None:
    async def scenario() -> None:
        pool = WorkerPool(workers=1, queue=2)
        await pool.start()
        try:
            with pytest.raises(Crashed):
                await pool.call(os._exit, 3, timeout=60)
            assert await pool.call(ping, timeout=60) is True
        finally:
            pool.close()

    asyncio.run(scenario())


def test_a_full_queue_refuses_at_once_and_other_tasks_survive_a_recycle() -> None:
    async def scenario() -> None:
        pool = WorkerPool(workers=2, queue=0)
        await pool.start()
        try:
            slow = asyncio.ensure_future(pool.call(time.sleep, 1.5, timeout=60))
            hung = asyncio.ensure_future(pool.call(time.sleep, 30, timeout=0.5))
            await asyncio.sleep(0.1)
            with pytest.raises(Busy):
                await pool.call(ping, timeout=60)
            with pytest.raises(TimedOut):
                await hung
            # The slow task was killed with the pool the hung one broke, and ran again in the new one.
            assert await slow is None
            assert await pool.call(ping, timeout=60) is True
        finally:
            pool.close()

    asyncio.run(scenario())


def test_a_request_over_its_cpu_budget_is_refused_by_the_worker() -> None:
    """The request's CPU budget stops what its clocks do not bound: here 0.01 s, a tenth of the least share of the
    uploads' clock (0.1 s), so reading the 2,000-descriptor stream runs past it and the worker refuses the request
    (at 0.05 s, a machine busy enough to give the worker less than half a core let the wall clock run out first)."""
    import json
    from datetime import datetime, timezone

    from qa_checker.limits import Limits
    from qa_checker.web.worker import CheckJob, Refusal, Upload, check

    verbs = (
        "Apply",
        "Evaluate",
        "Design",
        "Analyse",
        "Compare",
        "Explain",
        "Construct",
        "Assess",
        "Interpret",
        "Justify",
    )
    documents = [
        {
            "id": f"c{i}",
            "title": f"Course {i}",
            "learning_outcomes": [f"{verb} statistical methods for set {i}" for verb in verbs],
        }
        for i in range(2000)
    ]
    upload = Upload("catalogue.yaml", "".join(f"---\n{json.dumps(document)}\n" for document in documents).encode())
    job = CheckJob((upload,), "eu-2022", datetime(2026, 11, 29, tzinfo=timezone.utc), Limits(seconds=60), "json", 0.01)

    async def scenario() -> object:
        pool = WorkerPool(workers=1, queue=0)
        await pool.start()
        try:
            return await pool.call(check, job, timeout=60)
        finally:
            pool.close()

    outcome = asyncio.run(scenario())
    assert isinstance(outcome, Refusal) and outcome.status == 422 and "0.01 seconds" in outcome.message
