"""The Turkish double-letter grades (AA, BA, BB, CB, CC, DC, DD, FD, FF; AA the best, DD or CC the lowest pass by
each university's rules, FD and FF a fail) as a closed set of a letter scale: MC-AS-004 judges a grade against it.

Labelled before the checker ran on them. The focused cases were written while teaching the scale; the second
example (a Hacettepe-style scheme listing each grade with its coefficient and a pass mark CC, graded DC, and its
passing CB) was written after it. On the first run 1 of the 19 cases disagreed, the checker's: a range
written with a dash ("AA-FF") was not read, the end of its first grade taken for a hyphen (fixed); the second
example ran as labelled."""

from __future__ import annotations

import pytest

from qa_checker.rules.grading import Problem, judge, read_grade, read_scale
from tests.conftest import graded_credential
from tests.heldout import data_findings

METU = "Harf notları AA'dan FF'ye; en düşük geçer not DD'dir."
HACETTEPE = (
    "Başarı notları: AA (4,00), BA (3,50), BB (3,00), CB (2,50), CC (2,00), DC (1,50), DD (1,00), FD (0,50), "
    "FF (0,00). Geçme notu CC."
)


def _fails(scheme: str, grade: str) -> bool:
    return any(rule == "MC-AS-004" for rule, _at in data_findings(graded_credential(scheme, grade)))


@pytest.mark.parametrize(
    ("scheme", "grade", "fails"),
    [
        (METU, "CC", False),
        (METU, "DD", False),
        (METU, "FD", True),
        (METU, "FF", True),
        ("AA-FF, pass DD", "CC", False),
        ("AA-FF, pass DD", "DC", False),
        ("AA-FF, pass DD", "FF", True),
        # No pass mark named: FD and FF fail on every Turkish university's scale.
        ("Letter grades AA to FF.", "FD", True),
        ("Letter grades AA to FF.", "BA", False),
    ],
)
def test_a_grade_is_judged_on_the_double_letter_scale(scheme: str, grade: str, fails: bool) -> None:
    assert _fails(scheme, grade) is fails


def test_the_scale_is_read_with_its_pass_mark() -> None:
    scale = read_scale(METU, "tr")
    assert scale is not None
    assert scale.letters == ("AA", "BA", "BB", "CB", "CC", "DC", "DD", "FD", "FF")
    assert scale.pass_letter == "DD"
    assert judge(read_grade("FF"), scale, METU) == (Problem.FAILING, True)
    assert judge(read_grade("CC"), scale, METU) is None


@pytest.mark.parametrize(
    "scheme",
    [
        "Assessed by the CC and DD committees.",  # two pairs of capitals, no range: no scale
        "Grades aa to ff.",  # the grades are capitals
        "Reviewed by the BBC and the FFA.",  # a pair inside a longer word
        "Licensed CC BY 4.0.",
    ],
)
def test_other_pairs_of_capitals_are_no_scale(scheme: str) -> None:
    scale = read_scale(scheme, "en")
    assert scale is None or not scale.letters


def test_the_ects_letters_keep_their_own_order() -> None:
    assert _fails("Grades A-F, E the lowest pass.", "F")
    assert not _fails("Grades A-F, E the lowest pass.", "E")


@pytest.mark.parametrize(("grade", "fails"), [("DC", True), ("CB", False), ("CC", False), ("FF", True)])
def test_second_example_a_scheme_listing_each_grade_with_its_coefficient(grade: str, fails: bool) -> None:
    assert _fails(HACETTEPE, grade) is fails
