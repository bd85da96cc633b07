"""An issued badge whose expiry comes before its date of issuing (Open Badges 2.0 ``expires`` before ``issuedOn``,
Open Badges 3.0 ``validUntil`` or ``expirationDate`` before the date it was awarded or issued) holds a typing error:
it is warned, at the expiry, naming both dates. An expiry on or after the day of issuing is the issuer's to set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.importers.fixtures_ob2 import assertion, load_one

OB3_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]


def _ob3(**dates: str) -> dict[str, Any]:
    return {
        "@context": OB3_CONTEXT,
        "id": "urn:uuid:6f1d7f0e-2b51-4c37-9c1a-3d0b5a1e2f40",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://www.tuni.fi/badges/issuer", "type": ["Profile"], "name": "Tampere University"},
        **dates,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://www.tuni.fi/badges/achievements/data-literacy",
                "type": ["Achievement"],
                "name": "Data Literacy Basics",
                "description": "Read, question and present data.",
                "criteria": {"narrative": "Pass the final assignment."},
            },
        },
    }


def _expiry_warnings(tmp_path: Path, data: dict[str, Any]) -> list[tuple[str, str | None]]:
    doc = load_one(tmp_path, data)
    return [
        (f.message, f.origin.pointer if f.origin else None)
        for f in doc.findings
        if f.severity.value == "warning" and "expires" in f.message
    ]


@pytest.mark.parametrize(
    ("data", "where", "expires", "issued"),
    [
        (
            assertion(issuedOn="2024-05-01T10:00:00+00:00", expires="2024-04-30T23:59:59+00:00"),
            "/expires",
            "2024-04-30",
            "2024-05-01",
        ),
        (assertion(issuedOn="2026-05-08", expires="2025-05-08"), "/expires", "2025-05-08", "2026-05-08"),
        (
            _ob3(validFrom="2026-05-08T09:00:00Z", validUntil="2026-05-01T00:00:00Z"),
            "/validUntil",
            "2026-05-01",
            "2026-05-08",
        ),
        (
            _ob3(issuanceDate="2026-05-08T09:00:00Z", expirationDate="2025-05-08T09:00:00Z"),
            "/expirationDate",
            "2025-05-08",
            "2026-05-08",
        ),
        (
            _ob3(awardedDate="2026-05-08", validFrom="2026-05-08", validUntil="2026-05-07"),
            "/validUntil",
            "2026-05-07",
            "2026-05-08",
        ),
    ],
)
def test_an_expiry_before_the_date_of_issuing_is_warned(
    tmp_path: Path, data: dict[str, Any], where: str, expires: str, issued: str
) -> None:
    ((message, pointer),) = _expiry_warnings(tmp_path, data)
    assert pointer == where
    assert f"expires on {expires}, before it was issued on {issued}" in message


@pytest.mark.parametrize(
    "data",
    [
        assertion(issuedOn="2024-05-01T10:00:00+00:00", expires="2024-05-01T09:00:00+00:00"),
        assertion(issuedOn="2024-05-01T10:00:00+00:00", expires="2027-05-01T00:00:00+00:00"),
        assertion(issuedOn="2024-05-01T10:00:00+00:00"),
        _ob3(validFrom="2026-05-08T09:00:00Z", validUntil="2029-05-08T00:00:00Z"),
        _ob3(validFrom="2026-05-08T09:00:00Z"),
    ],
)
def test_an_expiry_on_or_after_the_day_of_issuing_is_not_warned(tmp_path: Path, data: dict[str, Any]) -> None:
    assert _expiry_warnings(tmp_path, data) == []


def _elm(**dates: str) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:uuid:0c3f2a9e-8d41-4b7a-a1f0-5e2d9c7b6a13",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        **dates,
        "credentialSubject": {
            "id": "did:example:learner-17",
            "type": "Person",
            "fullName": {"en": "Joana Silva"},
            "hasClaim": [
                {
                    "id": "urn:claim:1",
                    "type": "LearningAchievement",
                    "title": {"en": "Digital Accessibility Basics"},
                    "awardedBy": {
                        "id": "urn:award:1",
                        "type": "AwardingProcess",
                        "awardingBody": {
                            "id": "urn:org:1",
                            "type": "Organisation",
                            "legalName": {"en": "Universidade do Porto"},
                        },
                    },
                }
            ],
        },
    }


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (_elm(issuanceDate="2026-05-08T10:00:00Z", expirationDate="2026-04-08T00:00:00Z"), True),
        (_elm(issuanceDate="2026-05-08T10:00:00Z", expirationDate="2031-05-08T00:00:00Z"), False),
        (
            _elm(issued="2026-05-08T10:00:00Z", validFrom="2026-05-08T10:00:00Z", validUntil="2026-05-01T00:00:00Z"),
            True,
        ),
    ],
)
def test_a_european_digital_credential_expiring_before_it_was_issued_is_warned(
    tmp_path: Path, data: dict[str, Any], warned: bool
) -> None:
    assert bool(_expiry_warnings(tmp_path, data)) is warned
