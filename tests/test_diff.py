"""What changed between two runs (qa_checker.diff): matching descriptors and findings, and what counts as worse."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from qa_checker.api import audit_paths
from qa_checker.diff import DescriptorState, FindingRecord, Snapshot, diff, from_dict, from_report, is_report_json
from tests.conftest import NOW, SAMPLES, baseline


def _state(
    source: str,
    id_: str | None,
    *,
    status: str = "pass",
    score: float | None = 100.0,
    findings: tuple[FindingRecord, ...] = (),
    sha256: str | None = None,
    provider: str = "P",
    elements: dict[str, str] | None = None,
) -> DescriptorState:
    return DescriptorState(
        source=source,
        id=id_,
        sha256=sha256,
        provider=provider,
        title=None,
        kind="offer",
        status=status,
        score=score,
        elements=elements or {"workload": "present"},
        findings=findings,
    )


def _finding(
    rule: str = "MC-WL-001",
    message: str = "m",
    *,
    pointer: str = "/workload",
    severity: str = "warning",
    waived: bool = False,
) -> FindingRecord:
    return FindingRecord(
        rule=rule, severity=severity, element="workload", pointer=pointer, message=message, waived=waived
    )


def _snap(*states: DescriptorState, label: str = "x") -> Snapshot:
    return Snapshot(label=label, descriptors=states)


def test_a_moved_file_is_the_same_descriptor_by_id() -> None:
    change = diff(_snap(_state("old/a.yaml", "a")), _snap(_state("new/place/a-2027.yaml", "a")))
    [only] = change.descriptors
    assert (only.change, only.matched_by, only.moved_from) == ("changed", "id", "old/a.yaml")
    assert change.exit_code == 0 and change.summary["added"] == change.summary["removed"] == 0


def test_same_id_prefers_the_same_source() -> None:
    before = _snap(_state("x.yaml", "dup", score=50), _state("y.yaml", "dup", score=90))
    after = _snap(_state("y.yaml", "dup", score=90), _state("x.yaml", "dup", score=50))
    assert [d.change for d in diff(before, after).descriptors] == ["unchanged", "unchanged"]


def test_without_id_descriptors_match_by_content_hash_then_by_source() -> None:
    before = _snap(
        _state("a.json", None, status="error", score=None, sha256="h1"),
        _state("b.json", None, status="error", score=None, sha256="h2"),
    )
    after = _snap(
        _state("moved/a.json", None, status="error", score=None, sha256="h1"),
        _state("b.json", None, status="error", score=None, sha256="h3"),
    )
    change = diff(before, after)
    assert [(d.matched_by, d.change) for d in change.descriptors] == [("sha256", "changed"), ("source", "unchanged")]


def test_added_and_removed_descriptors_do_not_count_as_worse() -> None:
    change = diff(_snap(_state("a.yaml", "a")), _snap(_state("b.yaml", "b", status="fail", score=10)))
    assert sorted(d.change for d in change.descriptors) == ["added", "removed"]
    assert change.exit_code == 0


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (_state("a", "a", status="pass"), _state("a", "a", status="fail", score=100.0), "worse"),
        (_state("a", "a", score=90.0), _state("a", "a", score=80.0), "worse"),
        (_state("a", "a", score=80.0), _state("a", "a", score=90.0), "improved"),
        (_state("a", "a"), _state("a", "a", findings=(_finding(),)), "worse"),
        (_state("a", "a", findings=(_finding(),)), _state("a", "a"), "improved"),
        (_state("a", "a"), _state("a", "a", findings=(_finding(severity="info"),)), "changed"),
        (_state("a", "a"), _state("a", "a", findings=(_finding(waived=True),)), "changed"),
        (_state("a", "a"), _state("a", "a", elements={"workload": "missing"}), "worse"),
        (
            _state("a", "a", elements={"workload": "missing"}),
            _state("a", "a", elements={"workload": "invalid"}),
            "changed",
        ),
        (_state("a", "a", status="fail", score=50.0), _state("a", "a", status="error", score=None), "worse"),
    ],
)
def test_what_counts_as_worse(before: DescriptorState, after: DescriptorState, expected: str) -> None:
    change = diff(_snap(before), _snap(after))
    assert change.descriptors[0].change == expected
    assert change.exit_code == (1 if expected == "worse" else 0)


def _skipped(source: str) -> DescriptorState:
    return _state(source, None, status="skipped", score=None, sha256="h", elements={})


def _unreadable(source: str) -> DescriptorState:
    error = _finding("MC-LD-001", "not a descriptor", pointer="", severity="error")
    return _state(source, None, status="error", score=None, sha256="h", elements={}, findings=(error,))


@pytest.mark.parametrize(
    ("before", "after", "expected", "reason"),
    [
        (_unreadable("ctx.jsonld"), _skipped("ctx.jsonld"), "improved", "status error → skipped (not a descriptor)"),
        (_skipped("ctx.jsonld"), _unreadable("ctx.jsonld"), "worse", "status skipped → error (was not a descriptor)"),
        (_skipped("a.json"), _state("a.json", None, sha256="h", status="fail", score=40.0), "worse", None),
        (_state("a.json", None, sha256="h"), _skipped("a.json"), "changed", None),
    ],
)
def test_a_skipped_file_is_no_failure(
    before: DescriptorState, after: DescriptorState, expected: str, reason: str | None
) -> None:
    """Skipped (not a descriptor) ranks with pass: error ↔ skipped is better or worse, pass ↔ skipped a change."""
    change = diff(_snap(before), _snap(after))
    [only] = change.descriptors
    assert only.change == expected
    assert change.exit_code == (1 if expected == "worse" else 0)
    reasons = only.worse_reasons if expected == "worse" else only.better_reasons
    if reason is not None:
        assert reasons[0] == reason
    if expected in ("changed", "unchanged"):
        assert only.worse_reasons == only.better_reasons == ()


def test_an_unknown_status_still_ranks_like_error() -> None:
    change = diff(_snap(_state("a", "a", status="fail", score=50.0)), _snap(_state("a", "a", status="??", score=50.0)))
    assert change.descriptors[0].worse_reasons == ("status fail → ??",)


def test_findings_match_by_rule_pointer_and_message_then_by_rule_and_pointer() -> None:
    expired = _finding("MC-QA-002", "expired on 2025-09-30 (today is 2026-11-29)", pointer="/qa", severity="error")
    later = _finding("MC-QA-002", "expired on 2025-09-30 (today is 2027-01-10)", pointer="/qa", severity="error")
    two = (
        _finding("MC-LO-001", "one", pointer="/learning_outcomes/0"),
        _finding("MC-LO-001", "two", pointer="/learning_outcomes/0"),
    )
    change = diff(_snap(_state("a", "a", findings=(expired, *two))), _snap(_state("a", "a", findings=(later, two[1]))))
    [item] = change.descriptors
    assert item.new == () and [f.message for f in item.fixed] == ["one"]
    assert item.change == "improved"


def _write(folder: Path, name: str, data: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_diff_of_two_report_json_documents(tmp_path: Path) -> None:
    """Two real reports, as report.json: a file renamed and fixed, one broken, one added, one removed."""
    good, fixable = baseline(), baseline()
    fixable["id"] = "fixable"
    del fixable["workload"]["ects"]
    gone = dict(baseline(), id="gone")
    _write(tmp_path / "one", "good.yaml", good)
    _write(tmp_path / "one", "fixable.yaml", fixable)
    _write(tmp_path / "one", "gone.yaml", gone)
    first = json.loads(json.dumps(audit_paths([tmp_path / "one"], now=NOW).to_dict()))
    fixable["workload"]["ects"] = baseline()["workload"]["ects"]
    broken = baseline()
    del broken["level"]
    _write(tmp_path / "two", "renamed-and-fixed.yaml", fixable)
    _write(tmp_path / "two", "good.yaml", broken)
    _write(tmp_path / "two", "new.yaml", dict(baseline(), id="new"))
    second = json.loads(json.dumps(audit_paths([tmp_path / "two"], now=NOW).to_dict()))
    assert is_report_json(first) and not is_report_json({"tool": {"name": "other"}, "results": []})

    change = diff(from_dict(first, label="one/report.json"), from_dict(second, label="two/report.json"))
    by_id = {d.current.id: d for d in change.descriptors}
    assert {k: v.change for k, v in by_id.items()} == {
        "fixable": "improved",
        baseline()["id"]: "worse",
        "new": "added",
        "gone": "removed",
    }
    assert by_id["fixable"].moved_from and by_id["fixable"].matched_by == "id"
    assert "MC-EL-008" in {f.rule for f in by_id[baseline()["id"]].new}
    assert change.exit_code == 1
    assert change.worse_summary()[0].startswith(f"{by_id[baseline()['id']].label} (")
    provider = change.providers[0].to_dict()
    assert provider["before"]["descriptors"] == 3 and provider["after"]["descriptors"] == 3
    assert (provider["improved"], provider["worse"], provider["added"], provider["removed"]) == (1, 1, 1, 1)
    # The same comparison from the Report values themselves.
    assert diff(from_dict(first, label="a"), from_dict(first, label="b")).summary["unchanged"] == 3


def test_a_report_and_its_json_give_the_same_snapshot() -> None:
    report = audit_paths([SAMPLES / "offers", SAMPLES / "flawed"], now=NOW)
    data = json.loads(json.dumps(report.to_dict()))
    from_json, direct = from_dict(data, label="x"), from_report(report, label="x")
    assert [(d.source, d.id, d.provider, d.status, d.score, d.findings) for d in from_json.descriptors] == [
        (d.source, d.id, d.provider, d.status, d.score, d.findings) for d in direct.descriptors
    ]


def test_compare_refuses_a_report_json_and_points_to_diff(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "audit"
    run_cli("audit", str(SAMPLES / "offers"), "--out", str(out), "--now", "2026-11-29")
    shutil.copy(out / "report.json", tmp_path / "old.json")
    for args in ((str(out / "report.json"), str(tmp_path / "old.json")), (str(out), str(out))):
        result = run_cli("compare", *args, "--out", str(tmp_path / "cmp"))
        assert result.exit_code == 2, result.output
        assert "is a qa-checker report, not a descriptor" in result.output and "qa-checker diff" in result.output
    assert not (tmp_path / "cmp").exists()


def test_a_providers_control_characters_and_line_breaks_are_shown_as_escapes_in_the_text_diff() -> None:
    """Printed raw, a title's escape sequences redrew the terminal and its line break started a line of
    its own (a GitHub workflow command in a CI log)."""
    from qa_checker.reporting import diff_text

    before = _state("a.yaml", "a", provider="Prov\x1b[1A\rX", findings=(_finding(message="m\n::error ::x"),))
    after = _state("a.yaml", "a", status="fail", score=50.0, provider="Prov\x1b[1A\rX")
    added = _state("b\x1b[2J.yaml", "b\n::error ::y")
    text = diff_text.render(diff(_snap(before), _snap(after, added)), unchanged=True)
    assert "\x1b" not in text and "\r" not in text
    assert not any(line.startswith("::") for line in text.split("\n"))
    assert "\\x1b[1A\\rX" in text and "\\n::error ::y" in text


def test_a_report_that_cannot_be_read_is_refused_not_checked_as_descriptors(run_cli, tmp_path: Path) -> None:
    """A cut-short report.json (or an audit folder holding one, or the workbook beside it) compared as
    descriptors showed every descriptor removed and "Nothing got worse": a CI gate that passed."""
    out = tmp_path / "audit"
    run_cli("audit", str(SAMPLES / "offers"), "--out", str(out), "--now", "2026-11-29")
    cut = tmp_path / "cut"
    cut.mkdir()
    (cut / "report.json").write_bytes((out / "report.json").read_bytes()[:3000])
    wrong = json.loads((out / "report.json").read_text(encoding="utf-8"))
    wrong["results"] = "none"
    (tmp_path / "wrong.json").write_text(json.dumps(wrong), encoding="utf-8")
    cases = {
        str(cut / "report.json"): "cannot be read (damaged, cut short",
        str(cut): "cannot be read (damaged, cut short",
        str(tmp_path / "wrong.json"): "cannot be read (damaged, cut short",
        str(out / "report.xlsx"): "is a workbook qa-checker wrote; diff compares report.json files",
    }
    for later, expected in cases.items():
        result = run_cli("diff", str(out / "report.json"), later)
        assert result.exit_code == 2 and expected in result.output, result.output
    descriptors = run_cli("diff", str(out / "report.json"), str(SAMPLES / "offers"), "--now", "2026-11-29")
    assert descriptors.exit_code == 0, descriptors.output


def test_a_report_too_large_to_read_is_refused_in_one_line(run_cli, tmp_path: Path, monkeypatch) -> None:
    """A 400 MB report.json took 2 GB of memory, and under a memory limit ended in a traceback."""
    from qa_checker.cli import diff as diff_command

    out = tmp_path / "audit"
    run_cli("audit", str(SAMPLES / "offers"), "--out", str(out), "--now", "2026-11-29")
    size = (out / "report.json").stat().st_size
    monkeypatch.setattr(diff_command, "MAX_REPORT_BYTES", size - 1)
    result = run_cli("diff", str(out / "report.json"), str(out))
    assert result.exit_code == 2
    assert f"is a report of {size:,} bytes, more than diff reads ({size - 1:,} bytes)" in result.output, result.output
    assert "Traceback" not in result.output


def test_report_keys_are_the_contracts_top_level_keys_in_order() -> None:
    """What names a file a report when it cannot be read (``names_itself_a_report``) is the contract's keys."""
    from qa_checker.results import REPORT_KEYS

    keys = list(json.loads(_report_text()))
    assert keys == [key for key in REPORT_KEYS if key in keys]
    assert {"tool", "generated_at", "results", "run"} <= set(keys)


