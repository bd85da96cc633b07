"""Property: any sheet of cell values, saved as .ods and as .xlsx (openpyxl), reads to the same descriptors
with the same findings at the same cells."""

from __future__ import annotations

import io
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.loaders import tabular
from tests.test_tabular_ods import load, located, ods, row, table

HEADER = ["id", "title.en", "workload.ects", "start_date", "Language", "keywords"]

# What both formats hold as the same cell: text without XML's forbidden characters (and without the
# carriage returns and runs of spaces an .ods writes as markup), whole and decimal numbers, booleans, days.
TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc"),  # no surrogates, no control characters (neither file holds them)
        blacklist_characters="\ufffe\uffff",
    )
    | st.sampled_from(["\n", "=", "-", "'", "&", "<", " "]),
    max_size=12,
)
VALUES = st.one_of(
    st.none(),
    TEXT,
    st.integers(min_value=-(10**12), max_value=10**12),
    # Decimals of 15 digits: openpyxl writes 16 significant digits, Excel keeps 15.
    st.floats(min_value=-1e300, max_value=1e300).map(lambda number: float(f"{number:.15g}")),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
)
SHEETS = st.lists(st.lists(VALUES, min_size=len(HEADER), max_size=len(HEADER)), min_size=1, max_size=5)


def ods_cell(value: Any) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, bool):
        flag = "true" if value else "false"
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{flag}"><text:p>{flag.upper()}</text:p></table:table-cell>'
    if isinstance(value, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{value!r}"><text:p>{value}</text:p></table:table-cell>'
    if isinstance(value, date):
        return f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}"><text:p>{value}</text:p></table:table-cell>'
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in value.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


def xlsx(rows: list[list[Any]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    for number, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            if value is None:
                continue
            target = sheet.cell(number, column, value)
            if isinstance(value, str):
                target.data_type = "s"  # a text starting with '=' is text, as in the .ods
            elif isinstance(value, date):
                target.number_format = "yyyy-mm-dd"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SHEETS)
def test_a_sheet_reads_the_same_from_ods_and_xlsx(rows: list[list[Any]]) -> None:
    every = [HEADER, *rows]
    from_ods = load(ods(table("Courses", *(row(*map(ods_cell, r)) for r in every))), "cat.ods")
    from_xlsx = tabular.load_xlsx(xlsx(every), "cat.ods")
    assert [d.data for d in from_ods] == [d.data for d in from_xlsx]
    assert [located(d) for d in from_ods] == [located(d) for d in from_xlsx]
