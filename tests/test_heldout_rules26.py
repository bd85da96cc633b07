"""Held-out descriptors, round twenty-six: codes and identifiers as providers write them.

``tests/heldout_rules26`` holds offers and issued credentials of universities, VET schools, lifelong-learning centres,
chambers and company academies in 24 EU/EEA countries, Switzerland and the United Kingdom, in nineteen languages, where
the interest is in the coded values: country codes (EL and UK beside GR and GB, lower case, alpha-3, names), NUTS
regions in and outside the awarding body's country, language codes and locale tags, ISCED-F fields (broad, "not
further defined", unknown, labelled, read as numbers), currencies (the euro sign, HRK and BGN after the euro), ESCO
URIs and organisation identifiers. ``expectations.yaml`` says which rules must report, and where, each decided from the
rule reference before the checker ran. At the first run 62 of the 63 agreed; the one disagreement was the label's (a
region GR30 of a Greek body, whose NUTS codes start EL).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout import assert_exactly_expected, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules26"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_26_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 60, flawed_one_in=3)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_26_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)
