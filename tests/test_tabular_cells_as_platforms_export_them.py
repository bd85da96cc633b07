"""Spreadsheet cells as providers format them (HTML from learning platforms,
pasted bullets, invisible characters, Excel's escapes and text formulas, two-row headers, dates as LMS export
them). Each fixture is written into ``tmp_path`` and read as a file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import openpyxl
import pytest

from qa_checker.api import check_documents
from qa_checker.loaders import load_file
from tests.conftest import FIXTURES, NOW, zip_patched

_spec = importlib.util.spec_from_file_location("xlsx_writer", FIXTURES / "tabular" / "xlsx_writer.py")
xw = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("xlsx_writer", xw)
_spec.loader.exec_module(xw)

OUTCOMES = ["Apply the GDPR to a project plan.", "Evaluate the fairness of a model.", "Design a data-management plan."]


def _csv(tmp_path: Path, text: str) -> list:
    path = tmp_path / "c.csv"
    path.write_text(text, encoding="utf-8")
    return load_file(path)


def _xlsx(tmp_path: Path, raw: bytes) -> list:
    path = tmp_path / "w.xlsx"
    path.write_bytes(raw)
    return load_file(path)


def _outcomes_cell(tmp_path: Path, cell: str) -> list:
    (document,) = _csv(tmp_path, 'id,title,learning_outcomes\no1,T,"' + cell.replace('"', '""') + '"\n')
    return document.data["learning_outcomes"]


def _findings(document) -> list[tuple[str, str, str]]:
    (result,) = check_documents([document], now=NOW).results
    return [(f.rule, f.pointer, f.origin.label()) for f in result.findings]


# ---------------------------------------------------------------- HTML from learning platforms


@pytest.mark.parametrize(
    "cell",
    [
        "<ul>" + "".join(f"<li>{o}</li>" for o in OUTCOMES) + "</ul>",
        "".join(f"<p>{o}</p>" for o in OUTCOMES),
        "<br>".join(OUTCOMES),
        "<br />".join(OUTCOMES),
        "<ol>\n" + "\n".join(f"  <li>{o}</li>" for o in OUTCOMES) + "\n</ol>",
        "<p>On completion, the learner will be able to:<br>" + "<br>".join(f"- {o}" for o in OUTCOMES) + "</p>",
    ],
)
def test_html_list_markup_in_an_outcomes_cell_gives_one_outcome_per_item(tmp_path: Path, cell: str):
    assert _outcomes_cell(tmp_path, cell) == OUTCOMES


def test_html_list_tags_are_not_reported_as_placeholders_or_outcomes(tmp_path: Path):
    cell = "<ol>\n" + "\n".join(f"  <li>{o}</li>" for o in OUTCOMES) + "\n</ol>"
    (document,) = _csv(tmp_path, 'id,title,learning_outcomes\no1,T,"' + cell + '"\n')
    assert not [f for f in _findings(document) if f[0] == "MC-TP-001"]


def test_html_entities_of_an_html_cell_are_read_and_text_mentioning_tags_is_kept(tmp_path: Path):
    first, second = _csv(
        tmp_path,
        "id,title,summary,learning_outcomes\n"
        'a,T,<p>Apply law &amp; ethics&nbsp;in practice.</p>,"<ul><li>Weigh cost &amp; benefit.</li></ul>"\n'
        'b,T,Write pages with <p> and <ul> elements.,"Use the <br> element to break lines"\n',
    )
    assert first.data["summary"] == "Apply law & ethics in practice."
    assert first.data["learning_outcomes"] == ["Weigh cost & benefit."]
    assert second.data["summary"] == "Write pages with <p> and <ul> elements."
    assert second.data["learning_outcomes"] == ["Use the <br> element to break lines"]


# ---------------------------------------------------------------- bullets as they are pasted


@pytest.mark.parametrize(
    "mark",
    ["{n}.", "\uf0b7\t", "o\t", "§ ", "\u2705 ", "\U0001f539 ", "{roman}. "],
    ids=[
        "number-without-space",
        "word-symbol-bullet",
        "word-o-bullet",
        "wingdings-section",
        "emoji",
        "emoji-2",
        "roman",
    ],
)
def test_pasted_bullets_and_numbering_are_dropped(tmp_path: Path, mark: str):
    lines = [mark.format(n=n, roman="I" * n) + o for n, o in enumerate(OUTCOMES, start=1)]
    assert _outcomes_cell(tmp_path, "\n".join(lines)) == OUTCOMES


def test_a_paragraph_sign_is_a_bullet_before_a_word_and_text_before_a_number(tmp_path: Path):
    assert _outcomes_cell(tmp_path, "§ Rechnungen prüfen\n§ 14 UStG auf Rechnungen anwenden") == [
        "Rechnungen prüfen",
        "§ 14 UStG auf Rechnungen anwenden",
    ]


def test_a_lead_in_before_items_numbered_on_one_line_is_left_out_with_a_note(tmp_path: Path):
    cell = "On completion, the learner can: " + " ".join(f"{n}) {o}" for n, o in enumerate(OUTCOMES, start=1))
    (document,) = _csv(tmp_path, f'id,title,learning_outcomes\no1,T,"{cell}"\n')
    assert document.data["learning_outcomes"] == OUTCOMES
    (note,) = [f for f in document.findings if f.rule == "MC-SS-002"]
    assert note.origin.label() == "c!C2"
    assert "'On completion, the learner can:' introduces the list" in note.message


# ---------------------------------------------------------------- cells that look empty


@pytest.mark.parametrize("title", ["\u200b", "\u00ad", " \u200b\u00a0", "\ufeff\u2060"])
def test_a_cell_of_invisible_characters_is_empty_and_the_title_missing_at_its_cell(tmp_path: Path, title: str):
    (document,) = _csv(tmp_path, f"id,title,ECTS\ns1,{title},5\n")
    assert "title" not in document.data
    assert ("MC-EL-002", "/title", "c!B2") in _findings(document)


# ---------------------------------------------------------------- Excel's own ways of writing cells


def test_excel_text_formula_in_a_csv_gives_its_text(tmp_path: Path):
    (document,) = _csv(tmp_path, 'id,title,field_of_education\ns1,T,"=""0613"""\n')
    assert document.data["field_of_education"] == "0613"
    assert not [f for f in document.findings if f.rule == "MC-SS-002"]


