"""A CSV that is not Unicode (Excel's "CSV" on Windows writes its language's code page) is read in the one code
page whose reading is plausible text, with a located warning naming it and the first word it gave; refused,
naming each reading, when code pages read it differently and plausibly; refused at its first byte when none
does; never garbled silently. The work is bounded by a sample of the file's lines beyond ASCII."""

from __future__ import annotations

import pytest

from qa_checker.findings import Severity
from qa_checker.loaders import tabular
from qa_checker.loaders.code_pages import legacy_reading
from tests.timing import assert_linear

HEADER = "Kurstitel;ECTS;Anbieter"


def _load(text: str, encoding: str):
    return tabular.load_csv(text.encode(encoding), "export.csv")


@pytest.mark.parametrize(
    ("text", "encoding", "name"),
    [
        # Windows-1250 against ISO-8859-2: "ś" and "Ł" ... are the same bytes in neither.
        ("Nazwa kursu;Punkty ECTS;Uczelnia\nZarządzanie ryzykiem;4;Uniwersytet Śląski\n", "cp1250", "Windows-1250"),
        ("Nazwa kursu;Punkty ECTS;Uczelnia\nZarządzanie ryzykiem;4;Uniwersytet Śląski\n", "iso-8859-2", "ISO-8859-2"),
        ("Naziv kolegija;ECTS bodovi;Nositelj\nOdrživo upravljanje šumama;5;Sveučilište u Zagrebu\n", "iso-8859-2",
         "ISO-8859-2"),
        # The euro sign of ISO-8859-15 is Windows-1252's currency sign.
        ("Titre;Crédits ECTS;Prix\nÉthique des données;3;450 €\n", "iso-8859-15", "ISO-8859-15"),
        ("Titre;Crédits ECTS;Prix\nÉthique des données;3;450 €\n", "cp1252", "Windows-1252"),
        # Mac Roman's "ü" is Windows-1252's "Ÿ", a capital after a small letter.
        (f"{HEADER}\nKünstliche Intelligenz für Führungskräfte;5;TU München\n", "mac_roman", "Mac Roman"),
        # Irish puts a small letter before a word's capital vowel: no misreading's capital after a small letter.
        ("Teideal;Creidiúintí ECTS;Institiúid\nStair na hÉireann;5;Coláiste na nÓg, Baile Átha Cliath\n", "cp1252",
         "Windows-1252"),
        # Hungarian "ő" is Windows-1252's "õ", a letter of Portuguese: the file's Hungarian words tell.
        ("Megnevezés;Kreditérték;Intézmény\nFenntartható városfejlesztés;5;Széchenyi István Egyetem, Győr\n",
         "cp1250", "Windows-1250"),
        ("Τίτλος;Πιστωτικές μονάδες ECTS;Ίδρυμα\nΨηφιακός μετασχηματισμός;6;Πανεπιστήμιο Πατρών\n", "cp1253",
         "Windows-1253"),
        # A Greek "μm" mixes scripts: one slip among many Greek words.
        ("Τίτλος;Περιγραφή;Ίδρυμα\nΝανοτεχνολογία υλικών;Μελέτη σωματιδίων μεγέθους 10 μm και επιφανειών με "
         "ηλεκτρονική μικροσκοπία, φασματοσκοπία και θερμική ανάλυση στο εργαστήριο;Πανεπιστήμιο Πατρών\n", "cp1253",
         "Windows-1253"),
        ("Наименование;Кредити ECTS;Институция\nУправление на данни;5;Софийски университет\n", "cp1251",
         "Windows-1251"),
        ("Pavadinimas;ECTS kreditai;Institucija\nSkaitmeninė rinkodara;5;Vilniaus universitetas\n", "cp1257",
         "Windows-1257"),
    ],
)  # fmt: skip
def test_a_csv_in_a_legacy_code_page_is_read_in_it_with_a_located_warning(text, encoding, name):
    (document,) = _load(text, encoding)
    assert document.data is not None
    header, row = text.splitlines()
    assert document.data["title"] == row.split(";")[0]
    (warning,) = [f for f in document.findings if "it was read as" in f.message]
    assert warning.severity == Severity.WARNING and f"read as {name}," in warning.message
    first = 1 if not header.isascii() else 2
    assert warning.origin.line == first and "CSV UTF-8" in warning.hint


def test_a_name_code_pages_read_differently_and_plausibly_is_refused_naming_each_reading():
    (document,) = _load("Title;ECTS;Provider\nData Science Basics;5;Győri Egyetem\n", "cp1250")
    (finding,) = document.findings
    assert document.data is None and finding.rule == "MC-LD-001" and finding.origin.line == 2
    assert finding.message.startswith("the file is not UTF-8 text (line 2: byte 0xF5), and the code page")
    assert "'Győri' (Windows-1250)" in finding.message and "'Gyõri' (Windows-1252)" in finding.message
    assert "CSV UTF-8" in finding.hint


def test_bytes_no_code_page_reads_as_text_are_refused_at_the_first_one():
    raw = b"Title;ECTS\nData\x81\x8d\x9d;5\n"
    (document,) = tabular.load_csv(raw, "export.csv")
    (finding,) = document.findings
    assert document.data is None and "line 2: byte 0x81" in finding.message


def test_a_byte_the_code_page_lacks_after_the_sample_is_refused_where_it_is():
    lines = ["Titel;ECTS"] + [f"Übung{n};5" for n in range(30_000)]  # more distinct words than are sampled
    raw = "\n".join(lines).encode("cp1252") + b"\nCaf\x81;3\n"
    (document,) = tabular.load_csv(raw, "export.csv")
    (finding,) = document.findings
    assert document.data is None and f"line {len(lines) + 1}: byte 0x81" in finding.message


def test_telling_the_code_page_of_a_large_file_reads_a_bounded_sample():
    def raw(lines: int) -> bytes:
        return ("Titel;ECTS\n" + "Künstliche Intelligenz für Führungskräfte;5\n" * lines).encode("cp1252")

    assert legacy_reading(raw(400_000)).codec == "cp1252"
    assert_linear(lambda n: legacy_reading(raw(n)), 25_000, 100_000)


def test_a_utf8_file_with_a_byte_that_is_not_is_refused_at_it_not_read_in_a_code_page():
    raw = "Titel;ECTS;Anbieter\nKünstliche Intelligenz für Führungskräfte;5;TU München\n".encode() + b"Caf\xe9;3;x\n"
    (document,) = tabular.load_csv(raw, "export.csv")
    (finding,) = document.findings
    assert document.data is None and finding.message.startswith("the file is not UTF-8 text (line 3: byte 0xE9)")


def test_a_letter_only_the_end_of_a_long_file_has_tells_the_code_page():
    # "Ł" and "ó" are the same bytes in ISO-8859-2 and Windows-1250; ISO-8859-2's "ś" is Windows-1250's "¶".
    raw = ("Nazwa;ECTS\n" + "Politechnika Łódzka;5\n" * 20_000 + "Jakość usług;5\n").encode("iso-8859-2")
    assert legacy_reading(raw).codec == "iso-8859-2"
    (document, *_) = tabular.load_csv(raw, "export.csv")
    assert any("read as ISO-8859-2," in f.message for f in document.findings)


def test_bytes_beyond_ascii_only_after_a_long_ascii_start_are_the_ones_told_apart():
    raw = (
        "Title;ECTS;Provider\n" + "Data Science;5;TU Delft\n" * 60_000
    ).encode() + "Wien;5;Universität Wien\n".encode("cp1252")
    reading = legacy_reading(raw)
    assert reading.codec == "cp1252" and reading.word == "Universität" and reading.line == 60_002
