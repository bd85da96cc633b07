"""The reports' cheaper paths give what the full ones give: a page's printed values pre-tested for printable text,
its pieces encoded before any surrogate is looked for, the workbook's text cells remembered per text and style,
its rows held in one buffer and its status colours' styles shared by their rules."""

from __future__ import annotations

import io
import re
import sys
import zipfile
import zlib

import pytest
from markupsafe import Markup

from qa_checker.cells import SURROGATES, without_surrogates
from qa_checker.reporting import html, workbook


def _full(value: object) -> object:
    """What a page printed before the pre-test: the value cut, then every character it must not show replaced."""
    return html.shown(html.cut(value))


def test_no_printable_character_is_one_a_page_or_a_cell_replaces():
    """The pre-test's ground: ``str.isprintable`` is false for every character the patterns replace."""
    printable = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isprintable())
    for pattern in (html._NOT_IN_REPORTS, html._NOT_IN_HTML, SURROGATES):
        assert pattern.search(printable) is None, pattern.pattern


@pytest.mark.parametrize(
    "value",
    [
        "Data Ethics",
        "Datenethik für Einsteiger",
        "MC-1\u200b",
        "Data \u202eEthics",
        "line\nbreak\tand tab",
        "bell\x07",
        "lone \ud800 surrogate",
        "\u2061",
        "\ufeffBOM",
        "x" * (html.MAX_PRINTED_CHARS + 10),
        "é" * html.MAX_PRINTED_CHARS,
        "\u00a0non-breaking",
        "",
        Markup("<b>bold\u200b</b>"),
        Markup("<i>" + "y" * (html.MAX_PRINTED_CHARS + 5) + "</i>"),
        Markup("<td>✓</td>"),
        3,
        2.5,
        None,
    ],
)
def test_a_printed_value_is_what_the_full_path_gives(value):
    printed = html.printable(value)
    assert printed == _full(value)
    assert type(printed) is type(_full(value))


def test_a_lone_surrogate_in_a_streamed_page_becomes_a_replacement_character():
    env = html.environment()
    buffer = io.BytesIO()
    html._stream(env.from_string("a\ud800b {{ v }}"), lambda: {"v": "é"}, buffer)
    assert buffer.getvalue() == without_surrogates("a\ud800b é").encode("utf-8")
    buffer = io.BytesIO()
    html._stream(env.from_string("plain {{ v }}"), lambda: {"v": "ü & <"}, buffer)
    assert buffer.getvalue() == "plain ü &amp; &lt;".encode()


def _sheet_xml(book: workbook.Book) -> str:
    with zipfile.ZipFile(io.BytesIO(book.to_bytes(None))) as package:
        return package.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_the_same_text_in_cells_of_different_styles_keeps_each_cells_style():
    book = workbook.Book()
    book.sheet("S", [40, 10, 10], ["h1", "h2", "h3"], freeze="A2")
    rows = [["same", "same", workbook.Heading("same")], ["same", 7, True], [" spaced ", "=1+1", "a & b"]]
    for row in rows:
        book.append("S", row)
    xml = _sheet_xml(book)
    cells = re.findall(r'<c r="([A-C][2-4])"( s="\d+")?( t="\w+")?>(.*?)</c>', xml)
    styles = {ref: style for ref, style, _, _ in cells}
    assert styles["A2"] != styles["B2"]  # a wide column wraps, a narrow one does not
    assert styles["A2"] == styles["A3"] == styles["A4"]
    assert styles["B2"] == styles["B3"] == styles["B4"]
    assert styles["C2"] not in (styles["A2"], styles["B2"])  # a heading further down is styled as one
    contents = {ref: content for ref, _, _, content in cells}
    assert contents["B3"] == "<v>7</v>" and contents["C3"] == "<v>1</v>"
    assert contents["A4"] == '<is><t xml:space="preserve"> spaced </t></is>'
    assert contents["B4"] == "<is><t>'=1+1</t></is>"
    assert contents["C4"] == "<is><t>a &amp; b</t></is>"


