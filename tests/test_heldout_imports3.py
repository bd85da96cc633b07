"""Held-out imported files, third set: what real issuing tools export, as their documentation and examples show it.

``tests/heldout_imports3`` holds files written, before the checker was run on them, from the documented output of
the tools that issue them: the European Commission's EDC issuer (ELM 3 with ``urn:epass:`` ids, a
``displayParameter``, titles in several languages, parts, credit points, grading schemes; its upload wrapper, a
compact JWS, the DC4EU upload document and the EUDI wallet's SD-JWT VC), EDCI's Europass XML (ELM v2), EBSI's
VerifiableDiploma, Open Badges 2.0 as Badgr/Canvas Credentials, Credly, Accredible, Open Badge Factory and
edubadges export it (also baked in a PNG or an SVG), Open Badges 3.0 as 1EdTech's examples and the platforms
write it (proof sets, VC-JWT and VC-JOSE, CLR, alignments with a framework, results naming their description)
and CTDL as the Credential Registry and Credential Finder give it. About half are complete as far as their
format expresses the Annex I elements; the others carry one realistic gap or quirk (a date without zone, a
number as a string or with a decimal comma, a concept of another URI form, an organisation by id only).
``expectations.yaml`` gives, for each, the kind of each result, element verdicts and values, and the rules that
must report; every other rule must stay silent (the outcome rules, MC-LO-*, aside). An expectation still unmet
is marked ``known`` (a strict xfail).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout import assert_exactly_expected, assert_imported_as_expected, expectations, expected_cases

FOLDER = Path(__file__).resolve().parent / "heldout_imports3"
EXPECTATIONS = expectations(FOLDER)


def test_every_file_has_an_expectation() -> None:
    assert {p.name for p in FOLDER.iterdir()} - {"expectations.yaml"} == set(EXPECTATIONS)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_file_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_file_imports_as_expected(name: str) -> None:
    assert_imported_as_expected(FOLDER, EXPECTATIONS[name], name)
