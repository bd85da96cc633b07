"""``diff`` reads a report.json a result at a time, and at most :data:`MAX_REPORT_RESULTS` of them.

A 31 MB report of 300,000 short results took 1.8 GB and 20 s to compare, and the byte limit (256 MiB) let
one take about fifteen: the whole document was parsed before any result was read. Now only what the diff
compares is held, and a report of more results is refused (exit 2) pointing to the history store.
"""

from __future__ import annotations

import codecs
import io
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from qa_checker import diff as diffing
from qa_checker.api import audit_paths
from tests.conftest import NOW, SAMPLES

Run = Callable[..., Result]


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    data = audit_paths([SAMPLES / "offers", SAMPLES / "flawed"], now=NOW).to_dict()
    return json.loads(json.dumps(data))


def _read(text: bytes) -> diffing.Snapshot | None:
    return diffing.read_report(io.BytesIO(text), label="r")


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(lambda d: json.dumps(d, indent=2, ensure_ascii=False).encode(), id="as-written"),
        pytest.param(lambda d: json.dumps(d, sort_keys=True, separators=(",", ":")).encode(), id="sorted-compact"),
        pytest.param(lambda d: codecs.BOM_UTF8 + json.dumps(d, indent=4).encode(), id="bom"),
        pytest.param(lambda d: json.dumps(d, indent="\t").encode("utf-16"), id="utf-16"),
        pytest.param(lambda d: b' \n{"results": [1], ' + json.dumps(d)[1:].encode() + b"\n\n", id="results-twice"),
    ],
)
@pytest.mark.parametrize("chunk", [3, 1 << 20])
def test_a_report_read_a_result_at_a_time_is_the_report_read_whole(
    report: dict[str, Any], layout: Callable[[dict[str, Any]], bytes], chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diffing, "READ_BYTES", chunk)  # values and numbers cut at every place between reads
    text = layout(report)
    assert _read(text) == diffing.from_dict(json.loads(text), label="r")


@pytest.mark.parametrize(
    "text",
    [b"", b"not json", b"[]", b'{"results": []}', b'{"tool": {"name": "qa-checker"}, "results": 5}', b"{} {}"],
)
def test_what_is_no_report_is_none(text: bytes) -> None:
    assert _read(text) is None


def test_a_report_followed_by_more_text_is_none(report: dict[str, Any]) -> None:
    assert _read(json.dumps(report).encode() + b" x") is None


def test_a_wrong_value_is_refused_at_its_pointer_as_before(report: dict[str, Any]) -> None:
    report = json.loads(json.dumps(report))
    report["results"][1]["findings"] = [{"rule": 5}]
    with pytest.raises(diffing.ReportError, match="r: /results/1/findings/0/rule must be text, not the number 5"):
        _read(json.dumps(report).encode())


def test_only_what_is_compared_is_held(report: dict[str, Any], tmp_path: Path, run_cli: Run) -> None:
    """Results whose other fields are long (outlines, outcomes) were parsed whole: memory grew with the file."""
    data = json.loads(json.dumps(report))
    template = data["results"][0]
    data["results"] = [
        {**template, "source": f"d/{i}.yaml", "id": f"id-{i}", "outcomes": ["x" * 100_000]} for i in range(300)
    ]
    data["run"]["providers"] = []
    path = tmp_path / "report.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    size = path.stat().st_size
    assert run_cli("diff", str(path), str(path)).exit_code == 0  # the modules it needs imported first
    tracemalloc.start()
    try:
        outcome = run_cli("diff", str(path), str(path), "--format", "json")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert outcome.exit_code == 0, outcome.output
    assert peak < size / 3, (peak, size)


def test_a_report_of_more_results_than_diff_reads_is_refused(
    report: dict[str, Any], tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qa_checker.cli import diff as diff_command

    path = tmp_path / "report.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    count = len(report["results"])
    monkeypatch.setattr(diff_command, "MAX_REPORT_RESULTS", count)
    assert run_cli("diff", str(path), str(path)).exit_code == 0
    monkeypatch.setattr(diff_command, "MAX_REPORT_RESULTS", count - 1)
    outcome = run_cli("diff", str(path), str(path))
    assert outcome.exit_code == 2, outcome.output
    assert outcome.output == (
        f"qa-checker: {path} holds more than {count - 1} results, more than diff reads; compare such runs in the "
        "history store (audit --store, then diff latest~1 latest)\n"
    )
