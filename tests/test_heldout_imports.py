"""Held-out imported files through the importers and the rules: three sets, each written before the checker was run on
it, about half complete as far as its format expresses the Annex I elements and half with one realistic gap or
error. Each folder's ``expectations.yaml`` gives, for each file, the kind of each result (none when refused),
element verdicts and values, and the rules that must report; every other rule must stay silent (the outcome rules,
MC-LO-*, aside). An expectation still unmet is marked ``known`` (a strict xfail).

First set, as different issuers write the formats (from the specifications). ``tests/heldout_imports`` holds files
in the imported formats, written from the specifications (ELM 3, Open Badges 2.0 and 3.0, CTDL) as different issuers
write them, before the checker was run on them: ELM credentials in compact terms, prefixed names and full IRIs,
inside ``@graph``, with arrays of one written as single values, ``@value`` objects, language maps in two languages,
two achievements, a module, two awarding bodies, an entitlement beside the achievement, a compact JWS; CTDL courses
and programmes with conditions and costs; Open Badges with results, EQF and ESCO alignments and
``creditsAvailable``.

Second set, JSON-LD as producers other than the first set's write it. ``tests/heldout_imports2`` holds files written
from the specifications (ELM 3 and its JSON-LD context, Open Badges 3.0, the VC data model 2.0, CTDL) before the
checker was run on them: expanded JSON-LD without a context, flattened ``@graph`` documents with references, keys
under the context's own or the producer's prefixes (also in a context embedded in a node, or with
``@vocab``/``@base``), ``@set`` and ``@list`` objects, organisations described once and referenced elsewhere (framed
with ``@embed @once``, ``@included``, a named graph), credentials inside VC 2.0 presentations and enveloped
(``data:application/vc+jwt``, an enveloped presentation, VC-JWT strings), Open Badges results that name the
achievement's ``resultDescription`` and names as language value objects, and CTDL as the Credential Registry returns
it (``@graph`` with ``ceterms:`` resources and ``ceasn:`` competencies).

Third set, what real issuing tools export, as their documentation and examples show it. ``tests/heldout_imports3``
holds files written, before the checker was run on them, from the documented output of the tools that issue them:
the European Commission's EDC issuer (ELM 3 with ``urn:epass:`` ids, a ``displayParameter``, titles in several
languages, parts, credit points, grading schemes; its upload wrapper, a compact JWS, the DC4EU upload document and
the EUDI wallet's SD-JWT VC), EDCI's Europass XML (ELM v2), EBSI's VerifiableDiploma, Open Badges 2.0 as
Badgr/Canvas Credentials, Credly, Accredible, Open Badge Factory and edubadges export it (also baked in a PNG or an
SVG), Open Badges 3.0 as 1EdTech's examples and the platforms write it (proof sets, VC-JWT and VC-JOSE, CLR,
alignments with a framework, results naming their description) and CTDL as the Credential Registry and Credential
Finder give it.

Fourth set, producers, versions and shapes the first three leave out. ``tests/heldout_imports4`` holds files written
from the specifications before the checker was run on them: EDC credentials whose texts are in other languages only
(five languages, Lithuanian alone, Bulgarian and Greek, a title in the 23 EU languages other than English), three
achievements in one credential, ELM on the VC 2.0 context with Data Integrity proofs (``eddsa-rdfc-2022``,
``ecdsa-sd-2023``) or only ``validFrom``, ``credentialSubject`` as an array of one subject or of two learners, a
credential sealed by another body than the one awarding it, ECVET points alone, a ``Qualification`` as the
specification, a presentation of two credentials; Open Badges 3.0 with Data Integrity proofs and a selectively
disclosed derived credential, the VC 1.1 and early context URLs, an ``EndorsementCredential`` on its own, VC-JWT
registered claims (``nbf``, ``sub``, ``jti``) standing for the credential's; CLR 2.0 with associations; Open Badges 2.0
with ``@language``, an EQF alignment and a signed JWS; CTDL from the Credential Engine search API (``data``/``extra``),
``OpenBadge`` and ``DigitalBadge`` classes, texts in Irish only, two credit units, and a badge's competencies in the
registry's graph.

Fifth set, shapes the first four still misread. ``tests/heldout_imports5`` holds files written from the specifications
before the checker was run on them: schema.org course pages (JSON and HTML) with a ``CourseInstance`` published alone,
a ``courseSchedule``, several runs in different modes or workloads, ``educationalCredentialAwarded`` in words and as an
object, ``offers`` arrays, a provider's country in its own language or as an ISO alpha-3 code; one JSON-LD id given
different values in two places (schema.org, ELM, Open Badges 3.0) or the same values; several ``credentialSubject``s
of one learner; OOAPI resources as a bare JSON array and ``nqf-N`` levels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.heldout import assert_exactly_expected, assert_imported_as_expected, expectations

HERE = Path(__file__).resolve().parent
FOLDERS = tuple(
    HERE / name
    for name in ("heldout_imports", "heldout_imports2", "heldout_imports3", "heldout_imports4", "heldout_imports5")
)
EXPECTATIONS = {folder.name: expectations(folder) for folder in FOLDERS}


def _cases() -> list[Any]:
    """One case per file of each set, in name order; an entry marked ``known`` is a strict xfail."""
    return [
        pytest.param(
            folder,
            name,
            id=f"{folder}/{name}",
            marks=[pytest.mark.xfail(reason=entry["known"], strict=True)] if "known" in entry else [],
        )
        for folder, entries in EXPECTATIONS.items()
        for name, entry in sorted(entries.items())
    ]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_every_file_has_an_expectation(folder: Path) -> None:
    assert {p.name for p in folder.iterdir()} - {"expectations.yaml"} == set(EXPECTATIONS[folder.name])


@pytest.mark.parametrize(("folder", "name"), _cases())
def test_file_gets_exactly_the_expected_findings(folder: str, name: str) -> None:
    assert_exactly_expected(HERE / folder, EXPECTATIONS[folder][name], name)


@pytest.mark.parametrize(("folder", "name"), _cases())
def test_file_imports_as_expected(folder: str, name: str) -> None:
    assert_imported_as_expected(HERE / folder, EXPECTATIONS[folder][name], name)
