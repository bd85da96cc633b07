"""Round 13: catalogues whose headings are in the provider's language with the unit in the heading ("Workload
(hours)", "Arbeitsaufwand in ECTS", "Nakład pracy [godz.]", "Tarif (€ TTC)", "Dauer (Wochen)"), whose numbers are
stored as text with thousands separators and units, and workbooks using Excel, LibreOffice and Google Sheets
features: tables (ListObjects) with a totals row under a title block and frozen panes, drop-down lists whose
entries are labels ("EQF 6 – Bachelor"), hyperlinks whose shown text differs from their target, notes on cells,
rich text with bullets and a superscript footnote mark, line breaks in headings, a sheet per language version.

Each file is written here and labelled, before the reader ran on it, with what it must give: every descriptor
row, each value at its cell, and every warning and error at its place; nothing else. Of the 29 files, 8 disagreed
with their labels on the first run. The checker was wrong in 6: a currency beside a note on tax in a heading
("Tarif (€ TTC)"), an awarding body's website heading, hours headed "Zeitstunden", a superscript run read as a
digit ("Data ethics1"), a row of units under the header read as an offering, a Swiss whole amount ("CHF
1'250.–"). The label was wrong in 4 (two of them in files the checker also misread): a note expected for the
template's own "Lists" sheet, which is skipped silently; no warning expected on columns of contact hours and
"Präsenzzeit (h)", though Annex I M7's notional workload counts self-study too, so they are rightly no field;
a title's footnote mark expected to be dropped, where only its faithful reading "Data ethics¹" can be told
from an exponent ("m²"); an outcome's closing semicolon, which the list reader drops. The files after
``excel_shared_rich_strings`` were written after the fixes, as further examples of each class."""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from qa_checker import check_paths
from qa_checker import pointer as jp
from qa_checker.cli import cli
from qa_checker.loaders import tabular
from tests.test_spreadsheets_round10_ods_and_csv import ods, row, typed
from tests.test_spreadsheets_round10_ods_and_csv import s as text_cell

# A value expected at a pointer of a descriptor (named by its source), and the cell it must be located at.
Values = dict[str, tuple[Any, str]]
NBSP, NNBSP = "\u00a0", "\u202f"


@dataclass(frozen=True)
class Catalogue:
    """A file as a program saved it, and what reading it must give: each descriptor's values at their cells
    (descriptors named by their source), and the findings (rule, severity, sheet!cell) of all of them: warnings
    and errors exactly, info notes at least."""

    name: str
    raw: bytes
    rows: dict[str, Values]
    findings: frozenset[tuple[str, str, str]] = field(default_factory=frozenset)


