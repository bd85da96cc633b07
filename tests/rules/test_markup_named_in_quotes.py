"""A character reference a text names in quotes, as a web-development course does ("escape `&amp;`"), is code it
teaches, not HTML pasted into it (MC-LG-003); one standing in the text is still markup."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _markup_findings(outcome: str) -> list[str]:
    data: dict[str, Any] = baseline()
    data["languages"] = ["en"]
    data["learning_outcomes"] = [outcome, "Build an accessible web form with client-side validation in JavaScript."]
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [f.pointer for f in result.findings if f.rule == "MC-LG-003"]


@pytest.mark.parametrize(
    "outcome",
    [
        "Escape special characters such as `&amp;` and `&lt;` in HTML templates.",
        'Use the "&nbsp;" entity to keep a number and its unit on one line.',
        "Insérer une espace insécable «&nbsp;» avant les signes doubles.",
    ],
)
def test_a_reference_named_in_quotes_is_no_markup(outcome: str) -> None:
    assert _markup_findings(outcome) == []


def test_a_reference_in_the_text_is_markup() -> None:
    assert _markup_findings("Record sales invoices &amp; credit notes in a double-entry ledger.") == [
        "/learning_outcomes/0"
    ]
