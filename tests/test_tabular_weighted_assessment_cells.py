"""Assessment cells as module handbooks write them, each component with its weight or a note after a dash
("Written exam 60%", "60 % Klausur", "Project: 40%", "Mündliche Prüfung – 30 Min.") or joined by a spaced
"+": each component is its code, the weight or note left out as a bracketed note is."""

from __future__ import annotations

import pytest

from tests.test_tabular_module_handbooks import read_csv


@pytest.mark.parametrize(
    ("cell", "types"),
    [
        ("Written exam 60%, Project 40%", ["written-examination", "project-work"]),
        ("Klausur 60 %; Hausarbeit 40 %", ["written-examination", "marked-assignment"]),
        ("60% written exam; 40% project", ["written-examination", "project-work"]),
        ("Written exam: 60%\nProject: 40%", ["written-examination", "project-work"]),
        ("Portfolio 100%", ["portfolio"]),
        ("Mündliche Prüfung – 30 Min.", ["oral-examination"]),
        ("Klausur (60 %) + Hausarbeit (40 %)", ["written-examination", "marked-assignment"]),
    ],
)
def test_a_weighted_component_is_read_as_its_code(cell, types):
    (document,) = read_csv(f'ID;Title;Assessment\nA1;Statistics;"{cell}"\n')
    assert document.data["assessment"]["types"] == types


@pytest.mark.parametrize("cell", ["Self-assessment 2026", "Case study - group"])
def test_text_that_names_no_code_once_its_weight_or_note_is_left_out_stays_as_typed(cell):
    (document,) = read_csv(f'ID;Title;Assessment\nA1;Statistics;"{cell}"\n')
    assert document.data["assessment"]["types"] == [cell]
