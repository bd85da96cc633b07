"""Named graphs nested in the default graph are read; a key IRI is read by its term only in a known namespace.

JSON-LD 1.1 lets a node of the ``@graph`` hold a ``@graph`` of its own (a named graph): the credentials in
it are read like those of the top level, with pointers into the nested graph. A key written as a full IRI
(or a compact IRI of a declared prefix) is read by its local name only in a vocabulary the importers know:
an extension property ``https://example.org/ext#title`` is not the credential's title.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.importers import jsonld
from qa_checker.loaders import load_file
from tests.conftest import NOW, realworld_or_skip
from tests.importers.test_format_variants import HERE, _in_graph, _load, _same_as_original


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


def test_a_graph_reached_again_is_read_once(monkeypatch: pytest.MonkeyPatch):
    # Each level lists one named graph twenty times (as YAML aliases can): read each time, that is 20**6 nodes.
    graph: Any = [{"id": "urn:x", "type": "OpenBadgeCredential"}]
    for level in range(6):
        graph = [{"@id": f"urn:graph:{level}", "@graph": graph}] * 20
    # Each graph read is looked at once by top_node: counted, and stopped well before 20**6 reads.
    reads = 0
    top_node = jsonld.top_node

    def counted(data: dict[str, Any]) -> bool:
        nonlocal reads
        reads += 1
        assert reads <= 100, "a graph reached again was read again"
        return top_node(data)

    monkeypatch.setattr(jsonld, "top_node", counted)
    found = jsonld.graph_objects({"@graph": graph})
    assert found is not None and len(found) == 1
    assert reads == 7  # the document's graph and the six named graphs, once each


# --- Key IRIs of known and unknown namespaces -------------------------------------------------------------


ELM_NS = "http://data.europa.eu/snb/model/elm/"
VC_NS = "https://www.w3.org/2018/credentials#"
# The ELM terms of the fixture credential that are not in the ELM namespace, by the IRI expanded JSON-LD writes.
ELM_OTHER_IRIS = {
    "legalName": "http://www.w3.org/ns/regorg#legalName",
    "identifier": "http://www.w3.org/ns/adms#identifier",
    "title": "http://purl.org/dc/terms/title",
    "description": "http://purl.org/dc/terms/description",
    "language": "http://purl.org/dc/terms/language",
    "dcType": "http://purl.org/dc/terms/type",
    "prefLabel": "http://www.w3.org/2004/02/skos/core#prefLabel",
    "notation": "http://www.w3.org/2004/02/skos/core#notation",
    "givenName": "http://xmlns.com/foaf/0.1/givenName",
    "familyName": "http://xmlns.com/foaf/0.1/familyName",
    "fullName": "http://xmlns.com/foaf/0.1/fullName",
    "homepage": "http://xmlns.com/foaf/0.1/homepage",
    "contentURL": ELM_NS + "contentUrl",
    "eqfLevel": ELM_NS + "EQFLevel",
    "nqfLevel": ELM_NS + "NQFLevel",
    "thematicArea": ELM_NS + "ISCEDFCode",
}
VC_TERMS = ("credentialSubject", "issuer", "issued", "issuanceDate", "validFrom", "validUntil", "expirationDate")
EXTENSIONS = ("https://example.org/ext#", "http://unknown.example/vocab/")


def _at(data: Any, *path: str | int) -> dict[str, Any]:
    for key in path:
        data = data[key]
    assert isinstance(data, dict)
    return data


def _put_first(owner: dict[str, Any], key: str, value: Any) -> None:
    """``key`` written before the node's other keys, so a reader that took it for a term would find it first."""
    items = list(owner.items())
    owner.clear()
    owner.update({key: value, **dict(items)})


def _with_extension(data: Any, path: tuple[str | int, ...], key: str, value: Any = None) -> Any:
    _put_first(_at(data, *path), key, value if value is not None else {"en": "Extension text, not the title"})
    return data


def test_key_iri_is_read_by_its_local_name_only_in_a_known_namespace():
    reader = jsonld.Reader({"@context": [{"ext": "https://example.org/ext#", "rov": "http://www.w3.org/ns/regorg#"}]})
    # Another namespace's key is an extension property: read as its IRI, which is no term.
    for key in (*(ns + "title" for ns in EXTENSIONS), "ext:title"):
        assert reader.term(key) == reader.expand(key) != "title", key
    assert reader.term("undeclared:title") == "undeclared:title"
    for key, term in (
        ("http://www.w3.org/ns/regorg#legalName", "legalName"),
        ("rov:legalName", "legalName"),
        ("http://www.w3.org/ns/adms#identifier", "identifier"),
        ("http://www.w3.org/ns/locn#fullAddress", "fullAddress"),
        ("http://purl.org/dc/terms/title", "title"),
        ("https://schema.org/name", "name"),
        ("http://schema.org/name", "name"),
        ("https://purl.org/ctdl/terms/name", "name"),
        ("https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement", "achievement"),
        ("https://www.w3.org/2018/credentials#credentialSubject", "credentialSubject"),
    ):
        assert reader.term(key) == term, key


def test_real_edc_test_credential_in_the_draft_elm_namespace_is_still_imported():
    # Its inline context gives the ELM terms in http://data.europa.eu/snb/model/, an earlier draft's namespace.
    root = realworld_or_skip()
    (document,) = load_file(root / "edc-european-digital-credentials" / "credentials-jsonld" / "test-data-json.jsonld")
    assert document.data is not None, [f.message for f in document.findings]
    assert document.data["awarding_bodies"][0]["name"] == {"en": "some legal name", "fr": "un nom légal"}


