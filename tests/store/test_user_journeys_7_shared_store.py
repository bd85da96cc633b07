"""An agency team shares one history store: auditors of different providers, at the same time, pruning,
exporting, interrupted, the database lost; SQLite and PostgreSQL give the same answers."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from qa_checker.api import audit_paths
from qa_checker.results import Report
from qa_checker.store import Store, StoreError, resolve_url
from tests.conftest import NOW, ROOT, SAMPLES
from tests.store.conftest import new_store

# Two providers' descriptors, as two auditors receive them.
AMSTERDAM = ("offers/data-ethics-nl.yaml",)
RHEINLAND = ("flawed/de-cloud-grundlagen.yaml",)
LYON_AND_VALENCIA = ("flawed/fr-logistique-verte.yaml", "flawed/es-marketing-digital.yaml")


def _folder(root: Path, names: tuple[str, ...]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SAMPLES / name, root / Path(name).name)
    return root


def _report(root: Path, names: tuple[str, ...], day: int) -> Report:
    return audit_paths([_folder(root, names)], now=NOW.replace(day=day), jobs=1)


def _cli_json(run_cli: Any, *args: str) -> Any:
    result = run_cli(*args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output[result.output.index("{") :])


def test_previous_is_the_last_audit_of_the_latest_runs_descriptors(store_url: str, tmp_path: Path, run_cli) -> None:
    """Auditor A audits Amsterdam twice; auditor B audits Rheinland in between: previous is A's first run."""
    with Store.open(store_url) as store:
        first = store.record(_report(tmp_path / "a1", AMSTERDAM, 1)).id
        other = store.record(_report(tmp_path / "b", RHEINLAND, 2)).id
        second = store.record(_report(tmp_path / "a2", AMSTERDAM, 3)).id
        assert store.resolve("previous") == first != other
        assert store.resolve_all(["previous", "latest"]) == [first, second]
        assert store.resolve("latest~1") == other  # latest~N stays the Nth run before the latest
        assert store.export("previous")["generated_at"] == store.run(first).generated_at
    compared = _cli_json(run_cli, "diff", "--store", store_url, "--format", "json")
    assert (compared["before"]["run"], compared["after"]["run"]) == (first, second)
    assert compared["summary"]["added"] == compared["summary"]["removed"] == 0


