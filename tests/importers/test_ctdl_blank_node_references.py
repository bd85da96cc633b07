"""In a CTDL graph, a learning opportunity or credential written as a blank node (``_:...``) that another
resource of the graph names is a reference described for that resource (the Credential Registry's way to
name something not published there): it is not checked as an offer of its own, and a note says so. Blank
nodes nothing names, and graphs of blank nodes only, are still checked."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.loaders import json_

CONTEXT = "https://credreg.net/ctdl/schema/context/json"


def _certificate(**extra: Any) -> dict[str, Any]:
    return {
        "@type": "ceterms:Certificate",
        "@id": "https://example.net/resources/ce-0003",
        "ceterms:ctid": "ce-0003",
        "ceterms:name": {"en": "Payroll Administration"},
        **extra,
    }


def _blank(node_id: str, kind: str = "LearningOpportunityProfile") -> dict[str, Any]:
    return {"@id": node_id, "@type": f"ceterms:{kind}", "ceterms:name": {"en": f"Referenced {kind}"}}


def _load(*graph: dict[str, Any]) -> list[Any]:
    documents = json_.load(json.dumps({"@context": CONTEXT, "@graph": list(graph)}).encode(), "graph.json")
    assert all(document.data is not None for document in documents)
    return documents


def test_blank_nodes_a_resource_names_are_not_checked_on_their_own() -> None:
    certificate = _certificate(
        **{
            "ceterms:requires": [{"@type": "ceterms:ConditionProfile", "ceterms:targetLearningOpportunity": ["_:a1"]}],
            "ceterms:isPreparationFor": [{"@type": "ceterms:ConditionProfile", "ceterms:targetCredential": ["_:b2"]}],
        }
    )
    [document] = _load(certificate, _blank("_:a1"), _blank("_:b2", "MasterDegree"))
    assert document.data["id"] == "ce-0003"
    assert any("2 other CTDL resources in the document are blank nodes" in f.message for f in document.findings)


def test_a_blank_node_nothing_names_is_still_checked() -> None:
    documents = _load(_certificate(), _blank("_:c3"))
    assert [d.data["title"]["en"] for d in documents] == [
        "Payroll Administration",
        "Referenced LearningOpportunityProfile",
    ]


def test_a_graph_of_blank_nodes_only_is_checked() -> None:
    first = _blank("_:d4", "Course")
    first["ceterms:hasPart"] = ["_:e5"]
    documents = _load(first, _blank("_:e5", "Course"))
    assert len(documents) == 2
