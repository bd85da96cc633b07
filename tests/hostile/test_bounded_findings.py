"""A descriptor with very many faults gets a report of bounded size: at most ``MAX_RULE_FINDINGS`` findings
of a rule, schema errors of one value capped, and messages that list values list the first few."""

from __future__ import annotations

import json
from pathlib import Path

from qa_checker import validation
from qa_checker.api import check_paths
from qa_checker.engine import MAX_RULE_FINDINGS
from qa_checker.text import LISTED, listed
from tests.conftest import NOW, baseline


def _checked(tmp_path: Path, data: dict[str, object]) -> list[dict[str, object]]:
    path = tmp_path / "many.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (result,) = check_paths([path], now=NOW).results
    return [f.to_dict() for f in result.findings]


def _vague(count: int) -> dict[str, object]:
    data = baseline()
    data["languages"] = ["en"]
    data["learning_outcomes"] = [f"Understand the principles of topic number {i}." for i in range(count)]
    return data


def test_a_rule_lists_at_most_its_bound_and_says_so(tmp_path: Path) -> None:
    vague = [f for f in _checked(tmp_path, _vague(MAX_RULE_FINDINGS + 50)) if f["rule"] == "MC-LO-002"]
    assert len(vague) == MAX_RULE_FINDINGS + 1
    (note,) = [f for f in vague if f["pointer"] == ""]
    assert f"only the first {MAX_RULE_FINDINGS} findings of MC-LO-002" in str(note["message"])


def test_a_rule_at_its_bound_adds_no_note(tmp_path: Path) -> None:
    vague = [f for f in _checked(tmp_path, _vague(MAX_RULE_FINDINGS)) if f["rule"] == "MC-LO-002"]
    assert len(vague) == MAX_RULE_FINDINGS and all(f["pointer"] for f in vague)


def test_a_language_map_of_many_bad_keys_is_explained_briefly(tmp_path: Path) -> None:
    data = baseline()
    data["summary"] = {f"l{i:05d}": "text" for i in range(5_000)}
    errors = validation._pruned_errors(data)
    assert errors is not None and all(len(e.context) <= validation.ERRORS_PER_VALUE + 1 for e in errors)
    findings = _checked(tmp_path, data)
    assert findings and max(len(str(f["message"])) for f in findings) < 1_000
    assert any(f["rule"] == "MC-SC-001" and f["pointer"] == "/summary" for f in findings)


def test_listed_counts_what_it_leaves_out() -> None:
    assert listed(["a", "b"]) == "a, b"
    many = [str(i) for i in range(LISTED + 5)]
    assert listed(many) == ", ".join(many[:LISTED]) + ", ... (+5)"
