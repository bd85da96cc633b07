"""The learner as the subject of an outcome, in the forms providers write it: English learners in the plural
before their verb ("Learners analyse ..."), a French obligation before the ability ("Les étudiants doivent
pouvoir analyser ..."), and the German future ("Die Teilnehmenden werden ... analysieren können"), which is
the learners' own action, not the teaching they are given ("Den Teilnehmenden werden ... vermittelt")."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("language", "text", "verb"),
    [
        ("en", "Learners analyse the financial statements of a listed company.", "analyse"),
        ("en", "Successful participants plan a marketing campaign for a local charity.", "plan"),
        ("fr", "Les étudiants doivent pouvoir analyser les états financiers d'une société cotée.", "analyser"),
        ("fr", "L'apprenant devra être capable de rédiger une note de synthèse.", "rédiger"),
    ],
)
def test_the_verb_after_the_learner_is_the_action(language: str, text: str, verb: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.first_is_verb
    assert analysis.main is not None and analysis.main.word == verb


def test_the_german_future_of_the_learners_is_learner_centred() -> None:
    analysis = analyse(
        "Die Teilnehmenden werden den Jahresabschluss eines börsennotierten Unternehmens analysieren können.", "de"
    )
    assert analysis is not None and analysis.teacher_centred is None


@pytest.mark.parametrize(
    "text",
    [
        "Den Teilnehmenden werden die Grundlagen der Buchhaltung vermittelt.",
        "Die Teilnehmenden werden in die Grundlagen der Buchhaltung eingeführt.",
    ],
)
def test_the_teaching_the_learners_are_given_is_still_teacher_centred(text: str) -> None:
    analysis = analyse(text, "de")
    assert analysis is not None and analysis.teacher_centred
