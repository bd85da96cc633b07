"""Hollow descriptors, round one: descriptors that pass the schema but say little, as a QA reviewer meets them.

``tests/hollow_descriptors1`` holds offers and issued credentials in English, German, French, Spanish, Italian and
Dutch (YAML and JSON) whose required fields are all present, with values that carry no information or contradict
each other: the title repeated as other texts, outcomes given twice or as a topic list, an assessment or grading
scheme that only refers to the regulations, a QA description that is the provider's name, workloads and hours no
schedule holds, levels and languages that contradict the rest. ``expectations.yaml`` says which rules must report,
and where, each decided before the checker ran; every other rule must stay silent, MC-LO-* excepted (an outcome
given twice is MC-LO-008's, held to its rule fixtures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout import assert_exactly_expected, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "hollow_descriptors1"
EXPECTATIONS = expectations(FOLDER)


def test_every_hollow_descriptor_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 50, flawed_one_in=2)
    languages = {name.split("-")[0] for name in EXPECTATIONS}
    assert languages == {"en", "de", "fr", "es", "it", "nl"}
    assert {name.rsplit(".", 1)[1] for name in EXPECTATIONS} == {"yaml", "json"}


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_hollow_descriptor_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)
