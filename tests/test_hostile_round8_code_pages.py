"""Hostile CSVs in no Unicode form: a file is read in a code page only when its text is that page's decoding of
the bytes, a file written in a language's code page is read in it or refused (never in another page giving
other letters, as Mac Roman's "í" for Windows-1252's apostrophe, or Windows-1252's "œ" for Windows-1250's "ś"),
messages are located on the line an editor shows (a carriage return alone ends one), and the work is bounded."""

from __future__ import annotations

import random

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker.loaders import tabular
from qa_checker.loaders.code_pages import LEGACY_CODECS, legacy_reading
from tests.timing import assert_linear

HEADER = b"id,title.en\n"


def _read_as_decoded_or_refused(raw: bytes) -> None:
    """The file is read as the decoding of its bytes in the code page its warning names, or refused, located."""
    documents = tabular.load_csv(raw, "export.csv")
    reading = legacy_reading(raw)
    if documents[0].data is not None and reading.codec is not None:
        named = [f for f in documents[0].findings if "it was read as" in f.message]
        assert named and f"read as {LEGACY_CODECS[reading.codec]}," in named[0].message
    for document in documents:
        for finding in document.findings:
            if "not UTF-8" in finding.message:
                assert finding.origin is not None and finding.origin.line is not None


def test_an_apostrophe_is_not_read_as_a_letter_of_another_code_page():
    # Windows-1252's right quotation mark is Mac Roman's "í": "dell’altopiano" is not "dellíaltopiano".
    raw = "id,title.en\nx,Quechua dell’altopiano\ny,Sant’Elena\n".encode("cp1252")
    reading = legacy_reading(raw)
    assert reading.codec is None or raw.decode(reading.codec) == raw.decode("cp1252")


def test_letters_a_broad_alphabet_writes_do_not_outweigh_the_words_the_readings_differ_on():
    # Windows-1252 reads these Polish words as "estoñski", "wrzeœnia", "wêgierski": letters English's alphabet
    # holds too; the words the readings differ on are Polish in Windows-1250.
    text = "id,title.en\nx0,estoński\nx1,Curaçao\nx2,września\nx3,węgierski\nx4,kreolski luizjański\n"
    reading = legacy_reading(text.encode("cp1250"))
    assert reading.codec is None or text.encode("cp1250").decode(reading.codec) == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Cyrillic read as Windows-1253 is Greek letters, found to be Greek; the language is told from the
        # words all readings agree on, not from a reading's own.
        ("id,title.en\nx0,кикую\nx1,гайо\nx2,без лингвистично съдържание\n", "cp1251"),
        ("id,title.en\nx0,таджикский\nx1,среднеанглийский\nx2,Лаос\n", "cp1251"),
        # "č" read as "è" gives words found to be English beside "cree" and "newari".
        ("id,title.en\nx0,močvarni cree\nx1,sjevernoistočni cree\nx2,klasični newari\n", "cp1250"),
    ],
)
def test_the_language_that_tells_code_pages_apart_is_not_found_in_a_misreading(text, codec):
    reading = legacy_reading(text.encode(codec))
    assert reading.codec is None or text.encode(codec).decode(reading.codec) == text


# Languages with their Windows code page, whose names (of countries, languages, months, days: the CLDR's) are
# written to short CSVs.
_WRITTEN = {
    "cp1250": ("cs", "hu", "pl", "sl", "hr"),
    "cp1251": ("bg", "ru", "uk", "mk"),
    "cp1252": ("de", "fr", "es", "it", "pt", "nl", "sv", "da", "fi", "ga", "en"),
    "cp1253": ("el",),
    "cp1257": ("lt", "lv", "et"),
}


def _names(language: str) -> list[str]:
    locale = Locale.parse(language)
    names = [*locale.territories.values(), *locale.languages.values(), *locale.months["format"]["wide"].values()]
    return sorted({name for name in names if not name.isascii() and "," not in name and '"' not in name})


