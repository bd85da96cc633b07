"""A workload given only in credits of a system of ten notional hours a credit (SCQF credit points, UK credits, CQFW,
QQI further-education credits) is refused by the schema, which wants ECTS or hours: the hint now says what the credits
stand for (15 SCQF credit points are 150 hours, and 7.5 ECTS by the UK frameworks' convention) and what to write, so a
provider, and a reader of a CTDL course whose only workload is SCQF credit points, need not look the convention up.
Before, the hint was the general one ("workload: {ects: 5, hours: 140}"). Credits of other systems (ECVET) keep it:
no convention converts them.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from qa_checker.runner import run
from qa_checker.text import english
from qa_checker.validation import validate
from tests.conftest import baseline
from tests.heldout import config

GENERAL = "Give the notional workload, in ECTS wherever possible: workload: {ects: 5, hours: 140}."
TERMS = "https://purl.org/ctdl/terms/"


def _hint(workload: dict[str, object]) -> str:
    data = copy.deepcopy(baseline())
    data["workload"] = workload
    (finding,) = [f for f in validate(data) if f.pointer == "/workload"]
    return english(finding.hint)


@pytest.mark.parametrize(
    ("system", "value", "written"),
    [
        ("SCQF credit points", 15, "write workload: {ects: 7.5, hours: 150, other_credits: ...}"),
        ("UK credits", 20, "write workload: {ects: 10, hours: 200, other_credits: ...}"),
        ("CATS", 7.5, "write workload: {ects: 3.75, hours: 75, other_credits: ...}"),
        ("QQI credits", 10, "write workload: {hours: 100, other_credits: ...}"),
    ],
)
def test_credits_of_ten_hours_are_told_in_hours_and_ects(system: str, value: float, written: str) -> None:
    hint = _hint({"other_credits": {"system": system, "value": value}})
    assert hint.startswith(f"{value} {system} stand for ")
    assert hint.endswith(f"{written}.")


@pytest.mark.parametrize(
    "workload",
    [
        {"other_credits": {"system": "ECVET points", "value": 3}},
        {"other_credits": {"system": "SCQF credit points", "value": 0}},
        {"other_credits": {"system": "SCQF credit points", "value": "15"}},
        {"other_credits": {"system": "SCQF credit points", "value": True}},
        {"other_credits": {"system": "SCQF credit points", "value": 1e300}},
        {"other_credits": {"value": 15}},
        {"other_credits": "15 SCQF"},
    ],
)
def test_other_credits_keep_the_general_hint(workload: dict[str, object]) -> None:
    assert _hint(workload) == GENERAL


def test_a_ctdl_course_of_scqf_credit_points_alone_is_told_its_hours(tmp_path: Path) -> None:
    value = {
        "@id": "http://example.org/resources/value-1",
        "@type": [f"{TERMS}ValueProfile"],
        f"{TERMS}creditUnitType": [{"@id": "http://example.edu/scqf/credits/"}],
        f"{TERMS}value": [{"@value": 15}],
    }
    course = {
        "@id": "http://example.org/resources/course-1",
        "@type": [f"{TERMS}Course"],
        f"{TERMS}name": [{"@language": "en", "@value": "Distributed and Parallel Technologies"}],
        f"{TERMS}creditValue": [{"@id": "http://example.org/resources/value-1"}],
    }
    path = tmp_path / "course.json"
    path.write_text(json.dumps([value, course]), encoding="utf-8")
    (result,) = run([str(path)], config("eu-2022")).results
    (finding,) = [f for f in result.findings if f.pointer == "/workload"]
    assert finding.rule == "MC-SC-001"
    assert english(finding.hint).startswith("15 SCQF credit points stand for 150 notional hours")
