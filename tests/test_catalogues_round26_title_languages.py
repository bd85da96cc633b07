"""Catalogues of round 26: a text column naming no language beside one naming its language, in a course taught in
the named one; and the cell of the warning on a CSV read in a code page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from qa_checker.document import Document
from qa_checker.findings import Severity
from qa_checker.loaders import load_file


def _csv(tmp_path: Path, name: str, text: str) -> list[Document]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_file(path)


def _by_id(documents: list[Document]) -> dict[Any, Document]:
    return {d.data.get("id"): d for d in documents if isinstance(d.data, dict)}


def _clashes(document: Document) -> list[str]:
    return [str(f.message) for f in document.findings if "already gives" in str(f.message)]


def test_a_ladok_title_of_a_course_taught_in_english_is_swedish_beside_the_english_one(tmp_path: Path) -> None:
    """'Benämning | Benämning engelska | Undervisningsspråk = Engelska': 'Benämning' is the Swedish title (the
    headers are Swedish), not a second English one."""
    documents = _csv(
        tmp_path,
        "ladok.csv",
        "Kurskod;Benämning;Benämning engelska;Undervisningsspråk\n"
        "DT789A;Maskininlärning;Machine Learning;Engelska\n"
        "DA123A;Programmering i Python;Programming in Python;Svenska\n",
    )
    by_id = _by_id(documents)
    assert by_id["DT789A"].data["title"] == {"sv": "Maskininlärning", "en": "Machine Learning"}
    assert by_id["DA123A"].data["title"] == {"sv": "Programmering i Python", "en": "Programming in Python"}
    assert not _clashes(by_id["DT789A"])
    assert by_id["DT789A"].origins["/title/sv"].cell == "B2"
    assert by_id["DT789A"].origins["/title/en"].cell == "C2"


def test_a_ladok_workbook_with_the_english_title_first_reads_the_same(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kurskod", "Benämning engelska", "Benämning", "Undervisningsspråk"])
    sheet.append(["DT789A", "Machine Learning", "Maskininlärning", "Engelska"])
    path = tmp_path / "ladok.xlsx"
    book.save(path)
    (document,) = load_file(path)
    assert document.data["title"] == {"sv": "Maskininlärning", "en": "Machine Learning"}
    assert not _clashes(document)


def test_a_german_title_of_a_course_taught_in_english_is_german(tmp_path: Path) -> None:
    documents = _csv(
        tmp_path,
        "kurse.csv",
        "Code;Titel;Titel (Englisch);Sprache\nDT789A;Maschinelles Lernen;Machine Learning;Englisch\n",
    )
    (document,) = documents
    assert document.data["title"] == {"de": "Maschinelles Lernen", "en": "Machine Learning"}
    assert not _clashes(document)


def test_a_summary_with_a_tagged_twin_is_read_as_a_title_is(tmp_path: Path) -> None:
    (document,) = _csv(
        tmp_path,
        "kurse.csv",
        "Code;Titel;Beschreibung;Beschreibung (Englisch);Sprache\n"
        "K-1;Datenethik;Ein Kurs über Datenethik.;A course on data ethics.;Englisch\n",
    )
    assert document.data["summary"] == {"de": "Ein Kurs über Datenethik.", "en": "A course on data ethics."}


def test_a_czech_title_beside_one_named_anglicky_is_czech_where_its_letters_say_so(tmp_path: Path) -> None:
    """'anglicky' is Czech and Slovak: 'Řízení projektů' is written with letters only Czech has."""
    (document,) = _csv(
        tmp_path,
        "predmety.csv",
        "Kód;Název;Název anglicky;Jazyk výuky\nNI-X;Řízení projektů;Project Management;angličtina\n",
    )
    assert document.data["title"] == {"cs": "Řízení projektů", "en": "Project Management"}


def test_a_title_whose_language_nothing_tells_is_kept_with_a_warning_not_dropped(tmp_path: Path) -> None:
    (document,) = _csv(
        tmp_path,
        "courses.csv",
        "Code;Title (en);Title;Language\nX-1;Machine Learning;Apprentissage automatique;English\n",
    )
    assert document.data["title"] == {"en": "Machine Learning"}
    assert document.data["extensions"] == {"unnamed_language": {"title": "Apprentissage automatique"}}
    (note,) = [f for f in document.findings if "extensions.unnamed_language.title" in str(f.message)]
    assert note.severity is Severity.WARNING
    assert note.origin is not None and note.origin.cell == "C2"
    assert not _clashes(document)


def test_a_title_kept_aside_where_a_column_gives_that_place_is_a_clash_not_a_false_note(tmp_path: Path) -> None:
    """A column naming extensions.unnamed_language itself gave it first: the note said the French title was kept
    there, and the column's value stood in its place."""
    for kept in ("extensions.unnamed_language.title", "extensions.unnamed_language"):
        (document,) = _csv(
            tmp_path,
            "courses.csv",
            f"id;title.en;Title;{kept};languages\nX-1;Machine Learning;Apprentissage automatique;EXPLICIT;en\n",
        )
        assert not [f for f in document.findings if "it was kept as" in str(f.message)], kept
        (clash,) = _clashes(document)
        assert clash.startswith("C2 (column C 'Title')"), clash


def test_a_czech_title_of_letters_czech_and_slovak_share_is_kept_not_read_as_english(tmp_path: Path) -> None:
    (document,) = _csv(
        tmp_path,
        "predmety.csv",
        "Kód;Název;Název anglicky;Jazyk výuky\nNI-ML;Strojové učení;Machine Learning;angličtina\n",
    )
    assert document.data["title"] == {"en": "Machine Learning"}
    assert document.data["extensions"]["unnamed_language"] == {"title": "Strojové učení"}
    (note,) = [f for f in document.findings if "unnamed_language" in str(f.message)]
    assert "column B 'Název'" in str(note.message)


@pytest.mark.parametrize(
    ("header", "languages"),
    [
        ("Benämning engelska", {"sv"}),
        ("Název anglicky", {"cs", "sk"}),
        ("Titel (Englisch)", {"de"}),
        ("Title (English)", set()),
        ("Title (en)", set()),
    ],
)
def test_the_languages_a_header_naming_another_may_be_written_in(header: str, languages: set[str]) -> None:
    from qa_checker.loaders.columns import header_languages

    assert header_languages(header) == languages


def test_the_warning_on_a_csv_read_in_a_code_page_names_its_sheet_and_cell(tmp_path: Path) -> None:
    path = tmp_path / "przedmioty.csv"
    path.write_bytes(
        "Kod przedmiotu;Nazwa przedmiotu;Punkty ECTS;Język wykładowy;Kraj\n"
        "0600-MK-PY;Programowanie w języku Python;5,0;polski;Polska\n".encode("cp1250")
    )
    (document,) = load_file(path)
    (note,) = [f for f in document.findings if "Windows-1250" in str(f.message)]
    assert note.origin is not None
    assert (note.origin.sheet, note.origin.cell, note.origin.line) == ("przedmioty", "D1", 1)


def test_a_csv_refused_for_its_code_page_names_its_sheet_and_cell(tmp_path: Path) -> None:
    """Bytes no code page reads plausibly: the refusal stands at the cell of the first byte that is not UTF-8."""
    path = tmp_path / "bad.csv"
    path.write_bytes(b"Code;Title\nX-1;Data \x81\x8d\x8f\x90\x9d ethics\n")
    (document,) = load_file(path)
    (error,) = [f for f in document.findings if f.severity is Severity.ERROR]
    assert error.origin is not None and (error.origin.sheet, error.origin.cell) == ("bad", "B2")
