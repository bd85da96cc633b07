"""A country written by its English name with the article ("The Netherlands", as Edubadges issuers give it) is
the country, in every format that names countries."""

from __future__ import annotations

import json

import pytest

from qa_checker.importers.builder import country_code
from qa_checker.loaders import json_


@pytest.mark.parametrize(("name", "code"), [("The Netherlands", "NL"), ("the Gambia", "GM"), ("The  Bahamas", "BS")])
def test_the_article_is_no_part_of_the_name(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["The", "Theland", "The Naboo"])
def test_what_is_no_country_with_or_without_the_article_stays_none(name: str) -> None:
    assert country_code(name) is None


def test_an_open_badges_issuer_in_the_netherlands() -> None:
    badge = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:badge-1",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": "https://example.edu/issuer",
            "type": ["Profile"],
            "name": "Hogeschool Voorbeeld",
            "address": {"type": ["Address"], "addressCountry": "The Netherlands"},
        },
        "validFrom": "2026-01-10T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {"id": "urn:uuid:achievement-1", "type": ["Achievement"], "name": "Data Literacy"},
        },
    }
    [document] = json_.load(json.dumps(badge).encode(), "badge.json")
    assert document.data is not None, document.findings
    assert document.data["awarding_bodies"][0]["country"] == "NL"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("United States of America", "US"),
        ("Republic of Korea", "KR"),
        ("Czech Republic", "CZ"),
        ("die Schweiz", "CH"),
        ("les Pays-Bas", "NL"),
        ("l'Italia", "IT"),
    ],
)
def test_a_credential_names_a_country_as_a_catalogue_may(name: str, code: str) -> None:
    """Credentials and catalogues read country names from one table: official long names and articles in
    the European languages included."""
    assert country_code(name) == code
