"""Plausibility, round one: values that each pass their own check but cannot all be true, as a QA reviewer
spots them at a glance.

``tests/plausibility1`` holds offers (and one issued credential) in English, German, French, Spanish and Dutch
(YAML and JSON): a run decades ahead of the run's date (MC-DT-007), a workload far smaller than a duration written
in hours (MC-WL-004), further information that is only a site's root (MC-UR-002, a note), and the good offers
beside each class that must stay silent. ``expectations.yaml`` says which rules must report, where, and which
notes (``info``), each decided before the checker ran; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout import assert_exactly_expected, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "plausibility1"
EXPECTATIONS = expectations(FOLDER)


def test_every_plausibility_descriptor_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 40, flawed_one_in=2)
    assert {name.split("-")[0] for name in EXPECTATIONS} == {"en", "de", "fr", "es", "nl"}
    assert {name.rsplit(".", 1)[1] for name in EXPECTATIONS} == {"yaml", "json"}
    assert all("info" in entry for entry in EXPECTATIONS.values())


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_plausibility_descriptor_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)
