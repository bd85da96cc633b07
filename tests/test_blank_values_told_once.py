"""A required element written blank is missing, and told once by its presence rule, whether the blank is the
value itself (``title: " "``) or every text inside it (``title: {en: " "}``); a blank text beside a real one
is the schema's finding, the element being given."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _told(data: dict[str, Any]) -> list[tuple[str, str]]:
    [result] = check_documents([Document(source="d.json", data=data, format="json")], now=NOW).results
    return [(f.rule, f.pointer) for f in result.findings if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize(
    ("pointer", "blank", "rule"),
    [
        ("/title", " ", "MC-EL-002"),
        ("/title", {"en": " "}, "MC-EL-002"),
        ("/title", {"en": "\u200b", "nl": "  "}, "MC-EL-002"),
        ("/summary", {"en": "\t"}, None),
    ],
)
def test_a_blank_element_is_told_once(pointer: str, blank: Any, rule: str | None) -> None:
    data = baseline()
    data[pointer.lstrip("/")] = blank
    told = [(r, p) for r, p in _told(data) if p == pointer or p.startswith(pointer + "/")]
    if rule is None:  # an optional element: nothing missing to say, the blank text is the schema's finding
        assert told == [("MC-SC-001", pointer + "/en")]
    else:
        assert told == [(rule, pointer)]


def test_a_blank_text_beside_a_real_one_is_the_schemas_finding() -> None:
    data = baseline()
    data["title"] = {"en": " ", "nl": "Data-ethiek"}
    # Not also "not given in English" (MC-LG-002): the English text is written, blank.
    told = [(r, p) for r, p in _told(data) if p.startswith("/title")]
    assert told == [("MC-SC-001", "/title/en")]
