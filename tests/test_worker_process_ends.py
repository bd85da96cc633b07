"""A worker process that dies while checking one file costs that file its result, never the batch.

A crash in a native library (a parser, the compiled schema validator, a language model) or the system ending a
process for lack of memory ended every run with ``BrokenProcessPool`` and a traceback, losing the results of every
other file. The chunk whose worker died is checked again a file at a time in a fresh pool: the file that ends a
worker again gets an ``error`` result (``MC-EN-002``, naming the signal), the others their own results.
The workers are forked from this process, so a loader patched here ends them as a real crash would.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from qa_checker import ids, runner
from qa_checker.loaders import Loaders
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, iter_results, run
from tests.conftest import NOW, SAMPLES

MARK = "ends-its-process"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Sixty copies of the sample offers, seven of them named to end the process that reads them (spread over the
    chunks, so that a worker dies while other chunks are running: a death is blamed on no file but its own)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    samples = sorted((SAMPLES / "offers").iterdir())
    for index in range(60):
        sample = samples[index % len(samples)]
        marked = f"-{MARK}" if index in (3, 10, 17, 25, 33, 44, 51) else ""
        shutil.copy(sample, folder / f"{index:02d}{marked}-{sample.name}")
    return folder


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every batch goes to a pool of two workers, in chunks of a few files."""
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 4)
    monkeypatch.setattr(runner, "WARM_UP", 0)
    monkeypatch.setattr(runner, "STREAM_CHUNK", 8)


def _ending(monkeypatch: pytest.MonkeyPatch, end: Callable[[], None], *, once: Path | None = None) -> None:
    """Reading a marked file ends the process (only the first time, if ``once`` names a flag file to leave)."""
    real = Loaders.load_path

    def load_path(self: Loaders, path: Path) -> list:  # type: ignore[type-arg]
        if MARK in path.name and os.getpid() != parent and (once is None or not once.exists()):
            if once is not None:
                once.touch()
            end()
        return real(self, path)

    parent = os.getpid()
    monkeypatch.setattr(Loaders, "load_path", load_path)


def _kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _serial(corpus: Path) -> list[dict]:  # type: ignore[type-arg]
    return [r.to_dict() for r in run([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=1)).results]


def _given_up(result: dict, signal_name: str) -> bool:  # type: ignore[type-arg]
    findings = result["findings"]
    return (
        result["status"] == "error"
        and [f["rule"] for f in findings] == [ids.INTERNAL_ERROR]
        and f"ended abruptly ({signal_name})" in findings[0]["message"]
    )


@pytest.mark.parametrize(
    ("end", "signal_name"),
    [(_kill, "SIGKILL"), (os.abort, "SIGABRT"), (lambda: os.kill(os.getpid(), signal.SIGSEGV), "SIGSEGV")],
    ids=["killed", "aborted", "segfault"],
)
@pytest.mark.parametrize("spill_after", [None, 0], ids=["in-memory", "on-disk"])
def test_a_file_that_ends_its_worker_is_given_up_and_every_other_keeps_its_result(
    corpus: Path,
    pooled: None,
    monkeypatch: pytest.MonkeyPatch,
    end: Callable[[], None],
    signal_name: str,
    spill_after: int | None,
) -> None:
    expected = _serial(corpus)
    _ending(monkeypatch, end)
    report = run([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=2, spill_after=spill_after))
    results = [r.to_dict() for r in report.results]
    assert [r["source"] for r in results] == [r["source"] for r in expected]
    for got, want in zip(results, expected, strict=True):
        if MARK in got["source"]:
            assert _given_up(got, signal_name), got
        else:
            assert got == want


def test_a_stream_goes_on_past_a_file_that_ends_its_worker(
    corpus: Path, pooled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _serial(corpus)
    _ending(monkeypatch, _kill)
    streamed = [r.to_dict() for r in iter_results([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=2))]
    assert [r["source"] for r in streamed] == [r["source"] for r in expected]
    assert sum(_given_up(r, "SIGKILL") for r in streamed) == 7
    assert [r for r in streamed if MARK not in r["source"]] == [r for r in expected if MARK not in r["source"]]


def test_a_worker_that_died_once_costs_no_file_its_result(
    corpus: Path, pooled: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A worker that died while checking a chunk (memory the whole chunk took, say) but not when each file is
    checked alone: every file gets its own result."""
    expected = _serial(corpus)
    _ending(monkeypatch, _kill, once=tmp_path / "died-once")
    report = run([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=2))
    assert (tmp_path / "died-once").exists()
    assert [r.to_dict() for r in report.results] == expected


def test_the_check_command_reports_the_file_and_exits_as_for_any_error(
    corpus: Path, pooled: None, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    _ending(monkeypatch, _kill)
    result = run_cli("check", str(corpus), "--format", "jsonl", "--jobs", "2", "--now", NOW.isoformat())
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 1
    assert len(lines) == 60
    assert [Path(line["source"]).name for line in lines if _given_up(line, "SIGKILL")] == [
        p.name for p in sorted(corpus.iterdir()) if MARK in p.name
    ]