@pytest.mark.parametrize(("codec", "language"), [(c, lang) for c, langs in _WRITTEN.items() for lang in langs])
def test_a_file_written_in_a_languages_code_page_is_read_in_it_or_refused(codec, language):
    # "Bokmål" among German or Swedish names of languages reads as Slovak "Bokmĺl" in Windows-1250: a letter
    # rare in Slovak too, so the list is refused rather than read so.
    names = _names(language)
    rng = random.Random(f"{codec}-{language}")
    wrong = []
    for _ in range(30):
        chosen = rng.sample(names, min(rng.choice((1, 2, 3, 5, 10, 40)), len(names)))
        text = "id,title.en\n" + "".join(f"x{n},{name}\n" for n, name in enumerate(chosen))
        try:
            raw = text.encode(codec)
        except UnicodeEncodeError:
            continue
        reading = legacy_reading(raw)
        if reading.codec is not None and raw.decode(reading.codec) != text:
            wrong.append((reading.codec, chosen[:3]))
    assert wrong == []


def test_a_carriage_return_alone_ends_the_line_a_reading_is_located_on():
    raw = b"Title;ECTS\rData;5\rWien;5\rUniversit\xe4t Wien;5\r"
    documents = tabular.load_csv(raw, "export.csv")
    (warning,) = [f for document in documents for f in document.findings if "it was read as" in f.message]
    assert warning.origin is not None and warning.origin.line == 4 and "(line 4: 'Universität')" in warning.message


def test_a_carriage_return_alone_ends_the_line_a_refusal_is_located_on():
    raw = b"Title;ECTS\rData;5\rWien;5\rUniversit\x81t Wien;5\r"
    (document,) = tabular.load_csv(raw, "export.csv")
    (finding,) = document.findings
    assert document.data is None and "(line 4: byte 0x81)" in finding.message and finding.origin.line == 4


@pytest.mark.parametrize("byte", range(0x80, 0x100))
def test_each_byte_beyond_ascii_alone_is_read_as_decoded_or_refused(byte):
    _read_as_decoded_or_refused(HEADER + b"x1,caf" + bytes([byte]) + b"\nx2,Data\n")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from([b"Daten", b"caf\xc3\xa9 ", b" ", b",", b"\r", b"\n", b"\r\n", b'"']) | st.binary(max_size=6)
    )
)
def test_mixtures_of_utf8_stray_bytes_and_line_ends_are_read_as_decoded_or_refused(parts):
    raw = HEADER + b"x," + b"".join(parts) + b"\n"
    if raw.strip() and b"\x00" not in raw:
        _read_as_decoded_or_refused(raw)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(lambda n: random.Random(1).randbytes(n).replace(b"\x00", b"a"), id="random-bytes"),
        pytest.param(lambda n: b"x," + b"\xe9" * n + b"\n", id="one-word"),
        pytest.param(lambda n: b"x," + b"caf\xe9 " * (n // 5) + b"\n", id="one-line"),
        pytest.param(lambda n: b"x," + b" ".join(b"w%d\xe9" % k for k in range(n // 8)) + b"\n", id="distinct-words"),
        pytest.param(
            lambda n: b"x," + b" ".join(b"\xe9" * 70 + b"%d" % k for k in range(n // 75)) + b"\n", id="long-words"
        ),
        pytest.param(lambda n: b"x,Pr\xfcfung " * (n // 11), id="cr-free-rows"),
    ],
)
def test_hostile_files_are_told_in_bounded_time_with_a_located_message(body):
    """Megabytes of each are read in linear time, and told with the line they are refused at."""

    def read(size: int):
        raw = HEADER + body(size)
        return legacy_reading(raw), tabular.load_csv(raw, "export.csv")

    reading, documents = read(250_000)
    assert reading.line >= 1 and documents
    if documents[0].data is None:
        assert documents[0].findings[0].origin is not None
    assert_linear(read, 62_500, 250_000)
