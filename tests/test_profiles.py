"""Bundled profiles: each extends eu-2022, documents every threshold, and fails for its documented reason."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.resources import bundled
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, baseline

PROFILES = ("emc-cmf", "nl-pilot", "nzqa", "au-nmf", "ie-nfq")


def changed(**fields: Any) -> dict[str, Any]:
    data = baseline()
    data.update(fields)
    return data


# profile -> [(case, descriptor, rule that must fail it, message fragment)]
CASES: dict[str, list[tuple[str, dict[str, Any], str, str]]] = {
    "emc-cmf": [
        (
            "2 ECTS is below 4-6 ECTS",
            changed(workload={"ects": 2, "hours": 55}),
            "MC-WL-003",
            "below the minimum of 4 ECTS",
        ),
        ("EQF 3 is below EQF 4-7", changed(level={"eqf": 3}), "MC-LV-001", "outside the range EQF 4-7"),
        (
            "no identity verification at assessment",
            changed(assessment={**baseline()["assessment"], "supervision": "supervised-no-id-check"}),
            "MC-AS-003",
            "requires",
        ),
        (
            "stand-alone, not towards a degree",
            changed(stackability={"type": "stand-alone"}),
            "MC-SK-001",
            "requires credit towards",
        ),
    ],
    "nl-pilot": [
        (
            "2 EC is below 3-30 EC",
            changed(workload={"ects": 2, "hours": 55}),
            "MC-WL-003",
            "below the minimum of 3 ECTS",
        ),
        ("no EQF level", changed(level={"nqf": {"framework": "NLQF", "level": 6}}), "MC-LV-001", "requires one"),
    ],
    "nzqa": [
        (
            "1 ECTS is 2.8 NZ credits, below 5-40",
            changed(workload={"ects": 1, "hours": 28}),
            "MC-WL-003",
            "below the minimum of 5 NZQCF credits",
        ),
        (
            "'Diploma' in the title",
            changed(title={"en": "Diploma in Data Ethics", "nl": "Diploma data-ethiek"}),
            "MC-TT-001",
            "'diploma'",
        ),
    ],
    "au-nmf": [
        ("half an hour of learning", changed(workload={"hours": 0.5}), "MC-WL-003", "below the minimum of 1 hours"),
        (
            "attendance is the only assessment",
            changed(assessment={"types": ["attendance"]}),
            "MC-AS-002",
            "only assessment is attendance",
        ),
    ],
    "ie-nfq": [
        ("NLQF instead of an NFQ level", baseline(), "MC-LV-004", "requires NFQ"),
        (
            "NFQ 9 is EQF 7, not 6",
            changed(level={"eqf": 6, "nqf": {"framework": "NFQ", "level": 9}}),
            "MC-LV-003",
            "corresponds to EQF 7",
        ),
    ],
}


def result(data: dict[str, Any], rubric: str):
    return check_documents([Document(source="case.yaml", data=data, format="yaml")], rubric=rubric, now=NOW).results[0]


@pytest.mark.parametrize(
    ("profile", "case", "data", "rule", "fragment"),
    [(p, *c) for p, cases in CASES.items() for c in cases],
    ids=[f"{p}:{c[0]}" for p, cases in CASES.items() for c in cases],
)
def test_passes_eu_2022_fails_the_profile_for_the_documented_reason(
    profile: str, case: str, data: dict[str, Any], rule: str, fragment: str
) -> None:
    assert_fails_only_the_profile(data, profile, rule, fragment)


def assert_fails_only_the_profile(data: dict[str, Any], profile: str, rule: str, fragment: str) -> None:
    """``data`` passes eu-2022 and fails ``profile`` by an error of ``rule`` saying ``fragment``, a threshold the
    profile documents."""
    eu = result(data, "eu-2022")
    assert eu.status == "pass", [f.to_dict() for f in eu.findings if f.severity.value == "error"]
    judged = result(data, profile)
    assert judged.status == "fail"
    errors = [f for f in judged.findings if f.rule == rule and f.severity.value == "error"]
    assert errors and fragment in errors[0].message, [f.to_dict() for f in judged.findings if f.rule == rule]
    documented = {t["rule"] for t in load_rubric(profile).thresholds}
    assert rule in documented


@pytest.mark.parametrize("profile", PROFILES)
def test_the_good_offer_passes_every_profile_but_ie_nfq(profile: str) -> None:
    data = baseline() if profile != "ie-nfq" else changed(level={"eqf": 6, "nqf": {"framework": "NFQ", "level": 8}})
    assert result(data, profile).status == "pass"


@pytest.mark.parametrize("profile", PROFILES)
def test_profile_documents_its_source_and_every_threshold(profile: str) -> None:
    rubric = load_rubric(profile)
    assert rubric.extends == ("eu-2022",)
    assert rubric.source.strip() and rubric.description.strip()
    raw = yaml.safe_load(bundled("rubrics", f"{profile}.yaml").read_text(encoding="utf-8"))
    documented = {t["rule"] for t in raw["thresholds"]}
    assert set(raw["rules"]) == documented, "every rule the profile sets needs a thresholds entry, and only those"
    for threshold in raw["thresholds"]:
        assert threshold["setting"].strip() and threshold["source"].strip()
    for rule_id, setting in raw["rules"].items():
        assert (rule_id in rubric.rules) is (setting != "off")


@pytest.mark.parametrize("profile", ["nzqa", "au-nmf"])
def test_a_profile_outside_the_ehea_does_not_ask_for_ects(profile: str) -> None:
    data = changed(
        workload={"hours": 100}, level={"not_applicable": "Short professional course, not aligned to a framework."}
    )
    assert "MC-WL-001" in {f.rule for f in result(data, "eu-2022").findings}
    assert "MC-WL-001" not in {f.rule for f in result(data, profile).findings}


def test_rules_listing_shows_a_profile_with_its_thresholds(run_cli) -> None:
    outcome = run_cli("rules", "--rubric", "nzqa")
    assert outcome.exit_code == 0
    text = outcome.output
    assert "Rubric nzqa 1.0: NZQA micro-credentials (New Zealand) (extends eu-2022)" in text
    assert "Source: NZQA" in text
    assert "Thresholds this rubric sets:" in text and "MC-TT-001  forbidden_words diploma, degree, national" in text
    assert "MC-WL-003  error   weight 2" in text and "min_credits=5" in text
