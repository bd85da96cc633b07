"""Second examples of the two classes the fourteenth held-out import set (``tests/heldout_imports14``) found, written
after the fixes: an Open Badges 3.0 subject that lists several achievements gives one credential per achievement (its
learner, issuer and date each time), and an Open Badges 2.0 badge class with Moodle's plural ``alignments`` is read by
its alignments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importers.fixtures_ob2 import CONTEXT, badge, load, load_one, messages

OB3_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]


def _achievement(number: int, name: str) -> dict[str, Any]:
    return {
        "id": f"https://badges.uni-lakeside.at/achievements/{number}",
        "type": ["Achievement"],
        "name": name,
        "criteria": {"narrative": "Written examination."},
    }


def _subject(learner: str, *achievements: dict[str, Any]) -> dict[str, Any]:
    found: Any = list(achievements) if len(achievements) > 1 else achievements[0]
    return {"id": learner, "type": ["AchievementSubject"], "achievement": found}


def test_a_second_subject_listing_two_achievements_gives_one_credential_each(tmp_path: Path) -> None:
    credential = {
        "@context": OB3_CONTEXT,
        "id": "urn:uuid:6d1c0f3e-2b4a-4c8e-9f10-5a7b3c2d1e0f",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://badges.uni-lakeside.at/issuer", "type": ["Profile"], "name": "Universität Seeufer"},
        "validFrom": "2026-02-02T00:00:00Z",
        "credentialSubject": [
            _subject("did:web:learners.uni-lakeside.at:anna", _achievement(1, "Statistik I")),
            _subject(
                "did:web:learners.uni-lakeside.at:ben",
                _achievement(2, "Statistik II"),
                _achievement(3, "Ökonometrie"),
            ),
        ],
    }
    docs = load(tmp_path, credential)
    assert [(d.data["id"].rsplit("#", 1)[1], d.data["title"]) for d in docs] == [
        ("subject-1", "Statistik I"),
        ("subject-2-achievement-1", "Statistik II"),
        ("subject-2-achievement-2", "Ökonometrie"),
    ]
    third = docs[2]
    assert third.data["learner"]["identifier"]["value"] == "did:web:learners.uni-lakeside.at:ben"
    assert third.data["awarding_bodies"][0]["name"] == "Universität Seeufer"
    assert third.data["issue_date"] == "2026-02-02"
    (note,) = messages(third, "achievement 2 of 2")
    assert note.origin is not None and note.origin.pointer == "/credentialSubject/1/achievement/1"
    assert not messages(docs[0], "achievement 1 of")


def test_moodles_plural_alignments_are_read_as_alignments(tmp_path: Path) -> None:
    alignments = [
        {
            "targetName": "apply health and safety standards",
            "targetUrl": "http://data.europa.eu/esco/skill/2c4e6a8c-0e2a-4c6e-8a0c-2e4a6c8e0a2c",
        },
        {"targetName": "EQF 4", "targetUrl": "http://data.europa.eu/snb/eqf/4", "targetFramework": "EQF"},
    ]
    doc = load_one(tmp_path, {"@context": CONTEXT, **badge(alignments=alignments, **{"@language": "en"})})
    assert doc.data["level"] == {"eqf": 4}
    assert [o["text"] for o in doc.data["learning_outcomes"]] == ["apply health and safety standards"]
    assert not messages(doc, "is not a term qa-checker reads")
