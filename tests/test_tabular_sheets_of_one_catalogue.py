"""A workbook whose sheets give parts of one catalogue is read as one: a sheet of learning outcomes (or of
assessment, or any values) keyed by the module's code is joined to the module with that code, a code that
matches none said at its cell; and the same courses in one sheet per language ("EN", "Deutsch", "English
version") are one descriptor each, their texts read into language strings (rows matched by id, else in
order, with a note), as language columns of one sheet are."""

from __future__ import annotations

from tests.test_tabular_module_handbooks import read_csv, read_workbook
from tests.test_tabular_ods import load, ods, row, s, table

MODULES = (
    "Modules",
    [["Module code", "Title", "ECTS", "EQF level"], ["M1", "Data Wrangling", 5, 6], ["M2", "Statistics", 6, 6]],
    "visible",
)


def labels(document):
    return {pointer: origin.label() for pointer, origin in document.origins.items()}


def messages(document):
    return [(f.rule, f.severity.value, str(f.message), f.origin.label() if f.origin else "") for f in document.findings]


# ---------------------------------------------------------------- sheets keyed by the module's code


def test_a_sheet_of_outcomes_keyed_by_module_code_gives_each_module_its_outcomes():
    outcomes = (
        "Learning outcomes",
        [["Module code", "Learning outcome"], ["M1", "Clean data."], ["M2", "Fit a model."], ["M1", "Document it."]],
        "visible",
    )
    first, second = read_workbook(MODULES, outcomes)
    assert first.data["learning_outcomes"] == ["Clean data.", "Document it."]
    assert second.data["learning_outcomes"] == ["Fit a model."]
    assert first.origin_for("/learning_outcomes/0").label() == "Learning outcomes!B2"
    assert first.origin_for("/learning_outcomes/1").label() == "Learning outcomes!B4"
    assert not any(f.rule == "MC-SS-004" for d in (first, second) for f in d.findings)


def test_a_code_matching_no_module_is_a_warning_at_its_cell():
    outcomes = (
        "Lernergebnisse",
        [["Modulnummer", "Lernergebnisse"], ["M1", "Daten bereinigen."], ["M9", "Verwaist."], ["M2", "Schätzen."]],
        "visible",
    )
    first, second = read_workbook(MODULES, outcomes)
    (warning,) = [f for f in first.findings if f.rule == "MC-SS-004"]
    assert (warning.severity.value, warning.origin.label()) == ("warning", "Lernergebnisse!A3")
    assert "gives 'M9', the code or title of no offering of the catalogue" in str(warning.message)
    assert second.data["learning_outcomes"] == ["Schätzen."]


def test_a_code_written_in_another_case_or_with_spaces_still_matches():
    outcomes = (
        "Outcomes",
        [["Module code", "Learning outcome"], ["m1", "Clean data."], [" M2 ", "Fit a model."]],
        "visible",
    )
    first, second = read_workbook(MODULES, outcomes)
    assert (first.data["learning_outcomes"], second.data["learning_outcomes"]) == (["Clean data."], ["Fit a model."])
    assert any("joined to it by 'm1' at Outcomes!A2" in f.message for f in first.findings)


def test_an_assessment_sheet_keyed_by_code_is_joined_and_a_differing_value_is_a_warning():
    assessment = (
        "Assessment",
        [["Module code", "Assessment type", "ECTS"], ["M1", "Written examination", 5], ["M2", "Project", 5]],
        "visible",
    )
    first, second = read_workbook(MODULES, assessment)
    assert first.data["assessment"] == {"types": ["written-examination"]}
    assert labels(first)["/assessment/types"] == "Assessment!B2"
    assert second.data["workload"] == {"ects": 6}
    (clash,) = [f for f in second.findings if f.pointer == "/workload/ects"]
    assert (clash.rule, clash.severity.value, clash.origin.label()) == ("MC-SS-001", "warning", "Assessment!C3")
    assert "Modules!C3 was kept" in str(clash.message)


def test_an_outcomes_sheet_repeating_the_module_title_is_joined_too():
    outcomes = ("LO", [["Code", "Title", "Learning outcomes"], ["M1", "Data Wrangling", "Clean data."]], "visible")
    documents = read_workbook(MODULES, outcomes)
    assert [(d.source, d.data["title"]) for d in documents] == [
        ("catalogue.xlsx [Modules row 2]", "Data Wrangling"),
        ("catalogue.xlsx [Modules row 3]", "Statistics"),
    ]
    assert documents[0].data["learning_outcomes"] == ["Clean data."]
    assert not any(f.rule == "MC-SS-004" for d in documents for f in d.findings)


