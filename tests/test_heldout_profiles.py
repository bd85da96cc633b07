"""Held-out descriptors under the national and sector profiles, and every profile threshold checked against its source.

``tests/heldout_profiles`` holds descriptors at and around every threshold of emc-cmf, nl-pilot, nzqa, au-nmf, ie-nfq,
uk-qaa and microbol (just inside, on, just outside), in each country's conventions; ``expectations.yaml`` names each
file's profile and the rules that must report, decided before the checker ran; every other rule must stay silent,
MC-LO-* excepted.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from qa_checker.ects import is_ects, same_credit_system
from qa_checker.resources import bundled, bundled_yaml
from tests.conftest import baseline
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases

FOLDER = Path(__file__).resolve().parent / "heldout_profiles"
EXPECTATIONS = expectations(FOLDER)
PROFILES = ("emc-cmf", "nl-pilot", "nzqa", "au-nmf", "ie-nfq", "uk-qaa", "microbol")


def profile(name: str) -> dict[str, Any]:
    """A bundled profile's YAML as written."""
    loaded: dict[str, Any] = bundled_yaml(bundled("rubrics", f"{name}.yaml"))
    return loaded


def test_every_profile_has_its_held_out_descriptors() -> None:
    files = {p.name for p in FOLDER.iterdir()} - {"expectations.yaml"}
    assert files == set(EXPECTATIONS)
    for name in PROFILES:
        mine = [entry for entry in EXPECTATIONS.values() if entry["rubric"] == name]
        assert len(mine) >= 8, name
        assert any(entry["fire"] for entry in mine) and any(not entry["fire"] for entry in mine), name


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize("name", PROFILES)
def test_every_rule_a_profile_changes_is_a_documented_threshold_with_its_source(name: str) -> None:
    rubric = profile(name)
    documented = [threshold["rule"] for threshold in rubric["thresholds"]]
    assert sorted(set(documented)) == sorted(rubric["rules"])
    assert all(str(threshold.get("source", "")).strip() for threshold in rubric["thresholds"])


@pytest.mark.parametrize("name", PROFILES)
def test_a_threshold_states_every_number_its_profile_sets(name: str) -> None:
    rubric = profile(name)
    settings: dict[str, str] = {}
    for threshold in rubric["thresholds"]:
        settings[threshold["rule"]] = settings.get(threshold["rule"], "") + " " + threshold["setting"]
    for rule, change in rubric["rules"].items():
        options = change.get("options", {}) if isinstance(change, dict) else {}
        for option, value in options.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                stated = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", settings[rule])}
                assert float(value) in stated, f"{name} {rule} {option}={value} not in {settings[rule]!r}"


@pytest.mark.parametrize(
    ("given", "profile_name", "same"),
    [
        ("NZQCF credits", "NZQCF", True),
        ("NZQA credits", "NZQCF", True),
        ("NZ credits", "NZQCF", True),
        ("New Zealand credits", "NZQCF", True),
        ("CATS points", "UK", True),
        ("UK credits", "UK", True),
        ("FET credits", "QQI FET", True),
        ("SCQF credit points", "UK", False),  # Scotland's own framework, not the UK credit
        ("NZQCF", "UK", False),
        ("ECTS", "NZQCF", False),
    ],
)
def test_a_credit_system_under_its_other_names(given: str, profile_name: str, same: bool) -> None:
    assert same_credit_system(given, profile_name) is same


@pytest.mark.parametrize(
    ("system", "ects"),
    [
        ("studiepunten (EC)", True),
        ("opintopistettä (op)", True),
        ("kredity (ECTS)", True),
        ("Leistungspunkte / LP", True),
        ("UK credits (CATS)", False),
        ("YH-poäng (yrkeshögskolepoäng)", False),
        ("CPD hours (h)", False),
    ],
)
def test_the_ects_credit_named_beside_its_abbreviation(system: str, ects: bool) -> None:
    assert is_ects(system) is ects


@pytest.mark.parametrize(("credits", "fails"), [(9, True), (10, False), (15, False), (16, True)])
def test_emc_holds_uk_credits_to_ten_to_fifteen(credits: int, fails: bool) -> None:
    data = baseline()
    data["workload"] = {"other_credits": {"system": "UK credits", "value": credits}, "hours": 125}
    found = [pointer for rule, pointer in data_findings(data, "emc-cmf") if rule == "MC-WL-003"]
    assert (found == ["/workload/other_credits/value"]) is fails
    assert not found or fails
