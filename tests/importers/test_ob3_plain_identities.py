"""An Open Badges 3.0 identity object given in plain text (``hashed: false``) is read by its
``identityType``: a ``name`` is the learner's name, not an identifier, and a ``nationalIdentityNumber``
is a national identifier. Hashed identities stay opaque identifiers."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.loaders import json_


def _badge(*identities: dict[str, Any], **subject: Any) -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:badge-2",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.edu/issuer", "type": ["Profile"], "name": "Example College"},
        "validFrom": "2026-02-01T00:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": list(identities),
            "achievement": {"id": "urn:uuid:ach-2", "type": ["Achievement"], "name": "Soldering Basics"},
            **subject,
        },
    }


def _identity(kind: str, value: str, *, hashed: bool) -> dict[str, Any]:
    return {"type": "IdentityObject", "identityType": kind, "identityHash": value, "hashed": hashed}


def _convert(badge: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    [document] = json_.load(json.dumps(badge).encode(), "badge.json")
    assert document.data is not None, document.findings
    return document.data["learner"], [finding.message for finding in document.findings]


def test_a_plain_name_identity_is_the_learners_name() -> None:
    learner, _ = _convert(_badge(_identity("name", "Ada Byron", hashed=False)))
    assert learner == {"name": "Ada Byron"}


def test_a_plain_name_beside_another_identity_gives_both() -> None:
    learner, _ = _convert(
        _badge(_identity("name", "Ada Byron", hashed=False), _identity("studentId", "S-42", hashed=False))
    )
    assert learner == {"name": "Ada Byron", "identifier": {"scheme": "other", "value": "S-42"}}


def test_the_subject_name_wins_over_a_name_identity() -> None:
    learner, _ = _convert(_badge(_identity("name", "A. Byron", hashed=False), name="Ada Byron"))
    assert learner == {"name": "Ada Byron"}


def test_a_plain_national_identity_number_is_a_national_identifier() -> None:
    learner, _ = _convert(_badge(_identity("nationalIdentityNumber", "850101-1234", hashed=False)))
    assert learner == {"identifier": {"scheme": "national", "value": "850101-1234"}}


def test_a_hashed_name_stays_an_opaque_identifier_with_a_note() -> None:
    learner, messages = _convert(_badge(_identity("name", "sha256$abc123", hashed=True)))
    assert learner == {"identifier": {"scheme": "other", "value": "sha256$abc123"}}
    assert any("hashed name" in message for message in messages)
