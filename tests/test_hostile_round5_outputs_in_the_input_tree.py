"""Hostile round five: reports written where the inputs are, and inputs given inside the report folder.

An ``--out`` folder (or ``-o`` file, or ``--dataset``) that lies among the inputs must neither hide
the inputs the user named (``audit course.yaml --out .`` once checked nothing and exited 0) nor be
read back as input by the next run of the same command (the dataset CSV came back as descriptors).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from qa_checker.runner import _excluded

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "offers" / "data-ethics-nl.yaml"

Run = Callable[..., Result]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding one good descriptor, the current folder of the test."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(SAMPLE, tmp_path / "course.yaml")
    return tmp_path


def _descriptors(report: Path) -> list[str]:
    return [result["source"] for result in json.loads(report.read_text(encoding="utf-8"))["results"]]


@pytest.mark.parametrize("given", ["course.yaml", "."])
def test_an_input_given_inside_the_report_folder_is_still_audited(folder: Path, run_cli: Run, given: str) -> None:
    result = run_cli("audit", given, "--out", ".")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 descriptor(s): 1 pass"), result.output
    assert _descriptors(folder / "report.json") == ["course.yaml"]


def test_auditing_into_the_folder_audited_twice_reads_none_of_its_own_files(folder: Path, run_cli: Run) -> None:
    for _ in range(2):
        result = run_cli("audit", ".", "--out", ".", "--dataset", "offerings.csv")
        assert result.exit_code == 0, result.output
        assert result.output.startswith("1 descriptor(s): 1 pass, 0 fail, 0 error"), result.output
    assert _descriptors(folder / "report.json") == ["course.yaml"]


def test_a_dataset_written_into_a_folder_audited_is_not_read_back(folder: Path, run_cli: Run) -> None:
    for _ in range(2):
        result = run_cli("audit", ".", "--out", "reports", "--dataset", "offerings.csv")
        assert result.exit_code == 0, result.output
    assert _descriptors(folder / "reports" / "report.json") == ["course.yaml"]


def test_a_report_folder_inside_the_folder_audited_is_still_passed_over(folder: Path, run_cli: Run) -> None:
    (folder / "reports").mkdir()
    shutil.copy(SAMPLE, folder / "reports" / "old.yaml")
    assert run_cli("audit", ".", "--out", "reports").exit_code == 0
    assert _descriptors(folder / "reports" / "report.json") == ["course.yaml"]


def test_check_does_not_read_back_the_report_it_writes_among_its_inputs(folder: Path, run_cli: Run) -> None:
    for _ in range(2):
        assert run_cli("check", ".", "--format", "json", "-o", "report.json").exit_code == 0
    assert _descriptors(folder / "report.json") == ["course.yaml"]


def test_compare_into_the_folder_compared_reads_none_of_its_own_files(folder: Path, run_cli: Run) -> None:
    shutil.copy(SAMPLE, folder / "other.yaml")
    for _ in range(2):
        result = run_cli("compare", ".", "--out", ".")
        assert result.exit_code == 0, result.output


def test_excluding_follows_the_nearest_given_path(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _excluded(out / "x.yaml", {out}, {tmp_path})
    assert not _excluded(out / "x.yaml", {out}, {out})
    assert not _excluded(out / "x.yaml", {out}, {tmp_path, out / "x.yaml"})
    assert _excluded(out / "report.xlsx", {out, out / "report.xlsx"}, {out})
    assert not _excluded(tmp_path / "y.yaml", {out}, {tmp_path})


def _store(folder: Path, run_cli: Run) -> Path:
    store = folder / "history.sqlite"
    assert run_cli("check", "course.yaml", "--store", str(store), "--now", "2026-01-01").exit_code == 0
    return store


@pytest.mark.parametrize(
    "command",
    [
        ("history", "--export", "latest", "-o", "{store}"),
        ("history", "--format", "json", "-o", "{store}"),
        ("diff", "latest", "latest", "--format", "json", "-o", "{store}"),
        ("check", "course.yaml", "--format", "json", "--store", "{store}", "-o", "{store}"),
    ],
    ids=["export", "history", "diff", "check-recording"],
)
def test_an_output_over_the_history_store_is_refused_and_the_store_kept(
    folder: Path, run_cli: Run, command: tuple[str, ...]
) -> None:
    store = _store(folder, run_cli)
    before = store.read_bytes()
    args = [part.format(store=store) for part in command]
    outcome = run_cli(*args, *(() if "--store" in args or args[0] == "check" else ("--store", str(store))))
    assert outcome.exit_code == 2, outcome.output
    assert "a file this command reads" in outcome.output
    assert store.read_bytes() == before


@pytest.mark.parametrize(
    ("make", "command"),
    [
        ("catalogue.csv", ("audit", "catalogue.csv", "--out", "out", "--dataset", "catalogue.csv")),
        (
            "waivers.csv",
            ("audit", "course.yaml", "--out", "out", "--waivers", "waivers.csv", "--dataset", "waivers.csv"),
        ),
        ("sub/catalogue.csv", ("audit", "sub", "--out", "out", "--dataset", "sub/catalogue.csv")),
        ("sub/catalogue.csv", ("check", "sub", "-o", "sub/catalogue.csv")),
        ("catalogue.csv", ("convert", "catalogue.csv", "-o", "catalogue.csv")),
    ],
    ids=["dataset-over-input", "dataset-over-waivers", "dataset-in-input-folder", "check-in-input-folder", "convert"],
)
def test_an_output_over_a_file_the_command_reads_is_refused_and_the_file_kept(
    folder: Path, run_cli: Run, make: str, command: tuple[str, ...]
) -> None:
    target = folder / make
    target.parent.mkdir(exist_ok=True)
    body = "waivers: []\n" if "waivers" in make else "title,id\nData ethics,x\n"
    target.write_text(body, encoding="utf-8")
    before = target.read_bytes()
    outcome = run_cli(*command)
    assert outcome.exit_code == 2, outcome.output
    assert "a file this command reads" in outcome.output
    assert target.read_bytes() == before


def test_a_dataset_of_an_earlier_audit_in_a_folder_audited_is_replaced(folder: Path, run_cli: Run) -> None:
    for _ in range(2):
        outcome = run_cli("audit", ".", "--out", "out", "--dataset", "data/offerings.csv")
        assert outcome.exit_code == 0, outcome.output
