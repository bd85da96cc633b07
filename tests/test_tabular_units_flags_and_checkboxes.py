"""Values as catalogues really write them: units in the header only ("Price (EUR)", "Duration (weeks)", "Price
in EUR"), countries as flags, checkboxes, numbered columns with the number in brackets or after a hyphen, a
caption row over a second block and a transposed catalogue headed "Field | Offer 1 | Offer 2"."""

from __future__ import annotations

import io

import openpyxl
import pytest

from qa_checker.aliases import country_named
from qa_checker.loaders import tabular
from qa_checker.loaders.columns import ColumnResolver

LO = ["Apply the method to a case.", "Evaluate the results of a study.", "Design a plan for the project."]


def _book(*rows: list[object]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _read(*rows: list[object]) -> list[tabular.Document]:
    return tabular.load_xlsx(_book(*rows), "courses.xlsx")


@pytest.mark.parametrize(
    ("header", "currency"),
    [
        ("Price (EUR)", "EUR"),
        ("Price [€]", "EUR"),
        ("Fee (CHF)", "CHF"),
        ("Cena (PLN)", "PLN"),
        ("Preis in EUR", "EUR"),
    ],
)
def test_the_currency_a_price_header_names_is_the_price_currency(header, currency):
    (document,) = _read(["ID", "Title", header], ["C-1", "Data", 450])
    assert document.data["price"] == {"amount": 450, "currency": currency}


def test_a_currency_column_or_cell_comes_before_the_header():
    (column,) = _read(["ID", "Title", "Price (EUR)", "Currency"], ["C-1", "Data", 450, "CHF"])
    (cell,) = _read(["ID", "Title", "Price (EUR)"], ["C-2", "Stats", "300 zł"])
    assert column.data["price"] == {"amount": 450, "currency": "CHF"}
    assert cell.data["price"] == {"amount": 300, "currency": "PLN"}


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Workload in hours", "workload.hours"),
        ("Country (ISO)*", "awarding_bodies.0.country"),
        ("Learning outcome (2)", "learning_outcomes.1"),
        ("LO-1", "learning_outcomes.0"),
        ("LO [3]", "learning_outcomes.2"),
        ("Title/NL", "title.nl"),
        ("Summary / en", "summary.en"),
    ],
)
def test_headers_with_a_unit_a_mark_or_a_bracketed_number(header, path):
    found = ColumnResolver().resolve(header)
    assert found is not None and found.dotted == path


def test_outcomes_in_columns_numbered_in_brackets_are_each_an_item():
    (document,) = _read(["ID", "Title", *(f"Learning outcome ({n})" for n in (1, 2, 3))], ["C-1", "Data", *LO])
    assert document.data["learning_outcomes"] == LO
    assert not [f for f in document.findings if f.rule == "MC-SS-001"]


def test_a_count_under_a_duration_header_naming_its_unit_is_that_duration():
    (document,) = _read(["ID", "Title", "Duration (weeks)", "Dauer (Wochen)"], ["C-1", "Data", 8, None])
    assert document.data["participation"]["schedule"]["duration"] == "P8W"


@pytest.mark.parametrize(
    ("text", "code"),
    [("🇩🇪", "DE"), ("🇳🇱 Netherlands", "NL"), ("🇧🇪 BE", "BE"), ("🇳🇱 Germany", None), ("🇪🇺", None)],
)
def test_a_country_given_by_its_flag(text, code):
    assert country_named(text) == code


def test_a_flag_in_a_country_column_is_its_code():
    (document,) = _read(["ID", "Title", "Country"], ["C-1", "Data", "🇦🇹"])
    assert document.data["awarding_bodies"] == [{"country": "AT"}]


@pytest.mark.parametrize(("ticked", "empty"), [("☑", "☐"), ("✔", "✘"), ("✅", "❌")])
def test_checkboxes_are_yes_and_no(ticked, empty):
    first, second = _read(["ID", "Title", "EQAR registered"], ["C-1", "Data", ticked], ["C-2", "Stats", empty])
    assert first.data["quality_assurance"]["external"]["eqar_registered"] is True
    assert second.data["quality_assurance"]["external"]["eqar_registered"] is False


def test_a_caption_row_over_a_second_block_is_no_descriptor():
    documents = _read(
        ["Provider: Uni A"],
        ["ID", "Title", "ECTS"],
        ["C-1", "Data", 5],
        [],
        ["Provider: Uni B"],
        ["ID", "Title", "ECTS"],
        ["C-2", "Stats", 3],
    )
    assert [d.data["id"] for d in documents] == ["C-1", "C-2"]
    assert any(f.rule == "MC-SS-003" and f.origin.cell == "A5:A5" for d in documents for f in d.findings)


def test_a_transposed_catalogue_headed_field_keeps_its_field_of_education():
    documents = _read(
        ["Field", "Offer 1", "Offer 2"],
        ["ID", "C-1", "C-2"],
        ["Title", "Data", "Stats"],
        ["ECTS", 5, 3],
        ["Field of education", "0613", "0542"],
    )
    assert [d.data["field_of_education"] for d in documents] == ["0613", "0542"]
    assert not [f for d in documents for f in d.findings if f.rule == "MC-SS-001" and f.severity.value == "error"]


def test_an_outcome_naming_a_field_before_a_colon_goes_on_with_the_row_above():
    (document,) = _read(
        ["ID", "Title", "Learning outcomes"],
        ["C-1", "Data", LO[0]],
        [None, None, "Assessment: design a test plan for a study."],
    )
    assert document.data["learning_outcomes"] == [LO[0], "Assessment: design a test plan for a study."]


@pytest.mark.parametrize("no", [False, "FALSE", "nein", "☐"])
def test_a_no_under_level_not_applicable_gives_no_reason_and_the_level_stays_missing(no):
    (document,) = _read(["ID", "Title", "Level not applicable"], ["C-1", "Data", no])
    assert "level" not in document.data
    assert [(f.rule, f.severity.value, f.origin.cell) for f in document.findings] == [("MC-SS-002", "info", "C2")]


def test_a_reason_under_level_not_applicable_is_read():
    (document,) = _read(["ID", "Title", "Level not applicable"], ["C-1", "Data", "Continuing education, no level"])
    assert document.data["level"] == {"not_applicable": "Continuing education, no level"}


@pytest.mark.parametrize(("cell", "meant"), [("Yes", "stackable"), ("ja", "stackable"), ("☑", "stackable"),
                                             ("No", "stand-alone"), ("nee", "stand-alone"), (False, "stand-alone")])  # fmt: skip
def test_a_yes_or_no_under_a_column_named_by_a_value_is_that_value_or_the_other(cell, meant):
    (document,) = _read(["ID", "Title", "Stackable"], ["C-1", "Data", cell])
    assert document.data["stackability"] == {"type": meant}


def test_a_yes_under_a_column_named_by_the_field_says_it_has_what_the_field_names():
    """Until 2026-12-06 this yes stayed for the schema to tell. But "Stackability: Yes" answers whether the offering
    has stackability, as "Stackable: Yes" does: the field's own names now name the stackable value
    (tests/test_stackability_answered_under_the_fields_own_header.py)."""
    (document,) = _read(["ID", "Title", "Stackability"], ["C-1", "Data", "Yes"])
    assert document.data["stackability"] == {"type": "stackable"}
