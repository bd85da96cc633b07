"""MC-WL-003 reads the credits a descriptor states in the profile's credit system however the system is worded
("NZQCF credits", "nzqcf credit points"), rather than deriving them from the hours."""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _range_findings(system: str, value: float, hours: float) -> list[tuple[str, str]]:
    data = baseline()
    data["workload"] = {"hours": hours, "other_credits": {"system": system, "value": value}}
    data["participation"].pop("schedule")
    (result,) = check_documents(
        [Document(source="case.yaml", data=data, format="yaml")], rubric="nzqa", now=NOW
    ).results
    return [(f.pointer, f.message) for f in result.findings if f.rule == "MC-WL-003"]


@pytest.mark.parametrize("system", ["NZQCF", "NZQCF credits", "nzqcf credit points", "NZQCF-credits"])
def test_stated_credits_are_judged_whatever_the_wording(system: str) -> None:
    assert _range_findings(system, 41, 400) == [
        ("/workload/other_credits/value", "the workload of 41 NZQCF credits is above the maximum of 40 NZQCF credits")
    ]
    assert _range_findings(system, 40, 400) == []


def test_credits_of_another_system_leave_the_hours_to_judge() -> None:
    assert _range_findings("ECVET", 41, 400) == []
