"""A Verifiable Credentials 2.0 enveloped credential inside nested ``@graph``s (each the only node of the one around
it) is read, to a bounded depth; a data: URL whose content starts as JSON does but is no JSON object (an array,
broken JSON), or is neither JSON nor a JWT (empty, plain text), is refused at its id as what it is, not told to be
a JSON string."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.importers.jsonld import GRAPH_DEPTH
from qa_checker.loaders import load_file

V2 = "https://www.w3.org/ns/credentials/v2"
OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CREDENTIAL = {
    "@context": [V2, OB3],
    "id": "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "name": "Cloud Security Essentials",
    "issuer": {"id": "https://issuer.example.fi/profile", "type": ["Profile"], "name": "Tampere Example Academy"},
    "validFrom": "2026-02-10T12:00:00Z",
    "credentialSubject": {
        "id": "did:example:learner",
        "type": ["AchievementSubject"],
        "achievement": {
            "id": "https://issuer.example.fi/achievements/cse",
            "type": ["Achievement"],
            "name": "Cloud Security Essentials",
            "description": "Securing cloud workloads.",
            "criteria": {"narrative": "Pass the proctored final exam."},
        },
    },
}


def _load(tmp_path: Path, data: Any) -> list[Document]:
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def _enveloped(url: str) -> dict[str, Any]:
    return {"type": "EnvelopedVerifiableCredential", "id": url}


def _nested(levels: int, url: str) -> dict[str, Any]:
    node: dict[str, Any] = _enveloped(url)
    for _ in range(levels):
        node = {"@graph": [node]}
    return {"@context": [V2], **node}


@pytest.mark.parametrize("levels", [2, 3, GRAPH_DEPTH])
def test_an_enveloped_credential_in_nested_graphs_is_read(tmp_path: Path, levels: int) -> None:
    url = "data:application/vc," + urllib.parse.quote(json.dumps(CREDENTIAL))
    (document,) = _load(tmp_path, _nested(levels, url))
    assert document.data is not None and document.data.get("title") == "Cloud Security Essentials"
    refusals = [str(f.message) for f in document.findings if f.severity == "error" and "unsupported" in str(f.message)]
    assert not refusals


def test_graphs_nested_past_the_depth_are_not_unwrapped(tmp_path: Path) -> None:
    url = "data:application/vc," + urllib.parse.quote(json.dumps(CREDENTIAL))
    (document,) = _load(tmp_path, _nested(GRAPH_DEPTH + 1, url))
    assert document.data is None


def test_a_graph_node_beside_its_graph_is_no_mere_wrapper(tmp_path: Path) -> None:
    url = "data:application/vc," + urllib.parse.quote(json.dumps(CREDENTIAL))
    data = _nested(2, url)
    data["@graph"][0]["name"] = "a node of its own"
    (document,) = _load(tmp_path, data)
    assert document.data is None or document.data.get("title") != "Cloud Security Essentials"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[1, 2]", "holds JSON that is not a credential object"),
        (json.dumps([CREDENTIAL]), "holds JSON that is not a credential object"),
        ('{"type": "VerifiableCredential",', "holds JSON that is not a credential object"),
        ("[", "holds JSON that is not a credential object"),
        ("", "holds neither a credential object (JSON) nor a compact JWS/JWT"),
        ("   ", "holds neither a credential object (JSON) nor a compact JWS/JWT"),
        ("hello", "holds neither a credential object (JSON) nor a compact JWS/JWT"),
    ],
)
def test_a_data_url_of_no_credential_is_refused_at_its_id(tmp_path: Path, content: str, words: str) -> None:
    presentation = {
        "@context": [V2],
        "type": "VerifiablePresentation",
        "verifiableCredential": [_enveloped("data:application/vc," + urllib.parse.quote(content))],
    }
    (document,) = _load(tmp_path, presentation)
    assert document.data is None
    finding = document.findings[-1]
    assert words in str(finding.message) and "JSON string" not in str(finding.message), finding.message
    assert finding.origin is not None and finding.origin.pointer == "/verifiableCredential/0/id"
