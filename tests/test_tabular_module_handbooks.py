"""Catalogues as module handbooks and course exports write them: one row per learning outcome with the module's
columns repeated, EQF levels in Roman numerals, workloads written hours first, Polish dates, headers naming a
field twice."""

from __future__ import annotations

import io

import openpyxl
import pytest

from qa_checker.loaders import tabular
from qa_checker.loaders.cell_values import level_digits

OUTCOMES = ["Explain data protection law.", "Apply risk assessment methods.", "Evaluate automated decisions."]


def read_csv(text: str, name: str = "cat.csv"):
    return tabular.load_csv(text.encode("utf-8"), name)


def read_xlsx(rows: list[list[object]], sheet: str = "Modules"):
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return tabular.load_xlsx(out.getvalue(), "handbook.xlsx")


def located(document):
    return [(f.rule, f.severity.value, f.pointer, f.origin.label() if f.origin else "") for f in document.findings]


# ---------------------------------------------------------------- Roman EQF levels


@pytest.mark.parametrize(
    ("header", "typed", "level"),
    [
        ("EQF level", "VI", 6),
        ("EQF level", "vi", 6),
        ("EQF level", "Niveau VI", 6),
        ("EQF level", "Level VIII", 8),
        ("EQR-Niveau", "Stufe IV", 4),
        ("Niveau CEC", "Niveau V", 5),
        ("Level", "EQF VI", 6),
        ("Level", "Level 6 (EQF)", 6),
        ("EQF level", "6 - Bachelor", 6),
        ("EQF level", "Level 7 – Master", 7),
        # Roman numerals where neither header nor cell names the EQF: the old French "niveau I" was the highest.
        ("Level", "VI", "VI"),
        ("Niveau", "Niveau III", "Niveau III"),
        # Not a level of the EQF, or more than a level: kept as typed for the schema to report.
        ("EQF level", "IX", "IX"),
        ("EQF level", "VI - VII", "VI - VII"),
        ("EQF level", "6 - 7", "6 - 7"),
    ],
)
def test_an_eqf_level_in_roman_numerals_is_read_where_the_header_or_cell_names_the_eqf(header, typed, level):
    (document,) = read_csv(f"id;{header}\nx;{typed}\n")
    assert document.data["level"] == {"eqf": level}


def test_a_roman_level_in_a_workbook_reads_as_in_a_csv():
    (document,) = read_xlsx([["Module code", "Title", "EQF level"], ["M1", "Data", "VII"]])
    assert document.data["level"] == {"eqf": 7}
    assert document.origin_for("/level/eqf").cell == "C2"


def test_a_long_text_is_never_read_as_a_level():
    text = "a - " * 5000 + "6"
    assert level_digits(text, roman=True) == text


# ---------------------------------------------------------------- workloads written hours first


@pytest.mark.parametrize(
    ("header", "typed"),
    [("ECTS", "125 h / 5 ECTS"), ("ECTS", "125 h (5 ECTS)"), ("Hours", "5 ECTS / 125 h"), ("Hours", "125 h / 5 ECTS")],
)
def test_credits_and_hours_in_one_cell_are_read_in_either_order(header, typed):
    (document,) = read_csv(f"id;{header}\nx;{typed}\n")
    assert document.data["workload"] == {"ects": 5, "hours": 125}


def test_a_range_of_credits_is_kept_as_typed():
    (document,) = read_csv("id;ECTS\nx;5-6\n")
    assert document.data["workload"] == {"ects": "5-6"}


# ---------------------------------------------------------------- dates as exports leave them


@pytest.mark.parametrize(("typed", "iso"), [("15.09.2026 r.", "2026-09-15"), ("1.10.2026r.", "2026-10-01")])
def test_a_polish_date_with_its_year_word_is_read(typed, iso):
    (document,) = read_csv(f"Kod przedmiotu;Data rozpoczęcia\nx;{typed}\n")
    assert document.data["participation"]["schedule"]["start"] == iso


