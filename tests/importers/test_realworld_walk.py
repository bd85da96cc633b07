"""Every file under ../shared/realworld is imported or refused with a clear reason (skips when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.conftest import realworld_or_skip


@pytest.fixture(scope="module")
def walked() -> dict[str, list[Document]]:
    root = realworld_or_skip()
    return {p.relative_to(root).as_posix(): load_file(p) for p in sorted(root.rglob("*")) if p.is_file()}


def test_every_file_is_imported_or_refused_with_a_reason(walked):
    assert len(walked) > 300
    for name, documents in walked.items():
        assert documents, f"{name}: nothing returned"
        for doc in documents:
            if doc.data is None:
                errors = [f for f in doc.findings if f.severity.value == "error" and f.message.strip()]
                assert errors, f"{name}: refused without a reason"
            elif not name.endswith(".xlsx"):
                # JSON inputs are either descriptors (none here) or imported from a known format.
                assert doc.imported_from and doc.format in ("elm", "ob3", "ob2", "ebsi", "ctdl"), name
                assert doc.data["descriptor_version"] == "1.0" and doc.data["kind"] in ("offer", "credential")


def _only(walked, name: str) -> Document:
    (doc,) = walked[name]
    return doc


def _refusal(walked, name: str) -> str:
    return " ".join(f.message for d in walked[name] for f in d.findings if d.data is None)


def test_non_credentials_are_refused_for_what_they_are(walked):
    # Europass XML (the LOQ upload, ELM v2 credentials) is read: see tests/importers/test_xml_loq_and_elm2.py.
    what = {".ttl": "RDF in Turtle", ".xsd": "an XML Schema", ".md": "a text document"}
    for name in walked:
        for suffix, phrase in what.items():
            if name.endswith(suffix):
                assert "unsupported file type" in _refusal(walked, name) and phrase in _refusal(walked, name), name
    assert "JSON Schema" in _refusal(walked, "dc4eu-eaa-microcredential-examples/edc-w3c-vcdm_schema.json")
    assert "JSON Schema" in _refusal(
        walked, "ob3-edubadges-nl-examples/schemas/ob_v3p0_achievementcredential_schema.json"
    )
    assert "JSON-LD context" in _refusal(walked, "elm-v3-european-learning-model/context/edc-ap-context.jsonld")
    assert "JSON-LD context" in _refusal(walked, "ob3-edubadges-nl-examples/contexts/educredential.json")
    assert "JSON-LD frame" in _refusal(walked, "edc-european-digital-credentials/context-and-shapes/frame.jsonld")
    assert "invalid JSON" in _refusal(
        walked, "ctdl-credential-engine-schema-development/QualificationsFramework__Examples__BQF.json"
    )
    assert "Accreditation" in _refusal(walked, "edc-european-digital-credentials/credentials-jsonld/acc.json")
    assert "Verifiable Presentation without credentials" in _refusal(
        walked, "edc-european-digital-credentials/credentials-jsonld/json_sealed_advanced.json"
    )


ANNEX = "elm-v3-european-learning-model/credentials-jsonld/Sample-MC-Annex1-"


@pytest.mark.parametrize("variant", ["unsigned.jsonld", "signed.jsonld", "unsigned-uploadable.json"])
def test_elm_annex_i_sample(walked, variant: str):
    doc = _only(walked, ANNEX + variant)
    data = doc.data
    assert doc.imported_from.startswith("ELM v3 EuropeanDigitalCredential")
    assert data["kind"] == "credential"
    assert data["title"] == {"en": "Digital micro-credential creation"}
    assert data["awarding_bodies"][0]["name"] == {"en": "University of Zed"}
    assert data["awarding_bodies"][0]["country"] == "IE"
    assert data["learner"]["name"] == "Ana Andromeda"
    assert data["workload"] == {"ects": 2, "hours": 60}
    assert data["level"]["eqf"] == 6
    assert data["assessment"]["types"] == ["artefact-assessment"]
    assert data["assessment"]["supervision"] == "unsupervised-no-id-check"
    assert data["participation"]["mode"] == "blended"
    assert data["grade"] == {"en": "Pass"}
    assert data["field_of_education"] == "003"
    assert len(data["learning_outcomes"]) == 2
    # Not in the sample, so reported missing rather than invented: no accreditation, and
    # isPartialQualification=false does not say whether it stacks.
    assert "quality_assurance" not in data and "stackability" not in data
    if variant == "signed.jsonld":
        assert data["issue_date"] == "2023-09-27"  # 'issued', stamped when sealed
    else:
        # Only validFrom (2022-12-31), which is not the date of issuing.
        assert "issue_date" not in data
        assert any("only validFrom" in f.message for f in doc.findings)
    if variant == "unsigned.jsonld":
        assert doc.origins["/awarding_bodies/0/country"].pointer == (
            "/credentialSubject/hasClaim/awardedBy/awardingBody/location/address/countryCode"
        )


def test_elm_dialects_and_other_samples(walked):
    dc4eu = _only(walked, "dc4eu-eaa-microcredential-examples/euhe-microcredential-example-john-doe.json").data
    assert dc4eu["level"] == {"eqf": 5} and dc4eu["workload"] == {"ects": 5}
    assert dc4eu["awarding_bodies"][0]["country"] == "ES" and dc4eu["grade"] == {"en": "Pass"}
    mynext = _only(walked, "elm-v3-mynextid-credentials/microcredential__v1__edc__examples__edc-mc-example.json").data
    assert mynext["workload"]["ects"] == 5 and mynext["level"]["eqf"] == 6 and mynext["workload"]["hours"] == 45
    # Its second claim is a LearningEntitlement (a right to practise or enrol), noted and not read.
    (with_entitlement,) = walked["edc-european-digital-credentials/credentials-jsonld/credential_shouldValidate.jsonld"]
    assert any("LearningEntitlement claim" in f.message for f in with_entitlement.findings)


def test_open_badges_and_edubadges(walked):
    badges = [name for name in walked if name.startswith("ob3-edubadges-nl-examples/credentials/")]
    assert len(badges) == 30
    for name in badges:
        assert _only(walked, name).format == "ob3"
    theed = _only(walked, "ob3-edubadges-nl-examples/credentials/theed_microcredential_full_ho.json").data
    assert theed["workload"] == {"ects": 3}
    assert theed["level"] == {"eqf": 4}
    assert theed["assessment"] == {
        "types": ["other"],
        "description": "testing",
        "supervision": "supervised-onsite-id-check",
    }
    assert "participation" not in theed  # "onsite or blended" is not guessed
    sbu = _only(walked, "ob3-edubadges-nl-examples/credentials/mbob_zw_ssb_microcredential_full.json").data
    # SBU are hours, in the study-load system of Dutch vocational education (named, so ECTS is not asked for).
    assert sbu["workload"] == {"hours": 240, "other_credits": {"system": "SBU", "value": 240}}
    simple = _only(walked, "ob3-1edtech-validator-testvectors/ob30/simple.json")
    assert simple.data["kind"] == "credential" and simple.data["title"]


def test_ctdl_samples(walked):
    graph = walked["ctdl-credential-engine-ingest-examples/LearningProgram__1__LearningProgram-1-graph.json"]
    assert [d.imported_from for d in graph] == ["CTDL LearningProgram", "CTDL Course", "CTDL Course", "CTDL Course"]
    course = _only(walked, "ctdl-credential-engine-ingest-examples/LearningProgram__1__Course-1a.json").data
    assert course["title"] == {"en": "Personal Growth Mastery"}
    assert course["participation"] == {"mode": "online"}
    assert course["prerequisites"]
    heriot = walked[
        "ctdl-credential-engine-schema-development/PathwaysConditionsAndConstraints__Pathway-Examples__HeriotWatt__courses.json"
    ]
    assert len(heriot) > 20 and all(d.format == "ctdl" for d in heriot)
    degree = _only(walked, "ctdl-credential-engine-ingest-examples/Credential__1__Credential-1-graph.json")
    assert degree.imported_from == "CTDL BachelorDegree"


def test_workbooks_that_are_not_catalogues_are_refused_for_what_they_are(walked):
    """None of the real workbooks is a descriptor catalogue: each is one refusal, not a page of bogus rows."""
    workbooks = {n: d for n, d in walked.items() if n.endswith(".xlsx")}
    assert len(workbooks) >= 5
    for name, documents in workbooks.items():
        assert len(documents) == 1 and documents[0].data is None, f"{name}: read as {len(documents)} descriptor rows"
    for name in workbooks:
        if "issuer-xlsx-templates" in name:
            assert "EDC issuer bulk-issuing workbook" in _refusal(walked, name), name
    assert "too few columns of its header in row 1" in _refusal(
        walked, "elm-v3-european-learning-model/mappings/ELM-ELMO-mapping-Github.xlsx"
    )


def test_walk_reads_nothing_from_the_network(walked, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access during import")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    root = realworld_or_skip()
    load_file(Path(root, ANNEX + "unsigned.jsonld"))


def test_annex_i_sample_is_judged_as_the_hand_written_descriptor_of_it(walked):
    from qa_checker.api import check_documents
    from tests.acceptance.test_elm_annex1_sample import EXPECTED_ELEMENTS
    from tests.conftest import NOW

    result = check_documents(walked[ANNEX + "unsigned.jsonld"], now=NOW).results[0]
    assert result.elements == EXPECTED_ELEMENTS