def test_an_outcomes_sheet_keyed_by_module_title_is_joined_when_no_sheet_gives_codes():
    modules = ("Modules", [["Module title", "ECTS"], ["Data Ethics", 5], ["AI Law", 5]], "visible")
    outcomes = (
        "Learning outcomes",
        [
            ["Module title", "Learning outcome"],
            ["Data Ethics", "Weigh harms."],
            ["AI Law", "Read the AI Act."],
            ["Data Ethics", "Write a policy."],
            ["Data Law", "Misspelt."],
        ],
        "visible",
    )
    first, second = read_workbook(modules, outcomes)
    assert first.data["learning_outcomes"] == ["Weigh harms.", "Write a policy."]
    assert second.data["learning_outcomes"] == ["Read the AI Act."]
    (warning,) = [f for f in first.findings if f.rule == "MC-SS-004"]
    assert (warning.pointer, warning.origin.label()) == ("/title", "Learning outcomes!A5")


def test_a_sheet_of_the_same_titles_with_other_values_is_not_joined():
    again = ("2027", [["Module title", "ECTS"], ["Data Ethics", 6]], "visible")
    modules = ("2026", [["Module title", "ECTS"], ["Data Ethics", 5]], "visible")
    assert [d.data["workload"]["ects"] for d in read_workbook(modules, again)] == [5, 6]


def test_a_hidden_archived_copy_of_the_catalogue_is_not_joined_to_it():
    modules = (
        "Modules",
        [["Module code", "Title", "ECTS", "Learning outcomes"], ["M1", "Data", 5, "Clean."]],
        "visible",
    )
    archive = (
        "Archiv 2024",
        [["Module code", "Title", "ECTS", "Learning outcomes"], ["M1", "Data", 4, "Old."]],
        "hidden",
    )
    current, archived = read_workbook(modules, archive)
    assert (current.data["learning_outcomes"], archived.data["learning_outcomes"]) == (["Clean."], ["Old."])


def test_a_second_sheet_of_other_offerings_is_not_joined():
    other = ("Summer", [["Module code", "Title", "ECTS"], ["M1", "Summer Data Camp", 3]], "visible")
    documents = read_workbook(MODULES, other)
    assert [d.data["title"] for d in documents] == ["Data Wrangling", "Statistics", "Summer Data Camp"]


# ---------------------------------------------------------------- one sheet per language


def test_one_sheet_per_language_gives_one_descriptor_per_course_with_language_strings():
    english = (
        "English version",
        [["Code", "Title", "ECTS", "Learning outcomes"], ["M1", "Data Wrangling", 5, "Clean data.\nDocument it."]],
        "visible",
    )
    german = (
        "Deutsch",
        [["Code", "Titel", "ECTS", "Lernergebnisse"], ["M1", "Datenaufbereitung", 5, "Bereinigen.\nDokumentieren."]],
        "visible",
    )
    (document,) = read_workbook(english, german)
    assert document.data["title"] == {"en": "Data Wrangling", "de": "Datenaufbereitung"}
    assert document.data["learning_outcomes"][1] == {"en": "Document it.", "de": "Dokumentieren."}
    assert labels(document)["/title/de"] == "Deutsch!B2"
    assert labels(document)["/title/en"] == "English version!B2"
    assert any("is the 'de' version of this descriptor (matched by its id)" in m for _, _, m, _ in messages(document))


def test_language_sheets_without_ids_are_matched_in_order_with_a_note():
    english = ("Modules EN", [["Title", "ECTS"], ["Data Wrangling", 5], ["Statistics", 6]], "visible")
    french = ("Modules FR", [["Titre", "ECTS"], ["Préparation des données", 5], ["Statistique", 6]], "visible")
    first, second = read_workbook(english, french)
    assert second.data["title"] == {"en": "Statistics", "fr": "Statistique"}
    assert any("by position" in m and m.endswith("language strings") for _, _, m, _ in messages(first))


def test_a_row_of_a_language_sheet_with_an_id_the_first_lacks_stays_its_own_descriptor():
    english = ("EN", [["Code", "Title"], ["M1", "Data Wrangling"]], "visible")
    german = ("DE", [["Code", "Titel"], ["M1", "Datenaufbereitung"], ["M7", "Nur deutsch"]], "visible")
    first, second = read_workbook(english, german)
    assert first.data["title"] == {"en": "Data Wrangling", "de": "Datenaufbereitung"}
    assert second.data["title"] == "Nur deutsch"
    assert [(r, sev, where) for r, sev, _, where in messages(second) if r == "MC-SS-004"] == [
        ("MC-SS-004", "warning", "DE!A3")
    ]


def test_sheets_named_each_in_its_own_language_are_language_versions():
    german = ("Kurse (Deutsch)", [["Kurs-ID", "Titel"], ["K1", "Robotik"]], "visible")
    english = ("Courses (English)", [["Course ID", "Title"], ["K1", "Robotics"]], "visible")
    (document,) = read_workbook(german, english)
    assert document.data["title"] == {"de": "Robotik", "en": "Robotics"}


