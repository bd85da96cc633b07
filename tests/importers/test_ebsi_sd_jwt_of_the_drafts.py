"""An EBSI Europass attestation as the SD-JWT drafts printed it (no final ~, the token wrapped over lines) is read;
its id is its JWT ID (jti) and its date of issuing its iat; an attestation with neither issued nor issuanceDate takes
the date its achievement was awarded (wasAwardedBy.awardingDate), with a note."""

from __future__ import annotations

import base64
import hashlib
import json
import textwrap
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _disclosure(*parts: Any) -> tuple[str, str]:
    text = _b64(json.dumps(list(parts)).encode())
    return text, _b64(hashlib.sha256(text.encode()).digest())


ACHIEVED = [
    {
        "id": "urn:epass:learningAchievement:1",
        "title": "Master of Science in Hydraulics",
        "specifiedBy": [{"id": "urn:epass:qualification:1", "title": "Hydraulics", "eCTSCreditPoints": 120}],
        "wasAwardedBy": {"id": "urn:epass:awardingProcess:1", "awardingDate": "2024-07-12T00:00:00+02:00"},
    }
]


def _load(tmp_path: Path, name: str, content: str) -> list[Document]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return load_file(path)


def test_a_drafts_sd_jwt_wrapped_and_without_its_final_tilde_is_read(tmp_path: Path) -> None:
    jti, jti_digest = _disclosure("s1", "jti", "urn:credential:0f6a")
    achieved, achieved_digest = _disclosure("s2", "achieved", ACHIEVED)
    payload = {
        "_sd": [jti_digest],
        "iss": "https://issuer.example",
        "iat": 1735689600,
        "type": "Europass",
        "credentialSubject": {"_sd": [achieved_digest]},
        "_sd_alg": "sha-256",
    }
    header = _b64(json.dumps({"alg": "ES256"}).encode())
    token = f"{header}.{_b64(json.dumps(payload).encode())}.c2lnbmF0dXJl~{jti}~{achieved}"
    (doc,) = _load(tmp_path, "diploma.jwt", "\n".join(textwrap.wrap(token, 68)) + "\n")

    assert doc.format == "ebsi", [f.message for f in doc.findings]
    assert doc.data["id"] == "urn:credential:0f6a"
    assert doc.data["title"] == "Hydraulics"
    assert doc.data["issue_date"] == "2025-01-01"
    assert any("iat" in f.message for f in doc.findings if f.pointer == "/issue_date")


def test_an_attestation_without_an_issued_date_takes_its_awarding_date(tmp_path: Path) -> None:
    credential = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "id": "urn:credential:77",
        "type": ["VerifiableCredential", "VerifiableAttestation", "Europass"],
        "issuer": "did:ebsi:zsSgDXeYPhZ3AuKhTFneDf1",
        "credentialSubject": {"id": "did:example:learner", "achieved": ACHIEVED},
    }
    (doc,) = _load(tmp_path, "europass.json", json.dumps(credential))

    assert doc.format == "ebsi"
    assert doc.data["issue_date"] == "2024-07-12"
    (note,) = [f for f in doc.findings if f.pointer == "/issue_date"]
    assert "wasAwardedBy.awardingDate" in note.message and note.severity.value == "info"


def test_a_national_level_given_as_a_register_concept_is_told_as_one(tmp_path: Path) -> None:
    achieved = [
        dict(ACHIEVED[0], specifiedBy=[{"title": "Hydraulics", "nqfLevel": "http://data.europa.eu/snb/qdr/c_dcc9aca1"}])
    ]
    credential = {
        "id": "urn:credential:78",
        "type": ["VerifiableCredential", "VerifiableAttestation", "Europass"],
        "issuanceDate": "2024-07-20T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner", "achieved": achieved},
    }
    (doc,) = _load(tmp_path, "europass.json", json.dumps(credential))
    (warning,) = [f for f in doc.findings if f.pointer == "/level/nqf"]
    assert "a concept of the EU's qualifications register" in warning.message


def test_the_language_of_the_activity_an_achievement_came_of_is_its_language(tmp_path: Path) -> None:
    activity = {
        "id": "urn:epass:activity:1",
        "specifiedBy": {
            "title": "Hydraulics",
            "language": ["http://publications.europa.eu/resource/authority/language/HRV"],
        },
    }
    credential = {
        "id": "urn:credential:79",
        "type": ["VerifiableCredential", "VerifiableAttestation", "Europass"],
        "issuanceDate": "2024-07-20T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner", "achieved": [dict(ACHIEVED[0], wasInfluencedBy=[activity])]},
    }
    (doc,) = _load(tmp_path, "europass.json", json.dumps(credential))
    assert doc.data["languages"] == ["hr"]
