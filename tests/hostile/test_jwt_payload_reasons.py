"""A compact JWS whose payload cannot be read says why: not UTF-8, not JSON (where), or null.

Every such payload was "not base64url-encoded JSON", also when its base64url was fine and one control
character or a byte-order mark in the JSON stopped it, which left the issuer nothing to look for.
"""

from __future__ import annotations

import base64

import pytest

from qa_checker.loaders import jwt_


def _token(payload: bytes) -> bytes:
    def part(raw: bytes) -> bytes:
        return base64.urlsafe_b64encode(raw).rstrip(b"=")

    return part(b'{"alg": "ES256"}') + b"." + part(payload) + b".c2ln"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (
            b'{"vc": {"name": "a\x01b"}}',
            "the JWT's payload is not base64url-encoded JSON: it decodes to text that is not JSON (line 1, column 19: Invalid control character at)",
        ),
        (
            b'\xef\xbb\xbf{"vc": {}}',
            "the JWT's payload is not base64url-encoded JSON: it decodes to text that is not JSON (line 1, column 1: Unexpected UTF-8 BOM",
        ),
        (
            b'{\n"vc": }',
            "the JWT's payload is not base64url-encoded JSON: it decodes to text that is not JSON (line 2, column 7: Expecting value)",
        ),
        (
            b'{"vc": "caf\xe9"}',
            "the JWT's payload is not base64url-encoded JSON: it decodes to bytes that are not UTF-8 text (byte 0xE9 at offset 11)",
        ),
        (b"null", "the signed envelope's payload is empty, not a credential object"),
    ],
)
def test_an_unreadable_payload_names_its_fault(payload: bytes, reason: str) -> None:
    [document] = jwt_.load(_token(payload), "x.jwt")
    assert document.data is None
    assert any(f.message.startswith(reason) for f in document.findings), document.findings


def test_a_payload_that_is_not_base64url_says_so() -> None:
    [document] = jwt_.load(b"eyJhbGciOiJFUzI1NiJ9.e.c2ln", "x.jwt")
    assert any("not base64url-encoded JSON" in f.message for f in document.findings), document.findings
