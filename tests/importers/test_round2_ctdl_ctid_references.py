"""CTDL resources in a Credential Registry ``@graph`` whose owning or offering organisation is named by its CTID:
the CTID alone, or a registry address of another host (production and sandbox) ending in it. The organisation
the graph describes with that ``ceterms:ctid`` is the awarding body; a reference the graph does not describe is
still reported; a ``MicroCredential`` or ``DigitalBadge`` gives its credits and duration as a course does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file

CONTEXT = "https://credreg.net/ctdl/schema/context/json"
ORG = "ce-5f2a9c1e-8d3b-4c7a-9e1f-0a2b3c4d5e6f"
OWN = "ce-11111111-2222-3333-4444-555555555555"
SANDBOX = "https://sandbox.credentialengineregistry.org/resources/"
REGISTRY = "https://credentialengineregistry.org/resources/"


def _organisation(ctid: str) -> dict[str, Any]:
    return {
        "@type": "ceterms:CredentialOrganization",
        "@id": SANDBOX + ctid,
        "ceterms:ctid": ctid.upper().replace("CE-", "ce-"),
        "ceterms:name": {"en-US": "Example College"},
        "ceterms:address": [{"@type": "ceterms:Place", "ceterms:addressCountry": {"en-US": "Ireland"}}],
    }


def _resource(kind: str, **extra: Any) -> dict[str, Any]:
    return {
        "@type": f"ceterms:{kind}",
        "@id": SANDBOX + OWN,
        "ceterms:ctid": OWN,
        "ceterms:name": {"en-US": "Cloud basics"},
        **extra,
    }


def _load(tmp_path: Path, *graph: dict[str, Any]) -> Document:
    path = tmp_path / "graph.json"
    path.write_text(json.dumps({"@context": CONTEXT, "@id": SANDBOX + OWN, "@graph": list(graph)}))
    (doc,) = load_file(path)
    return doc


def test_owned_by_the_registry_address_of_another_host_is_the_organisation_with_that_ctid(tmp_path: Path) -> None:
    doc = _load(tmp_path, _resource("MicroCredential", **{"ceterms:ownedBy": [REGISTRY + ORG]}), _organisation(ORG))
    assert doc.data["awarding_bodies"] == [{"name": {"en": "Example College"}, "country": "IE"}]
    assert doc.origins["/awarding_bodies/0/name"].pointer == "/@graph/1/ceterms:name"
    assert not [f for f in doc.findings if "only by reference" in f.message]


def test_offered_by_a_bare_ctid_is_read_too(tmp_path: Path) -> None:
    doc = _load(tmp_path, _resource("DigitalBadge", **{"ceterms:offeredBy": [ORG]}), _organisation(ORG))
    assert doc.data["awarding_bodies"][0]["name"] == {"en": "Example College"}


def test_a_ctid_the_graph_does_not_describe_is_still_reported(tmp_path: Path) -> None:
    other = "ce-99999999-2222-3333-4444-555555555555"
    doc = _load(tmp_path, _resource("MicroCredential", **{"ceterms:ownedBy": [REGISTRY + other]}), _organisation(ORG))
    assert "awarding_bodies" not in doc.data
    (warning,) = [f for f in doc.findings if "only by reference" in f.message]
    assert other in warning.message and warning.origin.pointer == "/@graph/0/ceterms:ownedBy/0"


def test_a_micro_credential_gives_its_ects_and_duration(tmp_path: Path) -> None:
    credits = {
        "@type": "schema:QuantitativeValue",
        "schema:value": 2,
        "ceterms:creditUnitType": ["creditUnit:ECTSCredit"],
    }
    duration = {"@type": "ceterms:DurationProfile", "ceterms:exactDuration": "PT50H"}
    micro = _resource(
        "MicroCredential",
        **{"ceterms:ownedBy": [ORG], "ceterms:creditValue": [credits], "ceterms:estimatedDuration": [duration]},
    )
    doc = _load(tmp_path, micro, _organisation(ORG))
    assert doc.data["workload"] == {"ects": 2, "hours": 50}
    assert doc.data["awarding_bodies"][0]["country"] == "IE"
