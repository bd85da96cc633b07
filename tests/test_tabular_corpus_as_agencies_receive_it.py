"""A held-out corpus of catalogues in the shapes providers and registers export them (module handbooks, DEQAR-like
lists, learning platform exports, register extracts from several countries, merged cells, a header under title
rows, totals and footnotes, hidden sheets and rows, formulas with saved results, dates as serials, percent cells,
several tables on one sheet, sheets joined by code or language), each checked against what a person reads in it.

Built in memory with openpyxl; a formula's saved result is written into the sheet XML as Excel does."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
import zipfile
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.table import Table

from qa_checker import pointer as jp
from qa_checker.loaders import tabular


def inject_cached(raw: bytes, cached: dict[tuple[int, str], Any]) -> bytes:
    """The workbook with each formula cell's saved result, as Excel writes it."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            match = re.match(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if match:
                text = data.decode()
                for (index, ref), value in cached.items():
                    if index + 1 == int(match.group(1)):
                        kind = ' t="str"' if isinstance(value, str) else ""
                        text = re.sub(
                            rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?</c>',
                            lambda m, kind=kind, value=value, ref=ref: (
                                f'<c r="{ref}"{m.group(1)}{kind}><f>{m.group(2)}</f><v>{value}</v></c>'
                            ),
                            text,
                        )
                data = text.encode()
            target.writestr(item, data)
    return out.getvalue()


def wb_of(*sheets: Any) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows, *opts in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        o = opts[0] if opts else {}
        if o.get("hidden"):
            ws.sheet_state = "hidden"
        for rng in o.get("merge", ()):
            ws.merge_cells(rng)
        for ref, fmt in o.get("formats", {}).items():
            ws[ref].number_format = fmt
        for r in o.get("hide_rows", ()):
            ws.row_dimensions[r].hidden = True
    return wb


