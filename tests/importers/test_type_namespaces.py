"""A JSON-LD type is read by its local name only in a vocabulary the importers know.

``https://example.org/ext#LearningOpportunity``, or ``ext:Achievement`` whose prefix the document declares
for another namespace, is an extension type: not the ELM, Open Badges or CTDL type of the same local name,
so the document is not imported as one. ``ex:Achievement`` with an undeclared prefix is read as written. The
known vocabularies' full IRIs and compact names, and the bare terms their contexts define, are read as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from qa_checker.importers import jsonld
from qa_checker.loaders import load_file
from tests.conftest import realworld_or_skip
from tests.importers.test_format_variants import HERE, _load, _same_as_original

ELM_NS = "http://data.europa.eu/snb/model/elm/"
OB_NS = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
CTDL_NS = "https://purl.org/ctdl/terms/"
EXT_NS = "https://example.org/ext#"

# (fixture, path to the node, its type as written, the type's namespace and known prefix)
MAIN_TYPES: tuple[tuple[str, tuple[str | int, ...], str, str, str], ...] = (
    ("elm/credential-full.jsonld", (), "EuropeanDigitalCredential", ELM_NS, "elm"),
    ("elm/learning-opportunity.jsonld", (), "LearningOpportunity", ELM_NS, "elm"),
    ("ob3/edubadge-microcredential.json", (), "OpenBadgeCredential", OB_NS, "obi"),
    ("ob3/bare-achievement.json", (), "Achievement", OB_NS, "obi"),
)


def _fixture(name: str) -> Any:
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def _node(data: Any, path: tuple[str | int, ...]) -> dict[str, Any]:
    for step in path:
        data = data[step]
    assert isinstance(data, dict)
    return data


def _retyped(path: tuple[str | int, ...], old: str, new: str, *, prefix: str | None = None) -> Callable[[Any], Any]:
    """A variant of a document whose node at ``path`` has the type ``new`` instead of ``old``; ``prefix``
    (``name=IRI``) is declared in an inline context added to the document's own."""

    def variant(data: Any) -> Any:
        node = _node(data, path)
        key = "@type" if "@type" in node else "type"
        types = node[key] if isinstance(node[key], list) else [node[key]]
        assert old in types
        node[key] = [new if t == old else t for t in types] if isinstance(node[key], list) else new
        if prefix is not None:
            name, _, iri = prefix.partition("=")
            context = data.get("@context", [])
            data["@context"] = [*(context if isinstance(context, list) else [context]), {name: iri}]
        return data

    return variant


def _refused(documents: list[Any]) -> str:
    assert documents and all(d.data is None for d in documents), [d.format for d in documents]
    return " ".join(f.message for d in documents for f in d.findings)


# --- Reader.type_name --------------------------------------------------------------------------------------


def test_type_iri_is_read_by_its_local_name_only_in_a_known_namespace():
    reader = jsonld.Reader(
        {"@context": [{"ext": EXT_NS, "Mine": EXT_NS + "Course", "Theirs": "ceterms:Course", "rov": "http://x/"}]}
    )
    for value, name in (
        ("LearningOpportunity", "LearningOpportunity"),
        ("elm:LearningOpportunity", "LearningOpportunity"),
        (ELM_NS + "LearningOpportunity", "LearningOpportunity"),
        ("obi:Achievement", "Achievement"),
        (OB_NS + "Achievement", "Achievement"),
        ("ceterms:Course", "Course"),
        (CTDL_NS + "Course", "Course"),
        ("http://purl.org/ctdl/terms/Course", "Course"),
        ("cred:VerifiableCredential", "VerifiableCredential"),
        ("https://www.w3.org/2018/credentials#VerifiableCredential", "VerifiableCredential"),
        ("Theirs", "Course"),  # a term the context defines in a known namespace
    ):
        assert reader.type_name(value) == name, value
    for value, name in (
        (EXT_NS + "LearningOpportunity", EXT_NS + "LearningOpportunity"),
        ("http://unknown.example/vocab/Achievement", "http://unknown.example/vocab/Achievement"),
        ("https://example.org/ctdl/terms/Course", "https://example.org/ctdl/terms/Course"),
        ("ext:Achievement", EXT_NS + "Achievement"),
        ("ex:Achievement", "ex:Achievement"),  # an undeclared prefix: read as written
        ("Mine", EXT_NS + "Course"),  # a term the context defines in another namespace
        ("rov:Course", "http://x/Course"),
    ):
        assert reader.type_name(value) == name, value


# --- Documents whose main type is written in a known vocabulary ---------------------------------------------


@pytest.mark.parametrize(("fixture", "path", "term", "namespace", "prefix"), MAIN_TYPES)
def test_main_type_as_full_iri_or_compact_name_imports_identically(tmp_path, fixture, path, term, namespace, prefix):
    original = _fixture(fixture)
    _same_as_original(tmp_path, original, _retyped(path, term, namespace + term))
    _same_as_original(tmp_path, original, _retyped(path, term, f"{prefix}:{term}"))
    # A prefix of the document's own for the known namespace.
    _same_as_original(tmp_path, original, _retyped(path, term, f"voc:{term}", prefix=f"voc={namespace}"))


