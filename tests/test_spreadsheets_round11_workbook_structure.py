"""Round 11: the STRUCTURE of workbooks as QA agencies receive them from providers. Merged cells over a header
or a value, two header rows, a form per sheet, hidden rows, columns and sheets, an autofilter, data-validation
lists, comments, formulas with and without saved results, rich text, a table with a totals row, frozen panes
under a title block, a sheet per language, one offering on two sheets. Each workbook is built here with
openpyxl as the program would save it; what a careful agency user expects is written first."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableColumn

from qa_checker.loaders import tabular

HEADER = ["ID", "Title", "ECTS", "EQF level"]


def save(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def book_of(rows: list[list[Any]], title: str = "Courses") -> tuple[openpyxl.Workbook, Any]:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    return book, sheet


def load(book: openpyxl.Workbook) -> list[tabular.Document]:
    """The workbook's descriptors; every finding on them names its sheet and cell."""
    documents = tabular.load_xlsx(save(book), "catalogue.xlsx")
    unplaced = [
        str(f.message) for d in documents for f in d.findings if not (f.origin and f.origin.sheet and f.origin.cell)
    ]
    assert not unplaced, unplaced
    return documents


def read(documents: list[tabular.Document]) -> list[tuple[str, Any]]:
    """Each descriptor's source and id."""
    return [(d.source, d.data.get("id") if d.data else None) for d in documents]


def found(documents: list[tabular.Document], rule: str) -> list[tuple[str, str]]:
    """``(sheet!cell, message)`` of each finding of ``rule`` on any descriptor."""
    return [
        (f.origin.label() if f.origin else "", str(f.message)) for d in documents for f in d.findings if f.rule == rule
    ]


def errors(documents: list[tabular.Document]) -> list[str]:
    return [f"{f.rule} {f.message}" for d in documents for f in d.findings if f.severity.value == "error"]


# ---------------------------------------------------------------- merged cells


def test_a_header_merged_over_the_columns_of_a_list_gives_its_items_in_order():
    book, sheet = book_of(
        [["ID", "Title", "Learning outcomes", None, None], ["C-1", "Data", "Explain A.", "Apply B.", "Assess C."]]
    )
    sheet.merge_cells("C1:E1")
    (document,) = load(book)
    assert document.data["learning_outcomes"] == ["Explain A.", "Apply B.", "Assess C."]


def test_a_provider_merged_down_over_its_offerings_is_read_for_each_with_a_note_at_the_merge():
    book, sheet = book_of(
        [
            ["ID", "Title", "Awarding body", "ECTS"],
            ["C-1", "Data", "Uni A", 5],
            ["C-2", "Ethics", None, 3],
            ["C-3", "Law", None, 4],
        ]
    )
    sheet.merge_cells("C2:C4")
    documents = load(book)
    assert read(documents) == [
        ("catalogue.xlsx [Courses row 2]", "C-1"),
        ("catalogue.xlsx [Courses row 3]", "C-2"),
        ("catalogue.xlsx [Courses row 4]", "C-3"),
    ]
    assert [d.data["awarding_bodies"][0]["name"] for d in documents] == ["Uni A"] * 3
    notes = found(documents, "MC-SS-002")
    assert notes and all(where.startswith("Courses!C") for where, _ in notes)


def test_a_title_merged_across_two_field_columns_is_a_warning_at_the_covered_cell():
    book, sheet = book_of([["ID", "Title", "Title (de)", "ECTS"], ["C-1", "Data", None, 5]])
    sheet.merge_cells("B2:C2")
    (document,) = load(book)
    assert document.data["title"] in ("Data", {"en": "Data"}) or document.data["title"].get("en") == "Data"
    assert any(where == "Courses!C2" for where, _ in found([document], "MC-SS-002"))


# ---------------------------------------------------------------- two header rows


def test_a_group_row_above_the_field_row_is_read_as_one_header():
    book, sheet = book_of(
        [
            ["Course", None, "Workload", None, "Level"],
            ["ID", "Title", "ECTS", "Hours", "EQF"],
            ["C-1", "Data", 5, 125, 6],
        ]
    )
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:D1")
    (document,) = load(book)
    assert document.source == "catalogue.xlsx [Courses row 3]"
    assert document.data["id"] == "C-1" and document.data["title"] == "Data"
    assert document.data["workload"] == {"ects": 5, "hours": 125}
    assert document.data["level"]["eqf"] == 6


