"""Round 10: cell VALUES as Excel, LibreOffice, Google Sheets and Numbers store them. Numbers stored as text,
decimal commas and thousands separators, units in a cell's text or its number format, date serials in the
1900 and 1904 systems, text dates, localised booleans, formulas with and without saved results (plain, shared
and array), errors, hyperlinks, rich text, the quote prefix, merges, hidden rows, columns and sheets, and
OpenDocument repeats and annotations. Workbooks are written here part by part, as the programs save them."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
import pytest

from qa_checker.engine import check_document
from qa_checker.loaders import tabular
from qa_checker.rubric import load_rubric
from tests.fixtures.tabular.xlsx_writer import letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def c(value: Any = None, *, s: int | None = None, f: str | None = None, t: str | None = None, raw: str = "") -> dict:
    """One cell: a value (str is an inline string unless ``t`` says otherwise), a style index, a formula."""
    return {"value": value, "s": s, "f": f, "t": t, "raw": raw}


def _cell_xml(ref: str, cell: Any) -> str:
    if cell is None:
        return ""
    if not isinstance(cell, dict):
        cell = c(cell)
    style = f' s="{cell["s"]}"' if cell["s"] is not None else ""
    if cell["raw"]:
        return f'<c r="{ref}"{style}{cell["raw"]}</c>'
    value, kind = cell["value"], cell["t"]
    formula = cell["f"] or ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{style} t="b">{formula}<v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"{style}>{formula}<v>{value}</v></c>'
    if value is None:
        return f'<c r="{ref}"{style}>{formula}</c>'
    if kind in ("str", "e"):
        return f'<c r="{ref}"{style} t="{kind}">{formula}<v>{escape(value)}</v></c>'
    return f'<c r="{ref}"{style} t="inlineStr">{formula}<is><t xml:space="preserve">{escape(value)}</t></is></c>'


def sheet_xml(rows: list[list[Any]], *, hidden_rows: tuple[int, ...] = (), extra: str = "", cols: str = "") -> str:
    body = []
    for number, cells in enumerate(rows, 1):
        hidden = ' hidden="1"' if number in hidden_rows else ""
        inner = "".join(_cell_xml(f"{letter(i)}{number}", cell) for i, cell in enumerate(cells, 1))
        body.append(f'<row r="{number}"{hidden}>{inner}</row>')
    columns = f"<cols>{cols}</cols>" if cols else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
        f"{columns}<sheetData>{''.join(body)}</sheetData>{extra}</worksheet>"
    )


def workbook(
    *sheets: tuple[str, str] | tuple[str, str, str],
    styles: str = "",
    shared: list[str] | None = None,
    date1904: bool = False,
    sheet_rels: dict[int, str] | None = None,
) -> bytes:
    """An .xlsx from (name, sheet XML[, state]) pairs, ``styles`` the cellXfs/numFmts of xl/styles.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.sharedStrings+xml"/>{overrides}</Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        entries = "".join(
            f'<sheet name="{escape(s[0])}" sheetId="{i}" r:id="rId{i}"'
            + (f' state="{s[2]}"' if len(s) > 2 else "")
            + "/>"
            for i, s in enumerate(sheets, 1)
        )
        pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}'
            f"<sheets>{entries}</sheets></workbook>",
        )
        n = len(sheets)
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{SHEET_TYPE}" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1)
        )
        rels += (
            f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/styles" Target="styles.xml"/><Relationship Id="rId{n + 2}" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">{rels}</Relationships>',
        )
        z.writestr(
            "xl/styles.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
            + (styles or '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>')
            + "</styleSheet>",
        )
        items = "".join(s if s.startswith("<") else f"<si><t>{escape(s)}</t></si>" for s in shared or [])
        z.writestr(
            "xl/sharedStrings.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(shared or [])}">{items}</sst>',
        )
        for i, s in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", s[1])
            if sheet_rels and i in sheet_rels:
                z.writestr(f"xl/worksheets/_rels/sheet{i}.xml.rels", sheet_rels[i])
    return out.getvalue()


