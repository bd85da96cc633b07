"""Held-out imported files, thirteenth set: the Open Education API and Edubadges, each written with invented
content before the checker was run on it.

``tests/heldout_imports13`` holds, as ``README.md`` there says which public example each follows: OOAPI v5 courses,
programs, offerings and education specifications (relations expanded and given by id, paginated lists, consumers,
language-typed strings with a language missing, each unit of study load, levels and modes of delivery, dates written
as dates and date-times), OOAPI v4 resources, responses that hold no learning opportunity (an error body, an empty page,
an organization, a component offering), and Edubadges micro-credentials with the profile's extensions. The expectations (``expectations.yaml``, keys as in
``tests/test_heldout_imports.py``) were written first; an expectation still unmet is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout import import_set_tests

FOLDER = Path(__file__).resolve().parent / "heldout_imports13"
(
    test_every_file_has_an_expectation,
    test_file_gets_exactly_the_expected_findings,
    test_file_imports_as_expected,
) = import_set_tests(FOLDER)
