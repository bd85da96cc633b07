"""A default ``@language`` in a ``@context`` tags the plain strings of the document, and only those (JSON-LD 1.1
section 4.2.4): value objects without a language, ``@none`` entries and a context that resets it stay plain."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.importers.jsonld import Reader, context_language


def _name(data: dict[str, Any]) -> object:
    reader = Reader(data)
    found = reader.node(data, "").text("name")
    return found[0] if found else None


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ([{"@language": "de-AT"}], "de"),
        ([{"@language": "fr"}, {"@language": None}], None),
        ([{"@language": "fr"}, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"], "fr"),
        ("https://www.w3.org/ns/credentials/v2", None),
        ([{"@language": "not a tag"}], None),
    ],
)
def test_context_language(context: object, expected: str | None) -> None:
    assert context_language(context) == expected


def test_plain_string_takes_the_default_language() -> None:
    assert _name({"@context": [{"@language": "it"}], "name": "Basi di dati"}) == {"it": "Basi di dati"}


def test_value_object_without_language_stays_plain() -> None:
    assert _name({"@context": [{"@language": "it"}], "name": {"@value": "Basi di dati"}}) == "Basi di dati"


def test_language_map_keeps_its_languages() -> None:
    data = {"@context": [{"@language": "it"}], "name": {"en": "Databases", "@none": "DB"}}
    assert _name(data) == {"en": "Databases"}


def test_a_node_context_overrides_the_document_default() -> None:
    data = {"@context": [{"@language": "it"}], "part": {"@context": {"@language": "en"}, "name": "Databases"}}
    reader = Reader(data)
    part = reader.node(data, "").node("part")
    assert part is not None
    found = part.text("name")
    assert found is not None and found[0] == {"en": "Databases"}