def _report_text(*, sort_keys: bool = False, indent: int | None = 2) -> str:
    report = audit_paths([SAMPLES / "offers"], now=NOW)
    return json.dumps(report.to_dict(), sort_keys=sort_keys, indent=indent)


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(lambda text: text, id="as-written"),
        pytest.param(lambda text: json.dumps(json.loads(text), sort_keys=True), id="sorted-compact"),
        pytest.param(lambda text: json.dumps(json.loads(text), sort_keys=True, indent=4), id="sorted-jq-S"),
        pytest.param(
            lambda text: json.dumps({"comment": "x" * 5000, **json.loads(text)}, separators=(",", ":")),
            id="long-field-first",
        ),
    ],
)
def test_a_report_names_itself_whatever_its_key_order_and_layout(layout) -> None:
    """Only "tool" in the first 400 bytes counted: a report with sorted keys (jq -S) has it at the end."""
    from qa_checker.diff import names_itself_a_report

    data = layout(_report_text()).encode()
    assert names_itself_a_report(data[:100_000], data[-65536:])
    cut = data[: len(data) - 200]  # cut short: its tail names nothing
    assert names_itself_a_report(cut, cut)


def test_a_descriptor_that_mentions_a_tool_is_no_report() -> None:
    from qa_checker.diff import names_itself_a_report

    for text in (
        {"title": "x", "extra": {"tool": {"name": "qa-checker"}}},
        {"title": "tool", "notes": '"tool": {"name": "qa-checker"}'},
        {"generated_at": "2026", "results": [], "title": "Course"},
    ):
        data = json.dumps(text).encode()
        assert not names_itself_a_report(data, data), text
    assert not names_itself_a_report(b'[{"tool": {"name": "qa-checker"}}]', b"")


