"""A JSON-LD value of a kind its term cannot have (``title: 7``, ``temporal: 5``, ``priceDetail: true``,
``creditPoint: "abc"``) is not dropped silently: the import warns at its place (file, line, JSON pointer), once per
place and descriptor, at most :data:`MAX_MISREADS` times and then with a count. A value one reading cannot take but
another does (a term tried as a plain value, then read as a node) is no such value, and no real file gets one. A key
that is the plural of a term read there (``learningOutcomes``) is told the same way, as not read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Finding, Severity
from qa_checker.importers.builder import MAX_MISREADS
from qa_checker.loaders import load_file
from qa_checker.locate import locate_findings
from tests.conftest import realworld_or_skip

ELM = "http://data.europa.eu/snb/model/context/edc-ap"
OB3 = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
CTDL = "https://credreg.net/ctdl/schema/context/json"
_ONLINE = "http://data.europa.eu/snb/learning-assessment/920fbb3cbe"
_PARTS = (
    "could not be read and was left out",
    "could not be read were left out",
    "is not a term qa-checker reads",
)


def _load(tmp_path: Path, data: dict[str, Any], name: str = "file.jsonld") -> list[Document]:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return load_file(path)


def _misreads(document: Document) -> list[Finding]:
    return [f for f in document.findings if any(part in f.message for part in _PARTS)]


def _opportunity(**terms: Any) -> dict[str, Any]:
    spec = {
        "id": "urn:spec:1",
        "type": "LearningAchievementSpecification",
        "title": {"en": "Data Protection by Design"},
        "mode": {"id": _ONLINE, "type": "Concept"},
        **terms.pop("spec", {}),
    }
    return {"@context": ELM, "id": "urn:lo:1", "type": "LearningOpportunity", "learningAchievementSpecification": spec}


def test_an_elm_opportunity_tells_each_value_of_a_wrong_kind_where_it_is(tmp_path: Path) -> None:
    data = _opportunity(spec={"title": 7, "creditPoint": "abc"})
    data.update(temporal=5, priceDetail=True)
    (document,) = _load(tmp_path, data)
    found = {f.origin.pointer: f for f in _misreads(document)}
    assert set(found) == {
        "/learningAchievementSpecification/title",
        "/learningAchievementSpecification/creditPoint",
        "/temporal",
        "/priceDetail",
    }
    assert all(f.rule == ids.IMPORT_CONVERTED and f.severity is Severity.WARNING for f in found.values())
    assert found["/learningAchievementSpecification/title"].message.startswith("title is 7, where a text is expected")
    assert found["/priceDetail"].message.startswith("priceDetail is true, where an object")
    assert found["/learningAchievementSpecification/creditPoint"].message.startswith('creditPoint is "abc", where')
    assert "title" not in document.data and "price" not in document.data and "workload" not in document.data
    text = (tmp_path / "file.jsonld").read_text(encoding="utf-8")
    placed = locate_findings(list(found.values()), text, "json", imported=True, document=None)
    lines = text.splitlines()
    for finding in placed:
        assert finding.line is not None, finding.origin.pointer
        key = finding.origin.pointer.rsplit("/", 1)[1]
        assert f'"{key}":' in lines[finding.line - 1], finding.origin.pointer


def test_an_open_badge_and_a_ctdl_course_tell_theirs_too(tmp_path: Path) -> None:
    badge = {
        "@context": OB3,
        "id": "urn:uuid:1",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.org/issuer", "type": ["Profile"], "name": True},
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "id": "did:example:1",
            "achievement": {
                "id": "https://example.org/a/1",
                "type": ["Achievement"],
                "name": 7,
                "description": "Reads a balance sheet.",
                "criteria": {"narrative": "Pass the test."},
                "alignment": 5,
            },
        },
    }
    (document,) = _load(tmp_path, badge, "badge.json")
    assert {f.origin.pointer for f in _misreads(document)} == {
        "/issuer/name",
        "/credentialSubject/achievement/name",
        "/credentialSubject/achievement/alignment",
    }
    course = {
        "@context": CTDL,
        "@id": "https://credentialengineregistry.org/resources/ce-1",
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-1",
        "ceterms:name": 5,
        "ceterms:description": {"en-US": "Reads a balance sheet."},
        "ceterms:estimatedDuration": True,
    }
    (document,) = _load(tmp_path, course, "course.json")
    messages = {f.origin.pointer: f.message for f in _misreads(document)}
    assert messages["/ceterms:name"].startswith("ceterms:name is 5, where a text is expected")
    assert set(messages) == {"/ceterms:name", "/ceterms:estimatedDuration"}


def test_a_value_read_another_way_or_given_empty_is_no_misread(tmp_path: Path) -> None:
    # homepage given as a WebResource node, title as a language map in a list, a blank description and temporal.
    data = _opportunity(
        spec={
            "title": [{"en": "Data Protection by Design"}],
            "description": "",
            "homepage": {"id": "urn:web:1", "type": "WebResource", "contentURL": "https://example.org/dp"},
        }
    )
    data.update(temporal="", priceDetail=[])
    (document,) = _load(tmp_path, data)
    assert document.data["title"] == {"en": "Data Protection by Design"}
    assert not _misreads(document)


def test_each_place_is_told_once_per_descriptor_and_the_count_is_bounded(tmp_path: Path) -> None:
    claims = [
        {
            "id": f"urn:claim:{i}",
            "type": "LearningAchievement",
            "title": {"en": f"Module {i}"},
            "specifiedBy": "urn:spec:shared",
        }
        for i in (1, 2)
    ]
    credential = {
        "@context": ["https://www.w3.org/ns/credentials/v2", ELM],
        "id": "urn:credential:1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": {"id": "urn:org:1", "type": "Organisation", "legalName": {"en": "Example University"}},
        "credentialSubject": {"id": "urn:person:1", "type": "Person", "fullName": "Ada", "hasClaim": claims},
        "extra": {
            "id": "urn:spec:shared",
            "type": "LearningAchievementSpecification",
            "title": 7,
            "volumeOfLearning": {},
        },
    }
    documents = _load(tmp_path, credential)
    assert len(documents) == 2
    for document in documents:
        assert [f.origin.pointer for f in _misreads(document)] == ["/extra/title"]
    spec = {"learningOutcome": [{"id": f"urn:lo:{i}", "type": "LearningOutcome", "title": i} for i in range(30)]}
    (document,) = _load(tmp_path, _opportunity(spec=spec))
    found = _misreads(document)
    assert len(found) == MAX_MISREADS + 1
    assert found[-1].message == "10 more values of a kind that could not be read were left out"
    assert found[-1].origin.pointer == f"/learningAchievementSpecification/learningOutcome/{MAX_MISREADS}/title"


def test_no_real_file_has_a_value_that_could_not_be_read() -> None:
    root = realworld_or_skip()
    told = []
    for path in sorted(root.rglob("*")):
        if path.suffix in (".json", ".jsonld") and path.is_file():
            for document in load_file(path):
                told += [(path.name, f.origin.pointer) for f in _misreads(document)]
    assert not told


def test_a_plural_of_a_term_read_there_is_told_not_read(tmp_path: Path) -> None:
    # As an ELM issuing plugin for Moodle writes a qualification: plural keys where ELM's terms are singular.
    outcome = {
        "id": "urn:epass:learningOutcome:1",
        "type": "LearningOutcome",
        "title": {"de": "Erklärt Grundbegriffe."},
    }
    data = _opportunity(
        spec={
            "learningOutcomes": [outcome],
            "thematicAreas": [{"id": "http://data.europa.eu/snb/isced-f/0613", "type": "Concept"}],
            "targetGroups": [{"id": "http://data.europa.eu/snb/target-group/x", "type": "Concept"}],
        }
    )
    (document,) = _load(tmp_path, data)
    assert "learning_outcomes" not in document.data and "field_of_education" not in document.data
    found = {f.origin.pointer: f.message for f in _misreads(document)}
    assert found == {
        "/learningAchievementSpecification/learningOutcomes": "learningOutcomes is not a term qa-checker reads, so "
        "its value was left out (the term is learningOutcome)",
        "/learningAchievementSpecification/thematicAreas": "thematicAreas is not a term qa-checker reads, so its "
        "value was left out (the term is thematicArea)",
    }