def test_default_prefixes_are_of_known_namespaces():
    assert set(jsonld.DEFAULT_PREFIXES.values()) <= set(jsonld.NAMESPACES)


def test_extension_title_beside_the_real_title_does_not_override_it(tmp_path):
    elm = _fixture("elm/credential-full.jsonld")
    claim = ("credentialSubject", "hasClaim")
    for key in (*(ns + "title" for ns in EXTENSIONS), "ext:title"):

        def extended(data: dict[str, Any], key: str = key) -> dict[str, Any]:
            data["@context"] = [*data["@context"], {"ext": "https://example.org/ext#"}]
            _with_extension(data, claim, key)
            return _with_extension(data, (*claim, "specifiedBy"), key)

        _same_as_original(tmp_path, elm, extended)
    ob3 = _fixture("ob3/edubadge-microcredential.json")
    ctdl = _fixture("ctdl/course-prefixed.json")
    for namespace in EXTENSIONS:
        key = namespace + "name"
        _same_as_original(
            tmp_path, ob3, lambda d, k=key: _with_extension(d, ("credentialSubject", "achievement"), k, "X")
        )
        _same_as_original(tmp_path, ctdl, lambda d, k=key: _with_extension(d, ("@graph", 0), k))


def test_element_given_only_under_an_extension_iri_is_missing_as_usual(tmp_path):
    # An extension property is no element: the title is missing, reported where it belongs, as without it.
    achievement = ("credentialSubject", "achievement")
    original = _fixture("ob3/edubadge-microcredential.json")
    name = _at(original, *achievement).pop("name")
    for namespace in EXTENSIONS:

        def extended(data: dict[str, Any], key: str = namespace + "name") -> dict[str, Any]:
            return _with_extension(data, achievement, key, name)

        _same_as_original(tmp_path, original, extended)
        (document,) = _load(tmp_path, "extended.json", extended(copy.deepcopy(original)))
        result = check_documents([document], now=NOW).results[0]
        assert "title" not in document.data and result.elements["title"] == "missing"
        assert any(f.element == "title" and f.rule.startswith("MC-EL-") for f in result.findings)


def _expanded_keys(data: Any) -> Any:
    """The fixture credential with every key written as the full IRI expanded JSON-LD gives it."""
    if isinstance(data, list):
        return [_expanded_keys(v) for v in data]
    if not isinstance(data, dict) or not any(k in data for k in ("id", "type")):
        return data
    renamed: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("id", "type", "@context"):
            target = "@" + key if key != "@context" else key
        else:
            target = VC_NS + key if key in VC_TERMS else ELM_OTHER_IRIS.get(key, ELM_NS + key)
        renamed[target] = _expanded_keys(value)
    return renamed


def test_expanded_form_elm_credential_imports_identically(tmp_path):
    _same_as_original(tmp_path, _fixture("elm/credential-full.jsonld"), _expanded_keys)


def _expanded_by(context: dict[str, Any], data: Any) -> Any:
    """A credential in expanded form by a context's term definitions: every key and type an IRI, values as
    expanded JSON-LD writes them (language maps as value objects, references as ``{"@id": ...}``)."""

    def iri(value: str) -> str:
        prefix, sep, rest = value.partition(":")
        namespace = context.get(prefix)
        return namespace + rest if sep and isinstance(namespace, str) and not rest.startswith("//") else value

    def term(key: str) -> tuple[str, Any]:
        definition = context.get(key)
        if isinstance(definition, dict):
            return iri(definition["@id"]), definition
        if isinstance(definition, str):
            return iri(definition), {}
        return (VC_NS + key if key in VC_TERMS else key), {}

    def value_of(value: Any, definition: dict[str, Any]) -> Any:
        items = value if isinstance(value, list) else [value]
        out: list[Any] = []
        for item in items:
            if isinstance(item, dict) and not any(k in item for k in ("id", "type", "@value")):
                out.extend({"@value": text, "@language": lang} for lang, text in item.items())
            elif isinstance(item, str) and definition.get("@type") == "@id":
                out.append({"@id": item})
            elif isinstance(item, (str, int, float, bool)):
                out.append({"@value": item})
            else:
                out.append(expand(item))
        return out

    def expand(node: Any) -> Any:
        if not isinstance(node, dict):
            return node
        found: dict[str, Any] = {}
        for key, value in node.items():
            if key == "id":
                found["@id"] = value
            elif key == "type":
                found["@type"] = [term(t)[0] for t in (value if isinstance(value, list) else [value])]
            elif key == "@context":
                found[key] = value
            else:
                target, definition = term(key)
                found[target] = value_of(value, definition)
        return found

    return expand(data)


def test_real_elm_sample_in_expanded_form_imports_identically(tmp_path):
    root = realworld_or_skip()
    elm = root / "elm-v3-european-learning-model"
    context = json.loads((elm / "context" / "edc-ap-context.jsonld").read_text(encoding="utf-8"))["@context"]
    original = json.loads((elm / "credentials-jsonld" / "Sample-MC-Annex1-unsigned.jsonld").read_text(encoding="utf-8"))
    _same_as_original(tmp_path, original, lambda d: _expanded_by(context, d))
