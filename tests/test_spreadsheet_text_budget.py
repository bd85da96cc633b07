"""The text a spreadsheet's cells give is bounded, each use of a shared string or repeated cell counted.

Found by a hostile round: a 490 KB workbook whose 998 cells name one shared string of 3.6 MB, or an .ods repeating
one such cell over 999 columns, gave gigabytes of text to check: 1.7 and 2.2 GB of memory before the time budget
gave up, and `convert`, which has no time budget, ran for a quarter of an hour. Reading now stops at the limit,
with a located MC-LD-005, and the rows before it keep their results.
"""

from __future__ import annotations

import io

import openpyxl

from qa_checker.limits import Limits
from qa_checker.loaders import tabular

LONG = "Lorem ipsum dolor sit amet. " * 40  # 1,120 characters, written once as a shared string


def _workbook(rows: int, copies: int) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["id", "title", "summary", *(f"Note {n}" for n in range(copies - 1))])
    for number in range(rows):
        sheet.append([f"C-{number}", f"Course {number}", *([LONG] * copies)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_shared_string_used_in_many_cells_counts_each_time() -> None:
    raw = _workbook(rows=6, copies=10)
    assert len(raw) < 20_000
    documents = tabular.load_xlsx(raw, "courses.xlsx", limits=Limits(spreadsheet_chars=25_000))
    read = [d for d in documents if d.data is not None]
    (stop,) = [f for d in documents for f in d.findings if f.rule == "MC-LD-005"]
    assert "(spreadsheet-chars;" in stop.message and stop.origin.cell == "A4"
    assert [d.data["id"] for d in read] == ["C-0", "C-1"]


def test_a_catalogue_within_the_budget_is_read_whole() -> None:
    documents = tabular.load_xlsx(_workbook(rows=6, copies=2), "courses.xlsx", limits=Limits(spreadsheet_chars=25_000))
    assert len(documents) == 6 and not [f for d in documents for f in d.findings if f.rule == "MC-LD-005"]


def test_the_default_budget_holds_a_large_catalogue() -> None:
    assert Limits().spreadsheet_chars >= Limits().spreadsheet_rows * 4_000
