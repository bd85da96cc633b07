"""Hostile OpenDocument spreadsheets (.ods), each built here in code: every one is a clear, located finding
or correct data, read within the limits (max-string-chars, spreadsheet-rows' XML budget) and in bounded memory.
"""

from __future__ import annotations

import io
import tracemalloc
import warnings
import zipfile
from collections.abc import Callable
from typing import Any

import pytest

from qa_checker.limits import Limits
from tests.test_tabular_ods import MIMETYPE, NS, load, ods, package, row, s, table

STORED = zipfile.ZIP_STORED
SMALL = Limits(max_string_chars=1000)
HEADER = row(s("id"), s("title.en"), s("workload.ects"), s("start_date"))


def cell(attributes: str, inner: str = "<text:p>x</text:p>") -> str:
    return f"<table:table-cell {attributes}>{inner}</table:table-cell>"


def one(*cells: str, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    return ods(table("S", HEADER, row(s("k1"), *cells)), compression=compression)


def document_content(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{body}</office:document-content>'


def sheet_xml(inner: str) -> str:
    return document_content(
        f'<office:body><office:spreadsheet><table:table table:name="S">{inner}</table:table>'
        "</office:spreadsheet></office:body>"
    )


def findings(documents: list[Any]) -> list[tuple[str, str, str]]:
    return [(f.rule, str(f.message), f.origin.label() if f.origin else "") for d in documents for f in d.findings]


def peak_of(read: Callable[[], Any]) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        result = read()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# ---------------------------------------------------------------- entities and document types

LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>'
)


@pytest.mark.parametrize(
    "doctype",
    [LAUGHS, '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '<!DOCTYPE x SYSTEM "http://x/y.dtd">'],
)
def test_a_document_type_of_entities_or_external_references_is_refused_with_a_clear_message(doctype: str) -> None:
    content = sheet_xml(
        "<table:table-row><table:table-cell><text:p>&lol2;</text:p></table:table-cell></table:table-row>"
    )
    raw = package(content.replace("?>", "?>" + doctype, 1))
    ((rule, message, _),) = findings(load(raw))
    assert rule == "MC-LD-001"
    assert "content.xml declares a document type (<!DOCTYPE>)" in message


def test_an_entity_never_declared_stops_the_sheet_at_its_row() -> None:
    raw = package(
        sheet_xml(
            f"{HEADER}<table:table-row><table:table-cell><text:p>&e;</text:p></table:table-cell></table:table-row>"
        )
    )
    ((rule, message, _),) = findings(load(raw))
    assert rule == "MC-LD-002" and "'S'" in message and "undefined entity" in message


# ---------------------------------------------------------------- sizes: tags, attributes, texts, sheets

BIG = 2_000_000  # bytes: far past what SMALL lets a tag hold


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda: one(cell(f'office:value-type="string" office:string-value="{"A" * BIG}"'), compression=STORED),
            id="string-value",
        ),
        pytest.param(lambda: one(cell(f'foo="{"A" * BIG}"'), compression=STORED), id="unknown-attribute"),
        pytest.param(lambda: one(cell(f'table:formula="of:={"A" * BIG}"', ""), compression=STORED), id="formula"),
        pytest.param(
            lambda: one(cell("", f'<text:p><text:a xlink:href="{"h" * BIG}">x</text:a></text:p>'), compression=STORED),
            id="link",
        ),
        pytest.param(lambda: one(cell("", "<text:p>" + "A" * BIG + "</text:p>"), compression=STORED), id="text-node"),
        pytest.param(
            lambda: one(cell("", '<text:p>a<text:span>b<text:s text:c="1000000000"/></text:span></text:p>')),
            id="billion-spaces",
        ),
        pytest.param(
            lambda: one(cell(" ".join(f'a{i}="1"' for i in range(BIG // 8))), compression=STORED), id="many-attributes"
        ),
    ],
)
def test_a_cell_of_megabytes_stops_its_sheet_at_its_row_in_bounded_memory(make: Callable[[], bytes]) -> None:
    raw = make()
    documents, peak = peak_of(lambda: load(raw, limits=SMALL))
    assert peak < BIG  # the tag is never held whole (it was, many times over, and rescanned at every chunk)
    (refusal,) = findings(documents)
    assert refusal[0] == "MC-LD-005"
    assert (
        "reading sheet 'S' stopped after row 1: the next row holds a cell of more than 1,000 characters" in refusal[1]
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("<!--" + "A" * BIG + "-->", id="comment"),
        pytest.param("<?pi " + "A" * BIG + "?>", id="instruction"),
        pytest.param("<" + "a" * BIG + "/>", id="tag-name"),
        pytest.param("<x " + " ".join(f'xmlns:a{i}="u{i}"' for i in range(BIG // 12)) + "/>", id="namespaces"),
        pytest.param(f'<table:table table:name="{"N" * BIG}"/>', id="sheet-name"),
    ],
)
def test_markup_of_megabytes_before_the_first_sheet_is_refused_in_bounded_memory(body: str) -> None:
    raw = package(
        document_content(f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>"),
        compression=STORED,
    )
    documents, peak = peak_of(lambda: load(raw, limits=SMALL))
    assert peak < BIG
    ((rule, message, _),) = findings(documents)
    assert rule == "MC-LD-005"
    assert message.startswith(
        "the spreadsheet holds an XML tag or comment of more than 1,000 characters before its first sheet"
    )


def test_megabytes_of_text_outside_cells_or_deep_nesting_cost_no_more_than_their_tags() -> None:
    text = package(document_content("<office:body>" + "A" * BIG + "</office:body>"), compression=STORED)
    assert findings(load(text, limits=SMALL)) == [("MC-LD-006", "the file has no descriptor rows", "")]
    deep = "<text:span>" * 50_000 + "deep" + "</text:span>" * 50_000
    (document,) = load(one(cell('office:value-type="string"', f"<text:p>{deep}</text:p>"), compression=STORED))
    assert document.data["title"] == {"en": "deep"}
    (stopped,) = load(
        one(cell("", "<text:p>" + "<text:span>" * 600_000 + "</text:span>" * 600_000 + "</text:p>"), compression=STORED)
    )
    assert "more than 1,000,000 tags by S!A2" in stopped.findings[0].message


def test_a_hundred_thousand_sheets_spend_the_tag_budget_and_stop_at_the_sheet_reached() -> None:
    raw = ods(*(f'<table:table table:name="S{i}"/>' for i in range(100_000)))
    ((rule, message, _),) = findings(load(raw))
    assert rule == "MC-LD-005" and "over what 5,000 rows (spreadsheet-rows) allow" in message
    many = ods(*(table(f"S{i}", row(s("id"), s("title.en")), row(s(f"k{i}"), s("t"))) for i in range(300)))
    documents = load(many)
    assert [d.data["id"] for d in documents] == [f"k{i}" for i in range(300)]


# ---------------------------------------------------------------- spans, covered cells, typed values


def test_huge_spans_and_covered_cells_without_a_span_read_as_their_values() -> None:
    spans = 'table:number-columns-spanned="999999999999" table:number-rows-spanned="999999999999"'
    (document,) = load(one(cell(f'office:value-type="string" {spans}', "<text:p>Title</text:p>")))
    assert document.data["title"] == {"en": "Title"}
    (covered,) = load(ods(table("S", HEADER, row("<table:covered-table-cell/>", s("T")))))
    assert covered.data["title"] == {"en": "T"} and "id" not in covered.data


@pytest.mark.parametrize(
    ("value", "shown", "read"),
    [("NaN", "NaN", "NaN"), ("1e999", "inf", "inf"), ("-1e999", "-inf", "-inf"), ("abc", "abc", "abc"), ("5", "5", 5)],
)
def test_a_number_that_is_not_finite_or_not_a_number_is_read_as_shown(value: str, shown: str, read: object) -> None:
    number = cell(f'office:value-type="float" office:value="{value}"', f"<text:p>{shown}</text:p>")
    (document,) = load(one(s("T"), number))
    assert document.data["workload"]["ects"] == read


@pytest.mark.parametrize(
    ("value", "read"),
    [
        ("2027-03-01", "2027-03-01"),
        ("2027-03-01T10:00:00+02:00", "2027-03-01"),
        ("2027-03-01Z", "shown"),
        ("garbage", "shown"),
        ("2027-13-45", "shown"),
        ("99999-01-01", "shown"),
    ],
)
def test_a_date_value_with_a_zone_or_garbage_is_read_or_shown(value: str, read: str) -> None:
    when = cell(f'office:value-type="date" office:date-value="{value}"', "<text:p>shown</text:p>")
    (document,) = load(one(s("T"), s("5"), when))
    assert document.data["participation"]["schedule"]["start"] == read


def test_a_boolean_maybe_is_its_shown_text() -> None:
    (document,) = load(one(cell('office:value-type="boolean" office:boolean-value="maybe"', "<text:p>MAYBE</text:p>")))
    assert document.data["title"] == {"en": "MAYBE"}


def test_spans_spaces_tabs_line_breaks_and_annotations_in_a_cell() -> None:
    text = (
        "<office:annotation><text:p>secret</text:p></office:annotation>"
        '<text:p>a<text:span>b<text:s text:c="3"/>c</text:span><text:tab/>d<text:line-break/>e</text:p>'
    )
    (document,) = load(one(cell('office:value-type="string"', text)))
    assert document.data["title"] == {"en": "ab   c\td\ne"}
    (only,) = load(one(cell("", "<office:annotation><text:p>secret</text:p></office:annotation>")))
    assert "title" not in only.data


# ---------------------------------------------------------------- packages that lie


def test_a_mimetype_that_lies_or_is_long_is_refused_naming_it() -> None:
    content = sheet_xml(HEADER)
    ((rule, message, _),) = findings(load(package(content, mimetype="application/vnd.oasis.opendocument.text")))
    assert rule == "MC-LD-001" and "its mimetype is 'application/vnd.oasis.opendocument.text'" in message
    ((rule, message, _),) = findings(load(package(content, mimetype=MIMETYPE + " " * 300 + "x" * 5000)))
    assert rule == "MC-LD-001" and "its mimetype is" in message and len(message) < 300


def test_no_content_xml_but_huge_styles_is_refused_unread() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("mimetype", MIMETYPE)
        archive.writestr("styles.xml", "<a>" + "b" * 4_000_000 + "</a>")
    ((rule, message, _),) = findings(load(out.getvalue()))
    assert rule == "MC-LD-001" and "no content.xml" in message


def test_an_encrypted_package_is_refused() -> None:
    manifest = (
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b'<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry>'
        b"</manifest:manifest>"
    )
    raw = package(b"\x93\x11garbage", extra={"META-INF/manifest.xml": manifest})
    assert findings(load(raw)) == [("MC-LD-001", "the workbook is encrypted", "")]


def test_a_flat_odf_xml_named_ods_is_not_a_zip() -> None:
    flat = document_content(HEADER).replace("office:document-content", "office:document")
    ((rule, message, _),) = findings(load(flat.encode()))
    assert rule == "MC-LD-001" and "an .ods file is a zip archive" in message


def test_a_bom_or_utf16_content_reads_as_utf8() -> None:
    content = sheet_xml(HEADER + row(s("k1"), s("Titel")))
    for encoded in (b"\xef\xbb\xbf" + content.encode(), content.replace("UTF-8", "UTF-16").encode("utf-16")):
        (document,) = load(package(encoded))
        assert document.data["title"] == {"en": "Titel"}


def test_latin1_bytes_in_utf8_content_stop_the_sheet_at_its_row() -> None:
    raw = package(sheet_xml(HEADER + row(s("k1"), s("T"))).encode().replace(b"k1", b"k\xe91"))
    ((rule, message, _),) = findings(load(raw))
    assert rule == "MC-LD-002" and "reading sheet 'S' stopped after row 1" in message


def test_a_zip_with_two_content_xml_is_refused_naming_the_part() -> None:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("mimetype", MIMETYPE)
            archive.writestr("content.xml", sheet_xml(HEADER + row(s("k1"), s("A"))))
            archive.writestr("content.xml", sheet_xml(HEADER + row(s("k2"), s("B"))))
    # zipfile reads the last, LibreOffice and others the first: the checker would not check what is shown.
    assert findings(load(out.getvalue())) == [
        (
            "MC-LD-001",
            "the zip holds two parts named content.xml, which programs read differently; it was not opened",
            "",
        )
    ]


def test_an_encrypted_package_with_a_manifest_of_megabytes_is_still_refused_as_encrypted() -> None:
    manifest = (
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b"<!--"
        + b" " * 3_000_000
        + b"-->"
        + b'<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry>'
        b"</manifest:manifest>"
    )
    raw = package(b"\x93\x11garbage", extra={"META-INF/manifest.xml": manifest})
    assert findings(load(raw)) == [("MC-LD-001", "the workbook is encrypted", "")]


def test_a_tag_of_megabytes_in_a_hidden_template_sheet_passed_over_is_located_in_that_sheet() -> None:
    hidden = '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
    template = table("Instructions", row(s("a"), cell(f'foo="{"A" * BIG}"')), style="ta2")
    raw = ods(template, table("S", HEADER, row(s("k1"), s("T"))), styles=hidden, compression=STORED)
    documents, peak = peak_of(lambda: load(raw, limits=SMALL))
    assert peak < BIG
    ((rule, message, where),) = findings(documents)
    assert rule == "MC-LD-005" and where == "Instructions!A1"
    assert "reading sheet 'Instructions' stopped after row 0" in message
