"""Round 12: catalogues saved as .ods by LibreOffice, Excel and Google Sheets (a thousand repeated columns and a
million repeated rows, covered cells, comments, hidden sheets, formulas with their saved results and errors,
dates), and the course lists learning platforms export as CSV (Moodle, Canvas, Open edX, ILIAS).

Each file is written here, content.xml as LibreOffice writes it, and labelled with what it must give: every
descriptor row, each value at its cell, every warning and error at its place; nothing else."""

from __future__ import annotations

import io
import zipfile

import pytest

from qa_checker.loaders import tabular
from tests.test_spreadsheets_round10_ods_and_csv import row, s, typed
from tests.test_spreadsheets_round12_csv_exports import Export, check
from tests.test_tabular_ods import NS

CALCEXT = 'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
# LibreOffice's last column and row: a sheet formatted to its edges repeats empty cells and rows that far.
EDGE_COLUMNS, EDGE_ROWS = 1024, 1_048_576
HIDDEN_STYLE = (
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
)


def ods(*sheets: tuple[str, list[str], bool]) -> bytes:
    """An .ods of ``(name, rows, hidden)`` sheets, as LibreOffice writes one: each row ends in empty cells repeated
    to the last column, and each sheet in an empty row repeated to the last row."""
    tables = []
    for name, rows, hidden in sheets:
        style = ' table:style-name="ta2"' if hidden else ""
        edge = row(f'<table:table-cell table:number-columns-repeated="{EDGE_COLUMNS}"/>')
        tail = edge.replace("<table:table-row ", f'<table:table-row table:number-rows-repeated="{EDGE_ROWS}" ')
        tables.append(
            f'<table:table table:name="{name}"{style}>'
            f'<table:table-column table:number-columns-repeated="{EDGE_COLUMNS}"/>{"".join(rows)}{tail}</table:table>'
        )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} {CALCEXT}>'
        f"<office:automatic-styles>{HIDDEN_STYLE}</office:automatic-styles><office:body><office:spreadsheet>"
        f"{''.join(tables)}</office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def padded(*cells: str) -> str:
    """A row as LibreOffice ends it: empty cells repeated to the last column."""
    rest = EDGE_COLUMNS - len(cells)
    return row(*cells, f'<table:table-cell table:number-columns-repeated="{rest}"/>')


def number(value: float, shown: str, formula: str = "") -> str:
    attributes = f'table:formula="{formula}" ' if formula else ""
    return typed("float", f'{attributes}office:value="{value}" calcext:value-type="float"', shown)


def error(shown: str, formula: str, kind: str = "float") -> str:
    """A formula whose result is an error, as LibreOffice saves it: a 0 (or an empty string) beside what it shows."""
    value = 'office:value="0"' if kind == "float" else 'office:string-value=""'
    return (
        f'<table:table-cell table:formula="{formula}" office:value-type="{kind}" {value} calcext:value-type="error">'
        f"<text:p>{shown}</text:p></table:table-cell>"
    )


def day(iso: str, shown: str) -> str:
    return typed("date", f'office:date-value="{iso}" calcext:value-type="date"', shown)


COVERED = "<table:covered-table-cell/>"
HEADER = padded(s("ID"), s("Title"), s("ECTS"), s("Hours"))
OUTCOMES = (
    '<table:table-cell office:value-type="string" calcext:value-type="string">'
    '<text:p>Explains the <text:span text:style-name="T1">GDPR</text:span>.</text:p>'
    "<text:p>Applies<text:s/>fairness metrics.</text:p><text:p/>"
    "<text:p>Designs a plan.<text:line-break/>Reviews it.</text:p></table:table-cell>"
)
COMMENTED = (
    '<table:table-cell office:value-type="string" calcext:value-type="string">'
    "<office:annotation><dc:creator>QA office</dc:creator><dc:date>2026-01-05T10:00:00</dc:date>"
    "<text:p>Title to be confirmed by the faculty</text:p></office:annotation>"
    "<text:p>Data ethics</text:p></table:table-cell>"
)

