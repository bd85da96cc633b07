"""Held-out imported files, fourteenth set: credentials and badges as the platforms that issue most of them export
them, each written with invented content before the checker was run on it.

``tests/heldout_imports14`` holds, as ``README.md`` there says which public code or example each follows: Moodle's Open
Badges 2.0 assertions, badge classes, issuer and endorsement JSON (``related``, ``endorsement``, ``alignment`` and the
plural ``alignments`` older versions write) and an Open Badges 3.0 credential, Open Badge Factory's API badge and event
JSON beside its Open Badges 2.0 and 3.0 files, Credly's OBI v2 assertions and badge classes beside its API's
``badge_template`` JSON, Accredible's Open Badges 2.0 and 3.0 credentials, Europass ELM v3 credentials (several
achievements, multilingual maps, the EDCI issuer's envelope) and 1EdTech's Open Badges 3.0 shapes (VC-JWT compact, an
EndorsementCredential, a complete achievement, a bare Achievement). The expectations (``expectations.yaml``, keys as in
``tests/test_heldout_imports.py``) were written first; an expectation still unmet is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout import import_set_tests

FOLDER = Path(__file__).resolve().parent / "heldout_imports14"
(
    test_every_file_has_an_expectation,
    test_file_gets_exactly_the_expected_findings,
    test_file_imports_as_expected,
) = import_set_tests(FOLDER)
