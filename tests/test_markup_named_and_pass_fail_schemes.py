"""Texts no rule may misread: a web-development course naming HTML elements and formulas with "<"
(MC-LG-003), and a pass/fail scheme beside a grade scale or in Polish abbreviations (MC-EL-014)."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.elements import ungraded
from tests.conftest import NOW, baseline


def _findings(data: dict[str, Any], rule: str) -> list[tuple[str, str]]:
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [(f.pointer, str(f.message)) for f in result.findings if f.rule == rule]


def _summary(language: str, text: str) -> dict[str, Any]:
    data = baseline()
    data["summary"] = {language: text}
    return data


# ---------------------------------------------------------------- MC-LG-003: text that names a tag, formulas


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Learn how the <div> element and the <span> element structure a page."),
        ("en", "Web development: the <ul> and <li> elements"),
        ("en", "The <a> element and the href attribute"),
        ("en", "Write '<br>' for a line break."),
        ("en", "Solve inequalities such as a<b and b>c."),
        ("de", "Das <div>-Element und das <p>-Element im Webdesign."),
        ("fr", "L'élément <div> et la balise <span> en HTML."),
        ("es", "El elemento <div> y la etiqueta <p> en HTML."),
        ("it", "L'elemento <div> e il tag <span> in HTML."),
        ("nl", "Het <div>-element en de <span>-tag in HTML."),
        ("pl", "Element <div> i znacznik <span> w HTML."),
    ],
)
def test_a_text_naming_a_tag_or_a_formula_is_no_markup(language, text):
    assert _findings(_summary(language, text), "MC-LG-003") == []


@pytest.mark.parametrize(
    "text",
    [
        "<p>Apply the GDPR.</p>",
        "Data<br>Ethics",
        '<span style="color:red">Warning</span>',
        "<td colspan=2>Data</td>",
        "<li>elements of style</li>",
        "Use the <br> tag, then <p>write</p>",
    ],
)
def test_pasted_markup_is_still_reported(text):
    assert [pointer for pointer, _ in _findings(_summary("en", text), "MC-LG-003")] == ["/summary/en"]


# ---------------------------------------------------------------- MC-EL-014: pass/fail beside a grade scale


def _credential(grading_scheme: object) -> dict[str, Any]:
    data = baseline()
    data.update(kind="credential", learner={"name": "Ana Nowak"}, issue_date="2026-09-30")
    data["assessment"]["grading_scheme"] = grading_scheme
    data.pop("grade", None)
    return data


@pytest.mark.parametrize(
    "scheme",
    [
        "Pass/fail per module, final grade 1-10",
        "A-F letter grades; pass/fail for the lab",
        {"de": "bestanden/nicht bestanden je Modul, Endnote 1,0 bis 5,0"},
        {"fr": "réussi / échoué par module, note finale sur 20"},
        {"pl": "zaliczony/niezaliczony, ocena końcowa 2-5"},
    ],
)
def test_a_pass_fail_part_beside_a_grade_scale_is_graded(scheme):
    assert not ungraded(scheme)
    assert [pointer for pointer, _ in _findings(_credential(scheme), "MC-EL-014")] == ["/grade"]


@pytest.mark.parametrize("scheme", [{"pl": "zal./nzal."}, {"pl": "zal. / nie zal."}, "Pass/fail; 2025-2026 edition"])
def test_an_abbreviated_or_dated_pass_fail_scheme_is_ungraded(scheme):
    assert ungraded(scheme)
    assert _findings(_credential(scheme), "MC-EL-014") == []
