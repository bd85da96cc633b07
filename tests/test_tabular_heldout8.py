"""Held-out workbooks of round eight: catalogues laid out as the people who fill them in lay them out, written
before the reader was run on them. Title rows and notes above the header, headers of two rows under merged
groups, a header that is not the first row or starts right of column A, notes and example rows under it, hidden,
filtered and grouped rows, a sheet per faculty, instructions, cover and list sheets, Excel tables with totals,
formulas with and without saved results, the 1904 date system, rich text, currency formats, links, comments,
formatting to the sheet's last row, and workbooks as LibreOffice, Google Sheets, Numbers and openpyxl write them;
OpenDocument sheets with repeated, spanned and covered cells, annotations and typed currency cells.

Of the first 46 workbooks, 7 were misread before the fixes (a lookup sheet of codes read as offerings, a header
under eleven lines of guidance not found, a group row not merged over its languages, headings between rows and a
marked example row read as descriptors, currency formats and currency cells giving no currency); 48 to 54 were
written after the fixes, to try them on other layouts. Excel's built-in currency formats show the currency of
the reader's locale, so they give none."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.table import Table, TableStyleInfo

from qa_checker.findings import Severity
from qa_checker.loaders import tabular
from qa_checker.loaders.cell_values import format_currency
from qa_checker.pointer import walk
from tests.conftest import zip_patched
from tests.test_tabular_ods import TRAILING, ods, table
from tests.test_tabular_ods import empty as ods_empty
from tests.test_tabular_ods import n as ods_n
from tests.test_tabular_ods import row as ods_row
from tests.test_tabular_ods import s as ods_s
from tests.timing import assert_linear

Rows = list[list[Any]]


def _book(*sheets: tuple[str, Rows] | tuple[str, Rows, Any], epoch: Any = None) -> bytes:
    """A workbook as openpyxl writes it: one sheet per ``(name, rows[, setup])``, ``setup(sheet)`` run after
    the rows are written."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    if epoch is not None:
        book.epoch = epoch
    for name, rows, *setup in sheets:
        sheet = book.create_sheet(name)
        for values in rows:
            sheet.append(list(values))
        for step in setup:
            step(sheet)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _rewritten(raw: bytes, part: str, edit: Any) -> bytes:
    """The workbook with one part's bytes replaced by ``edit(bytes)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, edit(data) if info.filename == part else data)
    return out.getvalue()


def _ods_cell(value: Any) -> str:
    if isinstance(value, str) and value.startswith("<table:"):
        return value
    if isinstance(value, datetime.date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value:%d.%m.%Y}</text:p></table:table-cell>"
        )
    if value is None:
        return ods_empty(1)
    return ods_n(value) if isinstance(value, (int, float)) else ods_s(value)


def _ods(*sheets: tuple[str, Rows]) -> bytes:
    """An .ods as LibreOffice saves one: each sheet ending in empty rows and columns repeated to its edge."""
    return ods(
        *(table(name, *(ods_row(*map(_ods_cell, r), ods_empty(1000)) for r in rows), TRAILING) for name, rows in sheets)
    )


def _ods_raw(*sheets: tuple[str, list[str]]) -> bytes:
    """An .ods of rows written as XML, each sheet ending as LibreOffice ends one."""
    return ods(*(table(name, *rows, TRAILING) for name, rows in sheets))


# name -> (kind, bytes, expected descriptors (dotted field -> value; learning_outcomes -> how many items),
# findings expected as (rule, severity, sheet, cell))
CASES: dict[str, tuple[str, bytes, list[dict[str, Any]], set[tuple[str, str, str, str]]]] = {}


def case(name: str, kind: str, raw: bytes, expected: list[dict[str, Any]], findings=()) -> None:
    CASES[name] = (kind, raw, expected, set(findings))


HEADER = ["Course code", "Title", "ECTS", "EQF level", "Country"]
ROW_A = ["MC-101", "Data Ethics", 5, 6, "Germany"]
ROW_B = ["MC-102", "Green Logistics", 3, 5, "Austria"]
WANT_A = {"id": "MC-101", "title": "Data Ethics", "workload.ects": 5, "level.eqf": 6, "awarding_bodies.0.country": "DE"}
WANT_B = {
    "id": "MC-102",
    "title": "Green Logistics",
    "workload.ects": 3,
    "level.eqf": 5,
    "awarding_bodies.0.country": "AT",
}


def _merge(*ranges: str) -> Any:
    def setup(sheet: Any) -> None:
        for area in ranges:
            sheet.merge_cells(area)

    return setup


# 1 A title, a subtitle and a blank row over the header
case(
    "title-rows.xlsx",
    "xlsx",
    _book(("Catalogue", [["Micro-credentials 2026/27"], ["Faculty of Economics"], [], HEADER, ROW_A, ROW_B])),
    [WANT_A, WANT_B],
)
# 2 A title merged across the table's width, a date line, then the header
case(
    "merged-title.xlsx",
    "xlsx",
    _book(
        ("Offer", [["Catalogue of micro-credentials"], ["Status: 1 March 2026"], HEADER, ROW_A], _merge("A1:E1")),
    ),
    [WANT_A],
)
# 3 A header of two rows: "Title" merged over its languages, "Workload" over ECTS and hours
case(
    "two-row-header.xlsx",
    "xlsx",
    _book(
        (
            "Courses",
            [
                ["Course code", "Title", None, "Workload", None],
                [None, "EN", "DE", "ECTS", "Hours"],
                ["MC-101", "Data Ethics", "Datenethik", 5, 125],
            ],
            _merge("B1:C1", "D1:E1", "A1:A2"),
        )
    ),
    [{"id": "MC-101", "title.en": "Data Ethics", "title.de": "Datenethik", "workload.ects": 5, "workload.hours": 125}],
)
# 4 A header under eight lines of instructions
case(
    "instructions-above.xlsx",
    "xlsx",
    _book(
        (
            "Catalogue",
            [
                ["How to fill in this sheet"],
                ["1. One row per micro-credential."],
                ["2. Use the dropdowns where there are any."],
                ["3. Learning outcomes: one per line (Alt+Enter)."],
                ["4. Do not rename the columns."],
                ["5. Send the file to the QA office."],
                [],
                [],
                HEADER,
                ROW_A,
            ],
        )
    ),
    [WANT_A],
)
# 5 Notes on the columns under the header ("mandatory"/"optional") and an example row of "e.g." cells
case(
    "notes-and-example.xlsx",
    "xlsx",
    _book(
        (
            "Catalogue",
            [
                HEADER,
                ["mandatory", "mandatory", "mandatory", "optional", "mandatory"],
                ["e.g. MC-001", "e.g. Data Literacy", "e.g. 5", "e.g. 6", "e.g. Germany"],
                ROW_A,
                ROW_B,
            ],
        )
    ),
    [WANT_A, WANT_B],
    {("MC-SS-003", "INFO", "Catalogue", "A2:E2"), ("MC-SS-003", "INFO", "Catalogue", "A3:E3")},
)


# 6 Rows hidden by hand, rows an autofilter hides and rows grouped and collapsed: all still offerings
def _hide_rows(sheet: Any) -> None:
    sheet.row_dimensions[3].hidden = True
    sheet.auto_filter.ref = "A1:E4"
    sheet.row_dimensions.group(4, 4, hidden=True, outline_level=1)


case(
    "hidden-filtered-grouped.xlsx",
    "xlsx",
    _book(("Courses", [HEADER, ROW_A, ROW_B, ["MC-103", "Urban Mobility", 2, 4, "France"]], _hide_rows)),
    [WANT_A, WANT_B, {"id": "MC-103", "title": "Urban Mobility", "awarding_bodies.0.country": "FR"}],
    {("MC-SS-003", "INFO", "Courses", "A3:E3"), ("MC-SS-003", "INFO", "Courses", "A4:E4")},
)


# 7 A hidden column of internal notes beside the catalogue's columns
def _hide_column(sheet: Any) -> None:
    sheet.column_dimensions["F"].hidden = True


case(
    "hidden-column.xlsx",
    "xlsx",
    _book(("Courses", [[*HEADER, "ECTS"], [*ROW_A, 5]], _hide_column)),
    [WANT_A],
)
# 8 One sheet per faculty, each with its own title row
case(
    "sheet-per-faculty.xlsx",
    "xlsx",
    _book(
        ("Economics", [["Faculty of Economics"], HEADER, ROW_A]),
        ("Engineering", [["Faculty of Engineering"], HEADER, ROW_B]),
    ),
    [WANT_A, WANT_B],
)
# 9 An instructions sheet first, then the catalogue, then a visible sheet of lists feeding the dropdowns
case(
    "instructions-catalogue-lists.xlsx",
    "xlsx",
    _book(
        (
            "Read me",
            [
                ["Instructions"],
                ["Fill in one row per micro-credential on the sheet 'Catalogue'."],
                ["Choose values from the dropdown lists."],
            ],
        ),
        ("Catalogue", [HEADER, ROW_A, ROW_B]),
        ("Dropdowns", [["Country", "EQF level", "Mode"], ["Germany", 1, "Online"], ["Austria", 2, "Blended"]]),
    ),
    [WANT_A, WANT_B],
    {("MC-SS-003", "INFO", "Read me", "A1"), ("MC-SS-003", "INFO", "Dropdowns", "A1")},
)


# 10 An Excel table (ListObject) starting in row 3 with a totals row
def _list_object(sheet: Any) -> None:
    sheet.add_table(
        Table(
            displayName="Catalogue",
            ref="A3:E6",
            totalsRowCount=1,
            tableStyleInfo=TableStyleInfo(name="TableStyleMedium9", showRowStripes=True),
        )
    )


case(
    "list-object.xlsx",
    "xlsx",
    _book(("Offer", [["Micro-credentials"], [], HEADER, ROW_A, ROW_B, ["Total", None, "=SUBTOTAL(109,C4:C5)"]])),
    [WANT_A, WANT_B],
    {("MC-SS-003", "INFO", "Offer", "A6:C6")},
)
# 11 Formulas without saved results, as openpyxl writes them: reported at their cells, never evaluated
case(
    "formulas-unsaved.xlsx",
    "xlsx",
    _book(("Courses", [[*HEADER, "Hours"], ["MC-101", "Data Ethics", "=F2/25", 6, "Germany", 125]])),
    [{"id": "MC-101", "title": "Data Ethics", "workload.hours": 125, "level.eqf": 6}],
    {("MC-SS-002", "ERROR", "Courses", "C2")},
)


# 12 A formula looking the country up on a lists sheet, with its saved result
def _lookup_cached(raw: bytes) -> bytes:
    return zip_patched(
        raw,
        "xl/worksheets/sheet1.xml",
        b'<c r="E2"><f>VLOOKUP("DE",Lists!A:B,2,FALSE)</f><v /></c>',
        b'<c r="E2" t="str"><f>VLOOKUP("DE",Lists!A:B,2,FALSE)</f><v>Germany</v></c>',
    )


case(
    "lookup-cached.xlsx",
    "xlsx",
    _lookup_cached(
        _book(
            ("Courses", [HEADER, [*ROW_A[:4], '=VLOOKUP("DE",Lists!A:B,2,FALSE)']]),
            ("Lists", [["Code", "Country"], ["DE", "Germany"], ["AT", "Austria"]]),
        )
    ),
    [WANT_A],
)
# 13 The 1904 date system of a workbook from old Mac Excel
case(
    "mac-1904.xlsx",
    "xlsx",
    _book(
        ("Courses", [[*HEADER, "Start date"], [*ROW_A, datetime.date(2026, 9, 1)]]),
        epoch=CALENDAR_MAC_1904,
    ),
    [{**WANT_A, "participation.schedule.start": "2026-09-01"}],
)


# 14 Rich text: a title with a bold word, outcomes in two runs across lines
def _rich(sheet: Any) -> None:
    sheet["B2"] = CellRichText(["Data ", TextBlock(InlineFont(b=True), "Ethics")])
    sheet["F2"] = CellRichText(
        [TextBlock(InlineFont(i=True), "Explain the GDPR principles.\n"), "Assess a data set for bias."]
    )


case(
    "rich-text.xlsx",
    "xlsx",
    _book(("Courses", [[*HEADER, "Learning outcomes"], [*ROW_A, None]], _rich)),
    [{**WANT_A, "learning_outcomes": 2}],
)


# 15 A price under a currency format ("€ 450.00" shown, 450 stored) and no currency column
def _currency(sheet: Any) -> None:
    sheet["F2"].number_format = '"€"#,##0.00'
    sheet["F3"].number_format = "#,##0.00 [$€-407]"


case(
    "currency-format.xlsx",
    "xlsx",
    _book(("Courses", [[*HEADER, "Fee"], [*ROW_A, 450], [*ROW_B, 1250.5]], _currency)),
    [
        {**WANT_A, "price.amount": 450, "price.currency": "EUR"},
        {**WANT_B, "price.amount": 1250.5, "price.currency": "EUR"},
    ],
)


# 16 A percent format on the ECTS column's neighbour (share online) is no field; ECTS under "0.0" is a number
def _formats(sheet: Any) -> None:
    sheet["C2"].number_format = "0.0"
    sheet["F2"].number_format = "0%"


case(
    "number-formats.xlsx",
    "xlsx",
    _book(("Courses", [[*HEADER, "Online share"], [*ROW_A, 0.5]], _formats)),
    [WANT_A],
    {("MC-SS-001", "WARNING", "Courses", "F2")},
)


# 17 Hyperlinks as values: "Course page" links to the offering's page; a comment on the title is no value
def _links(sheet: Any) -> None:
    sheet["F2"].hyperlink = "https://example.org/mc-101"
    sheet["B2"].comment = Comment("Title approved by the board on 3 March", "QA office")


case(
    "links-comments.xlsx",
    "xlsx",
    _book(("Courses", [[*HEADER, "Further information"], [*ROW_A, "Course page"]], _links)),
    [{**WANT_A, "further_information": "https://example.org/mc-101"}],
)


# 18 Formatting to the sheet's last row and to column XFD: the same two offerings, read at once
def _formatted_to_the_edge(raw: bytes, last: int = 1_048_576) -> bytes:
    """``raw`` with empty formatted rows down to row ``last``, and its dimension given as every column to it."""
    rows = b"".join(b'<row r="%d" s="1" customFormat="1"/>' % r for r in range(4, last + 1))

    def edit(data: bytes) -> bytes:
        data = data.replace(b"</sheetData>", rows + b"</sheetData>", 1)
        return re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD%d"/>' % last, data, count=1)

    return _rewritten(raw, "xl/worksheets/sheet1.xml", edit)


FORMATTED = _formatted_to_the_edge(_book(("Courses", [HEADER, ROW_A, ROW_B])))
case("formatted-to-the-edge.xlsx", "xlsx", FORMATTED, [WANT_A, WANT_B])


# 19 As Numbers exports a table: the sheet named after sheet and table, the table's name over its header
case(
    "numbers-export.xlsx",
    "xlsx",
    _book(("Sheet 1 - Table 1", [["Table 1"], HEADER, ROW_A], _merge("A1:E1"))),
    [WANT_A],
)
# 20 A cover sheet with the catalogue's name, version and date, before the catalogue
case(
    "cover-sheet.xlsx",
    "xlsx",
    _book(
        (
            "Cover",
            [
                ["University of Examples"],
                ["Micro-credential catalogue"],
                ["Version", "3"],
                ["Date", datetime.date(2026, 3, 1)],
                ["Contact", "qa@example.org"],
            ],
        ),
        ("Catalogue", [HEADER, ROW_A]),
    ),
    [WANT_A],
)
# 21 A table starting in column B under a title in B2, as designed workbooks leave a margin
case(
    "margin.xlsx",
    "xlsx",
    _book(("Courses", [[], [None, "Micro-credentials"], [], [None, *HEADER], [None, *ROW_A], [None, *ROW_B]])),
    [WANT_A, WANT_B],
)
# 22 An empty spacer column inside the table
case(
    "spacer-column.xlsx",
    "xlsx",
    _book(("Courses", [["Course code", None, "Title", "ECTS"], ["MC-101", None, "Data Ethics", 5]])),
    [{"id": "MC-101", "title": "Data Ethics", "workload.ects": 5}],
)
# 23 Two blocks on one sheet, a caption and the header again over the second
case(
    "two-blocks.xlsx",
    "xlsx",
    _book(("Courses", [["Winter term"], HEADER, ROW_A, [], ["Summer term"], HEADER, ROW_B])),
    [WANT_A, WANT_B],
    {("MC-SS-003", "INFO", "Courses", "A5:A5"), ("MC-SS-003", "INFO", "Courses", "A6:E6")},
)
# 24 A value merged down over the rows of one faculty's offerings
case(
    "merged-down.xlsx",
    "xlsx",
    _book(
        (
            "Courses",
            [
                ["Awarding body", "Course code", "Title", "ECTS"],
                ["University of Examples", "MC-101", "Data Ethics", 5],
                [None, "MC-102", "Green Logistics", 3],
            ],
            _merge("A2:A3"),
        )
    ),
    [
        {"id": "MC-101", "awarding_bodies.0.name": "University of Examples"},
        {"id": "MC-102", "awarding_bodies.0.name": "University of Examples"},
    ],
    {("MC-SS-002", "INFO", "Courses", "A3")},
)
# 25 Headers typed over two lines in their cells (Alt+Enter) and marked mandatory with "*"
case(
    "wrapped-headers.xlsx",
    "xlsx",
    _book(
        (
            "Courses",
            [
                ["Course\ncode *", "Title of the\nmicro-credential *", "ECTS\ncredits *", "EQF\nlevel"],
                ["MC-101", "Data Ethics", 5, 6],
            ],
        )
    ),
    [{"id": "MC-101", "title": "Data Ethics", "workload.ects": 5, "level.eqf": 6}],
)
# 26 A very hidden sheet of lists and a hidden sheet of a withdrawn offering
case(
    "hidden-sheets.xlsx",
    "xlsx",
    _book(
        ("Catalogue", [HEADER, ROW_A]),
        ("Withdrawn", [HEADER, ROW_B], lambda s: setattr(s, "sheet_state", "hidden")),
        ("Lists", [["Country", "Mode"], ["Germany", "Online"]], lambda s: setattr(s, "sheet_state", "veryHidden")),
    ),
    [WANT_A, WANT_B],
    {("MC-SS-003", "INFO", "Withdrawn", "A2:E2")},
)


# 28 A formula whose saved result is an error (#N/A from a lookup that found nothing)
def _na(raw: bytes) -> bytes:
    return zip_patched(
        raw,
        "xl/worksheets/sheet1.xml",
        b'<c r="E2"><f>VLOOKUP("XX",Lists!A:B,2,FALSE)</f><v /></c>',
        b'<c r="E2" t="e"><f>VLOOKUP("XX",Lists!A:B,2,FALSE)</f><v>#N/A</v></c>',
    )


case(
    "lookup-error.xlsx",
    "xlsx",
    _na(_book(("Courses", [HEADER, [*ROW_A[:4], '=VLOOKUP("XX",Lists!A:B,2,FALSE)']]))),
    [{"id": "MC-101", "title": "Data Ethics", "awarding_bodies.0.country": None}],
    {("MC-SS-002", "ERROR", "Courses", "E2")},
)
# 29 A header in row 12, under a block of eleven lines of guidance
case(
    "long-guidance.xlsx",
    "xlsx",
    _book(
        (
            "Catalogue",
            [
                ["Guidance"],
                *([f"{i}. Fill in the columns as the guidance note asks."] for i in range(1, 10)),
                [],
                HEADER,
                ROW_A,
            ],
        )
    ),
    [WANT_A],
)
# 30 A sheet per year, the later one's header translated and its rows starting after a blank row
case(
    "sheet-per-year.xlsx",
    "xlsx",
    _book(
        ("2025", [HEADER, ROW_A]),
        ("2026", [["Kurscode", "Titel", "ECTS", "EQF-Niveau", "Land"], [], ROW_B]),
    ),
    [WANT_A, WANT_B],
)
# 31 A "last updated" line and a source note under the table
case(
    "notes-below.xlsx",
    "xlsx",
    _book(
        (
            "Courses",
            [
                HEADER,
                ROW_A,
                ROW_B,
                [],
                ["Source: QA office, March 2026"],
                ["* EQF = European Qualifications Framework"],
            ],
        )
    ),
    [WANT_A, WANT_B],
    {("MC-SS-003", "INFO", "Courses", "A5:A5"), ("MC-SS-003", "INFO", "Courses", "A6:A6")},
)
# 32 A date with a time of day typed in a 1904 workbook and a date typed as text beside it
case(
    "mac-1904-datetime.xlsx",
    "xlsx",
    _book(
        (
            "Courses",
            [
                ["Course code", "Title", "Start date", "End date"],
                ["MC-101", "Data Ethics", datetime.datetime(2026, 9, 1, 9, 0), "15.12.2026"],
            ],
        ),
        epoch=CALENDAR_MAC_1904,
    ),
    [
        {
            "id": "MC-101",
            "participation.schedule.start": "2026-09-01",
            "participation.schedule.end": "2026-12-15",
        }
    ],
    {("MC-SS-002", "INFO", "Courses", "C2")},
)


# 33 A workbook as LibreOffice writes one: shared strings, typed cells with spans, no dimension of the data
def _libreoffice(raw: bytes) -> bytes:
    def edit(data: bytes) -> bytes:
        data = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:AMJ1048576"/>', data, count=1)
        return data.replace(b"<row r=", b'<row spans="1:5" customFormat="false" ht="12.8" hidden="false" r=')

    return _rewritten(raw, "xl/worksheets/sheet1.xml", edit)


case("libreoffice.xlsx", "xlsx", _libreoffice(_book(("Sheet1", [HEADER, ROW_A, ROW_B]))), [WANT_A, WANT_B])

# 34 An .ods: title row spanned across, a header of two rows, the group spanned over covered cells
case(
    "two-row-header.ods",
    "ods",
    _ods_raw(
        (
            "Kurse",
            [
                ods_row(
                    ods_s("Weiterbildungsangebote 2026", 'table:number-columns-spanned="5"'),
                    '<table:covered-table-cell table:number-columns-repeated="4"/>',
                ),
                ods_row(
                    ods_s("Kursnummer", 'table:number-rows-spanned="2"'),
                    ods_s("Titel", 'table:number-columns-spanned="2"'),
                    "<table:covered-table-cell/>",
                    ods_s("Arbeitsaufwand", 'table:number-columns-spanned="2"'),
                    "<table:covered-table-cell/>",
                ),
                ods_row(
                    "<table:covered-table-cell/>", ods_s("Deutsch"), ods_s("Englisch"), ods_s("ECTS"), ods_s("Stunden")
                ),
                ods_row(ods_s("WB-7"), ods_s("Datenethik"), ods_s("Data Ethics"), ods_n(5), ods_n(125)),
            ],
        )
    ),
    [{"id": "WB-7", "title.de": "Datenethik", "title.en": "Data Ethics", "workload.ects": 5, "workload.hours": 125}],
)
# 35 An .ods of two identical rows saved as one row repeated: two rows, one id given twice
case(
    "repeated-rows.ods",
    "ods",
    _ods_raw(
        (
            "Courses",
            [
                ods_row(*map(ods_s, ["Course code", "Title", "Country"])),
                ods_row(
                    ods_s("MC-101"), ods_s("Data Ethics"), ods_s("Germany"), attributes='table:number-rows-repeated="2"'
                ),
            ],
        )
    ),
    [{"id": "MC-101", "awarding_bodies.0.country": "DE"}, {"id": "MC-101", "awarding_bodies.0.country": "DE"}],
    {("MC-SS-004", "WARNING", "Courses", "A3")},
)
# 36 An .ods cell value repeated across columns (the same yes over three columns)
case(
    "repeated-cells.ods",
    "ods",
    _ods_raw(
        (
            "Courses",
            [
                ods_row(*map(ods_s, ["Course code", "Title", "ECTS", "EQF level"])),
                ods_row(ods_s("MC-101"), ods_s("Data Ethics"), ods_n(5, 'table:number-columns-repeated="2"')),
            ],
        )
    ),
    [{"id": "MC-101", "title": "Data Ethics", "workload.ects": 5, "level.eqf": 5}],
)
# 37 An .ods cell with an annotation (a comment) before its text, and rich text in spans
case(
    "annotations-spans.ods",
    "ods",
    _ods_raw(
        (
            "Courses",
            [
                ods_row(*map(ods_s, ["Course code", "Title", "Learning outcomes"])),
                ods_row(
                    ods_s("MC-101"),
                    '<table:table-cell office:value-type="string"><office:annotation><dc:creator>QA</dc:creator>'
                    "<text:p>Check the title with the board</text:p></office:annotation>"
                    '<text:p>Data <text:span text:style-name="T1">Ethics</text:span></text:p></table:table-cell>',
                    '<table:table-cell office:value-type="string"><text:p>Explain the GDPR principles.</text:p>'
                    "<text:p>Assess a data set<text:s/>for bias.</text:p></table:table-cell>",
                ),
            ],
        )
    ),
    [{"id": "MC-101", "title": "Data Ethics", "learning_outcomes": 2}],
)
# 38 An .ods price typed as currency (the cell names EUR) and a percentage cell under no field
case(
    "currency-cells.ods",
    "ods",
    _ods_raw(
        (
            "Courses",
            [
                ods_row(*map(ods_s, ["Course code", "Title", "Fee"])),
                ods_row(
                    ods_s("MC-101"),
                    ods_s("Data Ethics"),
                    '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="450">'
                    "<text:p>450,00 €</text:p></table:table-cell>",
                ),
                ods_row(
                    ods_s("MC-102"),
                    ods_s("Green Logistics"),
                    '<table:table-cell office:value-type="currency" office:currency="CHF" office:value="300">'
                    "<text:p>CHF 300.00</text:p></table:table-cell>",
                ),
            ],
        )
    ),
    [
        {"id": "MC-101", "price.amount": 450, "price.currency": "EUR"},
        {"id": "MC-102", "price.amount": 300, "price.currency": "CHF"},
    ],
)
# 39 An .ods with hidden (collapsed) and filtered rows
case(
    "hidden-rows.ods",
    "ods",
    _ods_raw(
        (
            "Courses",
            [
                ods_row(*map(ods_s, ["Course code", "Title"])),
                ods_row(ods_s("MC-101"), ods_s("Data Ethics")),
                ods_row(ods_s("MC-102"), ods_s("Green Logistics"), attributes='table:visibility="collapse"'),
                ods_row(ods_s("MC-103"), ods_s("Urban Mobility"), attributes='table:visibility="filter"'),
            ],
        )
    ),
    [{"id": "MC-101"}, {"id": "MC-102"}, {"id": "MC-103"}],
    {("MC-SS-003", "INFO", "Courses", "A3:B3"), ("MC-SS-003", "INFO", "Courses", "A4:B4")},
)
# 40 An .ods with a formula and its saved result, and one with an error result
case(
    "formulas.ods",
    "ods",
    _ods_raw(
        (
            "Courses",
            [
                ods_row(*map(ods_s, ["Course code", "Title", "Hours", "ECTS"])),
                ods_row(
                    ods_s("MC-101"),
                    ods_s("Data Ethics"),
                    ods_n(125),
                    '<table:table-cell table:formula="of:=[.C2]/25" office:value-type="float" office:value="5">'
                    "<text:p>5</text:p></table:table-cell>",
                ),
                ods_row(
                    ods_s("MC-102"),
                    ods_s("Green Logistics"),
                    ods_s("many"),
                    '<table:table-cell table:formula="of:=[.C3]/25" office:value-type="string" office:string-value="">'
                    "<text:p>Err:502</text:p></table:table-cell>",
                ),
            ],
        )
    ),
    [{"id": "MC-101", "workload.ects": 5, "workload.hours": 125}, {"id": "MC-102", "workload.ects": None}],
    {("MC-SS-002", "ERROR", "Courses", "D3")},
)
# 41 An .ods with an instructions sheet, a catalogue starting under a title, and a lists sheet
case(
    "instructions.ods",
    "ods",
    _ods(
        ("Anleitung", [["Bitte eine Zeile je Angebot ausfüllen."], ["Werte aus den Listen wählen."]]),
        (
            "Angebote",
            [["Angebote 2026"], ["Kursnummer", "Titel", "ECTS", "Land"], ["WB-7", "Datenethik", 5, "Deutschland"]],
        ),
        ("Listen", [["Land", "Modus"], ["Deutschland", "Online"], ["Österreich", "Präsenz"]]),
    ),
    [{"id": "WB-7", "title": "Datenethik", "workload.ects": 5, "awarding_bodies.0.country": "DE"}],
    {("MC-SS-003", "INFO", "Listen", "A1")},
)
# 42 An .ods with a link as the value of "Further information" and a line break inside the outcomes cell
case(
    "links-breaks.ods",
    "ods",
    _ods_raw(
        (
            "Courses",
            [
                ods_row(*map(ods_s, ["Course code", "Title", "Further information", "Learning outcomes"])),
                ods_row(
                    ods_s("MC-101"),
                    ods_s("Data Ethics"),
                    '<table:table-cell office:value-type="string"><text:p>'
                    '<text:a xlink:href="https://example.org/mc-101">Course page</text:a></text:p></table:table-cell>',
                    '<table:table-cell office:value-type="string"><text:p>Explain the GDPR principles.'
                    "<text:line-break/>Assess a data set for bias.</text:p></table:table-cell>",
                ),
            ],
        )
    ),
    [{"id": "MC-101", "further_information": "https://example.org/mc-101", "learning_outcomes": 2}],
)
# 43 An .ods whose header is in row 3 and starts in column B, rows repeated empty between the blocks
case(
    "margin.ods",
    "ods",
    _ods_raw(
        (
            "Courses",
            [
                ods_row(ods_empty(1), ods_s("Catalogue")),
                ods_row(ods_empty(5), attributes='table:number-rows-repeated="1"'),
                ods_row(ods_empty(1), *map(ods_s, ["Course code", "Title", "ECTS"])),
                ods_row(ods_empty(1), ods_s("MC-101"), ods_s("Data Ethics"), ods_n(5)),
                ods_row(ods_empty(1024), attributes='table:number-rows-repeated="5000"'),
                ods_row(ods_empty(1), ods_s("MC-102"), ods_s("Green Logistics"), ods_n(3)),
            ],
        )
    ),
    [{"id": "MC-101", "workload.ects": 5}, {"id": "MC-102", "workload.ects": 3}],
)


# 44 Google Sheets: a frozen header row, a filter view, the data starting in row 2, an empty "Notes" column
def _google(sheet: Any) -> None:
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = "A1:F3"


case(
    "google-sheets.xlsx",
    "xlsx",
    _book(("Sheet1", [[*HEADER, "Notes"], ROW_A, ROW_B], _google)),
    [WANT_A, WANT_B],
)
# 45 A header whose group row is not merged, only written over the first of its columns
case(
    "unmerged-group.xlsx",
    "xlsx",
    _book(
        (
            "Courses",
            [
                ["", "Title", "", "Workload", ""],
                ["Course code", "EN", "FR", "ECTS", "Hours"],
                ["MC-101", "Data Ethics", "Éthique des données", 5, 125],
            ],
        )
    ),
    [
        {
            "id": "MC-101",
            "title.en": "Data Ethics",
            "title.fr": "Éthique des données",
            "workload.ects": 5,
            "workload.hours": 125,
        }
    ],
)
# 46 Subheadings between the rows: a faculty's name alone in a row before its offerings
case(
    "subheadings.xlsx",
    "xlsx",
    _book(("Courses", [HEADER, ["Faculty of Economics"], ROW_A, ["Faculty of Engineering"], ROW_B])),
    [WANT_A, WANT_B],
)
# 47 An example row under the header marked as one in its first cell
case(
    "example-row.xlsx",
    "xlsx",
    _book(
        (
            "Catalogue",
            [
                HEADER,
                ["Example: MC-000", "Example: Introduction to Data Literacy", 5, 6, "Germany"],
                ROW_A,
            ],
        )
    ),
    [WANT_A],
    {("MC-SS-003", "INFO", "Catalogue", "A2:E2")},
)

# 48 "Title" merged over its languages while the code is in the header's own row, not merged down
case(
    "merged-group-code-below.xlsx",
    "xlsx",
    _book(
        (
            "Courses",
            [
                [None, "Title", None, None],
                ["Course code", "EN", "DE", "ECTS"],
                ["MC-101", "Data Ethics", "Datenethik", 5],
            ],
            _merge("B1:C1"),
        )
    ),
    [{"id": "MC-101", "title.en": "Data Ethics", "title.de": "Datenethik", "workload.ects": 5}],
)
# 49 Headings over groups of rows that carry a number ("Semester 1") or none, beside ids of several words
case(
    "semester-headings.xlsx",
    "xlsx",
    _book(
        (
            "Courses",
            [
                HEADER,
                ["Semester 1"],
                ["MC 2026 01", "Data Ethics", 5, 6, "Germany"],
                ["Wintersemester 2026/27"],
                ["MC 2026 02", "Green Logistics", 3, 5, "Austria"],
            ],
        )
    ),
    [{**WANT_A, "id": "MC 2026 01"}, {**WANT_B, "id": "MC 2026 02"}],
    {("MC-SS-003", "INFO", "Courses", "A2:A2"), ("MC-SS-003", "INFO", "Courses", "A4:A4")},
)
# 50 A German template's example row ("Beispiel: ...") under the header
case(
    "beispiel-row.xlsx",
    "xlsx",
    _book(
        (
            "Angebote",
            [
                ["Kursnummer", "Titel", "ECTS", "Land"],
                ["Beispiel", "Einführung in die Datenkompetenz", 5, "Deutschland"],
                ["WB-7", "Datenethik", 5, "Deutschland"],
            ],
        )
    ),
    [{"id": "WB-7", "title": "Datenethik", "workload.ects": 5, "awarding_bodies.0.country": "DE"}],
    {("MC-SS-003", "INFO", "Angebote", "A2:D2")},
)
# 51 A German lists sheet of codes and countries beside the catalogue: a lookup, no offerings
case(
    "listen-lookup.xlsx",
    "xlsx",
    _book(
        ("Angebote", [["Kursnummer", "Titel", "ECTS", "Land"], ["WB-7", "Datenethik", 5, "Deutschland"]]),
        ("Listen", [["Code", "Land"], ["DE", "Deutschland"], ["AT", "Österreich"]]),
    ),
    [{"id": "WB-7", "title": "Datenethik"}],
    {("MC-SS-003", "INFO", "Listen", "A1")},
)


# 52 Currency formats of other currencies, and Excel's built-in currency format, which shows the reader's own
def _currencies(sheet: Any) -> None:
    sheet["C2"].number_format = "[$CHF] #,##0.00"
    sheet["C3"].number_format = '#,##0.00\\ "zł"'
    sheet["C4"].number_format = '"$"#,##0.00_);\\("$"#,##0.00\\)'


case(
    "currency-formats-other.xlsx",
    "xlsx",
    _book(
        (
            "Courses",
            [
                ["Course code", "Title", "Price"],
                ["MC-1", "Data Ethics", 300],
                ["MC-2", "Green Logistics", 1250],
                ["MC-3", "Urban Mobility", 99.5],
            ],
            _currencies,
        )
    ),
    [
        {"id": "MC-1", "price.amount": 300, "price.currency": "CHF"},
        {"id": "MC-2", "price.amount": 1250, "price.currency": "PLN"},
        {"id": "MC-3", "price.amount": 99.5, "price.currency": None},
    ],
)
# 53 An .ods whose header sits under twenty lines of guidance, headings between its rows and an example row
case(
    "guidance-headings.ods",
    "ods",
    _ods(
        (
            "Catalogue",
            [
                *([f"Guidance line {i}: fill in one row per offering."] for i in range(1, 21)),
                HEADER,
                ["Example: MC-000", "Example: Introduction to Data Literacy", 5, 6, "Germany"],
                ["School of Business"],
                ROW_A,
                ["School of Engineering"],
                ROW_B,
            ],
        )
    ),
    [WANT_A, WANT_B],
    {
        ("MC-SS-003", "INFO", "Catalogue", "A22:E22"),
        ("MC-SS-003", "INFO", "Catalogue", "A23:A23"),
        ("MC-SS-003", "INFO", "Catalogue", "A25:A25"),
    },
)
# 54 An .ods price as a plain number under a percentage-typed neighbour and a currency cell of no known currency
case(
    "percent-and-unknown-currency.ods",
    "ods",
    _ods_raw(
        (
            "Courses",
            [
                ods_row(*map(ods_s, ["Course code", "Title", "Price", "Discount"])),
                ods_row(
                    ods_s("MC-101"),
                    ods_s("Data Ethics"),
                    '<table:table-cell office:value-type="currency" office:currency="XYZ" office:value="450">'
                    "<text:p>450 XYZ</text:p></table:table-cell>",
                    '<table:table-cell office:value-type="percentage" office:value="0.1">'
                    "<text:p>10%</text:p></table:table-cell>",
                ),
            ],
        )
    ),
    [{"id": "MC-101", "price.amount": 450, "price.currency": None}],
    {("MC-SS-001", "WARNING", "Courses", "D2")},
)


def _load(kind: str, raw: bytes, name: str) -> list:
    loader = {"ods": tabular.load_ods}.get(kind, tabular.load_xlsx)
    return loader(raw, name)


def _misreads(documents: list, expected: list[dict[str, Any]]) -> list[str]:
    rows = [d for d in documents if d.data is not None]
    wrong = [f"{len(rows)} descriptors read, {len(expected)} expected"] * (len(rows) != len(expected))
    for document, fields in zip(rows, expected, strict=False):
        for field, want in fields.items():
            got = walk(document.data, field.split("."))
            if field == "learning_outcomes":
                got = len(got or [])
            if got != want:
                wrong.append(f"{document.source} {field}: {got!r} != {want!r}")
    return wrong


@pytest.mark.parametrize("name", list(CASES))
def test_a_workbook_is_read_as_a_reviewer_reads_it(name):
    kind, raw, expected, _ = CASES[name]
    assert _misreads(_load(kind, raw, name), expected) == []


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c[3]))
def test_rows_and_sheets_that_are_not_descriptors_are_told_at_their_cells(name):
    kind, raw, _, findings = CASES[name]
    found = {
        (f.rule, f.severity.name, f.origin.sheet, f.origin.cell)
        for d in _load(kind, raw, name)
        for f in d.findings
        if f.origin is not None
    }
    assert findings <= found


ERRORS_EXPECTED = {n for n, c in CASES.items() if any(f[1] == "ERROR" for f in c[3])}


@pytest.mark.parametrize("name", sorted(set(CASES) - ERRORS_EXPECTED))
def test_a_workbook_laid_out_so_gets_no_error(name):
    kind, raw, _, _ = CASES[name]
    assert [str(f.message) for d in _load(kind, raw, name) for f in d.findings if f.severity is Severity.ERROR] == []


def test_a_sheet_formatted_to_its_last_row_and_column_is_read_in_seconds():
    book = _book(("Courses", [HEADER, ROW_A, ROW_B]))
    assert_linear(lambda n: tabular.load_xlsx(_formatted_to_the_edge(book, n), "formatted.xlsx"), 16_384, 65_536)


@pytest.mark.parametrize(
    ("number_format", "currency"),
    [
        ("#,##0.00 [$€-407]", "EUR"),
        ("[$CHF] #,##0.00", "CHF"),
        ('#,##0.00\\ "zł"', "PLN"),
        ("#,##0 [$USD]", "USD"),
        ("[$-407]#,##0.00", None),
        ("0%", None),
        ('0 "ECTS"', None),
    ],
)
def test_a_number_format_gives_the_currency_it_shows_and_no_other(number_format, currency):
    assert format_currency(number_format) == currency


def test_a_sheet_named_as_lists_that_has_a_title_column_is_still_read():
    raw = _book(("Lists", [["Code", "Title", "ECTS"], ["MC-1", "Data Ethics", 5]]))
    assert [d.data["title"] for d in tabular.load_xlsx(raw, "lists.xlsx")] == ["Data Ethics"]
