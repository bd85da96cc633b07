"""Two writers at once both land; a writer killed half-way leaves no half run; learners' data stays out."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from qa_checker.api import audit_paths
from qa_checker.store import Store, resolve_url
from tests.conftest import NOW, ROOT, SAMPLES
from tests.store.helpers import FIRST

COPIES = 60  # 60 x the 14 samples: 840 results and their findings per run, written in one transaction


@pytest.fixture(scope="module")
def pickled_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The samples' report, made once and handed to the writer processes."""
    path = tmp_path_factory.mktemp("report") / "report.pickle"
    path.write_bytes(pickle.dumps(audit_paths([SAMPLES], now=NOW, jobs=1)))
    return str(path)


def _writer(url: str, report: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer", url, report, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(path: Path, process: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if process.poll() is not None:
            raise AssertionError(f"the writer ended early: {process.communicate()}")
        assert time.monotonic() < deadline, f"{path} did not appear"
        time.sleep(0.02)


def _count(url: str, table: str) -> int:
    engine = create_engine(resolve_url(url), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


def test_two_writers_at_once_both_land_completely(store_url: str, tmp_path: Path, pickled_report: str) -> None:
    go = tmp_path / "go"
    writers = [
        _writer(
            store_url,
            pickled_report,
            "--copies",
            str(COPIES),
            "--ready",
            str(tmp_path / f"ready{i}"),
            "--go",
            str(go),
            "--label",
            f"w{i}",
        )
        for i in range(2)
    ]
    for i, writer in enumerate(writers):
        _wait_for(tmp_path / f"ready{i}", writer)
    go.touch()  # both start writing together
    for writer in writers:
        _out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    with Store.open(store_url) as store:
        runs = store.runs()
        assert len(runs) == 2
        assert {r.options["writer"] for r in runs} == {"w0", "w1"}
        for run in runs:
            exported = store.export(run.id)
            assert run.descriptors == len(exported["results"]) == 14 * COPIES
            assert {r["source"].split("/")[0] for r in exported["results"]} == {run.options["writer"]}
    assert _count(store_url, "results") == 2 * 14 * COPIES


def test_opening_waits_while_another_connection_writes_a_new_sqlite_store(tmp_path: Path) -> None:
    """SQLite refuses a switch to WAL at once while another connection writes; opening waits its turn instead."""
    import sqlite3
    import threading

    path = tmp_path / "history.sqlite"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # the write lock another qa-checker creating the store holds
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with Store.open(f"sqlite:///{path}") as store:
            assert store.runs() == []
    finally:
        release.join()
        holder.close()


def test_two_audits_into_one_new_store_at_once(store_url: str, tmp_path: Path) -> None:
    """Two qa-checker processes create, migrate and fill the same empty store at the same time."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    commands = [
        [
            sys.executable,
            "-m",
            "qa_checker",
            "audit",
            str(SAMPLES / "offers"),
            str(SAMPLES / "credentials"),
            "--out",
            str(tmp_path / f"out{i}"),
            "--now",
            FIRST,
            "--jobs",
            "1",
            "--store",
            store_url,
        ]
        for i in range(2)
    ]
    processes = [
        subprocess.Popen(c, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in commands
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode in (0, 1), err  # 1: some descriptor fails; 2 would be a store error
        assert "recorded run" in err
    with Store.open(store_url) as store:
        assert [r.descriptors for r in store.runs()] == [3, 3]


def test_a_writer_killed_half_way_leaves_no_half_run(store_url: str, tmp_path: Path, pickled_report: str) -> None:
    with Store.open(store_url) as store:
        store.record(audit_paths([SAMPLES / "offers"]))
    stalled = tmp_path / "stalled"
    writer = _writer(store_url, pickled_report, "--copies", "5", "--stall", str(stalled))
    _wait_for(stalled, writer)  # its results are inserted, its transaction still open
    writer.send_signal(signal.SIGKILL)
    writer.communicate(timeout=30)
    with Store.open(store_url) as store:
        assert [r.descriptors for r in store.runs()] == [1]
        assert store.run("latest").descriptors == 1
        # A new run goes in after the killed one (no lock left behind).
        store.record(audit_paths([SAMPLES / "offers"]))
        assert len(store.runs()) == 2
    # Not even hidden: no row of the killed run is in any table.
    assert _count(store_url, "runs") == 2
    assert _count(store_url, "results") == 2


def test_incomplete_runs_are_ignored_and_pruned(store_url: str) -> None:
    with Store.open(store_url) as store:
        info = store.record(audit_paths([SAMPLES / "offers"]))
    engine = create_engine(resolve_url(store_url), poolclass=NullPool)
    try:
        with engine.begin() as connection:  # as an older writer without one transaction might have left it
            connection.execute(text("UPDATE runs SET complete = :no WHERE id = :id"), {"no": False, "id": info.id})
    finally:
        engine.dispose()
    with Store.open(store_url) as store:
        assert store.runs() == []
        assert store.prune_before(datetime(2000, 1, 1)) == 0  # incomplete runs go whatever their date
    assert _count(store_url, "runs") == 0
    assert _count(store_url, "results") == 0


LEARNER = "Mara Schneider"
LEARNER_ID = "DE-2026-88341"
BIRTH = "1999-04-12"


def _credential_with_learner(folder: Path) -> Path:
    data = json.loads((SAMPLES / "credentials" / "cybersecurity-awareness-de.json").read_text(encoding="utf-8"))
    # A learner block with a wrong type, so the schema finding quotes the personal value in its message.
    data["learner"] = {
        "name": LEARNER,
        "identifier": LEARNER_ID,
        "date_of_birth": BIRTH,
        "contact": {"email": "mara@example.org"},
    }
    path = folder / "credential.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _everything_stored(url: str) -> str:
    engine = create_engine(resolve_url(url), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            dumps = []
            for table in ("runs", "results", "findings"):
                for row in connection.execute(text(f"SELECT * FROM {table}")):
                    dumps.append(json.dumps([str(v) for v in row], ensure_ascii=False))
            return "\n".join(dumps)
    finally:
        engine.dispose()


def test_learners_personal_data_is_not_stored(store_url: str, tmp_path: Path, run_cli) -> None:
    path = _credential_with_learner(tmp_path)
    report_file = tmp_path / "out" / "report.json"
    result = run_cli("audit", str(path), "--out", str(tmp_path / "out"), "--store", store_url, "--now", FIRST)
    assert result.exit_code in (0, 1), result.output
    written = report_file.read_text(encoding="utf-8")
    assert LEARNER_ID in written  # quoted by the finding on the identifier, which must be an object
    stored = _everything_stored(store_url)
    for value in (LEARNER, LEARNER_ID, BIRTH, "mara@example.org"):
        assert value not in stored
    assert "learner/identifier must be an object (a mapping), not '[personal data removed]'" in stored
    with Store.open(store_url) as store:
        [result] = store.export("latest")["results"]
        assert not result["findings"][0]["message"].count(LEARNER_ID)


def test_personal_data_is_stored_when_asked(store_url: str, tmp_path: Path, run_cli) -> None:
    path = _credential_with_learner(tmp_path)
    result = run_cli(
        "check", str(path), "--format", "json", "--store", store_url, "--keep-personal-data", "--now", FIRST
    )
    assert result.exit_code in (0, 1), result.output
    stored = _everything_stored(store_url)
    assert LEARNER in stored and BIRTH in stored
    with Store.open(store_url) as store:
        assert store.run("latest").personal_data_kept


def test_a_lone_surrogate_in_a_source_or_text_is_stored_as_the_replacement_character(store_url: str) -> None:
    # A Python caller may name a document with any string; no database's UTF-8 can hold a lone surrogate.
    from qa_checker.api import check_documents
    from qa_checker.limits import Limits
    from qa_checker.loaders import Loaders

    raw = (SAMPLES / "offers" / "data-ethics-nl.yaml").read_bytes().replace(b"en: ", b'en: "odd \\udc80 text" # ', 1)
    report = check_documents(Loaders(Limits(), None).load_stdin(raw, name="odd\udc80name.yaml"), now=NOW)
    with Store.open(store_url) as store:
        store.record(report)
    engine = create_engine(resolve_url(store_url), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            source, title = connection.execute(text("SELECT source, title FROM results")).one()
    finally:
        engine.dispose()
    assert source == "odd\ufffdname.yaml" and "\ufffd" in title


@pytest.mark.parametrize(
    ("column", "value", "error"),
    [("report", "{not json", "JSONDecodeError"), ("run_at", "garbage", "ValueError")],
)
def test_a_row_changed_by_another_program_is_a_usage_error_not_a_traceback(
    tmp_path: Path, run_cli, column: str, value: str, error: str
) -> None:
    url = f"sqlite:///{tmp_path / 'history.sqlite'}"
    result = run_cli("check", str(SAMPLES / "offers"), "--store", url, "--now", FIRST)
    assert result.exit_code in (0, 1), result.output
    engine = create_engine(resolve_url(url), poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text(f"UPDATE runs SET {column} = :value"), {"value": value})
    finally:
        engine.dispose()
    for args in (("history",), ("diff",), ("history", "--export", "latest")):
        result = run_cli(*args, "--store", url)
        assert result.exit_code == 2, result.output
        assert "holds a value qa-checker did not write and cannot read" in result.output and error in result.output