# Styles: 0 general, 1 a date (built-in 14), 2 '0.0 "ECTS"', 3 percent (built-in 9), 4 quote prefix (text),
# 5 text format (built-in 49), 6 a date format of its own, 7 a percentage of its own, 8 a quoted "%" only.
STYLES = (
    '<numFmts count="4"><numFmt numFmtId="164" formatCode="0.0\\ &quot;ECTS&quot;"/>'
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="0.0\\ %"/>'
    '<numFmt numFmtId="167" formatCode="0\\ &quot;% ECTS&quot;"/></numFmts>'
    '<cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
    '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="9" applyNumberFormat="1"/>'
    '<xf numFmtId="0" quotePrefix="1"/><xf numFmtId="49" applyNumberFormat="1"/>'
    '<xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="166" applyNumberFormat="1"/>'
    '<xf numFmtId="167" applyNumberFormat="1"/></cellXfs>'
)


def read(rows: list[list[Any]], **options: Any) -> list[tabular.Document]:
    sheet_options = {k: options.pop(k) for k in ("hidden_rows", "extra", "cols") if k in options}
    raw = workbook(("Courses", sheet_xml(rows, **sheet_options)), styles=STYLES, **options)
    return tabular.load_xlsx(raw, "courses.xlsx")


def one(rows: list[list[Any]], **options: Any) -> tabular.Document:
    (document,) = read(rows, **options)
    return document


def at(document: tabular.Document, rule: str | None = None) -> list[tuple[str, str, str]]:
    return sorted(
        (f.rule, f.severity.value, f.origin.label() if f.origin else "")
        for f in document.findings
        if rule is None or f.rule == rule
    )


def messages(document: tabular.Document) -> str:
    return "\n".join(str(f.message) for f in document.findings)


# ---------------------------------------------------------------- numbers as stored


@pytest.mark.parametrize(
    ("typed", "ects"),
    [
        ("5", 5),  # a number stored as text (Excel's green triangle)
        (" 5 ", 5),
        ("7,5", 7.5),  # decimal comma
        ("7.5", 7.5),
        ("5 ECTS", 5),
        ("7,5 ECTS", 7.5),
        ("5 ECTS-Punkte", 5),
        ("5 pkt. ECTS", 5),
        ("5\u00a0ECTS", 5),  # a no-break space, as LibreOffice types it
    ],
)
def test_ects_stored_as_text_with_or_without_unit_is_the_number(typed, ects):
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", typed]])
    assert document.data["workload"]["ects"] == ects
    assert not at(document, "MC-SC-001")


def test_ects_as_a_number_formatted_with_its_unit_is_the_number():
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", c(5, s=2)]])
    assert document.data["workload"] == {"ects": 5}
    assert not document.findings


def test_text_formatted_cell_with_a_leading_apostrophe_keeps_its_code():
    document = one(
        [
            ["ID", "Title", "ISCED-F", "ECTS"],
            ["C-1", "Data", c("0613", s=4), c("6", s=5)],
        ]
    )
    assert document.data["field_of_education"] == "0613"
    assert document.data["workload"]["ects"] == 6


@pytest.mark.parametrize(
    ("typed", "amount", "currency"),
    [
        ("1.250,00 €", 1250, "EUR"),  # German
        ("1 250,00 €", 1250, "EUR"),  # French, a space
        ("1\u202f250,00 €", 1250, "EUR"),  # French, a narrow no-break space as Excel and macOS write it
        ("1\u00a0250,00 €", 1250, "EUR"),
        ("€1,250.00", 1250, "EUR"),  # Irish / Maltese
        ("CHF 1'250.00", 1250, "CHF"),  # Swiss apostrophe
        ("CHF 1’250.00", 1250, "CHF"),
        ("1 250 zł", 1250, "PLN"),
        ("1.250,- €", 1250, "EUR"),
    ],
)
def test_prices_with_the_thousands_separators_of_each_locale(typed, amount, currency):
    document = one([["ID", "Title", "Price"], ["C-1", "Data", typed]])
    assert document.data["price"] == {"amount": amount, "currency": currency}
    assert not document.findings


def test_a_price_in_crowns_is_read_but_not_which_crowns():
    # "1.250 kr" is 1250: no crown has three digits after its point; "kr" names no one currency, so none is guessed
    document = one([["ID", "Title", "Price"], ["C-1", "Data", "1.250 kr"]])
    assert document.data["price"] == {"amount": 1250}
    result = check_document(document, load_rubric(), today=date(2026, 6, 1))
    assert any(f.rule == "MC-SC-001" and f.pointer == "/price/currency" for f in result.findings)


