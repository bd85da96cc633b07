"""A text in a language map under BCP 47's ``und`` (undetermined language), as ELM converters write names
and grades, is read as a plain text, not dropped; a map with a known language keeps that language."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.importers.jsonld import lang_string
from qa_checker.loaders import json_


def _credential(**subject: Any) -> dict[str, Any]:
    assessment = {"id": "urn:uuid:assessment-1", "type": "LearningAssessment", "grade": {"noteLiteral": {"und": "B"}}}
    claim = {
        "id": "urn:uuid:claim-1",
        "type": "LearningAchievement",
        "title": {"sv": "Statistik I", "en": "Statistics I"},
        "provenBy": [assessment],
    }
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:uuid:credential-1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": {"id": "did:ebsi:hei", "type": "Organisation", "legalName": {"sv": "Lärosätet", "en": "The HEI"}},
        "issued": "2025-01-23T13:30:48Z",
        "credentialSubject": {"id": "urn:uuid:person-1", "type": "Person", "hasClaim": [claim], **subject},
    }


def test_names_and_grade_in_undetermined_language_are_read() -> None:
    data = _credential(givenName={"und": "Marit"}, familyName={"und": "Berg"})
    [document] = json_.load(json.dumps(data).encode(), "credential.json")
    assert document.data is not None, document.findings
    assert document.data["learner"]["name"] == "Marit Berg"
    assert document.data["grade"] == "B"


def test_an_undetermined_text_beside_a_known_language_gives_way_to_it() -> None:
    assert lang_string({"und": "Statistik", "en": "Statistics"}) == {"en": "Statistics"}
    assert lang_string({"und-Latn": "Berg"}) == "Berg"
