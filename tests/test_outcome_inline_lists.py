"""Several outcomes written on one line of one list item, after bullets ("• A • B", "- A - B") or numbers
("1) A 2) B"), are reported by MC-LO-004 as outcomes listed in one item, as those on lines of their own are:
the descriptor's ``learning_outcomes`` is a list with one outcome per item. A bullet or dash in mid-sentence,
a single bulleted outcome and numbers inside a sentence open no list."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline

OTHER = "Respond to a phishing incident following the organisation's incident response plan."


def _findings(language: str, item: str) -> list[Any]:
    data: dict[str, Any] = baseline()
    data["languages"] = [language]
    data["learning_outcomes"] = [item, OTHER] if language == "en" else [item]
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [f for f in result.findings if f.rule == "MC-LO-004" and f.pointer == "/learning_outcomes/0"]


@pytest.mark.parametrize(
    ("language", "item", "count"),
    [
        ("en", "• Analyse the cash flow of a small business. • Design a budget for the next financial year.", 2),
        ("en", "- Analyse the cash flow of a small business - Design a budget for the next financial year", 2),
        ("en", "1) Analyse the cash flow of a small business 2) Design a budget for the next financial year", 2),
        (
            "en",
            "Participants will be able to: • analyse the cash flow of a small business; • design a budget for the "
            "next year; • present the budget to a bank.",
            3,
        ),
        ("en", "▪ Analyse the cash flow of a small business ▪ Design a budget for the next financial year", 2),
        ("de", "• Cashflow eines Kleinbetriebs analysieren • Budget für das nächste Geschäftsjahr erstellen", 2),
        ("fr", "1. Analyser les flux de trésorerie d'une petite entreprise 2. Élaborer un budget prévisionnel", 2),
        ("pl", "• Analizuje przepływy pieniężne małej firmy • Opracowuje budżet na kolejny rok obrotowy", 2),
    ],
)
def test_outcomes_listed_on_one_line_are_reported(language: str, item: str, count: int) -> None:
    (finding,) = _findings(language, item)
    assert f"lists {count} outcomes in one item" in str(finding.message)
    assert "item of its own" in str(finding.hint)


@pytest.mark.parametrize(
    "item",
    [
        "Evaluate a well-to-wheel emissions model - including its assumptions - against published data.",
        "- Evaluate a model of emissions - including its assumptions - against published data",
        "• Apply ISO 9001 clause 7.1 to the resource planning of a small firm.",
        "Configure VLANs 1) for guests and 2) for staff on a managed switch.",
        "Map an entity-relationship diagram → a relational schema for a library database.",
        "Calculate the energy balance of a house (e.g. 1) walls 2) windows) using the PHPP tool.",
    ],
)
def test_marks_that_open_no_list_are_not_reported_as_listed_outcomes(item: str) -> None:
    assert not any("in one item" in str(f.message) for f in _findings("en", item))
