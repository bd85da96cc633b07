"""MC-WL-003 tells a workload figure that breaks its own bound once, not again as the figure derived from it.

Found by a mutation sweep at the EMC profile's edges (100-150 hours, 4-6 ECTS): ``hours: 99`` alone was
reported as "99 hours is below the minimum of 100 hours" and, at the same place, as "3.3-3.96 ECTS (derived
from 99 hours ...) is below the minimum of 4 ECTS": one slip, two errors.
"""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def findings(workload: dict[str, Any], rubric: str) -> list[tuple[str, str]]:
    """MC-WL-003's pointers and messages for the good offer with ``workload``, under ``rubric``."""
    data = baseline()
    data["workload"] = workload
    data["participation"].pop("schedule")
    (result,) = check_documents(
        [Document(source="case.yaml", data=data, format="yaml")], rubric=rubric, now=NOW
    ).results
    return [(f.pointer, str(f.message)) for f in result.findings if f.rule == "MC-WL-003"]


@pytest.mark.parametrize(
    ("workload", "told"),
    [
        ({"hours": 99}, ("/workload/hours", "the workload of 99 hours is below the minimum of 100 hours")),
        ({"hours": 151}, ("/workload/hours", "the workload of 151 hours is above the maximum of 150 hours")),
        ({"ects": 3}, ("/workload/ects", "the workload of 3 ECTS is below the minimum of 4 ECTS")),
        ({"ects": 7}, ("/workload/ects", "the workload of 7 ECTS is above the maximum of 6 ECTS")),
    ],
)
def test_one_figure_out_of_range_is_one_finding(workload: dict[str, Any], told: tuple[str, str]) -> None:
    assert findings(workload, "emc-cmf") == [told]


def test_two_figures_out_of_range_are_two_findings() -> None:
    assert [pointer for pointer, _ in findings({"ects": 3, "hours": 75}, "emc-cmf")] == [
        "/workload/ects",
        "/workload/hours",
    ]


def test_a_derived_figure_is_still_told_where_the_value_has_no_bound_of_its_own() -> None:
    ((pointer, message),) = findings({"hours": 74}, "nl-pilot")
    assert pointer == "/workload/hours"
    assert "derived from 74 hours" in message
