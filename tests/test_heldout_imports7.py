"""Held-out imported files, seventh set: ELM, Open Badges 2.0/3.0 and CTDL as other issuers' software writes them,
each written before the checker was run on it.

``tests/heldout_imports7`` holds credentials in a presentation whose ``verifiableCredential`` is one object, a
VP-JWT holding a VC-JWT or an enveloped ``vc+jwt``, SD-JWT VCs with array-element and recursive disclosures and a
key-binding JWT; ``@context`` in another order, with extra contexts, an inline prefix or an inline ``@language``;
language value arrays (``[{"@value", "@language"}]``) in all formats; expanded ELM with typed literals and an
``@list``; ``@graph`` documents listed last-first with references by bare ids and by ``{"@id"}`` objects; ELM
achievements of modules (``hasPart``, one and two levels) and two achievements; dates with offsets, fractions,
date-only and as typed literals; CTDL with full-IRI keys, competencies by ``targetNode``, a search response whose
item is a whole graph; and broken ones (nodes without type, references to ids nothing describes, circular
references, credentials and CTDL resources without a type). The expectations (``expectations.yaml``, keys as in ``tests/test_heldout_imports.py``) were written
first; an expectation still unmet is a strict xfail. Inputs made from them (a string of 50 MB, one of 3 MB, a
presentation of an ELM and an Open Badges credential) are made by the tests, not kept as files.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from qa_checker.limits import Limits
from qa_checker.runner import run
from tests.heldout import config, findings, import_set_tests
from tests.timing import assert_linear

FOLDER = Path(__file__).resolve().parent / "heldout_imports7"
(
    test_every_file_has_an_expectation,
    test_file_gets_exactly_the_expected_findings,
    test_file_imports_as_expected,
) = import_set_tests(FOLDER)


def _with_description(tmp_path: Path, size: int) -> Path:
    """The folder's complete ELM credential with a specification description of ``size`` characters."""
    data = json.loads((FOLDER / "elm-context-reordered-extra-contexts.json").read_text(encoding="utf-8"))
    spec = data["credentialSubject"]["hasClaim"][0]["specifiedBy"]
    spec["description"] = {"en": "Relational databases. " * (size // 22)}
    path = tmp_path / "elm-long-description.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_50_mb_string_is_refused_by_size_quickly(tmp_path: Path) -> None:
    path = _with_description(tmp_path, 50 * 1024 * 1024)
    # The size limit is what keeps the read short: it is the one finding, before anything is parsed.
    assert [rule for rule, _ in findings(path)] == ["MC-LD-005"]


def test_a_3_mb_string_is_read_within_the_limit(tmp_path: Path) -> None:
    found = findings(_with_description(tmp_path, 3 * 1024 * 1024))
    assert found == [], found
    assert_linear(lambda n: findings(_with_description(tmp_path, n)), 256 * 1024, 1024 * 1024)


def test_a_presentation_of_an_elm_and_an_open_badge_credential_is_two_results(tmp_path: Path) -> None:
    elm = json.loads((FOLDER / "elm-vp-vc2-credential-as-object.json").read_text(encoding="utf-8"))
    ob3 = json.loads((FOLDER / "ob3-vp-credential-object-extra-context.json").read_text(encoding="utf-8"))
    path = tmp_path / "presentation.json"
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": "VerifiablePresentation",
        "verifiableCredential": [elm["verifiableCredential"], ob3["verifiableCredential"]],
    }
    path.write_text(json.dumps(presentation), encoding="utf-8")
    report = run([str(path)], config("eu-2022"))
    sources = [(r.kind, (r.imported_from or "").split(" (")[0]) for r in report.results]
    assert sources == [
        ("credential", "ELM v3 EuropeanDigitalCredential"),
        ("credential", "Open Badges 3.0 OpenBadgeCredential"),
    ]


def test_a_50_mb_string_over_a_raised_file_limit_is_refused_where_it_is(tmp_path: Path) -> None:
    path = _with_description(tmp_path, 50 * 1024 * 1024)
    raised = replace(config("eu-2022"), limits=Limits(max_bytes=100 * 1024 * 1024))
    (result,) = run([str(path)], raised).results
    found = [(f.rule, f.origin.pointer if f.origin else None) for f in result.findings if f.rule == "MC-LD-005"]
    assert found == [("MC-LD-005", "/credentialSubject/hasClaim/0/specifiedBy/description/en")]
