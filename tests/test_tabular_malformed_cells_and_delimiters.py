"""Spreadsheet loader: malformed cells and rows of an .xlsx, CSV delimiters, package damage,
list, price, national framework and date cells."""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from qa_checker.api import check_documents
from qa_checker.loaders import load_file, tabular
from qa_checker.reporting import render
from tests.conftest import FIXTURES, NOW, ROOT, zip_patched

_spec = importlib.util.spec_from_file_location("xlsx_writer", FIXTURES / "tabular" / "xlsx_writer.py")
xw = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("xlsx_writer", xw)
_spec.loader.exec_module(xw)

ROWS = [(1, ["id", "title", "ECTS"]), (2, ["a", "A", 5]), (3, ["b", "B", 5]), (4, ["c", "C", 5])]


def _sheet(old: bytes, new: bytes, rows=ROWS) -> list:
    raw = zip_patched(xw.workbook(xw.Sheet("Courses", rows)), "xl/worksheets/sheet1.xml", old, new)
    return tabular.load_xlsx(raw, "w.xlsx")


def _loader_notes(document) -> list[tuple[str, str, str]]:
    return [(f.rule, f.origin.label(), f.message) for f in document.findings if f.rule.startswith(("MC-SS", "MC-LD"))]


def _csv(text: str, name: str = "c.csv") -> list:
    return tabular.load_csv(text.encode(), name)


# ---------------------------------------------------------------- 1. one malformed cell


@pytest.mark.parametrize(
    ("cell", "words", "ects"),
    [
        (b'<c r="C3" t="n"><v>abc</v></c>', "C3 holds 'abc' marked as a number; it was read as text", "abc"),
        (b'<c r="C3" t="n"><v>NaN</v></c>', "C3 holds 'NaN' marked as a number", "NaN"),
        (b'<c r="C3" t="n"><v>inf</v></c>', "C3 holds 'inf' marked as a number", "inf"),
        (b'<c r="C3" s="abc"><v>5</v></c>', "C3 holds '5' marked as a number", 5),
        (b'<c r="C3" t="b"><v>maybe</v></c>', "C3 holds 'maybe' marked as a yes/no value", "maybe"),
        (b'<c r="C3" t="d"><v>not-a-date</v></c>', "C3 holds 'not-a-date' marked as a date", "not-a-date"),
        (b'<c r="C3" t="s"><v>999</v></c>', "C3 refers to shared string '999', which the workbook does not", None),
        (b'<c r="C3" t="s"><v>-1</v></c>', "C3 refers to shared string '-1'", None),
        (
            b'<c r="C3" t="inlineStr"><is><t>5</t><rPh><t>go</t></rPh></is></c>',
            "C3 holds an inline string whose parts are malformed; its text '5' was read",
            5,
        ),
    ],
)
def test_a_malformed_cell_is_reported_at_its_cell_and_later_rows_are_read(cell: bytes, words: str, ects):
    documents = _sheet(b'<c r="C3"><v>5</v></c>', cell)
    assert [d.data["id"] for d in documents] == ["a", "b", "c"]
    assert documents[1].data.get("workload", {}).get("ects") == ects
    (note,) = [n for n in _loader_notes(documents[1]) if n[0] == "MC-SS-002"]
    assert note[1] == "Courses!C3" and words in note[2]
    assert not _loader_notes(documents[2])


def test_a_row_number_that_is_no_number_is_read_as_the_next_row_and_noted():
    documents = _sheet(b'<row r="3">', b'<row r="abc">')
    assert [(d.data["id"], d.source) for d in documents] == [
        ("a", "w.xlsx [Courses row 2]"),
        ("b", "w.xlsx [Courses row 3]"),
        ("c", "w.xlsx [Courses row 4]"),
    ]
    assert _loader_notes(documents[1]) == [
        (
            "MC-SS-002",
            "Courses!A3",
            "the row after row 2 is numbered 'abc', which is not a row number; it was read as row 3",
        )
    ]


# ---------------------------------------------------------------- 2. rows out of order, repeated, numbered below 1


def test_rows_out_of_order_are_read_in_the_order_given_each_noted():
    rows = [(1, ["id", "title"]), (10, ["ten", "T"]), (2, ["two", "T"]), (5, ["five", "T"])]
    documents = tabular.load_xlsx(xw.workbook(xw.Sheet("Courses", rows)), "w.xlsx")
    assert [d.data["id"] for d in documents] == ["ten", "two", "five"]
    assert not _loader_notes(documents[0])
    assert _loader_notes(documents[1]) == [
        (
            "MC-SS-002",
            "Courses!A2",
            "row 2 of sheet 'Courses' comes after row 10 in the file; it was read in the order given",
        )
    ]
    assert _loader_notes(documents[2])[0][1] == "Courses!A5"


