"""Round 10: values as LibreOffice stores them in an .ods (typed cells, repeats, spans, annotations, hidden
columns) and as Excel, Google Sheets and Numbers write them in a CSV (decimal commas, grouped thousands, date
serials, local dates, localised booleans). The .ods files are written here as LibreOffice writes content.xml."""

from __future__ import annotations

import io
import zipfile

import pytest

from qa_checker.loaders import tabular
from tests.test_tabular_ods import NS


def ods(*rows: str, columns: str = "", styles: str = "") -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet>"
        f'<table:table table:name="Courses">{columns}{"".join(rows)}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def row(*cells: str, attributes: str = "") -> str:
    return f"<table:table-row {attributes}>{''.join(cells)}</table:table-row>"


def s(text: str, attributes: str = "") -> str:
    return f'<table:table-cell office:value-type="string" {attributes}><text:p>{text}</text:p></table:table-cell>'


def typed(kind: str, value_attributes: str, shown: str, attributes: str = "") -> str:
    return (
        f'<table:table-cell office:value-type="{kind}" {value_attributes} {attributes}>'
        f"<text:p>{shown}</text:p></table:table-cell>"
    )


HEADER = row(s("ID"), s("Title"), s("ECTS"))


def read_ods(*rows: str, **options: str) -> list[tabular.Document]:
    return tabular.load_ods(ods(*rows, **options), "courses.ods")


def at(document: tabular.Document) -> list[tuple[str, str, str]]:
    return sorted((f.rule, f.severity.value, f.origin.label() if f.origin else "") for f in document.findings)


# ---------------------------------------------------------------- .ods typed values


def test_a_float_shown_with_its_unit_is_the_number():
    (document,) = read_ods(HEADER, row(s("C-1"), s("Data"), typed("float", 'office:value="7.5"', "7,5 ECTS")))
    assert document.data["workload"] == {"ects": 7.5}
    assert not document.findings


def test_a_number_stored_as_a_string_is_the_number():
    (document,) = read_ods(HEADER, row(s("C-1"), s("Data"), s("5")))
    assert document.data["workload"] == {"ects": 5}


def test_a_currency_cell_gives_amount_and_currency():
    header = row(s("ID"), s("Title"), s("Price"))
    cell = typed("currency", 'office:value="1250" office:currency="EUR"', "1.250,00 €")
    (document,) = read_ods(header, row(s("C-1"), s("Data"), cell))
    assert document.data["price"] == {"amount": 1250, "currency": "EUR"}


def test_a_date_cell_is_its_iso_date_and_a_date_with_a_time_its_date_with_a_note():
    header = row(s("ID"), s("Title"), s("Start date"), s("End date"))
    start = typed("date", 'office:date-value="2026-09-15"', "15.09.26")
    end = typed("date", 'office:date-value="2027-01-31T14:30:00"', "31.01.27 14:30")
    (document,) = read_ods(header, row(s("C-1"), s("Data"), start, end))
    assert document.data["participation"]["schedule"] == {"start": "2026-09-15", "end": "2027-01-31"}
    assert [(f.severity.value, f.origin.label()) for f in document.findings] == [("info", "Courses!D2")]


@pytest.mark.parametrize(("stored", "expected"), [("true", True), ("false", False)])
def test_a_boolean_cell_shown_in_the_users_language_is_its_value(stored, expected):
    header = row(s("ID"), s("Title"), s("quality_assurance.external.eqar_registered"))
    cell = typed("boolean", f'office:boolean-value="{stored}"', "WAHR" if expected else "FALSCH")
    (document,) = read_ods(header, row(s("C-1"), s("Data"), cell))
    assert document.data["quality_assurance"]["external"]["eqar_registered"] is expected


def test_a_percentage_cell_under_credits_is_not_half_a_credit():
    # 50 % under ECTS is a share of something, not 0.5 credits: it must not pass silently as a workload
    cell = typed("percentage", 'office:value="0.5"', "50 %")
    (document,) = read_ods(HEADER, row(s("C-1"), s("Data"), cell))
    assert document.data["workload"]["ects"] == "50 %"  # kept as shown, for the schema to report at C2


def test_a_value_repeated_across_columns_is_each_columns_value():
    header = row(s("ID"), s("Title"), s("ECTS"), s("extensions.credits_local"))
    cell = typed("float", 'office:value="5" table:number-columns-repeated="2"', "5")
    (document,) = read_ods(header, row(s("C-1"), s("Data"), cell))
    assert document.data["workload"] == {"ects": 5}
    assert document.data["extensions"] == {"credits_local": 5}


def test_a_row_repeated_is_each_a_descriptor_and_the_repeat_names_the_id_given_twice():
    data = row(
        s("C-1"), s("Data"), typed("float", 'office:value="5"', "5"), attributes='table:number-rows-repeated="2"'
    )
    first, second = read_ods(HEADER, data)
    assert [first.source, second.source] == ["courses.ods [Courses row 2]", "courses.ods [Courses row 3]"]
    assert ("MC-SS-004", "warning", "Courses!A3") in at(second)


def test_an_annotation_on_an_empty_cell_leaves_it_empty():
    annotated = (
        "<table:table-cell><office:annotation><dc:creator>QA</dc:creator><text:p>ECTS to be confirmed</text:p>"
        "</office:annotation></table:table-cell>"
    )
    (document,) = read_ods(HEADER, row(s("C-1"), s("Data"), annotated))
    assert "workload" not in document.data


