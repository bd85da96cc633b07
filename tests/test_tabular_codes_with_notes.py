"""A code written with a closing note on how ("Written exam (60%)", "Klausur (90 Min.)", "Online (Zoom)") is
that code; a note beside no known code keeps the cell as typed, for the schema to report at its cell."""

from __future__ import annotations

import pytest

from qa_checker.loaders import cell_values
from qa_checker.loaders.columns import field_for_path


@pytest.mark.parametrize(
    ("path", "typed", "read"),
    [
        ("assessment.types", "Examen escrito (60%), proyecto (40%)", ["written-examination", "project-work"]),
        ("assessment.types", "Klausur (90 Min.); Hausarbeit", ["written-examination", "marked-assignment"]),
        ("participation.mode", "Online (Zoom)", "online"),
        ("awarding_bodies.0.country", "Deutschland (DE)", "DE"),
        ("assessment.types", "Interview (30 min)", ["Interview (30 min)"]),
        ("assessment.types", "(60%)", ["(60%)"]),
    ],
)
def test_a_code_with_a_closing_note_is_the_code(path, typed, read):
    assert cell_values.convert(typed, field_for_path(path)).value == read
