"""Held-out imported files, set 10b: CTDL inside a Verifiable Credential, each written with invented content before
the checker was run on it.

``tests/heldout_imports10b`` holds, as ``README.md`` there says which public example each follows, the shapes of
Credential Engine's CTDL-in-VC examples beyond the two of ``tests/heldout_imports10``: a degree with the competencies
it requires beside it on the VC 2.0 context, a degree and an issuer linked to their registry records, a certificate
given by registry id and type only, a course in a VC-JWT, and an assessment (which the CTDL importer does not read).
The expectations (``expectations.yaml``, keys as in ``tests/test_heldout_imports.py``) were written first; an
expectation still unmet is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.heldout import assert_exactly_expected, assert_imported_as_expected, expectations, expected_cases

FOLDER = Path(__file__).resolve().parent / "heldout_imports10b"
EXPECTED = expectations(FOLDER)
CASES: list[Any] = expected_cases(EXPECTED)


def test_every_file_has_an_expectation() -> None:
    assert {p.name for p in FOLDER.iterdir()} - {"expectations.yaml", "README.md"} == set(EXPECTED)


@pytest.mark.parametrize("name", CASES)
def test_file_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTED[name], name)


@pytest.mark.parametrize("name", CASES)
def test_file_imports_as_expected(name: str) -> None:
    assert_imported_as_expected(FOLDER, EXPECTED[name], name)