def test_a_sorted_report_too_large_or_cut_short_is_refused_not_checked_as_a_descriptor(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    """Sorted keys put "tool" last: the size refusal and the cut-short refusal did not see a report, and
    diff checked it as one descriptor that could not be read, every descriptor removed, exit 0."""
    from qa_checker import diff as diffing
    from qa_checker.cli import diff as diff_command

    first = tmp_path / "first.json"
    first.write_text(_report_text(), encoding="utf-8")
    big = tmp_path / "sorted.json"
    big.write_text(_report_text(sort_keys=True), encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_bytes(big.read_bytes()[:3000])
    result = run_cli("diff", str(first), str(cut))
    assert result.exit_code == 2 and "cannot be read (damaged, cut short" in result.output, result.output
    size = big.stat().st_size
    monkeypatch.setattr(diff_command, "MAX_REPORT_BYTES", size - 1)
    monkeypatch.setattr(diffing, "REPORT_HEAD_BYTES", 1000)
    monkeypatch.setattr(diffing, "REPORT_TAIL_BYTES", 1000)
    read: list[int] = []
    real = diffing.names_itself_a_report

    def counted(head: bytes, tail: bytes) -> bool:
        read.extend((len(head), len(tail)))
        return real(head, tail)

    monkeypatch.setattr(diffing, "names_itself_a_report", counted)
    result = run_cli("diff", str(first), str(big))
    assert result.exit_code == 2, result.output
    assert f"is a report of {size:,} bytes, more than diff reads" in result.output, result.output
    assert read and all(0 <= n <= 1000 for n in read)  # its start and its end, never the whole file


def test_a_path_that_is_neither_a_report_nor_descriptors_is_refused_by_name(run_cli, tmp_path: Path) -> None:
    """A text file, an empty folder or a JSON file that is no descriptor compared as descriptors showed
    every descriptor of the other run removed, and "Nothing got worse": a CI gate that passed."""
    first = tmp_path / "first.json"
    first.write_text(_report_text(), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "package.json").write_text('{"name": "x", "version": "1"}', encoding="utf-8")
    cases = {
        "notes.txt": "unsupported file type '.txt'",
        "empty": "no descriptor, credential, spreadsheet or archive was found in it",
        "package.json": "the document is not a descriptor",
    }
    for name, reason in cases.items():
        result = run_cli("diff", str(first), str(tmp_path / name), "--now", "2026-11-29")
        assert result.exit_code == 2, result.output
        assert f"{tmp_path / name} is neither a qa-checker report.json" in result.output, result.output
        assert reason in result.output
    descriptors = run_cli("diff", str(first), str(SAMPLES / "offers"), "--now", "2026-11-29")
    assert descriptors.exit_code == 0, descriptors.output
