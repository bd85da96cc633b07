"""MC-TP-001 and the names of credentials: a real course may share its name with the template's example."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _told(data: dict[str, Any]) -> list[str]:
    (result,) = check_documents(
        [Document(source="case.yaml", data=data, format="yaml")], rubric="eu-2022", now=NOW
    ).results
    return [f.pointer for f in result.findings if f.rule == "MC-TP-001"]


@pytest.mark.parametrize(
    "change",
    [
        {"title": "Data Literacy for Public Servants"},
        {"title": {"en": "Data literacy for public servants", "sl": "Podatkovna pismenost za javne uslužbence"}},
        {"stackability": {"type": "stackable", "towards": [{"title": "Associate degree Public Administration"}]}},
    ],
)
def test_a_name_the_example_also_has_is_no_left_over_alone(change: dict[str, Any]) -> None:
    data = baseline()
    data.update(change)
    assert _told(data) == []


def test_a_name_beside_another_example_text_is_a_left_over_too() -> None:
    data = baseline()
    data["title"] = "Data Literacy for Public Servants"
    data["awarding_bodies"][0]["name"] = "Example University of Applied Sciences"
    assert sorted(_told(data)) == ["/awarding_bodies/0/name", "/title"]


def test_a_placeholder_beside_a_name_does_not_make_it_a_left_over() -> None:
    data = baseline()
    data["title"] = "Data Literacy for Public Servants"
    data["summary"] = "TBD"
    assert _told(data) == ["/summary"]
