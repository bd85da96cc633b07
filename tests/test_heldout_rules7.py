"""Held-out descriptors, round seven: the profiles' own ground.

``tests/heldout_rules7`` holds descriptors written as providers under each bundled profile write them (ie-nfq,
nl-pilot, uk-qaa, au-nmf, nzqa, emc-cmf, microbol): in the country's languages (Irish and English, Dutch, Welsh and
English, Māori and English, French, Spanish, Italian, German), at and around each threshold (exactly at, just under,
just over; workload in hours, ECTS, EC, studiepunten, CFU, UK, SCQF, CQFW and NZQCF credits), with the level
frameworks the countries use (NFQ, NLQF, FHEQ, FQHEIS, SCQF, CQFW, RQF, AQF, NZQCF) beside or instead of the EQF,
stacked credentials and parts of a programme, and joint offers by bodies of two countries checked under one profile.
``expectations.yaml`` says which rules must report, and where, each decided from the profile's published rules before
the checker ran; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qa_checker.rules.consistency import nqf_framework
from tests.conftest import baseline
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules7"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 120)
    assert {entry["rubric"] for entry in EXPECTATIONS.values()} == {
        "ie-nfq",
        "nl-pilot",
        "uk-qaa",
        "au-nmf",
        "nzqa",
        "emc-cmf",
        "microbol",
    }


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize(
    ("rubric", "level", "told"),
    [
        ("emc-cmf", {"nqf": {"framework": "FHEQ", "level": 7}}, False),  # EQF 7
        ("emc-cmf", {"nqf": {"framework": "SCQF", "level": 11}}, False),  # EQF 7
        ("emc-cmf", {"qf_ehea_cycle": "short"}, False),  # EQF 5
        ("emc-cmf", {"nqf": {"framework": "RQF", "level": 2}}, True),  # EQF 3, under the range
        ("emc-cmf", {"nqf": {"framework": "NFQ", "level": 10}}, True),  # EQF 8, over it
        ("emc-cmf", {"nqf": {"framework": "AQF", "level": 7}}, True),  # no known referencing: no EQF level
        ("nl-pilot", {"nqf": {"framework": "NLQF", "level": 6}}, True),  # the badge asks for the EQF field itself
    ],
)
def test_a_profile_admitting_the_national_equivalent_reads_the_eqf_level_it_stands_for(
    rubric: str, level: dict[str, Any], told: bool
) -> None:
    data = baseline()
    data["level"] = level
    assert (("MC-LV-001", "/level") in data_findings(data, rubric)) is told


@pytest.mark.parametrize(
    ("name", "countries", "framework"),
    [
        ("The framework for higher education qualifications in England, Wales and Northern Ireland", {"GB"}, "FHEQ"),
        ("The Framework for Higher Education Qualifications of UK Degree-Awarding Bodies", {"GB"}, "FHEQ"),
        ("Fframwaith Credydau a Chymwysterau Cymru", {"GB"}, "CQFW"),
        ("The Scottish Credit and Qualifications Framework", {"GB"}, "SCQF"),
        ("The National Framework of Qualifications", {"IE"}, "NFQ"),
        ("The National Framework of Qualifications", {"HU"}, "MKKR"),  # a generic name: the bodies' own framework
        ("The National Framework of Qualifications", {"HU", "AT"}, None),  # of two countries: none
    ],
)
def test_a_framework_is_known_by_its_full_titles_and_with_the_article(
    name: str, countries: set[str], framework: str | None
) -> None:
    assert nqf_framework(name, frozenset(countries)) == framework


@pytest.mark.parametrize(
    ("rubric", "told"), [("eu-2022", False), ("nl-pilot", True), ("uk-qaa", True), ("emc-cmf", True)]
)
def test_a_profile_asking_credits_at_every_level_asks_them_of_vocational_training_too(rubric: str, told: bool) -> None:
    data = baseline()
    data["level"] = {"eqf": 5}
    data["workload"] = {"hours": 100}
    data["quality_assurance"]["external"] = {
        "body": "Inspectie van het Onderwijs",
        "country": "NL",
        "framework": "EQAVET",
    }
    assert (("MC-WL-001", "/workload") in data_findings(data, rubric)) is told
