"""Spec-allowed variations of a credential import to the same descriptor as the compacted original.

JSON-LD lets an issuer write the same credential many ways: expanded (every key a full IRI), with
compact IRIs, in an ``@graph``, inside a presentation or a JWT. Each variant here is built at run time
from the project's own fixtures (or, when ../shared is present, from a real credential) and must give the
descriptor, element verdicts and findings of its original.
"""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qa_checker import pointer as jp
from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.conftest import FIXTURES, NOW, realworld_or_skip

HERE = FIXTURES / "importers"

# What expanded JSON-LD writes for these ELM terms (the IRIs the ELM context gives them).
ELM_EXPANDED_KEYS = {
    "legalName": "http://www.w3.org/ns/regorg#legalName",
    "dcType": "http://purl.org/dc/terms/type",
    "contentURL": "http://data.europa.eu/snb/model/elm/contentUrl",
}


def _expanded_value(value: Any) -> list[Any]:
    """A compacted value as expanded JSON-LD writes it: a list of value objects or node objects."""
    items = value if isinstance(value, list) else [value]
    out: list[Any] = []
    for item in items:
        if isinstance(item, dict) and item and not any(k in item for k in ("id", "@id", "type", "@type", "@value")):
            out.extend({"@value": text, "@language": lang} for lang, text in item.items())  # a language map
        elif isinstance(item, str):
            out.append({"@value": item})
        else:
            out.append(item)
    return out


