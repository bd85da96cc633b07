"""Baked Open Badges (a PNG or SVG image with the credential embedded, Open Badges 2.0 and 3.0 baking) are
unpacked and imported like the JSON or JWT they hold; an image without one, or holding only the address of a
hosted assertion, is refused with the reason. The images are built here, of the baking specifications' shape."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.importers.classify import skip_reason
from qa_checker.limits import Limits
from qa_checker.loaders import Loaders, load_file
from qa_checker.results import Result

OB3 = {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    "id": "urn:uuid:baked-1",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {"id": "https://uni.example.org/issuer", "type": ["Profile"], "name": "Example University"},
    "validFrom": "2025-01-01T00:00:00Z",
    "credentialSubject": {
        "type": ["AchievementSubject"],
        "achievement": {
            "id": "https://uni.example.org/achievements/1",
            "type": ["Achievement"],
            "name": "Data Stewardship Basics",
            "description": "Care for research data.",
            "criteria": {"narrative": "Pass the final assessment."},
        },
    },
}
OB2 = {
    "@context": "https://w3id.org/openbadges/v2",
    "type": "Assertion",
    "id": "https://uni.example.org/assertions/1",
    "recipient": {"type": "email", "hashed": False, "identity": "ada@example.org"},
    "issuedOn": "2024-05-01T00:00:00Z",
    "verification": {"type": "hosted"},
    "badge": {
        "type": "BadgeClass",
        "id": "https://uni.example.org/badges/1",
        "name": "Open Science Practice",
        "description": "Practise open science.",
        "criteria": {"narrative": "Publish a data set."},
        "issuer": {"type": "Profile", "id": "https://uni.example.org/issuer", "name": "Example University"},
    },
}


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(*chunks: bytes) -> bytes:
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    pixels = _chunk(b"IDAT", zlib.compress(b"\0\0"))
    return b"\x89PNG\r\n\x1a\n" + header + b"".join(chunks) + pixels + _chunk(b"IEND", b"")


def _itxt(keyword: str, text: str, *, compressed: bool = False) -> bytes:
    body = zlib.compress(text.encode()) if compressed else text.encode()
    return _chunk(b"iTXt", keyword.encode() + b"\0" + (b"\1\0" if compressed else b"\0\0") + b"\0\0" + body)


def _jws(payload: dict[str, Any]) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'ES256', 'typ': 'JWT'})}.{part(payload)}.c2lnbmF0dXJl"


def _load(tmp_path: Path, name: str, raw: bytes, limits: Limits | None = None) -> list[Document]:
    path = tmp_path / name
    path.write_bytes(raw)
    return load_file(path, limits=limits)


def _refusal(documents: list[Document]) -> str:
    (doc,) = documents
    assert doc.data is None
    return " ".join(f.message for f in doc.findings if f.severity.value == "error")


def test_an_open_badges_3_credential_baked_in_a_png_is_imported(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "badge.png", _png(_itxt("openbadgecredential", json.dumps(OB3))))
    assert doc.format == "ob3" and doc.data["title"] == "Data Stewardship Basics"
    assert doc.data["awarding_bodies"] == [{"name": "Example University"}]


def test_an_open_badges_2_assertion_baked_in_a_png_is_imported(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "badge.png", _png(_itxt("openbadges", json.dumps(OB2))))
    assert doc.format == "ob2" and doc.data["title"] == "Open Science Practice"


@pytest.mark.parametrize("compressed", [False, True])
def test_a_vc_jwt_baked_in_a_png_is_decoded(tmp_path: Path, compressed: bool) -> None:
    raw = _png(_chunk(b"tEXt", b"Software\0x"), _itxt("openbadgecredential", _jws(OB3), compressed=compressed))
    (doc,) = _load(tmp_path, "badge.png", raw)
    assert doc.data["title"] == "Data Stewardship Basics"


@pytest.mark.parametrize(
    "body",
    [
        f"<openbadges:credential><![CDATA[{json.dumps(OB3)}]]></openbadges:credential>",
        f'<openbadges:credential verify="{_jws(OB3)}"></openbadges:credential>',
        f'<ob:credential verify="{_jws(OB3)}"/>',
    ],
)
def test_a_credential_baked_in_an_svg_is_imported(tmp_path: Path, body: str) -> None:
    svg = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
        f'xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" xmlns:ob="https://purl.imsglobal.org/ob/v3p0">'
        f"{body}<circle r='1'/></svg>"
    )
    (doc,) = _load(tmp_path, "badge.svg", svg.encode())
    assert doc.format == "ob3" and doc.data["title"] == "Data Stewardship Basics"


def test_an_svg_assertion_with_escaped_json_is_read(tmp_path: Path) -> None:
    text = json.dumps(OB2).replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    svg = f'<svg xmlns:openbadges="http://openbadges.org"><openbadges:assertion>{text}</openbadges:assertion></svg>'
    (doc,) = _load(tmp_path, "badge.svg", svg.encode())
    assert doc.format == "ob2" and doc.data["title"] == "Open Science Practice"


def test_a_hosted_assertion_address_is_refused_as_one(tmp_path: Path) -> None:
    svg = '<svg><openbadges:assertion verify="https://uni.example.org/assertions/1"></openbadges:assertion></svg>'
    message = _refusal(_load(tmp_path, "badge.svg", svg.encode()))
    assert "only the address of its assertion, https://uni.example.org/assertions/1" in message
    message = _refusal(_load(tmp_path, "badge.png", _png(_itxt("openbadges", "https://uni.example.org/a/1"))))
    assert "iTXt chunk 'openbadges'" in message and "does not fetch it" in message


def test_an_image_without_a_badge_is_skipped_as_not_a_descriptor(tmp_path: Path) -> None:
    for name, raw in (("logo.png", _png(_chunk(b"tEXt", b"Comment\0hello"))), ("logo.svg", b"<svg><g/></svg>")):
        (doc,) = _load(tmp_path, name, raw)
        assert "an image without a baked Open Badge" in _refusal([doc])
        result = Result(name, None, None, "error", None, {}, list(doc.findings))
        assert skip_reason(result) is not None


def test_broken_images_are_refused_with_a_located_reason(tmp_path: Path) -> None:
    whole = _png(_itxt("openbadgecredential", json.dumps(OB3)))
    assert "ends inside a chunk (at byte 33)" in _refusal(_load(tmp_path, "cut.png", whole[:60]))
    assert "neither a PNG image" in _refusal(_load(tmp_path, "fake.png", b"GIF89a not a png\xff"))
    assert "neither JSON nor a compact JWS" in _refusal(_load(tmp_path, "odd.png", _png(_itxt("openbadges", "hi"))))
    invalid = _png(_chunk(b"iTXt", b"openbadges\0\1\0\0\0not zlib"))
    assert "not valid compressed data" in _refusal(_load(tmp_path, "bad.png", invalid))


def test_a_compressed_chunk_is_inflated_only_up_to_the_byte_limit(tmp_path: Path) -> None:
    bomb = _png(_itxt("openbadges", "{" + " " * 2_000_000 + "}", compressed=True))
    assert len(bomb) < 10_000
    message = _refusal(_load(tmp_path, "bomb.png", bomb, Limits(max_bytes=100_000)))
    assert "holds more than 100,000 bytes" in message


def test_a_baked_badge_on_standard_input_is_recognised(tmp_path: Path) -> None:
    (doc,) = Loaders().load_stdin(_png(_itxt("openbadgecredential", json.dumps(OB3))))
    assert doc.data["title"] == "Data Stewardship Basics"
    svg = f"<svg><openbadges:credential><![CDATA[{json.dumps(OB3)}]]></openbadges:credential></svg>"
    (doc,) = Loaders().load_stdin(svg.encode())
    assert doc.data["title"] == "Data Stewardship Basics"


def test_a_legacy_open_badges_1_assertion_in_a_text_chunk_is_read(tmp_path: Path) -> None:
    legacy = {
        "uid": "a-1",
        "recipient": {"type": "email", "hashed": False, "identity": "ada@example.org"},
        "issuedOn": "2015-04-30",
        "verify": {"type": "hosted", "url": "https://uni.example.org/assertions/a-1"},
        "badge": {key: value for key, value in OB2["badge"].items() if key != "type"},
    }
    (doc,) = _load(tmp_path, "old.png", _png(_chunk(b"tEXt", b"openbadges\0" + json.dumps(legacy).encode())))
    assert doc.imported_from == "Open Badges 1.x Assertion" and doc.data["title"] == "Open Science Practice"


def test_a_broken_credential_baked_in_an_svg_is_placed_on_the_image_file_s_lines(tmp_path: Path) -> None:
    """JSON baked in an SVG is placed by the image's own lines and columns, as the user opens it."""
    lines = json.dumps(OB2, indent=2).splitlines()
    lines[3] = lines[3].rstrip(",")  # the comma after "recipient" is missing
    svg = (
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">\n'
        "  <openbadges:assertion>\n    <![CDATA[\n" + "\n".join("      " + line for line in lines) + "\n    ]]>\n"
        "  </openbadges:assertion>\n</svg>\n"
    )
    (doc,) = _load(tmp_path, "badge.svg", svg.encode())
    (finding,) = [f for f in doc.findings if f.severity.value == "error"]
    assert "line 8" in finding.message and "line 4" not in finding.message
