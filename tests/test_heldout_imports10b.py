"""Held-out imported files, set 10b: CTDL inside a Verifiable Credential, each written with invented content before
the checker was run on it.

``tests/heldout_imports10b`` holds, as ``README.md`` there says which public example each follows, the shapes of
Credential Engine's CTDL-in-VC examples beyond the two of ``tests/heldout_imports10``: a degree with the competencies
it requires beside it on the VC 2.0 context, a degree and an issuer linked to their registry records, a certificate
given by registry id and type only, a course in a VC-JWT, and an assessment profile (read since tests/heldout_imports12).
The expectations (``expectations.yaml``, keys as in ``tests/test_heldout_imports.py``) were written first; an
expectation still unmet is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout import import_set_tests

FOLDER = Path(__file__).resolve().parent / "heldout_imports10b"
(
    test_every_file_has_an_expectation,
    test_file_gets_exactly_the_expected_findings,
    test_file_imports_as_expected,
) = import_set_tests(FOLDER)