def _rename_keys(data: Any, keys: dict[str, str]) -> Any:
    if isinstance(data, dict):
        return {
            keys.get(k, k): (_expanded_value(_rename_keys(v, keys)) if k in keys else _rename_keys(v, keys))
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [_rename_keys(v, keys) for v in data]
    return data


def _load(tmp_path: Path, name: str, data: Any) -> list[Document]:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def _verdicts(documents: list[Document]) -> list[tuple[dict[str, str], list[tuple[str, str | None, str]]]]:
    report = check_documents(documents, now=NOW)
    return [
        (
            dict(r.elements),
            sorted((f.rule, f.element, f.severity.value) for f in r.findings if f.rule != "MC-IM-003"),
        )
        for r in report.results
    ]


_MISSING = object()


def _same_as_original(tmp_path: Path, original: Any, variant: Callable[[Any], Any], *, located: bool = True) -> None:
    before = _load(tmp_path, "original.json", original)
    changed = variant(copy.deepcopy(original))
    after = _load(tmp_path, "variant.json", changed)
    assert [d.data for d in after] == [d.data for d in before]
    assert _verdicts(after) == _verdicts(before)
    # Every finding points at a place that exists in the variant as written (inside an envelope: its payload).
    for document in after if located else []:
        for finding in document.findings:
            if finding.origin is not None and finding.origin.pointer is not None:
                assert jp.resolve(changed, finding.origin.pointer, _MISSING) is not _MISSING, finding


def test_elm_full_iri_keys_read_as_their_terms(tmp_path):
    # Expanded JSON-LD: legalName is regorg's, dcType is dcterms' type (not the node's @type), and the
    # web page's URL is elm:contentUrl; the awarding body, assessment type and further information stay.
    original = json.loads((HERE / "elm" / "credential-full.jsonld").read_text(encoding="utf-8"))
    _same_as_original(tmp_path, original, lambda d: _rename_keys(d, ELM_EXPANDED_KEYS))


def test_elm_annex1_sample_with_full_iri_keys(tmp_path):
    root = realworld_or_skip()
    path = root / "elm-v3-european-learning-model" / "credentials-jsonld" / "Sample-MC-Annex1-unsigned.jsonld"
    original = json.loads(path.read_text(encoding="utf-8"))
    _same_as_original(tmp_path, original, lambda d: _rename_keys(d, ELM_EXPANDED_KEYS))


def _in_graph(data: dict[str, Any]) -> dict[str, Any]:
    body = {k: v for k, v in data.items() if k != "@context"}
    return {"@context": data["@context"], "@graph": [body]}


def _flattened(data: dict[str, Any]) -> dict[str, Any]:
    """Every nested node with an id moved to the top-level @graph, referenced by its id where it was."""
    graph: list[Any] = []

    def move(value: Any, top: bool = False) -> Any:
        if isinstance(value, list):
            return [move(v) for v in value]
        if not isinstance(value, dict):
            return value
        moved = {k: move(v) for k, v in value.items()}
        ident = value.get("id")
        if not top and isinstance(ident, str) and len(value) > 2:
            graph.append(moved)
            return ident
        return moved

    root = move(data, top=True)
    context = root.pop("@context")
    return {"@context": context, "@graph": [root, *graph]}


def test_ob3_credential_in_a_graph_or_flattened_is_imported(tmp_path):
    original = json.loads((HERE / "ob3" / "edubadge-microcredential.json").read_text(encoding="utf-8"))
    _same_as_original(tmp_path, original, _in_graph)
    _same_as_original(tmp_path, original, _flattened)
    # A JSON-LD document may be a top-level array of node objects, each with its context.
    _same_as_original(tmp_path, original, lambda d: [d])


def test_graph_may_be_one_node_object(tmp_path):
    # JSON-LD: "the value of @graph MUST be a node object or an array of zero or more node objects".
    def single(data: dict[str, Any]) -> dict[str, Any]:
        graph = _in_graph(data)
        return {**graph, "@graph": graph["@graph"][0]}

    for name in ("ob3/edubadge-microcredential.json", "elm/credential-full.jsonld"):
        original = json.loads((HERE / name).read_text(encoding="utf-8"))
        _same_as_original(tmp_path, original, single)
    ctdl = json.loads((HERE / "ctdl" / "course-prefixed.json").read_text(encoding="utf-8"))
    course = {**ctdl, "@graph": ctdl["@graph"][:1]}  # its organisations left out: one node
    _same_as_original(tmp_path, course, lambda d: {**d, "@graph": d["@graph"][0]})


def test_ob3_language_as_a_value_object(tmp_path):
    original = json.loads((HERE / "ob3" / "edubadge-microcredential.json").read_text(encoding="utf-8"))
    assert original["credentialSubject"]["achievement"]["inLanguage"]

    def as_value_object(data: dict[str, Any]) -> dict[str, Any]:
        achievement = data["credentialSubject"]["achievement"]
        achievement["inLanguage"] = {"@value": achievement["inLanguage"]}
        return data

    _same_as_original(tmp_path, original, as_value_object)


def _b64(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def _jwt(payload: object) -> str:
    return f"{_b64({'alg': 'ES256', 'typ': 'JWT'})}.{_b64(payload)}.c2ln"


def _enveloped(media: str, content: str) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [
            {
                "@context": ["https://www.w3.org/ns/credentials/v2"],
                "type": "EnvelopedVerifiableCredential",
                "id": f"data:{media},{content}",
            }
        ],
    }


def test_presentation_in_a_jwt_vp_claim(tmp_path):
    original = json.loads((HERE / "ob3" / "edubadge-microcredential.json").read_text(encoding="utf-8"))

    def presentation_jwt(data: dict[str, Any]) -> str:
        vp = {"@context": ["https://www.w3.org/2018/credentials/v1"], "type": "VerifiablePresentation"}
        return _jwt({"iss": "did:example:holder", "vp": {**vp, "verifiableCredential": [data]}})

    _same_as_original(tmp_path, original, presentation_jwt, located=False)


def test_enveloped_verifiable_credential_in_a_presentation(tmp_path):
    # Verifiable Credentials 2.0: a secured credential travels as a data: URL in an EnvelopedVerifiableCredential.
    original = json.loads((HERE / "ob3" / "edubadge-microcredential.json").read_text(encoding="utf-8"))
    for variant in (
        lambda d: _enveloped("application/vc+jwt", _jwt(d)),
        lambda d: _enveloped("application/vc+sd-jwt", _jwt(d) + "~WyJzYWx0IiwibmFtZSIsIngiXQ~"),
        lambda d: _enveloped("application/vc+jwt;base64", base64.b64encode(_jwt(d).encode()).decode()),
    ):
        _same_as_original(tmp_path, original, variant, located=False)


def test_enveloped_credential_without_a_data_url_is_refused_with_the_reason(tmp_path):
    for ident, reason in (
        ("https://example.org/credentials/1", "no data: URL id"),
        ("data:application/vc+jwt;base64,@@@", "not valid base64"),
    ):
        (document,) = _load(
            tmp_path,
            "refused.json",
            _enveloped("x", "y") | {"verifiableCredential": [{"type": "EnvelopedVerifiableCredential", "id": ident}]},
        )
        assert document.data is None
        assert any(reason in f.message for f in document.findings), [f.message for f in document.findings]


def _without_specification(data: dict[str, Any]) -> dict[str, Any]:
    claims = data["credentialSubject"]["hasClaim"]
    for claim in claims if isinstance(claims, list) else [claims]:
        claim.pop("specifiedBy", None)
    return data


def test_every_missing_element_points_into_the_original(tmp_path):
    # README: a missing element's finding has as origin the object in the original where it belongs, also for
    # the optional elements (stackability, further information) and a claim with no specification.
    cases = [
        ("ob3/edubadge-microcredential.json", lambda d: d),
        ("ctdl/course-prefixed.json", lambda d: d),
        ("elm/credential-full.jsonld", _without_specification),
    ]
    for name, edit in cases:
        data = edit(json.loads((HERE / name).read_text(encoding="utf-8")))
        result = check_documents(_load(tmp_path, "original.json", data)[:1], now=NOW).results[0]
        missing = [
            f for f in result.findings if f.rule.startswith("MC-EL-") and result.elements[f.element] == "missing"
        ]
        assert missing, name
        for finding in missing:
            assert finding.origin is not None and finding.origin.pointer is not None, (name, finding)
            assert jp.resolve(data, finding.origin.pointer, _MISSING) is not _MISSING, (name, finding)


def _beside_graph(data: dict[str, Any], *paths: tuple[str, ...]) -> dict[str, Any]:
    """The nodes at ``paths`` moved into an ``@graph`` beside the top-level node (which keeps its type),
    each referenced by its id where it was."""
    graph: list[Any] = []
    for path in paths:
        owner = data
        for key in path[:-1]:
            owner = owner[key]
        value = owner[path[-1]]
        items = value if isinstance(value, list) else [value]
        graph.extend(items)
        refs = [item["id"] for item in items]
        owner[path[-1]] = refs if isinstance(value, list) else refs[0]
    return {**data, "@graph": graph}


def test_top_level_node_beside_its_graph_is_read_with_the_graph(tmp_path):
    # JSON-LD: a top-level object with a type beside its @graph is a node itself; the @graph holds more nodes.
    original = json.loads((HERE / "ob3" / "edubadge-microcredential.json").read_text(encoding="utf-8"))
    _same_as_original(tmp_path, original, lambda d: _beside_graph(d, ("credentialSubject", "achievement")))
    elm = json.loads((HERE / "elm" / "credential-full.jsonld").read_text(encoding="utf-8"))
    _same_as_original(tmp_path, elm, lambda d: _beside_graph(d, ("credentialSubject", "hasClaim")))


def test_real_elm_credential_with_nodes_moved_beside_it_into_a_graph(tmp_path):
    root = realworld_or_skip()
    path = root / "elm-v3-european-learning-model" / "credentials-jsonld" / "Sample-MC-Annex1-unsigned.jsonld"
    original = json.loads(path.read_text(encoding="utf-8"))
    _same_as_original(tmp_path, original, lambda d: _beside_graph(d, ("issuer",), ("credentialSubject", "hasClaim")))


def test_unsupported_top_level_type_beside_a_graph_is_named(tmp_path):
    data = {
        "@context": "http://data.europa.eu/snb/model/context/edc-ap",
        "type": "Accreditation",
        "id": "urn:acc:1",
        "@graph": [{"id": "urn:org:1", "legalName": {"en": "Body"}}],
    }
    (document,) = _load(tmp_path, "acc.jsonld", data)
    assert document.data is None
    assert "of type Accreditation" in document.findings[-1].message, document.findings[-1].message


def test_presentation_type_and_credentials_under_an_iri_or_prefixed_name(tmp_path):
    original = json.loads((HERE / "ob3" / "edubadge-microcredential.json").read_text(encoding="utf-8"))
    vc1 = "https://www.w3.org/2018/credentials#"
    for context, kind, key in (
        (None, vc1 + "VerifiablePresentation", "verifiableCredential"),
        (None, vc1 + "VerifiablePresentation", vc1 + "verifiableCredential"),
        ("https://www.w3.org/ns/credentials/v2", "cred:VerifiablePresentation", "cred:verifiableCredential"),
        ("https://www.w3.org/2018/credentials/v1", ["cred:VerifiablePresentation"], vc1 + "verifiableCredential"),
    ):

        def presentation(data: dict[str, Any], context=context, kind=kind, key=key) -> dict[str, Any]:
            found = {"@type": kind, key: [data]}
            return {"@context": [context], **found} if context else found

        _same_as_original(tmp_path, original, presentation)


def test_empty_object_or_only_descriptor_fields_is_checked_as_a_descriptor(tmp_path):
    # Nothing in them says they are something else: they are descriptors with their elements missing.
    for name, text in (("empty.json", "{}"), ("title.yaml", "title: x\n"), ("empty.yaml", "{}\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        (document,) = load_file(path)
        assert document.data is not None, [f.message for f in document.findings]
        result = check_documents([document], now=NOW).results[0]
        assert result.status == "fail" and result.elements["learning_outcomes"] == "missing"
        assert not any("descriptor fields" in f.message for f in result.findings)
    # A file with keys that are not descriptor fields is still refused, naming them.
    (document,) = _load(tmp_path, "form.json", {"title": "x", "foo": 1, "bar": 2})
    assert document.data is None and "descriptor fields: bar, foo)" in document.findings[-1].message


def test_empty_object_or_one_field_inside_an_envelope_is_not_taken_for_a_descriptor(tmp_path):
    # What an envelope holds stands where a credential should be.
    for data in (
        {"type": "VerifiablePresentation", "verifiableCredential": [{}]},
        {"credential": {}},
        {"payload": "{}", "signatures": []},
    ):
        (document,) = _load(tmp_path, "envelope.json", data)
        assert document.data is None
        assert "inside the envelope is an empty object" in document.findings[-1].message, data
    # A certificate template's translations ({"credential": {"title": ...}}) is skipped, saying why.
    (document,) = _load(tmp_path, "translations.json", {"credential": {"title": "Certificate of Attendance"}})
    assert document.data is None
    assert "too few descriptor fields to be checked as one: title)" in document.findings[-1].message
    assert check_documents([document], now=NOW).results[0].status == "skipped"


def test_a_document_half_of_whose_keys_are_descriptor_fields_is_skipped_for_too_few_not_mostly_foreign(tmp_path):
    (document,) = _load(tmp_path, "pair.json", {"title": "Data ethics", "description": "A short course."})
    assert document.data is None
    message = document.findings[-1].message
    assert "too few descriptor fields to be checked as one: title)" in message and "mostly" not in message
