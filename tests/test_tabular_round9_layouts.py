"""Layouts round 8 left misread: a heading over a group of rows ("Faculty of Law") written in a column other than
the id column is a note on the sheet, not a descriptor; and a header row far down a sheet, under a long preamble
of guidance or report parameters, is found and the table under it read."""

from __future__ import annotations

import io

import openpyxl
import pytest

from qa_checker import ids
from qa_checker.findings import Severity
from qa_checker.loaders import tabular

HEADER = "id,title.en,workload.ects,description.en,learning_outcomes.en"
ROW1 = "MC-1,Data Ethics,5,Ethics of data use,Explain the GDPR"
ROW2 = "MC-2,Contract Law,4,Contracts in the EU,Draft a contract"


def _csv(*lines: str) -> list:
    return tabular.load_csv(("\n".join(lines) + "\n").encode(), "catalogue.csv")


def _read(documents) -> list:
    return [d.data.get("id") or d.data.get("title") for d in documents if d.data is not None]


def _notes(documents) -> list[str]:
    return [str(f.message) for d in documents for f in d.findings if f.rule == ids.SHEET_SKIPPED]


@pytest.mark.parametrize(
    "heading",
    [
        ",Faculty of Law,,,",
        ",FACULTY OF LAW,,,",
        ",,,Faculty of Law,",
        ",,Semester 1,,",
    ],
)
def test_a_heading_outside_the_id_column_is_a_note_not_a_descriptor(heading):
    documents = _csv(HEADER, ROW1, heading, ROW2)
    assert _read(documents) == ["MC-1", "MC-2"]
    text = heading.strip(",")
    assert any(text in note and "not read" in note for note in _notes(documents))


def test_headings_over_each_group_are_all_notes():
    documents = _csv(HEADER, ",Faculty of Economics,,,", ROW1, ",Faculty of Law,,,", ROW2)
    assert _read(documents) == ["MC-1", "MC-2"]
    assert len(_notes(documents)) == 2


def test_a_heading_in_an_unnamed_column_is_a_note_too():
    documents = _csv("id,title.en,workload.ects,Faculty", "MC-1,Data Ethics,5,", ",,,Faculty of Law", "MC-2,Law,4,")
    assert _read(documents) == ["MC-1", "MC-2"]


def test_an_outcome_on_its_own_row_still_continues_the_descriptor_above():
    documents = _csv(HEADER, ROW1, ",,,,Assess a data protection impact", ROW2)
    assert _read(documents) == ["MC-1", "MC-2"]
    outcomes = [item["en"] for item in documents[0].data["learning_outcomes"]]
    assert outcomes == ["Explain the GDPR", "Assess a data protection impact"]
    assert not any("not read" in note for note in _notes(documents))


def test_a_row_with_only_its_id_is_still_a_descriptor():
    documents = _csv(HEADER, ROW1, "MC-3,,,,", ROW2)
    assert _read(documents) == ["MC-1", "MC-3", "MC-2"]


def test_a_lone_title_where_the_sheet_has_no_id_column_is_still_read():
    # Without an id column a row giving only a title may be a descriptor yet to be filled in: it is read
    # (and its missing elements found), not passed over.
    documents = _csv("title.en,workload.ects", "Data Ethics,5", "Contract Law,", "Tax Law,3")
    assert len(_read(documents)) == 3


def test_a_heading_merged_across_a_workbooks_columns_is_a_note():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Courses"
    sheet.append(HEADER.split(","))
    sheet.append(ROW1.split(","))
    sheet.append([None, "Faculty of Law"])
    sheet.merge_cells("B3:E3")
    sheet.append(ROW2.split(","))
    buffer = io.BytesIO()
    workbook.save(buffer)
    documents = tabular.load_xlsx(buffer.getvalue(), "catalogue.xlsx")
    assert _read(documents) == ["MC-1", "MC-2"]
    assert any("Faculty of Law" in note for note in _notes(documents))


# ---------------------------------------------------------------- a header far down


