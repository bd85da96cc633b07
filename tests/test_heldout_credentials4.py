"""Held-out issued credentials, set 4: the learner and the award as registrars write them.

``tests/heldout_credentials4`` holds issued micro-credentials of universities, VET providers and MOOC platforms in
twelve languages: learners' names in several scripts and orders, with particles and double surnames, or an identifier
alone; dates of birth and of issuing against the learning; grades of national schemes (lower or higher the better,
worded, ECTS grades) at and beside the pass; supervision applied; stacks. ``expectations.yaml`` says which rules must
report, and where (``gap``: a mistake no rule of the reference judges), each decided before the checker ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.heldout import assert_exactly_expected, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_credentials4"
EXPECTATIONS = expectations(FOLDER)


def test_every_credential_of_set_4_has_an_expectation() -> None:
    files = expected_files(FOLDER, EXPECTATIONS, 55, flawed_one_in=3)
    assert all(yaml.safe_load((FOLDER / f).read_text(encoding="utf-8"))["kind"] == "credential" for f in files)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_credential_of_set_4_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)
