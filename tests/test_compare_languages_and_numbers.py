"""``qa-checker compare`` across countries: each text in the report's language when the offering gives it, else
marked with the language it is in; numbers written as the report's language writes them."""

from __future__ import annotations

import io

import openpyxl

from qa_checker.api import audit_paths
from qa_checker.compare import compare_report, plain
from qa_checker.i18n import translator
from qa_checker.reporting import compare_excel, compare_html
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, SAMPLES

OFFERINGS = [SAMPLES / "offers" / "data-ethics-nl.yaml", SAMPLES / "flawed" / "de-cloud-grundlagen.yaml"]


def _rows(language: str) -> dict[str, tuple[str, ...]]:
    report = audit_paths(OFFERINGS, rubric=load_rubric(), now=NOW, jobs=1)
    report.language = language
    return {row.key: row.values for row in compare_html.view(compare_report(report), translator(language))}


def test_a_text_is_in_the_reports_language_when_given_else_marked_with_its_own() -> None:
    english, german = _rows("en"), _rows("de")
    assert english["element_title"] == ("Data Ethics in Practice", "Cloud Foundations for SMEs")
    assert german["element_title"] == ("[en] Data Ethics in Practice", "Cloud-Grundlagen für den Mittelstand")
    assert plain({"es": "Hola", "fr": "Salut"}, ["fr"], prefer="pl") == "[fr] Salut"
    assert plain({"en": "Hello", "nl": "Hallo"}, ["nl"]) == "Hallo"  # without a preference, as before


def test_numbers_are_written_in_the_reports_language() -> None:
    german = _rows("de")
    assert german["score"][1] == "84,8" and german["score"][0] == "100"
    report = audit_paths(OFFERINGS, rubric=load_rubric(), now=NOW, jobs=1)
    report.language = "de"
    page = compare_html.render(compare_report(report))
    assert "27,5 h/ECTS" in page and "27.5" not in page
    sheet = openpyxl.load_workbook(io.BytesIO(compare_excel.render(compare_report(report))))["Vergleich"]
    scores = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Punktzahl")
    assert scores[2:] == (100, 84.8)  # numbers stay numbers in the workbook
