"""Held-out imported files, eleventh set: OOAPI and Europass ELM v2 XML in the shapes real systems export, each written
with invented content before the checker was run on it.

``tests/heldout_imports11`` holds, as ``README.md`` there says which public example each follows: OOAPI v5 courses,
programs, offerings (with the course expanded), education specifications and a component, with the RIO and
eduXchange consumers, language-typed strings, ``studyLoad`` in ECTS, hours, SBU and contact time, levels as QF-EHEA
cycles, vocational levels and NLQF codes, paged lists and OOAPI v4's plain shape; ELM v2 XML credentials as the EDC
samples write them (two languages, a qualification with ECTS, EQF and ISCED-F, outcomes with a label and a
statement, a certificate of participation of activities only, a presentation of two credentials). The expectations
(``expectations.yaml``, keys as in ``tests/test_heldout_imports.py``) were written first; an expectation still unmet
is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout import import_set_tests

FOLDER = Path(__file__).resolve().parent / "heldout_imports11"
(
    test_every_file_has_an_expectation,
    test_file_gets_exactly_the_expected_findings,
    test_file_imports_as_expected,
) = import_set_tests(FOLDER)
