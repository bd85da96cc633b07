"""A verb that is a word of a name inside an outcome is not its action.

Found by a held-out round: "... met behulp van het Inkoopmodel Circulair Bouwen" made "bouwen" (create) the main
verb of a Dutch outcome whose action is "voorbereiden" or "beschrijven", which lifted a descriptor's outcomes to
'create' and hid MC-LO-007 on an EQF 7 course that only asks learners to describe. A capitalised word beside
another (not the statement's first) is a name's, as one before a capitalised word already was.
"""

from __future__ import annotations

import pytest

from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("language", "text", "verb", "level"),
    [
        (
            "nl",
            "De deelnemer kan de uitgangspunten beschrijven van het Inkoopmodel Circulair Bouwen.",
            "beschrijven",
            "understand",
        ),
        (
            "nl",
            "De deelnemer kan een marktconsultatie voorbereiden met behulp van het Inkoopmodel Circulair Bouwen.",
            "voorbereiden",
            "apply",
        ),
        ("nl", "De student kan een risicoanalyse uitvoeren volgens de methode Lean Bouwen.", "uitvoeren", "apply"),
        ("nl", "De deelnemer kan een bouwplan ontwerpen.", "ontwerpen", "create"),
        (
            "de",
            "Die Teilnehmenden können die Grundsätze des Leitfadens Nachhaltiges Bauen beschreiben.",
            "beschreiben",
            "understand",
        ),
    ],
)
def test_the_action_is_not_a_word_of_a_name(language: str, text: str, verb: str, level: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.level == level
    assert verb in [v.form.lemma for v in analysis.verbs]