def test_a_row_given_twice_is_read_twice_and_noted():
    rows = [(1, ["id", "title"]), (2, ["first", "T"]), (2, ["second", "T"])]
    documents = tabular.load_xlsx(xw.workbook(xw.Sheet("Courses", rows)), "w.xlsx")
    assert [d.data["id"] for d in documents] == ["first", "second"]
    assert "row 2 of sheet 'Courses' is given twice in the file" in _loader_notes(documents[1])[0][2]


@pytest.mark.parametrize("number", [b"0", b"-1"])
def test_a_row_numbered_below_one_is_an_error_not_lost_silently(number: bytes):
    documents = _sheet(b'<row r="4">', b'<row r="' + number + b'">')
    assert [d.data["id"] for d in documents if d.data] == ["a", "b"]
    (error,) = [d for d in documents if d.data is None]
    finding = error.findings[0]
    assert finding.rule == "MC-LD-002" and finding.origin.label() == "Courses!A4"
    assert f"holds a row numbered {number.decode()} (after row 3)" in finding.message


def test_a_cell_of_another_row_does_not_overwrite_the_row():
    documents = _sheet(b'<c r="A2" t="inlineStr">', b'<c r="A0"><v>5</v></c><c r="A2" t="inlineStr">')
    assert documents[0].data["id"] == "a"
    assert (
        "MC-SS-002",
        "Courses!A2",
        "row 2 holds a cell with the reference A0, which belongs to another row; it was not read",
    ) in _loader_notes(documents[0])


def test_a_cell_given_twice_in_a_row_keeps_the_first():
    documents = _sheet(b'<c r="C2"><v>5</v></c>', b'<c r="C2"><v>5</v></c><c r="C2"><v>9</v></c>')
    assert documents[0].data["workload"] == {"ects": 5}
    assert "row 2 gives the cell C2 twice; the second was not read" in [n[2] for n in _loader_notes(documents[0])]


def test_a_cell_reference_that_is_no_cell_is_noted():
    documents = _sheet(b'<c r="C2"><v>5</v></c>', b'<c r="C2"><v>5</v></c><c r="ZZZZ2"><v>9</v></c>')
    assert documents[0].data["workload"] == {"ects": 5}
    assert "row 2 holds a cell whose reference 'ZZZZ2' is not a cell; it was not read" in [
        n[2] for n in _loader_notes(documents[0])
    ]


# ---------------------------------------------------------------- 3. CSV delimiters


def test_a_semicolon_csv_whose_title_holds_many_commas_is_split_on_semicolons():
    text = (
        "Course code;Title;Language(s);Country\n"
        "C-1;Data Literacy;en;NL\n"
        "C-2;Data, Statistics, Charts, Tables, Dashboards, and Reports;en;NL\n"
    )
    documents = _csv(text)
    assert [d.data["title"] for d in documents] == [
        "Data Literacy",
        "Data, Statistics, Charts, Tables, Dashboards, and Reports",
    ]


def test_without_named_fields_the_delimiter_giving_consistent_rows_wins_and_is_named():
    (table,) = _csv("Alpha;Beta;Gamma\nK1;A, B, C, D, E;x\nK2;F;y\n")
    assert table.data is None and "('Alpha | Beta | Gamma', split on ';')" in table.findings[0].message
    (lines,) = _csv("Alpha;Beta\nx;some words\ny;more words, and more\n")
    assert lines.data is None and "with the columns split on ';'" in lines.findings[0].message
    assert "sep=;" in lines.findings[0].hint


def test_sep_line_with_cr_line_endings_keeps_the_body():
    (document,) = _csv("sep=;\rid;title;ECTS\rs1;T, with comma;5\r")
    assert document.data["title"] == "T, with comma" and document.source == "c.csv [row 2]"


@pytest.mark.parametrize("line", ['sep="', "sep= ", "sep="])
def test_a_sep_line_naming_no_usable_delimiter_is_refused(line: str):
    (document,) = _csv(f"{line}\nid;title\ns1;T\n")
    finding = document.findings[0]
    assert document.data is None and finding.rule == "MC-LD-002" and finding.origin.line == 1
    assert "should name the delimiter of the columns" in finding.message


def test_a_tab_sep_line_is_honoured():
    (document,) = _csv("sep=\t\nid\ttitle\ns1\tT, T\n")
    assert document.data["title"] == "T, T"


# ---------------------------------------------------------------- 4. package damage


