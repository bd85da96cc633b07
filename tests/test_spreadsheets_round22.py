"""Catalogues of round 22: each test fails on the reader before the round's fixes."""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular
from qa_checker.loaders.columns import ColumnResolver, header_language

HEAD = "Course code,Title,ECTS,{level},Language,Awarding body,Country\n"


def _rows(text: str) -> list[tabular.Document]:
    return tabular.load_csv(text.encode(), "katalog.csv")


@pytest.mark.parametrize("header", ["Nivel CNC", "DQR-Niveau", "Úroveň NKR", "NQR-Niveau"])
def test_an_eqf_level_under_a_national_level_header_is_the_eqf_level(header: str) -> None:
    (document,) = _rows(HEAD.format(level=header) + "MC-1,Data analysis,5,EQF 7,en,Institute,IE\n")
    assert document.data["level"] == {"eqf": 7}
    assert any("names an EQF level" in f.message for f in document.findings)


def test_a_national_level_in_roman_numerals_is_its_number() -> None:
    (lithuanian,) = _rows(HEAD.format(level="LTKS lygis") + "MC-1,Duomenų analizė,5,VI,lt,KTU,LT\n")
    assert lithuanian.data["level"]["nqf"] == {"level": "6", "framework": "LTKS"}


@pytest.mark.parametrize("total", ["Celkem", "I alt", "Összesen", "Yhteensä", "Ukupno", "Iš viso"])
def test_a_totals_row_in_the_countrys_language_is_no_course(total: str) -> None:
    text = HEAD.format(level="EQF level") + "MC-1,Data analysis,5,6,en,Institute,IE\n" + f",{total},5,,,,\n"
    documents = _rows(text)
    assert [d.data.get("title") for d in documents] == ["Data analysis"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Emnekode", "id"),
        ("Emnenavn", "title"),
        ("Studiepoeng", "workload.ects"),
        ("Læringsutbytte", "learning_outcomes"),
        ("Lehrveranstaltung", "title"),
        ("Gesamtstunden", "workload.hours"),
        ("Abhaltungsform", "participation.mode"),
        ("MQF Level", "level.nqf.level"),
        ("Total Learning Hours", "workload.hours"),
        ("Títol", "title"),
        ("Data d'inici", "participation.schedule.start"),
        ("Resultados de aprendizaxe", "learning_outcomes"),
    ],
)
def test_headers_of_norwegian_austrian_maltese_catalan_and_galician_catalogues(header: str, field: str) -> None:
    found = ColumnResolver({}).resolve(header)
    assert found is not None and found.dotted == field


def test_a_plain_title_beside_one_named_in_the_headers_language_is_in_that_language() -> None:
    text = (
        "Kursnummer,Titel,Titel (Englisch),ECTS,Anbieter,Land\n"
        "K-1,Datenethik für die Verwaltung,Data ethics for public administration,5,Hochschule Musterstadt,DE\n"
    )
    (document,) = _rows(text)
    assert document.data["title"] == {
        "de": "Datenethik für die Verwaltung",
        "en": "Data ethics for public administration",
    }


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("Titel (Englisch)", "de"),
        ("Title (German)", "en"),
        ("Titre (anglais)", "fr"),
        ("Titolo in inglese", "it"),
        ("Titel Engels", "nl"),
        ("Teideal (Gaeilge)", None),
        ("Title (English)", None),
    ],
)
def test_a_header_naming_another_language_tells_its_own(header: str, language: str | None) -> None:
    assert header_language(header) == language


def test_a_finding_on_a_value_points_at_the_cell_that_gave_it_not_at_an_empty_one_of_its_field() -> None:
    from qa_checker.api import check_documents

    documents = _rows("Code,Title,Price,Fee\nX-1,Data ethics,,five hundred\n")
    (result,) = check_documents(documents, now="2026-11-29").results
    (finding,) = [f for f in result.findings if f.pointer == "/price/amount"]
    assert finding.origin is not None and finding.origin.cell == "D2"


@pytest.mark.parametrize(("sheet", "header"), [("Sheet3", ("Code", "Name")), ("Sąrašai", ("Kodas", "Pavadinimas"))])
def test_a_hidden_sheet_of_codes_and_names_beside_the_catalogue_is_a_dropdown_list(
    sheet: str, header: tuple[str, str]
) -> None:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    courses = book.active
    courses.title = "Courses"
    courses.append(["Course code", "Title", "ECTS", "EQF level", "Language", "Awarding body", "Country"])
    courses.append(["MC-1", "Data analysis", 5, 6, "en", "Institute", "IE"])
    lists = book.create_sheet(sheet)
    lists.append(list(header))
    lists.append(["LT", "Lietuva"])
    lists.append(["LV", "Latvija"])
    lists.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)

    documents = tabular.load_xlsx(buffer.getvalue(), "catalogue.xlsx")
    assert [d.data.get("title") for d in documents] == ["Data analysis"]
    assert any(f"sheet '{sheet}' lists codes of a vocabulary" in f.message for d in documents for f in d.findings)


