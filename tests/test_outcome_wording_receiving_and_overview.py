"""Wording a reviewer sends back in every language: learners who receive the teaching ("Participants receive
training in ...", "Die Teilnehmenden erhalten eine Einführung ...") describe the course, and an overview, a
first acquaintance or a mastery ("Obtain an overview of ...", "Découvrir ...", "Dominar ...") cannot be
observed."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Participants receive training in the safe use of ladders."),
        ("en", "Students will receive an introduction to clinical coding."),
        ("en", "Provides an introduction to the principles of nutrition."),
        ("en", "Topics include budgeting, forecasting and variance analysis."),
        ("de", "Die Teilnehmenden erhalten eine Einführung in die Buchhaltung."),
        ("de", "Die Auszubildenden erhalten eine praktische Unterweisung am Gabelstapler."),
        ("fr", "Les participants recevront une formation aux gestes de premiers secours."),
        ("fr", "Les apprenants bénéficient d'une initiation au langage Python."),
        ("es", "Los alumnos recibirán formación en primeros auxilios."),
        ("it", "I partecipanti riceveranno una formazione sulla sicurezza antincendio."),
        ("it", "Obiettivo del corso è fornire le basi della contabilità."),
        ("nl", "De deelnemers krijgen een introductie in de boekhouding."),
        ("pl", "Uczestnicy otrzymają szkolenie z zakresu pierwszej pomocy."),
    ],
)
def test_learners_receiving_the_teaching_is_teacher_centred(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.teacher_centred


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The learner receives patients at the reception desk and records their details."),
        ("en", "The learner presents an overview of the findings to the board."),
        ("de", "Die Teilnehmenden führen eine Einweisung neuer Mitarbeitender am Gabelstapler durch."),
        ("nl", "De deelnemer geeft een introductie over brandveiligheid aan nieuwe collega's."),
    ],
)
def test_learners_giving_the_teaching_are_not(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and not analysis.teacher_centred and not analysis.vague


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Obtain an overview of the European funding programmes."),
        ("en", "Be knowledgeable about the safety regulations on construction sites."),
        ("en", "Recognise the importance of data protection in healthcare."),
        ("de", "Die Studierenden erwerben Kenntnisse im Vertragsrecht."),
        ("de", "Die Teilnehmenden setzen sich mit aktuellen Fragen der Medienethik auseinander."),
        ("fr", "Découvrir les bases de la programmation en Python."),
        ("fr", "Avoir une vue d'ensemble des marchés financiers."),
        ("fr", "S'initier aux techniques de négociation commerciale."),
        ("es", "Dominar los conceptos básicos de la contabilidad."),
        ("it", "Apprendere le basi della fotografia digitale."),
        ("it", "Avere una panoramica del mercato energetico."),
        ("it", "Padroneggiare i concetti di base della statistica."),
        ("nl", "De deelnemer heeft een overzicht van de subsidieregelingen."),
    ],
)
def test_overviews_first_acquaintance_and_mastery_are_vague(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.vague