@pytest.mark.parametrize(
    ("target", "words"),
    [
        (
            b"worksheets/nope.xml",
            "sheet 'Courses' is listed in the workbook, but its part 'xl/worksheets/nope.xml' is missing",
        ),
        (b"../../../../etc/passwd", "sheet 'Courses' points to '../../../etc/passwd', outside the workbook"),
    ],
)
def test_a_sheet_whose_part_is_missing_or_outside_is_named(target: bytes, words: str):
    raw = xw.workbook(xw.Sheet("Courses", ROWS))
    raw = zip_patched(raw, "xl/_rels/workbook.xml.rels", b"worksheets/sheet1.xml", target)
    (document,) = tabular.load_xlsx(raw, "w.xlsx")
    assert document.data is None and words in document.findings[0].message


def test_a_dimension_that_is_no_range_is_ignored_like_any_stated_dimension():
    # A sheet's stated size is never used: its rows are read as they are.
    raw = xw.workbook(xw.Sheet("Courses", ROWS, dimension="ZZZZZZZZ99999999999:A"))
    documents = tabular.load_xlsx(raw, "w.xlsx")
    assert [d.data["id"] for d in documents] == ["a", "b", "c"]
    assert not [f for d in documents for f in d.findings]


def test_an_openpyxl_error_is_described_on_one_line():
    try:
        try:
            raise ValueError("the real reason")
        except ValueError as cause:
            raise ValueError("Unable to read workbook:\nsee above") from cause
    except ValueError as exc:
        assert tabular._describe(exc) == "ValueError: the real reason"


# ---------------------------------------------------------------- 5. learning outcomes in one cell


def test_an_indented_line_continues_the_numbered_outcome_above_and_separators_are_stripped():
    text = (
        "id,title,learning_outcomes\n"
        'o1,T,"1. Analyse large data sets using\n   statistical software\n2. Report results"\n'
        'o2,T,"Analyse data;\nReport results;"\n'
    )
    first, second = _csv(text)
    assert first.data["learning_outcomes"] == ["Analyse large data sets using statistical software", "Report results"]
    assert second.data["learning_outcomes"] == ["Analyse data", "Report results"]


def test_unindented_lines_stay_items_of_their_own():
    (document,) = _csv('id,title,learning_outcomes\no1,T,"1. Analyse data\nReport results"\n')
    assert document.data["learning_outcomes"] == ["Analyse data", "Report results"]


# ---------------------------------------------------------------- 6. price with its currency


@pytest.mark.parametrize(
    ("cell", "amount", "currency"),
    [
        ("1.250,00 €", 1250, "EUR"),
        ("€ 1,250.00", 1250, "EUR"),
        ("EUR 1250", 1250, "EUR"),
        ("1 250 zł", 1250, "PLN"),
        ("CHF 300", 300, "CHF"),
    ],
)
def test_a_price_cell_gives_its_currency_when_no_column_does(cell: str, amount: int, currency: str):
    (document,) = _csv(f"id;title;Preis\np1;T;{cell}\n")
    assert document.data["price"] == {"amount": amount, "currency": currency}
    assert document.origins["/price/currency"].label() == "c!C2"


def test_a_currency_column_is_not_overridden_by_the_price_cell():
    """The price cell's currency is taken only where the row leaves the currency column's cell empty."""
    first, second = _csv("id;title;Preis;Währung\np1;T;300 €;\np2;T;300 €;CHF\n")
    assert first.data["price"] == {"amount": 300, "currency": "EUR"}
    assert first.origins["/price/currency"].label() == "c!C2"
    assert second.data["price"] == {"amount": 300, "currency": "CHF"}


# ---------------------------------------------------------------- 7. national framework


@pytest.mark.parametrize(
    ("header", "cell", "framework"),
    [
        ("DQR-Niveau", "6", "DQR"),
        ("NLQF niveau", "6", "NLQF"),
        ("Poziom PRK", "6", "PRK"),
        ("Livello QNQ", "6", "QNQ"),
        ("NQF level", "DQR 6", "DQR"),
        ("NQF level", "QQI Level 6", "QQI"),
        ("QQI level", "6", "QQI"),
    ],
)
def test_a_framework_named_by_the_header_or_cell_is_given_with_the_level(header: str, cell: str, framework: str):
    (document,) = _csv(f"id;title;{header}\nn1;T;{cell}\n")
    assert document.data["level"] == {"nqf": {"level": "6", "framework": framework}}


def test_a_framework_column_wins_over_the_header():
    (document,) = _csv("id;title;DQR-Niveau;NQF framework\nn1;T;6;EQR-DE\n")
    assert document.data["level"] == {"nqf": {"level": "6", "framework": "EQR-DE"}}


def test_a_plain_nqf_level_names_no_framework():
    (document,) = _csv("id;title;NQF level\nn1;T;6\n")
    assert document.data["level"] == {"nqf": {"level": "6"}}


