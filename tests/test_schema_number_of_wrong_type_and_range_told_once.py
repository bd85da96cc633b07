"""A number that is both of the wrong type and beyond its bound (``level.eqf: 8.0000001``) is one schema
finding at its place, naming the type and the bound together."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _schema_findings(field: str, value: Any) -> list[tuple[str, str]]:
    data = baseline()
    data[field] = value
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [(f.pointer, str(f.message)) for f in result.findings if f.rule == "MC-SC-001"]


@pytest.mark.parametrize(
    ("field", "value", "pointer", "told"),
    [
        ("level", {"eqf": 8.0000001}, "/level/eqf", "must be a whole number of at most 8, not 8.0000001"),
        ("level", {"eqf": 9.5}, "/level/eqf", "must be a whole number of at most 8, not 9.5"),
        ("level", {"eqf": 0.5}, "/level/eqf", "must be a whole number of at least 1, not 0.5"),
        ("level", {"eqf": -1.5}, "/level/eqf", "must be a whole number of at least 1, not -1.5"),
        (
            "level",
            {"nqf": {"framework": "DQR", "level": 101.5}},
            "/level/nqf/level",
            "must be text or a whole number of at most 100, not 101.5",
        ),
    ],
)
def test_wrong_type_beyond_its_bound_is_one_finding(field: str, value: Any, pointer: str, told: str) -> None:
    found = _schema_findings(field, value)
    at = [message for where, message in found if where == pointer]
    assert len(at) == 1, found
    assert told in at[0]


@pytest.mark.parametrize(
    ("field", "value", "told"),
    [
        ("level", {"eqf": 7.5}, "level/eqf must be a whole number, not 7.5"),
        ("level", {"eqf": 9}, "level/eqf is 9; it must be at most 8"),
        ("workload", {"ects": 700.5, "hours": 140}, "workload/ects is 700.5; it must be at most 600"),
    ],
)
def test_one_problem_alone_is_told_as_before(field: str, value: Any, told: str) -> None:
    assert [message for _, message in _schema_findings(field, value)] == [told]