def test_a_number_that_reads_two_ways_is_kept_with_a_warning_at_its_cell():
    document = one([["ID", "Title", "Hours"], ["C-1", "Data", "1.000"]])
    assert any(
        f.origin and f.origin.label() == "Courses!C2" and f.severity.value == "warning" for f in document.findings
    )


def checked(document: tabular.Document) -> list[tuple[str, str]]:
    """(rule, cell) of every finding the whole check gives the document."""
    result = check_document(document, load_rubric(), today=date(2026, 6, 1))
    return [(f.rule, f.origin.label() if f.origin else "") for f in result.findings]


def test_a_percentage_typed_under_credits_is_not_taken_for_credits():
    # "50%" under ECTS is a share, neither 50 credits nor half a credit: kept, and the schema reports its cell
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", "50%"]])
    assert document.data["workload"]["ects"] == "50%"
    assert ("MC-SC-001", "Courses!C2") in checked(document)


@pytest.mark.parametrize("style", [3, 7])
def test_a_number_formatted_as_a_percentage_under_credits_is_not_a_count_of_credits(style):
    # 0.5 shown as "50%" (built-in 0% or a format of its own) is a share: kept as shown, reported at its cell
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", c(0.5, s=style)]])
    assert document.data["workload"]["ects"] == "50%"
    assert ("MC-SC-001", "Courses!C2") in checked(document)


def test_a_percent_sign_quoted_in_a_number_format_is_text_not_a_percentage():
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", c(5, s=8)]])
    assert document.data["workload"] == {"ects": 5}


# ---------------------------------------------------------------- dates as stored


def test_a_date_serial_with_a_date_format_is_its_date_in_the_1900_system():
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", c(46280, s=1)]])
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"
    assert not document.findings


def test_a_date_serial_with_a_date_format_of_its_own_is_its_date():
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", c(46280, s=6)]])
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"


def test_a_date_serial_in_the_1904_system_is_counted_from_1904():
    # 46280 - 1462 days: the same 15 September 2026 saved by Excel for Mac with the 1904 system
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", c(44818, s=1)]], date1904=True)
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"


@pytest.mark.parametrize(("date1904", "serial"), [(False, 46280), (True, 44818)])
def test_a_bare_date_serial_without_format_is_converted_with_a_note(date1904, serial):
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", serial]], date1904=date1904)
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"
    assert ("MC-SS-002", "info", "Courses!C2") in at(document) or any(
        f.severity.value == "info" and f.origin and f.origin.label() == "Courses!C2" for f in document.findings
    )


@pytest.mark.parametrize(
    ("header", "typed", "iso"),
    [
        ("Start date", "15.09.2026", "2026-09-15"),
        ("Start date", "15/09/2026", "2026-09-15"),
        ("Start date", "2026-09-15", "2026-09-15"),
        ("Startdatum", "15. September 2026", "2026-09-15"),
        ("Date de début", "15 septembre 2026", "2026-09-15"),
        ("Data inizio", "15 settembre 2026", "2026-09-15"),
        ("Data rozpoczęcia", "15 września 2026", "2026-09-15"),
        ("Fecha de inicio", "15 de septiembre de 2026", "2026-09-15"),
        ("Startdatum", "15 september 2026", "2026-09-15"),
        ("Start date", "Sep 15, 2026", "2026-09-15"),
        ("Start date", "2026/09/15", "2026-09-15"),
        ("Startdatum", "15-9-2026", "2026-09-15"),  # Dutch short date
        ("Startdato", "15.9.2026", "2026-09-15"),
        ("Datum zahájení", "15. 9. 2026", "2026-09-15"),
        ("Data de início", "15/09/2026", "2026-09-15"),
    ],
)
def test_dates_typed_as_text_in_local_formats(header, typed, iso):
    document = one([["ID", "Title", header], ["C-1", "Data", typed]])
    assert document.data["participation"]["schedule"]["start"] == iso


def test_a_date_that_reads_two_ways_is_kept_with_a_warning():
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", "03/04/2026"]])
    assert document.data["participation"]["schedule"]["start"] == "03/04/2026"
    assert any(f.severity.value == "warning" and f.origin.label() == "Courses!C2" for f in document.findings)


