"""Named graphs nested in the default graph are read.

JSON-LD 1.1 lets a node of the ``@graph`` hold a ``@graph`` of its own (a named graph): the credentials in
it are read like those of the top level, with pointers into the nested graph.
"""

from __future__ import annotations

import json
import time
from typing import Any

from qa_checker.importers import jsonld
from tests.conftest import realworld_or_skip
from tests.importers.test_sweep_variants import HERE, _in_graph, _load, _same_as_original


def _fixture(name: str) -> Any:
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def _nested(data: dict[str, Any], *, levels: int = 1) -> dict[str, Any]:
    """The document's graph (or its one node) moved into a named graph inside the default graph, ``levels`` deep."""
    graph = _in_graph(data) if "@graph" not in data else data
    inner: Any = graph["@graph"]
    for level in range(levels):
        inner = [{"@id": f"urn:graph:{level}", "@graph": inner}]
    return {**graph, "@graph": inner}


# --- Nested named graphs ---------------------------------------------------------------------------------


def test_elm_credential_in_a_named_graph_is_imported_with_pointers_into_it(tmp_path):
    original = _fixture("elm/credential-full.jsonld")
    _same_as_original(tmp_path, original, _nested)
    (document,) = _load(tmp_path, "nested.json", _nested(original))
    assert document.origins["/title"].pointer.startswith("/@graph/0/@graph/0/credentialSubject/hasClaim")


def test_ob3_credential_in_a_named_graph_is_imported(tmp_path):
    original = _fixture("ob3/edubadge-microcredential.json")
    _same_as_original(tmp_path, original, _nested)
    _same_as_original(tmp_path, original, lambda d: _nested(d, levels=3))
    (document,) = _load(tmp_path, "nested.json", _nested(original, levels=2))
    assert document.origins["/title"].pointer == "/@graph/0/@graph/0/@graph/0/credentialSubject/achievement/name"


def test_ctdl_resources_in_a_named_graph_are_imported(tmp_path):
    original = _fixture("ctdl/course-prefixed.json")
    _same_as_original(tmp_path, original, _nested)

    # The course in a named graph, the organisations it names beside it in the default graph.
    def course_nested(data: dict[str, Any]) -> dict[str, Any]:
        course, *others = data["@graph"]
        return {**data, "@graph": [{"@id": "urn:graph:courses", "@graph": course}, *others]}

    _same_as_original(tmp_path, original, course_nested)


def test_real_elm_sample_in_a_named_graph(tmp_path):
    root = realworld_or_skip()
    path = root / "elm-v3-european-learning-model" / "credentials-jsonld" / "Sample-MC-Annex1-unsigned.jsonld"
    _same_as_original(tmp_path, json.loads(path.read_text(encoding="utf-8")), _nested)


def test_named_graph_that_is_a_node_itself_is_read_with_its_graph(tmp_path):
    data = {
        "@context": "http://data.europa.eu/snb/model/context/edc-ap",
        "@graph": [
            {"id": "urn:acc:1", "type": "Accreditation", "@graph": [{"id": "urn:org:1", "type": "Organisation"}]}
        ],
    }
    (document,) = _load(tmp_path, "acc.jsonld", data)
    assert document.data is None
    assert "of type Accreditation, Organisation" in document.findings[-1].message, document.findings[-1].message


def test_unsupported_type_in_a_named_graph_is_named_not_taken_for_no_type(tmp_path):
    data = {
        "@context": "http://data.europa.eu/snb/model/context/edc-ap",
        "@graph": [{"@id": "urn:graph:1", "@graph": [{"id": "urn:acc:1", "type": "Accreditation"}]}],
    }
    (document,) = _load(tmp_path, "acc.jsonld", data)
    assert document.data is None
    message = document.findings[-1].message
    assert "of type Accreditation" in message and "without a type" not in message, message


def test_named_graphs_are_read_to_a_bounded_depth():
    node = {"id": "urn:x", "type": "OpenBadgeCredential"}
    within = _nested(
        {"@context": "https://www.w3.org/ns/credentials/v2", "@graph": [node]}, levels=jsonld.GRAPH_DEPTH - 1
    )
    found = jsonld.graph_objects(within)
    assert found is not None and [o for o, _w in found] == [node]
    beyond = _nested(within)
    found = jsonld.graph_objects(beyond)
    assert found is not None and node not in [o for o, _w in found]


def test_a_graph_reached_again_is_read_once():
    # Each level lists one named graph twenty times (as YAML aliases can): read each time, that is 20**6 nodes.
    graph: Any = [{"id": "urn:x", "type": "OpenBadgeCredential"}]
    for level in range(6):
        graph = [{"@id": f"urn:graph:{level}", "@graph": graph}] * 20
    started = time.monotonic()
    found = jsonld.graph_objects({"@graph": graph})
    assert found is not None and len(found) == 1
    assert time.monotonic() - started < 1
