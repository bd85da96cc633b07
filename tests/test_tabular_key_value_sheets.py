"""A sheet laid out as one descriptor, a field named in each row with its value beside it ("Title | Data
Ethics", "ECTS | 5"), as providers fill in one sheet per offering: read as that descriptor, each value at its
cell; a legend of another sheet's columns, or a sheet of lists, is not."""

from __future__ import annotations

import io

import openpyxl

from qa_checker.loaders import tabular

LO = ["Apply the method to a case.", "Evaluate the results of a study.", "Design a plan for the project."]


def _load(*sheets: tuple[str, list[list[object]]]):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return tabular.load_xlsx(out.getvalue(), "offers.xlsx")


def _offer(code: str) -> list[list[object]]:
    return [
        ["Micro-credential descriptor"],
        [],
        ["Field", "Value"],
        ["Course code", code],
        ["Title", "Data Ethics"],
        ["Awarding body", "Example University"],
        ["Country", "Germany"],
        ["Learning outcomes", LO[0]],
        [None, LO[1]],
        [None, LO[2]],
        ["ECTS", "5 ECTS"],
        ["EQF level", "Level 6"],
        ["Start date", "01.10.2025"],
        ["Internal remark", "check fee"],
    ]


def test_each_sheet_of_one_offer_laid_out_field_by_field_is_its_descriptor():
    documents = _load(("Course 1", _offer("KV-1")), ("Course 2", _offer("KV-2")))
    assert [(d.source, d.data["id"]) for d in documents] == [
        ("offers.xlsx [Course 1]", "KV-1"),
        ("offers.xlsx [Course 2]", "KV-2"),
    ]
    first = documents[0]
    assert first.data == {
        "id": "KV-1",
        "title": "Data Ethics",
        "awarding_bodies": [{"name": "Example University", "country": "DE"}],
        "learning_outcomes": LO,
        "workload": {"ects": 5},
        "level": {"eqf": 6},
        "participation": {"schedule": {"start": "2025-10-01"}},
        "descriptor_version": "1.0",
    }
    assert first.origin_for("/title").cell == "B5"
    assert first.origin_for("/learning_outcomes/2").cell == "B10"
    assert first.origins[""].cell == "B4:B14"
    located = [(f.rule, f.severity.value, f.message, f.origin.cell) for f in first.findings]
    assert located == [
        (
            "MC-SS-001",
            "warning",
            "'Internal remark' in A14 does not name a descriptor field; the value in B14 was ignored",
            "B14",
        ),
        (
            "MC-SS-003",
            "info",
            "sheet 'Course 1' names a field in each row of column A with its value in column B; it was read as one "
            "descriptor",
            "A4:B14",
        ),
    ]


def test_offers_side_by_side_in_columns_are_one_descriptor_each():
    rows = [["Title", "Data Ethics", "Statistics"], ["ID", "A-1", "A-2"], ["ECTS", 5, 3], ["EQF level", 6, 5]]
    documents = _load(("Offers", rows))
    assert [(d.source, d.data["id"], d.data["workload"]) for d in documents] == [
        ("offers.xlsx [Offers column B]", "A-1", {"ects": 5}),
        ("offers.xlsx [Offers column C]", "A-2", {"ects": 3}),
    ]
    assert documents[1].origin_for("/level/eqf").cell == "C4"


def test_a_legend_of_the_columns_and_a_lists_sheet_are_not_read_as_descriptors():
    legend = [["Column", "Description"], ["ID", "Your course code"], ["Title", "The course title"], ["ECTS", "Credits"]]
    lists = [["Title", "x"], ["ID", "y"], ["ECTS", "z"]]
    documents = _load(("Courses", [["ID", "Title"], ["C-1", "Data"]]), ("Explanations", legend), ("Legend", lists))
    assert [d.data["id"] for d in documents] == ["C-1"]


def test_a_sheet_of_one_descriptor_laid_out_field_by_field_in_a_csv_is_named_by_the_file():
    (document,) = tabular.load_csv(b"Field;Value\nTitle;Data\nID;C-9\nECTS;5\nEQF level;6\n", "offer.csv")
    assert (document.source, document.data["id"], document.origin_for("/workload/ects").cell) == (
        "offer.csv",
        "C-9",
        "B4",
    )


def test_a_form_of_fields_and_values_side_by_side_is_one_descriptor_not_a_table():
    rows = [
        ["Course descriptor"],
        ["Title", "Health data", "Course code", "HD-1"],
        ["Awarding body", "Uni", "Country", "Germany"],
        ["ECTS", 5, "EQF level", 6],
        ["Learning outcomes", LO[0]],
        [None, LO[1]],
    ]
    (document,) = _load(("Form", rows))
    assert document.source == "offers.xlsx [Form]"
    assert document.data == {
        "title": "Health data",
        "id": "HD-1",
        "awarding_bodies": [{"name": "Uni", "country": "DE"}],
        "workload": {"ects": 5},
        "level": {"eqf": 6},
        "learning_outcomes": LO[:2],
        "descriptor_version": "1.0",
    }
    assert document.origin_for("/level/eqf").cell == "D4"
    assert document.origin_for("/learning_outcomes/1").cell == "B6"
    assert [(f.message, f.origin.cell) for f in document.findings] == [
        (
            "sheet 'Form' names fields in columns A, C with their values right of them (in B, D); it was read as one "
            "descriptor",
            "A2:D6",
        )
    ]


def test_a_table_of_other_names_a_few_of_which_are_field_words_is_no_descriptor():
    """A model's classes and properties beside their types (as the EU's issuer workbooks list them): a few
    names ("title", "id", "description") are field words, most are not, so the sheet is not one form."""
    rows = [
        ["Entity", "LearningAchievement", "Property", "Cardinality"],
        ["id", "URI", "identifier", "0..*"],
        ["title", "LangString", "specifiedBy", "1"],
        ["description", "LangString", "hasPart", "0..*"],
        ["wasAwardedBy", "AwardingProcess", "wasDerivedFrom", "0..1"],
        ["influencedBy", "LearningActivity", "entitlesTo", "0..*"],
        ["additionalNote", "Note", "supplementaryDocument", "0..*"],
    ]
    documents = _load(("Model", rows))
    assert [d.data for d in documents] == [None]
