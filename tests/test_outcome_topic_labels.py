"""An outcome filed under a topic label ("ISO 14001: implement ...", "Excel : automatiser ...", "(Core)
Configure ...", "Knowledge – Explain ...") has its action after the label, and a chemical formula or standard
that opens an outcome ("CO2 emissions", "PM10 levels") is part of the statement, not the code it is listed
under."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.language import analyse, without_list_mark
from tests.conftest import NOW, baseline


def _findings(language: str, outcomes: list[str], rule: str) -> list[str]:
    data: dict[str, Any] = baseline()
    data["languages"] = [language]
    data["learning_outcomes"] = outcomes
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [f.pointer for f in result.findings if f.rule == rule]


@pytest.mark.parametrize(
    ("language", "text", "verb"),
    [
        ("en", "ISO 14001: implement an environmental management system in a small manufacturing firm.", "implement"),
        ("en", "NO2 and PM10 concentrations: interpret monitoring data against EU limit values.", "interpret"),
        (
            "fr",
            "CO2 et CH4 : quantifier les émissions d'un site industriel selon la méthode Bilan Carbone.",
            "quantifier",
        ),
        ("es", "MS Project: planificar un cronograma con dependencias entre tareas.", "planificar"),
        ("es", "Power Query: combinar datos de varias fuentes en un único modelo.", "combinar"),
        ("it", "Excel: calcolare il costo del personale per centro di costo.", "calcolare"),
    ],
)
def test_the_action_follows_a_topic_label(language: str, text: str, verb: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.first_is_verb
    assert analysis.main is not None and analysis.main.word == verb


@pytest.mark.parametrize(
    "text",
    [
        "(Core) Configure a VLAN on a managed switch.",
        "[Advanced] Configure a VLAN on a managed switch.",
        "Knowledge – Explain the OSI model to a new colleague.",
        "1 - Configure a VLAN on a managed switch.",
    ],
)
def test_the_action_follows_a_label_in_brackets_or_before_a_dash(text: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.first_is_verb


@pytest.mark.parametrize(
    "text", ["Self-paced e-learning on the basics of the GDPR.", "Risk management – key concepts and tools."]
)
def test_a_hyphen_in_a_word_or_a_dash_before_no_verb_makes_no_action(text: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and not analysis.first_is_verb


def test_labelled_outcomes_are_not_told_they_start_with_the_label() -> None:
    outcomes = [
        "ISO 14001: implement an environmental management system in a small manufacturing firm.",
        "ISO 19011: audit an environmental management system against its documented procedures.",
        "Identify significant environmental aspects using a life-cycle perspective.",
    ]
    assert _findings("en", outcomes, "MC-LO-001") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Risk management: key concepts and tools for small firms."),
        ("en", "Module 3: test automation frameworks for web applications."),
        ("en", "Unit 2: design principles of accessible web interfaces."),
        ("es", "Unidad 4: captura, almacenamiento y visualización de datos."),
        ("nl", "Module 3: warehousemanagementsystemen en voorraadbeheer."),
    ],
)
def test_a_label_without_an_action_after_it_is_still_no_outcome(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and not analysis.first_is_verb


@pytest.mark.parametrize(
    "text",
    [
        "CO2 emissions from road transport: estimate them with COPERT.",
        "PM10 concentrations near a motorway: interpret them against EU limit values.",
        "H2 storage options: compare compressed and liquefied hydrogen.",
    ],
)
def test_a_formula_opening_an_outcome_is_no_list_code(text: str) -> None:
    assert without_list_mark(text) == text


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("LO2 Apply the rules", "Apply the rules"),
        ("LO2: apply the rules", "apply the rules"),
        ("K_W01 zna i rozumie", "zna i rozumie"),
        ("1 - Configure a VLAN", "Configure a VLAN"),
        ("1.2 — Configure a VLAN", "Configure a VLAN"),
        ("10 - 15 minute talks", "10 - 15 minute talks"),
    ],
)
def test_codes_before_an_outcome_are_still_list_codes(text: str, rest: str) -> None:
    assert without_list_mark(text) == rest


def test_outcomes_numbered_with_a_dash_are_repeats() -> None:
    outcomes = [
        "1 - Configure a VLAN on a managed switch for a small office.",
        "2 - Audit user accounts against the least-privilege principle.",
        "3 - Configure a VLAN on a managed switch for a small office.",
    ]
    assert _findings("en", outcomes, "MC-LO-008") == ["/learning_outcomes/2"]


def test_outcomes_on_different_gases_are_not_repeats() -> None:
    outcomes = [
        "CO2 emissions from road transport: estimate them with the COPERT model.",
        "NO2 emissions from road transport: estimate them with the COPERT model.",
        "SO2 emissions from road transport: estimate them with the COPERT model.",
    ]
    assert _findings("en", outcomes, "MC-LO-008") == []
