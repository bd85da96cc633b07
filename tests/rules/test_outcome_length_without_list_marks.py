"""The number or code an outcome is listed under ("1.", "LO1:", "K_U01") is no word of it (MC-LO-005)."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline

OTHER = "Record an incident accurately in the workplace accident book."


@pytest.mark.parametrize(
    "outcome", ["1. Perform CPR on adults.", "LO1: Perform CPR on adults.", "(a) Perform CPR on adults."]
)
def test_a_short_outcome_is_short_whatever_it_is_listed_under(outcome: str) -> None:
    data: dict[str, Any] = baseline()
    data["languages"] = ["en"]
    data["learning_outcomes"] = [outcome, OTHER]
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    assert [f.pointer for f in result.findings if f.rule == "MC-LO-005"] == ["/learning_outcomes/0"]
