"""``--jobs N`` starts at most two processes per core, and no more than there are chunks of files to check.

``--jobs 256`` started 256 worker processes on two cores (about 1.8 GB), and a pool as large as asked even
for a batch of two chunks. The results are the same, in the same order, whatever the pool.
"""

from __future__ import annotations

import concurrent.futures
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from qa_checker import runner
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, iter_results, run, worker_count
from tests.conftest import NOW, SAMPLES


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every process pool started (on a machine of two cores, with a pool for four files)."""
    started: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    class Recorded(real):  # type: ignore[misc, valid-type]
        def __init__(self, max_workers: int, **options: Any) -> None:
            started.append(max_workers)
            super().__init__(min(max_workers, 2), **options)  # what was asked is recorded, never started

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recorded)
    _two_cores(monkeypatch)
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 4)
    monkeypatch.setattr(runner, "WARM_UP", 0)
    return started


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for index, sample in enumerate(sorted((SAMPLES / "offers").iterdir()) * 10):
        shutil.copy(sample, folder / f"{index:02d}-{sample.name}")
    return folder


def _two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


def test_the_workers_asked_for_are_at_most_two_per_core(monkeypatch: pytest.MonkeyPatch) -> None:
    _two_cores(monkeypatch)
    assert [worker_count(jobs) for jobs in (None, 0, 1, 3, 4, 5, 256)] == [2, 2, 1, 3, 4, 4, 4]
    assert worker_count(256, local=False) == 256  # a Dask scheduler's workers are on other machines


def test_a_run_asking_for_256_jobs_starts_four_on_two_cores(pools: list[int], corpus: Path) -> None:
    serial = run([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    parallel = run([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=256))
    assert pools == [4]
    assert [r.to_dict() for r in parallel.results] == [r.to_dict() for r in serial.results]


def test_a_stream_starts_no_more_workers_than_chunks(
    pools: list[int], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "STREAM_CHUNK", 4)
    count = sum(1 for _ in corpus.iterdir())
    serial = list(iter_results([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=1)))
    streamed = list(iter_results([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=256)))
    assert pools == [min(4, -(-count // 4))]
    assert [r.to_dict() for r in streamed] == [r.to_dict() for r in serial]
    monkeypatch.setattr(runner, "STREAM_CHUNK", count)
    pools.clear()
    assert [r.to_dict() for r in iter_results([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=256))] == [
        r.to_dict() for r in serial
    ]
    assert pools == [1]  # one chunk: one worker
