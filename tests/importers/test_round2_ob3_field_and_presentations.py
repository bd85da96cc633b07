"""Open Badges 3.0 achievements as European issuers write them: an alignment to an ISCED-F concept gives the
field of education (an ISCED-F URI that is no code is kept as found and judged); a Verifiable Presentation of
several such credentials gives one micro-credential each; what has no descriptor field (``humanCode``,
``fieldOfStudy`` as free text, ``otherIdentifier``, ``resultDescription``) invents nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.conftest import NOW

ISCED = "http://data.europa.eu/snb/isced-f/"
ESCO = "http://data.europa.eu/esco/skill/0a8cf3b3-42a4-4c18-b8d6-6a1a73a2c8d1"


def _credential(number: int, field_url: str) -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": f"urn:uuid:credential-{number}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": "https://example.edu/issuer",
            "type": ["Profile"],
            "name": "Example University",
            "address": {"type": ["Address"], "addressCountryCode": "FI"},
        },
        "validFrom": "2025-01-10T00:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": "Ana Example",
            "achievement": {
                "id": f"https://example.edu/achievements/{number}",
                "type": ["Achievement"],
                "name": f"Module {number}",
                "description": "A module.",
                "criteria": {"narrative": "Pass the exam."},
                "humanCode": f"MOD-{number}",
                "fieldOfStudy": "Information technology",
                "inLanguage": "fi",
                "otherIdentifier": [{"type": "IdentifierEntry", "identifier": "X1", "identifierType": "identifier"}],
                "resultDescription": [
                    {"id": "urn:rd:1", "type": ["ResultDescription"], "name": "Grade", "resultType": "LetterGrade"}
                ],
                "alignment": [
                    {
                        "type": ["Alignment"],
                        "targetName": "Software and applications development and analysis",
                        "targetUrl": field_url,
                        "targetFramework": "ISCED-F 2013",
                    },
                    {"type": ["Alignment"], "targetName": "develop software", "targetUrl": ESCO},
                ],
            },
        },
    }


def _load(tmp_path: Path, data: dict[str, Any]) -> list[Document]:
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def test_an_isced_f_alignment_gives_the_field_of_education(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _credential(1, ISCED + "0613"))
    assert doc.data["field_of_education"] == "0613"
    assert doc.origins["/field_of_education"].pointer == "/credentialSubject/achievement/alignment/0/targetUrl"
    assert doc.data["learning_outcomes"] == [{"text": "develop software", "esco": [ESCO]}]
    assert doc.data["languages"] == ["fi"] and "workload" not in doc.data
    # humanCode, fieldOfStudy (free text), otherIdentifier and resultDescription have no descriptor field.
    assert not [f for f in doc.findings if f.severity.value != "info"]


def test_an_isced_f_uri_that_is_no_code_is_kept_and_judged(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _credential(1, ISCED + "0699"))
    assert doc.data["field_of_education"] == "0699"
    (result,) = check_documents([doc], now=NOW).results
    (error,) = [f for f in result.findings if f.pointer == "/field_of_education" and f.severity.value == "error"]
    assert error.origin.pointer == "/credentialSubject/achievement/alignment/0/targetUrl"


def test_a_presentation_of_several_credentials_gives_one_micro_credential_each(tmp_path: Path) -> None:
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": "did:example:ana",
        "verifiableCredential": [_credential(1, ISCED + "0613"), _credential(2, ISCED + "0612")],
    }
    first, second = _load(tmp_path, presentation)
    assert [first.data["title"], second.data["title"]] == ["Module 1", "Module 2"]
    assert [first.data["field_of_education"], second.data["field_of_education"]] == ["0613", "0612"]
    assert second.origins["/title"].pointer == "/verifiableCredential/1/credentialSubject/achievement/name"