def save(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def sheet_of(book: openpyxl.Workbook, title: str, rows: list[list[Any]], first: bool = True) -> Any:
    sheet = book.active if first else book.create_sheet(title)
    sheet.title = title
    for values in rows:
        sheet.append(values)
    return sheet


def table(sheet: Any, ref: str, names: list[str], totals: bool = False) -> None:
    """An Excel table (ListObject) over ``ref`` as "Format as Table" makes it, with a totals row if asked."""
    made = Table(displayName=f"tbl{sheet.title.replace(' ', '')}", ref=ref)
    made.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    made._initialise_columns()
    for column, name in zip(made.tableColumns, names, strict=True):
        column.name = name
    if totals:
        made.totalsRowCount = 1
        made.tableColumns[0] = TableColumn(id=1, name=names[0], totalsRowLabel="Total")
    sheet.add_table(made)


_INLINE = re.compile(r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is>(.*?)</is></c>', re.DOTALL)


def shared_strings(raw: bytes, runs: dict[str, str]) -> bytes:
    """An openpyxl workbook saved again as Excel saves it: each text in the shared strings (``runs`` gives the
    rich runs Excel writes for some of them, by their plain text), the cells referring to them by index."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    items: list[str] = []

    def index(match: re.Match[str]) -> str:
        plain = re.sub(r"<[^>]+>", "", match.group(3))
        items.append(runs.get(plain, match.group(3)))
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{len(items) - 1}</v></c>'

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name).decode()
            if name.startswith("xl/worksheets/"):
                data = _INLINE.sub(index, data)
            elif name == "[Content_Types].xml":
                data = data.replace(
                    "</Types>",
                    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif name == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    "</Relationships>",
                    '<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
                )
            target.writestr(name, data)
        target.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<sst xmlns="{MAIN}" count="{len(items)}" uniqueCount="{len(items)}">'
            + "".join(f"<si>{item}</si>" for item in items)
            + "</sst>",
        )
    return out.getvalue()


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def load(catalogue: Catalogue) -> list[tabular.Document]:
    if catalogue.name.endswith(".csv"):
        return tabular.load_csv(catalogue.raw, catalogue.name)
    if catalogue.name.endswith(".ods"):
        return tabular.load_ods(catalogue.raw, catalogue.name)
    return tabular.load_xlsx(catalogue.raw, catalogue.name)


def at(data: Any, pointer: str) -> Any:
    node = data
    for token in jp.split(pointer):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


# ---------------------------------------------------------------- the catalogues


def german_table() -> Catalogue:
    """Excel, German: a title block, the header on row 3 of a table with a totals row, panes frozen under it;
    credits and hours typed as text with decimal commas and units, the fee's currency in its heading."""
    book = openpyxl.Workbook()
    names = ["Kurs-Nr.", "Kurstitel", "Arbeitsaufwand in ECTS", "Arbeitsaufwand (Std.)", "Teilnahmegebühr in €"]
    sheet = sheet_of(
        book,
        "Kurse",
        [
            ["Weiterbildungskatalog 2026/27"],
            [],
            names,
            ["DE-101", "Datenethik", "7,5", "187,5 Std.", "1.250,00"],
            ["DE-102", "KI-Recht", 5, 125, 950],
            ["Summe", None, 12.5, 312.5, 2200],
        ],
    )
    table(sheet, "A3:E6", names, totals=True)
    sheet.freeze_panes = "A4"
    return Catalogue(
        "weiterbildung.xlsx",
        save(book),
        {
            "weiterbildung.xlsx [Kurse row 4]": {
                "/id": ("DE-101", "Kurse!A4"),
                "/workload/ects": (7.5, "Kurse!C4"),
                "/workload/hours": (187.5, "Kurse!D4"),
                "/price/amount": (1250, "Kurse!E4"),
                "/price/currency": ("EUR", "Kurse!E4"),
            },
            "weiterbildung.xlsx [Kurse row 5]": {
                "/workload/ects": (5, "Kurse!C5"),
                "/workload/hours": (125, "Kurse!D5"),
                "/price/amount": (950, "Kurse!E5"),
                "/price/currency": ("EUR", "Kurse!E5"),
            },
        },
    )


def polish_units() -> Catalogue:
    """Excel, Polish: units in square brackets, hours with a unit, a fee with a no-break space between thousands."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Kursy",
        [
            ["Kod", "Nazwa kursu", "Punkty ECTS", "Nakład pracy [godz.]", "Opłata [zł]", "Poziom ERK"],
            ["PL-1", "Etyka danych", "5", "150 godz.", f"1{NBSP}200,00", "6"],
            ["PL-2", "Prawo AI", 4, 100, 900, 7],
        ],
    )
    return Catalogue(
        "kursy.xlsx",
        save(book),
        {
            "kursy.xlsx [Kursy row 2]": {
                "/workload/ects": (5, "Kursy!C2"),
                "/workload/hours": (150, "Kursy!D2"),
                "/price/amount": (1200, "Kursy!E2"),
                "/price/currency": ("PLN", "Kursy!E2"),
                "/level/eqf": (6, "Kursy!F2"),
            },
            "kursy.xlsx [Kursy row 3]": {
                "/workload/hours": (100, "Kursy!D3"),
                "/price/amount": (900, "Kursy!E3"),
                "/price/currency": ("PLN", "Kursy!E3"),
                "/level/eqf": (7, "Kursy!F3"),
            },
        },
    )


def french_units() -> Catalogue:
    """Excel, French: thousands grouped with the narrow no-break space French Excel writes, hours "75 h"."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Formations",
        [
            ["Code", "Intitulé", "Crédits ECTS", "Volume horaire (heures)", "Tarif (€ TTC)", "Langue d'enseignement"],
            ["FR-1", "Éthique des données", "3", "75 h", f"1{NNBSP}500,00 €", "Français"],
            ["FR-2", "Droit de l'IA", "2,5", "62,5", f"1{NNBSP}050", "Anglais"],
        ],
    )
    return Catalogue(
        "formations.xlsx",
        save(book),
        {
            "formations.xlsx [Formations row 2]": {
                "/workload/ects": (3, "Formations!C2"),
                "/workload/hours": (75, "Formations!D2"),
                "/price/amount": (1500, "Formations!E2"),
                "/price/currency": ("EUR", "Formations!E2"),
                "/languages": (["fr"], "Formations!F2"),
            },
            "formations.xlsx [Formations row 3]": {
                "/workload/ects": (2.5, "Formations!C3"),
                "/workload/hours": (62.5, "Formations!D3"),
                "/price/amount": (1050, "Formations!E3"),
                "/price/currency": ("EUR", "Formations!E3"),
                "/languages": (["en"], "Formations!F3"),
            },
        },
    )


def spanish_csv() -> Catalogue:
    """Excel "CSV" on a Spanish Windows: semicolons, decimal commas, dotted thousands, the currency in headings."""
    text = (
        "Código;Denominación;Créditos ECTS;Carga de trabajo (horas);Precio (€);Idioma\r\n"
        "ES-1;Ética de datos;6;150;1.200,50;Español\r\n"
        "ES-2;Derecho de la IA;4,5;112,5;850;Inglés\r\n"
    )
    return Catalogue(
        "cursos.csv",
        text.encode("utf-8-sig"),
        {
            "cursos.csv [row 2]": {
                "/workload/ects": (6, "cursos!C2"),
                "/workload/hours": (150, "cursos!D2"),
                "/price/amount": (1200.5, "cursos!E2"),
                "/price/currency": ("EUR", "cursos!E2"),
                "/languages": (["es"], "cursos!F2"),
            },
            "cursos.csv [row 3]": {
                "/workload/ects": (4.5, "cursos!C3"),
                "/workload/hours": (112.5, "cursos!D3"),
                "/price/amount": (850, "cursos!E3"),
            },
        },
    )


def italian_csv() -> Catalogue:
    """Excel "CSV UTF-8", Italian: credits as CFU, hours in the heading "Impegno orario (ore)", a euro prefix."""
    text = (
        "Codice;Titolo;CFU;Impegno orario (ore);Costo (euro);Lingua\r\n"
        "IT-1;Etica dei dati;6;150;€ 1.200,00;Italiano\r\n"
        "IT-2;Diritto dell'IA;3;75;gratuito;Inglese\r\n"
    )
    return Catalogue(
        "corsi.csv",
        text.encode("utf-8-sig"),
        {
            "corsi.csv [row 2]": {
                "/workload/ects": (6, "corsi!C2"),
                "/workload/hours": (150, "corsi!D2"),
                "/price/amount": (1200, "corsi!E2"),
                "/price/currency": ("EUR", "corsi!E2"),
                "/languages": (["it"], "corsi!F2"),
            },
            "corsi.csv [row 3]": {"/workload/ects": (3, "corsi!C3"), "/price/amount": (0, "corsi!E3")},
        },
    )


def dutch_units() -> Catalogue:
    """Excel, Dutch: "Studielast (EC)" and "Studiebelasting (uren)", hours "140 uur", a fee "€ 1.495,00"."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Cursussen",
        [
            ["Cursuscode", "Naam", "Studielast (EC)", "Studiebelasting (uren)", "Prijs (€)", "Voertaal"],
            ["NL-1", "Data-ethiek", 5, "140 uur", "€ 1.495,00", "Nederlands"],
        ],
    )
    return Catalogue(
        "cursussen.xlsx",
        save(book),
        {
            "cursussen.xlsx [Cursussen row 2]": {
                "/workload/ects": (5, "Cursussen!C2"),
                "/workload/hours": (140, "Cursussen!D2"),
                "/price/amount": (1495, "Cursussen!E2"),
                "/price/currency": ("EUR", "Cursussen!E2"),
                "/languages": (["nl"], "Cursussen!F2"),
            }
        },
    )


def english_google_sheets() -> Catalogue:
    """Google Sheets, English: the fee's currency in its heading as a code, typed with its symbol and grouping."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Sheet1",
        [
            ["Course ID", "Course name", "Credits (ECTS)", "Workload (hours)", "Fee (GBP)", "Language of instruction"],
            ["UK-1", "Data ethics", 7.5, 187.5, "£1,250.00", "English"],
            ["UK-2", "AI law", "5", "125 hrs", "1,100", "English"],
        ],
    )
    return Catalogue(
        "courses.xlsx",
        save(book),
        {
            "courses.xlsx [Sheet1 row 2]": {
                "/workload/ects": (7.5, "Sheet1!C2"),
                "/workload/hours": (187.5, "Sheet1!D2"),
                "/price/amount": (1250, "Sheet1!E2"),
                "/price/currency": ("GBP", "Sheet1!E2"),
            },
            "courses.xlsx [Sheet1 row 3]": {
                "/workload/hours": (125, "Sheet1!D3"),
                "/price/amount": (1100, "Sheet1!E3"),
                "/price/currency": ("GBP", "Sheet1!E3"),
            },
        },
    )