def test_another_providers_file_at_the_same_path_is_not_this_ones_previous(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    """Two auditors each audit ``inbox/`` on their own machine: the same relative sources, other providers."""
    for auditor, names in (("a", AMSTERDAM), ("b", RHEINLAND)):
        inbox = _folder(tmp_path / auditor / "inbox", ())
        shutil.copy(SAMPLES / names[0], inbox / "offer.yaml")
    monkeypatch.chdir(tmp_path / "a")
    assert run_cli("check", "inbox", "--store", store_url, "--now", "2026-11-29").exit_code in (0, 1)
    monkeypatch.chdir(tmp_path / "b")
    result = run_cli("check", "inbox", "--store", store_url, "--now", "2026-11-30")
    assert result.exit_code in (0, 1)
    assert "(no earlier run of these descriptors)" in result.output
    monkeypatch.chdir(tmp_path / "a")
    result = run_cli("check", "inbox", "--store", store_url, "--now", "2026-12-01")
    assert "since run 1:" in result.output


def test_a_read_sees_one_moment_while_another_auditor_prunes(store_url: str, tmp_path: Path) -> None:
    """An export begun before a prune commits gives the whole run back, not its run row without its results."""
    with Store.open(store_url) as store:
        run = store.record(_report(tmp_path / "a", LYON_AND_VALENCIA, 1))
        original = Store._run_row

        def pruned_meanwhile(self: Store, connection: Any, run_id: int) -> dict[str, Any]:
            row = original(self, connection, run_id)
            with Store.open(store_url) as pruner:
                assert pruner.prune_before(datetime(2030, 1, 1, tzinfo=timezone.utc)) == 1
            return row

        Store._run_row = pruned_meanwhile  # type: ignore[method-assign]
        try:
            exported = store.export(run.id)
        finally:
            Store._run_row = original  # type: ignore[method-assign]
        assert len(exported["results"]) == run.descriptors == 2
        assert store.runs() == []


def test_ctrl_c_while_recording_leaves_no_run_and_the_next_audit_lands(store_url: str, tmp_path: Path) -> None:
    report = _report(tmp_path / "a", LYON_AND_VALENCIA, 1)
    with Store.open(store_url) as store:
        original = Store._insert

        def interrupted(self: Store, connection: Any, table: str, rows: Any) -> None:
            original(self, connection, table, rows)
            raise KeyboardInterrupt

        Store._insert = interrupted  # type: ignore[method-assign]
        try:
            with pytest.raises(KeyboardInterrupt):
                store.record(report)
        finally:
            Store._insert = original  # type: ignore[method-assign]
        assert store.runs() == []
        with pytest.raises(StoreError, match="latest names no run"):
            store.resolve("latest")
        run = store.record(report)
        assert [r.id for r in store.runs()] == [run.id]
        assert len(store.export("latest")["results"]) == 2


def _writer(url: str, report: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer", url, report, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_run_waits_for_the_one_being_recorded_so_ids_follow_the_order_runs_land(
    store_url: str, tmp_path: Path
) -> None:
    """While auditor A's run is being written, B's waits: B never lands under a higher id before A's lower one."""
    pickled = tmp_path / "report.pickle"
    pickled.write_bytes(pickle.dumps(_report(tmp_path / "a", LYON_AND_VALENCIA, 1)))
    with Store.open(store_url):
        pass  # made before both writers start
    stalled = tmp_path / "stalled"
    first = _writer(store_url, str(pickled), "--stall", str(stalled), "--label", "a")
    try:
        deadline = time.monotonic() + 60
        while not stalled.exists():
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        ready = tmp_path / "ready"
        second = _writer(store_url, str(pickled), "--label", "b", "--ready", str(ready))
        while not ready.exists():  # the store is open: the second auditor is about to record
            assert second.poll() is None, second.communicate()
            assert time.monotonic() < deadline + 60
            time.sleep(0.02)
        time.sleep(2)
        assert second.poll() is None, "a second run was recorded while the first was being written"
    finally:
        first.kill()
        first.wait()
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    with Store.open(store_url) as store:
        assert [r.id for r in store.runs()] == [int(out.split()[0])]
        assert store.resolve("latest") == int(out.split()[0])


def _terminate_others(url: str) -> None:
    """What a database restart does to the connections open on it."""
    database = resolve_url(url).database
    admin = create_engine(resolve_url(url), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": database},
            )
    finally:
        admin.dispose()


def test_a_connection_lost_mid_read_is_a_clear_message_and_the_next_command_works(tmp_path: Path) -> None:
    with new_store("postgresql", tmp_path) as url, Store.open(url) as store:
        store.record(_report(tmp_path / "a", LYON_AND_VALENCIA, 1))
        original = Store._run_row

        def restarted(self: Store, connection: Any, run_id: int) -> dict[str, Any]:
            row = original(self, connection, run_id)
            _terminate_others(url)
            return row

        Store._run_row = restarted  # type: ignore[method-assign]
        try:
            with pytest.raises(StoreError, match="failed: terminating connection"):
                store.export("latest")
        finally:
            Store._run_row = original  # type: ignore[method-assign]
        assert len(store.export("latest")["results"]) == 2


def test_an_unreachable_server_is_a_usage_error_not_a_traceback(run_cli) -> None:
    import socket

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    url = f"postgresql://auditor:secret@127.0.0.1:{port}/agency"
    for args in (
        ("history",),
        ("diff",),
        ("history", "--export", "latest"),
        ("history", "--prune-before", "2026-01-01"),
    ):
        result = run_cli(*args, "--store", url)
        assert result.exit_code == 2, result.output
        assert "failed:" in result.output and "secret" not in result.output and "Traceback" not in result.output


def _answers(url: str, tmp_path: Path) -> dict[str, Any]:
    """What a team's day gives: the history, the runs named, an export, a prune."""
    with Store.open(url) as store:
        for day, (folder, names) in enumerate((("a", AMSTERDAM), ("b", RHEINLAND), ("a", AMSTERDAM)), start=1):
            store.record(_report(tmp_path / f"{folder}{day}", names, day))
        before = [{k: v for k, v in r.to_dict().items() if k not in ("recorded_at", "options")} for r in store.runs()]
        named = store.resolve_all(["previous", "latest", "latest~2", "previous~0"])
        exported = store.export("previous")
        pruned = store.prune_before(datetime(2026, 11, 2, 12, 0, tzinfo=timezone.utc))
        return {
            "runs": before,
            "named": named,
            "export": [(r["id"], r["status"], r["score"]) for r in exported["results"]],
            "pruned": pruned,
            "left": [r.id for r in store.runs()],
        }


def test_sqlite_and_postgresql_give_a_team_the_same_answers(tmp_path: Path) -> None:
    with new_store("postgresql", tmp_path / "pg") as pg, new_store("sqlite", tmp_path / "lite") as lite:
        on_postgresql = _answers(pg, tmp_path / "pg")
        on_sqlite = _answers(lite, tmp_path / "lite")
    assert on_sqlite == on_postgresql
    assert on_sqlite["named"] == [1, 3, 1, 1] and on_sqlite["left"] == [2, 3]


def test_the_report_since_block_and_diff_name_the_same_previous_run(store_url: str, tmp_path: Path, run_cli) -> None:
    folders = {name: _folder(tmp_path / name, names) for name, names in (("a", AMSTERDAM), ("b", RHEINLAND))}
    for folder, now in (("a", "2026-11-01"), ("b", "2026-11-02"), ("a", "2026-11-03")):
        report = _cli_json(
            run_cli, "check", str(folders[folder]), "--store", store_url, "--now", now, "--format", "json"
        )
    compared = _cli_json(run_cli, "diff", "--store", store_url, "--format", "json")
    assert report["since"]["before"]["run"] == compared["before"]["run"] == 1


def test_no_earlier_audit_of_the_latest_runs_descriptors_is_said(store_url: str, tmp_path: Path, run_cli) -> None:
    with Store.open(store_url) as store:
        store.record(_report(tmp_path / "a", AMSTERDAM, 1))
        store.record(_report(tmp_path / "b", RHEINLAND, 2))
    result = run_cli("diff", "--store", store_url)
    assert result.exit_code == 2 and "previous names no run" in result.output


def test_a_pruned_runs_id_is_never_given_to_another_run(store_url: str, tmp_path: Path, run_cli) -> None:
    """An auditor exported run 2 before it was pruned: no later run may be run 2 too."""
    report = _report(tmp_path / "a", AMSTERDAM, 1)
    with Store.open(store_url) as store:
        given = [store.record(report).id for _ in range(2)]
    assert run_cli("history", "--prune-before", "2030-01-01", "--store", store_url).exit_code == 0
    with Store.open(store_url) as store:
        assert store.record(report).id == given[-1] + 1
        with pytest.raises(StoreError, match=f"no run {given[-1]} in"):
            store.export(given[-1])