def test_fewer_outcomes_in_one_language_is_a_warning_at_its_cell():
    english = ("EN", [["Code", "Title", "Learning outcomes"], ["M1", "Data", "One.\nTwo."]], "visible")
    german = ("DE", [["Code", "Titel", "Lernergebnisse"], ["M1", "Daten", "Eins."]], "visible")
    (document,) = read_workbook(english, german)
    (uneven,) = [f for f in document.findings if f.pointer == "/learning_outcomes"]
    assert (uneven.severity.value, uneven.origin.label()) == ("warning", "DE!C2")
    assert uneven.message.startswith("DE!C2 lists 1 item of learning_outcomes, EN!C2 lists 2;")


def test_an_ods_with_a_sheet_per_language_is_read_as_a_workbook_is():
    raw = ods(
        table("EN", row(s("Code"), s("Title")), row(s("M1"), s("Data Wrangling"))),
        table("NL", row(s("Code"), s("Titel")), row(s("M1"), s("Gegevens opschonen"))),
    )
    (document,) = load(raw)
    assert document.data["title"] == {"en": "Data Wrangling", "nl": "Gegevens opschonen"}


def test_language_sheets_of_modules_and_of_outcomes_give_one_descriptor_per_module():
    documents = read_workbook(
        ("Modules EN", [["Code", "Title"], ["B1", "Biology"], ["B2", "Chemistry"]], "visible"),
        ("Modules DE", [["Code", "Titel"], ["B1", "Biologie"], ["B2", "Chemie"]], "visible"),
        ("Outcomes EN", [["Code", "Learning outcome"], ["B1", "Name cells."], ["B1", "Use a lens."]], "visible"),
        ("Outcomes DE", [["Code", "Lernergebnis"], ["B1", "Zellen benennen."], ["B1", "Eine Lupe nutzen."]], "visible"),
    )
    assert [d.data["title"]["de"] for d in documents] == ["Biologie", "Chemie"]
    assert documents[0].data["learning_outcomes"] == [
        {"en": "Name cells.", "de": "Zellen benennen."},
        {"en": "Use a lens.", "de": "Eine Lupe nutzen."},
    ]
    assert documents[0].origin_for("/learning_outcomes/1/de").label() == "Outcomes DE!B3"


# ---------------------------------------------------------------- blocks and footers of one sheet


def test_a_caption_over_a_second_block_of_rows_is_not_a_descriptor():
    sheet = (
        "Angebot",
        [
            ["Modulnr.", "Titel", "ECTS"],
            ["B1", "Statistik", 5],
            [],
            ["Master-Module"],
            ["Modulnr.", "Titel", "ECTS"],
            ["M1", "Ökonometrie", 6],
        ],
        "visible",
    )
    documents = read_workbook(sheet)
    assert [d.data["id"] for d in documents] == ["B1", "M1"]
    assert any(f.origin.label() == "Angebot!A4:A4" and "('Master-Module')" in f.message for f in documents[0].findings)


def test_tables_side_by_side_on_one_sheet_give_a_descriptor_each():
    sheet = (
        "Angebot",
        [
            ["Bachelor", None, None, None, "Master"],
            ["Modulnr.", "Titel", "ECTS", None, "Modulnr.", "Titel", "ECTS"],
            ["B1", "Statistik", 5, "stray", "M1", "Ökonometrie", 6],
            ["B2", "Recht", 5, None, None, None, None],
        ],
        "visible",
    )
    documents = read_workbook(sheet)
    assert [(d.source, d.data["id"], d.origins[""].label()) for d in documents] == [
        ("catalogue.xlsx [Angebot row 3]", "B1", "Angebot!A3:C3"),
        ("catalogue.xlsx [Angebot row 3, columns E:G]", "M1", "Angebot!E3:G3"),
        ("catalogue.xlsx [Angebot row 4]", "B2", "Angebot!A4:C4"),
    ]
    assert documents[1].origins["/workload/ects"].label() == "Angebot!G3"
    assert [(f.rule, f.origin.label()) for d in documents for f in d.findings] == [("MC-SS-001", "Angebot!D3")]


def test_a_csv_of_tables_side_by_side_gives_a_descriptor_each():
    documents = read_csv("Code;Title;;Code;Title\nB1;Statistics;;M1;Econometrics\n")
    assert [(d.source, d.data["title"]) for d in documents] == [
        ("cat.csv [row 2]", "Statistics"),
        ("cat.csv [row 2, columns D:E]", "Econometrics"),
    ]


def test_a_totals_line_under_a_register_extract_is_not_a_descriptor():
    documents = read_workbook(
        ("Register", [["Code", "Title"], ["R1", "Welding"], ["R2", "Soldering"], [], ["Total: 2 records"]], "visible")
    )
    assert [d.data["id"] for d in documents] == ["R1", "R2"]
