"""Held-out imported files, tenth set: files in the shapes of real examples that producers and specifications publish,
each written with invented content before the checker was run on it.

``tests/heldout_imports10`` holds, as ``README.md`` there says which public example each follows: Edubadges (SURF)
Open Badges 3.0 as their published examples write them (ECTS, SBU and ``timeInvestment``, ``ext:EQF`` codes, a
``data:`` image, ``inLanguage`` "en-EN", an EQF code 9, a country code XX), Open Badge Factory's twin of an ELM
micro-credential, 1EdTech's alignment to a Credential Engine credential and the validator's CLR 2.0 with nested
achievement credentials; ELM v3 in the shape of the EU's Annex I sample (on one line with ``@context`` last, in the
EDC upload wrapper) and its certificate of participation; DC4EU's simplified ELM with concepts by notation only; CTDL
as Credential Engine's ingest examples publish it (a course owned by a sandbox URL, a programme graph with its
courses, a credential recognised by a blank-node QA body, its owner in the graph or not) and CTDL inside a Verifiable
Credential; schema.org courses whose ``courseMode`` mixes the mode of study and the medium. The expectations
(``expectations.yaml``, keys as in ``tests/test_heldout_imports.py``) were written first; an expectation still unmet
is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout import import_set_tests

FOLDER = Path(__file__).resolve().parent / "heldout_imports10"
(
    test_every_file_has_an_expectation,
    test_file_gets_exactly_the_expected_findings,
    test_file_imports_as_expected,
) = import_set_tests(FOLDER)
