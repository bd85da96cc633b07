"""Every place a report names a descriptor status takes the status's word, under the ``descriptor status``
context: the providers tables' "Error" column (a count of descriptors that could not be checked, not of
findings of severity error) and the status row of a comparison, whichever renderer shows it."""

from __future__ import annotations

import io
import re

import openpyxl

from qa_checker.compare import compare_report
from qa_checker.i18n import Translator, translator
from qa_checker.reporting import excel, html
from qa_checker.results import Report
from tests.reporting import test_i18n_contexts as base

STATUS_HEADING = "Could-not-check"
# The contexts' tests' fixture: an unreadable file (status error, with an error finding) and a descriptor failing
# on errors.
report = base.report


class _Headings(base._Contexts):
    """The catalogue of the contexts' tests, which also knows the status's "Error" as a column heading."""

    WORDS = {**base._Contexts.WORDS, ("descriptor status", "Error"): STATUS_HEADING}


def contexts() -> Translator:
    return Translator("de", _Headings())


def _providers_heading(page: str) -> list[str]:
    table = page.split('<table id="providers-table"', 1)[1].split("</thead>", 1)[0]
    return re.findall(r'<th scope="col">([^<]*)</th>', table)


def test_the_html_providers_table_heads_its_error_column_with_the_status_word(report: Report) -> None:
    assert _providers_heading(html.render(report, tr=contexts()))[5] == STATUS_HEADING
    assert _providers_heading(html.render(report, tr=translator("en")))[5] == "Error"


def _excel_providers_heading(tr: Translator, report: Report) -> tuple[object, ...]:
    book = openpyxl.load_workbook(io.BytesIO(excel.render(report, tr=tr)), read_only=True)
    try:
        rows = list(book[book.sheetnames[0]].iter_rows(values_only=True))
    finally:
        book.close()
    return next(row for row in rows if row and row[0] == "Provider")


def test_the_workbook_providers_table_heads_its_error_column_with_the_status_word(report: Report) -> None:
    assert _excel_providers_heading(contexts(), report)[4] == STATUS_HEADING
    assert _excel_providers_heading(translator("en"), report)[4] == "Error"


def test_the_comparison_row_of_statuses_holds_status_words(report: Report) -> None:
    row = {row.key: row for row in compare_report(report).rows}["status"]
    assert row.values == ("error", "fail")
    assert row.values_in(contexts()) == [base.STATUS_ERROR, "fail"]
