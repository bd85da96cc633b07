"""In Dutch and German a third person singular is joined to another third person ("analyseert ... en
rapporteert"): a form like an infinitive after its "en"/"und" is a plural noun ("op functionaliteit en kosten"),
no second action."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "De student vergelijkt ERP-systemen op functionaliteit en kosten."),
        ("nl", "De deelnemer berekent de baten van zonnepanelen en kosten."),
    ],
)
def test_a_plural_noun_after_a_singular_verb_is_no_action(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.compound == ()


@pytest.mark.parametrize(
    ("language", "text", "joined"),
    [
        ("nl", "De student analyseert de data en rapporteert de bevindingen.", "rapporteren"),
        ("nl", "De studenten vergelijken ERP-systemen en adviseren de directie.", "adviseren"),
        ("nl", "De student kan een onderhoudsplan opstellen en uitvoeren.", "uitvoeren"),
        ("de", "Der Teilnehmer plant die Route und kalkuliert die Kosten.", "kalkulieren"),
    ],
)
def test_verbs_that_agree_are_still_two_actions(language: str, text: str, joined: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.compound == (joined,)
