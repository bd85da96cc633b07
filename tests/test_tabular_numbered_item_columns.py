"""A list given one item per column, its columns numbered ("Learning outcome 1", "LO2", "Lernergebnis 3",
"Assessment 2") or under one header merged over them: each column is that item of the list, at its own cell."""

from __future__ import annotations

import io

import openpyxl
import pytest

from qa_checker.loaders import tabular
from qa_checker.loaders.columns import ColumnResolver

LO = ["Apply the method to a case.", "Evaluate the results of a study.", "Design a plan for the project."]


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Learning outcome 1", "learning_outcomes.0"),
        ("LO2", "learning_outcomes.1"),
        ("LO 3", "learning_outcomes.2"),
        ("Lernergebnis 3", "learning_outcomes.2"),
        ("Learning outcome #4", "learning_outcomes.3"),
        ("Learning outcome Nr. 2", "learning_outcomes.1"),
        ("Efekt uczenia się 1", "learning_outcomes.0"),
        ("Résultat d'apprentissage 2", "learning_outcomes.1"),
        ("Leeruitkomst 1", "learning_outcomes.0"),
        ("Risultato di apprendimento 1", "learning_outcomes.0"),
        ("Resultado de aprendizaje 1", "learning_outcomes.0"),
        ("Assessment 2", "assessment.types.1"),
        ("Language 2", "languages.1"),
    ],
)
def test_a_numbered_header_of_a_list_names_that_item(header, path):
    found = ColumnResolver().resolve(header)
    assert found is not None and found.dotted == path


@pytest.mark.parametrize("header", ["Title 2", "ECTS 2025", "Learning outcome 0", "Module 1", "Kod 1"])
def test_a_number_after_a_field_that_is_no_list_names_no_item(header):
    found = ColumnResolver().resolve(header)
    assert found is None or not found.path[-1].isdigit()


def test_outcomes_in_numbered_columns_are_the_outcomes_each_at_its_cell():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["ID", "Title", "LO1", "LO2", "LO3", "Assessment 1", "Assessment 2"])
    sheet.append(["C-1", "Data", LO[0], LO[1], LO[2], "Project", "Oral exam"])
    sheet.append(["C-2", "Stats", None, LO[1], None, "Portfolio"])
    out = io.BytesIO()
    book.save(out)
    first, second = tabular.load_xlsx(out.getvalue(), "courses.xlsx")
    assert first.data["learning_outcomes"] == LO
    assert first.data["assessment"] == {"types": ["project-work", "oral-examination"]}
    assert not [f for f in first.findings if f.rule == "MC-SS-001"]
    assert first.origin_for("/learning_outcomes/2").cell == "E2"
    assert second.data["learning_outcomes"] == [LO[1]]
    assert second.origin_for("/learning_outcomes/0").cell == "D3"


def test_outcomes_under_one_header_merged_over_their_columns_are_the_outcomes():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["ID", "Title", "Learning outcomes", None, None, "ECTS"])
    sheet.append(["C-1", "Data", LO[0], LO[1], LO[2], 5])
    sheet.append(["C-2", "Stats", None, LO[1], None, 3])
    sheet.merge_cells("C1:E1")
    out = io.BytesIO()
    book.save(out)
    first, second = tabular.load_xlsx(out.getvalue(), "courses.xlsx")
    assert (first.data["learning_outcomes"], first.data["workload"]) == (LO, {"ects": 5})
    assert not [f for f in first.findings if f.rule == "MC-SS-001"]
    assert first.origin_for("/learning_outcomes/2").cell == "E2"
    assert second.data["learning_outcomes"] == [LO[1]]
