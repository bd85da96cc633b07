"""MC-EL-011: quality assurance whose parts are all empty states no type of quality assurance (Annex I M11)."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _judged(quality_assurance: dict[str, Any]):
    data = baseline()
    data["quality_assurance"] = quality_assurance
    (result,) = check_documents([Document(source="case.yaml", data=data, format="yaml")], now=NOW).results
    return result


@pytest.mark.parametrize("empty", [{"internal": {}}, {"external": {}}, {"internal": {}, "external": {}}])
def test_empty_parts_leave_the_element_missing(empty: dict[str, Any]) -> None:
    result = _judged(empty)
    assert result.elements["quality_assurance"] == "missing"
    assert [(f.rule, f.pointer) for f in result.findings if f.rule == "MC-EL-011"] == [
        ("MC-EL-011", "/quality_assurance")
    ]


@pytest.mark.parametrize(
    "given",
    [
        {"internal": {"url": "https://www.hva.nl/quality"}},
        {"internal": {}, "external": {"body": "NVAO", "country": "NL", "framework": "ESG"}},
        {"external": {"body": "NVAO", "eqar_registered": True}},
    ],
)
def test_a_part_that_says_something_gives_the_element(given: dict[str, Any]) -> None:
    result = _judged(given)
    assert result.elements["quality_assurance"] == "present"
    assert "MC-EL-011" not in {f.rule for f in result.findings}
