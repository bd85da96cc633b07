"""Two columns of learning platforms' exports that were ignored: an LMS's "Kursformat" (Online, Blended Learning)
and a MOOC listing's "length" ("8 weeks", as edX lists a course). Each was reported as naming no descriptor field
and its values dropped; they are the mode of participation and the duration.
"""

from __future__ import annotations

import codecs

import pytest

from qa_checker.loaders import tabular


@pytest.mark.parametrize("header", ["Kursformat", "Course format", "Format du cours", "Formato del curso"])
def test_a_course_format_column_is_the_mode(header: str) -> None:
    text = f"Kurs-ID;Kursname;{header}\r\nMOO-1;Einführung in KI;Blended Learning\r\n"
    (document,) = tabular.load_csv(codecs.BOM_UTF8 + text.encode(), "lms.csv")
    assert document.data["participation"] == {"mode": "blended"}
    assert not [f for f in document.findings if f.rule == "MC-SS-001"]


@pytest.mark.parametrize("header", ["length", "Course length", "Kursdauer"])
def test_a_length_column_is_the_duration(header: str) -> None:
    text = f"title,institution,{header}\nData Science Fundamentals,University of Helsinki,8 weeks\n"
    (document,) = tabular.load_csv(text.encode(), "mooc.csv")
    assert document.data["participation"] == {"schedule": {"duration": "P8W"}}


def test_a_length_in_hours_is_the_workload() -> None:
    (document,) = tabular.load_csv(b"id,title,Length (hours)\nC-1,T,20\n", "mooc.csv")
    assert document.data["workload"] == {"hours": 20}
