"""Held-out imported files through the importers and the rules.

``tests/heldout_imports`` holds files in the imported formats, written from the specifications (ELM 3, Open
Badges 2.0 and 3.0, CTDL) as different issuers write them, before the checker was run on them: ELM credentials in
compact terms, prefixed names and full IRIs, inside ``@graph``, with arrays of one written as single values,
``@value`` objects, language maps in two languages, two achievements, a module, two awarding bodies, an
entitlement beside the achievement, a compact JWS; CTDL courses and programmes with conditions and costs; Open
Badges with results, EQF and ESCO alignments and ``creditsAvailable``. About half are complete as far as their
format expresses the Annex I elements, half carry one realistic gap or error. ``expectations.yaml`` gives, for
each, the kind of each result (none when refused), element verdicts and values, and the rules that must report;
every other rule must stay silent (the outcome rules, MC-LO-*, aside). An expectation the run showed to be
unmet and that is not fixed yet is marked ``known`` (the test is then expected to fail, strictly).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout import assert_exactly_expected, assert_imported_as_expected, expectations, expected_cases

FOLDER = Path(__file__).resolve().parent / "heldout_imports"
EXPECTATIONS = expectations(FOLDER)


def test_every_file_has_an_expectation() -> None:
    assert {p.name for p in FOLDER.iterdir()} - {"expectations.yaml"} == set(EXPECTATIONS)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_file_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_file_imports_as_expected(name: str) -> None:
    assert_imported_as_expected(FOLDER, EXPECTATIONS[name], name)
