"""A run large enough to keep its results on disk writes exactly the reports a small run keeps in memory.

The bound is lowered so that the bundled samples cross it: the commands then take the streaming path
end to end (results on disk, every report written a part at a time) and must write the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qa_checker.cli import audit as audit_command
from qa_checker.cli import check as check_command
from qa_checker.spill import SpilledResults
from tests.conftest import SAMPLES

NOW = "2026-11-29T12:00:00Z"


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _spying(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[bool]:
    """Record whether each run of ``module``'s command kept its results on disk."""
    spilled: list[bool] = []
    real = module.run

    def run(*args: Any, **kwargs: Any) -> Any:
        report = real(*args, **kwargs)
        spilled.append(isinstance(report.results, SpilledResults))
        return report

    monkeypatch.setattr(module, "run", run)
    return spilled


def test_a_spilled_audit_writes_the_same_reports(
    run_cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spilled = _spying(monkeypatch, audit_command)
    outputs = {}
    for bound in (None, 2):
        monkeypatch.setattr(audit_command, "AUDIT_SPILL_AFTER", bound)
        out = tmp_path / f"out-{bound}"
        result = run_cli("audit", str(SAMPLES), "--out", str(out), "--now", NOW, "--dataset", str(out / "d.parquet"))
        assert result.exit_code == 1, result.output
        outputs[bound] = _files(out)
    assert spilled == [False, True]
    assert outputs[2] == outputs[None]
    assert {"report.json", "report.xlsx", "report.html", "d.parquet"} <= set(outputs[2])


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="reports are written in parallel where fork exists")
def test_an_audit_writing_its_reports_on_two_cores_writes_the_same_bytes(
    run_cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large audits write their files in forked processes, reading results kept on disk (or in memory)."""
    from qa_checker import writing

    forked: list[int] = []
    real = writing._write_forked

    def write_forked(plan: Any, workers: int, pending: Any) -> None:
        forked.append(workers)
        real(plan, workers, pending)

    monkeypatch.setattr(writing, "_write_forked", write_forked)
    monkeypatch.setattr(writing, "_can_fork", lambda: True)  # other tests may have left threads in this process
    outputs = {}
    for spill, parallel in ((None, None), (2, 2), (None, 2)):
        monkeypatch.setattr(audit_command, "AUDIT_SPILL_AFTER", spill)
        monkeypatch.setattr(audit_command, "WRITE_IN_PARALLEL_AFTER", parallel or 10**9)
        out = tmp_path / f"out-{spill}-{parallel}"
        args = ("audit", str(SAMPLES), "--out", str(out), "--now", NOW, "--dataset", str(out / "d.parquet"))
        assert run_cli(*args, "--jobs", "2").exit_code == 1
        outputs[spill, parallel] = _files(out)
    assert forked == [2, 2]
    assert outputs[2, 2] == outputs[None, 2] == outputs[None, None]


@pytest.mark.parametrize("fmt", ["text", "json", "xlsx", "sarif", "github"])
def test_a_spilled_check_writes_the_same_report(
    run_cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    spilled = _spying(monkeypatch, check_command)
    written = {}
    for bound in (None, 2):
        monkeypatch.setattr(check_command, "SPILL_AFTER", bound)
        target = tmp_path / f"report-{bound}.{fmt}"
        assert run_cli("check", str(SAMPLES), "--format", fmt, "--now", NOW, "-o", str(target)).exit_code == 1
        written[bound] = target.read_bytes()
    assert spilled == [False, True]
    assert written[2] == written[None]


def test_a_spilled_check_prints_the_same_json(run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    printed = []
    for bound in (None, 2):
        monkeypatch.setattr(check_command, "SPILL_AFTER", bound)
        result = run_cli("check", str(SAMPLES), "--format", "json", "--now", NOW)
        assert result.exit_code == 1
        printed.append(result.stdout_bytes)
    assert printed[0] == printed[1] and printed[0].startswith(b"{")
