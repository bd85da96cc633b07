"""A list written one item per row: the rows under a descriptor's row that give no id or title of their own and
nothing but list items (outcomes one per row, often under an id and title merged down over them) are more items
of that descriptor, not descriptors of their own."""

from __future__ import annotations

import io

import openpyxl

from qa_checker.loaders import tabular

LO = ["Apply the method to a case.", "Evaluate the results of a study.", "Design a plan for the project."]


def _load(rows: list[list[object]], merges: tuple[str, ...] = ()):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    for row in rows:
        sheet.append(row)
    for area in merges:
        sheet.merge_cells(area)
    out = io.BytesIO()
    book.save(out)
    return tabular.load_xlsx(out.getvalue(), "courses.xlsx")


def _located(document, rule: str) -> list[tuple[str, str | None]]:
    return [(f.message, f.origin.cell if f.origin else None) for f in document.findings if f.rule == rule]


def test_outcomes_one_per_row_are_the_items_of_the_descriptor_above_each_at_its_cell():
    documents = _load(
        [
            ["id", "title", "learning_outcomes", "assessment.types", "workload.ects"],
            ["C-1", "Data", LO[0], "project", 5],
            [None, None, LO[1], "oral exam"],
            [None, None, LO[2]],
            ["C-2", "Stats", LO[0], None, 3],
            [None, None, LO[1]],
        ]
    )
    assert [(d.source, d.data["id"], d.data["learning_outcomes"]) for d in documents] == [
        ("courses.xlsx [Courses row 2]", "C-1", LO),
        ("courses.xlsx [Courses row 5]", "C-2", LO[:2]),
    ]
    first = documents[0]
    assert first.data["assessment"] == {"types": ["project-work", "oral-examination"]}
    assert first.origin_for("/learning_outcomes/0").cell == "C2"
    assert first.origin_for("/learning_outcomes/2").cell == "C4"
    assert first.origin_for("/assessment/types/1").cell == "D3"
    assert first.origins[""].cell == "A2:E4"
    assert _located(first, "MC-SS-003") == [
        (
            "row 3 gives no id or title of its own, only list items, so they were read as more items of the "
            "descriptor in row 2",
            "A3:E3",
        ),
        (
            "row 4 gives no id or title of its own, only list items, so they were read as more items of the "
            "descriptor in row 2",
            "A4:E4",
        ),
    ]


def test_an_id_and_title_merged_down_over_the_outcome_rows_give_one_descriptor():
    documents = _load(
        [
            ["id", "title", "learning_outcomes", "workload.ects"],
            ["C-1", "Data", LO[0], 5],
            [None, None, LO[1]],
            [None, None, LO[2]],
            [None, None, None],
        ],
        merges=("A2:A5", "B2:B5", "D2:D5"),
    )
    assert [(d.data["id"], d.data["learning_outcomes"], d.data["workload"]) for d in documents] == [
        ("C-1", LO, {"ects": 5})
    ]
    assert not [f for f in documents[0].findings if f.rule == "MC-SS-004"]


def test_language_columns_of_a_list_go_on_item_by_item():
    documents = _load(
        [
            ["id", "title", "learning_outcomes.en", "learning_outcomes.nl"],
            ["C-1", "Data", LO[0], "Past de methode toe op een casus."],
            [None, None, LO[1], "Evalueert de resultaten van een studie."],
        ]
    )
    assert documents[0].data["learning_outcomes"] == [
        {"en": LO[0], "nl": "Past de methode toe op een casus."},
        {"en": LO[1], "nl": "Evalueert de resultaten van een studie."},
    ]
    assert documents[0].origin_for("/learning_outcomes/1/nl").cell == "D3"


def test_a_row_without_id_or_title_that_gives_other_values_is_a_descriptor_of_its_own():
    documents = _load(
        [
            ["id", "title", "learning_outcomes", "workload.ects"],
            ["C-1", "Data", LO[0], 5],
            [None, None, LO[1], 3],
            [None, None, None],
            [None, None, LO[2]],
        ]
    )
    assert [(d.source, d.data.get("id"), d.data["learning_outcomes"]) for d in documents] == [
        ("courses.xlsx [Courses row 2]", "C-1", LO[:1]),
        ("courses.xlsx [Courses row 3]", None, LO[1:2]),
        ("courses.xlsx [Courses row 5]", None, LO[2:]),
    ]