def durations_in_weeks() -> Catalogue:
    """A duration in weeks or months named in the heading: the number is that many weeks or months."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Kurse",
        [
            ["Kurs-Nr.", "Titel", "ECTS", "Dauer (Wochen)"],
            ["D-1", "Datenethik", 5, 8],
            ["D-2", "KI-Recht", 5, "6"],
        ],
    )
    sheet_of(
        book,
        "Courses",
        [["Course ID", "Title", "ECTS", "Duration (months)"], ["E-1", "Data law", 5, 3]],
        first=False,
    )
    return Catalogue(
        "dauer.xlsx",
        save(book),
        {
            "dauer.xlsx [Kurse row 2]": {"/participation/schedule/duration": ("P8W", "Kurse!D2")},
            "dauer.xlsx [Kurse row 3]": {"/participation/schedule/duration": ("P6W", "Kurse!D3")},
            "dauer.xlsx [Courses row 2]": {"/participation/schedule/duration": ("P3M", "Courses!D2")},
        },
    )


def line_broken_headings() -> Catalogue:
    """Headings wrapped with Alt+Enter, the unit on the second line, as templates lay out narrow columns."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Offers",
        [
            ["Course\ncode", "Course\ntitle", "ECTS-\nPunkte", "Workload\n(hours)", "Price\n[EUR]", "EQF\nlevel"],
            ["W-1", "Data ethics", 5, 125, 300, 6],
        ],
    )
    return Catalogue(
        "offers.xlsx",
        save(book),
        {
            "offers.xlsx [Offers row 2]": {
                "/id": ("W-1", "Offers!A2"),
                "/title": ("Data ethics", "Offers!B2"),
                "/workload/ects": (5, "Offers!C2"),
                "/workload/hours": (125, "Offers!D2"),
                "/price/amount": (300, "Offers!E2"),
                "/price/currency": ("EUR", "Offers!E2"),
                "/level/eqf": (6, "Offers!F2"),
            }
        },
    )


