"""MC-WL-002 warns of a workload too small to be a learning experience: less than an hour of learning.

The hours, or the ECTS at the most hours one credit stands for (30), are compared with ``min_hours`` (1 by
default: the smallest volume of learning a micro-credential framework sets). The schema's "more than 0" is
unchanged; the au-nmf profile leaves it to its own MC-WL-003 error, so it is told once.
"""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _findings(workload: dict[str, Any], rubric: str = "eu-2022") -> list[Any]:
    data = baseline()
    data["workload"] = workload
    data["participation"].pop("schedule", None)
    (result,) = check_documents(
        [Document(source="case.yaml", data=data, format="yaml")], rubric=rubric, now=NOW
    ).results
    return [f for f in result.findings if f.rule.startswith("MC-WL") or f.rule == "MC-SC-001"]


@pytest.mark.parametrize(
    ("workload", "pointer"),
    [
        ({"hours": 0.25}, "/workload/hours"),
        ({"hours": 3e-5}, "/workload/hours"),
        ({"ects": 0.002}, "/workload/ects"),
        ({"ects": 0.04, "hours": 0.8}, "/workload/hours"),
        ({"other_credits": {"system": "opintopiste", "value": 0.01}}, "/workload/other_credits/value"),
    ],
)
def test_less_than_an_hour_of_learning_is_a_warning(workload: dict[str, Any], pointer: str) -> None:
    """Hours under one, or ECTS under an hour even at 30 hours each, are told where they are written."""
    hits = [f for f in _findings(workload) if f.rule == "MC-WL-002"]
    assert [h.pointer for h in hits][:1] == [pointer], [str(h.message) for h in hits]
    assert all(h.severity.value == "warning" for h in hits)
    assert "below the minimum of 1 hours" in str(hits[0].message)


@pytest.mark.parametrize(
    "workload",
    [{"hours": 1}, {"hours": 2.5}, {"ects": 0.04}, {"ects": 1}, {"ects": 5, "hours": 140}],
)
def test_an_hour_or_more_passes(workload: dict[str, Any]) -> None:
    """An hour of learning is the smallest plausible workload."""
    assert not [f for f in _findings(workload) if f.rule == "MC-WL-002"]


def test_the_tiny_figure_is_told_once_not_also_as_a_mismatch() -> None:
    """ECTS and hours both tiny: one finding each, no mismatch of the two besides."""
    hits = [f for f in _findings({"ects": 0.0001, "hours": 0.01}) if f.rule == "MC-WL-002"]
    assert sorted(h.pointer for h in hits) == ["/workload/ects", "/workload/hours"]


def test_the_au_profile_tells_it_once_as_its_error() -> None:
    """Australia's framework makes one hour a bound of its own (MC-WL-003): the warning is not repeated."""
    rules = [f.rule for f in _findings({"hours": 0.5}, rubric="au-nmf")]
    assert rules == ["MC-WL-003"]
