"""OpenDocument spreadsheets (.ods): read as Excel workbooks are, located the same, bounded against hostile files.

Every .ods here is written by the test itself: a zip with a mimetype and a content.xml.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from qa_checker.limits import Limits
from qa_checker.loaders import Loaders, iter_files, load_file, sniff, tabular
from qa_checker.loaders import ods as ods_reader

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


def package(
    content: str | bytes,
    *,
    mimetype: str = MIMETYPE,
    extra: dict[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as ODF requires
        archive.writestr("content.xml", content, compress_type=compression)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def ods(*tables: str, styles: str = "", settings: str = "", compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet>"
        f"{settings}{''.join(tables)}</office:spreadsheet></office:body></office:document-content>"
    )
    return package(content, compression=compression)


def table(name: str, *rows: str, style: str = "") -> str:
    styled = f' table:style-name="{style}"' if style else ""
    return f'<table:table table:name="{name}"{styled}>{"".join(rows)}</table:table>'


def row(*cells: str, attributes: str = "") -> str:
    return f"<table:table-row {attributes}>{''.join(cells)}</table:table-row>"


def s(text: str, attributes: str = "") -> str:
    return f'<table:table-cell office:value-type="string" {attributes}><text:p>{text}</text:p></table:table-cell>'


def n(value: float, attributes: str = "") -> str:
    return (
        f'<table:table-cell office:value-type="float" office:value="{value}" {attributes}>'
        f"<text:p>{value}</text:p></table:table-cell>"
    )


def empty(repeat: int = 1) -> str:
    return f'<table:table-cell table:number-columns-repeated="{repeat}"/>'


TRAILING = row(empty(1024), attributes='table:number-rows-repeated="1048570"')  # as LibreOffice ends a sheet


def located(document):
    return sorted(
        (f.rule, f.severity.value, f.pointer, f.origin.label() if f.origin else "") for f in document.findings
    )


def load(raw: bytes, name: str = "cat.ods", limits: Limits | None = None):
    return tabular.load_ods(raw, name, limits=limits)


# ---------------------------------------------------------------- the same reading as a workbook


HEADER = ["id", "Titel (Deutsch)", "ECTS", "ISCED-F", "Language", "Start date", "Price"]
ROWS = [
    ["k1", "Datenschutz", 5, "0613", "Deutsch und Englisch", "2027-03-01", "five"],
    ["k2", "=cmd|' /C calc'!A0", "tbd", 613, "EN", "03/04/2027", 120],
]


def test_an_ods_reads_as_the_same_workbook_saved_as_xlsx_with_the_same_findings_at_the_same_cells():
    def cell(value):
        if isinstance(value, (int, float)):
            return n(value)
        return s(value)

    raw = ods(table("Courses", *(row(*map(cell, r)) for r in [HEADER, *ROWS]), TRAILING))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    for values in [HEADER, *ROWS]:
        sheet.append(values)
    sheet["B3"].data_type = "s"
    out = io.BytesIO()
    book.save(out)
    from_ods = load(raw, "cat.ods")
    from_xlsx = tabular.load_xlsx(out.getvalue(), "cat.xlsx")
    assert [d.data for d in from_ods] == [d.data for d in from_xlsx]
    assert [located(d) for d in from_ods] == [located(d) for d in from_xlsx]
    assert [[f.message for f in d.findings] for d in from_ods] == [[f.message for f in d.findings] for d in from_xlsx]
    assert [d.source for d in from_ods] == ["cat.ods [Courses row 2]", "cat.ods [Courses row 3]"]
    assert from_ods[0].data["title"] == {"de": "Datenschutz"} and from_ods[0].data["languages"] == ["de", "en"]
    assert from_ods[1].data["field_of_education"] == "0613"
    assert {f.origin.label() for f in from_ods[1].findings} >= {"Courses!B3", "Courses!D3", "Courses!F3"}
    assert all(d.format == "ods" for d in from_ods)


def test_typed_cells_dates_booleans_paragraphs_spaces_links_and_comments():
    cells = row(
        s("id"),
        s("Title"),
        s("Learning outcomes"),
        s("Start date"),
        s("Further information"),
        s("Summary"),
        s("extensions.flag"),
    )
    values = row(
        s("x1"),
        '<table:table-cell office:value-type="string"><text:p>Data<text:s text:c="3"/>ethics'
        "<text:span> and law</text:span></text:p>"
        "<office:annotation><dc:creator>QA</dc:creator><text:p>check this</text:p></office:annotation>"
        "</table:table-cell>",
        '<table:table-cell office:value-type="string"><text:p>Apply the GDPR</text:p>'
        "<text:p>Assess fairness</text:p></table:table-cell>",
        '<table:table-cell office:value-type="date" office:date-value="2027-03-01T00:00:00">'
        "<text:p>Mon 1 March</text:p></table:table-cell>",
        '<table:table-cell office:value-type="string"><text:p>'
        '<text:a xlink:href="https://x.eu/more">More</text:a></text:p></table:table-cell>',
        '<table:table-cell office:value-type="string"><text:p>Line one<text:line-break/>line two</text:p>'
        "</table:table-cell>",
        '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p>'
        "</table:table-cell>",
    )
    (document,) = load(ods(table("Courses", cells, values)))
    assert document.data["title"] == "Data   ethics and law"
    assert document.data["learning_outcomes"] == ["Apply the GDPR", "Assess fairness"]
    assert document.data["participation"]["schedule"]["start"] == "2027-03-01"
    assert document.data["further_information"] == "https://x.eu/more"
    assert document.data["summary"] == "Line one\nline two"
    assert document.data["extensions"] == {"flag": True}
    assert not document.findings


def test_formulas_saved_results_are_read_and_formulas_without_one_or_with_an_error_are_reported():
    raw = ods(
        table(
            "Courses",
            row(s("id"), s("ECTS"), s("Hours"), s("Title")),
            row(
                s("f1"),
                '<table:table-cell table:formula="of:=2+3" office:value-type="float" office:value="5">'
                "<text:p>5</text:p></table:table-cell>",
                '<table:table-cell table:formula="of:=[.B2]*25"/>',
                '<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="">'
                "<text:p>Err:532</text:p></table:table-cell>",
            ),
        )
    )
    (document,) = load(raw)
    assert document.data["workload"] == {"ects": 5}
    assert located(document) == [
        ("MC-SS-002", "error", "/title", "Courses!D2"),
        ("MC-SS-002", "error", "/workload/hours", "Courses!C2"),
    ]
    messages = [f.message for f in document.findings]
    assert "C2 holds the formula '=[.B2]*25' with no saved result" in messages[0]
    assert "Err:532" in messages[1]


def test_merged_cells_down_are_read_per_row_and_across_are_reported_as_in_a_workbook():
    covered = "<table:covered-table-cell/>"
    raw = ods(
        table(
            "Courses",
            row(s("id"), s("Awarding body"), s("ECTS"), s("Hours")),
            row(
                s("m1"),
                s("Shared Body", 'table:number-rows-spanned="2"'),
                n(5, 'table:number-columns-spanned="2"'),
                covered,
            ),
            row(s("m2"), covered, n(3), n(75)),
        )
    )
    first, second = load(raw)
    assert first.data["awarding_bodies"] == second.data["awarding_bodies"] == [{"name": "Shared Body"}]
    assert located(first) == [("MC-SS-002", "warning", "/workload/hours", "Courses!D2")]
    assert located(second) == [("MC-SS-002", "info", "/awarding_bodies/0/name", "Courses!B3")]


# ---------------------------------------------------------------- sheets and rows around the table


def test_hidden_rows_and_sheets_are_read_and_noted_template_sheets_skipped():
    styles = (
        '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/>'
        "</style:style>"
        '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
        "</style:style>"
    )
    raw = ods(
        table(
            "Courses",
            row(s("id"), s("Title")),
            row(s("a"), s("Shown")),
            row(s("b"), s("Withdrawn"), attributes='table:visibility="collapse"'),
            style="ta1",
        ),
        table("Old", row(s("id"), s("Title")), row(s("c"), s("Archived")), style="ta2"),
        table("Lists", row(s("Country")), row(s("NL")), style="ta2"),
        table("Codes", row(s("Country"), s("Language")), row(s("NL"), s("nl")), style="ta2"),
        styles=styles,
    )
    shown, withdrawn, archived = load(raw)
    assert [d.data["title"] for d in (shown, withdrawn, archived)] == ["Shown", "Withdrawn", "Archived"]
    assert located(withdrawn) == [("MC-SS-003", "info", "", "Courses!A3:B3")]
    assert withdrawn.findings[0].message == (
        "row 3 of sheet 'Courses' is hidden; it was read and checked like the visible rows"
    )
    assert located(archived) == [("MC-SS-003", "info", "", "Old!A2:B2")]
    assert located(shown) == [("MC-SS-003", "info", "", "Codes!A1")]
    assert shown.findings[0].message == "the hidden sheet 'Codes' was not read"


def test_numbering_column_title_rows_and_notes_rows_as_in_a_workbook():
    raw = ods(
        table(
            "Kursy",
            row(s("Katalog 2027")),
            row(s("Lp."), s("Nazwa"), s("Punkty ECTS")),
            row(s("wymagane"), s("wymagane"), s("np. 5")),
            row(n(1), s("Ochrona danych"), n(5)),
        )
    )
    (document,) = load(raw)
    assert document.data["id"] == "1" and document.data["title"] == "Ochrona danych"
    assert document.source == "cat.ods [Kursy row 4]"
    assert located(document) == [("MC-SS-003", "info", "", "Kursy!A3:C3")]


def test_a_1904_null_date_counts_date_serials_from_1904():
    settings = (
        '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>'
    )
    raw = ods(table("Courses", row(s("id"), s("Start date")), row(s("d"), n(45000))), settings=settings)
    (document,) = load(raw)
    assert document.data["participation"]["schedule"] == {"start": "2027-03-16"}
    assert located(document) == [("MC-SS-002", "info", "/participation/schedule/start", "Courses!B2")]


# ---------------------------------------------------------------- bounded against hostile files


class _Work:
    """What reading a spreadsheet costs, counted: the rows its sheets give (with their cells) and the characters
    of text put into cells."""

    def __init__(self) -> None:
        self.rows = self.cells = self.chars = 0


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> _Work:
    counted = _Work()
    rows, add = ods_reader.Sheet.rows, ods_reader._Content._add

    def counting_rows(sheet: ods_reader.Sheet, *args: Any) -> Iterator[tuple[int, list[Any]]]:
        for number, cells in rows(sheet, *args):
            counted.rows += 1
            counted.cells += len(cells)
            assert counted.rows <= 100_000, "repeated rows are given one by one"
            yield number, cells

    def counting_add(content: Any, cell: Any, text: str) -> None:
        counted.chars += len(text)
        add(content, cell, text)

    monkeypatch.setattr(ods_reader.Sheet, "rows", counting_rows)
    monkeypatch.setattr(ods_reader._Content, "_add", counting_add)
    return counted


def test_a_million_repeated_empty_rows_and_columns_cost_nothing(work: _Work):
    rows = [row(s("id"), s("Title"), empty(1_000_000))]
    rows += [row(s(f"r{i}"), s(f"Course {i}"), empty(16_000_000)) for i in range(3)]
    rows += [row(empty(1_000_000), attributes='table:number-rows-repeated="1000000000"') for _ in range(200)]
    documents = load(ods(table("Courses", *rows), table("Second", TRAILING)))
    # Counted, not timed: the header and three rows are given, each with its two cells; the empty cells and
    # rows repeated after them are never padded or given.
    assert (work.rows, work.cells) == (4, 8)
    assert [d.data["id"] for d in documents] == ["r0", "r1", "r2"]
    assert not any(d.findings for d in documents)


def test_a_row_of_empty_spanned_cells_repeated_without_end_costs_nothing(work: _Work):
    spanned = '<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="3"/>'
    rows = [
        row(s("id"), s("Title")),
        row(s("a"), s("A")),
        row(spanned, attributes='table:number-rows-repeated="1099511627776"'),
    ]
    (document,) = load(ods(table("Courses", *rows)))
    assert work.rows <= 3  # counted, not timed: the spanned row is given once, not once per repeat
    assert document.data["id"] == "a" and not document.findings


def test_styles_past_the_tag_budget_refuse_the_spreadsheet_before_its_first_sheet():
    styles = '<style:style style:name="x" style:family="table-cell"/>' * 3000
    raw = ods(
        table("Courses", row(s("id"), s("Title")), row(s("a"), s("A"))), styles=styles, compression=zipfile.ZIP_STORED
    )
    (document,) = load(raw, limits=Limits(spreadsheet_rows=20))
    assert document.data is None and document.findings[0].rule == "MC-LD-005"
    assert "more than 4,000 XML tags before its first sheet" in document.findings[0].message


def test_a_value_repeated_past_the_columns_limit_is_cut_there_and_reported_at_its_cell(work: _Work):
    raw = ods(
        table(
            "Courses",
            row(s("id"), s("Title")),
            row(s("w"), s("Wide"), empty(5), s("spill", 'table:number-columns-repeated="1000000"')),
        )
    )
    documents = load(raw, limits=Limits(spreadsheet_columns=20))
    assert work.cells <= 2 + 20 + 1  # counted, not timed: the header, the 20 columns read and the mark past them
    assert documents[0].data["id"] == "w"
    refusal = documents[-1]
    assert refusal.data is None and refusal.findings[0].rule == "MC-LD-005"
    assert refusal.findings[0].origin.label() == "Courses!U2"  # the 21st column, the first not read
    assert "past the limit of 20 columns" in refusal.findings[0].message


def test_a_value_far_right_of_the_columns_limit_is_reported_at_its_own_cell():
    raw = ods(table("Courses", row(s("id"), s("Title")), row(s("w"), s("Wide"), empty(100), s("far"))))
    refusal = load(raw, limits=Limits(spreadsheet_columns=20))[-1]
    assert refusal.findings[0].origin.label() == "Courses!CY2"  # column 103


def test_a_row_repeated_a_million_times_stops_at_the_rows_limit_with_a_located_finding(work: _Work):
    raw = ods(
        table(
            "Courses",
            row(s("id"), s("Title")),
            row(s("same"), s("Copy"), attributes='table:number-rows-repeated="1000000"'),
        )
    )
    documents = load(raw, limits=Limits(spreadsheet_rows=50))
    assert work.rows <= 51  # counted, not timed: no row is given past the limit, not a million
    assert len(documents) == 50  # the header and 49 rows hold data, then the refusal
    stop = documents[-1]
    assert stop.findings[0].rule == "MC-LD-005" and stop.findings[0].origin.label() == "Courses!A51"
    assert "more than 50 rows holding data" in stop.findings[0].message


def test_a_cell_of_a_billion_spaces_is_refused_at_its_row(work: _Work):
    raw = ods(
        table(
            "Courses",
            row(s("id"), s("Title")),
            row(s("a"), s("fine")),
            row(
                s("b"),
                '<table:table-cell office:value-type="string"><text:p><text:s text:c="1000000000"/></text:p></table:table-cell>',
            ),
        )
    )
    documents = load(raw, limits=Limits(max_string_chars=1000))
    assert work.chars <= 1_100  # counted, not timed: the spaces are written out to the limit, not a billion
    assert documents[0].data["id"] == "a"
    assert documents[-1].findings[0].rule == "MC-LD-005"
    assert documents[-1].findings[0].origin.label() == "Courses!A3"
    assert "more than 1,000 characters" in documents[-1].findings[0].message


def test_xml_past_the_tag_budget_stops_at_the_row_reached():
    rows = [row(s("id"), s("Title"))] + [row(s(f"r{i}"), s(f"T{i}"), *([empty()] * 200)) for i in range(400)]
    raw = ods(table("Courses", *rows), compression=zipfile.ZIP_STORED)  # deflated, it is refused as a zip bomb
    documents = load(raw, limits=Limits(spreadsheet_rows=20))  # 4,000 tags, 410 a row
    stop = documents[-1]
    assert stop.findings[0].rule == "MC-LD-005"
    assert "XML holds more than 4,000 tags by Courses!A" in stop.findings[0].message
    assert stop.findings[0].origin.sheet == "Courses"
    assert 5 < len(documents) <= 10


@pytest.mark.parametrize(
    ("size", "words"),
    [(4 * 1024 * 1024, "content.xml is compressed more than 200:1"), (300 * 1024 * 1024, "unpacks to 314,572,")],
)
def test_a_zip_bomb_content_is_refused_before_it_is_parsed(size, words):
    bomb = package(b"<" + b" " * size)
    (document,) = load(bomb)
    assert document.data is None and document.findings[0].rule == "MC-LD-005"
    assert words in document.findings[0].message


def test_a_document_type_is_refused_unopened():
    content = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<office:document-content {NS}><office:body><office:spreadsheet>"
        '<table:table table:name="S"><table:table-row><table:table-cell><text:p>&b;</text:p></table:table-cell>'
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
    )
    (document,) = load(package(content))
    assert document.findings[0].rule == "MC-LD-001"
    assert "content.xml declares a document type" in document.findings[0].message


@pytest.mark.parametrize(
    ("raw", "rule", "words"),
    [
        (b"", "MC-LD-006", "empty"),
        (b"id,title\n", "MC-LD-001", "not an OpenDocument spreadsheet (an .ods file is a zip archive)"),
        (package("<x/>")[:-30], "MC-LD-001", "not a readable .ods"),
        (package("<x/>", mimetype="application/vnd.oasis.opendocument.text"), "MC-LD-001", "its mimetype is"),
        (package("<x/>", extra={"META-INF/manifest.xml": b"<manifest:encryption-data/>"}), "MC-LD-001", "encrypted"),
        (package("<office:document-content"), "MC-LD-001", "cannot be read"),
        (package(f"<office:document-content {NS}/>"), "MC-LD-006", "no descriptor rows"),
    ],
)
def test_files_that_are_not_readable_spreadsheets_are_one_located_error(raw, rule, words):
    (document,) = load(raw)
    assert document.data is None and document.source == "cat.ods"
    assert document.findings[0].rule == rule and words in document.findings[0].message


def test_a_zip_without_content_xml_is_not_a_spreadsheet():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.txt", "x")
    (document,) = load(out.getvalue())
    assert "no content.xml" in document.findings[0].message


def test_broken_xml_in_a_sheet_stops_it_with_a_located_finding():
    content = (
        f'<?xml version="1.0"?><office:document-content {NS}><office:body><office:spreadsheet>'
        + table("Courses", row(s("id"), s("Title")), row(s("a"), s("fine")))[: -len("</table:table>")]
        + "<table:table-row><oops></table:table-row>"
    )
    documents = load(package(content))
    assert documents[0].data["id"] == "a"
    assert documents[-1].findings[0].rule == "MC-LD-002"
    assert documents[-1].findings[0].origin.label() == "Courses!A3"


# ---------------------------------------------------------------- found like the other spreadsheets


def test_ods_files_are_found_in_folders_named_and_sniffed(tmp_path: Path):
    raw = ods(table("Courses", row(s("id"), s("Title")), row(s("o1"), s("From LibreOffice"))))
    (tmp_path / "catalogue.ods").write_bytes(raw)
    assert [p.name for p in iter_files([tmp_path])] == ["catalogue.ods"]
    (document,) = load_file(tmp_path / "catalogue.ods")
    assert document.data["id"] == "o1"
    assert sniff(raw) == ".ods"
    (piped,) = Loaders().load_stdin(raw)
    assert piped.data["title"] == "From LibreOffice"


def test_ods_members_of_a_zip_are_read():
    raw = ods(table("Courses", row(s("id"), s("Title")), row(s("z1"), s("Zipped"))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("offers/catalogue.ods", raw)
    (document,) = Loaders().load_stdin(out.getvalue(), "batch.zip")
    assert document.data["id"] == "z1" and "catalogue.ods [Courses row 2]" in document.source


def test_rows_of_a_hidden_row_group_are_hidden_and_a_hidden_template_lists_sheet_passes_silently():
    styles = (
        '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
        "</style:style>"
    )
    raw = ods(
        table(
            "Courses",
            "<table:table-header-rows>" + row(s("id"), s("Title")) + "</table:table-header-rows>",
            row(s("a"), s("Shown")),
            '<table:table-row-group table:display="false">' + row(s("b"), s("Folded")) + "</table:table-row-group>",
            row(s("c"), s("Shown too")),
        ),
        table("Lists", row(s("id"), s("Title")), row(s("x"), s("y")), style="ta2"),
        styles=styles,
    )
    shown, folded, after = load(raw)
    assert (shown.data["id"], folded.data["id"], after.data["id"]) == ("a", "b", "c")
    assert not shown.findings and not after.findings
    assert located(folded) == [("MC-SS-003", "info", "", "Courses!A3:B3")]


def test_a_header_of_two_rows_with_a_field_spanning_its_languages():
    raw = ods(
        table(
            "Kurse",
            row(
                s("Kurs-Nr.", 'table:number-rows-spanned="2"'),
                s("Titel", 'table:number-columns-spanned="2"'),
                "<table:covered-table-cell/>",
            ),
            row("<table:covered-table-cell/>", s("Deutsch"), s("English")),
            row(s("k1"), s("Datenschutz"), s("Data protection")),
        )
    )
    (document,) = load(raw)
    assert document.data == {
        "id": "k1",
        "title": {"de": "Datenschutz", "en": "Data protection"},
        "descriptor_version": "1.0",
    }
    assert document.origins["/title/en"].label() == "Kurse!C3"


def test_rows_holding_only_data_far_right_are_counted_against_the_budget_by_the_columns_they_stand_for(
    work: _Work,
):
    far = row(empty(5000), s("far"))
    raw = ods(table("Courses", row(s("id"), s("Title")), row(s("a"), s("A")), *([far] * 5000)))
    documents = load(raw, limits=Limits(spreadsheet_rows=20))  # 4,000 tags, 1,000 columns padded a row
    # Counted, not timed: a few rows are given before the budget stops them, none padded past 1,000 columns.
    assert work.rows <= 20 and work.cells <= 1_001 * work.rows, (work.rows, work.cells)
    assert documents[0].data["id"] == "a"
    assert [d.findings[0].rule for d in documents[1:]] == ["MC-LD-005", "MC-LD-005"]
    assert "XML holds more than 4,000 tags" in documents[1].findings[0].message
    assert documents[2].findings[0].origin.label() == "Courses!GJI3"  # column 5001, past the 1,000 read