def test_a_language_group_over_title_sub_headers_gives_the_language_strings():
    book, sheet = book_of(
        [["ID", "Title", None, "ECTS"], [None, "EN", "NL", None], ["C-1", "Data ethics", "Data-ethiek", 5]]
    )
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("D1:D2")
    (document,) = load(book)
    assert document.data["title"] == {"en": "Data ethics", "nl": "Data-ethiek"}
    assert document.data["workload"]["ects"] == 5


# ---------------------------------------------------------------- forms: one offering per sheet


def _form(book: openpyxl.Workbook, name: str, pairs: list[tuple[str, Any]]) -> None:
    sheet = book.create_sheet(name)
    for pair in pairs:
        sheet.append(list(pair))


def test_a_form_per_sheet_is_one_descriptor_per_sheet_located_at_its_value_cells():
    book = openpyxl.Workbook()
    book.remove(book.active)
    _form(book, "Data", [("Title", "Data ethics"), ("Course code", "DE-1"), ("ECTS", 5), ("EQF level", 6)])
    _form(book, "Law", [("Title", "Law basics"), ("Course code", "LB-2"), ("ECTS", "five"), ("EQF level", 5)])
    documents = load(book)
    assert [d.data["id"] for d in documents] == ["DE-1", "LB-2"]
    assert documents[0].data["workload"]["ects"] == 5
    assert documents[1].data["workload"]["ects"] == "five"  # kept as typed, for the schema to report at its cell
    assert documents[1].origin_for("/workload/ects").label() == "Law!B3"
    assert [d.source for d in documents] == ["catalogue.xlsx [Data]", "catalogue.xlsx [Law]"]


def test_a_form_with_a_language_per_column_is_one_descriptor_in_two_languages():
    book = openpyxl.Workbook()
    book.remove(book.active)
    _form(
        book,
        "Offer",
        [
            ("Field", "English", "Deutsch"),
            ("Course code", "DE-1", None),
            ("Title", "Data ethics", "Datenethik"),
            ("ECTS", 5, None),
            ("Learning outcomes", "Explain the GDPR.", "Die DSGVO erklären."),
        ],
    )
    documents = load(book)
    assert len(documents) == 1, read(documents)
    (document,) = documents
    assert document.data["id"] == "DE-1"
    assert document.data["title"] == {"en": "Data ethics", "de": "Datenethik"}
    assert document.data["workload"]["ects"] == 5
    assert document.data["learning_outcomes"] == [{"en": "Explain the GDPR.", "de": "Die DSGVO erklären."}]
    assert document.source == "catalogue.xlsx [Offer]"
    assert document.origin_for("/title/de").label() == "Offer!C3"
    assert document.origin_for("/learning_outcomes/0/de").label() == "Offer!C5"
    assert document.origin_for("/title/en").label() == "Offer!B3"
    assert "field_of_education" not in document.data
    assert any("column C" in str(f.message) and "'de'" in str(f.message) for f in document.findings)


def test_offerings_side_by_side_each_in_its_language_stay_two_offerings():
    book = openpyxl.Workbook()
    book.remove(book.active)
    rows = [
        ("Language", "English", "German"),
        ("Course code", "DE-1", "DE-2"),
        ("Title", "Data ethics", "Datenethik"),
        ("ECTS", 5, 3),
    ]
    _form(book, "Offers", rows)
    documents = load(book)
    assert [d.data["id"] for d in documents] == ["DE-1", "DE-2"]


def test_language_headed_columns_giving_two_ids_are_two_offerings():
    book = openpyxl.Workbook()
    book.remove(book.active)
    rows = [
        ("", "English", "Deutsch"),
        ("Course code", "DE-1", "DE-2"),
        ("Title", "Data ethics", "Datenethik"),
        ("ECTS", 5, 3),
    ]
    _form(book, "Offers", rows)
    documents = load(book)
    assert [d.data["id"] for d in documents] == ["DE-1", "DE-2"]


# ---------------------------------------------------------------- hidden rows, columns and sheets


def test_a_hidden_draft_row_is_read_and_noted_at_its_row():
    book, sheet = book_of([HEADER, ["C-1", "Data", 5, 6], ["C-2", "Draft", 3, 5], ["C-3", "Law", 4, 6]])
    sheet.row_dimensions[3].hidden = True
    documents = load(book)
    assert [d.data["id"] for d in documents] == ["C-1", "C-2", "C-3"]
    notes = found(documents, "MC-SS-003")
    assert len(notes) == 1 and notes[0][0].startswith("Courses!A3")
    assert "row 3" in notes[0][1] and "Courses" in notes[0][1]


