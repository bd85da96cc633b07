"""Catalogues of spreadsheet round 23: sheets named like languages that are not language versions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from qa_checker.loaders import load_file


def _workbook(path: Path, sheets: list[tuple[str, list[list[Any]]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _read(path: Path) -> dict[str | None, dict[str, Any]]:
    return {d.data.get("id"): d.data for d in load_file(path) if isinstance(d.data, dict)}


def test_faculty_sheets_named_like_languages_with_a_course_not_yet_coded_are_four_courses(tmp_path: Path) -> None:
    """'FI' and 'FF' (two faculties, also ISO 639-1 codes) with one course without its code yet: four offerings, none
    merged into another's language strings."""
    header = ["Kód předmětu", "Název předmětu", "Kredity", "Země"]
    path = _workbook(
        tmp_path / "faculties.xlsx",
        [
            ("FI", [header, ["PB001", "Úvod do informačních technologií", 5, "CZ"], ["PV178", "Vývoj v C#", 2, "CZ"]]),
            ("FF", [header, ["ISKB01", "Informační věda", 4, "CZ"], [None, "Digitální humanitní vědy", 3, "CZ"]]),
        ],
    )
    documents = load_file(path)
    assert len(documents) == 4
    by_id = _read(path)
    assert by_id["ISKB01"]["workload"] == {"ects": 4}
    assert by_id["PB001"]["title"] == "Úvod do informačních technologií"
    assert by_id[None]["title"] == "Digitální humanitní vědy"


def test_sheets_named_like_languages_with_different_ids_are_different_offerings(tmp_path: Path) -> None:
    header = ["Code", "Title", "ECTS"]
    path = _workbook(
        tmp_path / "partners.xlsx",
        [
            ("BG", [header, ["SU-01", "Алгебра", 5], [None, "Геометрия", 4]]),
            ("FI", [header, ["AALTO-01", "Fysiikka", 3], ["AALTO-02", "Kemia", 2]]),
        ],
    )
    assert sorted(str(key) for key in _read(path)) == ["AALTO-01", "AALTO-02", "None", "SU-01"]


def test_language_sheets_with_ids_are_still_paired_where_a_row_lacks_its_id(tmp_path: Path) -> None:
    header = ["Code", "Title", "ECTS"]
    path = _workbook(
        tmp_path / "versions.xlsx",
        [
            ("EN", [header, ["DS-1", "Data stewardship", 5], ["DS-2", "Data ethics", 3]]),
            ("DE", [header, ["DS-1", "Datenpflege", 5], [None, "Datenethik", 3]]),
        ],
    )
    by_id = _read(path)
    assert by_id["DS-1"]["title"] == {"en": "Data stewardship", "de": "Datenpflege"}
    assert len(load_file(path)) == 3


def test_title_columns_naming_their_language_in_the_catalogue_s_own_language(tmp_path: Path) -> None:
    """'Název česky | Název anglicky', 'Nimi suomeksi', 'Τίτλος στα αγγλικά', 'Benämning på engelska', 'Designação
    em inglês', 'Megnevezés angolul', 'Teideal as Béarla': each a title in the language it names."""
    heads = [
        ("Název česky", "Název anglicky", "cs"),
        ("Nimi suomeksi", "Nimi englanniksi", "fi"),
        ("Τίτλος στα ελληνικά", "Τίτλος στα αγγλικά", "el"),
        ("Benämning på svenska", "Benämning på engelska", "sv"),
        ("Designação em português", "Designação em inglês", "pt"),
        ("Megnevezés magyarul", "Megnevezés angolul", "hu"),
        ("Teideal as Gaeilge", "Teideal as Béarla", "ga"),
    ]
    for number, (own, english, code) in enumerate(heads):
        path = _workbook(
            tmp_path / f"titles{number}.xlsx", [("S", [["Code", own, english, "ECTS"], ["C-1", "Vlastní", "Own", 5]])]
        )
        assert _read(path)["C-1"]["title"] == {code: "Vlastní", "en": "Own"}, own


def test_national_level_headers_name_their_framework(tmp_path: Path) -> None:
    sheets = [
        ("Ниво по НКР", "BQF", 6),
        ("Leibhéal NFQ", "NFQ", 9),
        ("Niveau CLQ", "CLQ", 6),
        ("Επίπεδο ΕΠΠ", "HQF", 6),
    ]
    for number, (header, framework, level) in enumerate(sheets):
        path = _workbook(tmp_path / f"nqf{number}.xlsx", [("S", [["Code", "Title", header], ["C-1", "Data", level]])])
        assert _read(path)["C-1"]["level"] == {"nqf": {"level": level, "framework": framework}}, header


def test_finnish_and_estonian_code_headers_are_the_id(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "codes.xlsx",
        [
            ("Opintojaksot", [["Koodi", "Nimi", "Laajuus (op)"], ["AALTO-02", "Kestävä muotoilu", 5]]),
            ("Ained", [["Kood", "Nimetus", "EAP"], ["TÜ-01", "Andmeteadus", 6]]),
        ],
    )
    assert set(_read(path)) == {"AALTO-02", "TÜ-01"}


def test_the_czech_end_beside_the_start_is_the_end_date(tmp_path: Path) -> None:
    """'Zahájení | Ukončení' are the start and end dates ('Ukončení' is also the completion form in some university
    exports, but beside a start it is the end)."""
    path = _workbook(
        tmp_path / "predmety.xlsx",
        [
            (
                "Předměty",
                [["Kód", "Název", "Zahájení", "Ukončení"], ["MU-01", "Programování", "2027-02-15", "2027-05-30"]],
            )
        ],
    )
    schedule = _read(path)["MU-01"]["participation"]["schedule"]
    assert schedule == {"start": "2027-02-15", "end": "2027-05-30"}


