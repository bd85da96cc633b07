"""The identifiers an Open Badges 3.0 issuer gives in ``otherIdentifier`` become the awarding body's identifier by
the scheme their ``ext:`` type names (eIDAS legal identifier, VAT, LEI, Erasmus code, PIC, national registers such
as BRIN or KvK); an id local to the document (``urn:epass:``, ``urn:uuid:``) is noted and passed over, and a type
naming no scheme (``identifier``, ``sourcedId``) is not read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.loaders import load_file


def _entry(kind: str, value: str) -> dict[str, str]:
    return {"type": "IdentifierEntry", "identifier": value, "identifierType": kind}


def _credential(*identifiers: dict[str, str]) -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:5b0b2c39-0d7e-4f55-9d55-6a4f0f4e1c11",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": "did:web:academy.example.eu",
            "type": ["Profile"],
            "name": "Example Academy",
            "url": "https://academy.example.eu",
            "address": {"type": ["Address"], "addressCountryCode": "BE"},
            "otherIdentifier": list(identifiers),
        },
        "validFrom": "2025-03-01T00:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://academy.example.eu/achievements/green-skills",
                "type": ["Achievement"],
                "name": "Green skills",
                "description": "Sustainability basics.",
                "criteria": {"narrative": "Pass the test."},
            },
        },
    }


def _load(tmp_path: Path, *identifiers: dict[str, str]) -> Document:
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(_credential(*identifiers)), encoding="utf-8")
    (doc,) = load_file(path)
    return doc


@pytest.mark.parametrize(
    ("kind", "value", "scheme"),
    [
        ("ext:eIDASIdentifier", "BE/0123456789", "eidas"),
        ("ext:eidasLegalIdentifier", "BE/0123456789", "eidas"),
        ("ext:VAT", "BE0123456789", "vat"),
        ("ext:vatID", "BE0123456789", "vat"),
        ("ext:LEI", "5493001KJTIIGC8Y1R12", "lei"),
        ("ext:ErasmusCode", "B BRUSSEL99", "erasmus"),
        ("ext:PIC", "999999999", "pic"),
        ("ext:BRIN", "21PM", "national"),
        ("ext:KvK-number", "12345678", "national"),
        ("ext:EUID", "BEKBOBCE.0123456789", "national"),
    ],
)
def test_an_identifier_type_names_its_scheme(tmp_path: Path, kind: str, value: str, scheme: str) -> None:
    doc = _load(tmp_path, _entry("name", "Example Academy"), _entry(kind, value))
    assert doc.data["awarding_bodies"][0]["identifier"] == {"scheme": scheme, "value": value}
    assert doc.origins["/awarding_bodies/0/identifier"].pointer == "/issuer/otherIdentifier/1"


def test_a_document_local_id_is_noted_and_the_next_identifier_read(tmp_path: Path) -> None:
    local = "urn:epass:legalIdentifier:df1eceb0-c36a-4613-b3d7-992c9ee66f5b"
    doc = _load(tmp_path, _entry("ext:eIDASIdentifier", local), _entry("ext:LEI", "5493001KJTIIGC8Y1R12"))
    assert doc.data["awarding_bodies"][0]["identifier"] == {"scheme": "lei", "value": "5493001KJTIIGC8Y1R12"}
    (note,) = [f for f in doc.findings if "id inside the document" in f.message]
    assert note.origin.pointer == "/issuer/otherIdentifier/0/identifier"
    assert note.pointer == "/awarding_bodies/0/identifier"


def test_types_naming_no_scheme_give_no_identifier(tmp_path: Path) -> None:
    doc = _load(
        tmp_path,
        _entry("identifier", "abde"),
        _entry("sourcedId", "123"),
        _entry("ext:eIDASIdentifier", "urn:uuid:0f0e"),
        _entry("ext:VAT", "  "),
    )
    assert "identifier" not in doc.data["awarding_bodies"][0]
