"""Outcomes written as a German informal instruction or in the first person (classes of outcomes held-out set 19).

A German statement's capitalised first word is a noun unless "Sie" follows it ("Analysieren Sie ..."), so the
informal imperative ("Entlüfte einen Heizkörper ...", "Plane, montiere und prüfe ...") was read as no verb. It is
read now where a verb's stem and -e stands before its object's article, a pronoun, or a comma and another such
imperative; a heading's noun before a genitive or "und" stays a noun ("Pflege der Außenanlagen", "Stimme und
Sprechtechnik"). A vague verb in the first person ("Ich kenne", "I am familiar with", "Je connais", "Znam", "Rozumiem")
was told as no verb (MC-LO-001), where it is vague (MC-LO-002); in English a noun spelt like a knowledge verb after
the phrase ("their uses") no longer lifts it. A statement opened by the label of a list of contents ("Contenus :
analyse de sol, ...", "Contents: design of experiments, ...") lists what is taught and names no outcome, whatever its
first noun is spelt like. Labelled before the change.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length

CASES = [
    ("de", "Entlüfte einen Heizkörper in einer Zweirohrheizung mit einem Entlüftungsschlüssel.", set()),
    ("de", "Beschreibe die wichtigsten Löschmittel und ihre Einsatzbereiche.", set()),
    ("de", "✓ Kalkuliere den Verkaufspreis eines Tagesgerichts mit dem Kalkulationsfaktor des Betriebs.", set()),
    ("de", "Plane, montiere und prüfe eine Photovoltaikanlage auf einem Einfamilienhaus.", {"MC-LO-004"}),
    ("de", "Beschreibe die Löschmittel und bewerte ihre Eignung für Baustellen.", {"MC-LO-004"}),
    ("de", "Pflege der Außenanlagen und Grünflächen.", {"MC-LO-001"}),
    ("de", "Planung und Bau von Photovoltaikanlagen.", {"MC-LO-001"}),
    ("de", "Plane für Baustellen und Gerüste.", {"MC-LO-001"}),
    ("de", "Stimme und Sprechtechnik im Unterricht.", {"MC-LO-001"}),
    ("de", "Ich kenne die wichtigsten Löschmittel und ihre Einsatzbereiche.", {"MC-LO-002"}),
    ("de", "Ich verstehe die Grundlagen der Elektrotechnik.", {"MC-LO-002"}),
    ("de", "Ich kann die wichtigsten Löschmittel beschreiben.", set()),
    ("en", "I am familiar with the main types of fire extinguishers and their uses.", {"MC-LO-002"}),
    ("en", "Use knowledge of fire extinguishers to choose one for a given fire.", set()),
    ("fr", "Je connais les différents types d'extincteurs et leurs usages.", {"MC-LO-002"}),
    ("fr", "Je comprends les principes de la comptabilité.", {"MC-LO-002"}),
    ("pl", "Znam podstawowe rodzaje gaśnic i ich zastosowanie.", {"MC-LO-002"}),
    ("pl", "Rozumiem zasady rachunkowości zarządczej.", {"MC-LO-002"}),
    ("fr", "Contenus : analyse de sol, bilan des nutriments et réglementation des engrais.", {"MC-LO-001"}),
    ("fr", "Contenu : analyse financière, gestion de trésorerie et contrôle de gestion.", {"MC-LO-001"}),
    ("en", "Contents: design of experiments, analysis of variance and regression.", {"MC-LO-001"}),
    ("de", "Inhalte: Analyse von Bodenproben, Nährstoffbilanz und Düngerecht.", {"MC-LO-001"}),
    ("fr", "Analyser le contenu d'un rapport financier.", set()),
]


@pytest.mark.parametrize(("language", "text", "rules"), CASES)
def test_an_instruction_or_a_first_person_statement_is_judged_by_what_it_asks(
    language: str, text: str, rules: set[str]
) -> None:
    assert judge_with_length(text, language) == rules
