"""A knowledge verb in a relative clause names what the knowledge is of, not its use.

"Apply knowledge of ..." puts knowledge to use and is observable, so a vague phrase's knowledge beside a knowledge verb
(apply, use, anwenden, använda, ...) was not told vague. But in "Have knowledge of the methods that are used in
forestry" the verb belongs to the relative clause after the methods: the statement asks only to have knowledge, and is
vague. Such statements drew no finding in every language (a known miss of outcomes held-out set 18, "Ha god kännedom
om de skogsbruksmetoder som används i Sverige i dag."); one in Spanish was told it had no verb. Labelled before the
change; the good statements, where the knowledge verb is the action and a relative clause comes after it or in its
object, stay clean.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length

VAGUE = [
    ("en", "Have knowledge of the methods that are used in forestry today."),
    ("en", "Gain an understanding of the tools that engineers use in practice."),
    ("en", "Have a good understanding of the standards which are applied in welding."),
    ("de", "Kenntnisse über die Verfahren haben, die in der Praxis angewendet werden."),
    ("sv", "Ha god kännedom om de skogsbruksmetoder som används i Sverige i dag."),
    ("fr", "Avoir une connaissance des méthodes qui sont utilisées en sylviculture."),
    ("es", "Tener conocimiento de los métodos que se utilizan en la industria."),
    ("it", "Avere conoscenza dei metodi che vengono utilizzati nel settore."),
    ("nl", "Kennis hebben van de methoden die in de bosbouw worden gebruikt."),
    ("pl", "Mieć wiedzę o metodach, które są stosowane w leśnictwie."),
    ("pt", "Ter conhecimento dos métodos que são utilizados na indústria."),
]
GOOD = [
    ("en", "Apply the knowledge that was gained in the first module to a case study."),
    ("en", "Use their understanding of statistics to evaluate claims that are made in the media."),
    ("en", "Apply knowledge of the regulations which govern food safety to a kitchen audit."),
    ("sv", "Tillämpa kunskaper om de metoder som används i skogsbruket."),
    ("de", "Ihr Wissen über Statik auf Bauteile anwenden, die im Hochbau üblich sind."),
    ("fr", "Mobiliser ses connaissances pour analyser les méthodes qui sont utilisées."),
    ("es", "Aplicar los conocimientos que se adquieren en el curso a un caso real."),
]


@pytest.mark.parametrize(("language", "text"), VAGUE)
def test_knowledge_with_a_knowledge_verb_in_a_relative_clause_is_vague(language: str, text: str) -> None:
    assert judge_with_length(text, language) == {"MC-LO-002"}


@pytest.mark.parametrize(("language", "text"), GOOD)
def test_knowledge_put_to_use_stays_observable(language: str, text: str) -> None:
    assert judge_with_length(text, language) == set()
