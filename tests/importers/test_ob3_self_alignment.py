"""An Open Badges 3.0 alignment that names the achievement itself (its own catalogue entry, as in the 1EdTech
"complete" example copied by many issuers) is no learning outcome: noted where it is, not read as one."""

from __future__ import annotations

import json
from pathlib import Path

from qa_checker.document import Document
from qa_checker.loaders import load_file


def _load(tmp_path: Path, alignments: list[dict]) -> Document:
    credential = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:self-alignment",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.org/issuer", "type": ["Profile"], "name": "Sample College"},
        "validFrom": "2024-05-01T00:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://example.org/achievements/data-basics",
                "type": ["Achievement"],
                "name": "Data  Basics",
                "description": "A short course.",
                "criteria": {"narrative": "Pass the final test."},
                "alignment": alignments,
            },
        },
    }
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(credential), encoding="utf-8")
    (doc,) = load_file(path)
    return doc


def _alignment(name: str) -> dict:
    return {"type": ["Alignment"], "targetType": "CFItem", "targetName": name, "targetUrl": "https://example.org/cf/1"}


def test_an_alignment_to_the_achievement_itself_is_not_an_outcome(tmp_path: Path) -> None:
    doc = _load(tmp_path, [_alignment("data basics"), _alignment("Clean a small data set")])
    assert doc.data["learning_outcomes"] == [{"text": "Clean a small data set"}]
    assert doc.origins["/learning_outcomes/0"].pointer == "/credentialSubject/achievement/alignment/1"
    (note,) = [f for f in doc.findings if "names the achievement itself" in f.message]
    assert note.severity.value == "info" and note.origin.pointer == "/credentialSubject/achievement/alignment/0"


def test_only_a_self_alignment_leaves_the_outcomes_missing(tmp_path: Path) -> None:
    doc = _load(tmp_path, [_alignment("Data Basics")])
    assert "learning_outcomes" not in doc.data