def test_a_cell_spanning_two_descriptor_rows_is_read_for_each_with_a_note():
    header = row(s("ID"), s("Title"), s("Awarding body"))
    first_row = row(s("C-1"), s("Data"), s("Uni A", 'table:number-rows-spanned="2"'))
    second_row = row(s("C-2"), s("Stats"), "<table:covered-table-cell/>")
    first, second = read_ods(header, first_row, second_row)
    assert first.data["awarding_bodies"] == second.data["awarding_bodies"] == [{"name": "Uni A"}]


def test_a_hidden_column_is_read_like_the_visible_ones():
    columns = '<table:table-column table:number-columns-repeated="2"/><table:table-column table:visibility="collapse"/>'
    (document,) = read_ods(HEADER, row(s("C-1"), s("Data"), s("5")), columns=columns)
    assert document.data["workload"] == {"ects": 5}


def test_an_error_a_formula_left_as_text_is_reported_at_its_cell():
    cell = (
        '<table:table-cell table:formula="of:=VLOOKUP([.A2];$Lists.A:B;2;0)" office:value-type="string" '
        'office:string-value="#N/A"><text:p>#N/A</text:p></table:table-cell>'
    )
    (document,) = read_ods(HEADER, row(s("C-1"), s("Data"), cell))
    assert "workload" not in document.data
    assert ("MC-SS-002", "error", "Courses!C2") in at(document)


def test_a_hyperlink_whose_text_differs_gives_the_address_for_a_web_address():
    header = row(s("ID"), s("Title"), s("Further information"))
    link = (
        '<table:table-cell office:value-type="string"><text:p>'
        '<text:a xlink:href="https://uni.example.eu/c-1">course page</text:a></text:p></table:table-cell>'
    )
    (document,) = read_ods(header, row(s("C-1"), s("Data"), link))
    assert document.data["further_information"] == "https://uni.example.eu/c-1"


# ---------------------------------------------------------------- CSV as programs write it


def csv(text: str, name: str = "courses.csv") -> list[tabular.Document]:
    return tabular.load_csv(text.encode("utf-8"), name)


@pytest.mark.parametrize(("typed_ects", "ects"), [("7,5", 7.5), ("5,0", 5), ('"7,5"', 7.5), ("5 ECTS", 5), ("6", 6)])
def test_a_semicolon_csv_from_a_european_excel_reads_decimal_commas(typed_ects, ects):
    (document,) = csv(f"ID;Title;ECTS\nC-1;Data;{typed_ects}\n")
    assert document.data["workload"] == {"ects": ects}


@pytest.mark.parametrize(
    ("typed_price", "amount"),
    [("1.250,00", 1250), ("1 250,00", 1250), ("1\u202f250,00", 1250), ("1'250.00", 1250), ('"1,250.00"', 1250)],
)
def test_grouped_thousands_in_a_csv_price(typed_price, amount):
    (document,) = csv(f"ID;Title;Price;Currency\nC-1;Data;{typed_price};EUR\n")
    assert document.data["price"] == {"amount": amount, "currency": "EUR"}


def test_a_date_serial_exported_as_digits_is_converted_with_a_note_at_its_cell():
    (document,) = csv("ID,Title,Start date\nC-1,Data,46280\n")
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"
    assert [(f.severity.value, f.origin.label()) for f in document.findings] == [("info", "courses!C2")]


@pytest.mark.parametrize(("truth", "expected"), [("WAHR", True), ("FALSCH", False), ("TRUE", True), ("VRAI", True)])
def test_excel_booleans_written_in_the_users_language(truth, expected):
    (document,) = csv(f"ID;Title;quality_assurance.external.eqar_registered\nC-1;Data;{truth}\n")
    assert document.data["quality_assurance"]["external"]["eqar_registered"] is expected


def test_a_google_sheets_csv_with_a_formula_result_and_an_error():
    (document,) = csv('ID,Title,ECTS,Hours\nC-1,"Data, ethics",5,#ERROR!\n')
    assert document.data["title"] == "Data, ethics"
    assert ("MC-SS-002", "error", "courses!D2") in at(document)


def test_a_numbers_csv_with_a_byte_order_mark_and_local_dates():
    raw = "\ufeffID;Title;Startdatum\nC-1;Daten;15.09.2026\n".encode()
    (document,) = tabular.load_csv(raw, "courses.csv")
    assert document.data["id"] == "C-1"
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"


def test_hours_typed_as_a_duration_in_an_ods_are_the_hours_shown():
    header = row(s("ID"), s("Title"), s("Hours"))
    cell = typed("time", 'office:time-value="PT125H00M00S"', "125:00")
    (document,) = read_ods(header, row(s("C-1"), s("Data"), cell))
    assert document.data["workload"] == {"hours": 125}


@pytest.mark.parametrize("visibility", ["collapse", "filter"])
def test_rows_hidden_or_filtered_out_and_repeated_are_each_read_and_noted(visibility):
    data = row(
        s("C-1"),
        s("Data"),
        s("5"),
        attributes=f'table:visibility="{visibility}" table:number-rows-repeated="2"',
    )
    first, second, third = read_ods(HEADER, data, row(s("C-3"), s("Stats"), s("4")))
    assert [r for r, _, _ in at(first)] == ["MC-SS-003"]
    assert "MC-SS-003" in {r for r, _, _ in at(second)}
    assert "MC-SS-003" not in {r for r, _, _ in at(third)}
