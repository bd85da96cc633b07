"""Held-out imported files, sixth set: real producers' files as published, each written before the checker was run
on it, in the shapes the producers' published examples and documentation show (no producer's file copied).

``tests/heldout_imports6`` holds the DC4EU/EBSI pilot's ELM on the VC 2.0 context with every term under ``elm:``
(``dc:title``, ``skos:notation``, ``elm:EQFLevel``), JAdES-signed as JWS JSON in the general and the flattened
serialization, with a credit framework or mode URI that is no EU concept, credits only as the claim's
``creditReceived``, and the pilot's simplified snippet with ``hasCredential``; the EDC issuer's ELM on the VC 1.1
context (supplementary document, accreditation on the awarding body, outcome summary, an entitlement only, a
certificate of participation, a claim by an undescribed id); walt.id's ``VerifiableDiploma2`` with the type on the
subject only (also as a VC-JWT); Open Badges 2.0 as Canvas Credentials/Badgr and Open Badge Factory publish it
(signed, a URL recipient, bare badge classes with EQF alignments by concept or by framework name, an ESCO portal
link, baked in a PNG as a compact JWS or as a URL, an SVG with only its ``verify`` URL); Open Badges 3.0 as 1EdTech's
examples and Accredible and Canvas write it (rubric results, ``achievedLevel``, hashed identity objects, a VC-JWT,
an achievement by URL, ESCO portal links, an EQF alignment without ``targetType``); CTDL as the Credential Registry
gives it (``en-US`` maps, credit units as alignment objects, an owner in a blank node or only by URL, two delivery
types, a learning programme, an envelope of a graph); schema.org courses with ``DefinedTerm`` outcomes, a
programme, a credential alone, Google's course-list carousel and a Yoast page graph. The expectations
(``expectations.yaml``, keys as in ``tests/test_heldout_imports.py``) were written first; an expectation still unmet
is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout import import_set_tests

FOLDER = Path(__file__).resolve().parent / "heldout_imports6"
(
    test_every_file_has_an_expectation,
    test_file_gets_exactly_the_expected_findings,
    test_file_imports_as_expected,
) = import_set_tests(FOLDER)
