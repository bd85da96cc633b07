"""Hostile round 11: the names ``--encoding`` and the web ``encoding`` field take, and CSV files read in them.

A name is a text encoding when it reads bytes as characters: a transform of bytes (``base64``, ``zlib``) and an
escape of ASCII text (``unicode_escape`` reads the six characters ``\\u0041`` as ``A``; ``punycode`` refuses a
comma and took the batch down with a traceback) are refused as usage errors, in the CLI's words on the web too.
Encodings of two bytes a character, and those that write ASCII in shifts (UTF-7, HZ), are text encodings: a
file not in them is refused at its first byte that is no character of them, at its line, column and cell.
"""

from __future__ import annotations

import codecs

import pytest
from click.testing import CliRunner

from qa_checker import ids
from qa_checker.cli import cli
from qa_checker.document import Document
from qa_checker.loaders.code_pages import text_codec
from qa_checker.loaders.tabular import load_csv
from qa_checker.web import application

HEADER = "id,title.en,provider.name,ects\n"


def multi_line(byte: int) -> bytes:
    """A quoted title over two lines; its second line holds ``byte`` after "Stra" (line 3, column 5, cell B2)."""
    return HEADER.encode("ascii") + b'X-1,"Data\nStra' + bytes([byte]) + b'e",Uni,5\n'


NOT_TEXT = [
    "unicode_escape",
    "raw_unicode_escape",
    "punycode",
    "idna",
    "base64",
    "zlib",
    "rot13",
    "utf-8\x00",
    "utf-8\x00base64",
    "x" * 100_000,
    "",
    " ",
]
TEXT = ["utf-7", "hz", "shift_jis", "utf-16", "utf-16-le", "utf-32", "cp1250", "iso-8859-2", "utf-8-sig", "cp037"]


@pytest.mark.parametrize("name", NOT_TEXT, ids=lambda n: repr(n[:20]))
def test_a_name_of_no_text_encoding_is_refused(name: str) -> None:
    assert text_codec(name) is None


@pytest.mark.parametrize("name", TEXT)
def test_a_text_encoding_is_taken_under_its_python_name(name: str) -> None:
    assert text_codec(name) == codecs.lookup(name).name


@pytest.mark.parametrize("name", ["punycode", "unicode_escape", "utf-8\x00"], ids=repr)
def test_the_cli_refuses_an_escape_codec_as_a_usage_error_not_a_traceback(name: str) -> None:
    result = CliRunner().invoke(cli, ["check", "-", "--encoding", name, "--format", "json"], input=b"id,title\n")
    assert result.exit_code == 2, result.output
    assert "is not a text encoding known here" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("name", ["punycode", "raw_unicode_escape", "x" * 10_000])
def test_the_web_field_refuses_them_with_the_same_words_and_a_short_name(name: str) -> None:
    with pytest.raises(application.Problem) as caught:
        application._encoding(name)
    assert caught.value.status == 422
    assert caught.value.field == "encoding"
    assert "is not a text encoding known here" in str(caught.value.message)
    assert len(str(caught.value.message)) < 400


def _only(docs: list[Document]) -> Document:
    assert len(docs) == 1
    return docs[0]


def _errors(doc: Document) -> list[str]:
    return [str(f.message) for f in doc.findings if f.rule == ids.UNREADABLE]


# Bytes that are no character of each encoding (0xFD leads no Shift_JIS pair; 0x81 is unassigned in Windows-1252).
@pytest.mark.parametrize(
    ("codec", "byte"), [("shift_jis", 0xFD), ("utf-7", 0x81), ("hz", 0x81), ("cp1252", 0x81), ("ascii", 0x81)]
)
def test_a_byte_of_no_character_in_a_multi_line_cell_is_located_at_its_own_line(codec: str, byte: int) -> None:
    doc = _only(load_csv(multi_line(byte), "export.csv", encoding=text_codec(codec)))
    (message,) = _errors(doc)
    assert f"byte 0x{byte:02X} at line 3, column 5 (cell B2)" in message, message


def test_a_file_valid_only_in_part_is_refused_not_read_up_to_the_byte() -> None:
    body = HEADER + "".join(f"X-{i},Course {i},Uni,5\n" for i in range(500))
    raw = body.encode("ascii") + b"X-500,Stra\xfde,Uni,5\n"
    doc = _only(load_csv(raw, "export.csv", encoding="shift_jis"))
    (message,) = _errors(doc)
    assert "line 502, column 11 (cell B502)" in message, message


@pytest.mark.parametrize(
    ("mark", "text_codec_of_mark", "named"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "cp1250"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "shift_jis"),
        (codecs.BOM_UTF8, "utf-8", "utf-16"),
        (codecs.BOM_UTF8, "utf-8", "utf-7"),
    ],
)
def test_a_byte_order_mark_of_another_encoding_than_named_is_read_as_it_says(
    mark: bytes, text_codec_of_mark: str, named: str
) -> None:
    raw = mark + (HEADER + "PL-1,Zarządzanie jakością,Politechnika,5\n").encode(text_codec_of_mark)
    doc = _only(load_csv(raw, "export.csv", encoding=text_codec(named)))
    assert _errors(doc) == []
    assert doc.data["title"]["en"] == "Zarządzanie jakością"
    assert any("byte-order mark" in str(f.message) for f in doc.findings)


# "Ċ" (U+010A) is written 0A 01 in UTF-16-LE: its byte 0x0A is no line break.
@pytest.mark.parametrize("title", ["Data", "Ċwiczenia"])
def test_utf16_named_for_a_file_of_odd_length_without_a_mark_is_refused_at_its_last_byte(title: str) -> None:
    raw = (HEADER + f"X-1,{title},Uni,5\n").encode("utf-16-le") + b"\x00"
    doc = _only(load_csv(raw, "export.csv", encoding="utf-16-le"))
    (message,) = _errors(doc)
    assert "byte 0x00 at line 3, column 1 (cell A3)" in message, message