# ---------------------------------------------------------------- 8. dates


def test_a_day_first_cell_makes_the_column_read_day_first():
    text = "id;title;participation.schedule.start\nd1;T;15/09/2026\nd2;T;01/10/2026\n"
    _, second = _csv(text)
    assert second.data["participation"]["schedule"]["start"] == "2026-10-01"
    assert not [f for f in second.findings if f.rule == "MC-SS-002"]


def test_a_notes_row_naming_a_day_first_format_makes_the_column_read_day_first():
    text = "id;title;participation.schedule.start\n;Obligatoire;JJ/MM/AAAA\nd1;T;01/10/2026\n"
    (document,) = _csv(text)
    assert document.data["participation"]["schedule"]["start"] == "2026-10-01"


def test_without_evidence_an_ambiguous_date_is_still_kept_and_noted():
    (document,) = _csv("id;title;participation.schedule.start\nd1;T;01/10/2026\n")
    assert document.data["participation"]["schedule"]["start"] == "01/10/2026"
    assert any("may be 2026-10-01 (day first)" in f.message for f in document.findings)


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("15 décembre 2026", "2026-12-15"),
        ("1er février 2027", "2027-02-01"),
        ("1 marzo 2027", "2027-03-01"),
        ("Sept. 15, 2026", "2026-09-15"),
        ("September 15th, 2026", "2026-09-15"),
        ("15. September 2026", "2026-09-15"),
        ("15 grudnia 2026", "2026-12-15"),
        ("15 de março de 2027", "2027-03-15"),
        ("15 oktober 2026", "2026-10-15"),
        ("15. 9. 2026", "2026-09-15"),
        ("15.09.26", "15.09.26"),
        ("20260915", "20260915"),
        ("31 février 2027", "31 février 2027"),
        ("15 Smarch 2026", "15 Smarch 2026"),
    ],
)
def test_dates_with_month_names_are_read(cell: str, iso: str):
    (document,) = _csv(f"id;title;participation.schedule.start\nd1;T;{cell}\n")
    assert document.data["participation"]["schedule"]["start"] == iso


def test_a_date_time_cell_gives_its_date_with_a_note(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["id", "title", "participation.schedule.start", "participation.schedule.end"])
    sheet.append(["t1", "T", datetime(2026, 9, 15, 9, 30), datetime(2026, 10, 1)])
    book.save(tmp_path / "t.xlsx")
    (document,) = load_file(tmp_path / "t.xlsx")
    assert document.data["participation"]["schedule"] == {"start": "2026-09-15", "end": "2026-10-01"}
    (note,) = [f for f in document.findings if f.rule == "MC-SS-002"]
    assert note.origin.label() == "Courses!C2" and "the time left out" in note.message


def test_a_report_workbook_of_qa_checker_is_skipped_not_read_as_a_catalogue(tmp_path):
    from qa_checker.api import check_paths

    audit = check_paths([ROOT / "samples" / "offers"], now=NOW)
    (tmp_path / "report.xlsx").write_bytes(render(audit, "xlsx"))
    (result,) = check_paths([tmp_path / "report.xlsx"], now=NOW).results
    assert result.status == "skipped" and "a workbook qa-checker wrote" in (result.reason or "")


@pytest.mark.parametrize("value", [b"1e999", b"-1e999"])
def test_a_number_cell_beyond_any_float_is_refused_by_the_schema_at_its_cell(value: bytes):
    # Python reads 1e999 as infinity, which passed as a workload and was written as .inf by convert.
    documents = _sheet(b'<c r="C3"><v>5</v></c>', b'<c r="C3"><v>' + value + b"</v></c>")
    ects = documents[1].data["workload"]["ects"]
    assert isinstance(ects, str)
    report = check_documents(documents, now=NOW)
    (finding,) = [f for f in report.results[1].findings if f.pointer == "/workload/ects"]
    assert finding.rule == "MC-SC-001" and finding.origin is not None and finding.origin.cell == "C3"


def test_control_and_bidirectional_characters_in_cells_are_reported_at_their_cell():
    # As in a JSON or YAML text: the spreadsheet readers passed them on without a word.
    (document,) = _csv("id,title\na1,Title\x1b[31mRED\x07 \u202egnp.exe\n")
    found = {
        (f.rule, f.origin.label() if f.origin else None)
        for f in check_documents([document], now=NOW).results[0].findings
    }
    assert {("MC-LD-007", "c!B2"), ("MC-LD-009", "c!B2")} <= found
    documents = _sheet(b'<t xml:space="preserve">B</t>', '<t xml:space="preserve">B\u202eexe</t>'.encode())
    assert [f.rule for f in documents[1].findings if f.rule.startswith("MC-LD")] == ["MC-LD-009"]
