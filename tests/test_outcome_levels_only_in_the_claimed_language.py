"""An outcome's Bloom level is read only from a text in the language it claims: a German statement filed
under Dutch is not a Dutch verb ("Kosten" is not "kosten"), and a Maltese one under Italian is not Italian."""

from __future__ import annotations

from qa_checker.bloom import outcome_levels
from qa_checker.descriptor import Descriptor
from tests.rules.cases import build_descriptor

GERMAN = [
    "Kosten und Risiken einer Cloud-Migration für ein mittelständisches Unternehmen bewerten können.",
    "Die Auszubildenden montieren eine Unterverteilung nach den Vorgaben der DIN VDE 0100.",
]


def levels(language: str, outcomes: list[str]) -> list[str | None]:
    """The Bloom level of each outcome of the good offer declared in ``language`` with ``outcomes``."""
    data = build_descriptor({"set": {"/languages": [language], "/learning_outcomes": outcomes}})
    return [outcome["bloom"] for outcome in outcome_levels(Descriptor(data))]


def test_german_statements_under_dutch_have_no_level() -> None:
    assert levels("nl", GERMAN) == [None, None]


def test_german_statements_under_german_have_their_levels() -> None:
    assert levels("de", GERMAN) == ["evaluate", "apply"]
