"""An ELM graph of a learning opportunity and the specification it names (a Qualifications Dataset Register
export) is one offer: the specification is read through the opportunity, not checked a second time."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.loaders import json_

SPEC_ID = "urn:epass:learningAchievementSpecification:1"


def _spec() -> dict[str, Any]:
    return {
        "id": SPEC_ID,
        "type": "LearningAchievementSpecification",
        "title": {"en": "Sustainable Supply Chains"},
        "volumeOfLearning": "PT140H",
    }


def _opportunity(number: int) -> dict[str, Any]:
    return {
        "id": f"urn:epass:learningOpportunity:{number}",
        "type": "LearningOpportunity",
        "title": {"en": f"Sustainable Supply Chains, run {number}"},
        "learningAchievementSpecification": SPEC_ID,
    }


def _load(*nodes: dict[str, Any]) -> list[Any]:
    graph = {"@context": "http://data.europa.eu/snb/model/context/edc-ap", "@graph": list(nodes)}
    return json_.load(json.dumps(graph).encode(), "offers.jsonld")


def test_an_opportunity_and_its_specification_are_one_offer() -> None:
    [document] = _load(_opportunity(1), _spec())
    assert document.data["id"] == "urn:epass:learningOpportunity:1"
    assert document.data["workload"] == {"hours": 140}


def test_each_opportunity_naming_the_specification_is_an_offer() -> None:
    documents = _load(_opportunity(1), _opportunity(2), _spec())
    assert [d.data["id"] for d in documents] == ["urn:epass:learningOpportunity:1", "urn:epass:learningOpportunity:2"]


def test_a_specification_no_opportunity_names_is_an_offer_of_its_own() -> None:
    other = {**_spec(), "id": "urn:epass:learningAchievementSpecification:2"}
    documents = _load(_opportunity(1), _spec(), other)
    assert [d.data["id"] for d in documents] == [
        "urn:epass:learningOpportunity:1",
        "urn:epass:learningAchievementSpecification:2",
    ]
