"""Round 12: catalogues saved as CSV the way people and programs really save them: Excel's "CSV UTF-8" and plain
"CSV" in each EU locale (semicolons, decimal commas, a Windows code page, a byte-order mark or none), Excel for
Mac, "Unicode Text", Google Sheets and Numbers, a title above the header, a second header row in the national
language, thousands of empty columns, tabs and pipes in a file named .csv, quoted line breaks, a hand-written
file with a space after each comma, and a file cut off inside a quote.

Each file is written here and labelled with what it must give: every descriptor row, each value at its cell,
and every warning and error at its place (an info note only where labelled); nothing else."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from qa_checker import pointer as jp
from qa_checker.findings import Severity
from qa_checker.loaders import tabular

# A value expected at a pointer of a row's descriptor, and the cell it must be located at.
Values = dict[str, tuple[Any, str]]


@dataclass(frozen=True)
class Export:
    """A file as a program saved it, and what reading it must give: the rows' values at their cells, and the
    findings (rule, severity, where) of all its rows; warnings and errors exactly, info notes at least."""

    name: str
    raw: bytes
    rows: dict[int, Values]
    findings: frozenset[tuple[str, str, str]] = field(default_factory=frozenset)


def _row(source: str) -> int:
    found = re.search(r"row (\d+)\]$", source)
    assert found is not None, source
    return int(found.group(1))


def _at(data: Any, pointer: str) -> Any:
    node = data
    for token in jp.split(pointer):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def check(documents: list[tabular.Document], export: Export) -> None:
    """Every labelled row read, each value at its cell, no other row; the labelled findings, and no warning or
    error besides them."""
    read = {_row(d.source): d for d in documents if d.data is not None}
    assert sorted(read) == sorted(export.rows), [d.source for d in documents]
    for number, values in export.rows.items():
        document = read[number]
        for pointer, (value, cell) in values.items():
            assert _at(document.data, pointer) == value, (number, pointer, document.data)
            origin = document.origin_for(pointer)
            assert origin is not None and origin.label() == cell, (number, pointer, origin)
    found = {(f.rule, f.severity.value, f.origin.label() if f.origin else "") for d in documents for f in d.findings}
    assert export.findings <= found, found
    serious = {f for f in found if f[1] in (Severity.ERROR.value, Severity.WARNING.value)}
    assert serious == {f for f in export.findings if f[1] in ("error", "warning")}, found


def read(export: Export) -> list[tabular.Document]:
    return tabular.load_csv(export.raw, export.name)


GUESSED = ("MC-SS-002", "warning")  # the note naming the code page a file that is not UTF-8 was read in
OUTCOMES_DE = "Erklärt die Grundsätze der DSGVO.\nBewertet die Fairness eines Modells."

EXPORTS = [
    # Excel "CSV UTF-8" on a German Windows: a byte-order mark, semicolons, decimal commas, quoted line breaks.
    Export(
        "kurse_de.csv",
        (
            "\ufeffKursnummer;Titel;ECTS;Lernergebnisse;Unterrichtssprache;Beginn\r\n"
            f'DE-101;Datenethik;7,5;"{OUTCOMES_DE}";Deutsch;15.09.2026\r\n'
            "DE-102;Statistik;5;Wendet Tests an.;Englisch;01.10.2026\r\n"
        ).encode(),
        {
            2: {
                "/id": ("DE-101", "kurse_de!A2"),
                "/workload/ects": (7.5, "kurse_de!C2"),
                "/learning_outcomes/1": ("Bewertet die Fairness eines Modells.", "kurse_de!D2"),
                "/languages": (["de"], "kurse_de!E2"),
                "/participation/schedule/start": ("2026-09-15", "kurse_de!F2"),
            },
            3: {"/workload/ects": (5, "kurse_de!C3"), "/languages": (["en"], "kurse_de!E3")},
        },
    ),
    # Excel "CSV" on a French Windows: Windows-1252, no-break spaces grouping thousands, dates day first.
    Export(
        "formations.csv",
        (
            "Code du cours;Intitulé;ECTS;Prix;Date de début\r\n"
            "FR-1;Éthique des données;7,5;1\u00a0250,00 €;15/09/2026\r\n"
            "FR-2;Statistique appliquée;3;450,00 €;03/10/2026\r\n"
        ).encode("cp1252"),
        {
            2: {
                "/title": ("Éthique des données", "formations!B2"),
                "/workload/ects": (7.5, "formations!C2"),
                "/price/amount": (1250, "formations!D2"),
                "/participation/schedule/start": ("2026-09-15", "formations!E2"),
            },
            3: {
                "/price/amount": (450, "formations!D3"),
                "/participation/schedule/start": ("2026-10-03", "formations!E3"),
            },
        },
        frozenset({(*GUESSED, "formations!B1")}),
    ),
    # Excel "CSV" on a Polish Windows: Windows-1250.
    Export(
        "przedmioty.csv",
        (
            "Kod przedmiotu;Nazwa przedmiotu;Punkty ECTS;Efekty uczenia się;Data rozpoczęcia\r\n"
            'PL-1;Etyka danych;4,5;"Zna zasady RODO.\r\nOcenia źródła danych.";15.09.2026\r\n'
        ).encode("cp1250"),
        {
            2: {
                "/title": ("Etyka danych", "przedmioty!B2"),
                "/workload/ects": (4.5, "przedmioty!C2"),
                "/learning_outcomes/1": ("Ocenia źródła danych.", "przedmioty!D2"),
                "/participation/schedule/start": ("2026-09-15", "przedmioty!E2"),
            }
        },
        frozenset({(*GUESSED, "przedmioty!D1")}),
    ),
    # Excel "CSV" on a Czech Windows: Windows-1250 too.
    Export(
        "predmety.csv",
        (
            "Kód předmětu;Název předmětu;ECTS;Výsledky učení\r\n"
            "CZ-1;Etika dat;5;Student vysvětlí zásady ochrany osobních údajů.\r\n"
            "CZ-2;Statistika;4;Student použije testy hypotéz.\r\n"
        ).encode("cp1250"),
        {
            2: {"/title": ("Etika dat", "predmety!B2"), "/workload/ects": (5, "predmety!C2")},
            3: {"/learning_outcomes/0": ("Student použije testy hypotéz.", "predmety!D3")},
        },
        frozenset({(*GUESSED, "predmety!A1")}),
    ),
    # Excel "CSV" on a Hungarian Windows: Windows-1250, dates year first closed with dots.
    Export(
        "targyak.csv",
        ("Tantárgykód;Tantárgy neve;Kredit;Kezdés dátuma\r\nHU-1;Adatetika és őszinteség;5;2026. 09. 15.\r\n").encode(
            "cp1250"
        ),
        {
            2: {
                "/title": ("Adatetika és őszinteség", "targyak!B2"),
                "/participation/schedule/start": ("2026-09-15", "targyak!D2"),
            }
        },
        frozenset({(*GUESSED, "targyak!A1")}),
    ),
    # Excel "CSV" on a Lithuanian and a Latvian Windows: Windows-1257.
    Export(
        "dalykai.csv",
        "Dalyko kodas;Dalyko pavadinimas;ECTS\r\nLT-1;Duomenų etika;5\r\nLT-2;Statistikos pagrindai;6\r\n".encode(
            "cp1257"
        ),
        {2: {"/title": ("Duomenų etika", "dalykai!B2")}, 3: {"/workload/ects": (6, "dalykai!C3")}},
        frozenset({(*GUESSED, "dalykai!B2")}),
    ),
    Export(
        "kursi.csv",
        (
            "Kursa kods;Kursa nosaukums;ECTS;Studiju rezultāti\r\n"
            "LV-1;Datu ētika;7,5;Izskaidro personas datu aizsardzības principus.\r\n"
            "LV-2;Mašīnmācīšanās pamati;5;Novērtē modeļa kļūdas.\r\n"
        ).encode("cp1257"),
        {2: {"/title": ("Datu ētika", "kursi!B2"), "/workload/ects": (7.5, "kursi!C2")}, 3: {}},
        frozenset({(*GUESSED, "kursi!D1")}),
    ),
    # One word beyond ASCII reads as Latvian in Windows-1257 and as French in Windows-1252 ("çtika"): the file is
    # refused at that word's line, naming both readings, rather than guessed.
    Export(
        "kursi_short.csv",
        "Kursa kods;Kursa nosaukums;ECTS\r\nLV-1;Datu ētika;7,5\r\n".encode("cp1257"),
        {},
        frozenset({("MC-LD-001", "error", "kursi_short!B2")}),
    ),
    # Excel "CSV" on a Greek Windows: Windows-1253.
    Export(
        "mathimata.csv",
        "Κωδικός μαθήματος;Τίτλος μαθήματος;ECTS\r\nGR-1;Ηθική των δεδομένων;5\r\n".encode("cp1253"),
        {2: {"/title": ("Ηθική των δεδομένων", "mathimata!B2"), "/workload/ects": (5, "mathimata!C2")}},
        frozenset({(*GUESSED, "mathimata!A1")}),
    ),
    # Excel "CSV UTF-8" in Swedish, Dutch, Italian and Spanish: each its own dates.
    Export(
        "kurser.csv",
        "\ufeffKurskod;Kursnamn;Högskolepoäng;Startdatum\r\nSE-1;Dataetik;7,5;2026-09-15\r\n".encode(),
        {2: {"/workload/ects": (7.5, "kurser!C2"), "/participation/schedule/start": ("2026-09-15", "kurser!D2")}},
    ),
    Export(
        "cursussen.csv",
        "\ufeffCursuscode;Cursusnaam;ECTS;Startdatum\r\nNL-1;Data-ethiek;5;15-9-2026\r\nNL-2;Statistiek;3;1-10-2026\r\n".encode(),
        {
            2: {"/participation/schedule/start": ("2026-09-15", "cursussen!D2")},
            3: {"/participation/schedule/start": ("2026-10-01", "cursussen!D3")},
        },
    ),
    Export(
        "corsi.csv",
        "\ufeffCodice corso;Titolo;ECTS;Data di inizio\r\nIT-1;Etica dei dati;6;15/09/2026\r\nIT-2;Statistica;6;01/10/2026\r\n".encode(),
        {
            2: {"/participation/schedule/start": ("2026-09-15", "corsi!D2")},
            # after a date that can only be day first, the column's dates are read day first
            3: {"/participation/schedule/start": ("2026-10-01", "corsi!D3")},
        },
    ),
    Export(
        "cursos.csv",
        "\ufeffCódigo del curso;Título;ECTS;Fecha de inicio\r\nES-1;Ética de datos;3;1 de octubre de 2026\r\n".encode(),
        {2: {"/title": ("Ética de datos", "cursos!B2"), "/participation/schedule/start": ("2026-10-01", "cursos!D2")}},
    ),
    # Excel "CSV" on a US Windows: commas, month first; a quoted title holding a comma.
    Export(
        "courses_us.csv",
        b'Course code,Course title,ECTS,Start date\r\nUS-1,"Data, ethics and law",5,9/15/2026\r\n',
        {
            2: {
                "/title": ("Data, ethics and law", "courses_us!B2"),
                "/participation/schedule/start": ("2026-09-15", "courses_us!D2"),
            }
        },
    ),
    # Excel for Mac's "CSV": Mac Roman, lines ended by a carriage return alone.
    Export(
        "kurse_mac.csv",
        "ID;Titel;ECTS\rM-1;Datenethik für Ärzte;5\rM-2;Lernanalytik;4\r".encode("mac_roman"),
        {2: {"/title": ("Datenethik für Ärzte", "kurse_mac!B2")}, 3: {"/workload/ects": (4, "kurse_mac!C3")}},
        frozenset({(*GUESSED, "kurse_mac!B2")}),
    ),
    # Excel's "Unicode Text": UTF-16 with its mark, tab-separated, named .csv.
    Export(
        "unicode.csv",
        "ID\tTitle\tECTS\tHours\r\nU-1\tData ethics\t7,5\t187,5\r\n".encode("utf-16"),
        {2: {"/workload/ects": (7.5, "unicode!C2"), "/workload/hours": (187.5, "unicode!D2")}},
    ),
    # Google Sheets: commas, UTF-8 without a mark, TRUE, a currency as shown, an error where a lookup failed.
    Export(
        "Catalogue - Courses.csv",
        (
            "ID,Title,ECTS,quality_assurance.external.eqar_registered,Price\r\n"
            'G-1,Data ethics,7.5,TRUE,"€1,250.00"\r\n'
            "G-2,Statistics,#REF!,FALSE,€0.00\r\n"
        ).encode(),
        {
            2: {
                "/quality_assurance/external/eqar_registered": (True, "Catalogue - Courses!D2"),
                "/price/amount": (1250, "Catalogue - Courses!E2"),
            },
            3: {"/title": ("Statistics", "Catalogue - Courses!B3"), "/price/amount": (0, "Catalogue - Courses!E3")},
        },
        frozenset({("MC-SS-002", "error", "Catalogue - Courses!C3")}),
    ),
    # Numbers: the table's name on the line above the header.
    Export(
        "Sheet 1-Table 1.csv",
        b"Table 1\nID,Title,ECTS\nN-1,Data ethics,5\nN-2,Statistics,4\n",
        {3: {"/id": ("N-1", "Sheet 1-Table 1!A3")}, 4: {"/workload/ects": (4, "Sheet 1-Table 1!C4")}},
    ),
    # Excel's sep= first line after a byte-order mark.
    Export(
        "sep.csv",
        "\ufeffsep=;\r\nID;Title;ECTS\r\nS-1;Data, ethics;7,5\r\n".encode(),
        {2: {"/title": ("Data, ethics", "sep!B2"), "/workload/ects": (7.5, "sep!C2")}},
    ),
    # A title and an empty line above the header on row 3, padded with delimiters as Excel writes them.
    Export(
        "katalog.csv",
        b"Kurskatalog Wintersemester 2026/27;;;\r\n;;;\r\nID;Titel;ECTS;Sprache\r\nK-1;Datenethik;5;de\r\n",
        {4: {"/id": ("K-1", "katalog!A4"), "/languages": (["de"], "katalog!D4")}},
    ),
    # Two header rows: English, then Hungarian; and Swedish, then English.
    Export(
        "two_headers_hu.csv",
        "ID;Title;ECTS;Language\r\nAzonosító;Megnevezés;Kredit;Nyelv\r\nT-1;Adatetika;5;hu\r\n".encode(),
        {3: {"/title": ("Adatetika", "two_headers_hu!B3"), "/languages": (["hu"], "two_headers_hu!D3")}},
        frozenset({("MC-SS-003", "info", "two_headers_hu!A2:D2")}),
    ),
    Export(
        "two_headers_sv.csv",
        "Kurskod;Kursnamn;Högskolepoäng\r\nID;Title;ECTS\r\nK-1;Dataetik;7,5\r\n".encode(),
        {3: {"/workload/ects": (7.5, "two_headers_sv!C3")}},
        frozenset({("MC-SS-003", "info", "two_headers_sv!A2:C2")}),
    ),
    # Thousands of empty columns and lines after the data, as a sheet formatted to its edges exports.
    Export(
        "wide.csv",
        ("ID;Title;ECTS" + ";" * 5000 + "\r\nW-1;Data;5" + ";" * 5000 + "\r\n" + ";" * 5002 + "\r\n" * 3).encode(),
        {2: {"/workload/ects": (5, "wide!C2")}},
    ),
    # Tab- and pipe-separated files named .csv.
    Export(
        "tabs.csv",
        b"ID\tTitle\tECTS\tLearning outcomes\nT-1\tData; ethics\t5\tExplains A, B.\n",
        {2: {"/title": ("Data; ethics", "tabs!B2"), "/learning_outcomes/0": ("Explains A, B.", "tabs!D2")}},
    ),
    Export(
        "pipes.csv",
        b'ID|Title|ECTS|Learning outcomes\nP-1|Data, ethics; law|5|"Explains A|B.\nApplies C."\n',
        {2: {"/title": ("Data, ethics; law", "pipes!B2"), "/learning_outcomes/1": ("Applies C.", "pipes!D2")}},
    ),
    # Line breaks inside a quoted cell, written CRLF as Windows does, and a cell holding doubled quotes.
    Export(
        "quoted.csv",
        (
            b"ID,Title,Learning outcomes\r\n"
            b'Q-1,"The ""fair"" model","Explains the GDPR.\r\nApplies fairness metrics.\r\nDesigns a plan."\r\n'
            b'Q-2,Statistics,"Tests hypotheses."\r\n'
        ),
        {
            2: {"/title": ('The "fair" model', "quoted!B2"), "/learning_outcomes/2": ("Designs a plan.", "quoted!C2")},
            # Excel numbers rows as it shows them: the second record is row 3, though it begins on line 5
            3: {"/learning_outcomes/0": ("Tests hypotheses.", "quoted!C3")},
        },
    ),
    # A file cut off inside a quoted cell: the rows before it are read, the cut row refused at its first cell.
    Export(
        "cut.csv",
        b'ID,Title,Learning outcomes\nC-1,Data,"Explains A."\nC-2,Stats,"Tests B."\nC-3,AI,"Builds a mod',
        {2: {"/id": ("C-1", "cut!A2")}, 3: {"/learning_outcomes/0": ("Tests B.", "cut!C3")}},
        frozenset({("MC-LD-002", "error", "cut!A4")}),
    ),
    # Written by hand or by a script joining cells with ", ": a quoted cell after the space is one cell.
    Export(
        "handmade.csv",
        b'ID, Title, ECTS, Learning outcomes\nH-1, "Data, ethics", 5, "Explains A; B."\nH-2, Statistics, 4, Tests.\n',
        {
            2: {"/title": ("Data, ethics", "handmade!B2"), "/workload/ects": (5, "handmade!C2")},
            3: {"/title": ("Statistics", "handmade!B3"), "/workload/ects": (4, "handmade!C3")},
        },
    ),
    # Hours in an [h]:mm column, as Excel writes the duration in a CSV.
    Export(
        "hours.csv",
        "\ufeffID;Title;ECTS;Hours\r\nD-1;Data;5;125:00\r\nD-2;Stats;0,5;12:30\r\n".encode(),
        {2: {"/workload/hours": (125, "hours!D2")}, 3: {"/workload/hours": (12.5, "hours!D3")}},
    ),
    # Written by hand with decimal commas in a comma-separated file: a number split over two cells is joined when
    # only one way of joining brings every cell under its column (noted where it was split), else left as split.
    Export(
        "decimals.csv",
        (
            b"ID,Title,ECTS,Hours,Price,Language\n"
            b"H-1,Data,7,5,187,5,1,250,en\n"
            b"H-2,Stats,5,125,450,en\n"
            b"H-3,AI,5,125,5,450,en\n"
        ),
        {
            2: {
                "/workload/ects": (7.5, "decimals!C2"),
                "/workload/hours": (187.5, "decimals!D2"),
                "/price/amount": (1250, "decimals!E2"),
                "/languages": (["en"], "decimals!F2"),
            },
            3: {"/workload/hours": (125, "decimals!D3"), "/languages": (["en"], "decimals!F3")},
            # 5,125 could be 5.125 credits or 5 credits beside 125 hours: read as it stands, the cell left over named
            4: {"/workload/ects": (5, "decimals!C4"), "/price/amount": (5, "decimals!E4")},
        },
        frozenset(
            {
                ("MC-SS-002", "warning", "decimals!C2"),
                ("MC-SS-002", "warning", "decimals!D2"),
                ("MC-SS-002", "warning", "decimals!E2"),
                ("MC-SS-001", "warning", "decimals!G4"),
            }
        ),
    ),
    # A header repeated over the columns of a list's items, as forms and platforms export a field given many times.
    Export(
        "outcome_columns.csv",
        (
            b"ID;Title;Learning outcome;Learning outcome;Learning outcome;Assessment;Assessment\n"
            b"O-1;Data;Explains A.;Applies B.;Designs C.;Written exam;Project work\n"
            b"O-2;Stats;;Tests A.;;Oral exam;\n"
        ),
        {
            2: {
                "/learning_outcomes/2": ("Designs C.", "outcome_columns!E2"),
                "/assessment/types": (["written-examination", "project-work"], "outcome_columns!F2"),
            },
            3: {"/learning_outcomes/0": ("Tests A.", "outcome_columns!D3")},
        },
    ),
    # One bad row among good ones: a German Excel's #NV under the credits, the other rows untouched.
    Export(
        "one_bad.csv",
        "\ufeffID;Titel;ECTS\r\nB-1;Daten;5\r\nB-2;Statistik;#NV\r\nB-3;Ethik;6\r\n".encode(),
        {
            2: {"/workload/ects": (5, "one_bad!C2")},
            3: {"/title": ("Statistik", "one_bad!B3")},
            4: {"/workload/ects": (6, "one_bad!C4")},
        },
        frozenset({("MC-SS-002", "error", "one_bad!C3")}),
    ),
]


@pytest.mark.parametrize("export", EXPORTS, ids=[e.name for e in EXPORTS])
def test_each_export_gives_its_rows_values_at_their_cells(export: Export):
    check(read(export), export)


def test_a_credits_cell_that_failed_is_not_read_as_empty_credits():
    (_, bad, _) = read(next(e for e in EXPORTS if e.name == "one_bad.csv"))
    assert "workload" not in bad.data


def test_the_second_row_of_a_file_cut_inside_a_quote_is_still_read_whole():
    documents = read(next(e for e in EXPORTS if e.name == "cut.csv"))
    assert [d.data["title"] for d in documents if d.data] == ["Data", "Stats"]
