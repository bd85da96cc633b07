"""A row naming the columns' fields again (the header translated under it in a bilingual template, or the header
repeated over a second block of rows) is no descriptor: it is passed over with a note at its cells."""

from __future__ import annotations

import io

import openpyxl

from qa_checker.loaders import tabular

HEADER = ["ID", "Title", "Awarding body", "Country", "ECTS"]


def _load(rows: list[list[object]]):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return tabular.load_xlsx(out.getvalue(), "courses.xlsx")


def test_the_header_translated_in_the_row_under_it_is_not_read_as_a_descriptor():
    documents = _load(
        [HEADER, ["Kennung", "Titel", "Anbieter", "Land", "ECTS-Punkte"], ["C-1", "Data", "Uni", "DE", 5]]
    )
    assert [(d.source, d.data["id"]) for d in documents] == [("courses.xlsx [Courses row 3]", "C-1")]
    notes = [(f.message, f.origin.cell) for f in documents[0].findings if f.rule == "MC-SS-003"]
    assert notes == [
        (
            "row 2 of sheet 'Courses' names the columns' fields again ('Kennung | Titel | Anbieter | Land | E...'), "
            "as a header does; it was not read",
            "A2:E2",
        )
    ]


def test_the_header_repeated_over_a_second_block_is_not_read_and_the_rows_under_it_are():
    documents = _load([HEADER, ["C-1", "Data", "Uni", "DE", 5], [], HEADER, ["C-2", "Stats", "Uni", "AT", 3]])
    assert [(d.source, d.data["id"]) for d in documents] == [
        ("courses.xlsx [Courses row 2]", "C-1"),
        ("courses.xlsx [Courses row 5]", "C-2"),
    ]


def test_a_descriptor_whose_values_are_words_of_the_header_elsewhere_is_still_read():
    documents = _load([HEADER, ["Title", "Data", "Uni", "DE", 5], ["C-2", "Country", "Credits", "AT", 3]])
    assert [d.data["id"] for d in documents] == ["Title", "C-2"]
