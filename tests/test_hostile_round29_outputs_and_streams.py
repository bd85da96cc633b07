"""Hostile round 29: what an audit may remove from its pages folder, and outputs that cannot be written."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "offers" / "data-ethics-nl.yaml"

Run = Callable[..., Result]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "course.yaml")
    return folder


def test_an_audit_removes_only_its_own_stale_pages(tmp_path: Path, inputs: Path, run_cli: Run) -> None:
    pages = tmp_path / "out" / "report-pages"
    pages.mkdir(parents=True)
    (pages / "my-notes.html").write_text("<p>mine</p>", encoding="utf-8")
    earlier = '<!DOCTYPE html><head><meta name="generator" content="qa-checker 0.1.0"></head><p>an earlier page</p>'
    (pages / "page-0009.html").write_text(earlier, encoding="utf-8")
    (pages / "page-0010.html").write_text("<p>my page, named like one of the report's</p>", encoding="utf-8")

    result = run_cli("audit", str(inputs), "--out", str(tmp_path / "out"), "--now", "2026-11-29")

    assert result.exit_code == 0, result.output
    assert (pages / "my-notes.html").read_text(encoding="utf-8") == "<p>mine</p>"
    assert not (pages / "page-0009.html").exists()
    assert (pages / "page-0010.html").read_text(encoding="utf-8").startswith("<p>my page")
    assert (pages / "page-0001.html").exists()


def test_an_audit_removes_nothing_from_a_pages_folder_reached_through_a_link(
    tmp_path: Path, inputs: Path, run_cli: Run
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<h1>my site</h1>", encoding="utf-8")
    (site / "page-0042.html").write_text("<p>my page</p>", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "report-pages").symlink_to(site, target_is_directory=True)

    result = run_cli("audit", str(inputs), "--out", str(out), "--now", "2026-11-29")

    assert result.exit_code == 0, result.output
    assert (site / "index.html").read_text(encoding="utf-8") == "<h1>my site</h1>"
    assert (site / "page-0042.html").exists()


def _qa_checker(*args: str, **streams: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qa_checker", *args], capture_output=False, text=True, timeout=120, **streams
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("output", ["text", "json", "jsonl", "sarif", "html"])
def test_standard_output_on_a_full_disk_is_one_line_and_exit_2(output: str) -> None:
    with open("/dev/full", "w") as full:
        done = _qa_checker("check", "--format", output, str(SAMPLE), stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["qa-checker: cannot write the output: No space left on device"]


def test_standard_output_closed_is_one_line_and_exit_2() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, runpy, sys; os.close(1); sys.argv[1:] = sys.argv[1:]; "
            "runpy.run_module('qa_checker', run_name='__main__')",
            "check",
            "--format",
            "json",
            str(SAMPLE),
        ],
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "cannot write the output" in done.stderr and "Traceback" not in done.stderr


def test_a_run_that_leaves_at_once_removes_its_spilled_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from qa_checker import spill

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    spilled = spill.SpilledResults()
    folders = list(tmp_path.glob("qa-checker-results-*"))
    assert folders
    spill.remove_all()
    assert not any(folder.exists() for folder in folders)
    del spilled


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_ends_an_audit_with_143_and_leaves_no_temporary_report(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in range(2000):
        (inputs / f"c{number}.yaml").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "qa_checker", "audit", "--jobs", "1", "--no-progress", "--out", str(out), str(inputs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)
    process.send_signal(signal.SIGTERM)
    _, errors = process.communicate(timeout=120)
    if process.returncode in (0, -signal.SIGTERM):
        pytest.skip("the signal came after the audit finished, or before its command started")
    assert process.returncode == 143, errors
    assert "Traceback" not in errors
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_dataset_kept_in_a_folder_checked_later_is_skipped(tmp_path: Path, inputs: Path, run_cli: Run) -> None:
    first = run_cli("audit", str(inputs), "--out", str(inputs / "aud"), "--dataset", str(inputs / "aud" / "ds.csv"))
    assert first.exit_code == 0, first.output
    report = tmp_path / "report.json"

    again = run_cli("check", str(inputs), "--format", "json", "-o", str(report), "--now", "2026-11-29")

    assert again.exit_code == 0, again.output
    results = {Path(r["source"]).name: r["status"] for r in json.loads(report.read_text(encoding="utf-8"))["results"]}
    assert results["ds.csv"] == "skipped" and results["ds.dictionary.csv"] == "skipped"
    assert results["course.yaml"] == "pass"


def test_standard_input_that_cannot_be_read_is_one_line_and_exit_2(tmp_path: Path) -> None:
    written_only = os.open(tmp_path / "out.txt", os.O_WRONLY | os.O_CREAT)
    try:
        done = _qa_checker(
            "check", "-", str(SAMPLE), stdin=written_only, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
    finally:
        os.close(written_only)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "qa-checker: '-' reads standard input, which cannot be read: Bad file descriptor"
    ]


def test_a_sarif_log_written_into_the_checked_folder_is_replaced_and_skipped(inputs: Path, run_cli: Run) -> None:
    log = inputs / "qa-results.json"
    for _ in range(2):
        result = run_cli("check", str(inputs), "--format", "sarif", "-o", str(log), "--now", "2026-11-29")
        assert result.exit_code == 0, result.output
    plain = run_cli("check", str(inputs), "--now", "2026-11-29")
    assert "the document is a SARIF log" in plain.output
    assert "JSON Schema" not in plain.output


@pytest.mark.parametrize("stem", ["r" * 245, "é" * 122])
def test_a_report_of_the_longest_name_a_folder_takes_is_written(tmp_path: Path, run_cli: Run, stem: str) -> None:
    target = tmp_path / f"{stem}.json"
    result = run_cli("check", str(SAMPLE), "--format", "json", "-o", str(target), "--now", "2026-11-29")
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["pass"] == 1
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_server_option_that_cannot_work_is_named_as_the_option_too() -> None:
    from qa_checker.web.settings import Settings

    with pytest.raises(ValueError, match=r"^QA_CHECKER_TIMEOUT \(--timeout\) must be a number greater than 0$"):
        Settings.from_env(timeout=float("nan"))


@pytest.mark.parametrize("value", ["٥", "５", "1e\u0663"])
def test_a_limit_in_digits_of_another_script_is_refused(value: str) -> None:
    from qa_checker.limits import LimitError, Limits, with_settings

    with pytest.raises(LimitError, match="needs a number"):
        with_settings(Limits(), [f"seconds={value}"])


@pytest.mark.parametrize(
    ("start", "named"),
    [(b"BZh91AY&SY\x00\x01", "bzip2"), (b"\xfd7zXZ\x00\x00\x04", "xz"), (b"\x28\xb5\x2f\xfd\x24\x00", "Zstandard")],
)
def test_a_compressed_file_under_a_descriptors_name_is_named(tmp_path: Path, start: bytes, named: str) -> None:
    from qa_checker.loaders import load_file

    path = tmp_path / "course.json"
    path.write_bytes(start + bytes(range(256)))
    (document,) = load_file(path)
    assert any(f"(a {named} file)" in f.message for f in document.findings)