def dropdown_labels() -> Catalogue:
    """Drop-down lists (data validation) whose entries are labels: "EQF 6 – Bachelor", "On-site (campus)",
    "English (en)"; the lists on a hidden sheet the validation points at."""
    book = openpyxl.Workbook()
    sheet = sheet_of(
        book,
        "Catalogue",
        [
            ["ID", "Title", "EQF level", "Mode of delivery", "Language", "ECTS"],
            ["V-1", "Data ethics", "EQF 6 – Bachelor or equivalent", "On-site (campus)", "English (en)", 5],
            ["V-2", "AI law", "Level 7 - Master", "Online (self-paced)", "Deutsch (de)", 3],
        ],
    )
    lists = sheet_of(
        book,
        "Lists",
        [
            ["EQF 5 – Short cycle", "On-site (campus)", "English (en)"],
            ["EQF 6 – Bachelor or equivalent", "Online (self-paced)", "Deutsch (de)"],
            ["Level 7 - Master", "Blended", "Français (fr)"],
        ],
        first=False,
    )
    lists.sheet_state = "hidden"
    for column, letter in (("C", "A"), ("D", "B"), ("E", "C")):
        rule = DataValidation(type="list", formula1=f"=Lists!${letter}$1:${letter}$3", allow_blank=True)
        rule.add(f"{column}2:{column}200")
        sheet.add_data_validation(rule)
    return Catalogue(
        "dropdowns.xlsx",
        save(book),
        {
            "dropdowns.xlsx [Catalogue row 2]": {
                "/level/eqf": (6, "Catalogue!C2"),
                "/participation/mode": ("onsite", "Catalogue!D2"),
                "/languages": (["en"], "Catalogue!E2"),
            },
            "dropdowns.xlsx [Catalogue row 3]": {
                "/level/eqf": (7, "Catalogue!C3"),
                "/participation/mode": ("online", "Catalogue!D3"),
                "/languages": (["de"], "Catalogue!E3"),
            },
        },
    )


def hyperlinks() -> Catalogue:
    """Links whose shown text differs from their target: a shortened address, "Website", and a title linking to
    a place in the workbook (no web address)."""
    book = openpyxl.Workbook()
    sheet = sheet_of(
        book,
        "Courses",
        [
            ["ID", "Title", "Further information", "Awarding body", "Awarding body website", "ECTS"],
            ["H-1", "Data ethics", "uni.example.eu/kurs", "Uni Example", "Website", 5],
        ],
    )
    sheet_of(book, "Details", [["ID", "Notes"], ["H-1", "Runs each term."]], first=False)
    sheet["C2"].hyperlink = "https://uni.example.eu/kurs?lang=en&id=H-1"
    sheet["E2"].hyperlink = "https://www.uni.example.eu/"
    sheet["B2"].hyperlink = "#Details!A2"
    return Catalogue(
        "links.xlsx",
        save(book),
        {
            "links.xlsx [Courses row 2]": {
                "/title": ("Data ethics", "Courses!B2"),
                "/further_information": ("https://uni.example.eu/kurs?lang=en&id=H-1", "Courses!C2"),
                "/awarding_bodies/0/name": ("Uni Example", "Courses!D2"),
                "/awarding_bodies/0/url": ("https://www.uni.example.eu/", "Courses!E2"),
            }
        },
    )


def notes_on_cells() -> Catalogue:
    """Notes (comments) on a heading and on values: what the cell holds is read, never the note."""
    book = openpyxl.Workbook()
    sheet = sheet_of(
        book,
        "Courses",
        [["ID", "Title", "ECTS", "Workload (hours)"], ["N-1", "Data ethics", None, 125], ["N-2", "AI law", 3, 75]],
    )
    sheet["C1"].comment = Comment("Credits as approved by the senate, e.g. 5", "QA office")
    sheet["C2"].comment = Comment("5 ECTS - pending approval", "J. Doe")
    sheet["D2"].comment = Comment("incl. 40 h self-study", "J. Doe")
    return Catalogue(
        "noted.xlsx",
        save(book),
        {
            "noted.xlsx [Courses row 2]": {"/workload/hours": (125, "Courses!D2")},
            "noted.xlsx [Courses row 3]": {"/workload/ects": (3, "Courses!C3")},
        },
    )


