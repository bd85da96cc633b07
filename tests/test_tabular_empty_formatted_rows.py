"""A workbook's rows and cells that hold nothing but formatting cost nothing: a sheet formatted down to its
last row is read like the same sheet without the formatting."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from qa_checker.limits import Limits
from qa_checker.loaders import tabular

HEADER = ["id", "title", "workload.ects"]


def _workbook(empty_rows: str, rows: int) -> bytes:
    """A workbook of two descriptor rows, ``rows`` rows of ``empty_rows`` (``{r}`` its number) between them,
    and a third descriptor row after them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(HEADER)
    sheet.append(["C-1", "First", 5])
    sheet.append(["C-2", "Second", 3])
    last = 4 + rows
    sheet.cell(row=last, column=1, value="C-3")
    sheet.cell(row=last, column=2, value="Third")
    out = io.BytesIO()
    book.save(out)
    formatted = "".join(empty_rows.format(r=r) for r in range(4, last)).encode()
    rewritten = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source, zipfile.ZipFile(rewritten, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(f'<row r="{last}"'.encode(), formatted + f'<row r="{last}"'.encode(), 1)
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return rewritten.getvalue()


def _read(raw: bytes) -> list[tuple[str, object]]:
    documents = tabular.load_xlsx(raw, "courses.xlsx", limits=Limits(spreadsheet_rows=5))
    return [(d.source, d.data and d.data.get("id")) for d in documents]


EXPECTED = [
    ("courses.xlsx [Courses row 2]", "C-1"),
    ("courses.xlsx [Courses row 3]", "C-2"),
    ("courses.xlsx [Courses row 20004]", "C-3"),
]


def test_empty_formatted_rows_do_not_spend_the_budget_of_rows_holding_data():
    # 20,000 formatted empty rows are 20,000 tags, over the 1,000 tags 5 rows of data allow.
    raw = _workbook('<row r="{r}" s="1" customFormat="1"/>', 20_000)
    assert _read(raw) == EXPECTED


def test_rows_of_formatted_empty_cells_do_not_spend_the_budget_either():
    raw = _workbook('<row r="{r}" spans="1:3"><c r="A{r}" s="1"/><c r="B{r}" s="1"/></row>', 20_000)
    assert _read(raw) == EXPECTED


def test_a_value_beside_an_empty_formatted_cell_keeps_its_column():
    raw = _workbook('<row r="{r}"><c r="A{r}" s="1"/><c r="B{r}" t="inlineStr"><is><t>Kept</t></is></c></row>', 2)
    documents = tabular.load_xlsx(raw, "courses.xlsx", limits=Limits(spreadsheet_rows=10))
    assert [d.data for d in documents][2:4] == [{"title": "Kept", "descriptor_version": "1.0"}] * 2
    assert [d.data and d.data.get("id") for d in documents] == ["C-1", "C-2", None, None, "C-3"]
