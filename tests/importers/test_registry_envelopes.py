"""A Credential Registry envelope (what the Credential Engine registry returns for a resource) is opened: its
``decoded_resource`` is the CTDL document read, located under ``/decoded_resource``; a list of envelopes (a
search result) gives each resource, located under its index."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.loaders import json_

COURSE = {
    "@context": "https://credreg.net/ctdl/schema/context/json",
    "@id": "https://credentialengineregistry.org/resources/ce-11111111-2222-4333-8444-555555555555",
    "@type": "ceterms:Course",
    "ceterms:ctid": "ce-11111111-2222-4333-8444-555555555555",
    "ceterms:name": {"en-US": "Introduction to Industrial Robotics"},
}


def _envelope(resource: dict[str, Any]) -> dict[str, Any]:
    return {
        "envelope_community": "ce_registry",
        "envelope_id": "7c3e0b0e-1111-4222-8333-444455556666",
        "envelope_ceterms_ctid": resource["ceterms:ctid"],
        "envelope_type": "resource_data",
        "resource": "eyJhbGciOiJSUzI1NiJ9.eyJ4IjoxfQ.c2ln",
        "resource_format": "json",
        "resource_encoding": "jwt",
        "decoded_resource": resource,
    }


def test_an_envelope_gives_its_decoded_resource() -> None:
    [document] = json_.load(json.dumps(_envelope(COURSE)).encode(), "envelope.json")
    assert document.data is not None, document.findings
    assert document.data["title"] == {"en": "Introduction to Industrial Robotics"}
    assert document.origins["/title"].pointer == "/decoded_resource/ceterms:name"
    assert "Credential Registry envelope" in (document.imported_from or "")


def test_a_list_of_envelopes_gives_each_resource() -> None:
    second = {**COURSE, "ceterms:ctid": "ce-2", "ceterms:name": {"en-US": "Robot Safety"}}
    documents = json_.load(json.dumps([_envelope(COURSE), _envelope(second)]).encode(), "search.json")
    assert [d.data["title"] for d in documents if d.data] == [
        {"en": "Introduction to Industrial Robotics"},
        {"en": "Robot Safety"},
    ]
    assert documents[1].origins["/title"].pointer == "/1/decoded_resource/ceterms:name"


def test_an_object_with_a_decoded_resource_but_no_envelope_keys_is_no_envelope() -> None:
    [document] = json_.load(json.dumps({"decoded_resource": COURSE}).encode(), "other.json")
    assert document.data is None
