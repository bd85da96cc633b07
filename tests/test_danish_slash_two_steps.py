"""A slash between two Danish verbs is one action only where the two are synonyms.

'planlægge/gennemføre' and 'designe/implementere' (two steps of a process) drew no MC-LO-004, as da.yaml counted every
slash between verbs as one action worded two ways; they are two actions again, as 'Install/commission' is in en, de
and pl, while 'analysere/vurdere', 'beskrive/forklare', 'kommunikere/formidle' stay one.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length
from tests.test_outcomes_czech_second_abilities_and_danish_single_actions import DANISH_ONE_ACTION

TWO_STEPS = [
    "Den studerende kan planlægge/gennemføre et interview med en bruger.",
    "Den studerende kan designe/implementere en database til en mindre virksomhed.",
    "Den studerende kan indsamle/analysere data fra en spørgeskemaundersøgelse.",
    "Den studerende kan installere/konfigurere et netværk i en mindre virksomhed.",
]
ONE_ACTION = [
    *DANISH_ONE_ACTION,
    "Den studerende kan anvende/bruge statistiske metoder på empiriske data.",
]


@pytest.mark.parametrize("text", TWO_STEPS)
def test_two_steps_with_a_slash_are_two_actions(text: str) -> None:
    assert "MC-LO-004" in judge_with_length(text, "da")


@pytest.mark.parametrize("text", ONE_ACTION)
def test_synonyms_with_a_slash_are_one_action(text: str) -> None:
    assert "MC-LO-004" not in judge_with_length(text, "da")
