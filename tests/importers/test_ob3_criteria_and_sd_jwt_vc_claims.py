"""Open Badges 3.0: the achievement's criteria narrative is read as the assessment's description, as for Open
Badges 2.0; and the claims of an SD-JWT VC giving an Open Badges achievement without a type (the EUDI wallets'
micro-credential, vct urn:eudi:micro_credential:1) are read as a credential, its date of issuing from iat. The
fixtures are written here, of those shapes."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file

ACHIEVEMENT = {
    "name": "Introduction to Data Stewardship",
    "description": "Care for research data across its life cycle.",
    "criteria": {"narrative": "Pass the final assignment."},
    "ECTS": 3,
}


def _load(tmp_path: Path, name: str, text: str) -> list[Document]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_file(path)


def _claims(**changes: Any) -> dict[str, Any]:
    claims = {
        "vct": "urn:eudi:micro_credential:1",
        "iss": "https://issuer.example.org",
        "iat": 1735689600,
        "credentialSubject": {"achievement": ACHIEVEMENT},
    }
    claims.update(changes)
    return claims


def test_the_criteria_narrative_of_an_achievement_is_the_assessment_description(tmp_path: Path) -> None:
    credential = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:1",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://uni.example.org", "type": ["Profile"], "name": "Example University"},
        "validFrom": "2025-01-01T00:00:00Z",
        "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"type": ["Achievement"], **ACHIEVEMENT}},
    }
    (doc,) = _load(tmp_path, "badge.json", json.dumps(credential))
    assert doc.data["assessment"] == {"description": "Pass the final assignment."}
    assert doc.origins["/assessment/description"].pointer == "/credentialSubject/achievement/criteria/narrative"
    assert any("criteria.narrative" in f.message for f in doc.findings)


def test_the_claims_of_an_sd_jwt_vc_are_read_as_a_credential(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "claims.json", json.dumps(_claims()))
    assert doc.format == "ob3" and "SD-JWT VC (urn:eudi:micro_credential:1)" in doc.imported_from
    assert doc.data["kind"] == "credential" and doc.data["title"] == "Introduction to Data Stewardship"
    assert doc.data["workload"] == {"ects": 3}
    assert doc.data["issue_date"] == "2025-01-01" and doc.origins["/issue_date"].pointer == "/iat"
    (warning,) = [f for f in doc.findings if "issuer is given only by its id" in f.message]
    assert warning.origin.pointer == "/iss"


def test_an_sd_jwt_vc_token_is_read_the_same_way(tmp_path: Path) -> None:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    token = f"{part({'alg': 'ES256', 'typ': 'dc+sd-jwt'})}.{part(_claims())}.c2ln~"
    (doc,) = _load(tmp_path, "claims.jwt", token)
    assert doc.data["title"] == "Introduction to Data Stewardship"


def test_an_iat_that_is_no_time_is_warned(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "claims.json", json.dumps(_claims(iat=10**30)))
    assert "issue_date" not in doc.data
    assert any(f.message.startswith("iat ") for f in doc.findings if f.origin and f.origin.pointer == "/iat")


def test_claims_without_an_achievement_are_not_taken_for_a_badge(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "claims.json", json.dumps(_claims(credentialSubject={"given_name": "Ada"})))
    assert doc.data is None
