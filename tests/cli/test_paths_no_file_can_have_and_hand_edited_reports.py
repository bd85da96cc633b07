"""Paths no file can have, empty paths, and report.json files edited by hand, given on the command line.

A NUL character in an option's path stopped click's own check with a traceback; an empty path (an unset
variable) wrote reports into the current folder or read it as descriptors; a store named by a path longer
than the system allows stopped with OSError; a report.json whose run block, run time or versions had the
wrong type was misread silently (every provider lost) or stopped the workbook with a traceback. Each is a
usage error now: exit 2 and one line naming the option, or the file and the JSON pointer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from qa_checker.explain import GOOD_OFFER
from qa_checker.limits import MAX_PROCESSES
from tests.hostile.test_configuration_and_arguments import good_and_changed_report

Run = Callable[..., Result]


def _arguments(tmp_path: Path, path: str) -> list[tuple[str, ...]]:
    """Each command with ``path`` as an option or argument that names a file or folder."""
    offer = str(GOOD_OFFER)
    return [
        ("check", offer, "--format", "json", "--output", path),
        ("audit", offer, "--out", path),
        ("compare", offer, offer, "--out", path),
        ("template", "--output", path),
        ("check", offer, "--waivers", path),
        ("check", offer, "--mapping", path),
        ("check", path),
        ("diff", offer, offer, "--output", path),
        ("audit", offer, "--out", str(tmp_path / "audit"), "--dataset", path),
    ]


@pytest.mark.parametrize("name", ["x\x00y.json", "\ud800.json"], ids=["nul", "lone-surrogate"])
def test_a_path_no_file_can_have_is_a_usage_error(tmp_path: Path, run_cli: Run, name: str) -> None:
    for arguments in _arguments(tmp_path, str(tmp_path / name)):
        outcome = run_cli(*arguments)
        assert outcome.exit_code == 2, (arguments, outcome.output)
        assert "is not a name a file can have" in outcome.output, (arguments, outcome.output)


@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_path_is_a_usage_error_not_the_current_folder(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch, empty: str
) -> None:
    monkeypatch.chdir(tmp_path)
    for arguments in _arguments(tmp_path, empty):
        outcome = run_cli(*arguments)
        assert outcome.exit_code == 2, (arguments, outcome.output)
        assert "the path is empty (an unset variable?)" in outcome.output, (arguments, outcome.output)
    outcome = run_cli("diff", empty, str(GOOD_OFFER))
    assert outcome.exit_code == 2 and "the path is empty (an unset variable?)" in outcome.output, outcome.output
    assert not any(tmp_path.iterdir()), "nothing is written into the current folder"


def test_a_store_path_longer_than_the_system_allows_is_a_usage_error(tmp_path: Path, run_cli: Run) -> None:
    store = str(tmp_path / ("s" * 300 + ".sqlite"))
    for arguments in (("check", str(GOOD_OFFER), "--store", store), ("history", "--store", store)):
        outcome = run_cli(*arguments)
        assert outcome.exit_code == 2, outcome.output
        assert outcome.output.startswith(f"qa-checker: the store {tmp_path}/sss"), outcome.output
        assert "cannot be used: File name too long" in outcome.output, outcome.output


@pytest.mark.parametrize(
    ("change", "pointer", "expected"),
    [
        (lambda r: r.update(run=[]), "/run", "must be an object, not a list"),
        (lambda r: r["run"].update(providers=5), "/run/providers", "must be a list, not the number 5"),
        (lambda r: r["run"].update(providers={"a": 1}), "/run/providers", "must be a list, not an object"),
        (lambda r: r.update(rubric="eu-2022"), "/rubric", "must be an object, not text"),
        (lambda r: r["rubric"].update(id=5), "/rubric/id", "must be text or null, not the number 5"),
        (lambda r: r["tool"].update(version=[1]), "/tool/version", "must be text or null, not a list"),
        (lambda r: r.update(generated_at=5), "/generated_at", "must be an ISO 8601 date and time, or null"),
        (lambda r: r.update(generated_at="yesterday"), "/generated_at", "must be an ISO 8601 date and time, or null"),
    ],
    ids=["run", "providers-number", "providers-object", "rubric", "rubric-id", "tool-version", "time", "time-text"],
)
def test_a_report_json_with_a_wrong_run_block_or_run_time_is_refused_at_its_pointer(
    tmp_path: Path, run_cli: Run, change: Callable[[dict[str, Any]], None], pointer: str, expected: str
) -> None:
    good, bad = good_and_changed_report(tmp_path, run_cli, change)
    for runs in ((good, bad), (bad, good)):
        outcome = run_cli("diff", *map(str, runs), "--format", "xlsx", "--output", str(tmp_path / "diff.xlsx"))
        assert outcome.exit_code == 2, outcome.output
        assert outcome.output.startswith(f"qa-checker: {bad}: {pointer} {expected}"), outcome.output


@pytest.mark.parametrize("jobs", [str(MAX_PROCESSES + 1), "99999999999999999999"])
def test_more_processes_than_any_machine_runs_are_a_usage_error(tmp_path: Path, run_cli: Run, jobs: str) -> None:
    """The pool forks every process it is asked for at once: --jobs 100000 forked until memory ran out."""
    for arguments in (("check", str(GOOD_OFFER)), ("audit", str(GOOD_OFFER), "--out", str(tmp_path / "audit"))):
        outcome = run_cli(*arguments, "--jobs", jobs)
        assert outcome.exit_code == 2, outcome.output
        assert f"is not in the range 0<=x<={MAX_PROCESSES}" in outcome.output, outcome.output
    assert run_cli("check", str(GOOD_OFFER), "--jobs", str(MAX_PROCESSES)).exit_code == 0


def test_an_output_that_is_a_file_the_command_reads_is_a_usage_error(tmp_path: Path, run_cli: Run) -> None:
    """``check x.yaml -o x.yaml`` replaced the descriptor with its report; so for a waivers file or a report."""
    descriptor = tmp_path / "offer.yaml"
    descriptor.write_bytes(GOOD_OFFER.read_bytes())
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text("waivers: []\n", encoding="utf-8")
    report = tmp_path / "report.json"
    assert run_cli("check", str(descriptor), "--format", "json", "--output", str(report)).exit_code == 0
    kept = {path: path.read_bytes() for path in (descriptor, waivers, report)}
    link = tmp_path / "link.yaml"
    link.symlink_to(descriptor)
    for arguments, output in (
        (("check", str(descriptor)), descriptor),
        (("check", str(link)), descriptor),
        (("check", str(descriptor), "--waivers", str(waivers)), waivers),
        (("diff", str(report), str(descriptor)), report),
    ):
        outcome = run_cli(*arguments, "--format", "json", "--output", str(output))
        assert outcome.exit_code == 2, outcome.output
        assert "a file this command reads; write the report to another file" in outcome.output, outcome.output
    assert {path: path.read_bytes() for path in kept} == kept
