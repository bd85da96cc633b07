"""A document that goes over the JSON-LD node limit inside an envelope (a presentation's second credential, a
signed envelope's payload) is reported at the place in the original where reading stopped, not at its top."""

from __future__ import annotations

import itertools
from typing import Any

from qa_checker.document import Document
from qa_checker.importers import import_documents
from qa_checker.limits import Limits


def _badge(number: int) -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": f"urn:uuid:badge-{number}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.edu/issuer", "type": ["Profile"], "name": "Example University"},
        "validFrom": "2026-01-10T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {"id": f"urn:uuid:achievement-{number}", "type": ["Achievement"], "name": "Data Literacy"},
        },
    }


def _imported(data: object, limit: int) -> list[Document]:
    return import_documents(Document(source="p.json", data=data, format="json"), Limits(jsonld_nodes=limit))


def _refusal_origin(data: object, limit: int) -> str | None:
    [refused] = _imported(data, limit)
    assert refused.data is None
    [finding] = refused.findings
    return finding.origin.pointer if finding.origin is not None else None


def _presentation(*badges: dict[str, Any]) -> dict[str, Any]:
    return {"type": ["VerifiablePresentation"], "verifiableCredential": list(badges)}


def test_the_limit_reached_in_a_presentations_second_credential_is_located_there() -> None:
    one = _presentation(_badge(1))
    fits = next(limit for limit in itertools.count(1) if all(d.data is not None for d in _imported(one, limit)))
    origin = _refusal_origin(_presentation(_badge(1), _badge(2)), fits + 1)
    assert origin is not None and origin.startswith("/verifiableCredential/1")


def test_the_limit_reached_in_a_signed_payload_is_located_under_it() -> None:
    origin = _refusal_origin({"payload": _badge(1), "signatures": [{"signature": "x"}]}, 5)
    assert origin is not None and origin.startswith("/payload")
