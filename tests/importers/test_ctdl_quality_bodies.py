"""Every quality-assurance body a CTDL resource names is accounted for: the first named one becomes the external
QA body, each further one (named, or given only by reference) is reported where it is, never dropped silently."""

from __future__ import annotations

import json
from pathlib import Path

from qa_checker.loaders import load_file


def test_further_bodies_are_reported_not_dropped(tmp_path: Path) -> None:
    course = {
        "@id": "https://example.org/lopp/1",
        "@type": "ceterms:LearningOpportunityProfile",
        "ceterms:ctid": "ce-00000000-0000-0000-0000-000000000003",
        "ceterms:name": {"en": "Sample programme"},
        "ceterms:accreditedBy": ["_:qa1"],
        "ceterms:approvedBy": ["_:qa2", "https://example.org/orgs/elsewhere"],
    }
    bodies = [
        {"@id": "_:qa1", "@type": "ceterms:QACredentialOrganization", "ceterms:name": {"en": "First Agency"}},
        {"@id": "_:qa2", "@type": "ceterms:QACredentialOrganization", "ceterms:name": {"en": "Second Board"}},
    ]
    path = tmp_path / "lopp.json"
    data = {"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [course, *bodies]}
    path.write_text(json.dumps(data), encoding="utf-8")
    (doc,) = load_file(path)
    assert doc.data["quality_assurance"] == {"external": {"body": {"en": "First Agency"}}}
    warned = {f.origin.pointer: f.message for f in doc.findings if f.severity.value == "warning" and f.origin}
    assert "Second Board" in warned["/@graph/0/ceterms:approvedBy/0"]
    assert "First Agency was read" in warned["/@graph/0/ceterms:approvedBy/0"]
    assert "only by reference" in warned["/@graph/0/ceterms:approvedBy/1"]