@pytest.mark.parametrize("room", [1 << 20, 100])
def test_spooled_rows_are_copied_whole_in_memory_or_from_their_file(room):
    rows = [f"<row>{index}{'x' * (index % 50)}</row>".encode() for index in range(3000)]
    with workbook.contextlib.ExitStack() as files:
        spool = workbook._Spool(files, [room])
        for row in rows:
            spool.write(row)
        copied = io.BytesIO()
        spool.copy(copied)
    # The spool holds a piece of a raw deflate stream, ended on a byte boundary: the stream goes on after it.
    unpacker = zlib.decompressobj(-zlib.MAX_WBITS)
    assert unpacker.decompress(copied.getvalue() + b"\x03\x00") == b"".join(rows)
    assert unpacker.eof
    assert spool.size == len(b"".join(rows)) and spool.crc == zlib.crc32(b"".join(rows))
    assert spool.packed_size == len(copied.getvalue())


@pytest.mark.parametrize(
    ("first", "second"),
    [(b"", b""), (b"<row/>", b""), (b"", b"<row/>"), (b"<sheetData>", bytes(range(256)) * 4099)],
)
def test_the_crc_of_two_pieces_one_after_the_other_is_made_from_each_ones(first, second):
    combined = workbook._crc32_combined(zlib.crc32(first), zlib.crc32(second), len(second))
    assert combined == zlib.crc32(first + second)


def test_a_book_remembers_a_bounded_number_of_text_cells_and_writes_the_same_cells(monkeypatch):
    longest = workbook._REMEMBERED
    long = "long text " * longest
    rows = [[f"text {index % 13}", long, "=same", 3] for index in range(60)]

    def written(remembered: int, forms: int) -> tuple[str, int]:
        monkeypatch.setattr(workbook, "_REMEMBERED", remembered)
        monkeypatch.setattr(workbook, "_FORMS", forms)
        book = workbook.Book()
        book.sheet("S", [40, 10, 10, 10], ["h1", "h2", "h3", "h4"], freeze="A2")
        most = 0
        for row in rows:
            book.append("S", row)
            most = max(most, len(book._forms))
            assert all(len(text) <= remembered for text, _ in book._forms)
        return _sheet_xml(book), most

    unremembered, none = written(-1, 10)
    assert none == 0
    assert written(longest, 10) == (unremembered, 10)
    assert written(longest, 100) == (unremembered, 14)  # 13 texts and "=same", in one style each


def test_each_status_colour_is_one_differential_style_its_rules_share():
    book = workbook.Book()
    table = workbook.Table(book, "T", ["status", "element"], [10, 10], coloured=[0, 1])
    for status in ("pass", "fail", "error", "present", "missing"):
        table.append([status, status])
    table.close()
    with zipfile.ZipFile(io.BytesIO(book.to_bytes(None))) as package:
        styles = package.read("xl/styles.xml").decode("utf-8")
        sheet = package.read("xl/worksheets/sheet1.xml").decode("utf-8")
    colours = list(dict.fromkeys(workbook.STATUS_COLOURS.values()))
    dxfs = re.search(r"<dxfs[^>]*>(.*?)</dxfs>", styles, re.S)
    assert dxfs is not None
    written = re.findall(r'<fgColor rgb="(\w+)"', dxfs.group(1))
    assert written == colours
    rules = re.findall(
        r'<cfRule type="cellIs" priority="(\d+)" operator="equal" dxfId="(\d+)">'
        r'<formula>"([\w-]+)"</formula>',
        sheet,
    )
    assert len(rules) == 2 * len(workbook.STATUS_COLOURS)
    assert [int(p) for p, _, _ in rules] == list(range(1, len(rules) + 1))
    for _, dxf, status in rules:
        assert colours[int(dxf)] == workbook.STATUS_COLOURS[status]
