"""A level written as a whole number with a zero fraction (``6.0``), which JSON Schema accepts as an integer, is
judged as that level by every level rule, not taken for a level not given."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.table import eqf_level
from tests.conftest import NOW, baseline


def _findings(level_json: str, rubric: str = "eu-2022") -> dict[str, list[str]]:
    data: dict[str, Any] = baseline()
    data["level"] = json.loads(level_json)
    (result,) = check_documents(
        [Document(source="case.json", data=data, format="json")], rubric=rubric, now=NOW
    ).results
    found: dict[str, list[str]] = {}
    for finding in result.findings:
        found.setdefault(finding.rule, []).append(finding.message)
    return found


def test_a_cycle_that_contradicts_the_level_is_reported() -> None:
    found = _findings('{"eqf": 6.0, "qf_ehea_cycle": "second"}')
    assert found["MC-LV-002"] == ["the second cycle is EQF level 7, but EQF 6 is declared"]
    assert "MC-SC-001" not in found


def test_a_national_level_that_contradicts_the_level_is_reported() -> None:
    found = _findings('{"eqf": 6.0, "nqf": {"framework": "NLQF", "level": 5.0}}')
    assert found["MC-LV-003"] == ["NLQF level 5 corresponds to EQF 5, but EQF 6 is declared"]


def test_a_profile_range_judges_the_level_given() -> None:
    assert "MC-LV-001" not in _findings('{"eqf": 6.0, "qf_ehea_cycle": "first"}', "emc-cmf")
    assert _findings('{"eqf": 3.0}', "emc-cmf")["MC-LV-001"] == [
        "EQF level 3 is outside the range EQF 4-7 this profile accepts"
    ]


def test_the_comparability_table_gives_the_level() -> None:
    assert eqf_level({"level": json.loads('{"eqf": 6.0}')}) == 6
    assert eqf_level({"level": json.loads('{"eqf": 6.5}')}) is None
