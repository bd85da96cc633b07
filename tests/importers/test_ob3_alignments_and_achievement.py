"""An Open Badges 3.0 EQF alignment is read by its EQF level concept (``http://data.europa.eu/snb/eqf/<n>``)
whatever code is written beside it; the code counts only when the URL is no EQF level. An achievement named
only by reference is refused as such."""

from __future__ import annotations

import json
from typing import Any

import pytest

from qa_checker.loaders import json_

EQF6 = "http://data.europa.eu/snb/eqf/6"


def _badge(alignment: dict[str, Any]) -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:badge-1",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.edu/issuer", "type": ["Profile"], "name": "Example University"},
        "validFrom": "2026-01-10T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "urn:uuid:achievement-1",
                "type": ["Achievement"],
                "name": "Data Literacy",
                "alignment": [{"type": ["Alignment"], "targetName": "EQF", **alignment}],
            },
        },
    }


def _level(alignment: dict[str, Any]) -> object:
    [document] = json_.load(json.dumps(_badge(alignment)).encode(), "badge.json")
    assert document.data is not None, document.findings
    return document.data.get("level", {}).get("eqf")


@pytest.mark.parametrize("code", ["EQF 6", "Level 6", "6", "level-6"])
def test_the_eqf_concept_gives_the_level_whatever_the_code(code: str) -> None:
    assert _level({"targetType": "ext:EQF", "targetUrl": EQF6, "targetCode": code}) == 6


def test_the_code_gives_the_level_when_the_url_is_no_eqf_concept() -> None:
    alignment = {"targetType": "ext:EQF", "targetUrl": "https://europa.eu/europass/en/eqf", "targetCode": "5"}
    assert _level(alignment) == 5


def test_a_code_in_words_beside_no_eqf_concept_is_kept_as_found() -> None:
    alignment = {"targetType": "ext:EQF", "targetUrl": "https://europa.eu/europass/en/eqf", "targetCode": "EQF 5"}
    assert _level(alignment) == "EQF 5"


def test_an_achievement_named_only_by_reference_is_refused_as_such() -> None:
    badge = _badge({"targetType": "ext:EQF", "targetUrl": EQF6})
    badge["credentialSubject"]["achievement"] = "https://example.edu/achievements/1"
    [document] = json_.load(json.dumps(badge).encode(), "badge.json")
    assert document.data is None
    [finding] = document.findings
    assert "only by reference (https://example.edu/achievements/1)" in finding.message
    assert finding.origin is not None and finding.origin.pointer == "/credentialSubject/achievement"
