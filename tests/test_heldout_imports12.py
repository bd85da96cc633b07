"""Held-out imported files, twelfth set: CTDL as the Credential Registry publishes it, each written with invented
content before the checker was run on it.

``tests/heldout_imports12`` holds, as ``README.md`` there says which public example each follows: Registry envelopes,
search results, ``@graph`` and expanded JSON-LD documents and CTDL inside Verifiable Credentials, with credentials,
learning opportunity profiles, courses and assessment profiles (standalone, and linked from a credential by
``requires.targetAssessment`` through a CTID or an ``@id``), assessment methods, delivery types and proctoring, condition,
cost, duration and value profiles, audience levels and occupation and programme codes, competencies of frameworks, and
language maps in several languages. The expectations (``expectations.yaml``, keys as in
``tests/test_heldout_imports.py``) were written first; an expectation still unmet is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout import import_set_tests

FOLDER = Path(__file__).resolve().parent / "heldout_imports12"
(
    test_every_file_has_an_expectation,
    test_file_gets_exactly_the_expected_findings,
    test_file_imports_as_expected,
) = import_set_tests(FOLDER)
