"""After a Dutch modal the action is the infinitive that ends the clause: a past form or participle before its noun
("kan voorspelde en experimentele structuren vergelijken") describes the object and is no second action, nor the
action whose Bloom level the outcome reaches."""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length
from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("De deelnemer kan voorspelde en experimentele structuren met elkaar vergelijken in ChimeraX.", "vergelijken"),
        ("De deelnemer kan gemeten en berekende waarden vergelijken.", "vergelijken"),
        ("De deelnemer kan bijgewerkte en oude versies van een protocol vergelijken.", "vergelijken"),
        ("De deelnemer kan verzamelde gegevens analyseren in R.", "analyseren"),
        ("Je kunt gemeten waarden interpreteren.", "interpreteren"),
    ],
)
def test_a_participle_before_its_noun_is_no_action(text: str, verb: str) -> None:
    analysis = analyse(text, "nl")
    assert analysis is not None and analysis.main is not None
    assert analysis.main.form.lemma == verb
    assert [v.form.lemma for v in analysis.verbs] == [verb]
    assert "MC-LO-004" not in judge_with_length(text, "nl")


@pytest.mark.parametrize(
    "text",
    [
        "De student kan een plan opstellen en uitvoeren.",
        "De student kan een rapport schrijven en presenteren aan de opdrachtgever.",
    ],
)
def test_two_infinitives_after_the_modal_stay_two_actions(text: str) -> None:
    assert "MC-LO-004" in judge_with_length(text, "nl")
