"""Held-out imported files, ninth set: course pages as published on the web, each written before the checker was run
on it.

``tests/heldout_imports9`` holds HTML pages with schema.org data: a university CMS page with breadcrumbs and an
``Organization`` block beside the ``Course`` (the provider given inline, by ``@id`` and described in another block
of the page, or by an ``@id`` described nowhere), a MOOC platform page with six JSON-LD blocks, a syntax error in the
course's block or in another block, HTML character references in the JSON's texts, a wholly HTML-escaped block, a
``//`` comment inside the JSON, the HTML-comment and CDATA wrappers CMSs put around scripts, pages in German, French
(also saved in Windows-1252), Polish, Italian and Dutch, the course as a page's ``mainEntity``, ``type`` attributes
in other spellings with a top-level JSON array, microdata or RDFa only (refused: JSON-LD is what is read) and pages
with no course data. The expectations (``expectations.yaml``, keys as in ``tests/test_heldout_imports.py``, and
``kinds`` for a page whose results differ in kind) were written first; an expectation still unmet is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout import import_set_tests

FOLDER = Path(__file__).resolve().parent / "heldout_imports9"
(
    test_every_file_has_an_expectation,
    test_file_gets_exactly_the_expected_findings,
    test_file_imports_as_expected,
) = import_set_tests(FOLDER)
