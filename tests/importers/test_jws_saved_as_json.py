"""A compact JWS saved with the .json suffix (a signed Open Badges 2.0 assertion, a VC-JWT downloaded as a file) is
read as the JWT it is, not refused as invalid JSON."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from qa_checker.loaders import load_file

CREDENTIAL = {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    "id": "urn:uuid:signed-1",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {"id": "https://uni.example.org/issuer", "type": ["Profile"], "name": "Example University"},
    "validFrom": "2025-01-01T00:00:00Z",
    "credentialSubject": {
        "type": ["AchievementSubject"],
        "achievement": {"id": "urn:x:a", "type": ["Achievement"], "name": "Data Stewardship Basics"},
    },
}


def _part(value: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def test_a_compact_jws_saved_as_json_is_read_as_one(tmp_path: Path) -> None:
    path = tmp_path / "signed.json"
    path.write_text(f"{_part({'alg': 'ES256'})}.{_part(CREDENTIAL)}.c2ln\n", encoding="utf-8")
    (doc,) = load_file(path)
    assert doc.format == "ob3" and doc.data["title"] == "Data Stewardship Basics"
    assert "JWT payload" in doc.imported_from


def test_a_bare_word_in_a_json_file_is_still_a_json_error(tmp_path: Path) -> None:
    path = tmp_path / "word.json"
    path.write_text("Data Literacy\n", encoding="utf-8")
    (doc,) = load_file(path)
    assert doc.data is None and any("not in double quotes" in f.message for f in doc.findings)
