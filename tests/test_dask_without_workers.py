"""A Dask run whose cluster has no worker (all of them gone, or none ever joined) gives up with a clear message
instead of waiting for ever."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_checker import runner
from qa_checker.cli import cli
from qa_checker.errors import EngineError
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW, SAMPLES

distributed = pytest.importorskip("distributed", reason="Dask is an optional engine: pip install 'qa-checker[dask]'")


@pytest.fixture
def empty_cluster(monkeypatch: pytest.MonkeyPatch):
    """The address of a running scheduler with no worker, and a short patience."""
    monkeypatch.setattr(runner, "DASK_WITHOUT_WORKERS", 1.0)
    monkeypatch.setattr(runner, "_DASK_LOOK", 0.2)
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_a_cluster_without_workers_ends_the_run_with_an_engine_error(empty_cluster: str) -> None:
    config = RunConfig(rubric=load_rubric(), now=NOW, jobs=2, engine="dask", scheduler=empty_cluster)
    with pytest.raises(EngineError, match="no worker for 1 seconds"):
        run([SAMPLES / "flawed"], config)


def test_the_command_says_so_and_exits_2(empty_cluster: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "audit",
            str(SAMPLES / "flawed"),
            "--out",
            str(tmp_path / "out"),
            "--engine",
            "dask",
            "--scheduler",
            empty_cluster,
            "--now",
            "2026-11-29T12:00:00+00:00",
        ],
    )
    assert result.exit_code == 2, result.output
    assert "qa-checker: the Dask cluster has had no worker for 1 seconds" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "report.json").exists()


def test_a_cluster_whose_workers_come_back_is_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """No worker for less than the patience is not a failure: a restarted worker joins again."""
    monkeypatch.setattr(runner, "_DASK_LOOK", 0.05)
    # With no patience at all, two looks in a row without a worker end the run: a worker seen between them does not.
    infos = iter([{"workers": {}}, {"workers": {"w": {}}}, {"workers": {}}, {"workers": {"w": {}}}])

    class Client:
        def scheduler_info(self) -> dict[str, object]:
            return next(infos)

    answers = iter([TimeoutError, TimeoutError, TimeoutError, TimeoutError, None])

    def wait(work: object, timeout: float) -> None:
        answer = next(answers)
        if answer is not None:
            raise answer

    monkeypatch.setattr(distributed, "wait", wait)
    monkeypatch.setattr(runner, "DASK_WITHOUT_WORKERS", 0.0)
    workers = runner._DaskWorkers.__new__(runner._DaskWorkers)
    workers.client = Client()
    workers._await(object())  # returns: the work was done before the patience ran out
