"""Schema migrations: a new store is created at the newest revision, an older one is upgraded in place."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

from qa_checker.store import Store, StoreError, records, resolve_url
from qa_checker.store.schema import metadata

HEAD = "0004"


def _engine(url: str):  # type: ignore[no-untyped-def]
    return create_engine(resolve_url(url), poolclass=NullPool)


def test_an_empty_store_is_created_at_the_newest_revision(store_url: str) -> None:
    with Store.open(store_url) as store:
        assert store.revision() == HEAD
        assert store.runs() == []
    # The tables the migrations made are the tables the code queries.
    engine = _engine(store_url)
    try:
        inspector = inspect(engine)
        for table in metadata.sorted_tables:
            columns = {c["name"]: c["nullable"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name: c.nullable for c in table.columns}, table.name
            indexes = {i["name"] for i in inspector.get_indexes(table.name)}
            assert {i.name for i in table.indexes} <= indexes, table.name
    finally:
        engine.dispose()


def test_opening_a_current_store_again_changes_nothing(store_url: str) -> None:
    Store.open(store_url).close()
    with Store.open(store_url) as store:
        assert store.revision() == HEAD


_RUN_0001 = {
    "complete": True,
    "recorded_at": datetime(2026, 1, 5, 9),
    "run_at": datetime(2026, 1, 5, 9),
    "generated_at": "2026-01-05T09:00:00+00:00",
    "command": "audit",
    "tool_version": "0.0.9",
    "rubric_id": "eu-2022",
    "rubric_version": "1.0",
    "rubric_sha256": None,
    "descriptors": 2,
    "passed": 1,
    "failed": 1,
    "errors": 0,
    "personal_data_kept": False,
}


def _old_report() -> dict:
    finding = {
        "rule": "MC-WL-001",
        "severity": "warning",
        "element": "workload",
        "pointer": "/workload",
        "message": "the workload is given without ECTS credits",
        "hint": "Give ECTS.",
        "waived": False,
    }
    elements = {"title": "present"}
    return {
        "tool": {"name": "qa-checker", "version": "0.0.9"},
        "rubric": {"id": "eu-2022", "version": "1.0"},
        "generated_at": "2026-01-05T09:00:00+00:00",
        "results": None,
        "summary": {"descriptors": 2, "pass": 1, "fail": 1, "error": 0},
        "results_rows": [
            (
                {"source": "a.yaml", "id": "a", "kind": "offer", "status": "pass", "score": 90.0, "elements": elements},
                [finding],
            ),
            (
                {"source": "b.yaml", "id": "b", "kind": "offer", "status": "fail", "score": 70.0, "elements": elements},
                [],
            ),
        ],
    }


def test_a_store_made_by_the_first_schema_is_upgraded_with_its_runs(store_url: str) -> None:
    """A store written at revision 0001 (no mean score, no finding keys) opens and reads as a current one."""
    with Store.open(store_url, upgrade=False) as old:
        old.upgrade("0001")
        assert old.revision() == "0001"
    report = _old_report()
    rows = report.pop("results_rows")
    engine = _engine(store_url)
    try:
        with engine.begin() as connection:
            run_id = connection.execute(
                text(
                    "INSERT INTO runs (complete, recorded_at, run_at, generated_at, command, tool_version, rubric_id, "
                    "rubric_version, rubric_sha256, descriptors, passed, failed, errors, personal_data_kept, options, "
                    "report) VALUES (:complete, :recorded_at, :run_at, :generated_at, :command, :tool_version, "
                    ":rubric_id, :rubric_version, :rubric_sha256, :descriptors, :passed, :failed, :errors, "
                    ":personal_data_kept, :options, :report) RETURNING id"
                ),
                {**_RUN_0001, "options": "{}", "report": json.dumps(report)},
            ).scalar_one()
            for position, (document, finding_list) in enumerate(rows):
                connection.execute(
                    text(
                        "INSERT INTO results (run_id, position, source, descriptor_id, kind, status, score, provider, "
                        "title, sha256, document, data) VALUES (:run, :pos, :source, :id, :kind, :status, :score, "
                        "'Old Provider', NULL, NULL, :document, NULL)"
                    ),
                    {
                        "run": run_id,
                        "pos": position,
                        "source": document["source"],
                        "id": document["id"],
                        "kind": document["kind"],
                        "status": document["status"],
                        "score": document["score"],
                        "document": json.dumps(document),
                    },
                )
                for index, finding in enumerate(finding_list):
                    connection.execute(
                        text(
                            "INSERT INTO findings (run_id, result_position, position, rule, severity, element, pointer, "
                            "message, waived, document) VALUES (:run, :rp, :p, :rule, :severity, :element, :pointer, "
                            ":message, :waived, :document)"
                        ),
                        {"run": run_id, "rp": position, "p": index, **finding, "document": json.dumps(finding)},
                    )
    finally:
        engine.dispose()

    with Store.open(store_url) as store:
        assert store.revision() == HEAD
        [info] = store.runs()
        assert info.mean_score == 80.0  # filled by the migration from the old results
        exported = store.export(info.id)
        assert [r["source"] for r in exported["results"]] == ["a.yaml", "b.yaml"]
        assert exported["results"][0]["findings"][0]["rule"] == "MC-WL-001"
        assert store.provider_trajectory("old provider")[0]["descriptors"] == 2
    engine = _engine(store_url)
    try:
        with engine.connect() as connection:
            key = connection.execute(text("SELECT finding_key FROM findings")).scalar_one()
        assert key == records.finding_key("MC-WL-001", "/workload", "the workload is given without ECTS credits")
    finally:
        engine.dispose()


def test_a_store_from_a_newer_version_is_refused(store_url: str) -> None:
    Store.open(store_url).close()
    engine = _engine(store_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE qa_checker_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match="newer qa-checker"):
        Store.open(store_url)


def test_another_programs_sqlite_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite"
    engine = _engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match="another program's database"):
        Store.open(str(path))
    engine = _engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            names = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
    finally:
        engine.dispose()
    assert names == ["invoices"]


def test_an_empty_sqlite_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    Store.open(str(path)).close()
