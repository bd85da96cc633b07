"""Responses of the Badgr (Canvas Credentials, edubadges) API v2, ``{"status": ..., "result": [entities]}``: each
BadgeClass or Assertion entity is read as the Open Badges 2.0 badge or assertion it describes, by the API's own
keys (``entityType``, ``openBadgeId``, ``alignments``, ``criteriaNarrative``, ``issuerOpenBadgeId``, the
edubadges extensions in ``extensions``); any other entity, and an empty response, is refused where it is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file

ESCO = "http://data.europa.eu/esco/skill/0a8cf3b3-42a4-4c18-b8d6-6a1a73a2c8d1"
BADGE_URL = "https://api.badgr.example/public/badges/Bc1"
ISSUER_URL = "https://api.badgr.example/public/issuers/Is1"


def _extension(name: str, key: str, value: object) -> dict[str, Any]:
    return {"type": ["Extension", f"extensions:{name}"], key: value}


def _badge_class(**extra: Any) -> dict[str, Any]:
    return {
        "entityType": "BadgeClass",
        "entityId": "Bc1",
        "openBadgeId": BADGE_URL,
        "createdAt": "2024-01-01T00:00:00Z",
        "issuer": "Is1",
        "issuerOpenBadgeId": ISSUER_URL,
        "name": "Data literacy",
        "description": "Reading data critically.",
        "criteriaUrl": None,
        "criteriaNarrative": "Pass the final assignment.",
        "alignments": [{"targetName": "analyse data", "targetUrl": ESCO, "targetFramework": "ESCO"}],
        "tags": [],
        "extensions": {
            "extensions:ECTSExtension": _extension("ECTSExtension", "ECTS", 2.5),
            "extensions:EQFExtension": _extension("EQFExtension", "EQF", 6),
            "extensions:LanguageExtension": _extension("LanguageExtension", "Language", "nl_NL"),
            "extensions:EducationProgramIdentifierExtension": _extension(
                "EducationProgramIdentifierExtension", "EducationProgramIdentifier", 50314
            ),
        },
        **extra,
    }


def _assertion(badgeclass: object) -> dict[str, Any]:
    return {
        "entityType": "Assertion",
        "entityId": "As1",
        "openBadgeId": "https://api.badgr.example/public/assertions/As1",
        "badgeclass": badgeclass,
        "badgeclassOpenBadgeId": BADGE_URL,
        "issuer": "Is1",
        "issuerOpenBadgeId": ISSUER_URL,
        "recipient": {"identity": "ana@example.org", "hashed": False, "type": "email"},
        "issuedOn": "2024-05-01T10:00:00Z",
        "revoked": False,
        "extensions": {},
    }


def _load(tmp_path: Path, *results: dict[str, Any]) -> list[Document]:
    path = tmp_path / "badgr.json"
    path.write_text(json.dumps({"status": {"success": True, "description": "ok"}, "result": list(results)}))
    return load_file(path)


def _errors(doc: Document) -> list[Any]:
    return [f for f in doc.findings if f.severity.value == "error"]


def test_a_badge_class_entity_with_edubadges_extensions(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _badge_class())
    data = doc.data
    assert doc.format == "ob2" and "Badgr API v2 response" in doc.imported_from
    assert data["kind"] == "offer" and data["id"] == BADGE_URL and data["title"] == "Data literacy"
    assert data["workload"] == {"ects": 2.5} and data["level"] == {"eqf": 6} and data["languages"] == ["nl"]
    assert data["learning_outcomes"] == [{"text": "analyse data", "esco": [ESCO]}]
    assert data["assessment"]["description"] == "Pass the final assignment."
    assert doc.origins["/workload/ects"].pointer == "/result/0/extensions/extensions:ECTSExtension/ECTS"
    assert doc.origins["/assessment/description"].pointer == "/result/0/criteriaNarrative"
    unread = [f for f in doc.findings if "EducationProgramIdentifierExtension" in f.message]
    assert unread[0].origin.pointer == "/result/0/extensions/extensions:EducationProgramIdentifierExtension"
    (issuer,) = [f for f in doc.findings if f.pointer == "/awarding_bodies" and f.severity.value == "warning"]
    assert ISSUER_URL in issuer.message and issuer.origin.pointer == "/result/0/issuerOpenBadgeId"


def test_each_result_is_read_and_an_issuer_entity_is_refused_where_it_is(tmp_path: Path) -> None:
    issuer = {"entityType": "Issuer", "entityId": "Is1", "openBadgeId": ISSUER_URL, "name": "Example", "url": "x"}
    badge, refused = _load(tmp_path, _badge_class(), issuer)
    assert badge.data["title"] == "Data literacy"
    assert refused.data is None
    (error,) = _errors(refused)
    assert "Badgr API entity of type Issuer" in error.message and error.origin.pointer == "/result/1"


def test_an_assertion_names_its_badge_class_by_url_or_holds_it_expanded(tmp_path: Path) -> None:
    (by_url,) = _load(tmp_path, _assertion("Bc1"))
    (error,) = _errors(by_url)
    assert BADGE_URL in error.message and error.origin.pointer == "/result/0/badgeclassOpenBadgeId"
    (expanded,) = _load(tmp_path, _assertion(_badge_class()))
    assert expanded.data["kind"] == "credential" and expanded.data["issue_date"] == "2024-05-01"
    assert expanded.data["title"] == "Data literacy" and expanded.data["workload"] == {"ects": 2.5}
    assert expanded.origins["/title"].pointer == "/result/0/badgeclass/name"


def test_an_empty_response_is_refused(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path)
    (error,) = _errors(doc)
    assert doc.data is None and "holds no results" in error.message and error.origin.pointer == "/result"


def test_a_badge_class_fetched_with_its_issuer_expanded_names_the_awarding_body(tmp_path: Path) -> None:
    issuer = {
        "entityType": "Issuer",
        "entityId": "Is1",
        "openBadgeId": ISSUER_URL,
        "name": "Faculty of Science",
        "url": "https://science.example.nl",
        "extensions": {
            "extensions:InstitutionNameExtension": _extension(
                "InstitutionNameExtension", "InstitutionName", "University of Example"
            ),
            "extensions:InstitutionCountryExtension": _extension(
                "InstitutionCountryExtension", "InstitutionCountry", "NL"
            ),
        },
    }
    (doc,) = _load(tmp_path, _badge_class(issuer=issuer))
    (body,) = doc.data["awarding_bodies"]
    assert body["name"] == "University of Example" and body["country"] == "NL"
    assert body["url"] == "https://science.example.nl"
    assert doc.origins["/awarding_bodies/0/name"].pointer == (
        "/result/0/issuer/extensions/extensions:InstitutionNameExtension/InstitutionName"
    )
    assert not [f for f in doc.findings if "given only by its URL" in f.message]


def test_the_results_saved_on_their_own_are_read_the_same(tmp_path: Path) -> None:
    path = tmp_path / "badgeclasses.json"
    path.write_text(json.dumps([_badge_class(), _badge_class(name="Data ethics", openBadgeId=BADGE_URL + "-2")]))
    first, second = load_file(path)
    assert [first.data["title"], second.data["title"]] == ["Data literacy", "Data ethics"]
    assert second.origins["/title"].pointer == "/1/name" and second.data["workload"] == {"ects": 2.5}
