"""External quality assurance whose body names no body (MC-QA-001).

Probing `quality_assurance.external.body` with what providers who do not know the field write there found only the
provider itself told: "n/a", "keine", "-", "internal", "self-assessment", "yes", "accredited", "ESG", "EQAR",
"ISO 9001" and "accreditation agency" all passed as the name of the body that reviews the provider from outside. A
claim of external review that names no reviewer cannot be verified (Annex I M11, ESG Part 2); those are told now,
once, at the body, and a real agency's or certifier's name never is (nor ENQA, the agencies' association, which a
reviewer judges).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import baseline
from tests.heldout import data_findings


def _told(body: Any) -> list[str]:
    offer = baseline()
    offer["quality_assurance"]["external"]["body"] = body
    return [pointer for rule, pointer in data_findings(offer) if rule == "MC-QA-001"]


@pytest.mark.parametrize(
    "body",
    ["n/a", "N/A", "None", "Keine", "aucun", "-", "?", "Unknown", "onbekend", "Internal", "intern", "interna",
     "Self-assessment", "Selbstevaluation", "Zelfevaluatie", "autoévaluation", "Yes", "ja", "External", "extern",
     "Accredited", "geaccrediteerd", "akkreditiert", "ESG", "ESG 2015", "EQAR", "EQAVET", "ISO 9001",
     "ISO 21001:2018", "Accreditation agency", "Quality assurance agency", "the national agency",
     "Akkreditierungsagentur", "agencja akredytacyjna", {"en": "Internal", "nl": "Intern"}],
)  # fmt: skip
def test_a_body_that_names_no_body_is_told_once_at_the_body(body: Any) -> None:
    assert _told(body) == ["/quality_assurance/external/body"]


@pytest.mark.parametrize(
    "body",
    ["NVAO", "AQ Austria", "ACQUIN", "Polska Komisja Akredytacyjna", "TÜV SÜD", "DEKRA Certification GmbH",
     "Agence pour l'Évaluation de la Qualité de l'Enseignement Supérieur (AEQES)",
     "Agencia Nacional de Evaluación de la Calidad y Acreditación (ANECA)", "ENQA", "Inspectie van het Onderwijs",
     "Quality and Qualifications Ireland"],
)  # fmt: skip
def test_an_agencys_or_certifiers_name_is_a_body(body: str) -> None:
    assert _told(body) == []


def test_the_message_quotes_the_value_and_asks_for_the_agency() -> None:
    from qa_checker.api import check_documents
    from qa_checker.document import Document
    from tests.conftest import NOW

    offer = baseline()
    offer["quality_assurance"]["external"]["body"] = "ESG"
    (result,) = check_documents([Document(source="offer.yaml", data=offer, format="yaml")], now=NOW).results
    (finding,) = [f for f in result.findings if f.rule == "MC-QA-001"]
    assert finding.message == "'ESG' does not name the body that performs the external quality assurance"
    assert "agency" in finding.hint


@pytest.mark.parametrize(("agent", "told"), [("ESG", True), ("n/a", True), ("yes", True), ("NVAO", False)])
def test_an_accreditations_agent_is_read_the_same_way(agent: str, told: bool) -> None:
    offer = baseline()
    offer["quality_assurance"]["accreditations"][0]["agent"] = agent
    found = [pointer for rule, pointer in data_findings(offer) if rule == "MC-QA-001"]
    assert found == (["/quality_assurance/accreditations/0/agent"] if told else [])


@pytest.mark.parametrize(("body", "told"), [("HvA", True), ("HVA", True), ("Hva", False), ("NVAO", False)])
def test_the_provider_by_its_initials_with_a_link_words_initial_is_the_provider(body: str, told: bool) -> None:
    """Hogeschool van Amsterdam is HvA as much as HVA; a word in title case ("Hva") is no acronym."""
    assert _told(body) == (["/quality_assurance/external/body"] if told else [])