def test_a_two_digit_year_is_never_guessed_and_the_schema_reports_its_cell():
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", "15.09.26"]])
    assert document.data["participation"]["schedule"]["start"] == "15.09.26"
    assert ("MC-SC-001", "Courses!C2") in checked(document)


# ---------------------------------------------------------------- booleans


@pytest.mark.parametrize(
    "typed",
    [True, "TRUE", "WAHR", "VRAI", "WAAR", "VERO", "PRAWDA", "VERDADERO", "yes", "ja", "oui", "tak", "sí", "sì"],
)
def test_yes_in_the_seven_languages_and_excel_booleans(typed):
    document = one([["ID", "Title", "quality_assurance.external.eqar_registered"], ["C-1", "Data", typed]])
    assert document.data["quality_assurance"]["external"]["eqar_registered"] is True


@pytest.mark.parametrize(
    "typed", [False, "FALSE", "FALSCH", "FAUX", "ONWAAR", "FALSO", "FAŁSZ", "no", "nein", "non", "nee", "nie"]
)
def test_no_in_the_seven_languages_and_excel_booleans(typed):
    document = one([["ID", "Title", "quality_assurance.external.eqar_registered"], ["C-1", "Data", typed]])
    assert document.data["quality_assurance"]["external"]["eqar_registered"] is False


# ---------------------------------------------------------------- formulas and errors


def test_a_formula_with_its_saved_result_is_read_as_the_result():
    document = one([["ID", "Title", "ECTS", "Hours"], ["C-1", "Data", 5, c(125, f="<f>C2*25</f>")]])
    assert document.data["workload"] == {"ects": 5, "hours": 125}
    assert not document.findings


def test_a_text_formula_with_its_saved_result_is_the_text():
    document = one([["ID", "Title", "Code"], ["C-1", c("Data ethics", t="str", f='<f>"Data "&amp;"ethics"</f>'), "x"]])
    assert document.data["title"] == "Data ethics"


def test_a_formula_never_calculated_is_an_error_at_its_cell_naming_the_formula():
    document = one([["ID", "Title", "ECTS", "Hours"], ["C-1", "Data", 5, c(None, f="<f>C2*25</f>")]])
    assert "hours" not in document.data["workload"]
    assert ("MC-SS-002", "error", "Courses!D2") in at(document)
    assert "C2*25" in messages(document)


def test_shared_formulas_give_each_cell_its_saved_result():
    rows = [
        ["ID", "Title", "ECTS", "Hours"],
        ["C-1", "Data", 5, c(125, f='<f t="shared" ref="D2:D3" si="0">C2*25</f>')],
        ["C-2", "Stats", 4, c(100, f='<f t="shared" si="0"/>')],
    ]
    first, second = read(rows)
    assert first.data["workload"]["hours"] == 125 and second.data["workload"]["hours"] == 100
    assert not first.findings and not second.findings


def test_a_shared_formula_never_calculated_is_an_error_at_each_cell():
    rows = [
        ["ID", "Title", "ECTS", "Hours"],
        ["C-1", "Data", 5, c(None, f='<f t="shared" ref="D2:D3" si="0">C2*25</f>')],
        ["C-2", "Stats", 4, c(None, f='<f t="shared" si="0"/>')],
    ]
    first, second = read(rows)
    assert ("MC-SS-002", "error", "Courses!D2") in at(first)
    assert ("MC-SS-002", "error", "Courses!D3") in at(second)


def test_an_array_formula_with_its_saved_result_is_the_result():
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", c(6, f='<f t="array" ref="C2">SUM({2,4})</f>')]])
    assert document.data["workload"]["ects"] == 6
    assert not document.findings


