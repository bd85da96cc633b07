"""A learning outcome written as a language map is judged like every other language string: an error in one of
its languages is reported at that language, not as an outcome of the wrong form."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline

_TEXT = "Evaluate the fairness of a classification model using group fairness metrics."


def _schema_findings(outcome: Any) -> list[tuple[str, str]]:
    data = baseline()
    data["learning_outcomes"][1] = outcome
    (result,) = check_documents([Document(source="case.yaml", data=data, format="yaml")], now=NOW).results
    return [(f.pointer, f.message) for f in result.findings if f.rule == "MC-SC-001"]


@pytest.mark.parametrize(
    ("outcome", "pointer", "message"),
    [
        ({"en": _TEXT, "nl": ""}, "/learning_outcomes/1/nl", "learning_outcomes/1/nl is empty"),
        (
            {"en": _TEXT, "nl": "  "},
            "/learning_outcomes/1/nl",
            "learning_outcomes/1/nl holds only spaces or invisible characters",
        ),
        ({"en": _TEXT, "nl": 5}, "/learning_outcomes/1/nl", "learning_outcomes/1/nl must be text, not 5"),
    ],
)
def test_the_language_at_fault_is_named(outcome: dict[str, Any], pointer: str, message: str) -> None:
    assert _schema_findings(outcome) == [(pointer, message)]


def test_keys_of_no_language_form_keep_the_outcome_message() -> None:
    (finding,) = _schema_findings({"Compare sourcing strategies": "social and environmental risks."})
    assert finding[0] == "/learning_outcomes/1"
    assert "a learning outcome must be a statement" in finding[1]