ODS_FILES = [
    # LibreOffice: a sheet formatted to its edges; hours a formula with its saved result.
    Export(
        "libreoffice.ods",
        ods(
            (
                "Courses",
                [
                    HEADER,
                    padded(s("L-1"), s("Data"), number(5, "5"), number(125, "125", "of:=[.C2]*25")),
                    padded(s("L-2"), s("Stats"), number(7.5, "7,5"), number(187.5, "187,5", "of:=[.C3]*25")),
                ],
                False,
            )
        ),
        {
            2: {"/workload/ects": (5, "Courses!C2"), "/workload/hours": (125, "Courses!D2")},
            3: {"/workload/ects": (7.5, "Courses!C3"), "/workload/hours": (187.5, "Courses!D3")},
        },
    ),
    # Formulas whose result is an error: LibreOffice saves 0 beside #DIV/0! and Err:502, an empty string beside #N/A.
    Export(
        "errors.ods",
        ods(
            (
                "Courses",
                [
                    HEADER,
                    padded(s("E-1"), s("Data"), number(5, "5"), error("#DIV/0!", "of:=[.C2]/[.E2]")),
                    padded(s("E-2"), s("Stats"), error("#N/A", "of:=VLOOKUP([.A3];$Lists.A:B;2;0)", "string")),
                    padded(s("E-3"), s("Ethics"), error("Err:502", "of:=SQRT(-1)"), number(100, "100")),
                    padded(s("E-4"), s("AI"), number(4, "4"), number(100, "100")),
                ],
                False,
            )
        ),
        {
            2: {"/workload/ects": (5, "Courses!C2")},
            3: {"/title": ("Stats", "Courses!B3")},
            4: {"/workload/hours": (100, "Courses!D4")},
            5: {"/workload/ects": (4, "Courses!C5")},
        },
        frozenset(
            {
                ("MC-SS-002", "error", "Courses!D2"),
                ("MC-SS-002", "error", "Courses!C3"),
                ("MC-SS-002", "error", "Courses!C4"),
            }
        ),
    ),
    # A comment on a filled cell, outcomes in paragraphs (a span, a space element, an empty paragraph, a line break).
    Export(
        "text.ods",
        ods(
            (
                "Courses",
                [padded(s("ID"), s("Title"), s("Learning outcomes")), padded(s("T-1"), COMMENTED, OUTCOMES)],
                False,
            )
        ),
        {
            2: {
                "/title": ("Data ethics", "Courses!B2"),
                "/learning_outcomes/0": ("Explains the GDPR.", "Courses!C2"),
                "/learning_outcomes/1": ("Applies fairness metrics.", "Courses!C2"),
                "/learning_outcomes/3": ("Reviews it.", "Courses!C2"),
            }
        },
    ),
    # "Learning outcomes" merged over three columns (covered cells after it), and typed over each of three.
    Export(
        "outcome_columns.ods",
        ods(
            (
                "Merged",
                [
                    padded(
                        s("ID"),
                        s("Title"),
                        s("Learning outcomes", 'table:number-columns-spanned="3"'),
                        COVERED,
                        COVERED,
                    ),
                    padded(s("M-1"), s("Data"), s("Explains A."), s("Applies B."), s("Designs C.")),
                ],
                False,
            ),
            (
                "Repeated",
                [
                    padded(s("ID"), s("Title"), s("Learning outcome", 'table:number-columns-repeated="3"')),
                    padded(s("R-1"), s("Stats"), s("Tests A."), s("Models B.")),
                ],
                False,
            ),
        ),
        {
            2: {"/learning_outcomes/2": ("Designs C.", "Merged!E2")},
        },
    ),
    # A hidden sheet of drop-down lists beside the catalogue, and a title and empty row above its header.
    Export(
        "with_lists.ods",
        ods(
            (
                "Katalog",
                [
                    padded(s("Modulkatalog 2026/27")),
                    padded(),
                    padded(s("Modulnummer"), s("Modultitel"), s("ECTS"), s("Beginn"), s("Ende")),
                    padded(s("K-1"), s("Datenethik"), number(5, "5"), day("2026-09-15", "15.09.26"), s("31.01.2027")),
                ],
                False,
            ),
            ("Lists", [padded(s("online")), padded(s("blended"))], True),
        ),
        {
            4: {
                "/title": ("Datenethik", "Katalog!B4"),
                "/participation/schedule/start": ("2026-09-15", "Katalog!D4"),
                "/participation/schedule/end": ("2027-01-31", "Katalog!E4"),
            }
        },
    ),
    # A hidden sheet of archived offerings is read, each row noted; two header rows, English then Czech.
    Export(
        "archive.ods",
        ods(
            (
                "Courses",
                [
                    padded(s("ID"), s("Title"), s("ECTS")),
                    padded(s("Kód"), s("Název"), s("Kredity")),
                    padded(s("A-1"), s("Data"), number(5, "5")),
                ],
                False,
            ),
            ("Archiv 2024", [padded(s("ID"), s("Title"), s("ECTS")), padded(s("A-0"), s("Old"), number(4, "4"))], True),
        ),
        {
            3: {"/workload/ects": (5, "Courses!C3")},
            2: {"/id": ("A-0", "Archiv 2024!A2"), "/workload/ects": (4, "Archiv 2024!C2")},
        },
        frozenset({("MC-SS-003", "info", "Courses!A2:C2"), ("MC-SS-003", "info", "Archiv 2024!A2:C2")}),
    ),
    # The header in LibreOffice's "rows to repeat" (table:table-header-rows), a date-time at midnight.
    Export(
        "print_titles.ods",
        ods(
            (
                "Courses",
                [
                    "<table:table-header-rows>"
                    + padded(s("ID"), s("Title"), s("Start date"))
                    + "</table:table-header-rows>",
                    padded(s("P-1"), s("Data"), day("2026-09-15T00:00:00", "15/09/2026")),
                ],
                False,
            )
        ),
        {2: {"/participation/schedule/start": ("2026-09-15", "Courses!C2")}},
    ),
    # Excel's .ods: no calcext, an error as its text.
    Export(
        "excel.ods",
        ods(
            (
                "Sheet1",
                [
                    padded(s("ID"), s("Title"), s("ECTS")),
                    padded(s("X-1"), s("Data"), typed("float", 'office:value="6"', "6")),
                    padded(s("X-2"), s("Stats"), s("#N/A")),
                ],
                False,
            )
        ),
        {2: {"/workload/ects": (6, "Sheet1!C2")}, 3: {"/title": ("Stats", "Sheet1!B3")}},
        frozenset({("MC-SS-002", "error", "Sheet1!C3")}),
    ),
]