def rich_text_cells() -> Catalogue:
    """Rich text: outcomes under a bold lead-in, one bullet a line; a title with a superscript footnote mark."""
    book = openpyxl.Workbook()
    sheet = sheet_of(book, "Courses", [["ID", "Title", "Learning outcomes", "ECTS"], ["R-1", None, None, 5]])
    sheet["B2"] = CellRichText(["Data ethics", TextBlock(InlineFont(vertAlign="superscript"), "1")])
    sheet["C2"] = CellRichText(
        [
            TextBlock(InlineFont(b=True), "The learner can:"),
            "\n• explain the GDPR principles;\n",
            TextBlock(InlineFont(i=True), "• assess"),
            " the fairness of a model.",
        ]
    )
    sheet.append([])
    sheet.append(["1 Offered jointly with the law faculty."])
    return Catalogue(
        "rich.xlsx",
        save(book),
        {
            "rich.xlsx [Courses row 2]": {
                "/title": ("Data ethics¹", "Courses!B2"),
                "/learning_outcomes/0": ("explain the GDPR principles", "Courses!C2"),
                "/learning_outcomes/1": ("assess the fairness of a model.", "Courses!C2"),
            }
        },
    )


def language_sheets() -> Catalogue:
    """A sheet per language version, each headed in its language, the credits typed in that language's way."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "English",
        [["Course code", "Title", "ECTS", "Learning outcomes"], ["L-1", "Data ethics", 7.5, "Explain the GDPR."]],
    )
    sheet_of(
        book,
        "Deutsch",
        [["Kurscode", "Titel", "ECTS", "Lernergebnisse"], ["L-1", "Datenethik", "7,5", "Die DSGVO erklären."]],
        first=False,
    )
    sheet_of(
        book,
        "Français",
        [
            ["Code du cours", "Intitulé", "ECTS", "Acquis d'apprentissage"],
            ["L-1", "Éthique des données", "7,5", "Expliquer le RGPD."],
        ],
        first=False,
    )
    return Catalogue(
        "versions.xlsx",
        save(book),
        {
            "versions.xlsx [English row 2]": {
                "/title/en": ("Data ethics", "English!B2"),
                "/title/de": ("Datenethik", "Deutsch!B2"),
                "/title/fr": ("Éthique des données", "Français!B2"),
                "/workload/ects": (7.5, "English!C2"),
            }
        },
    )


def google_sheets_header_row5() -> Catalogue:
    """Google Sheets: a logo row, a title and instructions above a header on row 5 frozen under, checkboxes."""
    book = openpyxl.Workbook()
    sheet = sheet_of(
        book,
        "Catalogue 2026",
        [
            [None],
            ["Micro-credential catalogue 2026"],
            ["Fill in one row per offering. Use the drop-downs where given."],
            [],
            ["ID", "Title", "ECTS", "EQF level", "Registered in EQAR"],
            ["G-1", "Data ethics", 5, 6, True],
            ["G-2", "AI law", 3, 7, False],
        ],
    )
    sheet.freeze_panes = "C6"
    return Catalogue(
        "catalogue.xlsx",
        save(book),
        {
            "catalogue.xlsx [Catalogue 2026 row 6]": {
                "/id": ("G-1", "Catalogue 2026!A6"),
                "/level/eqf": (6, "Catalogue 2026!D6"),
                "/quality_assurance/external/eqar_registered": (True, "Catalogue 2026!E6"),
            },
            "catalogue.xlsx [Catalogue 2026 row 7]": {
                "/quality_assurance/external/eqar_registered": (False, "Catalogue 2026!E7"),
            },
        },
    )


def table_right_of_column_a() -> Catalogue:
    """A table (ListObject) starting at B4 under a title, with a totals row and panes frozen at C5; its contact
    hours are not the notional workload (Annex I M7 counts self-study too), so they are no field."""
    book = openpyxl.Workbook()
    names = ["Module", "Module title", "Credit points (ECTS)", "Contact hours"]
    sheet = book.active
    sheet.title = "Modules"
    sheet["B1"] = "Module catalogue – Faculty of Law"
    for column, name in enumerate(names, start=2):
        sheet.cell(row=4, column=column, value=name)
    for number, values in ((5, ["M-1", "Data law", 6, 60]), (6, ["M-2", "AI governance", 4, 45])):
        for column, value in enumerate(values, start=2):
            sheet.cell(row=number, column=column, value=value)
    sheet["B7"], sheet["D7"], sheet["E7"] = "Total", 10, 105
    table(sheet, "B4:E7", names, totals=True)
    sheet.freeze_panes = "C5"
    return Catalogue(
        "modules.xlsx",
        save(book),
        {
            "modules.xlsx [Modules row 5]": {
                "/id": ("M-1", "Modules!B5"),
                "/workload/ects": (6, "Modules!D5"),
            },
            "modules.xlsx [Modules row 6]": {"/workload/ects": (4, "Modules!D6")},
        },
        frozenset(
            {
                ("MC-SS-001", "warning", "Modules!E5"),
                ("MC-SS-001", "warning", "Modules!E6"),
                ("MC-SS-003", "info", "Modules!A7:E7"),
            }
        ),
    )


def numbers_as_text_csv() -> Catalogue:
    """A CSV typed by hand: credits and hours with units and spaces, a fee with a space between thousands."""
    text = (
        "Course ID,Title,Credits,Workload (hours),Fee (EUR)\n"
        'T-1,Data ethics,5 ECTS,"1,200 h","1 250"\n'
        "T-2,AI law,2.5 credits,62.5 hours,EUR 95\n"
    )
    return Catalogue(
        "typed.csv",
        text.encode(),
        {
            "typed.csv [row 2]": {
                "/workload/ects": (5, "typed!C2"),
                "/workload/hours": (1200, "typed!D2"),
                "/price/amount": (1250, "typed!E2"),
                "/price/currency": ("EUR", "typed!E2"),
            },
            "typed.csv [row 3]": {
                "/workload/ects": (2.5, "typed!C3"),
                "/workload/hours": (62.5, "typed!D3"),
                "/price/amount": (95, "typed!E3"),
            },
        },
    )


def workload_columns_named_by_unit() -> Catalogue:
    """Workload headings told apart by their unit alone ("Workload (ECTS)", "Workload (Zeitstunden)"); the time
    in class ("Präsenzzeit (h)") is not the notional workload, so it is no field."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Angebote",
        [
            ["Nr.", "Bezeichnung", "Workload (ECTS)", "Workload (Zeitstunden)", "Präsenzzeit (h)"],
            ["A-1", "Datenethik", "5", "150", "30"],
        ],
    )
    return Catalogue(
        "angebote.xlsx",
        save(book),
        {
            "angebote.xlsx [Angebote row 2]": {
                "/workload/ects": (5, "Angebote!C2"),
                "/workload/hours": (150, "Angebote!D2"),
            }
        },
        frozenset({("MC-SS-001", "warning", "Angebote!E2")}),
    )


