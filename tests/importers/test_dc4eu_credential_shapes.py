"""Shapes of DC4EU's credentials and issuer data: an ELM credential converted from ELMO gives its grade on the
assessment its awarding process used (``awardedBy.used``), a micro-credential gives its ISCED-F field as
``educationSubject``, and the issuer's upload document carries the credential in ``document_data``. Each is read,
traced to its place. The fixtures are written here, of those shapes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.conftest import NOW

CLAIM = "/credentialSubject/hasClaim"


def _credential() -> dict[str, Any]:
    org = {
        "id": "urn:epass:org:1",
        "type": "Organisation",
        "legalName": {"nl": "Hogeschool Voorbeeld"},
        "location": {
            "id": "urn:epass:location:1",
            "type": "Location",
            "address": {
                "id": "urn:epass:address:1",
                "type": "Address",
                "countryCode": {
                    "id": "http://publications.europa.eu/resource/authority/country/NLD",
                    "type": "Concept",
                },
            },
        },
    }
    used = {
        "id": "converter:assessment:1",
        "type": "LearningAssessment",
        "title": {"nl": "Master Architectuur"},
        "grade": {"id": "urn:epass:note:1", "type": "Note", "noteLiteral": {"und": "passed"}},
        "specifiedBy": {"id": "urn:epass:las:1", "type": "LearningAssessmentSpecification", "title": {"nl": "Eind"}},
    }
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:credential:1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": org,
        "issued": "2025-03-25T07:52:38",
        "credentialSubject": {
            "id": "urn:epass:person:1",
            "type": "Person",
            "hasClaim": {
                "id": "urn:epass:learningAchievement:1",
                "type": "LearningAchievement",
                "title": {"nl": "Master Architectuur"},
                "awardedBy": {
                    "id": "urn:epass:awardingProcess:1",
                    "type": "AwardingProcess",
                    "awardingBody": org,
                    "used": used,
                },
                "specifiedBy": {
                    "id": "urn:epass:qualification:1",
                    "type": "Qualification",
                    "title": {"nl": "Master Architectuur"},
                    "eqfLevel": {"id": "http://data.europa.eu/snb/eqf/7", "type": "Concept"},
                },
            },
        },
    }


def _load(tmp_path: Path, data: dict[str, Any]) -> Document:
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (doc,) = load_file(path)
    return doc


def test_the_grade_of_the_assessment_the_awarding_process_used_is_read(tmp_path: Path) -> None:
    doc = _load(tmp_path, _credential())
    assert doc.data["grade"] == "passed"
    assert doc.origins["/grade"].pointer == CLAIM + "/awardedBy/used/grade/noteLiteral"
    assert doc.data["level"] == {"eqf": 7}


def test_an_assessment_given_both_ways_counts_once(tmp_path: Path) -> None:
    data = _credential()
    claim = data["credentialSubject"]["hasClaim"]
    claim["provenBy"] = [claim["awardedBy"]["used"]]
    doc = _load(tmp_path, data)
    assert doc.data["grade"] == "passed"
    assert doc.origins["/grade"].pointer == CLAIM + "/provenBy/0/grade/noteLiteral"


def test_a_dc4eu_upload_document_is_opened(tmp_path: Path) -> None:
    upload = {
        "meta": {"authentic_source": "DIPLOMA:00001", "vct": "urn:eudi:diploma:1", "document_id": "d-100"},
        "identities": [{"family_name": "Example", "given_name": "Ada", "birth_date": "1996-01-30"}],
        "document_display": {"version": "1.0.0", "type": "secure"},
        "document_data": _credential(),
        "document_data_version": "1.0.0",
    }
    doc = _load(tmp_path, upload)
    assert doc.format == "elm" and "DC4EU upload document" in doc.imported_from
    assert doc.data["title"] == {"nl": "Master Architectuur"} and doc.data["grade"] == "passed"
    assert doc.origins["/grade"].pointer == "/document_data" + CLAIM + "/awardedBy/used/grade/noteLiteral"
    assert any("document_data of a DC4EU upload document" in f.message for f in doc.findings)


def test_an_isced_field_given_as_education_subject_is_read_with_a_note(tmp_path: Path) -> None:
    data = _credential()
    spec = data["credentialSubject"]["hasClaim"]["specifiedBy"]
    spec["educationSubject"] = [{"id": "http://data.europa.eu/snb/isced-f/0610", "type": "Concept"}]
    doc = _load(tmp_path, data)
    assert doc.data["field_of_education"] == "0610"
    assert doc.origins["/field_of_education"].pointer == CLAIM + "/specifiedBy/educationSubject/0"
    assert any("given as educationSubject" in f.message for f in doc.findings)


def test_a_subject_of_another_framework_is_no_field(tmp_path: Path) -> None:
    data = _credential()
    spec = data["credentialSubject"]["hasClaim"]["specifiedBy"]
    spec["educationSubject"] = [{"id": "http://erasmus.example.org/subject/0610", "type": "Concept"}]
    assert "field_of_education" not in _load(tmp_path, data).data
    spec["thematicArea"] = {"id": "http://data.europa.eu/snb/isced-f/0613", "type": "Concept"}
    spec["educationSubject"] = [{"id": "http://data.europa.eu/snb/isced-f/0610", "type": "Concept"}]
    assert _load(tmp_path, data).data["field_of_education"] == "0613", "thematicArea comes first"


def test_an_assessment_specification_of_a_title_alone_gives_the_description(tmp_path: Path) -> None:
    """DC4EU's micro-credential examples name their assessment by a title alone ("Digital Competency Exam"): it is
    read as the assessment's description, noted; the type of assessment stays missing (a description does not state
    it)."""
    doc = _load(tmp_path, _credential())
    assert doc.data["assessment"]["description"] == {"nl": "Eind"}
    assert doc.origins["/assessment/description"].pointer == CLAIM + "/awardedBy/used/specifiedBy/title"
    assert any("its title was read as the description" in f.message for f in doc.findings)


def test_an_assessment_named_after_the_credential_gives_no_description(tmp_path: Path) -> None:
    """DC4EU's diplomas name their assessment specification after the qualification ("Mbo Sport en bewegen"): read
    as the assessment's description, it made the title appear in two descriptive fields, which MC-TP-001 reported as
    a placeholder, an error of the importer's own making. It is noted instead."""
    data = _credential()
    data["credentialSubject"]["hasClaim"]["awardedBy"]["used"]["specifiedBy"]["title"] = {"nl": "master  architectuur"}
    data["credentialSubject"]["hasClaim"]["description"] = {"nl": "Master Architectuur"}
    doc = _load(tmp_path, data)
    assert "description" not in doc.data.get("assessment", {})
    (note,) = [f for f in doc.findings if "repeats the credential's title" in f.message]
    assert note.origin.pointer == CLAIM + "/awardedBy/used/specifiedBy/title"
    (result,) = check_documents([doc], now=NOW).results
    assert [f for f in result.findings if f.rule == "MC-TP-001"] == []


def test_an_assessment_specification_with_a_type_keeps_its_title_out(tmp_path: Path) -> None:
    data = _credential()
    data["credentialSubject"]["hasClaim"]["awardedBy"]["used"]["specifiedBy"]["dcType"] = {
        "id": "http://data.europa.eu/snb/assessment/19a2e5e671",
        "type": "Concept",
    }
    doc = _load(tmp_path, data)
    assert "description" not in doc.data["assessment"]
