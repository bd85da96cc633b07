"""Parts of one outcome are not outcomes listed in one item (MC-LO-004): the steps after a lead-in that states
the action itself ("Carry out a risk assessment in five steps: 1) ... 2) ..."), and a phrase set off by dashes
inside a dash-bulleted outcome (a function word opening it, such as Spanish "para", is no verb). A stem
lead-in ("Participants will be able to:") still opens a list."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.language import analyse
from tests.conftest import NOW, baseline


def _listed(language: str, item: str) -> list[Any]:
    data: dict[str, Any] = baseline()
    data["languages"] = [language]
    data["learning_outcomes"] = [item]
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [
        f
        for f in result.findings
        if f.rule == "MC-LO-004" and f.pointer == "/learning_outcomes/0" and "in one item" in f.message
    ]


@pytest.mark.parametrize(
    ("language", "item"),
    [
        (
            "en",
            "Carry out a risk assessment in five steps: 1) identify the hazards 2) decide who might be harmed "
            "3) evaluate the risks 4) record the findings 5) review the assessment.",
        ),
        (
            "de",
            "Eine Gefährdungsbeurteilung in fünf Schritten durchführen: 1) Gefährdungen ermitteln 2) Risiken "
            "beurteilen 3) Maßnahmen festlegen.",
        ),
        ("fr", "Appliquer le RGPD : a) identifier la base légale, b) rédiger la mention d'information."),
        ("en", "– Design a newsletter – with a clear call to action – for a local charity."),
        ("es", "- Elaborar un presupuesto - detallado por partidas - para una obra menor."),
    ],
)
def test_parts_of_one_outcome_are_not_outcomes_listed_in_one_item(language: str, item: str) -> None:
    assert _listed(language, item) == []


@pytest.mark.parametrize(
    "item",
    [
        "Participants will be able to: 1) analyse the cash flow of a small business 2) design a budget for the "
        "next financial year",
        "- Analyse the cash flow of a small business - Design a budget for the next financial year",
    ],
)
def test_a_stem_lead_in_or_dashed_statements_still_list_outcomes(item: str) -> None:
    assert len(_listed("en", item)) == 1


@pytest.mark.parametrize(("text", "language"), [("para una obra menor.", "es"), ("per il cantiere.", "it")])
def test_a_function_word_is_never_read_as_a_third_person(text: str, language: str) -> None:
    found = analyse(text, language)
    assert found is None or found.main is None
