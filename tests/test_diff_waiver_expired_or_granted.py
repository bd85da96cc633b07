"""A finding that stays in a descriptor but counts in only one of two runs (its waiver expired, was withdrawn
or was granted) is named among the reasons the descriptor got worse or better: neither fixed nor new, but no
longer hidden behind the status and score it moves."""

from __future__ import annotations

from qa_checker.diff import DescriptorState, FindingRecord, Snapshot, diff


def _finding(rule: str, *, waived: bool, severity: str = "error") -> FindingRecord:
    return FindingRecord(rule=rule, severity=severity, element="level", pointer="/level", message="m", waived=waived)


def _state(*findings: FindingRecord, status: str, score: float) -> DescriptorState:
    return DescriptorState(
        source="w1.json",
        id="hw-01",
        sha256=None,
        provider="P",
        title=None,
        kind="offer",
        status=status,
        score=score,
        elements={"level": "present" if status == "pass" else "invalid"},
        findings=findings,
    )


def _change(before: DescriptorState, after: DescriptorState) -> tuple[str, list[str], list[str], int, int]:
    (item,) = diff(Snapshot("1", (before,)), Snapshot("2", (after,))).descriptors
    return item.change, list(item.worse_reasons), list(item.better_reasons), len(item.fixed), len(item.new)


def test_an_expired_waiver_names_the_finding_that_counts_again() -> None:
    waived = _state(_finding("MC-LV-004", waived=True), status="pass", score=100.0)
    counting = _state(_finding("MC-LV-004", waived=False), status="fail", score=98.4)
    change, worse, better, fixed, new = _change(waived, counting)
    assert change == "worse" and better == [] and (fixed, new) == (0, 0)
    assert "1 finding no longer waived (MC-LV-004)" in worse


def test_a_waiver_granted_names_the_finding_that_no_longer_counts() -> None:
    counting = _state(_finding("MC-QA-002", waived=False), _finding("MC-LV-004", waived=False), status="fail", score=97)
    waived = _state(_finding("MC-QA-002", waived=True), _finding("MC-LV-004", waived=True), status="pass", score=100)
    change, worse, better, fixed, new = _change(counting, waived)
    assert change == "improved" and worse == [] and (fixed, new) == (0, 0)
    assert "2 findings waived now (MC-LV-004, MC-QA-002)" in better


def test_a_waived_finding_that_stays_waived_changes_nothing() -> None:
    same = _state(_finding("MC-QA-002", waived=True), status="pass", score=100.0)
    assert _change(same, same)[0] == "unchanged"


def test_a_fixed_waived_finding_is_no_waiver_change() -> None:
    """A waived finding that is gone was fixed (as before this change), not 'waived now' or 'no longer waived'."""
    before = _state(_finding("MC-QA-002", waived=True), status="pass", score=100.0)
    after = _state(status="pass", score=100.0)
    change, worse, better, fixed, new = _change(before, after)
    assert (fixed, new) == (1, 0) and worse == [] and better == [] and change == "changed"
