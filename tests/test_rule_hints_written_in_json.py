"""In a JSON file the value a rule's hint writes is JSON too, as the schema's hints are: MC-WL-001's
'workload: {ects: 5.5, hours: 150}' could not be pasted into a JSON descriptor."""

from __future__ import annotations

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _workload_hint(fmt: str) -> str:
    data = baseline()
    data["workload"] = {"hours": 150}
    (result,) = check_documents([Document(f"d.{fmt}", data, fmt)], now=NOW).results
    (finding,) = [f for f in result.findings if f.rule == "MC-WL-001"]
    return finding.hint


def test_a_rules_hint_in_a_json_file_writes_json() -> None:
    assert '"workload": {"ects": ' in _workload_hint("json")


def test_a_rules_hint_in_a_yaml_file_writes_yaml() -> None:
    assert "workload: {ects: " in _workload_hint("yaml")
