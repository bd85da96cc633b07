"""EUDI wallet credentials: an SD-JWT (the issuer's JWT, its disclosures after ~, maybe a key-binding JWT)
is read with each disclosed claim put in place of its digest (RFC 9901) and undisclosed ones left out; and
an ELM credential carried under the claim ``elm`` (the SD-JWT VC type urn:eudi:elm:1) is read as ELM,
as a JWT's payload or as plain JSON."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file

ELM_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "http://data.europa.eu/snb/model/context/edc-ap"]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _disclosure(*parts: Any) -> tuple[str, str]:
    """A disclosure and its sha-256 digest."""
    text = _b64(json.dumps(list(parts)).encode())
    return text, _b64(hashlib.sha256(text.encode()).digest())


def _credential(subject: dict[str, Any]) -> dict[str, Any]:
    claim = {"id": "urn:uuid:claim-9", "type": "LearningAchievement", "title": {"en": "Wound Care Basics"}}
    return {
        "@context": ELM_CONTEXT,
        "id": "urn:uuid:credential-9",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": {"id": "did:ebsi:college", "type": "Organisation", "legalName": {"en": "Nursing College"}},
        "validFrom": "2025-03-01T00:00:00Z",
        "credentialSubject": {"id": "urn:uuid:person-9", "type": "Person", "hasClaim": [claim], **subject},
    }


def _sd_jwt(payload: dict[str, Any], *disclosures: str, binding: str = "") -> str:
    header = _b64(json.dumps({"alg": "ES256", "typ": "dc+sd-jwt"}).encode())
    return f"{header}.{_b64(json.dumps(payload).encode())}.c2ln~" + "".join(f"{d}~" for d in disclosures) + binding


def _load(tmp_path: Path, name: str, content: str) -> list[Document]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return load_file(path)


def test_disclosed_claims_are_read_and_undisclosed_ones_left_out(tmp_path: Path) -> None:
    given, given_digest = _disclosure("s1", "givenName", {"en": "Lena"})
    family, family_digest = _disclosure("s2", "familyName", {"en": "Holm"})
    _hidden, hidden_digest = _disclosure("s3", "dateOfBirth", "1990-01-01")
    subject = {"_sd": [given_digest, family_digest, hidden_digest]}
    payload = {"vct": "urn:eudi:elm:1", "_sd_alg": "sha-256", "elm": _credential(subject)}
    (doc,) = _load(
        tmp_path,
        "credential.jwt",
        _sd_jwt(payload, given, family, binding="eyJhbGciOiJFUzI1NiJ9.eyJub25jZSI6IjEifQ.c2ln"),
    )
    assert doc.format == "elm"
    assert doc.data["learner"] == {"name": "Lena Holm"}
    notes = [f.message for f in doc.findings]
    assert any("SD-JWT with 2 disclosures put in place" in m for m in notes)
    assert any("claim 'elm'" in m for m in notes)


def test_a_disclosed_list_element_takes_its_digests_place(tmp_path: Path) -> None:
    element, digest = _disclosure("s4", {"id": "urn:uuid:claim-9", "type": "LearningAchievement", "title": "Triage"})
    credential = _credential({})
    credential["credentialSubject"]["hasClaim"] = [{"...": digest}, {"...": "not-disclosed"}]
    (doc,) = _load(tmp_path, "credential.jwt", _sd_jwt(credential, element))
    assert doc.data["title"] == "Triage"


def test_an_unknown_digest_algorithm_is_refused_with_the_reason(tmp_path: Path) -> None:
    given, given_digest = _disclosure("s1", "givenName", "Lena")
    payload = {"_sd_alg": "md5", **_credential({"_sd": [given_digest]})}
    (doc,) = _load(tmp_path, "credential.jwt", _sd_jwt(payload, given))
    assert doc.data is None
    assert any("hash algorithm 'md5'" in f.message for f in doc.findings)


def test_a_malformed_disclosure_is_refused_with_its_number(tmp_path: Path) -> None:
    given, given_digest = _disclosure("s1", "givenName", "Lena")
    payload = _credential({"_sd": [given_digest]})
    (doc,) = _load(tmp_path, "credential.jwt", _sd_jwt(payload, given, _b64(b'{"not": "an array"}')))
    assert doc.data is None
    assert any("disclosure 2 of the SD-JWT" in f.message for f in doc.findings)


def test_an_elm_credential_under_the_claim_elm_is_read_from_plain_json(tmp_path: Path) -> None:
    data = {"vct": "urn:eudi:elm:1", "elm": _credential({"fullName": {"en": "Lena Holm"}})}
    (doc,) = _load(tmp_path, "credential.json", json.dumps(data))
    assert doc.format == "elm" and doc.data["title"] == {"en": "Wound Care Basics"}
    assert doc.origins["/title"].pointer.startswith("/elm/credentialSubject/hasClaim/0")


def test_a_claim_elm_that_holds_no_credential_is_not_unwrapped(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "data.json", json.dumps({"elm": {"version": "3.2"}, "notes": "x"}))
    assert doc.data is None