def test_an_xlsx_cell_with_windows_line_ends_gives_its_lines_without_escapes(tmp_path: Path):
    # Excel writes the carriage return of a cell's line break as _x000D_, in shared and inline strings alike.
    workbook = openpyxl.Workbook()
    workbook.active.append(["id", "title", "learning_outcomes"])
    workbook.active.append(["a", "T_x000D_", "_x000D_\n".join(OUTCOMES)])
    workbook.save(tmp_path / "w.xlsx")
    inline = xw.workbook(xw.Sheet("Courses", [(1, ["id", "title", "learning_outcomes"]), (2, ["a", "T", "LOS"])]))
    inline = zip_patched(
        inline, "xl/worksheets/sheet1.xml", b">LOS<", b">" + "_x000D_\n".join(OUTCOMES).encode() + b"<"
    )
    for document in (*load_file(tmp_path / "w.xlsx"), *_xlsx(tmp_path, inline)):
        assert document.data["learning_outcomes"] == OUTCOMES
        assert document.data["title"] == "T"


def test_a_formula_whose_saved_result_is_empty_text_is_an_empty_cell_not_a_missing_result(tmp_path: Path):
    raw = xw.workbook(xw.Sheet("Courses", [(1, ["id", "title", "summary"]), (2, ["a", "T", "S"])]))
    cell = b'<c r="C2" t="inlineStr"><is><t xml:space="preserve">S</t></is></c>'
    raw = zip_patched(raw, "xl/worksheets/sheet1.xml", cell, b'<c r="C2" t="str"><f>IF(A2="","","")</f><v></v></c>')
    (document,) = _xlsx(tmp_path, raw)
    assert "summary" not in document.data
    assert not [f for f in document.findings if f.rule == "MC-SS-002"]


def test_a_two_row_header_whose_ungrouped_columns_are_blank_below_is_one_header(tmp_path: Path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Courses"
    sheet.append(["id", "Title", None, "Workload", None, "Country"])
    sheet.append([None, "EN", "NL", "ECTS", "Hours", None])
    sheet.append(["m1", "Data Ethics", "Data-ethiek", 5, 140, "NL"])
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("D1:E1")
    workbook.save(tmp_path / "w.xlsx")
    (document,) = load_file(tmp_path / "w.xlsx")
    assert document.source.endswith("[Courses row 3]")
    assert document.data["title"] == {"en": "Data Ethics", "nl": "Data-ethiek"}
    assert document.data["workload"] == {"ects": 5, "hours": 140}
    assert document.data["id"] == "m1"
    assert document.data["awarding_bodies"] == [{"country": "NL"}]


# ---------------------------------------------------------------- dates as learning platforms export them


@pytest.mark.parametrize(
    ("cell", "noted"),
    [
        ("2026-01-15T00:00:00", False),
        ("2026-01-15 00:00:00", False),
        ("2026-01-15T09:30:00.000Z", True),
        ("2026-01-15T09:30:00+01:00", True),
        ("46037", True),
    ],
)
def test_iso_date_times_and_serial_numbers_as_text_give_the_date(tmp_path: Path, cell: str, noted: bool):
    (document,) = _csv(tmp_path, f"id,title,last_reviewed\ns1,T,{cell}\n")
    assert document.data["last_reviewed"] == "2026-01-15"
    notes = [f for f in document.findings if f.rule == "MC-SS-002"]
    assert [f.origin.label() for f in notes] == (["c!C2"] if noted else [])
