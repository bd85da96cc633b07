"""Held-out descriptors, round four: every rule family but the outcome rules, under the EU baseline and the
profiles (uk-qaa, microbol, emc-cmf, nl-pilot, ie-nfq, au-nmf, nzqa).

``tests/heldout_rules4`` holds 124 descriptors (100 YAML, 24 JSON; 85 offers, 39 issued credentials) written as
providers in 27 EU/EEA countries, the UK, Australia and New Zealand write them. 56 are good with unusual but
valid choices (awarding bodies in two countries, hybrid participation, RPL, grades on national scales,
pass/fail, SCQF/FHEQ/RQF/CQFW levels, UK, SCQF, CQFW, CATS, ECVET and QQI credits, free offers, accreditations
still valid, stacking towards a named degree); 68 carry one realistic mistake. ``expectations.yaml`` says which
rules must report, and where (written in five batches, each before the checker ran on it); every other rule
must stay silent, MC-LO-* excepted.

The run found these classes of error, fixed since:

* a banded mark scheme ("Distinction (70+), Merit (60-69), Pass (50-59), Fail (below 50)") was read as the
  scale its closed bands span (50-69), with only the band named "Pass" passing: a Merit of 68 or 68% and a
  Distinction of 74 were "not a grade of the scale"; a band open beyond the ranges now runs the scale to 100
  (or from 0), and the band named pass is one band of passes;
* a mark named as the bound of the failing band ("below 50% fail", "< 10: fail") was read as a failing grade
  itself, so a credential at exactly the pass mark was told it failed; and "Fail (below 50)" gave no pass mark,
  so a 45 went untold;
* a declared language that is the awarding body's country code typed for its language (``se`` from a Swedish
  body) was told by MC-VC-002 and also, by MC-LG-002, on every text for lacking Northern Sami;
* external quality assurance named by the awarding body's own initials (``UPC`` for Universitat Politècnica
  de Catalunya), or by its name with the initials in brackets after it, was not seen as the provider
  reviewing itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.rules.grading import Problem, judge, read_grade, read_scale
from tests.conftest import baseline
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules4"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 60)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_descriptor_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


BANDED = "Distinction (70+), Merit (60-69), Pass (50-59), Fail (below 50)"


@pytest.mark.parametrize(
    ("scheme", "grade", "problem"),
    [
        (BANDED, "68", None),
        (BANDED, "68%", None),
        (BANDED, "74", None),
        (BANDED, "55", None),
        (BANDED, "103", Problem.OUTSIDE),
        ("Pass 40-49, Merit 50-59, Distinction 60 and above", "68", None),
        ("Pass 40-49, Merit 50-59, Distinction 60 and above", "45", None),
        ("Pass 40-49, Merit 50-59, Distinction >= 60", "72 %", None),
        ("Fail under 40, Pass 40-59, Merit 60-69", "65", None),
        # The band below a mark named failing gives the pass mark; the mark itself passes.
        (BANDED, "49", Problem.FAILING),
        (BANDED, "50", None),
        ("70% and above distinction; 60-69% merit; 50-59% pass; below 50% fail", "45%", Problem.FAILING),
        ("70% and above distinction; 60-69% merit; 50-59% pass; below 50% fail", "50%", None),
        ("0-20, < 10 fail", "10", None),
        ("0-20, < 10 fail", "9,5", Problem.FAILING),
        ("0-20, 9 fail", "9", Problem.FAILING),
        # Not banded: a closed range and its pass mark are read as before.
        ("1-5, pass at least 3", "6", Problem.OUTSIDE),
        ("Escala de 0 a 10; aprobado a partir de 5", "3", Problem.FAILING),
        ("0-20, 10 minimum pass mark, above 16 with honours", "21", Problem.OUTSIDE),
    ],
)
def test_a_banded_mark_scheme_is_read_as_one_scale_of_marks(scheme: str, grade: str, problem: Problem | None) -> None:
    scale = read_scale(scheme, "en")
    assert scale is not None
    found = judge(read_grade(grade), scale, scheme)
    assert (found[0] if found else None) is problem


def test_a_grade_in_a_banded_scheme_is_not_told_on_a_credential() -> None:
    data = baseline()
    data.update(
        kind="credential",
        learner={"name": "Amira Hussain"},
        issue_date="2026-05-18",
        grade={"en": "Merit (68%)", "nl": "Merit (68%)"},
    )
    data["assessment"]["grading_scheme"] = {"en": BANDED, "nl": BANDED}
    assert not [f for f in data_findings(data) if f[0] == "MC-AS-004"]


@pytest.mark.parametrize(("code", "country", "meant"), [("se", "SE", "sv"), ("ee", "EE", "et"), ("si", "SI", "sl")])
def test_a_country_code_typed_for_the_language_is_told_once(code: str, country: str, meant: str) -> None:
    data = baseline()
    data["languages"] = [code]
    data["awarding_bodies"] = [{"name": "Provider", "country": country}]
    data["title"] = {meant: data["title"]["en"]}
    data["summary"] = {meant: "A short course."}
    found = data_findings(data)
    assert ("MC-VC-002", "/languages/0") in found
    assert not [f for f in found if f[0] == "MC-LG-002"]


def test_a_language_code_that_is_another_countrys_is_still_judged() -> None:
    data = baseline()
    data["languages"] = ["en", "se"]  # Northern Sami, from a Dutch body: a language it may well be taught in
    assert [f for f in data_findings(data) if f[0] == "MC-LG-002"]


@pytest.mark.parametrize(
    ("name", "body", "told"),
    [
        ("Universitat Politècnica de Catalunya", "UPC", True),
        ("Universitat Politècnica de Catalunya (UPC)", "UPC", True),
        ("Technische Universität München", "TUM", True),
        ("Hogeschool van Amsterdam (HvA)", "HVA", True),
        ("Universitat Politècnica de Catalunya", "Universitat Politècnica de Catalunya (UPC)", True),
        ("Universitat Politècnica de Catalunya (UPC)", "Universitat Politècnica de Catalunya", True),
        ("Universitat Politècnica de Catalunya", "AQU", False),
        ("Universitat Politècnica de Catalunya", "(UPC)", False),
        ("Universitat Politècnica de Catalunya", "Upc Catalunya", False),
        ("Hogeschool van Amsterdam", "NVAO", False),
    ],
)
def test_external_qa_by_the_providers_own_initials_is_internal(name: str, body: str, told: bool) -> None:
    data = baseline()
    data["awarding_bodies"] = [{"name": name, "country": "ES"}]
    data["quality_assurance"]["external"] = {"body": body, "country": "ES", "framework": "ESG"}
    assert (("MC-QA-001", "/quality_assurance/external/body") in data_findings(data, "microbol")) is told
