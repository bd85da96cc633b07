"""An EBSI ``Europass`` attestation (the ELM 2 shaped diploma of the EBSI pilots, as walt.id's template writes it:
``credentialSubject.achieved`` learning achievements with ``specifiedBy``, ``wasAwardedBy`` and ``wasDerivedFrom``)
is imported, one credential per achievement, each element traced to its place. The fixture is written here, of the
same shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file

AT = "/credentialSubject/achieved/0"


def _achievement(**changes: Any) -> dict[str, Any]:
    achievement = {
        "id": "urn:epass:learningAchievement:1",
        "title": "Master of Data Stewardship",
        "specifiedBy": [
            {
                "id": "urn:epass:qualification:1",
                "title": "Master of Data Stewardship",
                "eCTSCreditPoints": 60,
                "eqflLevel": "http://data.europa.eu/snb/eqf/7",
                "nqflLevel": "http://data.europa.eu/snb/qdr/c_0000",
                "volumeOfLearning": "PT1600H",
                "entryRequirementsNote": "A bachelor's degree in a related field.",
                "learningOutcome": [{"id": "urn:epass:lo:1", "title": "Plan the stewardship of research data"}],
                "language": ["http://publications.europa.eu/resource/authority/language/NLD"],
            }
        ],
        "wasAwardedBy": {"id": "urn:epass:awardingProcess:1", "awardingBody": ["did:ebsi:uni-0001"]},
        "wasDerivedFrom": [
            {
                "id": "urn:epass:assessment:1",
                "title": "Overall assessment",
                "grade": "cum laude",
                "specifiedBy": {"id": "urn:epass:as:1", "gradingScheme": {"id": "urn:x:gs", "title": "Dutch 10-point"}},
            }
        ],
    }
    achievement.update(changes)
    return achievement


def _attestation(*achieved: dict[str, Any]) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "id": "urn:credential:attestation-1",
        "type": ["VerifiableCredential", "VerifiableAttestation", "Europass"],
        "issuer": "did:ebsi:uni-0001",
        "issued": "2024-07-01T10:00:00+02:00",
        "validFrom": "2024-06-01T00:00:00+02:00",
        "credentialSubject": {
            "id": "did:epass:person:1",
            "identifier": {"schemeID": "Student number", "value": "S-0042"},
            "achieved": list(achieved) or [_achievement()],
        },
    }


def _load(tmp_path: Path, data: dict[str, Any]) -> list[Document]:
    path = tmp_path / "europass.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def _messages(doc: Document, part: str) -> list[Any]:
    return [f for f in doc.findings if part in f.message]


def test_an_attestation_is_imported_not_refused(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _attestation())
    data = doc.data
    assert doc.format == "ebsi" and doc.imported_from == "EBSI Europass attestation"
    assert data["kind"] == "credential" and data["id"] == "urn:credential:attestation-1"
    assert data["title"] == "Master of Data Stewardship"
    assert data["workload"] == {"ects": 60, "hours": 1600}
    assert data["level"] == {"eqf": 7}
    assert data["prerequisites"] == "A bachelor's degree in a related field."
    assert data["learning_outcomes"] == ["Plan the stewardship of research data"]
    assert data["languages"] == ["nl"]
    assert data["grade"] == "cum laude"
    assert data["assessment"] == {"grading_scheme": "Dutch 10-point"}
    assert data["learner"] == {"identifier": {"scheme": "other", "value": "S-0042"}}
    assert data["issue_date"] == "2024-07-01", "issued, never validFrom"


def test_each_element_is_traced_to_its_place(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _attestation())
    spec = AT + "/specifiedBy/0"
    assert doc.origins["/workload/ects"].pointer == spec + "/eCTSCreditPoints"
    assert doc.origins["/level/eqf"].pointer == spec + "/eqflLevel"
    assert doc.origins["/prerequisites"].pointer == spec + "/entryRequirementsNote"
    assert doc.origins["/grade"].pointer == AT + "/wasDerivedFrom/0/grade"


def test_an_awarding_body_given_only_by_its_id_is_warned_where_it_is(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _attestation())
    assert "awarding_bodies" not in doc.data
    (warning,) = _messages(doc, "the awarding body is given only by its id (did:ebsi:uni-0001)")
    assert warning.origin.pointer == AT + "/wasAwardedBy/awardingBody"


def test_a_described_awarding_body_is_read(tmp_path: Path) -> None:
    body = {"id": "did:ebsi:uni-0001", "preferredName": "Example University", "homepage": "https://uni.example.org/"}
    (doc,) = _load(tmp_path, _attestation(_achievement(wasAwardedBy={"awardingBody": [body]})))
    assert doc.data["awarding_bodies"] == [{"name": "Example University", "url": "https://uni.example.org/"}]


def test_one_credential_per_achievement(tmp_path: Path) -> None:
    second = _achievement(id="urn:epass:learningAchievement:2", title="Data Ethics", specifiedBy=[{"title": "Ethics"}])
    first, other = _load(tmp_path, _attestation(_achievement(), second))
    assert (first.data["id"], other.data["id"]) == (
        "urn:epass:learningAchievement:1",
        "urn:epass:learningAchievement:2",
    )
    assert other.data["title"] == "Ethics" and "workload" not in other.data


def test_a_verifiable_diploma_of_the_same_shape_is_read_the_same_way(tmp_path: Path) -> None:
    data = _attestation()
    data["type"] = ["VerifiableCredential", "VerifiableAttestation", "VerifiableDiploma"]
    (doc,) = _load(tmp_path, data)
    assert doc.imported_from == "EBSI VerifiableDiploma"
    assert doc.data["title"] == "Master of Data Stewardship" and doc.data["level"] == {"eqf": 7}


def test_an_attestation_without_a_subject_is_refused_with_its_format(tmp_path: Path) -> None:
    data = _attestation()
    del data["credentialSubject"]
    (doc,) = _load(tmp_path, data)
    assert doc.data is None
    (error,) = [f for f in doc.findings if f.severity.value == "error"]
    assert "EBSI Europass has no credentialSubject" in error.message


def test_the_second_version_of_the_diploma_type_is_read(tmp_path: Path) -> None:
    subject = {
        "type": "VerifiableDiploma2",
        "learningAchievement": {"id": "urn:x:la", "title": "Master of Data Stewardship"},
        "learningSpecification": {"id": "urn:x:ls", "ectsCreditPoints": 60, "eqfLevel": 7},
    }
    data = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "id": "urn:uuid:diploma-2",
        "type": ["VerifiableCredential", "VerifiableAttestation", "VerifiableDiploma2"],
        "issuer": "did:ebsi:uni-0001",
        "credentialSubject": subject,
    }
    (doc,) = _load(tmp_path, data)
    assert doc.imported_from == "EBSI VerifiableDiploma"
    assert doc.data["title"] == "Master of Data Stewardship" and doc.data["workload"] == {"ects": 60}
    del data["credentialSubject"]
    (doc,) = _load(tmp_path, data)
    assert any("EBSI VerifiableDiploma2 has no credentialSubject" in f.message for f in doc.findings)


def test_an_attestation_without_achievements_is_refused_where_they_belong(tmp_path: Path) -> None:
    data = _attestation()
    data["credentialSubject"]["achieved"] = []
    (doc,) = _load(tmp_path, data)
    assert doc.data is None
    (error,) = [f for f in doc.findings if f.severity.value == "error"]
    assert "lists no learning achievement" in error.message
    assert error.origin.pointer == "/credentialSubject/achieved"
