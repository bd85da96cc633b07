"""A bounded pool of worker processes that the server awaits without blocking its event loop.

Checking is CPU work, so it runs in separate processes: a heavy upload cannot starve the event
loop (``/healthz`` and other requests keep being answered), the runner's per-input time budget is
active (a worker runs tasks in its main thread), and a worker that crashes or is killed costs its
own request, never the server. At most ``workers`` tasks run at once and at most ``queue`` more
wait for a worker; beyond that a request is refused at once with :class:`Busy` (503).

A task that is still running ``timeout`` seconds after it started (the worker's CPU budget did not
stop it: stuck in C code, or starved) is given up with :class:`TimedOut`: the pool's processes are
killed and a fresh pool replaces it. Tasks of other requests that were running in the killed pool
are submitted once more to the new one, so only the request that hung fails.

Workers are forked from a "forkserver" process that has imported the checker and warmed its caches
(:mod:`qa_checker.web._preload`) before the server started any thread, so a new worker starts
warm and safely (forking the threaded server itself is not safe).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")

PRELOAD = "qa_checker.web._preload"


class Busy(Exception):
    """Every worker is busy and the queue is full."""


class TimedOut(Exception):
    """A task ran past its time and was stopped."""


class Crashed(Exception):
    """The worker running a task died, twice."""


def _worker_init() -> None:
    """Workers leave Ctrl-C and shutdown to the server, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([PRELOAD])
        return context
    return multiprocessing.get_context("spawn")


class WorkerPool:
    """``workers`` processes, ``queue`` waiting places, and a wall-clock limit per task."""

    def __init__(self, workers: int, queue: int) -> None:
        self.workers = workers
        self.queue = queue
        self._executor: ProcessPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._pending = 0
        self.restarts = 0

    @property
    def pending(self) -> int:
        """Tasks running or waiting."""
        return self._pending

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=_context(), initializer=_worker_init)

    async def start(self) -> None:
        """Start the workers and wait until each has answered once."""
        self._executor = self._new_executor()
        self._slots = asyncio.Semaphore(self.workers)
        from qa_checker.web.worker import ping

        await asyncio.gather(*(asyncio.wrap_future(self._executor.submit(ping)) for _ in range(self.workers)))

    def close(self) -> None:
        """Stop the workers after the tasks they are running (called once the server stopped taking requests)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    async def call(self, function: Callable[..., T], *args: Any, timeout: float) -> T:
        """Run ``function(*args)`` in a worker and return its result.

        Raises :class:`Busy`, :class:`TimedOut` or :class:`Crashed`.
        """
        if self._executor is None or self._slots is None:
            raise RuntimeError("the worker pool is not running")
        if self._pending >= self.workers + self.queue:
            raise Busy
        self._pending += 1
        try:
            async with self._slots:
                return await self._run(function, args, timeout)
        finally:
            self._pending -= 1

    async def _run(self, function: Callable[..., T], args: tuple[Any, ...], timeout: float) -> T:
        for attempt in (1, 2):
            executor = self._executor
            if executor is None:
                raise RuntimeError("the worker pool is not running")
            future: Future[T] | None = None
            try:
                future = executor.submit(function, *args)
                return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
            except asyncio.TimeoutError:
                self._recycle(executor)
                raise TimedOut from None
            except BrokenProcessPool:
                self._recycle(executor)
                if attempt == 2:
                    raise Crashed from None
        raise AssertionError("unreachable")

    def _recycle(self, executor: ProcessPoolExecutor) -> None:
        """Kill the processes of ``executor`` and put a new pool in its place (once per broken pool)."""
        if executor is not self._executor:
            return
        self.restarts += 1
        self._executor = self._new_executor()
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            if process.is_alive():
                process.kill()
        executor.shutdown(wait=False, cancel_futures=True)