# ---------------------------------------------------------------- one row per learning outcome


HEADER = ["Module code", "Module title", "ECTS", "EQF level", "Learning outcome"]


def per_outcome(*modules: tuple[str, str, list[str]]) -> list[list[object]]:
    return [HEADER] + [[code, title, 5, 6, outcome] for code, title, outcomes in modules for outcome in outcomes]


def test_rows_repeating_a_module_for_each_outcome_are_one_descriptor_with_each_outcome_at_its_cell():
    first, second = read_xlsx(per_outcome(("M1", "Data Protection", OUTCOMES), ("M2", "Data Ethics", OUTCOMES[:2])))
    assert first.data["learning_outcomes"] == OUTCOMES
    assert (first.data["id"], second.data["id"]) == ("M1", "M2")
    assert second.data["learning_outcomes"] == OUTCOMES[:2]
    assert [first.origin_for(f"/learning_outcomes/{i}").cell for i in range(3)] == ["E2", "E3", "E4"]
    assert first.origin_for("/workload/ects").cell == "C2"
    assert located(first) == [("MC-SS-003", "info", "", "Modules!A3:E3"), ("MC-SS-003", "info", "", "Modules!A4:E4")]
    assert "row 3 repeats the other values of the descriptor in row 2" in str(first.findings[0].message)
    assert located(second) == [("MC-SS-003", "info", "", "Modules!A6:E6")]


def test_rows_repeating_a_module_in_a_csv_are_one_descriptor():
    text = "Course ID;Course title;ECTS;Learning outcome\n" + "".join(f"C1;Data;5;{o}\n" for o in OUTCOMES)
    (document,) = read_csv(text)
    assert document.data["learning_outcomes"] == OUTCOMES
    assert document.data["workload"] == {"ects": 5}


def test_a_row_copied_whole_is_not_read_as_more_outcomes():
    first, second = read_xlsx([HEADER, ["M1", "Data", 5, 6, OUTCOMES[0]], ["M1", "Data", 5, 6, OUTCOMES[0]]])
    assert first.data["learning_outcomes"] == second.data["learning_outcomes"] == OUTCOMES[:1]
    assert ("MC-SS-004", "warning", "/id", "Modules!A3") in located(second)


def test_a_row_with_the_same_id_but_other_values_is_a_descriptor_of_its_own():
    first, second = read_xlsx([HEADER, ["M1", "Data", 5, 6, OUTCOMES[0]], ["M1", "Data", 3, 6, OUTCOMES[1]]])
    assert (first.data["workload"], second.data["workload"]) == ({"ects": 5}, {"ects": 3})
    assert ("MC-SS-004", "warning", "/id", "Modules!A3") in located(second)


def test_a_repeated_unknown_column_is_reported_once():
    rows = [[*HEADER, "Turnus"], ["M1", "Data", 5, 6, OUTCOMES[0], "WiSe"], ["M1", "Data", 5, 6, OUTCOMES[1], "WiSe"]]
    (document,) = read_xlsx(rows)
    assert document.data["learning_outcomes"] == OUTCOMES[:2]
    assert [f.origin.cell for f in document.findings if f.rule == "MC-SS-001"] == ["F2"]


# ---------------------------------------------------------------- headers naming a field twice


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Lernergebnisse / Kompetenzen", "learning_outcomes"),
        ("Titel/Title", "title"),
        ("Kurs-ID / Course ID", "id"),
        ("Title / ECTS", None),
        ("Modulverantwortliche/r", None),
    ],
)
def test_a_header_joining_names_of_one_field_with_a_slash_names_it(header, path):
    found = tabular.ColumnResolver().resolve(header)
    assert (found.dotted if found is not None else None) == path


# ---------------------------------------------------------------- code lists beside the catalogue