@pytest.mark.parametrize("error", ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?"])
def test_an_error_cell_is_empty_with_an_error_naming_sheet_cell_and_error(error):
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", c(error, t="e", f="<f>VLOOKUP(A2,X!A:B,2,0)</f>")]])
    assert "ects" not in document.data.get("workload", {})
    assert ("MC-SS-002", "error", "Courses!C2") in at(document)
    assert error in messages(document)


@pytest.mark.parametrize("error", ["#NV", "#WERT!", "#BEZUG!", "#N/D", "#VALEUR!", "#ARG!", "#ADR!", "#N/B"])
def test_a_localised_error_exported_to_csv_is_an_error_not_a_value(error):
    # Excel writes its errors in the user's language when it saves CSV: German #NV, French #VALEUR!, ...
    raw = f"ID;Title;ECTS\nC-1;{error};5\n".encode()
    (document,) = tabular.load_csv(raw, "courses.csv")
    assert "title" not in document.data
    assert ("MC-SS-002", "error", "courses!B2") in at(document)


@pytest.mark.parametrize("error", ["#N/A", "#VALUE!", "#REF!"])
def test_an_english_error_in_a_csv_is_an_error(error):
    raw = f"ID,Title,ECTS\nC-1,Data,{error}\n".encode()
    (document,) = tabular.load_csv(raw, "courses.csv")
    assert ("MC-SS-002", "error", "courses!C2") in at(document)


# ---------------------------------------------------------------- hyperlinks, rich text, apostrophes


def test_a_hyperlinked_address_cell_gives_the_target_and_a_hyperlinked_title_its_text():
    rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'hyperlink" Target="https://uni.example.eu/courses/c-1" TargetMode="External"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'hyperlink" Target="https://uni.example.eu/page" TargetMode="External"/></Relationships>'
    )
    links = '<hyperlinks><hyperlink ref="C2" r:id="rId1"/><hyperlink ref="B2" r:id="rId2"/></hyperlinks>'
    xml = sheet_xml([["ID", "Title", "Further information"], ["C-1", "Data ethics", "Course page"]], extra=links)
    (document,) = tabular.load_xlsx(workbook(("Courses", xml), sheet_rels={1: rels}), "courses.xlsx")
    assert document.data["further_information"] == "https://uni.example.eu/courses/c-1"
    assert document.data["title"] == "Data ethics"


def test_rich_text_runs_are_one_text():
    runs = (
        '<si><r><rPr><b/></rPr><t>Data</t></r><r><t xml:space="preserve"> ethics </t></r>'
        "<r><rPr><i/></rPr><t>and law</t></r></si>"
    )
    xml = sheet_xml([["ID", "Title"], ["C-1", c(raw=' t="s"><v>0</v>')]])
    (document,) = tabular.load_xlsx(workbook(("Courses", xml), shared=[runs]), "courses.xlsx")
    assert document.data["title"] == "Data ethics and law"


def test_phonetic_guides_are_not_part_of_the_text():
    runs = '<si><t>Data ethics</t><rPh sb="0" eb="1"><t>デタ</t></rPh></si>'
    xml = sheet_xml([["ID", "Title"], ["C-1", c(raw=' t="s"><v>0</v>')]])
    (document,) = tabular.load_xlsx(workbook(("Courses", xml), shared=[runs]), "courses.xlsx")
    assert document.data["title"] == "Data ethics"


def test_a_typed_apostrophe_in_a_csv_keeps_the_code():
    (document,) = tabular.load_csv(b"ID,Title,ISCED-F\nC-1,Data,'0613\n", "courses.csv")
    assert document.data["field_of_education"] == "0613"


def test_an_apostrophe_inside_a_title_is_kept():
    document = one([["ID", "Title"], ["C-1", "Writers' workshop"]])
    assert document.data["title"] == "Writers' workshop"


# ---------------------------------------------------------------- merges and hidden things


def test_a_value_merged_down_over_descriptor_rows_is_read_for_each_with_a_note():
    extra = '<mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>'
    rows = [["ID", "Title", "Awarding body"], ["C-1", "Data", "Uni A"], ["C-2", "Stats", None]]
    first, second = read(rows, extra=extra)
    assert first.data["awarding_bodies"][0]["name"] == "Uni A"
    assert second.data["awarding_bodies"][0]["name"] == "Uni A"
    assert any(f.rule == "MC-SS-002" and f.severity.value == "info" for f in first.findings + second.findings)


def test_a_value_merged_across_fields_is_a_warning_at_the_covered_cell():
    extra = '<mergeCells count="1"><mergeCell ref="C2:D2"/></mergeCells>'
    document = one([["ID", "Title", "ECTS", "Hours"], ["C-1", "Data", 5, None]], extra=extra)
    assert document.data["workload"]["ects"] == 5
    assert ("MC-SS-002", "warning", "Courses!D2") in at(document)