# ---------------------------------------------------------------- written after the first run: more of each class


def excel_shared_rich_strings() -> Catalogue:
    """Excel's own save: texts in the shared strings, a subscript in "CO₂", a superscript in "m²" and a
    superscript mark that is no digit ("Data ethics*"), each kept as it shows."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Courses",
        [
            ["ID", "Title", "Summary", "ECTS"],
            ["X-1", "CO2 accounting", "Heat loss per m2 of wall.", 3],
            ["X-2", "Data ethics*", "Offered jointly.", 2],
        ],
    )
    runs = {
        "CO2 accounting": '<r><t>CO</t></r><r><rPr><vertAlign val="subscript"/></rPr><t>2</t></r>'
        '<r><t xml:space="preserve"> accounting</t></r>',
        "Heat loss per m2 of wall.": '<r><t xml:space="preserve">Heat loss per m</t></r>'
        '<r><rPr><vertAlign val="superscript"/></rPr><t>2</t></r><r><t xml:space="preserve"> of wall.</t></r>',
        "Data ethics*": '<r><t>Data ethics</t></r><r><rPr><vertAlign val="superscript"/></rPr><t>*</t></r>',
    }
    return Catalogue(
        "excel.xlsx",
        shared_strings(save(book), runs),
        {
            "excel.xlsx [Courses row 2]": {
                "/title": ("CO₂ accounting", "Courses!B2"),
                "/summary": ("Heat loss per m² of wall.", "Courses!C2"),
            },
            "excel.xlsx [Courses row 3]": {"/title": ("Data ethics*", "Courses!B3")},
        },
    )


def german_csv_with_tax_and_homepage() -> Catalogue:
    """A German CSV: the fee's heading notes the tax beside its currency, the university's homepage and the
    workload in clock hours headed by the English "Workload"."""
    text = (
        "Kurs-Nr.;Titel;ECTS;Kursgebühr (EUR inkl. MwSt.);Hochschule;Homepage Hochschule;Workload (Zeitstunden)\r\n"
        "K-1;Datenethik;5;490,00;TH Beispiel;https://www.th-beispiel.de;150\r\n"
    )
    return Catalogue(
        "kurse.csv",
        text.encode("utf-8-sig"),
        {
            "kurse.csv [row 2]": {
                "/price/amount": (490, "kurse!D2"),
                "/price/currency": ("EUR", "kurse!D2"),
                "/awarding_bodies/0/name": ("TH Beispiel", "kurse!E2"),
                "/awarding_bodies/0/url": ("https://www.th-beispiel.de", "kurse!F2"),
                "/workload/hours": (150, "kurse!G2"),
            }
        },
    )


def french_csv_site_web() -> Catalogue:
    """A French CSV: "Site web de l'établissement", a fee "(€ HT)"."""
    text = (
        "Code;Intitulé;Établissement;Site web de l'établissement;Tarif (€ HT);Volume horaire (heures)\r\n"
        "F-1;Cybersécurité;Université Exemple;https://www.univ-exemple.fr;1 200;30\r\n"
    )
    return Catalogue(
        "catalogue_fr.csv",
        text.encode("utf-8"),
        {
            "catalogue_fr.csv [row 2]": {
                "/awarding_bodies/0/url": ("https://www.univ-exemple.fr", "catalogue_fr!D2"),
                "/price/amount": (1200, "catalogue_fr!E2"),
                "/price/currency": ("EUR", "catalogue_fr!E2"),
                "/workload/hours": (30, "catalogue_fr!F2"),
            }
        },
    )


def dutch_klokuren() -> Catalogue:
    """A Dutch workbook: "Studielast (klokuren)", "Website instelling", "Prijs (EUR, incl. btw)"."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Aanbod",
        [
            [
                "Cursuscode",
                "Naam",
                "Studiepunten",
                "Studielast (klokuren)",
                "Instelling",
                "Website instelling",
                "Prijs (EUR, incl. btw)",
            ],
            ["A-1", "Privacyrecht", 3, 84, "Hogeschool Voorbeeld", "https://www.hsv.nl", 750],
        ],
    )
    return Catalogue(
        "aanbod.xlsx",
        save(book),
        {
            "aanbod.xlsx [Aanbod row 2]": {
                "/workload/ects": (3, "Aanbod!C2"),
                "/workload/hours": (84, "Aanbod!D2"),
                "/awarding_bodies/0/url": ("https://www.hsv.nl", "Aanbod!F2"),
                "/price/amount": (750, "Aanbod!G2"),
                "/price/currency": ("EUR", "Aanbod!G2"),
            }
        },
    )


