"""JSON-LD node objects of one id are one node: a profile given by id and name in one place and in full (with its
address) under the same id elsewhere, as an achievement's creator or in ``@graph``, is read with the fuller
description's terms, each from where it is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.importers import jsonld
from qa_checker.loaders import load_file
from tests.timing import assert_linear

PROFILE = "https://issuer.example.fi/profile"
FULL = {
    "id": PROFILE,
    "type": ["Profile"],
    "name": "Tampere Example Academy",
    "url": "https://academy.example.fi",
    "address": {"type": ["Address"], "addressCountryCode": "FI"},
}
SHORT = {"id": PROFILE, "type": ["Profile"], "name": "Tampere Example Academy"}


def _credential(achievement: dict[str, Any]) -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": SHORT,
        "validFrom": "2026-02-10T12:00:00Z",
        "credentialSubject": {
            "id": "did:key:z6MkrHKzgsahxBLyNAbLQyB1pcWNYC9GmywiWPgkrvntAZcj",
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://issuer.example.fi/achievements/cse",
                "type": ["Achievement"],
                "name": "Cloud Security Essentials",
                "description": "Securing cloud workloads.",
                "criteria": {"narrative": "Pass the proctored final exam."},
                **achievement,
            },
        },
    }


def _awarding_body(tmp_path: Path, data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (doc,) = load_file(path)
    origins = {key: origin.pointer for key, origin in doc.origins.items() if key.startswith("/awarding_bodies/0/")}
    return doc.data["awarding_bodies"][0], origins


def test_the_creator_under_the_issuers_id_gives_its_country_and_url(tmp_path: Path) -> None:
    body, origins = _awarding_body(tmp_path, _credential({"creator": FULL}))
    assert body.get("country") == "FI" and body.get("url") == "https://academy.example.fi", body
    creator = "/credentialSubject/achievement/creator"
    assert origins["/awarding_bodies/0/country"] == f"{creator}/address/addressCountryCode", origins
    assert origins["/awarding_bodies/0/name"] == "/issuer/name", origins


def test_the_full_profile_in_the_graph_is_read_too(tmp_path: Path) -> None:
    data = _credential({})
    data = {"@context": data["@context"], "@graph": [{k: v for k, v in data.items() if k != "@context"}, FULL]}
    body, origins = _awarding_body(tmp_path, data)
    assert body.get("country") == "FI", body
    assert origins["/awarding_bodies/0/country"] == "/@graph/1/address/addressCountryCode", origins


def test_a_term_given_in_place_is_not_replaced() -> None:
    reader = jsonld.Reader({"a": {**SHORT, "name": "Here"}, "b": FULL})
    node = reader.node(reader.root["a"], "/a")
    assert node.text("name") == ("Here", "/a/name")
    assert node.where("url") == "/b/url" and node.has("address") and not node.has("legalName")


def test_the_other_object_is_looked_up_once() -> None:
    reader = jsonld.Reader({"a": SHORT, "b": FULL})
    node = reader.node(reader.root["a"], "/a")
    used = reader.budget.used
    for _ in range(3):
        node.has("legalName")
    first = reader.budget.used - used
    for _ in range(100):
        node.has("legalName")
    assert reader.budget.used - used == first


def test_many_objects_of_the_id_of_a_large_one_are_read_within_the_budget(tmp_path: Path) -> None:
    def loaded(count: int) -> list[Document]:
        large = {**FULL, **{f"ext{i}": i for i in range(count)}}
        alignments = [{"id": PROFILE, "type": ["Alignment"], "targetName": f"t{i}"} for i in range(count)]
        path = tmp_path / "credential.json"
        path.write_text(json.dumps(_credential({"alignment": alignments, "creator": large})), encoding="utf-8")
        return load_file(path)

    (doc,) = loaded(20_000)
    assert_linear(loaded, 2_500, 10_000)
    assert doc.data is not None or any(f.rule == "MC-LD-005" and f.origin is not None for f in doc.findings)
