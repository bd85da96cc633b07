"""Every place a report names a descriptor status takes the status's word, under the ``descriptor status``
context: the providers tables' "Error" column (a count of descriptors that could not be checked, not of
findings of severity error) and the status row of a comparison."""

from __future__ import annotations

import gettext
import io
import re

import openpyxl
import pytest

from qa_checker.api import audit_paths
from qa_checker.i18n import Translator, translator
from qa_checker.reporting import excel, html
from qa_checker.results import Report
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, SAMPLES

STATUS_HEADING, SEVERITY_HEADING, STATUS_ERROR = "Could-not-check", "Blocker", "could-not-check"


class _Contexts(gettext.NullTranslations):
    """A catalogue that knows "Error" and "error" only under their contexts, with a different word in each."""

    WORDS = {
        ("descriptor status", "Error"): STATUS_HEADING,
        ("finding severity", "Error"): SEVERITY_HEADING,
        ("descriptor status", "error"): STATUS_ERROR,
    }

    def pgettext(self, context: str, message: str) -> str:
        return self.WORDS.get((context, message), message)


def contexts() -> Translator:
    return Translator("de", _Contexts())


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    folder = tmp_path_factory.mktemp("status-words")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    return audit_paths(
        [folder / "broken.json", SAMPLES / "flawed" / "wrong-values.json"], rubric=load_rubric(), now=NOW
    )


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
