"""``diff`` with a side that reads no descriptor while the other has some: a usage error, not "nothing got worse".

Checked now, a file that is not JSON, an empty ``.json`` or a report without results gave every descriptor of
the other run "removed" (or "added") and exit 0, so a CI gate on the exit code passed whatever had changed.
A run that shares descriptors with the other is still compared (a descriptor that became unreadable is worse),
and two runs that both read nothing are compared as given.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from qa_checker.diff import DescriptorState, Snapshot, diff
from tests.conftest import NOW, SAMPLES

Run = Callable[..., Result]


def _audit(run_cli: Run, tmp_path: Path) -> Path:
    out = tmp_path / "audit"
    assert run_cli("audit", str(SAMPLES / "offers"), "--out", str(out), "--now", NOW.isoformat()).exit_code == 0
    return out / "report.json"


def _without_results(report: Path, tmp_path: Path) -> Path:
    data = json.loads(report.read_text(encoding="utf-8"))
    data["results"] = []
    data["run"]["providers"] = []
    empty = tmp_path / "empty-run.json"
    empty.write_text(json.dumps(data), encoding="utf-8")
    return empty


@pytest.mark.parametrize("content", ["not json {", "", "[1, 2"], ids=["not-json", "empty", "cut-short-list"])
@pytest.mark.parametrize("first", [True, False], ids=["earlier", "later"])
def test_a_side_that_reads_no_descriptor_is_a_usage_error(
    tmp_path: Path, run_cli: Run, content: str, first: bool
) -> None:
    report = _audit(run_cli, tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text(content, encoding="utf-8")
    sides = (str(broken), str(report)) if first else (str(report), str(broken))
    outcome = run_cli("diff", *sides)
    assert outcome.exit_code == 2, outcome.output
    assert outcome.output.startswith(f"qa-checker: {broken} reads no descriptor to compare with those of {report} (")
    assert "Nothing got worse" not in outcome.output


def test_a_report_without_results_against_one_with_some_is_a_usage_error(tmp_path: Path, run_cli: Run) -> None:
    report = _audit(run_cli, tmp_path)
    empty = _without_results(report, tmp_path)
    outcome = run_cli("diff", str(report), str(empty))
    assert outcome.exit_code == 2, outcome.output
    assert f"{empty} reads no descriptor to compare with those of {report} (it holds no result)" in outcome.output


def test_a_descriptor_that_became_unreadable_is_still_worse(tmp_path: Path, run_cli: Run) -> None:
    folder = tmp_path / "offers"
    shutil.copytree(SAMPLES / "offers", folder)
    out = tmp_path / "audit"
    assert run_cli("audit", str(folder), "--out", str(out), "--now", NOW.isoformat()).exit_code == 0
    for path in folder.iterdir():
        path.write_text("title: [unclosed\n", encoding="utf-8")
    outcome = run_cli("diff", str(out / "report.json"), str(folder), "--now", NOW.isoformat())
    assert outcome.exit_code == 1, outcome.output
    assert "reads no descriptor" not in outcome.output


def test_two_runs_that_read_nothing_are_compared_as_given(tmp_path: Path, run_cli: Run) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("not json {", encoding="utf-8")
    outcome = run_cli("diff", str(broken), str(broken))
    assert outcome.exit_code == 0, outcome.output


def _state(source: str, status: str) -> DescriptorState:
    return DescriptorState(source, None, None, None, None, None, status, None, {})


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ((_state("a", "pass"),), (_state("b", "error"),), "after"),
        ((_state("b", "skipped"),), (_state("a", "fail"),), "before"),
        ((), (_state("a", "pass"),), "before"),
        ((_state("a", "pass"),), (_state("a", "error"),), None),  # the same descriptor, now unreadable: worse
        ((_state("a", "error"),), (_state("b", "error"),), None),  # neither read one
        ((_state("a", "pass"),), (_state("b", "pass"),), None),  # both read some
    ],
)
def test_the_side_reading_nothing(
    before: tuple[DescriptorState, ...], after: tuple[DescriptorState, ...], expected: str | None
) -> None:
    assert diff(Snapshot("A", before), Snapshot("B", after)).side_reading_nothing == expected
