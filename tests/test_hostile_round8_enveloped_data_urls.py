"""Hostile enveloped credentials and JSON-LD: a data: URL's percent-escapes that are not UTF-8 are refused, not
read with replacement characters; every refusal of an enveloped credential is located at its id, and one
wrapped past the limit at the envelope it stopped at; nesting (enveloped credentials in presentations, @graph,
@set, embedded contexts) is bounded in time, with a located message, never a traceback."""

from __future__ import annotations

import base64
import copy
import json
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.timing import assert_linear

HELD_OUT = Path(__file__).resolve().parent / "heldout_imports2"
V2 = "https://www.w3.org/ns/credentials/v2"


def _load(tmp_path: Path, data: Any) -> list[Document]:
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def _credential() -> dict[str, Any]:
    data = json.loads((HELD_OUT / "elm-es-ub-presentation.json").read_text(encoding="utf-8"))
    credential: dict[str, Any] = data["verifiableCredential"][0]
    return copy.deepcopy(credential)


def _enveloped(url: str) -> dict[str, Any]:
    return {"@context": [V2], "type": "EnvelopedVerifiableCredential", "id": url}


def _refusal(documents: list[Document]) -> tuple[str, str | None]:
    (document,) = documents
    assert document.data is None
    finding = document.findings[-1]
    return finding.message, finding.origin.pointer if finding.origin else None


def test_percent_escapes_that_are_not_utf8_are_refused_not_replaced(tmp_path: Path) -> None:
    text = json.dumps(_credential()).replace("Universitat", "Universit%E0t")
    message, pointer = _refusal(_load(tmp_path, _enveloped("data:application/vc," + text)))
    assert "data: URL holds binary data (application/vc)" in message and pointer == "/id"


def test_percent_escapes_of_utf8_are_read(tmp_path: Path) -> None:
    data = _credential()
    url = "data:application/vc," + urllib.parse.quote(json.dumps(data, ensure_ascii=False))
    (document,) = _load(tmp_path, _enveloped(url))
    assert document.data is not None


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("data:application/vc;base64,@@@", "not valid base64"),
        ("data:application/cose;base64," + base64.b64encode(bytes(range(256))).decode(), "binary data"),
        ('data:application/vc,{"a":NaN}', "NaN"),
        ("data:application/vc," + '{"a":' * 5_000 + "1" + "}" * 5_000, "nested too deeply"),
        ("https://example.org/credential", "no data: URL id"),
    ],
)
def test_a_data_url_that_cannot_be_read_is_refused_at_the_id(tmp_path: Path, url: str, words: str) -> None:
    presentation = {"@context": [V2], "type": "VerifiablePresentation", "verifiableCredential": [_enveloped(url)]}
    message, pointer = _refusal(_load(tmp_path, presentation))
    assert words in message and pointer == "/verifiableCredential/0/id"


@pytest.mark.parametrize("encode", ["url", "base64"])
def test_a_credential_wrapped_past_the_limit_is_refused_at_the_envelope_it_stopped_at(tmp_path: Path, encode) -> None:
    data: Any = _credential()
    for _ in range(40):
        text = json.dumps(data)
        if encode == "url":
            data = _enveloped("data:application/vc," + urllib.parse.quote(text))
        else:
            data = _enveloped("data:application/vc;base64," + base64.b64encode(text.encode()).decode())
        if len(json.dumps(data)) > 4_000_000:
            break
    # The envelope limit is what keeps the read short: the refusal names it and the envelope it stopped at.
    message, pointer = _refusal(_load(tmp_path, data))
    assert "wrapped in more than 4 envelopes" in message and pointer == "/id/id/id/id/id"


@settings(max_examples=40, deadline=None)
@given(
    st.recursive(
        st.sampled_from(["credential", "null", "text"]),
        lambda inner: st.tuples(st.sampled_from(["url", "base64", "presentation", "graph", "set", "list"]), inner),
        max_leaves=12,
    )
)
def test_nested_wrappers_end_in_a_read_credential_or_a_located_refusal(tmp_path_factory, shape) -> None:
    def build(node: Any) -> Any:
        if node == "credential":
            return _credential()
        if node == "null":
            return None
        if node == "text":
            return "not a credential"
        kind, inner = node
        value = build(inner)
        if kind == "url":
            return _enveloped("data:application/vc," + urllib.parse.quote(json.dumps(value)))
        if kind == "base64":
            return _enveloped("data:application/vc;base64," + base64.b64encode(json.dumps(value).encode()).decode())
        if kind == "presentation":
            return {"@context": [V2], "type": "VerifiablePresentation", "verifiableCredential": [value]}
        if kind == "graph":
            return {"@context": [V2], "@graph": [value]}
        return {f"@{kind}": [value]}

    data = build(shape)
    if len(json.dumps(data)) > 4_000_000:
        return
    documents = _load(tmp_path_factory.mktemp("nested"), data)
    assert documents
    for document in documents:
        if document.data is None:
            assert document.findings and document.findings[-1].message


def test_tens_of_thousands_of_embedded_contexts_are_read_once(tmp_path: Path) -> None:
    data = _credential()
    data["credentialSubject"]["ex:undeclared"] = "x"

    def loaded(count: int) -> list[Document]:
        data["evidence"] = [{"@context": {"p": f"urn:{n}/"}, "p:n": 1} for n in range(count)]
        return _load(tmp_path, data)

    # As many as max-nodes lets a file hold (each is four values).
    (document,) = loaded(45_000)
    assert document.data is not None
    assert_linear(loaded, 2_500, 10_000)


def test_prefixes_redefined_at_every_level_and_mapped_to_prefixes_end(tmp_path: Path) -> None:
    data = _credential()
    node: dict[str, Any] = {"@context": {"x": "x:", "y": "z:", "z": "y:"}, "x:leaf": "y:z"}
    for level in range(40):
        node = {"@context": {"x": f"https://example.org/{level}/", "y": "x:"}, "x:child": node}
    data["credentialSubject"]["deep"] = node
    data["credentialSubject"]["y:undeclared"] = "z:x"
    (document,) = _load(tmp_path, data)
    assert document.data is not None
