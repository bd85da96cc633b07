"""Hostile data: URLs of enveloped credentials, round nine: a data: URL is read as the WHATWG Fetch standard's
data: URL processor reads one (the scheme and ``;base64`` in any case, the data percent-decoded first, base64
wrapped on lines or left unpadded), JSON with a UTF-8 byte-order mark is JSON, and what cannot be read is refused
at the id; base64 only shrinks what it holds, so a data: URL near the size limit is read in bounded time."""

from __future__ import annotations

import base64
import json
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.timing import assert_linear

V2 = "https://www.w3.org/ns/credentials/v2"
CREDENTIAL = {
    "@context": [V2, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    "id": "urn:uuid:0b6f1d0e-7c55-4d8e-a1f3-5d2b9c4e8a70",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {"id": "https://issuer.example.fi/profile", "type": ["Profile"], "name": "Tampere Example Academy"},
    "validFrom": "2026-02-10T12:00:00Z",
    "credentialSubject": {
        "id": "did:example:learner",
        "type": ["AchievementSubject"],
        "achievement": {
            "id": "https://issuer.example.fi/achievements/cse",
            "type": ["Achievement"],
            "name": "Cloud Security Essentials",
            "description": "Securing cloud workloads.",
            "criteria": {"narrative": "Pass the proctored final exam."},
        },
    },
}
_JSON = json.dumps(CREDENTIAL).encode("utf-8")
TEXT = _JSON + b" " * ((1 - len(_JSON)) % 3)  # one byte past a group of three: its base64 ends in "=="
B64 = base64.b64encode(TEXT).decode("ascii")


def _load(tmp_path: Path, url: str) -> Document:
    path = tmp_path / "enveloped.json"
    path.write_text(json.dumps({"@context": [V2], "type": "EnvelopedVerifiableCredential", "id": url}), "utf-8")
    (document,) = load_file(path)
    return document


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("DATA:application/vc;base64," + B64, id="scheme in capitals"),
        pytest.param("Data:application/vc;BASE64," + B64, id="base64 in capitals"),
        pytest.param("data:application/vc; base64," + B64, id="space before base64"),
        pytest.param(
            "data:application/vc;base64," + "\n".join(B64[i : i + 76] for i in range(0, len(B64), 76)), id="wrapped"
        ),
        pytest.param("data:application/vc;base64," + B64.removesuffix("=="), id="unpadded"),
        pytest.param("data:application/vc;base64," + urllib.parse.quote(B64, safe=""), id="percent-encoded base64"),
        pytest.param("data:application/vc;base64," + base64.b64encode(b"\xef\xbb\xbf" + TEXT).decode(), id="BOM"),
        pytest.param("data:application/vc," + urllib.parse.quote("\ufeff" + TEXT.decode()), id="BOM percent-encoded"),
    ],
)
def test_a_data_url_written_as_browsers_read_it_is_read(tmp_path: Path, url: str) -> None:
    document = _load(tmp_path, url)
    assert document.data is not None, [f.message for f in document.findings]
    assert document.data["title"] == "Cloud Security Essentials"
    (note,) = [f for f in document.findings if "data: URL of an enveloped credential" in f.message]
    assert "(application/vc)" in note.message  # the media type, without its ;base64


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("data:application/vc;base64,eyJhb", "not valid base64"),  # one character past a group of four
        ("data:application/vc;base64,eyJh" + "@" * 8, "not valid base64"),
        ("data:text/html,<b>hello</b>", "neither a credential object"),
        ("data:application/vc,", "neither a credential object"),
        ("data:application/vc;base64," + base64.b64encode(TEXT.decode().encode("utf-16")).decode(), "binary data"),
    ],
)
def test_a_data_url_that_holds_no_credential_is_refused_at_the_id(tmp_path: Path, url: str, words: str) -> None:
    document = _load(tmp_path, url)
    assert document.data is None
    finding = document.findings[-1]
    assert words in finding.message and finding.origin is not None and finding.origin.pointer == "/id"


def test_a_data_url_near_the_size_limit_is_read_in_bounded_time(tmp_path: Path) -> None:
    def load(size: int) -> Document:
        big = {**CREDENTIAL, "extension": "x" * size}
        return _load(tmp_path, "data:application/vc;base64," + base64.b64encode(json.dumps(big).encode()).decode())

    document = load(3_500_000)
    assert document.data is not None or any(f.origin is not None for f in document.findings)
    assert_linear(load, 875_000, 3_500_000)


def test_data_urls_inside_data_urls_are_opened_to_the_limit_then_refused_located(tmp_path: Path) -> None:
    url = "data:application/vc;base64," + B64
    for _ in range(8):
        inner: dict[str, Any] = {"@context": [V2], "type": "EnvelopedVerifiableCredential", "id": url}
        url = "DATA:application/vc;BASE64," + base64.b64encode(json.dumps(inner).encode()).decode()
    document = _load(tmp_path, url)
    assert document.data is None
    assert document.findings[-1].origin is not None and document.findings[-1].origin.pointer.startswith("/id")
