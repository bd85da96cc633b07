"""A visible sheet beside the catalogue whose header names a title and one coded field, the title first
(``Title | EQF level``), lists offerings and is read; one led by the code (``EQF level | Title``) is a lookup
table of codes and their labels and is not."""

from __future__ import annotations

import pytest

from tests.test_tabular_module_handbooks import COURSES, read_workbook


@pytest.mark.parametrize(
    ("sheet", "header", "rows"),
    [
        (
            "Short courses",
            ["Title", "EQF level"],
            [["Introduction to SQL for Analysts", 5], ["Spreadsheet Modelling", 5]],
        ),
        (
            "Summer school",
            ["Course title", "Field of education"],
            [["Urban Heat Islands", "0532"], ["Circular Building", "0732"]],
        ),
    ],
)
def test_a_title_led_sheet_beside_the_catalogue_is_read_as_descriptors(sheet, header, rows):
    documents = read_workbook(COURSES, (sheet, [header, *rows], "visible"))
    assert [d.data.get("title") for d in documents[1:]] == [row[0] for row in rows]
    assert not any("list of codes" in str(f.message) for d in documents for f in d.findings)


def test_a_code_led_sheet_beside_the_catalogue_is_still_left_out():
    (document,) = read_workbook(
        COURSES, ("Levels", [["EQF level", "Title"], [5, "Level 5"], [6, "Level 6"]], "visible")
    )
    assert any("sheet 'Levels' reads as a list of codes" in str(f.message) for f in document.findings)
