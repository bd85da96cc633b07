"""Held-out descriptors, round fifteen: levels and proficiency scales that are not EQF levels.

``tests/heldout_rules15`` holds offers and issued credentials of universities, chambers, adult-education centres,
language schools and professional bodies in the UK, Ireland, France, Germany, Austria, Switzerland, the
Netherlands, Poland, Spain and Italy whose level fields carry other scales: CEFR language levels, DigComp and SFIA
levels, ISCED 2011, national levels written "Level N", the old French nomenclature (niveau I-V, reversed), Bologna
cycles in words and course levels. ``expectations.yaml`` says which rules must report, and where, each decided
before the checker ran; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import baseline
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules15"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_15_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 40, flawed_one_in=2)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_15_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


def _level_findings(level: dict[str, object], country: str) -> set[tuple[str, str]]:
    """The level rules' findings on the baseline descriptor with ``level``, from a body in ``country``."""
    data = baseline()
    data["awarding_bodies"][0]["country"] = country
    data["awarding_bodies"][0].pop("region")
    data["level"] = level
    return {(rule, at) for rule, at in data_findings(data) if rule.startswith("MC-LV-")}


@pytest.mark.parametrize(
    ("level", "country", "found"),
    [
        # A CEFR level in the national level field is no level of the framework, however it is written.
        ({"nqf": {"framework": "MQF", "level": "B2"}, "qf_ehea_cycle": "short"}, "MT", {"/level/nqf/level"}),
        ({"eqf": 1, "nqf": {"framework": "CFC", "level": "niveau A1"}}, "BE", {"/level/nqf/level"}),
        ({"eqf": 5, "nqf": {"framework": "SEQF", "level": "Nivå 5 (GER C1)"}}, "SE", set()),
        # The old French levels in Roman numerals are read on their own, reversed, scale.
        ({"eqf": 7, "nqf": {"framework": "CNCP", "level": "Niveau I"}}, "FR", set()),
        ({"eqf": 6, "nqf": {"framework": "RNCP", "level": "niveau IV"}}, "FR", {"/level/nqf/level"}),
        ({"eqf": 5, "nqf": {"framework": "RNCP", "level": "Niveau III (Bac+2)"}}, "FR", set()),
        ({"nqf": {"framework": "RNCP", "level": "II"}, "qf_ehea_cycle": "short"}, "FR", {"/level/qf_ehea_cycle"}),
        # A course number is a level the framework does not have.
        ({"eqf": 5, "nqf": {"framework": "PRK", "level": "poziom 101"}}, "PL", {"/level/nqf/level"}),
        # A scale that is no qualifications framework, as the only level.
        (
            {"nqf": {"framework": "Common European Framework of Reference for Languages", "level": "C1"}},
            "IE",
            {"/level/nqf/framework"},
        ),
        ({"nqf": {"framework": "e-CF 4.0", "level": "e-3"}}, "NL", {"/level/nqf/framework"}),
        ({"eqf": 4, "nqf": {"framework": "EntreComp", "level": "Intermediate"}}, "NL", set()),
    ],
)
def test_levels_of_other_scales_are_not_national_levels(
    level: dict[str, object], country: str, found: set[str]
) -> None:
    assert {at for _, at in _level_findings(level, country)} == found
