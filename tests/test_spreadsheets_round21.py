"""Catalogues of round 21, as providers in twelve countries write their headers and cells: each test fails on the
reader before the round's fixes."""

from __future__ import annotations

import io

import openpyxl
import pytest

from qa_checker.loaders import tabular
from qa_checker.loaders.columns import ColumnResolver


def _rows(text: str) -> list[tabular.Document]:
    return tabular.load_csv(text.encode(), "katalog.csv")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Durée (h)", "workload.hours"),
        ("Duration (hrs)", "workload.hours"),
        ("Omfattning (veckor)", "participation.schedule.duration"),
        ("Credits (weeks)", "participation.schedule.duration"),
        ("Dauer (Tage)", "participation.schedule.duration"),
        ("Workload (hours)", "workload.hours"),
        ("Omfattning (hp)", "workload.ects"),
        ("Price (h)", "price.amount"),
    ],
)
def test_a_unit_of_time_in_a_workload_or_duration_header_names_what_it_counts(header: str, field: str) -> None:
    found = ColumnResolver({}).resolve(header)
    assert found is not None and found.dotted == field


def test_weeks_are_a_duration_not_credits() -> None:
    (document,) = _rows("Kursnamn,Omfattning (veckor),Språk\nLogistik,5,sv\n")
    assert document.data["participation"] == {"schedule": {"duration": "P5W"}}
    assert "workload" not in document.data


def test_hours_noted_with_an_abbreviation_are_the_workload_in_hours() -> None:
    (document,) = _rows("Intitulé,Durée (h),Langue\nExcel avancé,35,fr\n")
    assert document.data["workload"] == {"hours": 35}
    assert not [f for f in document.findings if "participation" in f.pointer]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Tarif HT (€)", "price.amount"),
        ("Prix (HT)", "price.amount"),
        ("Preis netto", "price.amount"),
        ("Cena netto (zł)", "price.amount"),
        ("Level (NFQ)", "level.nqf.level"),
        ("Niveau (DQR)", "level.nqf.level"),
        ("Level (EQF)", "level.eqf"),
        ("Niveau CEC / EKR-niveau", "level.eqf"),
        ("RQF Level", "level.nqf.level"),
        ("Fecha inicio", "participation.schedule.start"),
        ("Data fim", "participation.schedule.end"),
        ("Modulenaam", "title"),
        ("Lehrgang", "title"),
        ("Modulkode", "id"),
        ("Réf.", "id"),
        ("Anordnare", "awarding_bodies.0.name"),
        ("Stát", "awarding_bodies.0.country"),
        ("Lesvorm", "participation.mode"),
        ("Osaamistavoite", "learning_outcomes"),
        ("Évaluation / Evaluatie", "assessment.types"),
        ("TQT", "workload.hours"),
    ],
)
def test_headers_providers_write(header: str, field: str) -> None:
    found = ColumnResolver({}).resolve(header)
    assert found is not None and found.dotted == field


def test_a_price_noted_without_tax_keeps_its_amount_and_currency() -> None:
    (document,) = _rows("Intitulé,Tarif HT (€)\nExcel avancé,450\n")
    assert document.data["price"] == {"amount": 450, "currency": "EUR"}


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("Svenska och engelska", ["sv", "en"]),
        ("dansk og engelsk", ["da", "en"]),
        ("suomi ja englanti", ["fi", "en"]),
        ("čeština a angličtina", ["cs", "en"]),
    ],
)
def test_two_languages_joined_by_the_word_for_and(cell: str, codes: list[str]) -> None:
    (document,) = _rows(f'Title,Language\nX,"{cell}"\n')
    assert document.data["languages"] == codes


@pytest.mark.parametrize(
    ("cell", "mode"),
    [
        ("hybride / hybride", "blended"),
        ("online / en ligne", "online"),
        ("Platsbunden", "onsite"),
        ("Fremmøde", "onsite"),
        ("FAD sincrona", "online"),
        ("online oder Präsenz", "online oder Präsenz"),
    ],
)
def test_one_mode_written_twice_or_in_a_national_word_is_that_mode(cell: str, mode: str) -> None:
    (document,) = _rows(f"Title,Mode\nX,{cell}\n")
    assert document.data["participation"]["mode"] == mode


def test_a_national_level_cell_naming_no_level_is_read_as_empty_and_told() -> None:
    non_accredited, integrated, roman = _rows(
        "Title,NFQ Level,Poziom PRK\nA,Non-accredited,\nB,,ZSK 4\nC,Niveau III,\n"
    )
    assert "level" not in non_accredited.data
    (note,) = [f for f in non_accredited.findings if f.pointer == "/level/nqf/level"]
    assert "names no level ('Non-accredited')" in note.message and note.origin and note.origin.cell == "B2"
    assert integrated.data["level"] == {"nqf": {"level": "4", "framework": "PRK"}}
    assert roman.data["level"]["nqf"]["level"] == "Niveau III"


def test_a_group_over_its_parts_and_their_total_gives_its_field_to_the_total() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "UE"
    sheet.append(["Code UE", "Intitulé", "Crédits ECTS", "Volume horaire", None, None, None, "Langue"])
    sheet.append([None, None, None, "CM", "TD", "TP", "Total", None])
    sheet.append(["IA-01", "Apprentissage profond", 5, 20, 10, 15, 45, "Anglais"])
    for cells in ("A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:H2"):
        sheet.merge_cells(cells)
    out = io.BytesIO()
    book.save(out)
    (document,) = tabular.load_xlsx(out.getvalue(), "ue.xlsx")
    assert document.data["id"] == "IA-01"
    assert document.data["workload"] == {"ects": 5, "hours": 45}
    assert document.origins["/workload/hours"].cell == "G3"
    (ignored,) = [f for f in document.findings if f.rule == "MC-SS-001"]
    assert "D 'CM', E 'TD', F 'TP'" in ignored.message
