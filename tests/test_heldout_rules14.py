"""Held-out descriptors, round fourteen: workload and credits in systems other than plain ECTS.

``tests/heldout_rules14`` holds offers of universities, a further-education board, a chamber and professional
bodies in the UK, Ireland, Malta, Belgium, the Netherlands, Germany, Austria, Switzerland and Italy, whose workload
comes as continuing-professional-development and cross-border providers write it: UK credits (CATS), SCQF and CQFW
credit points, QQI credits, ECVET points, US semester credit hours, CEUs, CME credits, CPD hours, PDH and CPE
credits, teaching units (Unterrichtseinheiten of 45 minutes, SWS, Lektionen), ore di lezione beside ore di impegno;
contact hours given as the whole workload, another system's credits copied into ``ects``, hours as a range or as
hours a week times weeks. ``expectations.yaml`` says which rules must report, and where, each decided before the
checker ran; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.ects import counts_hours, hours_per_credit
from tests.conftest import baseline
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules14"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_14_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 35, flawed_one_in=2)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_14_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize(
    ("system", "hours"),
    [
        ("Unterrichtseinheiten à 45 Minuten", True),
        ("UE", True),
        ("Lehreinheiten (LE)", True),
        ("Semesterwochenstunden (SWS)", True),
        ("SWS", True),
        ("Lektionen", True),
        ("UE-Credits", False),
        ("crédits UE", False),
        ("CEU", False),
    ],
)
def test_units_of_teaching_time_are_hours_not_credits(system: str, hours: bool) -> None:
    assert counts_hours(system) is hours


@pytest.mark.parametrize(
    ("system", "higher_education", "per_credit"),
    [
        ("QQI credits", False, 10),
        ("QQI credits", True, None),
        ("QQI FET credits", True, 10),
        ("FET credits", False, 10),
        ("CATS points", True, 10),
    ],
)
def test_qqi_credits_are_further_education_credits_outside_higher_education(
    system: str, higher_education: bool, per_credit: int | None
) -> None:
    assert hours_per_credit(system, higher_education=higher_education) == per_credit


@pytest.mark.parametrize(
    ("workload", "country", "at"),
    [
        ({"ects": 15, "hours": 150, "other_credits": {"system": "UK credits", "value": 15}}, "GB", "/workload/ects"),
        ({"ects": 20, "hours": 200, "other_credits": {"system": "SCQF points", "value": 20}}, "GB", "/workload/ects"),
        (
            {"ects": 10, "hours": 100, "other_credits": {"system": "QQI FET credits", "value": 10}},
            "IE",
            "/workload/ects",
        ),
        ({"ects": 15, "hours": 150, "other_credits": {"system": "ECVET points", "value": 15}}, "NL", "/workload/hours"),
        ({"ects": 15, "hours": 150}, "NL", "/workload/hours"),
    ],
)
def test_the_ects_are_the_slip_where_credits_of_known_hours_vouch_for_the_hours(
    workload: dict[str, object], country: str, at: str
) -> None:
    data = baseline()
    data["awarding_bodies"][0]["country"] = country
    data["awarding_bodies"][0].pop("region")
    data["workload"] = workload
    assert {p for r, p in data_findings(data) if r == "MC-WL-002"} == {at}
