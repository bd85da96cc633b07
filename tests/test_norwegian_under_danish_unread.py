"""Norwegian (Bokmål) outcomes filed under da are not judged with the Danish lexicon.

'Studenten kan planlegge og gjennomføre et intervju ...' and 'Emnet gir en innføring i prosjektledelse.' under da
drew MC-LO-001 '(Danish)': their ordinary Bokmål words (gjennom-, -legge, gir, innføring) matched none of the
spellings that tell Bokmål from Danish, so they were read as Danish. Real Danish outcomes are read as before.
"""

from __future__ import annotations

import pytest

from qa_checker.language import analyse_as_claimed
from tests.test_outcomes_danish import FLAWED, GOOD

NORWEGIAN = [
    "Studenten kan planlegge og gjennomføre et intervju med en bruker.",
    "Emnet gir en innføring i prosjektledelse.",
    "Kandidaten kan gjennomføre en enkel risikoanalyse av et prosjekt.",
    "Studenten kan legge fram en plan for vedlikehold av bygget.",
    "Kandidaten kan gjennomgå og vurdere regnskapet til en liten bedrift.",
    "Emnet gir studentene innsikt i moderne markedsføring.",
]


@pytest.mark.parametrize("text", NORWEGIAN)
def test_norwegian_under_danish_is_not_read_as_danish(text: str) -> None:
    analysis = analyse_as_claimed(text, "da")
    assert analysis is None or analysis.language != "da"


@pytest.mark.parametrize("text", [*GOOD, *(text for _, text in FLAWED)])
def test_danish_is_still_read_as_danish(text: str) -> None:
    analysis = analyse_as_claimed(text, "da")
    assert analysis is not None and analysis.language == "da"