@pytest.mark.parametrize("export", ODS_FILES, ids=[e.name for e in ODS_FILES])
def test_each_ods_gives_its_rows_values_at_their_cells(export: Export):
    documents = tabular.load_ods(export.raw, export.name)
    if export.name == "outcome_columns.ods":  # two sheets with a row 2 each: checked one by one
        merged, repeated = documents
        assert merged.data["learning_outcomes"] == ["Explains A.", "Applies B.", "Designs C."]
        assert repeated.data["learning_outcomes"] == ["Tests A.", "Models B."]
        assert repeated.origin_for("/learning_outcomes/1").label() == "Repeated!D2"
        assert not [f for d in documents for f in d.findings if f.severity.value != "info"]
        return
    if export.name == "archive.ods":
        current, archived = documents
        check(
            [current],
            Export(export.name, b"", {3: export.rows[3]}, frozenset({("MC-SS-003", "info", "Courses!A2:C2")})),
        )
        check(
            [archived],
            Export(export.name, b"", {2: export.rows[2]}, frozenset({("MC-SS-003", "info", "Archiv 2024!A2:C2")})),
        )
        return
    check(documents, export)


def test_an_error_saved_beside_a_zero_is_never_read_as_zero_hours_or_credits():
    documents = tabular.load_ods(next(e for e in ODS_FILES if e.name == "errors.ods").raw, "errors.ods")
    first, second, third, _ = documents
    assert first.data["workload"] == {"ects": 5}
    assert "workload" not in second.data
    assert third.data["workload"] == {"hours": 100}


# ---------------------------------------------------------------- learning platforms' course lists

