"""Findings left without lines because placing them met a limit carry a notice that says so and names the
limit, in every output; the limits count work (bytes of text kept, places looked up), not time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker import locate
from qa_checker.findings import Finding, Severity
from qa_checker.limits import Limits
from qa_checker.locate import locate_results
from qa_checker.reporting import json_ as json_report
from qa_checker.results import Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW, baseline, zip_of

NOTICE = "MC-LD-005"


def _flawed(ident: str) -> bytes:
    """A descriptor with findings at two pointers (its workload's credits and hours as words)."""
    data = baseline()
    data["id"] = ident
    data["workload"] = {"ects": "five", "hours": "many"}
    return json.dumps(data, indent=2).encode()


def _results(path: Path, limits: Limits) -> dict[str, dict[str, Any]]:
    report = run([path], RunConfig(rubric=load_rubric(), now=NOW, jobs=1, limits=limits))
    return {Path(r["source"]).name: r for r in json.loads(json_report.render(report))["results"]}


def _notices(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in result["findings"] if f["rule"] == NOTICE and f["severity"] == "info"]


def _pointed(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in result["findings"] if f["pointer"] and f["rule"] != NOTICE]


def test_a_member_beyond_the_text_kept_for_placing_has_a_notice_naming_the_limit(tmp_path: Path) -> None:
    first, second = _flawed("offer-a"), _flawed("offer-b")
    path = tmp_path / "batch.zip"
    path.write_bytes(zip_of({"a.json": first, "b.json": second}))
    results = _results(path, Limits(placed_bytes=len(first)))
    kept, over = results["batch.zip!a.json"], results["batch.zip!b.json"]
    assert _pointed(kept) and all(f["line"] is not None for f in _pointed(kept))
    assert _notices(kept) == []
    unplaced = _pointed(over)
    assert unplaced and all(f.get("line") is None for f in unplaced)
    (notice,) = _notices(over)
    assert notice["message"] == (
        f"the line numbers of {len(unplaced)} findings were not given: placing them exceeded the limit of "
        f"{len(first):,} bytes of JSON and YAML text placed for one input"
    )
    assert notice["pointer"] == "" and "into smaller ones" in notice["hint"]
    # A notice is information: the result's status and score are what they would be with lines.
    assert over["status"] == kept["status"] and over["score"] == kept["score"]


def test_a_stream_beyond_the_limit_has_the_notice_on_each_of_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "stream.yaml"
    path.write_bytes(b"\n---\n".join([_flawed("offer-a"), _flawed("offer-b")]))
    results = _results(path, Limits(placed_bytes=path.stat().st_size - 1))
    assert sorted(results) == ["stream.yaml [document 1]", "stream.yaml [document 2]"]
    for result in results.values():
        (notice,) = _notices(result)
        assert f"exceeded the limit of {path.stat().st_size - 1:,} bytes" in notice["message"]


def test_a_file_within_the_limits_has_every_finding_placed_and_no_notice(tmp_path: Path) -> None:
    path = tmp_path / "offer.json"
    path.write_bytes(_flawed("offer-a"))
    (result,) = _results(path, Limits()).values()
    assert _notices(result) == [] and all(f["line"] is not None for f in _pointed(result))


def _finding(pointer: str) -> Finding:
    return Finding("MC-EL-001", Severity.ERROR, None, pointer, "m", "h")


TEXT = '{\n  "a": 1,\n  "b": 2,\n  "c": {"d": 3}\n}\n'


def test_places_beyond_those_looked_up_in_a_descriptor_are_the_later_findings_and_noted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(locate, "MAX_POINTERS", 2)
    findings = [_finding("/c/d"), _finding("/a"), _finding("/c/d"), _finding("/b"), _finding("/b")]
    result = Result(source="x.json", id=None, kind=None, status="fail", score=0.0, elements={}, findings=findings)
    (located,) = locate_results([result], {"x.json": (TEXT, "json")})
    # The first two pointers in the findings' order are placed, in every run; the others are counted.
    assert [f.line for f in located.findings[:5]] == [4, 2, 4, None, None]
    notice = located.findings[5]
    assert (notice.rule, notice.severity, notice.pointer) == (NOTICE, Severity.INFO, "")
    assert notice.message == (
        "the line numbers of 2 findings were not given: placing them exceeded the limit of 2 places looked up "
        "in one descriptor"
    )
