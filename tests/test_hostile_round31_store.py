"""Hostile round 31: what the history store writes over, what it shows of a password, and what it keeps of a
learner's name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NOW = ("--now", "2026-11-29")

Run = Callable[..., Result]


def test_check_refuses_an_output_naming_its_new_store(tmp_path: Path, run_cli: Run) -> None:
    """The store is made and the run recorded before the report is written: a report over it would replace the
    history just recorded, so it is refused before anything is written, the store there or not."""
    both = tmp_path / "r.json"

    result = run_cli("check", str(SAMPLES / "offers"), *NOW, "--format", "json", "--store", str(both), "-o", str(both))

    assert result.exit_code == 2 and "a file this command reads" in result.output
    assert not both.exists()


def test_audit_refuses_a_store_among_its_report_files(tmp_path: Path, run_cli: Run) -> None:
    out = tmp_path / "out"
    store = f"sqlite:///{out / 'report.json'}"

    result = run_cli("audit", str(SAMPLES / "offers"), "--out", str(out), "--store", store, *NOW)

    assert result.exit_code == 2 and "--out" in result.output
    assert not (out / "report.json").exists()
