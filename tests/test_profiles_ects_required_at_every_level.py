"""Profiles that require ECTS (emc-cmf, nl-pilot) require them whatever the EQF level: the baseline's leave to
give hours below EQF 5 (MC-WL-001 ``ects_from_eqf``) is not theirs."""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _workload_errors(rubric: str, eqf: int, workload: dict[str, object]) -> list[str]:
    data = baseline()
    data["level"] = {"eqf": eqf}
    data["workload"] = workload
    (result,) = check_documents(
        [Document(source="case.yaml", data=data, format="yaml")], rubric=rubric, now=NOW
    ).results
    return [f.rule for f in result.findings if f.rule == "MC-WL-001" and f.severity.value == "error"]


@pytest.mark.parametrize("rubric", ["emc-cmf", "nl-pilot"])
@pytest.mark.parametrize("eqf", [4, 6])
def test_hours_alone_fail_at_any_level(rubric: str, eqf: int) -> None:
    assert _workload_errors(rubric, eqf, {"hours": 120}) == ["MC-WL-001"]
    assert _workload_errors(rubric, eqf, {"ects": 4.5, "hours": 120}) == []


def test_the_baseline_still_accepts_hours_below_higher_education() -> None:
    data = baseline()
    data["level"] = {"eqf": 4}
    data["workload"] = {"hours": 120}
    (result,) = check_documents([Document(source="case.yaml", data=data, format="yaml")], now=NOW).results
    assert "MC-WL-001" not in {f.rule for f in result.findings}
