"""What a check spends on each input outside parsing and rules is spent once where it can be: a file is read from its
descriptor (whole, however short the reads), a run sets the timer's handler once, a worker makes its job's rules once."""

from __future__ import annotations

import json
import os
import pickle
import signal
from pathlib import Path
from typing import Any

import pytest

from qa_checker import loaders, runner
from qa_checker.loaders import load_file
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW, baseline


def _folder(folder: Path, count: int = 3) -> list[Path]:
    folder.mkdir()
    paths = []
    for index in range(count):
        data = baseline()
        data["id"] = f"course-{index}"
        path = folder / f"course-{index}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_file_given_in_short_reads_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (path,) = _folder(tmp_path / "batch", 1)
    read = os.read
    monkeypatch.setattr(loaders.os, "read", lambda descriptor, count: read(descriptor, min(count, 7)))
    (document,) = load_file(path)
    assert document.data == json.loads(path.read_text(encoding="utf-8"))
    assert not document.findings


def test_a_run_sets_the_timers_handler_once_for_all_its_inputs(tmp_path: Path, timer_handlers: list[Any]) -> None:
    folder = tmp_path / "batch"
    _folder(folder)
    before = signal.getsignal(signal.SIGALRM)
    report = run([folder], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    assert [result.status for result in report.results] == ["pass"] * 3
    assert len(timer_handlers) == 2 and timer_handlers[-1] == before
    assert signal.getsignal(signal.SIGALRM) == before


def test_a_worker_makes_its_jobs_rules_once_for_all_its_chunks(tmp_path: Path) -> None:
    paths = _folder(tmp_path / "batch")
    job = runner._Job(RunConfig(rubric=load_rubric(), now=NOW), NOW.date())
    sent = pickle.dumps(job)
    first = runner._check_chunk(paths[:1], sent)
    rest = runner._check_chunk(paths[1:], bytes(bytearray(sent)))  # the same job, as another chunk brings it
    assert runner._unpickled_job(sent) is runner._unpickled_job(bytes(bytearray(sent)))
    assert runner._unpickled_job(sent).plan is runner._unpickled_job(bytes(bytearray(sent))).plan
    here = runner._checked(paths, job, runner._loaders(job.config))
    assert [r.to_dict() for group in first + rest for r in group] == [r.to_dict() for group in here for r in group]
