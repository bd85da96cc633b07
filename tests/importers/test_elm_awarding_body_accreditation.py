"""The quality assurance of an issued ELM credential is read from the accreditation of its awarding body
(``Organisation.accreditation``), as from the specification's, and each accreditation is read once."""

from __future__ import annotations

import copy
import json
from typing import Any

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import json_
from tests.conftest import NOW

COUNTRY = "http://publications.europa.eu/resource/authority/country/"
BODY = "/credentialSubject/hasClaim/0/awardedBy/awardingBody/0"


def _concept(uri: str, label: str) -> dict[str, Any]:
    return {"id": uri, "type": "Concept", "prefLabel": {"en": label}}


ACCREDITATION = {
    "id": "urn:epass:accreditation:1",
    "type": "Accreditation",
    "dcType": _concept("http://data.europa.eu/snb/accreditation/bb4618238e", "Institutional Quality Assurance"),
    "title": {"en": "Institutional accreditation"},
    "accreditingAgent": {
        "id": "urn:epass:org:2",
        "type": "Organisation",
        "legalName": {"en": "NVAO"},
        "location": {
            "id": "urn:l:2",
            "type": "Location",
            "address": {"id": "urn:a:2", "type": "Address", "countryCode": _concept(COUNTRY + "NLD", "Netherlands")},
        },
    },
}


def _credential(*, on_body: bool, on_spec: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "urn:epass:org:1",
        "type": "Organisation",
        "legalName": {"en": "Hogeschool Voorbeeld"},
        "location": {
            "id": "urn:l:1",
            "type": "Location",
            "address": {"id": "urn:a:1", "type": "Address", "countryCode": _concept(COUNTRY + "NLD", "Netherlands")},
        },
    }
    spec: dict[str, Any] = {
        "id": "urn:epass:qualification:1",
        "type": "Qualification",
        "title": {"en": "Supply Chains"},
    }
    if on_body:
        body["accreditation"] = [copy.deepcopy(ACCREDITATION)]
    if on_spec:
        spec["accreditation"] = [copy.deepcopy(ACCREDITATION)]
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:credential:1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": body,
        "issued": "2026-07-01T10:00:00Z",
        "credentialSubject": {
            "id": "urn:epass:person:1",
            "type": "Person",
            "fullName": {"en": "Jan de Vries"},
            "hasClaim": [
                {
                    "id": "urn:epass:learningAchievement:1",
                    "type": "LearningAchievement",
                    "awardedBy": {
                        "id": "urn:epass:awardingProcess:1",
                        "type": "AwardingProcess",
                        "awardingBody": [body],
                    },
                    "specifiedBy": spec,
                }
            ],
        },
    }


def _load(data: dict[str, Any]) -> Document:
    [document] = json_.load(json.dumps(data).encode(), "credential.jsonld")
    assert document.data is not None, document.findings
    return document


def test_the_awarding_bodys_accreditation_is_the_quality_assurance() -> None:
    document = _load(_credential(on_body=True, on_spec=False))
    assert document.data["quality_assurance"]["accreditations"] == [
        {"type": "institutional-qa", "agent": {"en": "NVAO"}}
    ]
    assert document.data["quality_assurance"]["external"] == {"body": {"en": "NVAO"}, "country": "NL"}
    assert document.origins["/quality_assurance/accreditations/0"].pointer == BODY + "/accreditation/0"
    [result] = check_documents([document], now=NOW).results
    assert result.elements["quality_assurance"] == "present"


def test_an_accreditation_named_by_the_specification_and_the_body_is_read_once() -> None:
    document = _load(_credential(on_body=True, on_spec=True))
    assert len(document.data["quality_assurance"]["accreditations"]) == 1


def test_without_any_accreditation_the_quality_assurance_stays_missing() -> None:
    document = _load(_credential(on_body=False, on_spec=False))
    assert "quality_assurance" not in document.data
