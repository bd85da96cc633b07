"""Catalogues of round 26: a text column naming no language beside one naming its language, in a course taught in
the named one; and the cell of the warning on a CSV read in a code page."""

from __future__ import annotations

from pathlib import Path

from qa_checker.findings import Severity
from qa_checker.loaders import load_file


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
