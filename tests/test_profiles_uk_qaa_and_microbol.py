"""The uk-qaa and microbol profiles: each threshold fails a descriptor the EU baseline passes, for its documented
reason, and is met at its edge."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from click.testing import Result

from qa_checker.rubric import bundled_rubrics, load_rubric
from tests.conftest import baseline
from tests.test_profiles import assert_fails_only_the_profile, changed, result
from tests.test_profiles import test_profile_documents_its_source_and_every_threshold as documents_every_threshold

UK_LEVEL = {"eqf": 6, "qf_ehea_cycle": "first", "nqf": {"framework": "FHEQ", "level": 6}}
UK_CREDITS = {"hours": 100, "other_credits": {"system": "UK credits", "value": 10}}


def uk(**fields: Any) -> dict[str, Any]:
    """The good offer as a UK university gives it: UK credits of 10 hours, an FHEQ level, QAA as reviewer."""
    data = baseline()
    data["awarding_bodies"] = [{"name": {"en": "The Open University", "nl": "The Open University"}, "country": "GB"}]
    data["level"] = copy.deepcopy(UK_LEVEL)
    data["workload"] = copy.deepcopy(UK_CREDITS)
    data["quality_assurance"]["external"] = {"body": "QAA", "country": "GB", "framework": "ESG"}
    data["quality_assurance"]["accreditations"] = [{"type": "institutional-qa", "agent": "QAA"}]
    data.update(fields)
    return data


def errors(data: dict[str, Any], rubric: str, rule: str) -> list[str]:
    return [f.message for f in result(data, rubric).findings if f.rule == rule and f.severity.value == "error"]


ATTENDANCE = {"types": ["attendance"], "description": {"en": "Attendance is registered.", "nl": "Aanwezigheid."}}

# profile -> [(case, descriptor, rule that must fail it, message fragment)]
CASES: dict[str, list[tuple[str, dict[str, Any], str, str]]] = {
    "uk-qaa": [
        (
            "hours and no credit, at the lowest level",
            uk(workload={"hours": 100}, level={"eqf": 2, "nqf": {"framework": "RQF", "level": 1}}),
            "MC-WL-001",
            "without ECTS credits",
        ),
        (
            "hours and no credit at FHEQ 6",
            uk(workload={"hours": 100}),
            "MC-WL-001",
            "without ECTS credits",
        ),
        (
            "an EQF level and cycle but no national framework level",
            uk(level={"eqf": 6, "qf_ehea_cycle": "first"}),
            "MC-LV-004",
            "no national framework level is given",
        ),
        ("attendance is the only assessment", uk(assessment=ATTENDANCE), "MC-AS-002", "only assessment is attendance"),
    ],
    "microbol": [
        (
            "hours and no ECTS at EQF 5, the lowest level ECTS are asked for",
            changed(workload={"hours": 140}, level={"eqf": 5, "qf_ehea_cycle": "short"}),
            "MC-WL-001",
            "without ECTS credits",
        ),
        (
            "external quality assurance that names no body",
            changed(
                quality_assurance={**baseline()["quality_assurance"], "external": {"country": "NL", "framework": "ESG"}}
            ),
            "MC-QA-001",
            "without naming the body",
        ),
        (
            "the provider named as its own external reviewer",
            changed(
                quality_assurance={
                    **baseline()["quality_assurance"],
                    "external": {"body": "Hogeschool van Amsterdam", "country": "NL", "framework": "ESG"},
                }
            ),
            "MC-QA-001",
            "is the awarding body itself",
        ),
    ],
}


@pytest.mark.parametrize(
    ("profile", "case", "data", "rule", "fragment"),
    [(p, *c) for p, cases in CASES.items() for c in cases],
    ids=[f"{p}:{c[0]}" for p, cases in CASES.items() for c in cases],
)
def test_passes_eu_2022_fails_the_profile_for_the_documented_reason(
    profile: str, case: str, data: dict[str, Any], rule: str, fragment: str
) -> None:
    assert_fails_only_the_profile(data, profile, rule, fragment)


@pytest.mark.parametrize(
    ("profile", "data"),
    [("uk-qaa", uk()), ("microbol", baseline()), ("microbol", uk())],
    ids=["uk-qaa:UK offer", "microbol:good offer", "microbol:UK offer"],
)
def test_a_good_offer_passes_the_profile(profile: str, data: dict[str, Any]) -> None:
    judged = result(data, profile)
    assert judged.status == "pass", [f.to_dict() for f in judged.findings if f.severity.value == "error"]


class TestUkQaaEdges:
    @pytest.mark.parametrize(
        "workload",
        [
            {"hours": 10, "other_credits": {"system": "UK credits", "value": 1}},
            {"hours": 100, "other_credits": {"system": "SCQF credit points", "value": 10}},
            {"ects": 5, "hours": 125},
        ],
        ids=["one UK credit", "SCQF credit points", "ECTS alone"],
    )
    def test_any_credit_at_the_lowest_level_is_credit_bearing(self, workload: dict[str, Any]) -> None:
        data = uk(workload=workload, level={"eqf": 2, "nqf": {"framework": "RQF", "level": 1}})
        assert errors(data, "uk-qaa", "MC-WL-001") == []

    def test_no_size_range_is_set(self) -> None:
        assert "MC-WL-003" not in load_rubric("uk-qaa").rules
        assert (
            result(uk(workload={"hours": 10, "other_credits": {"system": "UK credits", "value": 1}}), "uk-qaa").status
            == "pass"
        )

    @pytest.mark.parametrize(
        "nqf",
        [
            {"framework": "SCQF", "level": 10},
            {"framework": "CQFW", "level": 6},
            {"framework": "RQF", "level": 6},
            {"framework": "FQHEIS", "level": 10},
            {"framework": "Framework for Qualifications of Higher Education Institutions in Scotland", "level": 10},
        ],
    )
    def test_a_level_of_any_uk_framework_is_given(self, nqf: dict[str, Any]) -> None:
        assert errors(uk(level={"eqf": 6, "nqf": nqf}), "uk-qaa", "MC-LV-004") == []

    def test_a_level_of_another_countrys_framework_is_not_a_uk_level(self) -> None:
        found = errors(uk(level={"eqf": 6, "nqf": {"framework": "NLQF", "level": 6}}), "uk-qaa", "MC-LV-004")
        assert found == ["the NQF level is given in NLQF, but this profile requires FHEQ/FQHEIS/SCQF/CQFW/RQF"]

    def test_an_assessment_beside_attendance_tests_the_outcomes(self) -> None:
        assessment = {**ATTENDANCE, "types": ["attendance", "written-examination"]}
        assert errors(uk(assessment=assessment), "uk-qaa", "MC-AS-002") == []


class TestMicrobolEdges:
    def test_no_size_range_is_set(self) -> None:
        assert "MC-WL-003" not in load_rubric("microbol").rules

    def test_hours_below_higher_education_levels_are_not_asked_for_ects(self) -> None:
        data = changed(workload={"hours": 140}, level={"eqf": 4})
        assert errors(data, "microbol", "MC-WL-001") == []

    def test_external_quality_assurance_naming_its_agency_passes(self) -> None:
        assert errors(baseline(), "microbol", "MC-QA-001") == []

    def test_no_external_quality_assurance_is_not_this_rules_finding(self) -> None:
        qa = {"internal": baseline()["quality_assurance"]["internal"]}
        assert errors(changed(quality_assurance=qa), "microbol", "MC-QA-001") == []


@pytest.mark.parametrize("profile", ["uk-qaa", "microbol"])
def test_profile_is_bundled_and_documents_its_source_and_every_threshold(profile: str) -> None:
    assert profile in bundled_rubrics()
    rubric = load_rubric(profile)
    assert rubric.id == profile and rubric.extends == ("eu-2022",)
    assert "Not bundled" in rubric.description
    documents_every_threshold(profile)


@pytest.mark.parametrize(("profile", "title"), [("uk-qaa", "QAA Characteristics"), ("microbol", "MICROBOL Common")])
def test_rules_listing_shows_the_profile_with_its_thresholds(
    run_cli: Callable[..., Result], profile: str, title: str
) -> None:
    outcome = run_cli("rules", "--rubric", profile)
    assert outcome.exit_code == 0
    assert f"Rubric {profile} 1.0: {title}" in outcome.output
    assert "Thresholds this rubric sets:" in outcome.output