def two_currencies_in_a_heading() -> Catalogue:
    """A heading naming two currencies gives neither: the amount is read, its currency is not guessed."""
    book = openpyxl.Workbook()
    sheet_of(book, "Courses", [["ID", "Title", "ECTS", "Price (EUR or CHF)"], ["P-1", "Data ethics", 5, 300]])
    return Catalogue(
        "prices.xlsx",
        save(book),
        {"prices.xlsx [Courses row 2]": {"/price/amount": (300, "Courses!D2")}},
    )


def spanish_dropdowns() -> Catalogue:
    """Drop-downs of a Spanish template: "Nivel 6 (Grado)", "Semipresencial", "Castellano"."""
    book = openpyxl.Workbook()
    sheet = sheet_of(
        book,
        "Oferta",
        [
            ["Código", "Denominación", "Créditos ECTS", "Nivel MEC", "Modalidad", "Idioma"],
            ["S-1", "Ética de datos", 6, "Nivel 6 (Grado)", "Semipresencial", "Castellano"],
        ],
    )
    rule = DataValidation(type="list", formula1='"Presencial,Semipresencial,En línea"', allow_blank=True)
    rule.add("E2:E500")
    sheet.add_data_validation(rule)
    return Catalogue(
        "oferta.xlsx",
        save(book),
        {
            "oferta.xlsx [Oferta row 2]": {
                "/level/eqf": (6, "Oferta!D2"),
                "/participation/mode": ("blended", "Oferta!E2"),
                "/languages": (["es"], "Oferta!F2"),
            }
        },
    )


def table_totals_as_formulas() -> Catalogue:
    """A table whose totals row holds SUBTOTAL formulas a script wrote without saved results: the totals row
    is no offering and no formula of it an error."""
    book = openpyxl.Workbook()
    names = ["ID", "Title", "ECTS", "Hours"]
    sheet = sheet_of(
        book,
        "Courses",
        [
            names,
            ["T-1", "Data ethics", 5, 125],
            ["T-2", "AI law", 3, 75],
            ["Total", None, "=SUBTOTAL(109,tblCourses[ECTS])", "=SUBTOTAL(109,tblCourses[Hours])"],
        ],
    )
    table(sheet, "A1:D4", names, totals=True)
    return Catalogue(
        "totals.xlsx",
        save(book),
        {
            "totals.xlsx [Courses row 2]": {"/workload/ects": (5, "Courses!C2")},
            "totals.xlsx [Courses row 3]": {"/workload/hours": (75, "Courses!D3")},
        },
    )


def units_row_under_the_header() -> Catalogue:
    """A row of units under the header ("[ECTS]", "[h]", "[€]"), as engineering faculties lay out tables: it is
    part of the header, not an offering, and its currency is the fee's."""
    book = openpyxl.Workbook()
    sheet_of(
        book,
        "Module",
        [
            ["Modul-Nr.", "Modultitel", "Leistungspunkte", "Arbeitsaufwand", "Teilnahmegebühr"],
            [None, None, "[ECTS]", "[h]", "[€]"],
            ["U-1", "Regelungstechnik", 5, 150, 400],
        ],
    )
    return Catalogue(
        "module.xlsx",
        save(book),
        {
            "module.xlsx [Module row 3]": {
                "/workload/ects": (5, "Module!C3"),
                "/workload/hours": (150, "Module!D3"),
                "/price/amount": (400, "Module!E3"),
                "/price/currency": ("EUR", "Module!E3"),
            }
        },
    )


def polish_ods() -> Catalogue:
    """LibreOffice, Polish: typed float cells under "Nakład pracy [godz.]" and "Opłata [zł brutto]"."""
    raw = ods(
        row(
            text_cell("Kod"),
            text_cell("Nazwa"),
            text_cell("Punkty ECTS"),
            text_cell("Nakład pracy [godz.]"),
            text_cell("Opłata [zł brutto]"),
        ),
        row(
            text_cell("O-1"),
            text_cell("Etyka danych"),
            typed("float", 'office:value="4"', "4"),
            typed("float", 'office:value="120"', "120"),
            typed("float", 'office:value="1500"', "1 500,00"),
        ),
    )
    return Catalogue(
        "oferta.ods",
        raw,
        {
            "oferta.ods [Courses row 2]": {
                "/workload/ects": (4, "Courses!C2"),
                "/workload/hours": (120, "Courses!D2"),
                "/price/amount": (1500, "Courses!E2"),
                "/price/currency": ("PLN", "Courses!E2"),
            }
        },
    )


