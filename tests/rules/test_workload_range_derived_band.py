"""MC-WL-003 judges a workload derived across ECTS and hours by the whole 25-30 hour band of an ECTS credit.

A profile's hour and ECTS bounds are the same size said twice (EMC: 100-150 hours = 4-6 ECTS at 25 hours
each), so a descriptor giving one of the two at a bound meets the other: a derived figure breaks a bound only
when every rate in the band does.
"""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _workload_findings(workload: dict[str, Any], rubric: str) -> list[str]:
    data = baseline()
    data["workload"] = workload
    data["participation"].pop("schedule")
    (result,) = check_documents(
        [Document(source="case.yaml", data=data, format="yaml")], rubric=rubric, now=NOW
    ).results
    return [f.message for f in result.findings if f.rule == "MC-WL-003"]


@pytest.mark.parametrize(
    ("rubric", "workload", "fails"),
    [
        ("emc-cmf", {"hours": 100}, False),  # 4 ECTS at 25 hours each: the CMF's own equivalence
        ("emc-cmf", {"hours": 101}, False),
        ("emc-cmf", {"hours": 99}, True),
        ("emc-cmf", {"hours": 150}, False),
        ("emc-cmf", {"hours": 151}, True),
        ("emc-cmf", {"ects": 4}, False),
        ("emc-cmf", {"ects": 6}, False),
        ("emc-cmf", {"ects": 6.1}, True),
        ("nl-pilot", {"hours": 75}, False),  # 3 EC at 25 hours each
        ("nl-pilot", {"hours": 74}, True),
        ("nl-pilot", {"hours": 900}, False),  # 30 EC at 30 hours each
        ("nl-pilot", {"hours": 901}, True),
        ("nzqa", {"ects": 1.8}, False),  # 54 hours at 30 each: 5.4 credits
        ("nzqa", {"ects": 1.6}, True),  # at most 48 hours: 4.8 credits
        ("nzqa", {"ects": 16}, False),  # at least 400 hours: 40 credits
        ("nzqa", {"ects": 16.1}, True),
    ],
)
def test_a_derived_workload_breaks_a_bound_only_across_the_whole_band(
    rubric: str, workload: dict[str, Any], fails: bool
) -> None:
    assert bool(_workload_findings(workload, rubric)) is fails


def test_the_message_gives_the_derived_range_and_how_it_was_derived() -> None:
    (message,) = _workload_findings({"ects": 1.6}, "nzqa")
    assert message == (
        "the workload of 4-4.8 NZQCF credits (derived from 1.6 ECTS at 25-30 hours each and 10 hours per credit) "
        "is below the minimum of 5 NZQCF credits"
    )
    assert "74 hours at 25-30 hours per ECTS" in _workload_findings({"hours": 74}, "nl-pilot")[0]


def test_a_figure_just_beyond_a_bound_is_not_shown_as_the_bound() -> None:
    (message,) = _workload_findings({"hours": 901}, "nl-pilot")
    assert message.startswith("the workload of 30.03-36 ECTS")
