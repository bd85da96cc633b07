"""Outcomes of digital-skills courses as providers write them: code keywords and acronyms in capitals
inside a sentence of another language ("Scrivere query SQL (SELECT, JOIN, GROUP BY) ..."), the name of a
software feature made of capitalised verbs ("Use Find and Replace in Word"), and the verb "to write" in
French, Italian and Spanish."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse, detect
from tests.test_outcome_labels_brackets_trainee_teachers_and_teaching_wording import fired as fired_among

RULES = ("MC-LG-001", "MC-LO-001", "MC-LO-004")


def fired(text: str, language: str) -> list[str]:
    """The rules of this file that report one statement, the only outcome of a descriptor in its language."""
    return fired_among(text, language, RULES)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Scrivere query SQL (SELECT, JOIN, GROUP BY) su un database PostgreSQL.", "it"),
        ("Scrivere query SQL con SELECT, JOIN e GROUP BY su un database PostgreSQL.", "it"),
    ],
)
def test_code_keywords_in_capitals_do_not_make_a_sentence_english(text: str, language: str) -> None:
    """ "BY" in capitals is a keyword of SQL, not the English preposition: the sentence is built with the
    claimed language's function words alone, and is read as that language."""
    assert detect.clearly_other(text, language) is None
    assert fired(text, language) == []


def test_an_english_sentence_under_another_language_is_still_reported() -> None:
    text = "Write SQL queries with joins and grouping for the reporting database of a shop."
    assert detect.clearly_other(text, "it") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Use Find and Replace in Microsoft Word to restructure a long report.",
        "Apply Track Changes and Compare in Microsoft Word to a contract.",
    ],
)
def test_a_feature_named_with_capitalised_verbs_is_one_name(text: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.compound == ()
    assert "MC-LO-004" not in fired(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Analyse the data and compare the results with a benchmark.",
        "Plan the audit and Prepare the Report for the board.",
    ],
)
def test_two_actions_joined_after_a_lower_case_word_are_still_two(text: str) -> None:
    assert "MC-LO-004" in fired(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "lemma"),
    [
        ("Écrire des requêtes SQL sur une base de données PostgreSQL.", "fr", "écrire"),
        ("L'apprenant écrit un rapport de synthèse pour la direction.", "fr", "écrire"),
        ("Scrivere query SQL su un database PostgreSQL esistente.", "it", "scrivere"),
        ("Escribir consultas SQL sobre una base de datos PostgreSQL.", "es", "escribir"),
    ],
)
def test_to_write_is_an_action_of_the_create_level(text: str, language: str, lemma: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.main is not None
    assert (analysis.main.form.lemma, analysis.main.form.level) == (lemma, "create")
    assert fired(text, language) == []