def test_romanian_values_written_with_cedillas_are_read(tmp_path: Path) -> None:
    header = ["Cod disciplină", "Denumirea disciplinei", "Forma de învățământ", "Forma de evaluare"]
    path = _workbook(
        tmp_path / "cursuri.xlsx",
        [
            (
                "Cursuri",
                [
                    header,
                    ["RO-2", "Curs", "cu frecvenţă", "examen scris"],
                    ["RO-4", "Curs", "învăţământ la distanţă", "evaluare continuă"],
                ],
            )
        ],
    )
    by_id = _read(path)
    assert by_id["RO-2"]["participation"] == {"mode": "onsite"}
    assert by_id["RO-4"]["participation"] == {"mode": "online"}


def test_modes_languages_and_hours_in_the_catalogues_own_words(tmp_path: Path) -> None:
    rows = [
        ["C-1", "Данни", "дистанционна", "български език", "60 ч."],
        ["C-2", "Duomenys", "kontaktinė", "lietuvių kalba", "40 val."],
        ["C-3", "Dati", "mišri", "eesti keel", 40],
        ["C-4", "Dati", "tālmācība", "anglický", 40],
        ["C-5", "Données", "comodal", "český jazyk", 40],
        ["C-6", "Curs", "învățământ cu frecvență", "limba română", 40],
    ]
    path = _workbook(tmp_path / "values.xlsx", [("S", [["Code", "Title", "Mode", "Language", "Hours"], *rows])])
    by_id = _read(path)
    modes = {key: data["participation"]["mode"] for key, data in by_id.items()}
    assert modes == {
        "C-1": "online",
        "C-2": "onsite",
        "C-3": "blended",
        "C-4": "online",
        "C-5": "blended",
        "C-6": "onsite",
    }
    languages = {key: data["languages"] for key, data in by_id.items()}
    assert languages == {"C-1": ["bg"], "C-2": ["lt"], "C-3": ["et"], "C-4": ["en"], "C-5": ["cs"], "C-6": ["ro"]}
    assert by_id["C-1"]["workload"] == {"hours": 60} and by_id["C-2"]["workload"] == {"hours": 40}


def test_a_legend_of_abbreviations_before_or_after_the_courses_is_no_course(tmp_path: Path) -> None:
    legend = ("Vysvětlivky", [["Code", "Name"], ["zk", "zkouška (exam)"], ["z", "zápočet (credit)"]])
    courses = ("Courses", [["Course code", "Course title", "ECTS", "Country"], ["MU-01", "Programming", 5, "CZ"]])
    for number, sheets in enumerate(([legend, courses], [courses, legend])):
        path = _workbook(tmp_path / f"legend{number}.xlsx", sheets)
        assert list(_read(path)) == ["MU-01"]


def test_a_translation_sheet_without_codes_is_still_paired_in_order(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "versions.xlsx",
        [
            ("EN", [["Code", "Title", "ECTS"], ["DS-1", "Data stewardship", 5], ["DS-2", "Data ethics", 3]]),
            ("DE", [["Titel"], ["Datenpflege"], ["Datenethik"]]),
        ],
    )
    by_id = _read(path)
    assert by_id["DS-2"]["title"] == {"en": "Data ethics", "de": "Datenethik"}
    assert len(load_file(path)) == 2


def test_a_language_written_with_the_word_for_language_in_any_catalogue_language() -> None:
    from qa_checker.value_reader import code

    named = ["anglų kalba", "английски език", "inglise keel", "angļu valoda", "angol nyelv", "limba engleză"]
    # as a header names it too: with the word's accents and inflections ("angļu valodā", "angol nyelven")
    named += ["angļu valodā", "angol nyelven", "język angielski", "αγγλική γλώσσα"]
    assert {code(text, "languages") for text in named} == {"en"}


def test_a_cycle_named_under_a_level_column_is_the_cycle(tmp_path: Path) -> None:
    """'Grundnivå', 'Avancerad nivå' (Swedish higher education's levels) and 'Bachelor' under 'Nivå' or 'Level' are
    QF-EHEA cycles, not EQF levels that fail as numbers."""
    path = _workbook(
        tmp_path / "kurser.xlsx",
        [
            (
                "Kurser",
                [["Kurskod", "Kursnamn", "Nivå"], ["EDA01", "Data", "Grundnivå"], ["EDA02", "Data", "Avancerad nivå"]],
            ),
        ],
    )
    by_id = _read(path)
    assert by_id["EDA01"]["level"] == {"qf_ehea_cycle": "first"}
    assert by_id["EDA02"]["level"] == {"qf_ehea_cycle": "second"}


def test_a_remarks_column_of_a_catalogue_of_offers_is_no_grade(tmp_path: Path) -> None:
    """'Nota' (Portuguese, Romanian: a remark) in a catalogue of offers is kept under extensions; beside a learner's
    name it is the grade."""
    offers = _workbook(
        tmp_path / "oferta.xlsx",
        [("Oferta", [["Código", "Designação", "ECTS", "Nota"], ["UC1", "Dados", 5, "Nova edição em 2027"]])],
    )
    data = _read(offers)["UC1"]
    assert "grade" not in data and data["extensions"] == {"note": "Nova edição em 2027"}
    credentials = _workbook(
        tmp_path / "notas.xlsx",
        [("Notas", [["Código", "Designação", "Student", "Nota"], ["UC1", "Dados", "Ana Silva", "16"]])],
    )
    assert _read(credentials)["UC1"]["grade"] == "16"
