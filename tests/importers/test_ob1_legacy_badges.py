"""Open Badges 1.x and 0.5 documents (no @context and no type: what older baked badges and backpacks hold) are
read by the terms Open Badges 2.0 kept, said so, instead of being refused as no descriptor. The fixtures are
written here, of the shapes of the 1.0 and 0.5 specifications."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file

ISSUER = {"name": "Example Academy", "url": "https://academy.example.org"}
BADGE = {
    "name": "Data Literacy",
    "description": "Reads and questions data.",
    "image": "https://academy.example.org/badge.png",
    "criteria": "https://academy.example.org/criteria",
    "issuer": ISSUER,
}


def _load(tmp_path: Path, data: dict[str, Any]) -> list[Document]:
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def _note(doc: Document) -> bool:
    return any("Open Badges 1.x or 0.5" in f.message for f in doc.findings)


def test_a_1_0_assertion_with_its_badge_is_read(tmp_path: Path) -> None:
    data = {
        "uid": "a-1",
        "recipient": {"type": "email", "hashed": False, "identity": "ada@example.org"},
        "badge": BADGE,
        "issuedOn": "2015-04-30",
        "verify": {"type": "hosted", "url": "https://academy.example.org/assertions/a-1"},
    }
    (doc,) = _load(tmp_path, data)
    assert doc.format == "ob2" and doc.imported_from == "Open Badges 1.x Assertion" and _note(doc)
    assert doc.data["kind"] == "credential" and doc.data["id"] == "https://academy.example.org/assertions/a-1"
    assert doc.data["title"] == "Data Literacy"
    assert doc.data["awarding_bodies"] == [{"name": "Example Academy", "url": "https://academy.example.org"}]
    assert doc.data["learner"] == {"identifier": {"scheme": "other", "value": "ada@example.org"}}
    assert doc.data["issue_date"] == "2015-04-30"


def test_a_0_5_assertion_with_a_hashed_recipient_is_read(tmp_path: Path) -> None:
    data = {
        "recipient": "sha256$2ad891a61112bb953171416acc9cfe2484d59a45a3ed574a1ca93b47d07629fe",
        "salt": "hi",
        "issued_on": "2011-06-01",
        "badge": {**BADGE, "version": "0.5.0", "criteria": "/badges/data-literacy"},
    }
    (doc,) = _load(tmp_path, data)
    assert doc.imported_from == "Open Badges 0.5 Assertion"
    assert doc.data["learner"]["identifier"]["value"].startswith("sha256$")
    assert doc.origins["/learner/identifier"].pointer == "/recipient"
    assert any("hashed identity" in f.message for f in doc.findings)
    assert doc.data["issue_date"] == "2011-06-01"
    assert "assessment" not in doc.data, "a criteria path is an address, not the assessment's description"
    assert any("criteria are given only by URL (/badges/data-literacy)" in f.message for f in doc.findings)


def test_a_1_0_badge_class_is_read_as_an_offer(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, {**BADGE, "issuer": "https://academy.example.org/issuer.json"})
    assert doc.imported_from == "Open Badges 1.x BadgeClass" and doc.data["kind"] == "offer"
    assert any("issuer is given only by its URL" in f.message for f in doc.findings)


def test_a_1_0_assertion_naming_its_badge_by_url_is_refused_as_one(tmp_path: Path) -> None:
    data = {"uid": "a-2", "recipient": {"identity": "x"}, "badge": "https://academy.example.org/badge.json"}
    (doc,) = _load(tmp_path, data)
    assert doc.data is None
    (error,) = [f for f in doc.findings if f.severity.value == "error"]
    assert "Open Badges 1.x assertion names its badge only by URL (https://academy.example.org/badge.json)" in (
        error.message
    )


def test_typed_or_contextual_documents_are_not_taken_for_legacy_badges(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, {"@context": "https://example.org/ctx", **BADGE})
    assert doc.data is None or doc.imported_from != "Open Badges 1.x BadgeClass"
    data = {"recipient": "ada@example.org", "badge": BADGE, "issuedOn": "2015-04-30", "type": "Assertion"}
    (doc,) = _load(tmp_path, data)
    assert doc.imported_from == "Open Badges 2.0 Assertion"
    assert "learner" not in doc.data, "in Open Badges 2.0 the recipient is an identity object"


def test_a_0_5_assertion_of_a_recipient_and_a_badge_alone_is_read(tmp_path: Path) -> None:
    """Open Badges 0.5 requires only the recipient and the badge written out (Edubadges' own test instance): it was
    skipped as no format qa-checker imports."""
    badge = {"version": "0.5.0", "name": "Basic McBadge", "image": "http://oldstyle.example/images/1"}
    badge |= {"description": "A basic badge.", "criteria": "http://oldstyle.example/criteria/1"}
    badge["issuer"] = {"origin": "http://oldstyle.example", "name": "Basic Issuer"}
    (doc,) = _load(tmp_path, {"recipient": "test@example.com", "badge": badge})
    assert doc.imported_from == "Open Badges 0.5 Assertion" and doc.data["kind"] == "credential"
    assert doc.data["title"] == "Basic McBadge" and doc.data["awarding_bodies"][0]["name"] == "Basic Issuer"


def test_a_recipient_beside_a_badge_of_other_keys_is_no_badge(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, {"recipient": "test@example.com", "badge": {"name": "Gold", "colour": "yellow"}})
    assert doc.data is None or doc.format != "ob2"
