"""Hostile CSVs in no Unicode form, round nine: a byte-order mark of one encoding before text in another is no
letter of the text (a UTF-8 mark before a code page's text is set aside; a UTF-16 mark before text written one
byte a character is refused, located, for CSV and JSON alike); a refusal names the byte it stops at; a warning
quotes what it read, never an empty word; unit and ordinal letters ("5 µm", "2ª edición") never make a file read
in a code page giving other letters; and many-MB pathological inputs stay bounded."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from qa_checker.loaders import load_file, tabular
from qa_checker.loaders.code_pages import legacy_reading
from tests.timing import assert_linear

HEADER = b"id,title.en\n"


def _message(raw: bytes, name: str = "export.csv") -> tuple[object, str, int | None]:
    (document,) = tabular.load_csv(raw, name)[:1]
    finding = document.findings[0]
    return document.data, finding.message, finding.origin.line if finding.origin else None


def test_a_utf8_mark_before_code_page_text_is_set_aside_and_the_header_found():
    rows = "".join(f"x{i},Café résumé été\n" for i in range(20)).encode("cp1252")
    documents = tabular.load_csv(codecs.BOM_UTF8 + HEADER + rows, "export.csv")
    assert len(documents) == 20 and documents[0].data is not None
    assert documents[0].data["id"] == "x0" and documents[0].data["title"] == {"en": "Café résumé été"}
    (warning,) = [f for f in documents[0].findings if "Windows-1252" in f.message]
    assert "(line 2: 'Café')" in warning.message and warning.origin is not None and warning.origin.line == 2


def test_a_refusal_after_a_utf8_mark_names_the_byte_it_stopped_at():
    raw = codecs.BOM_UTF8 + HEADER + "x,Café résumé\n".encode() * 40 + "y,Café\n".encode("cp1252")
    data, message, line = _message(raw)
    assert data is None and "line 42: byte 0xE9" in message and line == 42


@pytest.mark.parametrize("mark", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE])
@pytest.mark.parametrize("extra", [b"", b"!"])  # an even and an odd number of bytes after the mark
def test_a_wide_mark_before_narrow_text_is_refused_at_line_one(mark: bytes, extra: bytes):
    data, message, line = _message(mark + HEADER + "x,Café résumé\n".encode("cp1252") + extra)
    assert data is None and line == 1
    assert "byte-order mark" in message and "written one byte a character" in message


def test_a_wide_mark_before_narrow_json_is_refused_the_same(tmp_path: Path):
    path = tmp_path / "descriptor.json"
    path.write_bytes(codecs.BOM_UTF16_LE + '{"id": "x", "title": {"en": "Café"}}'.encode("cp1252"))
    (document,) = load_file(path)
    assert document.data is None
    assert any("written one byte a character" in f.message for f in document.findings)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_wide_text_under_its_own_mark_is_still_read(codec: str):
    raw = "\ufeffid,title.en\nx,Café résumé\n".encode(codec)
    (document,) = tabular.load_csv(raw, "export.csv")
    assert document.data is not None and document.data["title"] == {"en": "Café résumé"}


def test_a_warning_quotes_what_it_read_when_no_letter_is_beyond_ascii():
    # A no-break space is the only byte beyond ASCII: the warning shows it in its place, not ''.
    data, message, _ = _message(HEADER + b"x,Data\xa0Literacy\n")
    assert data is not None and "''" not in message and "Data\xa0Literacy" in message


@pytest.mark.parametrize(
    "text",
    [
        "Mikroskopie mit 5 µm Auflösung und Färbung",
        "Filtration 5µm",
        "Curso de 2ª edición para técnicos",
        "Corso di 1º livello, seconda parte",
    ],
)
def test_unit_and_ordinal_letters_are_not_read_as_another_code_pages_letters(text: str):
    raw = HEADER + f"x,{text}\n".encode("cp1252")
    reading = legacy_reading(raw)
    assert reading.codec is None or raw.decode(reading.codec) == raw.decode("cp1252"), reading
    if reading.codec is None:  # refused: the code page it was written in is among those named
        assert "cp1252" in [codec for codec, _ in reading.candidates], reading


def _distinct_words(alphabet: bytes, size: int) -> bytes:
    """Lines of a word of eight random letters of ``alphabet``, ``size`` bytes in all."""
    rnd = random.Random(9)
    return b"\n".join(b"x," + bytes(rnd.choice(alphabet) for _ in range(8)) for _ in range(size // 11))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(lambda n: b"x," + b"\xe9" * n, id="one byte repeated"),
        pytest.param(lambda n: b"x,\xe9" + b"\r" * n, id="carriage returns"),
        pytest.param(lambda n: b"x," + b"a\xa7" * (n // 2), id="a sign between letters"),
        pytest.param(
            lambda n: _distinct_words(b"\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb", n), id="distinct words"
        ),
        pytest.param(lambda n: b"x,caf\xe9 " * (n // 8), id="one word repeated"),
    ],
)
def test_many_megabytes_of_pathological_bytes_are_told_in_bounded_time(body):
    assert legacy_reading(HEADER + body(1_000_000) + b"\n").line >= 1
    assert_linear(lambda n: legacy_reading(HEADER + body(n) + b"\n"), 250_000, 1_000_000)


def test_a_nul_late_in_a_code_page_file_is_read_or_refused_located():
    raw = HEADER + b"x,abc\n" * 3_000 + "y,Caf\xe9\x00b\n".encode("latin-1")
    documents = tabular.load_csv(raw, "export.csv")
    for document in documents:
        for finding in document.findings:
            if "UTF-8" in finding.message:
                assert finding.origin is not None and finding.origin.line == 3_002