PLATFORMS = [
    # Moodle's report builder ("Courses" report downloaded as CSV): dates written out, the language with the
    # direction marks Moodle puts around its code.
    Export(
        "moodle_courses.csv",
        (
            '"Course full name with link","Course short name","Course ID number","Course start date",'
            '"Course end date","Course language"\n'
            '"Data Ethics","DE101","MC-DE-2026","Tuesday, 15 September 2026, 12:00 AM",'
            '"Sunday, 31 January 2027, 12:00 AM","English \u200e(en)\u200e"\n'
            '"Datenethik","DE102","MC-DE-2027","Dienstag, 15. September 2026, 00:00","","Deutsch \u200e(de)\u200e"\n'
        ).encode(),
        {
            2: {
                "/title": ("Data Ethics", "moodle_courses!A2"),
                "/id": ("MC-DE-2026", "moodle_courses!C2"),
                "/participation/schedule/start": ("2026-09-15", "moodle_courses!D2"),
                "/participation/schedule/end": ("2027-01-31", "moodle_courses!E2"),
                "/languages": (["en"], "moodle_courses!F2"),
            },
            3: {"/languages": (["de"], "moodle_courses!F3"), "/extensions/short_name": ("DE102", "moodle_courses!B3")},
        },
    ),
    # Moodle's course download (Site administration > Courses > Download courses): Unix times.
    Export(
        "courses_download.csv",
        (
            b"shortname,fullname,idnumber,summary,startdate,enddate,lang\n"
            b"DE101,Data Ethics,MC-DE-2026,<p>Ethics of <b>data</b>.</p>,1789430400,1801353600,en\n"
        ),
        {
            2: {
                "/summary": ("Ethics of data.", "courses_download!D2"),
                "/participation/schedule/start": ("2026-09-15", "courses_download!E2"),
                "/participation/schedule/end": ("2027-01-31", "courses_download!F2"),
            }
        },
        frozenset({("MC-SS-002", "info", "courses_download!E2"), ("MC-SS-002", "info", "courses_download!F2")}),
    ),
    # Canvas's SIS import courses.csv: ISO date-times in UTC.
    Export(
        "canvas_courses.csv",
        (
            b"course_id,short_name,long_name,start_date,end_date,course_format\n"
            b"MC-DE-2026,DE101,Data Ethics,2026-09-15T00:00:00Z,2027-01-31T00:00:00Z,online\n"
            b"MC-ST-2026,ST101,Statistics,2026-10-01T00:00:00Z,,blended\n"
        ),
        {
            2: {"/title": ("Data Ethics", "canvas_courses!C2"), "/participation/mode": ("online", "canvas_courses!F2")},
            3: {"/participation/schedule/start": ("2026-10-01", "canvas_courses!D3")},
        },
    ),
    # Open edX's course list: the effort as hours and minutes, dates with their zone.
    Export(
        "openedx_courses.csv",
        (
            b"Course ID,Display Name,Start Date,End Date,Effort,Language,Short Description\n"
            b"course-v1:UniX+DE101+2026_T1,Data Ethics,2026-09-15 00:00:00+00:00,2027-01-31 00:00:00+00:00,"
            b'05:00,en,"Ethics of data, in practice."\n'
            b"course-v1:UniX+ST101+2026_T1,Statistics,2026-10-01 00:00:00+00:00,,12:30,en,Tests.\n"
        ),
        {
            2: {
                "/id": ("course-v1:UniX+DE101+2026_T1", "openedx_courses!A2"),
                "/workload/hours": (5, "openedx_courses!E2"),
                "/summary": ("Ethics of data, in practice.", "openedx_courses!G2"),
            },
            3: {"/workload/hours": (12.5, "openedx_courses!E3")},
        },
    ),
    # ILIAS's course list exported from a German installation: semicolons, Windows-1252, dates with month names.
    Export(
        "ilias_kurse.csv",
        (
            "Objekt-ID;Titel;Beschreibung;Kursbeginn;Kursende;Sprache\r\n"
            "4711;Datenethik für Ärzte;Ethik von Daten.;15. Sep 2026;31. Jan 2027;Deutsch\r\n"
        ).encode("cp1252"),
        {
            2: {
                "/title": ("Datenethik für Ärzte", "ilias_kurse!B2"),
                "/participation/schedule/start": ("2026-09-15", "ilias_kurse!D2"),
                "/languages": (["de"], "ilias_kurse!F2"),
            }
        },
        frozenset({("MC-SS-002", "warning", "ilias_kurse!B2"), ("MC-SS-001", "warning", "ilias_kurse!A2")}),
    ),
]


@pytest.mark.parametrize("export", PLATFORMS, ids=[e.name for e in PLATFORMS])
def test_each_platform_export_gives_its_rows_values_at_their_cells(export: Export):
    check(tabular.load_csv(export.raw, export.name), export)
