"""Held-out descriptors, round twenty-five: continuing professional development and sectoral professional bodies.

``tests/heldout_rules25`` holds offers and issued credentials of medical chambers and CME providers, nursing and
pharmacy councils, engineering chambers, bar associations, teacher in-service training, financial advisers' bodies,
industry academies, chambers of commerce and crafts and maritime training centres, in ten languages: CPD points
beside hours, levels that do not apply, accreditation by the professional body. ``expectations.yaml`` says which rules
must report, and where, each decided from the rule reference before the checker ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout import assert_exactly_expected, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules25"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_25_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 55, flawed_one_in=3)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_25_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)
