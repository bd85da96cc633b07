"""An EBSI VerifiableDiploma (the pre-ELM-3 diploma of the EBSI pilots, as walt.id issues it) is imported: title,
awarding body, learner, ECTS, EQF level, field, grading scheme and date of issuing, each traced to its place; what
cannot be read without guessing is warned where it is. The fixture is written here, of the same shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file


def _diploma(**subject: Any) -> dict[str, Any]:
    base = {
        "id": "did:ebsi:learner-0001",
        "givenNames": "Ada",
        "familyName": "EXAMPLE",
        "dateOfBirth": "1999-02-03",
        "identifier": "NAT-12345",
        "awardingOpportunity": {
            "id": "https://uni.example.org/opportunity/1",
            "location": "BELGIUM",
            "awardingBody": {
                "id": "did:ebsi:uni-0001",
                "preferredName": "Example University",
                "homepage": "https://uni.example.org/",
                "registration": "0123456789",
                "eidasLegalIdentifier": "Unknown",
            },
        },
        "learningAchievement": {"id": "urn:x:la", "title": "Master of Data Stewardship", "description": "Data care"},
        "learningSpecification": {"id": "urn:x:ls", "ectsCreditPoints": 60, "eqfLevel": 7, "iscedfCode": ["0613"]},
        "gradingScheme": {"id": "urn:x:gs", "title": "Belgian 20-point scale"},
    }
    base.update(subject)
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "id": "urn:uuid:diploma-1",
        "type": ["VerifiableCredential", "VerifiableAttestation", "VerifiableDiploma"],
        "issuer": "did:ebsi:uni-0001",
        "issuanceDate": "2024-07-01T00:00:00Z",
        "validFrom": "2024-06-01T00:00:00Z",
        "credentialSubject": base,
    }


def _load(tmp_path: Path, data: dict[str, Any]) -> Document:
    path = tmp_path / "diploma.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (doc,) = load_file(path)
    return doc


def _messages(doc: Document, part: str) -> list[Any]:
    return [f for f in doc.findings if part in f.message]


def test_a_diploma_is_imported_as_a_credential(tmp_path: Path) -> None:
    doc = _load(tmp_path, _diploma())
    data = doc.data
    assert doc.format == "ebsi" and doc.imported_from == "EBSI VerifiableDiploma"
    assert data["kind"] == "credential" and data["title"] == "Master of Data Stewardship"
    assert data["summary"] == "Data care"
    assert data["workload"] == {"ects": 60}
    assert data["level"] == {"eqf": 7}
    assert data["field_of_education"] == "0613"
    assert data["assessment"] == {"grading_scheme": "Belgian 20-point scale"}
    assert data["issue_date"] == "2024-07-01", "issuanceDate, never validFrom"
    assert doc.origins["/workload/ects"].pointer == "/credentialSubject/learningSpecification/ectsCreditPoints"


def test_the_awarding_body_and_its_country_from_the_location(tmp_path: Path) -> None:
    doc = _load(tmp_path, _diploma())
    assert doc.data["awarding_bodies"] == [
        {
            "name": "Example University",
            "identifier": {"scheme": "national", "value": "0123456789"},
            "url": "https://uni.example.org/",
            "country": "BE",
        }
    ]
    (note,) = _messages(doc, "location 'BELGIUM' was read as the awarding body's country")
    assert note.origin.pointer == "/credentialSubject/awardingOpportunity/location"


def test_the_learner(tmp_path: Path) -> None:
    doc = _load(tmp_path, _diploma())
    assert doc.data["learner"] == {
        "name": "Ada EXAMPLE",
        "identifier": {"scheme": "other", "value": "NAT-12345"},
        "date_of_birth": "1999-02-03",
    }


def test_values_that_cannot_be_read_are_located(tmp_path: Path) -> None:
    spec = {"eCTSCreditPoints": "many", "eqfLevel": "http://data.europa.eu/snb/eqf/9", "nqfLevel": ["7"]}
    spec |= {"iscedfCode": ["7"], "volumeOfLearning": "P2Y"}
    doc = _load(tmp_path, _diploma(learningSpecification=spec))
    at = "/credentialSubject/learningSpecification/"
    assert "workload" not in doc.data
    assert _messages(doc, "ECTS 'many' is not a positive number")[0].origin.pointer == at + "eCTSCreditPoints"
    assert _messages(doc, "calendar duration")[0].origin.pointer == at + "volumeOfLearning"
    assert doc.data["level"] == {"eqf": "http://data.europa.eu/snb/eqf/9"}
    assert _messages(doc, "names no qualifications framework")[0].origin.pointer == at + "nqfLevel/0"
    assert doc.data["field_of_education"] == "7"
    assert _messages(doc, "iscedfCode '7' is not an ISCED-F 2013 field code")[0].origin.pointer == at + "iscedfCode/0"


def test_an_awarding_body_given_only_by_its_id(tmp_path: Path) -> None:
    doc = _load(tmp_path, _diploma(awardingOpportunity={"awardingBody": "did:ebsi:uni-0001"}))
    assert "awarding_bodies" not in doc.data
    (warning,) = _messages(doc, "the awarding body is given only by its id (did:ebsi:uni-0001)")
    assert warning.origin.pointer == "/credentialSubject/awardingOpportunity/awardingBody"


def test_a_diploma_without_a_subject_is_refused_with_its_format(tmp_path: Path) -> None:
    data = _diploma()
    del data["credentialSubject"]
    doc = _load(tmp_path, data)
    assert doc.data is None
    (error,) = [f for f in doc.findings if f.severity.value == "error"]
    assert "EBSI VerifiableDiploma has no credentialSubject" in error.message
