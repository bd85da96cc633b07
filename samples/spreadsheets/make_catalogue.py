"""Regenerate catalogue.xlsx: a provider's course catalogue as people keep it, good rows and flawed ones.

Run from the repository root: ``python3 samples/spreadsheets/make_catalogue.py``. The headers are the
ones a person types ("ECTS", "EQF level", "Awarding body"), not dotted paths; the awarding body is
merged down over the rows it applies to; row 4 has a typo'd number, a missing assessment and a
column the checker does not know; row 5 has a formula whose result was never saved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HEADERS = [
    "Course code",
    "Title",
    "Language(s)",
    "Awarding body",
    "Country",
    "Learning outcomes",
    "ECTS",
    "Hours",
    "EQF level",
    "ISCED-F",
    "Assessment",
    "Supervision",
    "Mode",
    "Start date",
    "Internal QA",
    "External QA body",
    "QA framework",
    "Prerequisites",
    "Stackability",
    "More information",
    "Lecturer",
]
BODY = "Hogeschool Voorbeeldstad"
QA = "Approved by the examination board under the institutional QA policy; evaluated with learners after each run."
ROWS = [
    [
        "HVS-GEO-01",
        "Climate Adaptation with Open Spatial Data",
        "en",
        BODY,
        "NL",
        "Map flood and heat risks from open spatial data.\nCombine climate scenarios with municipal land-use plans.\n"
        "Recommend adaptation measures to a municipal council.",
        5,
        140,
        6,
        "0532",
        "project-work; oral-examination",
        "supervised-online-id-check",
        "online",
        date(2027, 2, 8),
        QA,
        "NVAO",
        "ESG",
        "A bachelor's degree or three years of relevant work experience.",
        "stand-alone",
        "https://hogeschool-voorbeeldstad.nl/geo-01",
        None,
    ],
    [
        "HVS-CARE-02",
        "Digital Skills in Home Care",
        "en",
        None,
        "NL",
        "Use a client record system safely and accurately.\nExplain privacy rules for client data to colleagues.",
        2,
        56,
        4,
        "0913",
        "practical-assessment",
        "supervised-onsite-id-check",
        "onsite",
        date(2027, 3, 1),
        QA,
        "NVAO",
        "ESG",
        "none",
        "stand-alone",
        "https://hogeschool-voorbeeldstad.nl/care-02",
        None,
    ],
    [
        "HVS-AI-03",
        "Generative AI for Educators",
        "en",
        None,
        "Netherlands",
        "Understand generative AI.",
        "five",
        None,
        6,
        "0114",
        None,
        None,
        "online",
        date(2027, 4, 12),
        None,
        None,
        None,
        None,
        None,
        None,
        "Dr. A. Voorbeeld",
    ],
]


def build(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in ROWS:
        sheet.append(row)
    sheet.merge_cells("D2:D4")
    sheet.append(
        [
            "HVS-FIN-04",
            "Sustainable Finance Basics",
            "en",
            BODY,
            "NL",
            "Assess the sustainability claims of a financial product.",
            3,
            "=G5*28",
            5,
            "0412",
            "written-examination",
            "supervised-online-id-check",
            "blended",
            date(2027, 5, 3),
            QA,
            "NVAO",
            "ESG",
            "none",
            "stand-alone",
            "https://hogeschool-voorbeeldstad.nl/fin-04",
            None,
        ]
    )
    for column in "ABCDEFGHIJKLMNOPQRSTU":
        sheet.column_dimensions[column].width = 24
    for row in range(2, 6):
        sheet[f"N{row}"].number_format = "yyyy-mm-dd"
        sheet[f"J{row}"].number_format = "@"
    book.save(path)


if __name__ == "__main__":
    build(Path(__file__).resolve().parent / "catalogue.xlsx")
