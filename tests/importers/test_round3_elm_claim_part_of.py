"""An ELM claim that is part of a larger achievement (``isPartOf`` on the claim, as an ELM issuing plugin for Moodle
writes it) while its specification says only ``isPartialQualification: false``: stackable towards that
achievement, and no note that stackability is missing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.loaders import load_file

_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "http://data.europa.eu/snb/model/context/edc-ap"]


def _credential(tmp_path: Path, **claim_terms: Any) -> Any:
    spec = {
        "id": "urn:epass:qualification:1",
        "type": "Qualification",
        "title": {"en": "Digital Credentials Basics"},
        "isPartialQualification": False,
    }
    claim = {
        "id": "urn:epass:learningAchievement:1",
        "type": "LearningAchievement",
        "title": {"en": "Digital Credentials Basics"},
        "specifiedBy": spec,
        **claim_terms,
    }
    credential = {
        "@context": _CONTEXT,
        "id": "urn:credential:1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "credentialSubject": {"id": "urn:epass:person:1", "type": "Person", "fullName": "Ada", "hasClaim": claim},
    }
    path = tmp_path / "credential.jsonld"
    path.write_text(json.dumps(credential), encoding="utf-8")
    (document,) = load_file(path)
    return document


def _missing_notes(document: Any) -> list[Any]:
    return [f for f in document.findings if "so stackability is missing" in f.message]


def test_the_claims_larger_achievement_makes_it_stackable_without_a_missing_note(tmp_path: Path) -> None:
    larger = {
        "id": "urn:epass:learningAchievement:programme",
        "type": "LearningAchievement",
        "title": {"en": "Certificate in Digital Credentials"},
    }
    document = _credential(tmp_path, isPartOf=[larger])
    assert document.data["stackability"] == {
        "type": "stackable",
        "towards": [{"title": {"en": "Certificate in Digital Credentials"}}],
    }
    assert document.origins["/stackability"].pointer == "/credentialSubject/hasClaim/isPartOf"
    assert not _missing_notes(document)


def test_without_it_the_specification_alone_still_gets_the_note(tmp_path: Path) -> None:
    document = _credential(tmp_path)
    assert "stackability" not in document.data
    (note,) = _missing_notes(document)
    assert note.origin.pointer == "/credentialSubject/hasClaim/specifiedBy/isPartialQualification"