def swiss_csv() -> Catalogue:
    """A Swiss CSV: thousands grouped with an apostrophe, a whole amount's dash, "Kosten (CHF)"."""
    text = 'Kurs-ID,Titel,ECTS,Kosten (CHF),Arbeitsaufwand (Std.)\r\nCH-1,Datenethik,3,"CHF 1\'250.–",90\r\n'
    return Catalogue(
        "kurse_ch.csv",
        text.encode("utf-8"),
        {
            "kurse_ch.csv [row 2]": {
                "/price/amount": (1250, "kurse_ch!D2"),
                "/price/currency": ("CHF", "kurse_ch!D2"),
                "/workload/hours": (90, "kurse_ch!E2"),
            }
        },
    )


def units_row_csv() -> Catalogue:
    """A CSV with units in parentheses under the header, one under a heading that names no unit alone
    ("Workload" over "(hours)"), and a Swiss whole amount after a decimal point."""
    text = "Course code;Title;Credits;Workload;Fee\n;;(ECTS);(hours);in CHF\nC-1;Data ethics;5;150;450.–\n"
    return Catalogue(
        "units.csv",
        text.encode(),
        {
            "units.csv [row 3]": {
                "/workload/ects": (5, "units!C3"),
                "/workload/hours": (150, "units!D3"),
                "/price/amount": (450, "units!E3"),
                "/price/currency": ("CHF", "units!E3"),
            }
        },
    )


CATALOGUES = [
    german_table,
    polish_units,
    french_units,
    spanish_csv,
    italian_csv,
    dutch_units,
    english_google_sheets,
    durations_in_weeks,
    line_broken_headings,
    dropdown_labels,
    hyperlinks,
    notes_on_cells,
    rich_text_cells,
    language_sheets,
    google_sheets_header_row5,
    table_right_of_column_a,
    numbers_as_text_csv,
    workload_columns_named_by_unit,
    excel_shared_rich_strings,
    german_csv_with_tax_and_homepage,
    french_csv_site_web,
    dutch_klokuren,
    two_currencies_in_a_heading,
    spanish_dropdowns,
    table_totals_as_formulas,
    units_row_under_the_header,
    polish_ods,
    swiss_csv,
    units_row_csv,
]


@pytest.mark.parametrize("make", CATALOGUES, ids=lambda make: make.__name__)
def test_each_catalogue_gives_its_labelled_values_at_their_cells(make):
    catalogue = make()
    documents = load(catalogue)
    read = {d.source: d for d in documents if d.data is not None}
    assert sorted(read) == sorted(catalogue.rows), [d.source for d in documents]
    for source, values in catalogue.rows.items():
        document = read[source]
        for pointer, (value, cell) in values.items():
            assert at(document.data, pointer) == value, (source, pointer, document.data)
            origin = document.origin_for(pointer)
            assert origin is not None and origin.label() == cell, (source, pointer, origin)
    found = {(f.rule, f.severity.value, f.origin.label() if f.origin else "") for d in documents for f in d.findings}
    assert catalogue.findings <= found, found
    serious = {f for f in found if f[1] in ("error", "warning")}
    assert serious == {f for f in catalogue.findings if f[1] in ("error", "warning")}, found


@pytest.mark.parametrize("make", CATALOGUES, ids=lambda make: make.__name__)
def test_every_finding_of_a_check_names_its_sheet_and_cell(make, tmp_path):
    catalogue = make()
    path = tmp_path / catalogue.name
    path.write_bytes(catalogue.raw)
    report = check_paths([path], now="2026-06-01")
    unplaced = [
        (result.source, finding.rule, str(finding.message))
        for result in report.results
        for finding in result.findings
        if finding.origin is None or not finding.origin.sheet or not (finding.origin.cell or finding.origin.row)
    ]
    assert not unplaced, unplaced


def test_the_command_line_reports_the_german_table_with_cells(tmp_path):
    catalogue = german_table()
    path = tmp_path / catalogue.name
    path.write_bytes(catalogue.raw)
    report = json.loads(CliRunner().invoke(cli, ["check", str(path), "--format", "json"]).output)
    sources = sorted(result["source"] for result in report["results"])
    assert sources == ["weiterbildung.xlsx [Kurse row 4]", "weiterbildung.xlsx [Kurse row 5]"]
    cells = [
        finding.get("origin", {}).get("cell")
        for result in report["results"]
        for finding in result["findings"]
        if finding.get("origin")
    ]
    assert cells and all(re.fullmatch(r"[A-Z]+\d+(?::[A-Z]+\d+)?", cell or "") for cell in cells), cells
