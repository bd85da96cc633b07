"""Hostile JSON-LD against "objects of one id are one node", round nine: a blank id (``""``, white space)
identifies nothing, so objects that leave theirs blank never lend each other terms; a node written in three or
more places is read with every term any of them gives, each located where written; thousands of objects of one
id, id cycles and deep @graph nesting stay bounded with a located message, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.importers import jsonld
from qa_checker.loaders import load_file
from tests.timing import assert_linear

PROFILE = "https://issuer.example.fi/profile"
CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
ADDRESS = {"type": ["Address"], "addressCountryCode": "FI"}


def _credential(issuer: Any, subject_id: str, achievement: dict[str, Any]) -> dict[str, Any]:
    return {
        "@context": CONTEXT,
        "id": "urn:uuid:5f0a3c52-0e4b-4d7c-9a61-2b1c8e0d4f10",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer,
        "validFrom": "2026-02-10T12:00:00Z",
        "credentialSubject": {
            "id": subject_id,
            "type": ["AchievementSubject"],
            "achievement": {
                "type": ["Achievement"],
                "description": "Securing cloud workloads.",
                "criteria": {"narrative": "Pass the proctored final exam."},
                **achievement,
            },
        },
    }


def _load(tmp_path: Path, data: Any) -> Document:
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    documents = load_file(path)
    assert len(documents) == 1
    return documents[0]


@pytest.mark.parametrize("blank", ["", "   "])
def test_objects_with_a_blank_id_lend_each_other_nothing(tmp_path: Path, blank: str) -> None:
    issuer = {"id": blank, "type": ["Profile"], "name": "Issuer Academy", "address": ADDRESS}
    document = _load(tmp_path, _credential(issuer, blank, {"id": blank, "name": "Cloud Security Essentials"}))
    assert document.data is not None
    assert document.data["title"] == "Cloud Security Essentials"
    assert document.data["awarding_bodies"][0]["name"] == "Issuer Academy"
    # The learner is not named after the achievement, nor the achievement after the issuer.
    assert (document.data.get("learner") or {}).get("name") is None, document.data.get("learner")


def test_an_achievement_without_a_name_is_not_titled_by_an_issuer_of_the_same_blank_id(tmp_path: Path) -> None:
    issuer = {"id": " ", "type": ["Profile"], "name": "Issuer Academy"}
    document = _load(tmp_path, _credential(issuer, "did:example:learner", {"id": " "}))
    assert document.data is None or document.data.get("title") in (None, {}), document.data


def test_a_node_written_in_three_places_gives_every_term_each_located(tmp_path: Path) -> None:
    achievement = {
        "id": "https://issuer.example.fi/achievements/cse",
        "name": "Cloud Security Essentials",
        "creator": {"id": PROFILE, "type": ["Profile"], "address": ADDRESS},
        "alignment": [
            {
                "id": PROFILE,
                "type": ["Profile"],
                "url": "https://academy.example.fi",
                "email": "office@academy.example.fi",
                "description": "The academy's profile, written in full here.",
            }
        ],
    }
    issuer = {"id": PROFILE, "type": ["Profile"], "name": "Tampere Example Academy"}
    document = _load(tmp_path, _credential(issuer, "did:example:learner", achievement))
    assert document.data is not None
    body = document.data["awarding_bodies"][0]
    assert body.get("country") == "FI" and body.get("url") == "https://academy.example.fi", body
    where = {key: origin.pointer for key, origin in document.origins.items()}
    achieved = "/credentialSubject/achievement"
    assert where["/awarding_bodies/0/country"] == f"{achieved}/creator/address/addressCountryCode"
    assert where["/awarding_bodies/0/url"] == f"{achieved}/alignment/0/url"
    assert where["/awarding_bodies/0/name"] == "/issuer/name"


def test_a_relative_id_written_twice_is_one_node(tmp_path: Path) -> None:
    issuer = {"id": "#academy", "type": ["Profile"], "name": "Tampere Example Academy"}
    achievement = {"id": "#cse", "name": "Cloud Security", "creator": {"id": "#academy", "address": ADDRESS}}
    document = _load(tmp_path, _credential(issuer, "did:example:learner", achievement))
    assert document.data is not None and document.data["awarding_bodies"][0].get("country") == "FI"


def test_the_terms_of_many_objects_of_one_id_are_gathered_once() -> None:
    def asked(count: int) -> list[jsonld.Node]:
        root = {"items": [{"id": PROFILE, f"term{i}": i} for i in range(count)]}
        reader = jsonld.Reader(root)
        nodes = [reader.node(item, f"/items/{i}") for i, item in enumerate(root["items"])]
        for node in nodes:
            assert node.has(f"term{count - 1}") and node.has("term0")
        return nodes

    assert_linear(asked, 500, 2_000)
    nodes = asked(2_000)
    assert nodes[5].where("term5") == "/items/5/term5" and nodes[5].where("term7") == "/items/7/term7"


def test_thirty_thousand_objects_of_one_id_are_read_in_bounded_time(tmp_path: Path) -> None:
    issuer = {"id": PROFILE, "type": ["Profile"], "name": "Tampere Example Academy"}

    def loaded(count: int) -> Document:
        alignments = [
            {"id": PROFILE, "type": ["Alignment"], "targetName": f"t{i}", "name": f"n{i}"} for i in range(count)
        ]
        return _load(
            tmp_path, _credential(issuer, "did:example:learner", {"name": "Cloud Security", "alignment": alignments})
        )

    assert_linear(loaded, 2_500, 10_000)
    document = loaded(30_000)
    if document.data is None:
        assert any(f.rule == "MC-LD-005" and f.origin is not None for f in document.findings)
    else:
        assert document.data["awarding_bodies"][0]["name"] == "Tampere Example Academy"


def test_ids_that_name_each_other_in_a_cycle_are_read_once(tmp_path: Path) -> None:
    issuer = {"id": PROFILE, "type": ["Profile"], "name": "Academy", "parentOrg": {"id": f"{PROFILE}/parent"}}
    parent = {"id": f"{PROFILE}/parent", "type": ["Profile"], "name": "Parent", "parentOrg": {"id": PROFILE}}

    def loaded(count: int) -> Document:
        achievement = {"id": PROFILE, "name": "Cloud Security", "creator": parent, "related": [{"id": PROFILE}] * count}
        return _load(tmp_path, _credential(issuer, PROFILE, achievement))

    assert_linear(loaded, 125, 500)
    document = loaded(500)
    assert document.data is not None or all(f.origin is not None for f in document.findings)


@pytest.mark.parametrize("depth", [5, 60])
def test_graphs_nested_in_graphs_are_read_or_refused_located(tmp_path: Path, depth: int) -> None:
    credential = _credential(
        {"id": PROFILE, "type": ["Profile"], "name": "Academy"}, "did:example:learner", {"name": "Cloud Security"}
    )
    node: dict[str, Any] = {k: v for k, v in credential.items() if k != "@context"}
    for _ in range(depth):
        node = {"@graph": [node]}
    document = _load(tmp_path, {"@context": CONTEXT, **node})
    if depth < jsonld.GRAPH_DEPTH:
        assert document.data is not None and document.data["title"] == "Cloud Security"
    else:
        assert document.data is None
        assert all(f.origin is not None and f.origin.pointer for f in document.findings if f.rule.startswith("MC-LD"))


def test_a_nested_context_that_maps_name_elsewhere_makes_it_no_title(tmp_path: Path) -> None:
    achievement = {"@context": {"name": "https://example.org/ext#name"}, "name": "Not the title"}
    issuer = {"id": PROFILE, "type": ["Profile"], "name": "Academy"}
    document = _load(tmp_path, _credential(issuer, "did:example:learner", achievement))
    assert document.data is None or document.data.get("title") != "Not the title"
