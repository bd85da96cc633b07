"""ELM credentials that give learning outcomes on the claim itself (``hasClaim.learningOutcome``), as DC4EU's
micro-credential examples do, rather than on its specification."""

from __future__ import annotations

import json
from pathlib import Path

from qa_checker.document import Document
from qa_checker.loaders import load_file


def _credential(claim: dict) -> dict:
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:uuid:claim-outcomes",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuanceDate": "2025-01-10T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": "Person",
            "fullName": {"en": "Ada Example"},
            "hasClaim": [claim],
        },
    }


def _claim(**extra: object) -> dict:
    return {
        "id": "urn:claim:1",
        "type": "LearningAchievement",
        "title": {"en": "Sample data literacy"},
        "awardedBy": {
            "id": "urn:award:1",
            "type": "AwardingProcess",
            "awardingBody": {"id": "urn:org:1", "type": "Organisation", "legalName": {"en": "Sample College"}},
        },
        **extra,
    }


def _outcome(text: str, **extra: object) -> dict:
    return {"id": f"urn:lo:{len(text)}", "type": "LearningOutcome", "title": {"en": text}, **extra}


def _imported(tmp_path: Path, data: dict) -> Document:
    path = tmp_path / "claim.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (doc,) = load_file(path)
    return doc


def test_outcomes_on_a_claim_without_specification_are_read_and_located(tmp_path: Path) -> None:
    esco = "http://data.europa.eu/esco/skill/0000-sample"
    doc = _imported(
        tmp_path,
        _credential(
            _claim(
                learningOutcome=[
                    _outcome("Clean a small tabular data set", relatedESCOSkill=[{"id": esco, "type": "Concept"}]),
                    _outcome("Explain a chart to a lay audience"),
                ]
            )
        ),
    )
    assert doc.data["learning_outcomes"] == [
        {"text": {"en": "Clean a small tabular data set"}, "esco": [esco]},
        {"en": "Explain a chart to a lay audience"},
    ]
    notes = [f for f in doc.findings if "learning outcomes the claim gives" in f.message]
    assert [f.origin.pointer for f in notes if f.origin] == ["/credentialSubject/hasClaim/0/learningOutcome"]
    assert doc.origins["/learning_outcomes/1"].pointer == "/credentialSubject/hasClaim/0/learningOutcome/1"


def test_outcomes_of_the_specification_win_over_those_of_the_claim(tmp_path: Path) -> None:
    spec = {
        "id": "urn:spec:1",
        "type": "LearningAchievementSpecification",
        "title": {"en": "Sample data literacy"},
        "learningOutcome": [_outcome("Specified outcome")],
    }
    doc = _imported(tmp_path, _credential(_claim(specifiedBy=spec, learningOutcome=[_outcome("Outcome on the claim")])))
    assert doc.data["learning_outcomes"] == [{"en": "Specified outcome"}]
    assert not any("learning outcomes the claim gives" in f.message for f in doc.findings)


def test_a_claim_without_outcomes_still_reports_them_missing(tmp_path: Path) -> None:
    doc = _imported(tmp_path, _credential(_claim()))
    assert "learning_outcomes" not in doc.data
