"""A row of one cell that is a note on the sheet (a footnote under the table, "Note: ...", "Quelle: ...", or
words in the id column) is no descriptor: it is passed over with a note at its cell, the rows around it read."""

from __future__ import annotations

import io

import openpyxl
import pytest

from qa_checker.loaders import tabular

HEADER = ["ID", "Title", "ECTS"]


def _load(rows: list[list[object]]):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return tabular.load_xlsx(out.getvalue(), "courses.xlsx")


@pytest.mark.parametrize(
    "note",
    [
        [None, "* ECTS = European Credit Transfer and Accumulation System"],
        ["¹ Subject to accreditation"],
        ["Note: fees are per participant"],
        ["Quelle: Modulhandbuch 2025"],
        ["Last updated on 3 March 2025 by the QA office"],
    ],
)
def test_a_note_under_the_table_is_not_read_as_a_descriptor(note):
    documents = _load([HEADER, ["C-1", "Data", 5], [], note, ["C-2", "Stats", 3]])
    assert [d.data["id"] for d in documents] == ["C-1", "C-2"]
    notes = [f for f in documents[0].findings if f.rule == "MC-SS-003"]
    assert [f.origin.cell for f in notes] == [f"A4:{'B' if len(note) == 2 else 'A'}4"]
    assert "row 4 of sheet 'Courses' holds a note (" in notes[0].message


@pytest.mark.parametrize(
    "note",
    [[None, "Les prix s'entendent TVA non applicable. / Prijzen zijn btw-vrij."], [None, "Prices exclude VAT at 23%."]],
)
def test_a_sentence_in_the_title_column_is_a_note(note):
    documents = _load([HEADER, ["C-1", "Data", 5], [], note])
    assert [d.data["id"] for d in documents] == ["C-1"]
    assert [f.origin.cell for f in documents[0].findings if f.rule == "MC-SS-003"] == ["A4:B4"]


@pytest.mark.parametrize(
    "row",
    [["C-3"], [None, "Data Ethics in Practice"], ["MC 2025 01"], [None, "Ethics in Data Science: An Introduction"]],
)
def test_a_row_of_one_value_that_is_no_note_is_still_a_descriptor(row):
    documents = _load([HEADER, ["C-1", "Data", 5], row])
    assert len(documents) == 2