@pytest.mark.parametrize(
    "preamble",
    [
        [f"Guidance line {n}: fill in one row per course" for n in range(60)],
        [f"Parameter {n},value {n}" for n in range(15)],
        [f"Parameter {n},value {n}" for n in range(80)],
        [f"Note {n}" if n % 3 else f"Report field {n},{n},x" for n in range(120)],
    ],
    ids=["60-guidance-lines", "15-parameter-rows", "80-parameter-rows", "120-mixed-rows"],
)
def test_a_header_under_a_long_preamble_is_found(preamble):
    documents = _csv(*preamble, HEADER, ROW1, ROW2)
    assert _read(documents) == ["MC-1", "MC-2"]
    row = len(preamble) + 2
    assert documents[0].source == f"catalogue.csv [row {row}]"
    assert not [f for d in documents for f in d.findings if f.severity is Severity.ERROR]


def test_a_workbook_header_at_row_70_is_found_and_cells_named_from_it():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Export"
    for n in range(1, 70):
        sheet.cell(row=n, column=1, value=f"Report parameter {n}")
        sheet.cell(row=n, column=2, value=n)
    for column, value in enumerate(HEADER.split(","), start=1):
        sheet.cell(row=70, column=column, value=value)
    for column, value in enumerate(["MC-1", "Data Ethics", "five"], start=1):
        sheet.cell(row=71, column=column, value=value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    documents = tabular.load_xlsx(buffer.getvalue(), "export.xlsx")
    assert _read(documents) == ["MC-1"]
    origins = documents[0].origins
    assert origins["/title"].cell == "B71" and origins["/title"].sheet == "Export"


def test_the_rows_above_a_far_header_are_said_to_be_passed_over():
    documents = _csv(*[f"Parameter {n},value {n}" for n in range(30)], HEADER, ROW1)
    assert any("row 31" in note for note in _notes(documents))


def test_a_sheet_of_data_with_no_header_is_still_refused():
    documents = _csv(*[f"x{n},Some course {n},5" for n in range(200)])
    (refused,) = documents
    assert refused.data is None and refused.findings[0].severity is Severity.ERROR


def test_a_row_naming_fields_far_down_without_an_id_or_title_is_no_header():
    # Far from the top, only a header naming an id or a title column is taken for one: a row of two field words
    # among data ("Language,ECTS") is not.
    documents = _csv(*[f"Parameter {n},value {n}" for n in range(30)], "language,workload.ects", "en,5")
    assert [d for d in documents if d.data is not None] == []


def test_a_semicolon_header_under_a_long_preamble_is_split_on_semicolons():
    preamble = [f"Hinweis {n}: eine Zeile je Kurs" for n in range(40)]
    documents = _csv(*preamble, HEADER.replace(",", ";"), ROW1.replace(",", ";"))
    assert _read(documents) == ["MC-1"]
    assert documents[0].data["workload"]["ects"] == 5


def test_a_header_past_the_rows_searched_is_not_looked_for():
    # The search is bounded: a header under more than a thousand rows of other text is not found.
    documents = _csv(*[f"Parameter {n},value {n}" for n in range(1_200)], HEADER, ROW1)
    assert [d for d in documents if d.data is not None] == []


@pytest.mark.parametrize(
    "heading", ["Juristische Fakultät", "Wydział Prawa i Administracji", "Právnická fakulta", "Semester 2"]
)
def test_a_heading_in_the_title_column_is_told_by_the_unit_it_names(heading):
    documents = _csv(HEADER, ROW1, f",{heading},,,", ROW2)
    assert _read(documents) == ["MC-1", "MC-2"]
    assert any(heading in note for note in _notes(documents))


@pytest.mark.parametrize("title", ["Data Ethics in Practice", "Schooling Systems Compared", "Term Sheets"])
def test_a_title_alone_that_names_no_unit_is_still_a_descriptor(title):
    documents = _csv(HEADER, ROW1, f",{title},,,", ROW2)
    assert len(_read(documents)) == 3
