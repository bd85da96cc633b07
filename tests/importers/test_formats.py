"""The project's own ELM, Open Badges 3.0 and CTDL fixtures import to the expected descriptors."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import iter_files, load_file
from tests.conftest import FIXTURES, NOW

HERE = FIXTURES / "importers"


def load(name: str) -> list[Document]:
    return load_file(HERE / name)


def one(name: str) -> Document:
    documents = load(name)
    assert len(documents) == 1, [d.data for d in documents]
    return documents[0]


def messages(document: Document, rule: str) -> list[str]:
    return [f.message for f in document.findings if f.rule == rule]


def test_elm_credential_reads_every_annex_element_from_where_elm_keeps_it():
    doc = one("elm/credential-full.jsonld")
    data = doc.data
    assert (doc.format, doc.imported_from, data["kind"], data["descriptor_version"]) == (
        "elm",
        "ELM v3 EuropeanDigitalCredential",
        "credential",
        "1.0",
    )
    assert data["title"] == {"en": "Coastal Water Quality Monitoring"}
    assert data["learner"] == {
        "name": "Mira Kovač",
        "identifier": {"scheme": "national", "value": "HR-55501"},
        "date_of_birth": "2001-05-03",
    }
    assert data["issue_date"] == "2026-02-14"
    body = data["awarding_bodies"][0]
    assert body["country"] == "HR" and body["name"]["en"] == "Harbour Institute of Marine Studies"
    assert body["identifier"] == {"scheme": "vat", "value": "HR12345678901"}
    assert data["workload"] == {"ects": 4, "hours": 110}
    assert data["level"] == {"eqf": 5}
    assert data["field_of_education"] == "0521"
    assert data["languages"] == ["en"]
    assert data["participation"] == {"mode": "blended", "learning_setting": "formal"}
    assert data["assessment"]["types"] == ["written-examination", "project-work"]
    # ELM has one "supervised with ID verification" concept; the Presential assessment mode says onsite.
    assert data["assessment"]["supervision"] == "supervised-onsite-id-check"
    assert data["quality_assurance"]["accreditations"][0]["type"] == "institutional-qa"
    assert data["quality_assurance"]["external"] == {
        "body": {"en": "National Quality Agency"},
        "country": "HR",
        "last_review": "2024-06-01",
    }
    assert data["prerequisites"] == {"en": "Secondary school chemistry."}
    assert data["grade"] == {"en": "Very good (4/5)"}
    assert data["stackability"]["towards"][0]["title"] == {"en": "Certificate in Marine Technology"}
    assert data["further_information"] == "https://harbour.example.org/coastal"
    assert data["learning_outcomes"][1]["esco"] == [
        "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000001"
    ]
    assert doc.origins["/workload/ects"].pointer == "/credentialSubject/hasClaim/specifiedBy/creditPoint/point"
    assert doc.origins["/awarding_bodies/0/country"].pointer.endswith("/location/address/countryCode")
    assert not [f for f in doc.findings if f.severity.value != "info"]


def _pointers(value, pointer=""):
    yield pointer
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield from _pointers(child, f"{pointer}/{key}")


@pytest.mark.parametrize(
    "name",
    [
        "elm/credential-full.jsonld",
        "ob3/edubadge-microcredential.json",
        "ctdl/course-prefixed.json",
        "elm/qualification-flattened.jsonld",
    ],
)
def test_every_filled_field_has_an_origin_in_the_original(name: str):
    doc = load(name)[0]
    for pointer in _pointers(doc.data):
        if pointer and pointer not in ("/descriptor_version", "/kind"):
            assert doc.origin_for(pointer) is not None, pointer


def test_imported_credential_passes_the_checker_with_findings_pointing_at_both_places():
    doc = one("elm/credential-full.jsonld")
    result = check_documents([doc], now=NOW).results[0]
    assert result.imported_from == "ELM v3 EuropeanDigitalCredential"
    assert result.elements["quality_assurance"] == "present"
    assert result.elements["learner"] == "present"


def test_signed_envelope_and_missing_context_read_the_same_credential():
    plain = one("elm/credential-full.jsonld")
    signed = one("elm/credential-signed-envelope.json")
    bare = one("elm/credential-no-context.json")
    assert signed.data == plain.data == bare.data
    assert signed.imported_from == "ELM v3 EuropeanDigitalCredential (from signed envelope)"
    assert any("not verified" in m for m in messages(signed, "MC-IM-003"))
    assert signed.origins["/workload/ects"].pointer.startswith("/payload/credentialSubject")
    assert any("no @context" in m for m in messages(bare, "MC-IM-003"))


def test_flattened_specification_with_prefixed_full_iri_and_aliased_terms():
    doc = one("elm/qualification-flattened.jsonld")
    data = doc.data
    assert (data["kind"], doc.imported_from) == ("offer", "ELM v3 Qualification")
    assert data["title"] == {"nl": "Duurzaam bouwen", "en": "Sustainable building"}
    assert data["level"] == {"eqf": 4}
    assert data["workload"] == {"ects": 3}
    assert data["awarding_bodies"] == [{"name": {"nl": "Hogeschool Voorbeeld"}, "country": "NL"}]
    assert data["learning_outcomes"] == [{"en": "Calculate the embodied carbon of a timber frame."}]
    # P3M is three months of calendar time, not hours: reported, not converted.
    assert "hours" not in data["workload"]
    assert any("calendar duration in months" in m for m in messages(doc, "MC-IM-002"))


def test_edubadges_extensions():
    doc = one("ob3/edubadge-microcredential.json")
    data = doc.data
    assert (doc.format, data["kind"]) == ("ob3", "credential")
    assert data["title"] == "Circular Procurement"
    assert data["awarding_bodies"] == [
        {
            "name": "Hogeschool Fixture",
            "country": "NL",
            "identifier": {"scheme": "national", "value": "99ZZ"},
            "url": "https://www.hogeschool-fixture.example.nl",
        }
    ]
    assert data["workload"] == {"ects": 4.5, "hours": 126}
    assert data["level"] == {"eqf": 6}
    assert data["participation"] == {"mode": "online"}
    assert data["assessment"] == {"types": ["portfolio"], "supervision": "supervised-online-id-check"}
    assert data["quality_assurance"] == {"external": {"url": "https://qa.example.nl/decisions/NV-1"}}
    assert data["languages"] == ["nl"]
    assert data["grade"] == "7.5"
    assert data["issue_date"] == "2026-03-01"
    assert data["learning_outcomes"][0]["text"] == "Evaluate supplier circularity claims"


def test_bare_achievement_is_an_offer_and_ambiguous_values_are_reported_not_guessed():
    doc = one("ob3/bare-achievement.json")
    data = doc.data
    assert (data["kind"], doc.imported_from) == ("offer", "Open Badges 3.0 Achievement")
    assert data["title"] == {"en": "Introduction to GIS", "de": "Einführung in GIS"}
    assert "workload" not in data and "participation" not in data
    # A country that is not one is kept as found, so the issuer's country is invalid rather than missing.
    assert data["awarding_bodies"][0]["country"] == "Ruritania"
    warned = " ".join(messages(doc, "MC-IM-002"))
    assert "creditsAvailable 3" in warned and "onsite or blended" in warned
    assert "Ruritania" in " ".join(messages(doc, "MC-IM-003"))


def test_ctdl_graph_gives_one_offer_per_resource_with_resolved_references():
    course, program = load("ctdl/course-prefixed.json")
    assert (course.format, course.imported_from, program.imported_from) == (
        "ctdl",
        "CTDL Course",
        "CTDL LearningProgram",
    )
    data = course.data
    assert data["id"] == "ce-00000000-fixture-course-1"
    assert data["title"] == {"en": "Applied Hydrology"}
    assert data["awarding_bodies"] == [{"name": {"en": "University of Example"}, "country": "GB"}]
    assert data["workload"] == {"ects": 5}
    assert data["participation"] == {"mode": "blended"}
    assert data["assessment"] == {"types": ["artefact-assessment"]}
    assert data["prerequisites"] == {"en": "A-level mathematics."}
    assert data["quality_assurance"] == {"external": {"body": {"en": "Example QA Agency"}}}
    assert data["stackability"]["towards"][0]["title"] == {"en": "MSc Water Engineering"}
    assert data["further_information"] == "https://uni.example.ac.uk/hydrology"
    assert course.origins["/title"].pointer == "/@graph/0/ceterms:name"


def test_ctdl_expanded_array_with_full_iris():
    doc = one("ctdl/course-expanded.json")
    assert doc.data["title"] == {"en": "Soil Mechanics"}
    assert doc.data["workload"] == {"other_credits": {"system": "SCQF credit points", "value": 15}}
    assert "participation" not in doc.data
    assert any("ambiguous" in m for m in messages(doc, "MC-IM-002"))


@pytest.mark.parametrize(
    "name", ["elm/credential-full.jsonld", "ob3/edubadge-microcredential.json", "ctdl/course-prefixed.json"]
)
def test_descriptor_version_and_kind_are_set(name: str):
    for doc in load(name):
        assert doc.data["descriptor_version"] == "1.0" and doc.data["kind"] in ("offer", "credential")


def test_jwt_file_and_json_string_holding_a_jws(tmp_path: Path):
    payload = (HERE / "ob3/edubadge-microcredential.json").read_text(encoding="utf-8")

    def part(text: str) -> str:
        return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")

    claims = json.dumps({"iss": "https://badges.example.nl", "vc": json.loads(payload)})
    header = part(json.dumps({"alg": "ES256"}))
    token = f"{header}.{part(claims)}.c2lnbmF0dXJl"
    names = ("badge.jwt", "badge.jws", "badge.sdjwt", "badge.sd-jwt")  # the suffixes issuers save a token under
    for name in names:
        (tmp_path / name).write_text(token + "\n", encoding="utf-8")
    (tmp_path / "badge.json").write_text(json.dumps(token), encoding="utf-8")
    direct = one("ob3/edubadge-microcredential.json")
    assert sorted(path.name for path in iter_files([tmp_path])) == sorted([*names, "badge.json"])
    for name in (*names, "badge.json"):
        (doc,) = load_file(tmp_path / name)
        assert doc.data == direct.data
        assert doc.imported_from == "Open Badges 3.0 OpenBadgeCredential (from JWT payload, JWT claims)"
        assert any("not verified" in f.message for f in doc.findings)


def test_clr_gives_one_descriptor_per_embedded_badge():
    first, second = load("ob3/clr-two-badges.json")
    assert [first.data["title"], second.data["title"]] == ["Circular Procurement", "Circular Logistics"]
    assert first.imported_from == "Open Badges 3.0 OpenBadgeCredential (from CLR 2.0 ClrCredential)"
    assert (
        second.origins["/title"].pointer
        == "/credentialSubject/verifiableCredential/1/credentialSubject/achievement/name"
    )


def test_learning_opportunity_reads_its_specification_and_does_not_take_the_provider_as_awarding_body():
    doc = one("elm/learning-opportunity.jsonld")
    data = doc.data
    assert (data["kind"], doc.imported_from) == ("offer", "ELM v3 LearningOpportunity")
    assert data["title"] == {"en": "Urban Beekeeping"}
    assert data["workload"] == {"hours": 25}  # PT1500M is 1,500 minutes
    assert data["participation"] == {"mode": "onsite"}
    assert data["assessment"] == {"types": ["practical-assessment"]}
    assert data["further_information"] == "https://learning.example.eu/beekeeping"
    assert "awarding_bodies" not in data
    assert any("providedBy names the provider" in m for m in messages(doc, "MC-IM-003"))
