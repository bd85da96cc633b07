"""MC-LG-001 on texts that borrow another language's terms: a sentence is in the language of its grammar.

Found by a phrasing probe (summaries of IT and business courses as catalogues write them, with English terms, in
22 EU languages, each filed under its own language and under a wrong one, labelled before the run) and by claiming
each of the 4,532 long enough texts of the held-out descriptors as another language: an Italian, Spanish or Dutch
sentence about "machine learning" and "data science" filed under ``en`` was not reported (lingua read the terms as
English: Italian 0.97 English), nor an English sentence naming "Projektmanagement" filed under ``de`` (read as
German at 0.9997); 24 held-out texts the same way ("Export a model to IFC for trade coordination." under ``de``).
A text built with three or more of another language's own function words and none of the claimed language's is
that language, whatever its nouns are.
"""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.language import detect
from tests.conftest import NOW, baseline


def _reported(text: str, claimed: str) -> list[str]:
    data = baseline()
    data["languages"] = [claimed]
    data["summary"] = text
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [str(f.message) for f in result.findings if f.rule == "MC-LG-001" and f.pointer == "/summary"]


BORROWING = [
    ("Il corso introduce le basi del machine learning e della data science con Python, pandas e scikit-learn.", "it"),
    (
        "I partecipanti imparano a gestire progetti con metodologie agili come Scrum e a utilizzare strumenti di "
        "project management.",
        "it",
    ),
    (
        "Este curso introduce los fundamentos del machine learning y el big data con herramientas como Python y "
        "Power BI.",
        "es",
    ),
    ("In deze cursus leer je de basis van machine learning en data science met Python en Jupyter notebooks.", "nl"),
    ("Os participantes aprendem a usar o Power BI e o Excel para criar dashboards de vendas.", "pt"),
    ("Les participants découvrent le design thinking et le lean startup dans un hackathon de deux jours.", "fr"),
    ("Die Teilnehmenden lernen Cloud Computing und DevOps mit Kubernetes und Terraform kennen.", "de"),
]


@pytest.mark.parametrize(("text", "language"), BORROWING)
def test_a_sentence_with_english_terms_is_in_the_language_of_its_grammar(text: str, language: str) -> None:
    assert _reported(text, language) == []
    assert detect.clearly_other(text, "en") == language


@pytest.mark.parametrize(
    "text",
    [
        "This short course introduces the basics of Projektmanagement and Qualitätssicherung for German SMEs.",
        "Export a model to IFC for trade coordination.",
        "Participants learn the methods of Kaizen and Lean management in a Werkstatt of the Hochschule.",
    ],
)
def test_an_english_sentence_with_german_terms_under_de_is_reported_as_english(text: str) -> None:
    assert detect.clearly_other(text, "de") == "en"
    assert _reported(text, "de")


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        # Names of another language's bodies in a sentence of the claimed language.
        ("A joint course of the Universidad de Granada and the Università di Bologna on heritage.", "en"),
        ("Ein Kurs der Universidad de la Laguna für Fachkräfte aus dem Tourismus.", "de"),
        # Two function words of another language are a name or a phrase, not its grammar.
        ("Data Science con Python: Machine Learning per Business Analytics", "en"),
        # A Serbian sentence in Cyrillic: its listed function words are those of its Latin script.
        ("Микрокредитив Универзитета у Београду за запослене у државној управи.", "sr"),
        # A close relative's words are never evidence against the claim.
        ("Kurz poskytuje úvod do strojového učenia a data science s využitím jazyka Python.", "cs"),
    ],
)
def test_names_and_short_phrases_of_another_language_are_not_its_grammar(text: str, claimed: str) -> None:
    assert _reported(text, claimed) == []
