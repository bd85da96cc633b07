"""MC-AS-004 reads grading scales whose numbers carry case endings (Basque, Finnish, Hungarian, Estonian).

Languages that inflect numbers write "from 0 to 10" as endings on the figures: Basque "0tik 10era" (ablative
-tik/-etik, allative -ra/-era) and "5etik gora" (from 5 up), Finnish "0:sta 5:een" (elative, illative after a
colon) and "1:stä alkaen" (starting from 1), Hungarian "1-től 5-ig" (-tól/-től, -ig) and the grade names "2-es",
"5-ös", Estonian "0-st 5-ni" (elative, terminative). Expectations are written from these conventions: a grade
outside the scale, or below its pass mark, is reported; one that fits is not. Ordinals and other numbers with
letters ("1st to 3rd") are not a scale.
"""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.rules.grading import read_scale
from tests.conftest import NOW, graded_credential
from tests.timing import assert_linear

RULE = "MC-AS-004"

CASES: list[tuple[Any, Any, bool]] = [
    # Basque: ablative and allative on the ends, "gora" (up) after the pass mark, "gainditua" (passed)
    ({"eu": "0tik 10era; 5etik gora gainditua"}, {"eu": "4"}, True),
    ({"eu": "0tik 10era; 5etik gora gainditua"}, {"eu": "5"}, False),
    ({"eu": "0tik 10era; 5etik gora gainditua"}, {"eu": "7"}, False),
    ({"eu": "0tik 10era; 5etik gora gainditua"}, {"eu": "11"}, True),
    ({"eu": "Kalifikazioa 0-tik 100-era; 50-etik gora gainditua"}, {"eu": "45"}, True),
    ({"eu": "Kalifikazioa 0-tik 100-era; 50-etik gora gainditua"}, {"eu": "62"}, False),
    ({"eu": "0tik 10era"}, {"eu": "12"}, True),
    ({"eu": "0tik 10era"}, {"eu": "8"}, False),
    # Finnish: case endings after a colon
    ({"fi": "Arvosanat 0:sta 5:een; hyväksytty 1:stä alkaen"}, {"fi": "0"}, True),
    ({"fi": "Arvosanat 0:sta 5:een; hyväksytty 1:stä alkaen"}, {"fi": "3"}, False),
    ({"fi": "Arvosanat 0:sta 5:een; hyväksytty 1:stä alkaen"}, {"fi": "6"}, True),
    ({"fi": "Asteikko 1:stä 5:een"}, {"fi": "7"}, True),
    ({"fi": "Asteikko 1:stä 5:een"}, {"fi": "4"}, False),
    # Hungarian: -tól/-től and -ig on the ends, grade names with -es/-as/-os/-ös
    ({"hu": "Értékelés 1-től 5-ig; elégséges 2-től"}, {"hu": "1"}, True),
    ({"hu": "Értékelés 1-től 5-ig; elégséges 2-től"}, {"hu": "4"}, False),
    ({"hu": "Értékelés 1-től 5-ig; elégséges 2-től"}, {"hu": "6"}, True),
    ({"hu": "0-tól 100-ig pont; 51-től megfelelt"}, {"hu": "40"}, True),
    ({"hu": "0-tól 100-ig pont; 51-től megfelelt"}, {"hu": "75"}, False),
    ({"hu": "5-ös skála, 1-es elégtelen"}, {"hu": "1"}, True),
    ({"hu": "5-ös skála, 1-es elégtelen"}, {"hu": "7"}, True),
    ({"hu": "5-ös skála, 1-es elégtelen"}, {"hu": "3"}, False),
    # Estonian: elative and terminative, with or without a hyphen
    ({"et": "Hinded 0-st 5-ni; positiivne hinne alates 1-st"}, {"et": "0"}, True),
    ({"et": "Hinded 0-st 5-ni; positiivne hinne alates 1-st"}, {"et": "4"}, False),
    ({"et": "Hinded 0-st 5-ni; positiivne hinne alates 1-st"}, {"et": "6"}, True),
    ({"et": "Punktid 0st 100ni"}, {"et": "120"}, True),
    ({"et": "Punktid 0st 100ni"}, {"et": "64"}, False),
    # not a scale: ordinals, and numbers with letters that are no case endings
    ({"en": "Ranked 1st to 3rd; the three best projects are awarded"}, {"en": "7"}, False),
    ({"en": "Two tests (2nd and 3rd week), weighted equally"}, {"en": "72"}, False),
]


@pytest.mark.parametrize(("scheme", "grade", "fires"), CASES, ids=[f"{i}" for i in range(len(CASES))])
def test_grade_against_an_inflected_scale(scheme: Any, grade: Any, fires: bool) -> None:
    """Fires on a grade that does not fit the scale as its language writes it, once; silent otherwise."""
    (result,) = check_documents([Document("c.yaml", graded_credential(scheme, grade), "yaml")], now=NOW).results
    hits = [f for f in result.findings if f.rule == RULE]
    assert bool(hits) == fires, [str(h.message) for h in hits]
    assert len(hits) <= 1


@pytest.mark.parametrize(
    ("text", "language", "low", "high", "pass_mark"),
    [
        ("0tik 10era; 5etik gora gainditua", "eu", "0", "10", "5"),
        ("Arvosanat 0:sta 5:een; hyväksytty 1:stä alkaen", "fi", "0", "5", "1"),
        ("Értékelés 1-től 5-ig; elégséges 2-től", "hu", "1", "5", "2"),
        ("Hinded 0-st 5-ni; positiivne hinne alates 1-st", "et", "0", "5", "1"),
    ],
)
def test_the_scale_is_read_with_its_ends_and_pass_mark(
    text: str, language: str, low: str, high: str, pass_mark: str
) -> None:
    scale = read_scale(text, language)
    assert scale is not None
    assert (str(scale.low), str(scale.high), str(scale.pass_mark)) == (low, high, pass_mark)
    assert scale.best_low is False


def test_an_ordinal_is_no_end_of_a_scale() -> None:
    assert read_scale("Ranked 1st to 3rd by the jury", "en") is None


@pytest.mark.parametrize(
    ("unit", "language"),
    [("0tik ", "eu"), ("1:stä ", "fi"), ("5-ös ", "hu"), ("0-st 5-ni ", "et")],
)
def test_long_repetitions_of_inflected_numbers_are_read_quickly(unit: str, language: str) -> None:
    assert_linear(lambda n: read_scale(unit * (n // len(unit)), language))
