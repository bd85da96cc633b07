"""A run kept on disk is recorded a chunk of rows at a time: never the whole report in memory, and the
same stored run as one recorded at once."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

import qa_checker.store as store_module
from qa_checker.results import Report
from qa_checker.runner import RunConfig, run
from qa_checker.spill import SpilledResults
from qa_checker.store import Store, records
from tests.conftest import SAMPLES


def test_a_run_on_disk_is_recorded_in_chunks_as_one_in_memory_is_whole(
    store_url: str, audit_config: RunConfig, samples_in_memory: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    spilled = run([SAMPLES], dataclasses.replace(audit_config, spill_after=2))
    assert isinstance(spilled.results, SpilledResults)
    store = Store.open(store_url)
    whole = store.record(samples_in_memory)

    inserted: list[tuple[str, int]] = []
    insert = Store._insert

    def counted(self: Store, connection: Any, table: str, rows: list[dict[str, Any]]) -> None:
        inserted.append((table, len(rows)))
        insert(self, connection, table, rows)

    def whole_report(self: Report) -> dict[str, Any]:
        raise AssertionError("the whole report was made in memory")

    monkeypatch.setattr(Store, "_insert", counted)
    monkeypatch.setattr(Report, "to_dict", whole_report)
    monkeypatch.setattr(store_module, "_CHUNK", 5)
    chunked = store.record(spilled)

    results = len(samples_in_memory.results)
    assert sum(n for table, n in inserted if table == "results") == results
    assert max(n for _, n in inserted) < 5 + max(len(r.findings) for r in samples_in_memory.results)
    assert len([table for table, _ in inserted if table == "results"]) > 1
    assert store.export(chunked.id) == store.export(whole.id)
    assert store.snapshot(chunked.id).descriptors == store.snapshot(whole.id).descriptors


def test_the_rows_made_one_result_at_a_time_hold_the_reports_results(samples_in_memory: Report) -> None:
    expected = samples_in_memory.to_dict()["results"]
    streamed = list(records.result_rows(samples_in_memory, keep_personal_data=True))
    assert [dict(row["document"], findings=[f["document"] for f in found]) for row, found in streamed] == expected
    assert [row["position"] for row, _ in streamed] == list(range(len(expected)))
    assert all(f["result_position"] == row["position"] for row, found in streamed for f in found)
    run_row = records.run_row(samples_in_memory, options={"x": 1})
    assert run_row["report"]["results"] is None and "since" not in run_row["report"]
    assert len(run_row["report"]["run"]["stamp"]["inputs"]) == len(samples_in_memory.results)
    assert run_row["options"] == {"x": 1} and run_row["descriptors"] == samples_in_memory.summary["descriptors"]


def test_the_run_row_holds_the_report_less_its_results(tmp_path: Path, samples_in_memory: Report) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'history.sqlite'}")
    info = store.record(samples_in_memory)
    exported = store.export(info.id)
    expected = dataclasses.replace(samples_in_memory, since=None).to_dict()
    assert exported == expected


def test_a_stored_runs_snapshot_read_in_order_is_the_snapshot_of_the_report(
    store_url: str, samples_in_memory: Report
) -> None:
    store = Store.open(store_url)
    info = store.record(samples_in_memory)
    read = store.snapshot(info.id)
    made = records.snapshot_of(samples_in_memory, run=info.id)
    assert read.descriptors == made.descriptors
    assert any(state.findings for state in read.descriptors)
    assert (read.tool_version, read.rubric, read.generated_at) == (made.tool_version, made.rubric, made.generated_at)


def test_rows_in_any_order_give_the_snapshot_of_rows_in_order(samples_in_memory: Report) -> None:
    rows = records.to_rows(samples_in_memory, options={})
    run = {"id": 1, "generated_at": "x", "tool_version": "y", "rubric_id": "r", "rubric_version": "1"}
    ordered = records.to_snapshot(run, rows.results, rows.findings, ordered=True)
    shuffled = records.to_snapshot(run, rows.results[::-1], rows.findings[::-1])
    assert shuffled.descriptors == ordered.descriptors
    # A finding row of no result (a position between results) is passed by, not given to a neighbour.
    orphan = dict(rows.findings[0], result_position=rows.results[0]["position"] + 0.5)
    findings = sorted([*rows.findings, orphan], key=lambda f: (f["result_position"], f["position"]))
    assert records.to_snapshot(run, rows.results, findings, ordered=True).descriptors == ordered.descriptors
    counts = [len(state.findings) for state in ordered.descriptors]
    assert counts == [len(r.findings) for r in samples_in_memory.results]
