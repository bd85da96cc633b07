"""A Badgr (Canvas Credentials, edubadges) API v2 response whose BadgeClass names its issuer by
``issuerOpenBadgeId`` or by the ``issuer`` entity id, with that Issuer entity another result of the same response:
the issuer's name, country and web address are read from it, located where they are in the response, instead of a
warning that the issuer is given only by URL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.importers import READS_PER_VALUE, _values
from qa_checker.loaders import load_file

BADGE_URL = "https://api.badges.example/public/badges/Bc7"
ISSUER_URL = "https://api.badges.example/public/issuers/Is3"


def _extension(name: str, key: str, value: object) -> dict[str, Any]:
    return {"type": ["Extension", f"extensions:{name}"], key: value}


def _issuer(**extra: Any) -> dict[str, Any]:
    return {
        "entityType": "Issuer",
        "entityId": "Is3",
        "openBadgeId": ISSUER_URL,
        "createdAt": "2023-09-01T08:00:00Z",
        "name": "Faculty of Engineering",
        "description": "Engineering courses.",
        "url": "https://engineering.example.nl",
        "email": "badges@engineering.example.nl",
        "extensions": {
            "extensions:InstitutionNameExtension": _extension(
                "InstitutionNameExtension", "InstitutionName", "Example University of Technology"
            ),
            "extensions:InstitutionCountryExtension": _extension(
                "InstitutionCountryExtension", "InstitutionCountry", "NL"
            ),
        },
        **extra,
    }


def _badge_class(**extra: Any) -> dict[str, Any]:
    return {
        "entityType": "BadgeClass",
        "entityId": "Bc7",
        "openBadgeId": BADGE_URL,
        "issuer": "Is3",
        "issuerOpenBadgeId": ISSUER_URL,
        "name": "Statics",
        "description": "Forces in structures.",
        "criteriaNarrative": "Pass the exam.",
        "alignments": [],
        "extensions": {"extensions:ECTSExtension": _extension("ECTSExtension", "ECTS", 3)},
        **extra,
    }


def _load(tmp_path: Path, results: list[dict[str, Any]], *, wrapped: bool = True) -> list[Document]:
    path = tmp_path / "badgr.json"
    data: object = {"status": {"success": True, "description": "ok"}, "result": results} if wrapped else results
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def _only_by_url(doc: Document) -> list[Any]:
    return [f for f in doc.findings if "given only by its URL" in f.message]


def test_the_issuer_entity_of_the_same_response_is_joined(tmp_path: Path) -> None:
    issuer, badge = _load(tmp_path, [_issuer(), _badge_class()])
    assert issuer.data is None  # an Issuer entity alone is still no micro-credential
    (body,) = badge.data["awarding_bodies"]
    assert body == {
        "name": "Example University of Technology",
        "country": "NL",
        "url": "https://engineering.example.nl",
    }
    assert badge.origins["/awarding_bodies/0/name"].pointer == (
        "/result/0/extensions/extensions:InstitutionNameExtension/InstitutionName"
    )
    assert badge.origins["/awarding_bodies/0/url"].pointer == "/result/0/url"
    assert badge.origins["/title"].pointer == "/result/1/name"
    assert badge.origins["/workload/ects"].pointer == "/result/1/extensions/extensions:ECTSExtension/ECTS"
    assert not _only_by_url(badge)
    (note,) = [f for f in badge.findings if "read from its Issuer entity" in f.message]
    assert note.origin.pointer == "/result/0" and ISSUER_URL in note.message
    assert "Badgr API v2 response" in badge.imported_from


def test_the_issuer_is_found_by_its_entity_id_alone(tmp_path: Path) -> None:
    badge_class = _badge_class()
    del badge_class["issuerOpenBadgeId"]
    (badge, _issuer_doc) = _load(tmp_path, [badge_class, _issuer(name="Engineering")])
    assert badge.data["awarding_bodies"][0]["url"] == "https://engineering.example.nl"
    assert badge.origins["/awarding_bodies/0/url"].pointer == "/result/1/url"


def test_an_assertion_with_its_badge_class_expanded_joins_the_issuer(tmp_path: Path) -> None:
    assertion = {
        "entityType": "Assertion",
        "entityId": "As9",
        "openBadgeId": "https://api.badges.example/public/assertions/As9",
        "badgeclass": _badge_class(),
        "badgeclassOpenBadgeId": BADGE_URL,
        "issuer": "Is3",
        "issuerOpenBadgeId": ISSUER_URL,
        "recipient": {"identity": "li@example.org", "hashed": False, "type": "email"},
        "issuedOn": "2024-06-01T10:00:00Z",
        "revoked": False,
    }
    credential, _issuer_doc = _load(tmp_path, [assertion, _issuer()], wrapped=False)
    assert credential.data["kind"] == "credential"
    assert credential.data["awarding_bodies"][0]["country"] == "NL"
    assert credential.origins["/title"].pointer == "/0/badgeclass/name"
    assert credential.origins["/awarding_bodies/0/url"].pointer == "/1/url"
    assert not _only_by_url(credential)


def test_an_issuer_absent_from_the_response_is_still_warned(tmp_path: Path) -> None:
    other = _issuer(entityId="Is4", openBadgeId="https://api.badges.example/public/issuers/Is4")
    badge, _issuer_doc = _load(tmp_path, [_badge_class(), other])
    assert "awarding_bodies" not in badge.data
    (warning,) = _only_by_url(badge)
    assert warning.origin.pointer == "/result/0/issuerOpenBadgeId"


def test_many_badge_classes_share_one_issuer(tmp_path: Path) -> None:
    badges = [_badge_class(entityId=f"Bc{i}", openBadgeId=f"{BADGE_URL}-{i}", name=f"B{i}") for i in range(300)]
    docs = _load(tmp_path, [*badges, _issuer()])
    assert len(docs) == 301
    assert all(d.data["awarding_bodies"][0]["country"] == "NL" for d in docs[:300])
    assert docs[299].origins["/awarding_bodies/0/url"].pointer == "/result/300/url"


def test_an_issuer_entity_of_another_entity_type_is_not_joined(tmp_path: Path) -> None:
    backpack = {"entityType": "BackpackCollection", "entityId": "Bp1", "issuer": "Is3", "name": "Mine"}
    collection, _issuer_doc = _load(tmp_path, [backpack, _issuer()])
    (error,) = [f for f in collection.findings if f.severity.value == "error"]
    assert "BackpackCollection" in error.message and error.origin.pointer == "/result/0"


def test_an_assertion_naming_its_badge_class_by_url_joins_it_and_its_issuer(tmp_path: Path) -> None:
    assertion = {
        "entityType": "Assertion",
        "entityId": "As9",
        "openBadgeId": "https://api.badges.example/public/assertions/As9",
        "badgeclass": "Bc7",
        "badgeclassOpenBadgeId": BADGE_URL,
        "issuer": "Is3",
        "issuerOpenBadgeId": ISSUER_URL,
        "recipient": {"identity": "li@example.org", "hashed": False, "type": "email"},
        "issuedOn": "2024-06-01T10:00:00Z",
        "revoked": False,
    }
    credential, badge, _issuer_doc = _load(tmp_path, [assertion, _badge_class(), _issuer()])
    assert credential.data["kind"] == "credential" and credential.data["title"] == "Statics"
    assert credential.data["issue_date"] == "2024-06-01"
    assert credential.origins["/title"].pointer == "/result/1/name"
    assert credential.origins["/awarding_bodies/0/url"].pointer == "/result/2/url"
    (note,) = [f for f in credential.findings if "read from its BadgeClass entity" in f.message]
    assert note.origin.pointer == "/result/1" and BADGE_URL in note.message
    assert not [f for f in credential.findings if f.severity.value == "error"]
    assert badge.data["kind"] == "offer" and badge.origins["/awarding_bodies/0/url"].pointer == "/result/2/url"


def test_many_entities_naming_one_huge_issuer_go_over_the_node_budget_quickly(tmp_path: Path) -> None:
    huge = _issuer(extensions={"extensions:ListExtension": {"items": [{"n": i} for i in range(5000)]}})
    badges = [_badge_class(entityId=f"Bc{i}", openBadgeId=f"{BADGE_URL}-{i}") for i in range(50)]
    (doc,) = _load(tmp_path, [*badges, huge])
    (error,) = [f for f in doc.findings if f.severity.value == "error"]
    # The work is bounded by the file's allowance (READS_PER_VALUE reads of each value it holds), not run out
    # by joining the huge issuer once for each badge class; reading stops at the issuer, before the next one.
    allowance = READS_PER_VALUE * _values(json.loads((tmp_path / "badgr.json").read_text(encoding="utf-8")))
    assert doc.data is None and f"over the limit of {allowance:,} (jsonld-nodes;" in error.message
    assert error.origin.pointer == "/result/50"