def test_a_hidden_row_is_a_descriptor_read_and_noted_at_its_row():
    rows = [["ID", "Title"], ["C-1", "Data"], ["C-2", "Withdrawn course"]]
    first, second = read(rows, hidden_rows=(3,))
    assert second.data["id"] == "C-2"
    assert not [f for f in first.findings if f.rule == "MC-SS-003"]
    assert [(f.rule, f.severity.value) for f in second.findings if f.rule == "MC-SS-003"] == [("MC-SS-003", "info")]
    assert "hidden" in messages(second)


def test_a_hidden_column_of_a_field_is_read_like_the_visible_ones():
    cols = '<col min="3" max="3" width="0" hidden="1"/>'
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", 5]], cols=cols)
    assert document.data["workload"]["ects"] == 5


def test_a_hidden_sheet_of_courses_is_read_and_a_very_hidden_lookup_sheet_is_not():
    courses = sheet_xml([["ID", "Title"], ["C-1", "Data"]])
    archive = sheet_xml([["ID", "Title"], ["C-0", "Old"]])
    lookup = sheet_xml([["Value"], ["Online"], ["Blended"]])
    raw = workbook(("Courses", courses), ("Archive", archive, "hidden"), ("Helper", lookup, "veryHidden"))
    documents = tabular.load_xlsx(raw, "courses.xlsx")
    assert [d.data["id"] for d in documents] == ["C-1", "C-0"]
    assert any(f.rule == "MC-SS-003" for f in documents[1].findings)


# ---------------------------------------------------------------- Google Sheets and Numbers exports


def test_inline_strings_as_some_exporters_write_them():
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", "5"]])  # every text cell here is inlineStr
    assert document.data == {**document.data, "id": "C-1", "title": "Data"}


def test_a_numbers_export_with_the_table_name_above_the_header():
    # Numbers writes each table's name in its first row, merged across the table
    rows = [["Table 1", None, None], ["ID", "Title", "ECTS"], ["C-1", "Data", 5]]
    document = one(rows, extra='<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>')
    assert document.data["id"] == "C-1" and document.data["workload"]["ects"] == 5


def test_booleans_and_numbers_of_an_openpyxl_written_google_sheets_like_file():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["ID", "Title", "ECTS", "quality_assurance.external.eqar_registered", "Start date"])
    sheet.append(["C-1", "Data", 5.0, True, "2026-09-15"])
    out = io.BytesIO()
    book.save(out)
    (document,) = tabular.load_xlsx(out.getvalue(), "export.xlsx")
    assert document.data["workload"]["ects"] == 5
    assert document.data["quality_assurance"]["external"]["eqar_registered"] is True
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"


# ---------------------------------------------------------------- more values as programs save them


def test_a_hyperlink_formula_with_its_saved_text_gives_the_link_address():
    # Google Sheets and Excel users write =HYPERLINK(address; text): the saved result is only the text
    formula = '<f>HYPERLINK("https://uni.example.eu/c-1","Course page")</f>'
    document = one([["ID", "Title", "Further information"], ["C-1", "Data", c("Course page", t="str", f=formula)]])
    assert document.data["further_information"] == "https://uni.example.eu/c-1"


def test_a_formula_saving_a_yes_or_a_date_is_that_value():
    rows = [
        ["ID", "Title", "quality_assurance.external.eqar_registered", "Start date"],
        ["C-1", "Data", c(True, f='<f>B2&lt;&gt;""</f>'), c(46280, s=1, f="<f>DATE(2026,9,15)</f>")],
    ]
    document = one(rows)
    assert document.data["quality_assurance"]["external"]["eqar_registered"] is True
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"
    assert not document.findings


def test_an_error_cell_without_a_formula_is_still_an_error():
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", c("#N/A", t="e")]])
    assert ("MC-SS-002", "error", "Courses!C2") in at(document)


@pytest.mark.parametrize(
    ("header", "typed", "iso"),
    [
        ("Data rozpoczęcia", "15.09.2026 r.", "2026-09-15"),  # Polish writes "r." (roku) after the year
        ("Start date", "15-Sep-2026", "2026-09-15"),  # Excel's d-mmm-yyyy as a CSV or a text cell shows it
        ("Start date", "15.09.2026 00:00", "2026-09-15"),
    ],
)
def test_more_dates_as_programs_show_them(header, typed, iso):
    document = one([["ID", "Title", header], ["C-1", "Data", typed]])
    assert document.data["participation"]["schedule"]["start"] == iso