def test_clr_type_as_its_full_iri_imports_identically(tmp_path):
    # CLR 2.0's namespace is https://purl.imsglobal.org/spec/vc/clr/vocab.html#, as its context gives it.
    original = _fixture("ob3/clr-two-badges.json")
    clr = "https://purl.imsglobal.org/spec/vc/clr/vocab.html#ClrCredential"
    _same_as_original(tmp_path, original, _retyped((), "ClrCredential", clr))
    documents = _load(tmp_path, "other.json", _retyped((), "ClrCredential", EXT_NS + "ClrCredential")(original))
    assert len(documents) == 1 and documents[0].data is None


def test_ctdl_types_as_full_iris_import_identically(tmp_path):
    original = _fixture("ctdl/course-prefixed.json")

    def expanded(data: Any) -> Any:
        for node in data["@graph"]:
            node["@type"] = CTDL_NS + node["@type"].removeprefix("ceterms:")
        return data

    _same_as_original(tmp_path, original, expanded)


# --- Documents whose main type is in another namespace -------------------------------------------------------


@pytest.mark.parametrize(("fixture", "path", "term", "namespace", "prefix"), MAIN_TYPES)
def test_main_type_in_another_namespace_is_not_the_known_type(tmp_path, fixture, path, term, namespace, prefix):
    original = _fixture(fixture)
    (document,) = _load(tmp_path, "original.json", original)
    assert document.data is not None
    for new, declared in (
        (EXT_NS + term, None),
        ("http://unknown.example/vocab/" + term, None),
        (f"ext:{term}", f"ext={EXT_NS}"),
        (f"ex:{term}", None),  # undeclared
        # The known prefix declared by the document for another namespace is that namespace.
        (f"{prefix}:{term}", f"{prefix}={EXT_NS}"),
    ):
        variant = _retyped(path, term, new, prefix=declared)(json.loads(json.dumps(original)))
        message = _refused(_load(tmp_path, "variant.json", variant))
        assert new in message, (new, message)


def test_ctdl_course_in_another_namespace_is_not_a_course(tmp_path):
    course = {
        "@id": "https://example.org/course/1",
        "@type": "https://example.org/ctdl/terms/Course",
        CTDL_NS + "name": {"@language": "en", "@value": "Soil Mechanics"},
    }
    assert "example.org/ctdl/terms/Course" in _refused(_load(tmp_path, "course.json", course))
    # Nor does a type in such a namespace make a bare Course, without a CTDL context, a CTDL one.
    bare = {**course, "@type": ["Course", "https://example.org/ctdl/terms/Thing"]}
    assert "of type" in _refused(_load(tmp_path, "bare.json", bare))
    # A degree is read by its CTDL term, not by a name in another namespace that ends like one.
    for degree in (EXT_NS + "MasterDegree", "ex:MasterDegree"):
        typed = {"@context": "https://credreg.net/ctdl/schema/context/json", **course, "@type": degree}
        assert degree in _refused(_load(tmp_path, "degree.json", typed))
    (document,) = _load(tmp_path, "master.json", {**course, "@type": ["ceterms:MasterDegree", EXT_NS + "Thing"]})
    assert document.imported_from == "CTDL MasterDegree"
    # The same course in the CTDL namespace is imported.
    (document,) = _load(tmp_path, "ctdl.json", {**course, "@type": CTDL_NS + "Course"})
    assert document.format == "ctdl" and document.data["title"] == {"en": "Soil Mechanics"}


def test_presentation_type_in_another_namespace_is_not_a_presentation(tmp_path):
    credential = _fixture("ob3/edubadge-microcredential.json")
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": "VerifiablePresentation",
        "verifiableCredential": [credential],
    }
    (document,) = _load(tmp_path, "vp.json", presentation)
    assert document.data is not None and document.format == "ob3"
    other = {**presentation, "type": EXT_NS + "VerifiablePresentation"}
    assert all(d.format != "ob3" or d.data is None for d in _load(tmp_path, "other.json", other))


# --- Real files --------------------------------------------------------------------------------------------


def test_real_elm_sample_with_its_type_in_another_namespace_is_refused(tmp_path):
    root = realworld_or_skip()
    path = root / "elm-v3-european-learning-model" / "credentials-jsonld" / "Sample-MC-Annex1-unsigned.jsonld"
    original = json.loads(path.read_text(encoding="utf-8"))
    (document,) = load_file(path)
    assert document.data is not None
    types = original["type"]
    assert "EuropeanDigitalCredential" in types
    _same_as_original(
        tmp_path, original, _retyped((), "EuropeanDigitalCredential", ELM_NS + "EuropeanDigitalCredential")
    )
    variant = _retyped((), "EuropeanDigitalCredential", EXT_NS + "EuropeanDigitalCredential")(original)
    assert EXT_NS + "EuropeanDigitalCredential" in _refused(_load(tmp_path, "variant.json", variant))
