"""The Dask engine runs the same per-file work on a real local cluster and gives the local engine's results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW, SAMPLES

distributed = pytest.importorskip("distributed", reason="Dask is an optional engine: pip install 'qa-checker[dask]'")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder / "generated", 120, yaml_share=0.5)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    return folder


def test_a_local_cluster_of_two_workers_gives_the_local_results(corpus: Path) -> None:
    paths = [corpus, SAMPLES]
    local = run(paths, RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    dask = run(paths, RunConfig(rubric=load_rubric(), now=NOW, jobs=2, engine="dask"))
    assert dask.to_dict() == local.to_dict()
    assert len(dask.results) > 130


def test_a_dask_run_leaves_no_thread_behind_and_a_second_run_works(corpus: Path) -> None:
    # Report files are written by forked processes only from a single-threaded one: a thread distributed
    # left running would make a Dask audit write its reports in one process.
    import threading

    for _ in range(2):
        report = run([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=2, engine="dask"))
        assert len(report.results) > 120
        assert not [t.name for t in threading.enumerate() if t.name.startswith("Dask-")]


def test_the_audit_command_on_an_existing_cluster_writes_the_same_reports(
    corpus: Path, tmp_path: Path, run_cli
) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        dask = run_cli(
            "audit",
            str(corpus),
            "--out",
            str(tmp_path / "dask"),
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
            "--now",
            NOW.isoformat(),
        )
    local = run_cli("audit", str(corpus), "--out", str(tmp_path / "local"), "--now", NOW.isoformat())
    assert dask.exit_code == local.exit_code == 1, dask.output
    reports = [json.loads((tmp_path / e / "report.json").read_text(encoding="utf-8")) for e in ("local", "dask")]
    assert reports[0] == reports[1]


def test_a_scheduler_without_the_dask_engine_is_refused(run_cli, corpus: Path, tmp_path: Path) -> None:
    result = run_cli("audit", str(corpus), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2 and "--engine dask" in result.output


def test_a_file_that_ends_its_dask_worker_is_given_up_and_the_others_keep_their_results(
    corpus: Path, tmp_path: Path
) -> None:
    """The cluster's workers load a module (Dask's ``preload``) with which reading one file ends the process, as
    a crash in a native library would; the cluster restarts the worker, the file gets an ``error`` result."""
    import dask
    from dask.distributed import LocalCluster

    marked = tmp_path / "marked"
    marked.mkdir()
    (marked / "ends-its-process.yaml").write_bytes((SAMPLES / "offers" / "data-ethics-nl.yaml").read_bytes())
    preload = tmp_path / "end_on_marked_file.py"
    preload.write_text(
        "import os, signal\n"
        "from qa_checker.loaders import Loaders\n"
        "def patched(real):\n"
        "    def load_path(self, path):\n"
        "        if 'ends-its-process' in path.name:\n"
        "            os.kill(os.getpid(), signal.SIGKILL)\n"
        "        return real(self, path)\n"
        "    load_path.patched = True\n"
        "    return load_path\n"
        "if not getattr(Loaders.load_path, 'patched', False):  # a worker may run its preloads more than once\n"
        "    Loaders.load_path = patched(Loaders.load_path)\n",
        encoding="utf-8",
    )
    paths = [corpus, marked]
    local = run([corpus], RunConfig(rubric=load_rubric(), now=NOW, jobs=1)).to_dict()["results"]
    options = {"threads_per_worker": 1, "processes": True, "dashboard_address": None}
    # A task is given up once on this many workers that died (3 by default; fewer restarts keep the test short).
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        LocalCluster(n_workers=2, preload=[str(preload)], **options) as cluster,
    ):
        config = RunConfig(rubric=load_rubric(), now=NOW, jobs=2, engine="dask", scheduler=cluster.scheduler_address)
        results = run(paths, config).to_dict()["results"]
    assert results[:-1] == local
    given_up = results[-1]
    assert given_up["status"] == "error"
    assert [f["rule"] for f in given_up["findings"]] == ["MC-EN-002"]
    assert "ended abruptly;" in given_up["findings"][0]["message"]
