"""A cell of values (assessment types, activities, modes) as module handbooks write it: values joined by a slash or a
word ("Hausarbeit/Referat", "Prova scritta e orale", "Klausur und Hausarbeit"), a length of time after a value
("Klausur 60 Min.", "written exam, 90 minutes"), a comma inside a note in brackets ("exam (online, proctored)"), and a
value's words joined otherwise than the value table writes them ("Multiple-choice test" for "Multiple-Choice-Test").

A probe of 23 assessment cells (labelled before the run) found 7 such cells misread: "90 minutes" and "proctored)"
taken for assessment types of their own, "Klausur 60 Min." and "Multiple-choice test" not read, values joined by a
slash or a word kept as one unknown value. A part that names no known value ("Präsentation", "oral presentation")
keeps the whole as typed, for the schema to report with its suggestions.
"""

from __future__ import annotations

import pytest

from qa_checker.aliases import concept_for
from qa_checker.loaders import tabular
from tests.timing import assert_linear


def _types(cell: str) -> list[str]:
    (document,) = tabular.load_csv(f'id;title;Assessment type\nx;T;"{cell}"\n'.encode(), "c.csv")
    return document.data["assessment"]["types"]


@pytest.mark.parametrize(
    ("cell", "types"),
    [
        ("Hausarbeit/Referat", ["marked-assignment"]),
        ("Prova scritta e orale", ["written-examination", "oral-examination"]),
        ("Klausur und Hausarbeit", ["written-examination", "marked-assignment"]),
        ("written exam and oral exam", ["written-examination", "oral-examination"]),
        ("Klausur 60 Min.", ["written-examination"]),
        ("written exam, 90 minutes", ["written-examination"]),
        ("Klausur, 50 %; Projekt, 50 %", ["written-examination", "project-work"]),
        ("Multiple-choice test", ["quiz"]),
        ("Klausur (90 min, 50 %), Portfolio", ["written-examination", "portfolio"]),
        ("Klausur (90 min, Projekt", ["Klausur (90 min", "project-work"]),
    ],
)
def test_values_as_handbooks_write_them(cell: str, types: list[str]) -> None:
    assert _types(cell) == types


@pytest.mark.parametrize(
    ("cell", "types"),
    [
        ("exam (online, proctored)", ["exam (online, proctored)"]),
        ("Hausarbeit + Präsentation", ["marked-assignment", "Präsentation"]),
        ("Project work and oral presentation", ["Project work and oral presentation"]),
        ("Projektarbeit (50 %), Präsentation (50 %)", ["project-work", "Präsentation (50 %)"]),
    ],
)
def test_a_part_that_names_no_value_is_kept(cell: str, types: list[str]) -> None:
    assert _types(cell) == types


@pytest.mark.parametrize(
    ("cell", "types"),
    [
        ("lectures and tutorials", ["classroom"]),
        ("Workshop, 2 days", ["workshop"]),
        ("Seminar 2 SWS", ["workshop"]),
        ("e-learning + Präsenztage", ["e-learning", "classroom"]),
        ("Cours magistral, TD, TP", ["classroom", "lab-practice"]),
        ("Workshop (2 days), e-learning", ["workshop", "e-learning"]),
    ],
)
def test_activities_as_handbooks_write_them(cell: str, types: list[str]) -> None:
    (document,) = tabular.load_csv(f'id;title;Learning activities\nx;T;"{cell}"\n'.encode(), "c.csv")
    assert document.data["participation"]["activity_types"] == types


@pytest.mark.parametrize("written", ["Multiple-choice test", "multiple choice test", "MULTIPLE CHOICE-TEST"])
def test_a_value_tables_word_however_its_words_are_joined(written: str) -> None:
    assert concept_for(written, {"quiz", "written-examination"}) == "quiz"


@pytest.mark.parametrize(
    "cell", [lambda n: "(" * n + "Klausur", lambda n: "Klausur (" + "a, " * n + ")", lambda n: "a/" * n + "Klausur"]
)
def test_a_long_cell_is_split_in_linear_time(cell) -> None:
    assert_linear(lambda n: _types(cell(n)), 2_000, 8_000)