def test_a_hidden_column_is_read_without_a_note():
    book, sheet = book_of([HEADER, ["C-1", "Data", 5, 6]])
    sheet.column_dimensions["C"].hidden = True
    (document,) = load(book)
    assert document.data["workload"]["ects"] == 5
    assert not found([document], "MC-SS-003")


def test_a_hidden_sheet_of_lookup_lists_is_not_read_and_is_noted():
    book, _ = book_of([HEADER, ["C-1", "Data", 5, 6]])
    lists = book.create_sheet("Dropdowns")
    for row in [["Countries", "Modes"], ["DE", "online"], ["NL", "onsite"], ["AT", "blended"]]:
        lists.append(row)
    lists.sheet_state = "hidden"
    documents = load(book)
    assert read(documents) == [("catalogue.xlsx [Courses row 2]", "C-1")]
    assert any("Dropdowns" in message for _, message in found(documents, "MC-SS-003"))


def test_an_autofilter_hiding_rows_hides_no_offering():
    book, sheet = book_of([HEADER, ["C-1", "Data", 5, 6], ["C-2", "Ethics", 3, 5], ["C-3", "Law", 4, 6]])
    sheet.auto_filter.ref = "A1:D4"
    sheet.auto_filter.add_filter_column(3, ["6"])
    sheet.row_dimensions[3].hidden = True
    documents = load(book)
    assert [d.data["id"] for d in documents] == ["C-1", "C-2", "C-3"]
    notes = found(documents, "MC-SS-003")
    assert [where.split(":")[0] for where, _ in notes] == ["Courses!A3"]


# ---------------------------------------------------------------- validation lists, comments


def test_a_data_validation_list_is_not_a_value_and_a_value_outside_it_is_read_as_typed():
    book, sheet = book_of([["ID", "Title", "Mode", "ECTS"], ["C-1", "Data", "online", 5], ["C-2", "Law", "Zoom", 3]])
    validation = DataValidation(type="list", formula1='"online,onsite,blended"', allow_blank=True)
    sheet.add_data_validation(validation)
    validation.add("C2:C1000")
    documents = load(book)
    assert [d.data["id"] for d in documents] == ["C-1", "C-2"]
    assert documents[0].data["participation"]["mode"] == "online"
    assert "onsite" not in str(documents[1].data)


def test_a_comment_on_a_header_or_a_value_is_not_read_as_a_value():
    book, sheet = book_of([HEADER, ["C-1", "Data", 5, 6]])
    sheet["C1"].comment = Comment("Credits as in the study regulations, e.g. 5", "QA office")
    sheet["B2"].comment = Comment("Title to be confirmed by the board", "Provider")
    (document,) = load(book)
    assert document.data["title"] == "Data" and document.data["workload"]["ects"] == 5
    assert "confirmed" not in str(document.data) and "regulations" not in str(document.data)
    assert not found([document], "MC-SS-001")


# ---------------------------------------------------------------- formulas


def test_formulas_a_script_wrote_without_saved_results_are_each_an_error_at_their_cell():
    book, _ = book_of([["ID", "Title", "Hours", "ECTS"], ["C-1", "Data", 125, "=C2/25"], ["C-2", "Law", 50, 2]])
    documents = load(book)
    assert [d.data["id"] for d in documents] == ["C-1", "C-2"]
    notes = found(documents, "MC-SS-002")
    assert [where for where, _ in notes] == ["Courses!D2"]
    assert "=C2/25" in notes[0][1]
    assert "ects" not in documents[0].data.get("workload", {})
    assert documents[1].data["workload"]["ects"] == 2


def test_a_formula_building_the_id_without_a_saved_result_leaves_the_title_to_name_the_row():
    book, _ = book_of([["ID", "Title", "ECTS"], ['="MC-"&ROW()', "Data", 5]])
    (document,) = load(book)
    assert document.data["title"] == "Data" and "id" not in document.data
    assert any(where == "Courses!A2" for where, _ in found([document], "MC-SS-002"))


# ---------------------------------------------------------------- rich text


