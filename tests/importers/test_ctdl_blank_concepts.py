"""CTDL concept properties (deliveryType, assessmentMethodType) that point at a blank node naming no concept:
warned where they are, never kept as a participation mode or assessment type such as ``_:b0``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_checker.document import Document
from qa_checker.loaders import load_file

CONTEXT = {"ceterms": "http://purl.org/ctdl/terms/"}


def _load(tmp_path: Path, graph: list[dict]) -> Document:
    path = tmp_path / "ctdl.json"
    path.write_text(json.dumps({"@context": CONTEXT, "@graph": graph}), encoding="utf-8")
    (doc,) = load_file(path)
    return doc


def _course(**extra: object) -> dict:
    return {
        "@id": "https://example.org/courses/1",
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-00000000-0000-0000-0000-000000000001",
        "ceterms:name": {"@language": "en-US", "@value": "Sample course"},
        **extra,
    }


@pytest.mark.parametrize(
    ("term", "pointer", "element"),
    [
        ("ceterms:deliveryType", "/participation/mode", "participation"),
        ("ceterms:assessmentMethodType", "/assessment/types", "assessment"),
    ],
)
@pytest.mark.parametrize("reference", [{"@id": "_:b7"}, "_:b7"])
def test_a_blank_node_is_warned_not_kept(tmp_path: Path, term: str, pointer: str, element: str, reference) -> None:
    doc = _load(tmp_path, [_course(**{term: [reference]})])
    assert element not in doc.data
    (warning,) = [f for f in doc.findings if "_:b7" in f.message]
    assert warning.severity.value == "warning" and warning.pointer == pointer
    assert warning.origin.pointer == f"/@graph/0/{term}/0"


@pytest.mark.parametrize("reference", [{"@id": "_:b7"}, "_:b7"])
def test_a_blank_alignment_with_a_target_node_is_still_read(tmp_path: Path, reference) -> None:
    alignment = {
        "@id": "_:b7",
        "@type": "ceterms:CredentialAlignmentObject",
        "ceterms:targetNode": {"@id": "https://purl.org/ctdl/vocabs/deliveryType/OnlineOnly"},
    }
    doc = _load(tmp_path, [_course(**{"ceterms:deliveryType": [reference]}), alignment])
    assert doc.data["participation"]["mode"] == "online"
    assert not any("_:b7" in f.message for f in doc.findings)