@pytest.mark.parametrize("mask", ["[dd.mm.gggg.]", "pp.kk.vvvv", "éééé.mm.dd"])
def test_a_row_of_units_and_date_masks_under_the_header_is_no_course(mask: str) -> None:
    text = (
        "Šifra predmeta,Naziv predmeta,ECTS bodovi,Broj sati,Razina HKO,Jezik izvođenja,Datum početka,Datum završetka\n"
        f",,[ECTS],[sati],,,{mask},{mask}\n"
        "VERN-1,Razvoj web aplikacija,6,150,HKO 6,hrvatski,2027-01-15,2027-04-30\n"
    )
    (document,) = _rows(text)
    assert document.data["id"] == "VERN-1"


@pytest.mark.parametrize(
    ("cell", "languages"),
    [
        ("Ελληνικά και Αγγλικά", ["el", "en"]),
        ("български и английски", ["bg", "en"]),
        ("slovenščina in angleščina", ["sl", "en"]),
        ("Malti u Ingliż", ["mt", "en"]),
        ("Gaeilge agus Béarla", ["ga", "en"]),
    ],
)
def test_two_languages_joined_by_the_word_for_and_of_their_country(cell: str, languages: list[str]) -> None:
    (document,) = _rows(f"Title,Language\nData,{cell}\n")
    assert document.data["languages"] == languages


@pytest.mark.parametrize(
    ("column", "cell", "field", "value"),
    [
        ("Mode", "μικτή", "participation", {"mode": "blended"}),
        ("Mode", "nappali", "participation", {"mode": "onsite"}),
        ("Mode", "nuotolinė", "participation", {"mode": "online"}),
        ("Mode", "samlingsbasert", "participation", {"mode": "blended"}),
        ("Assessment", "portfólió", "assessment", {"types": ["portfolio"]}),
        ("Assessment", "skriftlig opgave", "assessment", {"types": ["marked-assignment"]}),
        ("Assessment", "mappevurdering", "assessment", {"types": ["portfolio"]}),
    ],
)
def test_modes_and_assessments_in_the_words_of_their_country(column: str, cell: str, field: str, value: object) -> None:
    (document,) = _rows(f"Title,{column}\nData,{cell}\n")
    assert document.data[field] == value


@pytest.mark.parametrize(("cell", "amount"), [("12.500 kr.", 12500), ("kr 4 500", 4500), ("4.500,- kr", 4500)])
def test_a_price_in_crowns_takes_its_currency_from_the_header(cell: str, amount: int) -> None:
    (document,) = _rows(f'Kursuskode,Kursusnavn,Pris (DKK)\nEK-1,Projektledelse,"{cell}"\n')
    assert document.data["price"] == {"amount": amount, "currency": "DKK"}


def test_a_price_of_nothing_with_a_note_on_who_pays_it_is_nothing() -> None:
    (document,) = _rows('Code,Title,Fee\nX-1,Data,"€0 (ESF+ funded)"\n')
    assert document.data["price"] == {"amount": 0, "currency": "EUR"}


def test_a_hidden_sheet_of_offerings_whose_ids_look_like_codes_is_read() -> None:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    courses = book.active
    courses.title = "Courses"
    courses.append(["Course code", "Title", "ECTS", "EQF level", "Language", "Awarding body", "Country"])
    courses.append(["MC-1", "Data analysis", 5, 6, "en", "Institute", "IE"])
    archive = book.create_sheet("Archive")
    archive.append(["id", "Title"])
    archive.append(["DE", "Deutsch für Pflegekräfte"])
    archive.append(["FR", "Français des affaires"])
    archive.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)

    documents = tabular.load_xlsx(buffer.getvalue(), "catalogue.xlsx")
    assert [d.data.get("title") for d in documents] == [
        "Data analysis",
        "Deutsch für Pflegekräfte",
        "Français des affaires",
    ]


def test_a_price_in_crowns_under_a_column_of_another_currency_is_kept_and_told() -> None:
    (document,) = _rows('Code,Title,Price (EUR)\nX-1,Data,"12.500 kr."\n')
    assert document.data["price"]["amount"] == "12.500 kr."
    assert any("is in crowns, but the column's currency is EUR" in f.message for f in document.findings)
