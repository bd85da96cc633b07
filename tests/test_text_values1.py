"""Texts that contradict the descriptor's own values, round one: what a QA reviewer spots when the prose and the
fields disagree.

``tests/text_values1`` holds offers in English, German, French, Spanish, Italian, Dutch and Polish (YAML and JSON)
whose summary (or title) states a workload, an EQF level, a form of participation, a price of nothing, a language of
instruction or the year a run starts that the structured fields contradict (MC-TP-002), and the hard passes beside
each class that must stay silent: a figure of something else, an approximation or a bound, each part's figure, a
past run, a price of nothing for one group, the language of the materials. ``expectations.yaml`` says which rules must report and where, each decided before the checker ran;
every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout import assert_exactly_expected, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "text_values1"
EXPECTATIONS = expectations(FOLDER)


def test_every_text_values_descriptor_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 45, flawed_one_in=2)
    assert {name.split("-")[0] for name in EXPECTATIONS} == {"en", "de", "fr", "es", "it", "nl", "pl"}
    assert {name.rsplit(".", 1)[1] for name in EXPECTATIONS} == {"yaml", "json"}


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_text_values_descriptor_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)