@functools.cache
def corpus() -> dict[str, tuple[bytes, dict[str, Any]]]:
    files: dict[str, tuple[bytes, dict[str, Any]]] = {}

    def store(name: str, raw: bytes, expect: dict[str, Any]) -> None:
        files[name] = (raw, expect)

    def save(wb: openpyxl.Workbook, name: str, expect: dict[str, Any], cached: dict | None = None) -> None:
        buf = io.BytesIO()
        wb.save(buf)
        store(name, inject_cached(buf.getvalue(), cached) if cached else buf.getvalue(), expect)

    def write_csv(name: str, rows: list[list[str]], expect: dict[str, Any], delimiter: str = ",", bom: bool = False):
        buf = io.StringIO()
        csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        store(name, (b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8"), expect)

    # 1 German module handbook, header on row 5, title rows above
    save(
        wb_of(
            (
                "Modulhandbuch",
                [
                    ["Modulhandbuch Informatik (B.Sc.)"],
                    ["Fakultät für Informatik, Stand: WiSe 2026/27"],
                    [],
                    [],
                    [
                        "Modulnummer",
                        "Modulbezeichnung",
                        "Leistungspunkte",
                        "Prüfungsform",
                        "Lernergebnisse",
                        "Unterrichtssprache",
                        "DQR-Niveau",
                    ],
                    [
                        "INF-101",
                        "Grundlagen der Programmierung",
                        8,
                        "Klausur (90 Min.)",
                        "Die Studierenden können einfache Programme schreiben.\nSie können Algorithmen analysieren.",
                        "Deutsch",
                        6,
                    ],
                    [
                        "INF-102",
                        "Datenbanken",
                        6,
                        "mündliche Prüfung",
                        "Die Studierenden entwerfen relationale Schemata.",
                        "Deutsch und Englisch",
                        6,
                    ],
                ],
                {"merge": ["A1:G1"]},
            )
        ),
        "01_modulhandbuch_header_row5.xlsx",
        {
            "count": 2,
            "docs": {
                0: {
                    "/id": "INF-101",
                    "/workload/ects": 8,
                    "/level/nqf/level": 6,
                    "/assessment/types": ["written-examination"],
                },
                1: {"/languages": ["de", "en"], "/assessment/types": ["oral-examination"]},
            },
        },
    )

    # 2 DEQAR-like list of programmes and QA reports
    write_csv(
        "02_deqar_reports.csv",
        [
            [
                "Institution",
                "Country",
                "Programme",
                "Agency",
                "Activity",
                "Decision",
                "Valid from",
                "Valid to",
                "Report URL",
            ],
            [
                "Universiteit Leiden",
                "Netherlands",
                "MSc Data Science",
                "NVAO",
                "programme accreditation",
                "positive",
                "2024-03-01",
                "2030-02-28",
                "https://www.deqar.eu/reports/1",
            ],
            [
                "Uniwersytet Warszawski",
                "Poland",
                "Mikropoświadczenie: Analiza danych",
                "PKA",
                "programme evaluation",
                "positive",
                "2025-01-15",
                "2031-01-14",
                "https://www.deqar.eu/reports/2",
            ],
        ],
        {
            "count": 2,
            "docs": {
                0: {
                    "/awarding_bodies/0/name": "Universiteit Leiden",
                    "/awarding_bodies/0/country": "NL",
                    "/title": "MSc Data Science",
                }
            },
        },
    )

    # 3 MOOC platform export (edX/Coursera-like), ISO datetimes, effort hours, HTML descriptions
    write_csv(
        "03_mooc_export.csv",
        [
            [
                "course_id",
                "course_name",
                "short_description",
                "effort_hours",
                "language",
                "start_date",
                "end_date",
                "pacing",
                "price_eur",
                "learning_objectives",
            ],
            [
                "course-v1:UniX+DS101+2026",
                "Data Science Basics",
                "<p>An introduction &amp; overview.</p>",
                "40",
                "en",
                "2026-09-01T00:00:00Z",
                "2026-12-15T00:00:00Z",
                "self-paced",
                "49.00",
                "<ul><li>Load data</li><li>Plot data</li></ul>",
            ],
            [
                "course-v1:UniX+ML201+2026",
                "Machine Learning",
                "<p>Models.</p>",
                "60",
                "en",
                "2026-10-01T00:00:00Z",
                "",
                "instructor-paced",
                "0",
                "<ul><li>Train a model</li></ul>",
            ],
        ],
        {
            "count": 2,
            "docs": {
                0: {
                    "/id": "course-v1:UniX+DS101+2026",
                    "/workload/hours": 40,
                    "/participation/schedule/start": "2026-09-01",
                    "/learning_outcomes": ["Load data", "Plot data"],
                    "/summary": "An introduction & overview.",
                }
            },
        },
    )

    # 4 Polish ZSK register extract
    write_csv(
        "04_pl_zsk_extract.csv",
        [
            [
                "Kod kwalifikacji",
                "Nazwa kwalifikacji",
                "Poziom PRK",
                "Efekty uczenia się",
                "Nakład pracy (godz.)",
                "Instytucja certyfikująca",
                "Kraj",
            ],
            [
                "ZSK-1234",
                "Prowadzenie szkoleń z analizy danych",
                "5",
                "Planuje szkolenie; Prowadzi szkolenie; Ocenia uczestników",
                "120",
                "Fundacja Rozwoju",
                "Polska",
            ],
        ],
        {
            "count": 1,
            "docs": {
                0: {
                    "/level/nqf/level": "5",
                    "/workload/hours": 120,
                    "/awarding_bodies/0/country": "PL",
                    "/learning_outcomes": ["Planuje szkolenie", "Prowadzi szkolenie", "Ocenia uczestników"],
                }
            },
        },
        delimiter=";",
    )

    # 5 Dutch register extract (NLQF / CRKBO style), semicolons, UTF-8 BOM
    write_csv(
        "05_nl_register.csv",
        [
            [
                "Opleidingscode",
                "Naam opleiding",
                "NLQF-niveau",
                "Studielast (uren)",
                "Studiepunten",
                "Leerresultaten",
                "Vorm",
            ],
            [
                "NL-0042",
                "Microcredential Duurzaam bouwen",
                "6",
                "84",
                "3",
                "De student kan een circulair ontwerp maken.",
                "Deeltijd, online",
            ],
        ],
        {"count": 1, "docs": {0: {"/workload/hours": 84, "/workload/ects": 3}}},
        delimiter=";",
        bom=True,
    )

    # 6 Spanish microcredenciales list with dd/mm/yyyy dates
    write_csv(
        "06_es_microcredenciales.csv",
        [
            [
                "Código",
                "Denominación",
                "Créditos ECTS",
                "Modalidad",
                "Resultados de aprendizaje",
                "Fecha de inicio",
                "Fecha de fin",
                "Precio (€)",
            ],
            [
                "MC-UV-01",
                "Inteligencia artificial aplicada",
                "6",
                "Online",
                "Aplicar modelos de IA.\nEvaluar sus sesgos.",
                "15/09/2026",
                "20/12/2026",
                "450,00",
            ],
            [
                "MC-UV-02",
                "Gestión de proyectos",
                "3",
                "Presencial",
                "Planificar un proyecto.",
                "01/10/2026",
                "30/11/2026",
                "300",
            ],
        ],
        {
            "count": 2,
            "docs": {
                0: {
                    "/participation/mode": "online",
                    "/participation/schedule/start": "2026-09-15",
                    "/price/amount": 450,
                    "/price/currency": "EUR",
                },
                1: {"/participation/schedule/start": "2026-10-01", "/participation/mode": "onsite"},
            },
        },
        delimiter=";",
    )

    # 7 Italian list with CFU
    write_csv(
        "07_it_corsi.csv",
        [
            [
                "Codice",
                "Titolo del corso",
                "CFU",
                "Modalità di erogazione",
                "Lingua",
                "Risultati di apprendimento attesi",
            ],
            ["UNIBO-MC1", "Statistica per le imprese", "4", "a distanza", "Italiano", "Analizzare dati aziendali."],
        ],
        {"count": 1, "docs": {0: {"/workload/ects": 4, "/languages": ["it"], "/participation/mode": "online"}}},
    )

    # 8 Irish QQI-like awards register
    save(
        wb_of(
            (
                "Awards",
                [
                    ["Award Code", "Award Title", "NFQ Level", "Credit", "Award Class", "Provider"],
                    ["5N1234", "Special Purpose Award in Data Analytics", 6, 15, "Special Purpose", "ATU Galway"],
                ],
            )
        ),
        "08_ie_qqi_awards.xlsx",
        {"count": 1, "docs": {0: {"/id": "5N1234", "/level/nqf/level": 6}}},
    )

    # 9 Finnish list
    save(
        wb_of(
            (
                "Opintojaksot",
                [
                    ["Tunnus", "Nimi", "Laajuus (op)", "Osaamistavoitteet", "Opetuskieli"],
                    ["TKT-101", "Ohjelmoinnin perusteet", 5, "Osaa kirjoittaa ohjelmia.", "suomi"],
                ],
            )
        ),
        "09_fi_opintojaksot.xlsx",
        {"count": 1, "docs": {0: {"/workload/ects": 5, "/languages": ["fi"]}}},
    )

    # 10 Swedish Ladok-like export
    write_csv(
        "10_se_kurser.csv",
        [
            ["Kurskod", "Kursnamn", "Högskolepoäng", "Nivå", "Undervisningsspråk", "Lärandemål"],
            ["DA101A", "Programmering grundkurs", "7,5", "Grundnivå", "Svenska", "Kunna skriva program."],
        ],
        {"count": 1, "docs": {0: {"/workload/ects": 7.5, "/languages": ["sv"]}}},
        delimiter=";",
    )

    # 11 Czech
    write_csv(
        "11_cz_kurzy.csv",
        [
            ["Kód", "Název", "Kredity ECTS", "Výsledky učení", "Jazyk výuky"],
            ["KI/PRG1", "Programování 1", "6", "Student umí programovat.", "čeština"],
        ],
        {"count": 1, "docs": {0: {"/workload/ects": 6, "/languages": ["cs"]}}},
    )

    # 12 merged cells: group header over sub-headers, values merged down
    save(
        wb_of(
            (
                "Courses",
                [
                    ["Code", "Title", None, "ECTS", "Country"],
                    [None, "EN", "NL", None, None],
                    ["C1", "Data Ethics", "Data-ethiek", 5, "NL"],
                    ["C2", "AI Law", "AI-recht", 5, None],
                ],
                {"merge": ["B1:C1", "A1:A2", "D1:D2", "E1:E2", "E3:E4"]},
            )
        ),
        "12_merged_group_header.xlsx",
        {
            "count": 2,
            "docs": {
                0: {"/title": {"en": "Data Ethics", "nl": "Data-ethiek"}},
                1: {"/awarding_bodies/0/country": "NL", "/workload/ects": 5},
            },
        },
    )

    # 13 totals row
    save(
        wb_of(
            (
                "Module",
                [
                    ["Modul-Nr.", "Titel", "ECTS", "Stunden"],
                    ["M1", "Mathe", 5, 150],
                    ["M2", "Physik", 10, 300],
                    ["Summe", None, "=SUM(C2:C3)", "=SUM(D2:D3)"],
                ],
            )
        ),
        "13_totals_row_formula.xlsx",
        {"count": 2, "docs": {1: {"/workload/ects": 10}}},
        cached={(0, "C4"): 15, (0, "D4"): 450},
    )

    # 14 hidden lookup sheet + hidden archive sheet
    save(
        wb_of(
            ("Catalogue", [["ID", "Title", "ECTS", "Mode"], ["K1", "Cloud Basics", 3, "Online"]]),
            ("Lookup", [["Mode"], ["Online"], ["Onsite"], ["Blended"]], {"hidden": True}),
            ("Archiv 2024", [["ID", "Title", "ECTS", "Mode"], ["K0", "Old Course", 3, "Onsite"]], {"hidden": True}),
        ),
        "14_hidden_sheets.xlsx",
        {"count": 2, "docs": {0: {"/participation/mode": "online"}, 1: {"/id": "K0"}}},
    )

    # 15 formulas with cached values (ECTS from hours, title by concatenation)
    save(
        wb_of(
            ("Courses", [["ID", "Title", "Hours", "ECTS"], ["F1", '=CONCATENATE("Data ","Literacy")', 75, "=C2/25"]])
        ),
        "15_formulas_cached.xlsx",
        {"count": 1, "docs": {0: {"/title": "Data Literacy", "/workload/ects": 3}}},
        cached={(0, "B2"): "Data Literacy", (0, "D2"): 3},
    )

    # 16 dates as serial numbers, no date format
    save(
        wb_of(("Courses", [["ID", "Title", "Start date", "End date"], ["D1", "Winter School", 46031, 46038]])),
        "16_date_serials.xlsx",
        {"count": 1, "docs": {0: {"/participation/schedule/start": "2026-01-09"}}},
    )

    # 17 percent cells (assessment weights) in an extra column + percent-formatted attendance
    save(
        wb_of(
            (
                "Courses",
                [["ID", "Title", "Assessment", "Weight", "ECTS"], ["P1", "Accounting", "Written exam", 0.6, 5]],
                {"formats": {"D2": "0%"}},
            )
        ),
        "17_percent_cells.xlsx",
        {"count": 1, "docs": {0: {"/assessment/types": ["written-examination"], "/workload/ects": 5}}},
    )

    # 18 several tables on one sheet with captions
    save(
        wb_of(
            (
                "Angebot",
                [
                    ["Weiterbildungsangebot 2026"],
                    [],
                    ["Bachelor-Module"],
                    ["Modulnr.", "Titel", "ECTS"],
                    ["B1", "Statistik", 5],
                    ["B2", "Recht", 5],
                    [],
                    ["Master-Module"],
                    ["Modulnr.", "Titel", "ECTS"],
                    ["M1", "Ökonometrie", 6],
                ],
            )
        ),
        "18_several_tables_one_sheet.xlsx",
        {"count": 3, "docs": {2: {"/id": "M1", "/workload/ects": 6}}},
    )

    # 19 modules + outcomes + assessment sheets keyed by code
    save(
        wb_of(
            (
                "Modules",
                [
                    ["Module code", "Module title", "ECTS", "EQF level"],
                    ["DS1", "Data Science", 5, 6],
                    ["DS2", "Visualisation", 5, 6],
                ],
            ),
            (
                "Learning outcomes",
                [
                    ["Module code", "LO no.", "Learning outcome"],
                    ["DS1", 1, "Wrangle data."],
                    ["DS1", 2, "Model data."],
                    ["DS2", 1, "Design charts."],
                ],
            ),
            (
                "Assessment",
                [
                    ["Module code", "Assessment type", "Weight"],
                    ["DS1", "Project", "60%"],
                    ["DS1", "Oral exam", "40%"],
                    ["DS2", "Portfolio", "100%"],
                ],
            ),
        ),
        "19_modules_outcomes_assessment.xlsx",
        {
            "count": 2,
            "docs": {
                0: {
                    "/learning_outcomes": ["Wrangle data.", "Model data."],
                    "/assessment/types": ["project-work", "oral-examination"],
                },
                1: {"/learning_outcomes": ["Design charts."]},
            },
        },
    )

    # 20 German workbook with Module + Lernergebnisse sheets, key mismatch
    save(
        wb_of(
            ("Module", [["Modulnummer", "Modultitel", "LP"], ["WI-1", "Wirtschaftsinformatik", 5]]),
            (
                "Lernergebnisse",
                [["Modulnummer", "Lernergebnis"], ["WI-1", "Prozesse modellieren."], ["WI-9", "Falscher Schlüssel."]],
            ),
        ),
        "20_module_lernergebnisse_mismatch.xlsx",
        {"count": 1, "docs": {0: {"/learning_outcomes": ["Prozesse modellieren."]}}, "findings": ["Lernergebnisse!A3"]},
    )

    # 21 French: Cours + Acquis d'apprentissage
    save(
        wb_of(
            ("Cours", [["Code", "Intitulé", "Crédits ECTS"], ["FR-1", "Droit du numérique", 3]]),
            (
                "Acquis d'apprentissage",
                [["Code", "Acquis d'apprentissage"], ["FR-1", "Analyser un contrat."], ["FR-1", "Rédiger une clause."]],
            ),
        ),
        "21_cours_acquis.xlsx",
        {"count": 1, "docs": {0: {"/learning_outcomes": ["Analyser un contrat.", "Rédiger une clause."]}}},
    )

    # 22 per-language sheets EN / DE by id
    save(
        wb_of(
            (
                "EN",
                [
                    ["Course ID", "Title", "ECTS", "Learning outcomes"],
                    ["X1", "Robotics", 5, "Build a robot."],
                    ["X2", "Sensors", 3, "Read a sensor."],
                ],
            ),
            (
                "DE",
                [
                    ["Kurs-ID", "Titel", "ECTS", "Lernergebnisse"],
                    ["X2", "Sensorik", 3, "Einen Sensor auslesen."],
                    ["X1", "Robotik", 5, "Einen Roboter bauen."],
                ],
            ),
        ),
        "22_language_sheets_by_id.xlsx",
        {
            "count": 2,
            "docs": {
                0: {"/title": {"en": "Robotics", "de": "Robotik"}},
                1: {"/learning_outcomes": [{"en": "Read a sensor.", "de": "Einen Sensor auslesen."}]},
            },
        },
    )

    # 23 per-language sheets "English version" / "Deutsch" without ids
    save(
        wb_of(
            ("English version", [["Title", "ECTS", "Summary"], ["Robotics", 5, "Robots."]]),
            ("Deutsch", [["Titel", "ECTS", "Kurzbeschreibung"], ["Robotik", 5, "Roboter."]]),
        ),
        "23_language_sheets_by_position.xlsx",
        {
            "count": 1,
            "docs": {
                0: {"/title": {"en": "Robotics", "de": "Robotik"}, "/summary": {"en": "Robots.", "de": "Roboter."}}
            },
        },
    )

    # 24 Instructions sheet + catalogue + lists
    save(
        wb_of(
            (
                "Instructions",
                [["How to fill in this catalogue"], ["One row per course."], ["Mandatory fields are marked *"]],
            ),
            ("Catalogue", [["ID*", "Title*", "ECTS*", "Country*"], ["I1", "Ethics", 2, "Belgium"]]),
            ("Lists", [["Countries"], ["Belgium"], ["France"]]),
        ),
        "24_instructions_catalogue_lists.xlsx",
        {"count": 1, "docs": {0: {"/awarding_bodies/0/country": "BE"}}},
    )

    # 25 notes row under header + example row
    save(
        wb_of(
            (
                "Offer",
                [
                    ["ID", "Title", "ECTS", "Start date"],
                    ["mandatory", "mandatory", "optional", "DD/MM/YYYY"],
                    ["O1", "Cyber Security", 4, "03/04/2026"],
                ],
            )
        ),
        "25_notes_row_day_first.xlsx",
        {"count": 1, "docs": {0: {"/participation/schedule/start": "2026-04-03"}}},
    )

    # 26 hidden rows (withdrawn offerings)
    save(
        wb_of(
            (
                "Courses",
                [["ID", "Title", "ECTS"], ["H1", "Visible", 3], ["H2", "Withdrawn", 3], ["H3", "Also visible", 3]],
                {"hide_rows": [3]},
            )
        ),
        "26_hidden_rows.xlsx",
        {"count": 3, "docs": {1: {"/id": "H2"}}},
    )

    # 27 tab-separated export with UTF-16 (Excel "Unicode text")
    buf = "ID\tTitle\tECTS\tLanguage\r\nT1\tÜbersetzen\t2\tDeutsch\r\n"
    store(
        "27_unicode_text_utf16.csv",
        b"\xff\xfe" + buf.encode("utf-16-le"),
        {"count": 1, "docs": {0: {"/languages": ["de"], "/title": "Übersetzen"}}},
    )

    # 28 key-value form (one offering per sheet)
    save(
        wb_of(
            (
                "Kursblatt",
                [
                    ["Titel", "Datenethik"],
                    ["Kursnummer", "DE-1"],
                    ["ECTS", 5],
                    ["Sprache", "Deutsch"],
                    ["Lernergebnisse", "Ethik anwenden."],
                ],
            )
        ),
        "28_key_value_form.xlsx",
        {"count": 1, "docs": {0: {"/id": "DE-1", "/workload/ects": 5}}},
    )

    # 29 one row per outcome, module values repeated
    write_csv(
        "29_row_per_outcome.csv",
        [
            ["Module", "Module title", "ECTS", "Outcome"],
            ["M1", "Ethics", "5", "Argue a position."],
            ["M1", "Ethics", "5", "Cite sources."],
            ["M2", "Law", "5", "Read a statute."],
        ],
        {"count": 2, "docs": {0: {"/learning_outcomes": ["Argue a position.", "Cite sources."]}}},
    )

    # 30 numbered outcome columns LO1..LO3
    save(
        wb_of(
            (
                "Courses",
                [["ID", "Title", "LO1", "LO2", "LO3", "ECTS"], ["N1", "GIS", "Map data.", "Query data.", None, 2]],
            )
        ),
        "30_numbered_lo_columns.xlsx",
        {"count": 1, "docs": {0: {"/learning_outcomes": ["Map data.", "Query data."]}}},
    )

    # 31 ISCED codes turned into numbers, price with currency symbol text
    save(
        wb_of(("Courses", [["ID", "Title", "ISCED-F", "Price"], ["Z1", "Software", 613, "1.250,00 €"]])),
        "31_isced_number_price_text.xlsx",
        {"count": 1, "docs": {0: {"/field_of_education": "0613", "/price/amount": 1250, "/price/currency": "EUR"}}},
    )

    # 32 Excel date cells (real dates) and a datetime with time
    wb = wb_of(
        (
            "Courses",
            [
                ["ID", "Title", "Start date", "End date"],
                ["DT1", "Autumn", dt.date(2026, 9, 14), dt.datetime(2026, 12, 18, 17, 0)],
            ],
        )
    )
    save(
        wb,
        "32_date_cells.xlsx",
        {
            "count": 1,
            "docs": {0: {"/participation/schedule/start": "2026-09-14", "/participation/schedule/end": "2026-12-18"}},
        },
    )

    # 33 footnotes under table
    save(
        wb_of(
            (
                "Courses",
                [
                    ["ID", "Title", "ECTS*"],
                    ["F1", "Algebra", 5],
                    ["F2", "Topology", 5],
                    [],
                    ["* ECTS = European Credit Transfer System"],
                    ["Quelle: Studienordnung 2026"],
                ],
            )
        ),
        "33_footnotes.xlsx",
        {"count": 2},
    )

    # 34 workbook with modules sheet, outcomes sheet keyed by code with title repeated, and hidden lists
    save(
        wb_of(
            ("Courses", [["Course code", "Course title", "ECTS", "Mode"], ["A-1", "Marketing", 4, "hybrid"]]),
            (
                "Outcomes",
                [
                    ["Course code", "Course title", "Learning outcome"],
                    ["A-1", "Marketing", "Plan a campaign."],
                    ["A-1", "Marketing", "Measure reach."],
                ],
            ),
            ("Lists", [["Mode"], ["online"], ["hybrid"]], {"hidden": True}),
        ),
        "34_outcomes_sheet_with_titles.xlsx",
        {
            "count": 1,
            "docs": {
                0: {"/participation/mode": "blended", "/learning_outcomes": ["Plan a campaign.", "Measure reach."]}
            },
        },
    )

    # 35 per-language sheets with per-language outcomes sheets? -> EN/FR modules + shared assessment sheet
    save(
        wb_of(
            ("Modules EN", [["Code", "Title", "ECTS"], ["B1", "Biology", 5]]),
            ("Modules FR", [["Code", "Titre", "ECTS"], ["B1", "Biologie", 5]]),
            ("Assessment", [["Code", "Assessment type"], ["B1", "Written examination"]]),
        ),
        "35_language_sheets_and_keyed_sheet.xlsx",
        {
            "count": 1,
            "docs": {0: {"/title": {"en": "Biology", "fr": "Biologie"}, "/assessment/types": ["written-examination"]}},
        },
    )

    # 36 header on row 5 with logo rows and a merged title, plus blank formatted rows at the end
    save(
        wb_of(
            (
                "Sheet1",
                [
                    ["Hochschule X"],
                    ["Weiterbildung"],
                    ["Stand 01.02.2026"],
                    [],
                    ["Kurs-ID", "Kurstitel", "Credits", "Niveau (EQR)"],
                    ["W-1", "Führung", 2, "EQR 6"],
                    [None, None, None, None],
                    [None],
                ],
                {"merge": ["A1:D1", "A2:D2"]},
            )
        ),
        "36_header_row5_merged_title.xlsx",
        {"count": 1, "docs": {0: {"/level/eqf": 6}}},
    )

    # 37 CSV with sep= line and semicolons, Excel ="0613"
    store(
        "37_sep_line.csv",
        b'sep=;\r\nID;Title;ISCED-F;ECTS\r\nS1;Software;="0613";2,5\r\n',
        {"count": 1, "docs": {0: {"/field_of_education": "0613", "/workload/ects": 2.5}}},
    )

    # 38 Austrian register style with "Titel (Deutsch)", "Titel (Englisch)"
    save(
        wb_of(
            (
                "Lehrgänge",
                [
                    ["Kennzahl", "Titel (Deutsch)", "Titel (Englisch)", "ECTS-AP", "Land"],
                    ["992 100", "Digitale Kompetenz", "Digital competence", 10, "Österreich"],
                ],
            )
        ),
        "38_at_two_title_columns.xlsx",
        {
            "count": 1,
            "docs": {
                0: {
                    "/title": {"de": "Digitale Kompetenz", "en": "Digital competence"},
                    "/awarding_bodies/0/country": "AT",
                }
            },
        },
    )

    # 39 Estonian/Latvian style with English headers but percent "Online share" column and totals row
    save(
        wb_of(
            (
                "Micro-credentials",
                [
                    ["No.", "Name", "Volume (ECTS)", "Online share"],
                    [1, "E-governance", 6, 1.0],
                    [2, "Cyber hygiene", 3, 0.5],
                    ["Total", None, 9, None],
                ],
                {"formats": {"D2": "0%", "D3": "0%"}},
            )
        ),
        "39_ee_numbered_totals_percent.xlsx",
        {"count": 2, "docs": {0: {"/id": "1", "/workload/ects": 6}}},
    )

    # 40 two catalogues side by side sheets per year (not languages): must stay separate
    save(
        wb_of(
            ("2025", [["ID", "Title", "ECTS"], ["Y1", "Old", 3]]), ("2026", [["ID", "Title", "ECTS"], ["Y2", "New", 3]])
        ),
        "40_year_sheets.xlsx",
        {"count": 2},
    )

    # 41 per-language sheets named "Deutsch"/"Englisch" with different numbers of rows without ids
    save(
        wb_of(
            ("Deutsch", [["Titel", "ECTS"], ["Eins", 1], ["Zwei", 2]]), ("Englisch", [["Title", "ECTS"], ["One", 1]])
        ),
        "41_language_sheets_uneven.xlsx",
        {"count": 3},
    )

    # 42 modules sheet whose id column is "Nr." and outcomes sheet keyed by "Nr."
    save(
        wb_of(
            ("Module", [["Nr.", "Titel", "ECTS"], [1, "Analysis", 5], [2, "Algebra", 5]]),
            ("Kompetenzen", [["Nr.", "Lernergebnisse"], [1, "Beweise führen."], [2, "Gruppen untersuchen."]]),
        ),
        "42_numbered_ids_outcomes_sheet.xlsx",
        {"count": 2, "docs": {1: {"/learning_outcomes": ["Gruppen untersuchen."]}}},
    )

    # 43 MOOC export with date-only serial digits in CSV and HTML breaks
    write_csv(
        "43_lms_export_serials.csv",
        [
            ["shortname", "fullname", "startdate", "enddate", "summary", "lang"],
            ["DS-26", "Data Stories", "46266", "46350", "Tell stories.<br>With data.", "en"],
        ],
        {"count": 1, "docs": {0: {"/participation/schedule/start": "2026-09-01"}}},
    )

    # 44 Belgian bilingual register: FR/NL columns for title and outcomes
    write_csv(
        "44_be_bilingual.csv",
        [
            ["ID", "Titre (FR)", "Titel (NL)", "Acquis d'apprentissage (FR)", "Leerresultaten (NL)", "Pays"],
            ["BE-7", "Énergie", "Energie", "Calculer.\nMesurer.", "Berekenen.\nMeten.", "Belgique"],
        ],
        {
            "count": 1,
            "docs": {
                0: {"/learning_outcomes": [{"fr": "Calculer.", "nl": "Berekenen."}, {"fr": "Mesurer.", "nl": "Meten."}]}
            },
        },
        delimiter=";",
    )

    save(
        wb_of(
            ("Modules EN", [["Code", "Title", "ECTS"], ["B1", "Biology", 5], ["B2", "Chemistry", 5]]),
            ("Modules DE", [["Code", "Titel", "ECTS"], ["B1", "Biologie", 5], ["B2", "Chemie", 5]]),
            (
                "Outcomes EN",
                [
                    ["Code", "Learning outcome"],
                    ["B1", "Name cells."],
                    ["B1", "Use a microscope."],
                    ["B2", "Balance equations."],
                ],
            ),
            (
                "Outcomes DE",
                [
                    ["Code", "Lernergebnis"],
                    ["B1", "Zellen benennen."],
                    ["B1", "Ein Mikroskop benutzen."],
                    ["B2", "Gleichungen ausgleichen."],
                ],
            ),
        ),
        "45_language_sheets_for_modules_and_outcomes.xlsx",
        {
            "count": 2,
            "docs": {
                0: {
                    "/title": {"en": "Biology", "de": "Biologie"},
                    "/learning_outcomes": [
                        {"en": "Name cells.", "de": "Zellen benennen."},
                        {"en": "Use a microscope.", "de": "Ein Mikroskop benutzen."},
                    ],
                }
            },
        },
    )

    save(
        wb_of(
            ("Modules", [["Module title", "ECTS", "EQF level"], ["Data Ethics", 5, 6], ["AI Law", 5, 7]]),
            (
                "Learning outcomes",
                [
                    ["Module title", "Learning outcome"],
                    ["Data Ethics", "Weigh harms."],
                    ["AI Law", "Read the AI Act."],
                    ["Data Ethics", "Write a policy."],
                ],
            ),
        ),
        "46_outcomes_keyed_by_title.xlsx",
        {
            "count": 2,
            "docs": {
                0: {"/learning_outcomes": ["Weigh harms.", "Write a policy."]},
                1: {"/learning_outcomes": ["Read the AI Act."]},
            },
        },
    )

    save(
        wb_of(
            ("Modules", [["Module code", "Title", "ECTS"], ["W1", "Writing", 3]]),
            ("LOs", [["Module code", "LO1", "LO2", "LO3"], ["W1", "Draft.", "Revise.", "Publish."]]),
        ),
        "47_outcomes_sheet_wide.xlsx",
        {"count": 1, "docs": {0: {"/learning_outcomes": ["Draft.", "Revise.", "Publish."]}}},
    )

    save(
        wb_of(
            (
                "Kurse",
                [
                    ["Kurs-ID", "Titel", "ECTS", "Beginn"],
                    ["G1", "Statik", 5, "15.09.2026"],
                    ["G2", "Dynamik", 5, "Sept. 15, 2026"],
                ],
            )
        ),
        "48_text_dates.xlsx",
        {
            "count": 2,
            "docs": {
                0: {"/participation/schedule/start": "2026-09-15"},
                1: {"/participation/schedule/start": "2026-09-15"},
            },
        },
    )

    write_csv(
        "49_register_footer.csv",
        [
            ["Code", "Title", "ECTS", "Country"],
            ["R1", "Welding", "2", "DE"],
            ["R2", "Soldering", "1", "DE"],
            [],
            ["Total: 2 records"],
            ["Generated on 2026-11-30 by Register export"],
        ],
        {"count": 2},
    )

    wb = wb_of(("Courses", [["ID", "Title", "ECTS", "URL"], ["L1", "Linked", 2, "details"]]))
    wb["Courses"]["D2"].hyperlink = "https://example.org/l1"
    wb["Courses"].freeze_panes = "A2"
    wb["Courses"].auto_filter.ref = "A1:D2"
    save(wb, "50_hyperlink_freeze_filter.xlsx", {"count": 1, "docs": {0: {"/id": "L1"}}})

    wb = wb_of(("Data", [["ID", "Title", "ECTS"], ["T1", "Tabled", 2], ["T2", "Also", 3]]))
    wb["Data"].add_table(Table(displayName="Courses", ref="A1:C3"))
    save(wb, "51_excel_table_object.xlsx", {"count": 2})

    save(
        wb_of(("Courses", [["ID", "Title", "ECTS", "Online"], ["B1", "Bool", 2, True], ["B2", "Bool2", 2, False]])),
        "52_boolean_cells.xlsx",
        {"count": 2},
    )

    save(
        wb_of(
            ("Modules", [["Module code", "Title", "ECTS"], ["E1", "Energy", 4]]),
            (
                "Assessment",
                [
                    ["Module code", "Assessment type", "Assessment description"],
                    ["E1", "Written examination", "Two hours."],
                    ["E1", "Lab report", "Five pages."],
                ],
            ),
        ),
        "53_assessment_rows_per_module.xlsx",
        {"count": 1, "docs": {0: {"/assessment/types/0": "written-examination"}}},
    )

    write_csv(
        "54_fr_rs_extract.csv",
        [
            ["Numéro fiche", "Intitulé", "Niveau", "Certificateur(s)", "Date d'échéance", "Objectifs pédagogiques"],
            [
                "RS5678",
                "Analyser des données avec Python",
                "6",
                "Université de Lille",
                "31/12/2028",
                "Importer des données.\nProduire des graphiques.",
            ],
        ],
        {
            "count": 1,
            "docs": {
                0: {
                    "/title": "Analyser des données avec Python",
                    "/level/eqf": 6,
                    "/awarding_bodies/0/name": "Université de Lille",
                }
            },
        },
        delimiter=";",
    )
    write_csv(
        "55_pt_catalogo.csv",
        [
            ["Código", "Designação", "Nível QNQ", "Carga horária", "Entidade formadora", "País"],
            ["UFCD-0757", "Folha de cálculo", "4", "50", "IEFP", "Portugal"],
        ],
        {"count": 1, "docs": {0: {"/level/nqf/level": "4", "/workload/hours": 50, "/awarding_bodies/0/country": "PT"}}},
        delimiter=";",
    )
    write_csv(
        "56_hr_hko_register.csv",
        [
            ["Šifra", "Naziv", "Razina HKO", "Broj sati", "Ishodi učenja", "Država"],
            ["HKO-12", "Osnove programiranja", "5", "120", "Napisati program.", "Hrvatska"],
        ],
        {"count": 1, "docs": {0: {"/id": "HKO-12", "/workload/hours": 120, "/awarding_bodies/0/country": "HR"}}},
    )
    save(
        wb_of(
            (
                "Kurser",
                [
                    ["Kursuskode", "Kursusnavn", "ECTS-point", "Undervisningssprog", "Læringsmål"],
                    ["DK-1", "Statistik", 5, "Dansk", "Anvende test."],
                ],
            )
        ),
        "57_dk_kurser.xlsx",
        {"count": 1, "docs": {0: {"/workload/ects": 5, "/languages": ["da"]}}},
    )
    save(
        wb_of(
            (
                "Weiterbildung",
                [
                    [
                        "Angebots-ID",
                        "Titel des Angebots",
                        "Anbieter",
                        "Land",
                        "Preis (EUR)",
                        "Dauer",
                        "Beginn",
                        "Abschlussart",
                    ],
                    [
                        "WDB-9",
                        "Zertifikatskurs KI",
                        "VHS Köln",
                        "Deutschland",
                        "1.290,00",
                        "12 Wochen",
                        "01.03.2027",
                        "Zertifikat",
                    ],
                ],
            )
        ),
        "58_de_wdb_extract.xlsx",
        {
            "count": 1,
            "docs": {
                0: {
                    "/title": "Zertifikatskurs KI",
                    "/price/amount": 1290,
                    "/participation/schedule/duration": "P12W",
                    "/participation/schedule/start": "2027-03-01",
                    "/awarding_bodies/0/country": "DE",
                }
            },
        },
    )
    return files


def load(name: str, raw: bytes):
    return (tabular.load_csv if name.endswith(".csv") else tabular.load_xlsx)(raw, name)


@pytest.mark.parametrize(
    "name",
    list(corpus()),
)
def test_each_catalogue_reads_as_a_person_reads_it(name):
    raw, expect = corpus()[name]
    documents = [d for d in load(name, raw) if d.data is not None]
    assert len(documents) == expect["count"]
    for index, checks in expect.get("docs", {}).items():
        for pointer, value in checks.items():
            assert jp.resolve(documents[index].data, pointer) == value, (index, pointer)
    for place in expect.get("findings", ()):
        assert any(f.origin is not None and f.origin.label() == place for d in documents for f in d.findings)


@pytest.mark.parametrize("name", list(corpus()))
def test_every_finding_of_the_corpus_names_its_sheet_and_cell(name):
    raw, _ = corpus()[name]
    for document in load(name, raw):
        for finding in document.findings:
            assert finding.origin is not None and (finding.origin.cell or finding.origin.line), finding


# ---------------------------------------------------------------- the same shapes saved by LibreOffice


def date_cell(day: str) -> str:
    return f'<table:table-cell office:value-type="date" office:date-value="{day}"><text:p>{day}</text:p></table:table-cell>'


def test_an_ods_module_handbook_with_an_outcomes_sheet_and_a_trailing_sheet_end():
    from tests.test_tabular_ods import TRAILING, empty, load, n, ods, row, s, table

    spanned = 'table:number-columns-spanned="3"'
    raw = ods(
        table(
            "Module",
            row(s("Modulhandbuch Informatik", spanned)),
            row(),
            row(s("Modulnummer"), s("Modultitel"), s("ECTS"), s("Beginn")),
            row(s("INF-1"), s("Programmierung"), n(8), date_cell("2026-10-01")),
            row(s("Summe"), empty(1), n(8)),
            TRAILING,
        ),
        table(
            "Lernergebnisse",
            row(s("Modulnummer"), s("Lernergebnis")),
            row(s("INF-1"), s("Programme schreiben.")),
            row(s("INF-1"), s("Algorithmen analysieren.")),
            TRAILING,
        ),
    )
    (document,) = load(raw)
    assert document.data["learning_outcomes"] == ["Programme schreiben.", "Algorithmen analysieren."]
    assert document.data["participation"]["schedule"]["start"] == "2026-10-01"
    assert document.origin_for("/learning_outcomes/1").label() == "Lernergebnisse!B3"
