"""Learning named as the outcome ("Studenti se naučí základy účetnictví", "Študenti sa naučia ...") is vague
(MC-LO-002) in Czech and Slovak, as "Students will learn ..." is in English, "apprendront" in French and "lærer" in
Danish: what the learner does to show it is missing. They drew no finding; the same verb teaching others ("naučit
dospělé ...") is an action."""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_statement

VAGUE = [
    ("cs", "Studenti se naučí základy účetnictví."),
    ("cs", "Po absolvování kurzu se student naučí pracovat s tabulkovým procesorem."),
    ("cs", "Naučí se základní postupy první pomoci."),
    ("cs", "Účastníci se v kurzu naučili principy agilního řízení projektů."),
    ("sk", "Študenti sa naučia základy účtovníctva."),
    ("sk", "Po absolvovaní kurzu sa študent naučí pracovať s tabuľkovým procesorom."),
    ("sk", "Naučí sa základné postupy prvej pomoci."),
    ("en", "Students will learn the basics of accounting."),
]
ACTIONS = [
    ("cs", "Student umí naučit dospělé pracovat s počítačem."),
    ("cs", "Student umí navrhnout relační databázi pro malý podnik."),
    ("sk", "Študent dokáže naučiť dospelých pracovať s počítačom."),
    ("sk", "Študent vie navrhnúť relačnú databázu pre malý podnik."),
]


@pytest.mark.parametrize(("language", "text"), VAGUE)
def test_learning_as_the_outcome_is_vague(language: str, text: str) -> None:
    assert "MC-LO-002" in judge_statement(text, language)


@pytest.mark.parametrize(("language", "text"), ACTIONS)
def test_teaching_others_or_another_action_is_no_vague_outcome(language: str, text: str) -> None:
    assert judge_statement(text, language) == []
