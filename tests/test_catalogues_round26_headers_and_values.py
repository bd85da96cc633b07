"""Catalogue round 26: the headers of student systems, platforms and exchange catalogues, and the words of their cells.

Each case is a tester's reproducer (Apogée, Neptun, ESSE3, Sisu, STAG, Moodle, Coursera, Erasmus+ exports) cut to
the columns it is about.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from qa_checker.loaders import tabular
from qa_checker.loaders.columns import ColumnResolver


def _rows(text: str) -> list[dict[str, Any]]:
    documents = tabular.load_csv(text.encode("utf-8"), "catalogue.csv")
    assert not [
        f.message
        for f in documents[0].findings
        if "name a descriptor field" in f.message or "does not name" in f.message
    ]
    return [document.data for document in documents]


@pytest.mark.parametrize(
    ("header", "path"),
    [
        # Apogée, Neptun, ESSE3 and Sisu exports
        ("Code ELP", "id"),
        ("Libellé long", "title"),
        ("Libellé", "title"),
        ("Tárgykód", "id"),
        ("Tárgynév", "title"),
        ("Tárgy neve", "title"),
        ("Cod. Att. Form.", "id"),
        ("Des. Att. Form.", "title"),
        ("Tunniste", "id"),
        ("Zkratka", "id"),
        ("Zkratka předmětu", "id"),
        # a unit of study named with its accents ("disciplină", "předmětu") as without them
        ("Denumire disciplină", "title"),
        # item 3: the mode of participation
        ("Lehrform", "participation.mode"),
        ("Abhaltungsart", "participation.mode"),
        ("Način izvedbe", "participation.mode"),
        ("Mode of study", "participation.mode"),
        # item 4: Scottish credits and levels, the system before its word for credits as after it
        ("SCQF credits", "workload.other_credits.value"),
        ("CATS points", "workload.other_credits.value"),
        ("SCQF level", "level.nqf.level"),
        ("Level (SCQF)", "level.nqf.level"),
        # item 6: Erasmus+ and Coursera
        ("Host institution", "awarding_bodies.0.name"),
        ("Erasmus code", "awarding_bodies.0.identifier.value"),
        ("Primary Language", "languages"),
        ("Estimated Workload", "workload.hours"),
        ("What you will learn", "learning_outcomes"),
        ("Launch Date", "participation.schedule.start"),
    ],
)
def test_headers_of_the_catalogues_round_26(header: str, path: str) -> None:
    found = ColumnResolver().resolve(header)
    assert found is not None and found.dotted == path, header


def test_words_alone_name_no_field() -> None:
    resolver = ColumnResolver()
    # a system named without a word for credits says nothing of credits; a partner outside Coursera's sheet is no
    # awarding body (it may be a partner university or a company)
    for header in ("UK", "SCQF", "Partner", "Credits"):
        found = resolver.resolve(header)
        assert found is None or found.dotted != "workload.other_credits.value", header
    assert resolver.resolve("Partner") is None


def test_scqf_credits_and_level_name_their_framework() -> None:
    (row,) = _rows("Module code,Module title,SCQF credits,SCQF level,Mode of study\nC1,Data,20,11,Online learning\n")
    assert row["workload"] == {"other_credits": {"value": 20, "system": "SCQF"}}
    assert row["level"] == {"nqf": {"level": "11", "framework": "SCQF"}}
    assert row["participation"] == {"mode": "online"}


def test_erasmus_and_coursera_catalogues() -> None:
    (erasmus,) = _rows(
        "Course code,Course title,Host institution,Country,Erasmus code\nEF-101,Finance,Uni LJ,SI,SI LJUBLJA01\n"
    )
    assert erasmus["awarding_bodies"] == [
        {"name": "Uni LJ", "country": "SI", "identifier": {"value": "SI LJUBLJA01", "scheme": "erasmus"}}
    ]
    (coursera,) = _rows(
        "Course ID,Course Name,Partner,Primary Language,What you will learn,Launch Date\n"
        "C-1,Python,University of Groningen,English,Write programs,2026-09-01\n"
    )
    assert coursera["awarding_bodies"] == [{"name": "University of Groningen"}]
    assert coursera["languages"] == ["en"] and coursera["learning_outcomes"] == ["Write programs"]
    assert coursera["participation"] == {"schedule": {"start": "2026-09-01"}}


def test_moodle_course_format_is_no_mode() -> None:
    (moodle,) = _rows("fullname,shortname,idnumber,lang,format\nCloud,CF-26,MC-CF-2026,en,topics\n")
    assert "participation" not in moodle and moodle["extensions"]["course_format"] == "topics"
    # a plain catalogue's "Format" is still the mode
    (plain,) = _rows("Code,Title,Format\nC1,Cloud,Präsenz\n")
    assert plain["participation"] == {"mode": "onsite"}


def test_a_group_heading_after_its_sub_header() -> None:
    """STAG's "Výuka" merged over "Jazyk | Forma": "Forma" under it is "Forma výuky", the mode."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Predmety"
    for row in (
        ["Zkratka", "Název", "Kredity", "Výuka", None],
        [None, None, None, "Jazyk", "Forma"],
        ["PRG1", "Programování 1", 6, "čeština", "prezenční"],
    ):
        sheet.append(row)
    for cells in ("D1:E1", "A1:A2", "B1:B2", "C1:C2"):
        sheet.merge_cells(cells)
    raw = io.BytesIO()
    book.save(raw)
    (document,) = tabular.load_xlsx(raw.getvalue(), "stag.xlsx")
    assert document.data["languages"] == ["cs"]
    assert document.data["participation"] == {"mode": "onsite"}


@pytest.mark.parametrize(
    ("cell", "mode"),
    [
        ("Convenzionale", "onsite"),
        ("Telematica", "online"),
        ("mješovito", "blended"),
        ("Online onderwijs", "online"),
        ("Hybrid learning", "blended"),
        ("No presencial", "online"),
        ("Distans, IT-baserad", "online"),
    ],
)
def test_mode_words(cell: str, mode: str) -> None:
    (row,) = _rows(f'id;title;Mode\nA1;Course;"{cell}"\n')
    assert row["participation"] == {"mode": mode}


def test_valencian_is_catalan() -> None:
    rows = _rows("id;title;Idioma de impartición\n1;Urbanisme;Valenciano\n2;Dret civil;Valencià\n")
    assert [row["languages"] for row in rows] == [["ca"], ["ca"]]


@pytest.mark.parametrize("cell", ["6 kredita", "4 studiepoäng", "3 ECTS-pistettä"])
def test_credit_words_with_a_number(cell: str) -> None:
    (row,) = _rows(f"id;title;ECTS\nK1;Course;{cell}\n")
    assert row["workload"] == {"ects": int(cell.split()[0])}