@pytest.mark.parametrize("typed", ["15-Sep-26", "Sept 2026", "Q3 2026"])
def test_a_date_without_a_day_or_a_full_year_is_kept_and_reported_at_its_cell(typed):
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", typed]])
    assert document.data["participation"]["schedule"]["start"] == typed
    assert ("MC-SC-001", "Courses!C2") in checked(document)


def test_credits_that_excel_turned_into_a_date_are_reported_at_their_cell():
    # "5-6" typed under ECTS becomes 5 June in Excel: a date is no count of credits, never a serial number
    document = one([["ID", "Title", "ECTS"], ["C-1", "Data", c(46178, s=1)]])
    assert document.data["workload"]["ects"] not in (46178, 5, 6)
    assert ("MC-SC-001", "Courses!C2") in checked(document)


def test_hours_formatted_as_a_duration_are_the_hours_shown():
    # 125 hours typed as 125:00 in a column formatted [h]:mm, stored as 125/24 days
    styles = STYLES.replace('<cellXfs count="9">', '<cellXfs count="10">').replace(
        "</cellXfs>", '<xf numFmtId="46" applyNumberFormat="1"/></cellXfs>'
    )
    raw = workbook(("Courses", sheet_xml([["ID", "Title", "Hours"], ["C-1", "Data", c(125 / 24, s=9)]])), styles=styles)
    (document,) = tabular.load_xlsx(raw, "courses.xlsx")
    assert document.data["workload"]["hours"] == 125


@pytest.mark.parametrize(("stored", "level"), [(6, 6), (6.0, 6), ("6", 6), ("6,0", 6), ("06", 6), ("EQF 6", 6)])
def test_eqf_level_as_stored(stored, level):
    document = one([["ID", "Title", "EQF level"], ["C-1", "Data", stored]])
    assert document.data["level"]["eqf"] == level


def test_an_iso_date_cell_as_libraries_write_it():
    # <c t="d">, an ISO 8601 date cell (Excel's strict format and some libraries)
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", c(raw=' t="d"><v>2026-09-15T00:00:00</v>')]])
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"


def test_a_date_serial_stored_as_text_is_converted_with_a_note():
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", "46280"]])
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"
    assert [(f.severity.value, f.origin.label()) for f in document.findings] == [("info", "Courses!C2")]


def test_a_month_first_date_that_can_only_be_month_first():
    document = one([["ID", "Title", "Start date"], ["C-1", "Data", "9/15/2026"]])
    assert document.data["participation"]["schedule"]["start"] == "2026-09-15"


def test_an_id_kept_as_text_keeps_its_leading_zeros():
    document = one([["ID", "Title"], [c("001", s=4), "Data"]])
    assert document.data["id"] == "001"


def test_booleans_stored_as_one_and_zero():
    rows = [["ID", "Title", "quality_assurance.external.eqar_registered"], ["C-1", "Data", 1], ["C-2", "Stats", 0]]
    first, second = read(rows)
    assert first.data["quality_assurance"]["external"]["eqar_registered"] is True
    assert second.data["quality_assurance"]["external"]["eqar_registered"] is False


def test_a_workbook_written_by_a_library_with_formulas_never_calculated_reports_each_formula_cell():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["ID", "Title", "ECTS", "Hours"])
    sheet.append(["C-1", "Data", 5, "=C2*25"])
    sheet.append(["C-2", "Stats", 4, "=C3*25"])
    sheet["B2"].comment = openpyxl.comments.Comment("check the title", "QA")
    out = io.BytesIO()
    book.save(out)
    first, second = tabular.load_xlsx(out.getvalue(), "courses.xlsx")
    assert first.data["title"] == "Data"  # the comment is no part of the cell
    assert ("MC-SS-002", "error", "Courses!D2") in at(first)
    assert ("MC-SS-002", "error", "Courses!D3") in at(second)
    assert "hours" not in first.data["workload"]


def test_an_inline_string_of_rich_text_runs_is_one_text():
    runs = '<is><r><rPr><b/></rPr><t>Data</t></r><r><t xml:space="preserve"> ethics</t></r></is>'
    document = one([["ID", "Title"], ["C-1", c(raw=f' t="inlineStr">{runs}')]])
    assert document.data["title"] == "Data ethics"
