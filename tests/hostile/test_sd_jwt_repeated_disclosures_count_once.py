"""An SD-JWT whose disclosures repeat (the same disclosure sent many times, its digest listed many times)
is read with each distinct claim once, and the note counts the claims put in place, not the copies sent."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from qa_checker.loaders import load_file


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def test_a_disclosure_sent_many_times_is_counted_once(tmp_path: Path) -> None:
    disclosure = _b64(json.dumps(["s1", "givenName", "Lena"]).encode())
    digest = _b64(hashlib.sha256(disclosure.encode()).digest())
    unused = _b64(json.dumps(["s2", "familyName", "Holm"]).encode())
    payload = {"type": ["VerifiableCredential"], "credentialSubject": {"id": "x", "_sd": [digest] * 50}}
    header = _b64(b'{"alg":"ES256"}')
    token = f"{header}.{_b64(json.dumps(payload).encode())}.c2ln~" + f"{disclosure}~" * 50 + f"{unused}~"
    path = tmp_path / "credential.jwt"
    path.write_text(token, encoding="utf-8")
    (doc,) = load_file(path)
    notes = [f.message for f in doc.findings]
    assert any("SD-JWT with 1 disclosure put in place of its digest" in m for m in notes), notes
