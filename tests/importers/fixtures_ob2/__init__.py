"""Small synthetic Open Badges 2.0 documents of the shapes hosted badges and edubadges take (written here, not
copied): an assertion with its badge and issuer embedded, and the edubadges extensions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file

CONTEXT = "https://w3id.org/openbadges/v2"


def extension(name: str, key: str, value: object) -> dict[str, Any]:
    """An OB 2.0 extension object as edubadges writes it."""
    return {
        "@context": f"https://badges.example.org/static/extensions/{name}/context.json",
        "type": ["Extension", f"extensions:{name}"],
        key: value,
    }


def issuer(**extra: Any) -> dict[str, Any]:
    return {
        "type": "Issuer",
        "id": "https://badges.example.org/public/issuers/faculty-1",
        "name": "Faculty of Design",
        "url": "https://design.example.org",
        "email": "badges@example.org",
        **extra,
    }


def badge(**extra: Any) -> dict[str, Any]:
    return {
        "type": "BadgeClass",
        "id": "https://badges.example.org/public/badges/circular-1",
        "name": "Circular Design Basics",
        "description": "An introduction to designing products for reuse and repair.",
        "image": "https://badges.example.org/public/badges/circular-1/image",
        "criteria": {"narrative": "Pass the design portfolio review."},
        "issuer": issuer(),
        **extra,
    }


def assertion(**extra: Any) -> dict[str, Any]:
    return {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": "https://badges.example.org/public/assertions/a-1",
        "badge": badge(),
        "recipient": {"type": "email", "hashed": True, "salt": "pepper", "identity": "sha256$0a1b2c"},
        "issuedOn": "2024-05-01T10:00:00+00:00",
        "verification": {"type": "HostedBadge"},
        **extra,
    }


def load(tmp_path: Path, data: object, name: str = "badge.json") -> list[Document]:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def load_one(tmp_path: Path, data: object) -> Document:
    (doc,) = load(tmp_path, data)
    return doc


def messages(doc: Document, part: str) -> list[Any]:
    """The findings whose message holds ``part``."""
    return [f for f in doc.findings if part in f.message]