def read_workbook(*sheets: tuple[str, list[list[object]], str]):
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows, state in sheets:
        worksheet = workbook.create_sheet(title)
        worksheet.sheet_state = state
        for row in rows:
            worksheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return tabular.load_xlsx(out.getvalue(), "catalogue.xlsx")


COURSES = ("Courses", [["ID", "Title", "ECTS", "Country"], ["C1", "Data", 5, "DE"]], "visible")


@pytest.mark.parametrize(
    ("sheet", "header", "rows", "state"),
    [
        ("Countries", ["Country", "Name"], [["DE", "Germany"], ["AT", "Austria"]], "hidden"),
        ("Countries", ["Country", "Name"], [["DE", "Germany"], ["AT", "Austria"]], "visible"),
        ("Lookups", ["Language", "Name"], [["de", "German"]], "visible"),
        ("EQF", ["EQF level", "Title", "Sort"], [[6, "Bachelor", 1], [7, "Master", 2]], "hidden"),
        ("ISCED", ["ISCED-F", "Title"], [["0613", "Software"]], "visible"),
    ],
)
def test_a_sheet_of_codes_and_their_labels_beside_the_catalogue_is_not_read_as_descriptors(sheet, header, rows, state):
    (document,) = read_workbook(COURSES, (sheet, [header, *rows], state))
    assert document.data["id"] == "C1"
    (note,) = [f for f in document.findings if f.origin.sheet == sheet]
    assert (note.rule, note.severity.value, note.origin.cell) == ("MC-SS-003", "info", "A1")
    assert f"sheet '{sheet}' reads as a list of codes and their labels" in str(note.message)


def test_a_workbook_of_codes_and_titles_alone_is_still_read():
    first, second = read_workbook(("Courses", [["ISCED-F", "Title"], ["0613", "Data"], ["0611", "Ethics"]], "visible"))
    assert (first.data["title"], second.data["title"]) == ("Data", "Ethics")


def test_a_sheet_of_ids_and_titles_beside_the_catalogue_is_read():
    documents = read_workbook(COURSES, ("Lookups", [["Code", "Name"], ["C2", "Ethics"]], "hidden"))
    assert [d.data["id"] for d in documents] == ["C1", "C2"]


def test_a_second_sheet_of_offerings_is_read():
    documents = read_workbook(COURSES, ("Archive", [["ID", "Title", "ECTS"], ["C0", "Old", 5]], "hidden"))
    assert [d.data["id"] for d in documents] == ["C1", "C0"]


# ---------------------------------------------------------------- feed files of learning platforms


def test_a_pipe_separated_feed_file_is_read():
    text = "COURSE_ID|COURSE_NAME|DESCRIPTION|START_DATE\nDP101|Data Protection|Intro, with a comma|2026-09-15\n"
    (document,) = read_csv(text)
    assert document.data["title"] == "Data Protection"
    assert document.data["summary"] == "Intro, with a comma"
    assert document.origin_for("/title").cell == "B2"


def test_a_comma_separated_file_with_pipes_in_its_cells_is_read_on_commas():
    (document,) = read_csv("id,title,ECTS\nx,A | B,5\n")
    assert document.data["title"] == "A | B"


def test_a_list_value_repeated_with_the_module_is_read_once():
    text = "Module code;Title;Assessment;Learning outcome\n" + "".join(f"M1;Data;Written exam;{o}\n" for o in OUTCOMES)
    (document,) = read_csv(text)
    assert document.data["assessment"] == {"types": ["written-examination"]}
    assert document.data["learning_outcomes"] == OUTCOMES


def test_outcomes_in_two_languages_one_row_each_are_paired():
    text = "Module code;Title;LO (EN);LO (DE)\nM1;Data;Explain;Erklären\nM1;Data;Apply;Anwenden\n"
    (document,) = read_csv(text)
    assert document.data["learning_outcomes"] == [
        {"en": "Explain", "de": "Erklären"},
        {"en": "Apply", "de": "Anwenden"},
    ]
    assert document.origin_for("/learning_outcomes/1/de").cell == "D3"
