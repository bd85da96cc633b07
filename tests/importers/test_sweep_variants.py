"""Spec-allowed variations of a credential import to the same descriptor as the compacted original.

JSON-LD lets an issuer write the same credential many ways: expanded (every key a full IRI), with
compact IRIs, in an ``@graph``, inside a presentation or a JWT. Each variant here is built at run time
from the project's own fixtures (or, when ../shared is present, from a real credential) and must give the
descriptor, element verdicts and findings of its original.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def _same_as_original(tmp_path: Path, original: Any, variant: Callable[[Any], Any], suffix: str = ".json") -> None:
    before = _load(tmp_path, "original.json", original)
    after = _load(tmp_path, "variant" + suffix, variant(copy.deepcopy(original)))
    assert [d.data for d in after] == [d.data for d in before]
    assert _verdicts(after) == _verdicts(before)


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
