"""The workbook writer's forms made once: each column's cell opening and styles, the text cells of short texts,
and one conditional-formatting style per colour shared by every sheet."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from qa_checker.reporting import workbook


def _sheet_xml(data: bytes, number: int) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(f"xl/worksheets/sheet{number}.xml").decode()


def test_links_are_written_in_column_order_and_only_on_cells_that_hold_a_value():
    book = workbook.Book()
    book.sheet("Data", (10, 40), ["a", "b"])
    book.sheet("Other", (10,), ["x"])
    book.append("Data", ["one", "two", "three"], {2: "'Other'!A2", 0: "'Other'!A3", 1: "'Other'!A4", 5: "'Other'!A5"})
    book.append("Data", ["", "four"], {0: "'Other'!A2"})
    data = book.to_bytes(None)
    xml = _sheet_xml(data, 1)
    links = xml[xml.index("<hyperlinks>") : xml.index("</hyperlinks>")]
    assert links.count("<hyperlink ") == 3
    assert links.index('ref="A2"') < links.index('ref="B2"') < links.index('ref="C2"')
    assert 'ref="A3"' not in links
    rows = list(openpyxl.load_workbook(io.BytesIO(data))["Data"].iter_rows(min_row=2, values_only=True))
    assert rows == [("one", "two", "three"), (None, "four", None)]


def test_a_row_longer_than_the_widths_has_its_extra_cells_aligned_to_the_top():
    book = workbook.Book()
    book.sheet("Data", (40,), ["a"])
    book.append("Data", ["wrapped", "top", 3])
    xml = _sheet_xml(book.to_bytes(None), 1)
    top, wrap = book._styles["top"], book._styles["wrap"]
    assert f'<c r="A2" s="{wrap}" t="inlineStr">' in xml
    assert f'<c r="B2" s="{top}" t="inlineStr">' in xml
    assert f'<c r="C2" s="{top}" t="n"><v>3</v></c>' in xml


def test_one_colour_style_per_colour_is_shared_by_every_sheet():
    book = workbook.Book()
    first = workbook.Table(book, "One", ["status"], [10], coloured=[0])
    second = workbook.Table(book, "Two", ["status"], [10], coloured=[0])
    for table in (first, second):
        table.append(["pass"])
        table.close()
    styles = {
        id(rule.dxf): rule.dxf.fill.fgColor.rgb
        for table in ("One", "Two")
        for sheet, _ in book.parts(table)
        for formatting in sheet.conditional_formatting
        for rule in formatting.rules
    }
    assert sorted(styles.values()) == sorted(set(workbook.STATUS_COLOURS.values()))
    assert book.colour_style("FFC8E6C9") is book.colour_style("FFC8E6C9")
    assert book.colour_style("FFC8E6C9") is not book.colour_style("FFFFCDD2")