def test_a_rich_text_title_and_outcomes_are_their_plain_text():
    book, sheet = book_of([["ID", "Title", "Learning outcomes"], ["C-1", None, None]])
    sheet["B2"] = CellRichText("Data ", TextBlock(InlineFont(b=True), "ethics"))
    sheet["C2"] = CellRichText(TextBlock(InlineFont(i=True), "Explain the GDPR.\n"), "Apply the AI Act.")
    (document,) = load(book)
    assert document.data["title"] == "Data ethics"
    assert document.data["learning_outcomes"] == ["Explain the GDPR.", "Apply the AI Act."]


# ---------------------------------------------------------------- tables, panes, title blocks


def test_a_table_with_a_totals_row_reads_its_rows_and_tells_the_totals_row():
    book, sheet = book_of(
        [HEADER, ["C-1", "Data", 5, 6], ["C-2", "Law", 3, 5], ["Total", None, "=SUBTOTAL(109,[ECTS])", None]]
    )
    table = Table(displayName="Courses2026", ref="A1:D4", totalsRowCount=1)
    table._initialise_columns()
    table.tableColumns[0] = TableColumn(id=1, name="ID", totalsRowLabel="Total")
    table.tableColumns[2] = TableColumn(id=3, name="ECTS", totalsRowFunction="sum")
    sheet.add_table(table)
    documents = load(book)
    assert [d.data["id"] for d in documents] == ["C-1", "C-2"]
    assert not errors(documents), errors(documents)
    told = [
        str(f.message) for d in documents for f in d.findings if f.origin and f.origin.label().startswith("Courses!A4")
    ]
    assert len(told) == 1 and "row 4" in told[0], told


def test_frozen_panes_under_a_title_block_read_the_rows_under_the_header():
    book, sheet = book_of(
        [
            ["Micro-credential catalogue 2026"],
            ["Provider: Hochschule Beispielstadt", None, "Status: submitted"],
            [],
            HEADER,
            ["C-1", "Data", 5, 6],
            ["C-2", "Law", 3, 5],
        ]
    )
    sheet.merge_cells("A1:D1")
    sheet.freeze_panes = "C5"
    documents = load(book)
    assert read(documents) == [
        ("catalogue.xlsx [Courses row 5]", "C-1"),
        ("catalogue.xlsx [Courses row 6]", "C-2"),
    ]
    assert not errors(documents)


# ---------------------------------------------------------------- several sheets


def test_a_sheet_per_language_gives_one_descriptor_with_both_languages():
    book, _ = book_of(
        [["ID", "Title", "Learning outcomes", "ECTS"], ["C-1", "Data ethics", "Explain the GDPR.", 5]], "EN"
    )
    german = book.create_sheet("DE")
    german.append(["ID", "Titel", "Lernergebnisse", "ECTS"])
    german.append(["C-1", "Datenethik", "Die DSGVO erklären.", 5])
    (document,) = load(book)
    assert document.data["title"] == {"en": "Data ethics", "de": "Datenethik"}
    assert document.data["workload"]["ects"] == 5


def test_one_offering_on_two_sheets_is_two_descriptors_and_the_repeat_names_the_first():
    book, _ = book_of([HEADER, ["C-1", "Data", 5, 6], ["C-2", "Law", 3, 5]], "Autumn")
    spring = book.create_sheet("Spring")
    spring.append(HEADER)
    spring.append(["C-1", "Data", 5, 6])
    documents = load(book)
    assert read(documents) == [
        ("catalogue.xlsx [Autumn row 2]", "C-1"),
        ("catalogue.xlsx [Autumn row 3]", "C-2"),
        ("catalogue.xlsx [Spring row 2]", "C-1"),
    ]
    repeats = found(documents, "MC-SS-004")
    assert [where for where, _ in repeats] == ["Spring!A2"]
    assert "Autumn" in repeats[0][1]


@pytest.mark.parametrize("state", ["visible", "hidden"])
def test_an_archive_sheet_of_withdrawn_offerings_is_read_and_its_hidden_state_told(state):
    book, _ = book_of([HEADER, ["C-1", "Data", 5, 6]])
    archive = book.create_sheet("Archive")
    archive.append(HEADER)
    archive.append(["C-0", "Old course", 2, 4])
    archive.sheet_state = state
    documents = load(book)
    assert [d.data["id"] for d in documents] == ["C-1", "C-0"]
    hidden = [where for where, _ in found(documents, "MC-SS-003")]
    assert hidden == ([] if state == "visible" else ["Archive!A2:D2"])
