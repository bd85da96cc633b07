"""MC-AS-004 reads scales named in words, grades named by symbols, failing bands and open bands.

Cases written from the conventions, in several of the EU's languages: a scale named by its number of points in
words ("twenty-point scale", "tienpuntsschaal", "kümnepalline skaala"), or a range or denominator in words ("de
zero a vinte", "sur vingt", "in decimi"); symbols other than A-F with their labels in the same order ("NYC/C (not
yet competent, competent)"); failing bands ("insuffisant (0-9)", "0-49 = fail", "ungenügend: 5"); open bands in
other languages ("unter 40 %", "moins de 8"). A scheme that cannot be read stays silent.
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
    # (a) a scale named by its number of points, a range or a denominator, in words
    ({"en": "Marked on a twenty-point scale, pass at 10"}, {"en": "8"}, True),
    ({"en": "Marked on a twenty-point scale, pass at 10"}, {"en": "12"}, False),
    ({"en": "Marked on a twenty-point scale"}, {"en": "24"}, True),
    ({"nl": "Tienpuntsschaal, voldoende vanaf 6"}, {"nl": "11"}, True),
    ({"nl": "Tienpuntsschaal, voldoende vanaf 6"}, {"nl": "7"}, False),
    ({"pl": "Skala pięciostopniowa"}, {"pl": "7"}, True),
    ({"et": "Kümnepalline skaala"}, {"et": "12"}, True),
    ({"et": "Kümnepalline skaala"}, {"et": "9"}, False),
    ({"pt": "Escala de zero a vinte valores, aprovado com 10"}, {"pt": "21"}, True),
    ({"pt": "Escala de zero a vinte valores, aprovado com 10"}, {"pt": "14"}, False),
    ({"el": "Κλίμακα από μηδέν έως δέκα, βάση το 5"}, {"el": "4"}, True),
    ({"fr": "Noté sur vingt, admis à partir de 10"}, {"fr": "23"}, True),
    ({"it": "Voto in decimi, sufficienza da 6"}, {"it": "5"}, True),
    ({"it": "Voto in decimi, sufficienza da 6"}, {"it": "7"}, False),
    # (b) grades named by symbols with a parallel list of labels
    ({"en": "NYC/C (not yet competent, competent)"}, {"en": "NYC"}, True),
    ({"en": "NYC/C (not yet competent, competent)"}, {"en": "C"}, False),
    ({"en": "R, P, C, D, HD (fail, pass, credit, distinction, high distinction)"}, {"en": "R"}, True),
    ({"en": "R, P, C, D, HD (fail, pass, credit, distinction, high distinction)"}, {"en": "HD"}, False),
    ({"en": "R, P, C, D, HD (fail, pass, credit, distinction, high distinction)"}, {"en": "D"}, False),
    # (c) failing bands and single failing grades after their label
    ({"fr": "Notation 0-20 ; insuffisant (0-9), passable (10-11), bien (14-15)"}, {"fr": "9"}, True),
    ({"fr": "Notation 0-20 ; insuffisant (0-9), passable (10-11), bien (14-15)"}, {"fr": "10"}, False),
    ({"en": "Marks 0-100; 0-49 = fail; 50-64 = credit; 65-100 = distinction"}, {"en": "47"}, True),
    ({"en": "Marks 0-100; 0-49 = fail; 50-64 = credit; 65-100 = distinction"}, {"en": "52"}, False),
    ({"en": "Marks 0-100: unsatisfactory (0-34), satisfactory (35-100)"}, {"en": "70"}, False),
    ({"de": "Noten 1-6; ungenügend: 6"}, {"de": "6"}, True),
    ({"de": "Noten 1-6; ungenügend: 6"}, {"de": "3"}, False),
    # (d) open bands in other languages than English
    ({"de": "Prozentpunkte; unter 40 % nicht bestanden"}, {"de": "35 %"}, True),
    ({"de": "Prozentpunkte; unter 40 % nicht bestanden"}, {"de": "55 %"}, False),
    ({"fr": "Note sur 20, moins de 8 : ajourné"}, {"fr": "6"}, True),
    ({"fr": "Note sur 20, moins de 8 : ajourné"}, {"fr": "9"}, False),
    # unreadable: silent
    ({"en": "Two assessments, weighted equally"}, {"en": "72"}, False),
    ({"en": "EQF/NQF (European Qualifications Framework, national framework)"}, {"en": "7"}, False),
    ({"it": "Tre prove scritte e un colloquio"}, {"it": "28"}, False),
    ({"en": "Marked by two to four assessors"}, {"en": "72"}, False),
]


@pytest.mark.parametrize(("scheme", "grade", "fires"), CASES, ids=[f"{i}" for i in range(len(CASES))])
def test_grade_against_scheme(scheme: Any, grade: Any, fires: bool) -> None:
    """Fires on a grade that does not fit the scheme as read, once; silent otherwise."""
    (result,) = check_documents([Document("c.yaml", graded_credential(scheme, grade), "yaml")], now=NOW).results
    hits = [f for f in result.findings if f.rule == RULE]
    assert bool(hits) == fires, [str(h.message) for h in hits]
    assert len(hits) <= 1


def test_a_symbol_scale_is_shown_by_its_symbols() -> None:
    """The finding names the scale by its first and last symbols."""
    (result,) = check_documents(
        [Document("c.yaml", graded_credential({"en": "NYC/C (not yet competent, competent)"}, {"en": "NYC"}), "yaml")],
        now=NOW,
    ).results
    (hit,) = [f for f in result.findings if f.rule == RULE]
    assert "NYC to C" in str(hit.message)


@pytest.mark.parametrize(
    ("start", "unit"),
    [("", "ten "), ("", "zehn-Punkte-"), ("U, G, VG (", "a, "), ("fail: ", "0-1, "), ("", "unter ")],
)
def test_hostile_schemes_are_read_quickly_and_never_raise(start: str, unit: str) -> None:
    """Long repetitions of what the readers look for are read without error, in linear time."""
    assert_linear(lambda n: read_scale(start + unit * (n // len(unit)), "en"))
