"""Held-out descriptors, round eleven: providers from countries and sectors the earlier rounds barely covered.

``tests/heldout_rules11`` holds descriptors of Nordic and Baltic universities with their national credits (the
Finnish op, the Swedish högskolepoäng, the Estonian EAP, the Lithuanian kreditai) and a Swedish higher vocational
school whose YH-poäng are no ECTS credits; universities of Portugal, Czechia, Slovakia, Hungary, Romania, Greece,
Croatia and Slovenia; a MOOC, a company academy, two public employment services' trainings and two chambers'
courses; offers and issued credentials, stand-alone and stacked, in the providers' own languages and conventions.
``expectations.yaml`` says which rules must report, and where, each decided before the checker ran; every other
rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import baseline, graded_credential
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules11"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 100, flawed_one_in=2)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize(
    ("text", "language", "told"),
    [
        ("Ks. opinto-opas.", "fi", True),
        ("Vaata ÕIS-ist.", "et", True),
        ("Vt ÕIS", "et", True),
        ("VT 2026 på distans", "sv", False),  # the Swedish spring term
        ("Žr. dalyko aprašą.", "lt", True),
        ("Skatīt studiju kursa aprakstu", "lv", True),
        ("Viz sylabus předmětu.", "cs", True),
        ("Pozrite si informačný list predmetu.", "sk", True),
        ("Lásd a tantárgyi adatlapot.", "hu", True),
        ("A se vedea fișa disciplinei", "ro", True),
        ("Βλέπε τον οδηγό σπουδών.", "el", True),
        ("Vidi izvedbeni plan kolegija.", "hr", True),
        ("Vidi il mare ogni giorno", "it", False),  # "vidi" is "see" in Croatian only
        ("Glej učni načrt.", "sl", True),
        ("Виж учебната програма", "bg", True),
        ("Katso miten tekoäly toimii", "fi", False),  # a teaser
        ("Vezi cum funcționează inteligența artificială", "ro", False),
        ("Vidi kako općine smanjuju otpad", "hr", False),
        ("Ara és possible aprendre en línia", "ca", False),  # the Catalan "now"
    ],
)
def test_a_reference_elsewhere_is_told_in_every_language(text: str, language: str, told: bool) -> None:
    data = baseline()
    data["languages"] = [language]
    data["prerequisites"] = text
    assert (("MC-TP-001", "/prerequisites") in data_findings(data)) is told


@pytest.mark.parametrize(
    ("system", "higher_education", "ects"),
    [
        ("kreditai", False, True),
        ("Kreditpont", False, True),
        ("credite transferabile", False, True),
        ("KT", False, True),
        ("Πιστωτικές Μονάδες", False, True),
        ("ECTS bodovi", False, True),
        ("kredity", True, True),
        ("kredity", False, False),  # a chamber's points for an hour of training
        ("YH-poäng", True, False),  # five a week of higher vocational education
        ("body CŽV ČKAIT", False, False),
    ],
)
def test_the_ects_credit_under_its_national_names(system: str, higher_education: bool, ects: bool) -> None:
    data = baseline()
    data["workload"] = {"other_credits": {"system": system, "value": 5}, "hours": 40}
    if not higher_education:
        data["level"] = {"not_applicable": "Continuing professional development."}
        data["participation"]["learning_setting"] = "non-formal"
    assert ("MC-WL-002" in {rule for rule, _ in data_findings(data)}) is ects


@pytest.mark.parametrize(
    ("scheme", "language", "passing", "failing"),
    [
        ("Betygsskala TH: U (underkänd), 3, 4, 5.", "sv", "4", "U"),
        ("Icke godkänd (IG), Godkänd (G) eller Väl godkänd (VG).", "sv", "VG", "IG"),
        ("Eristav hindamine skaalal 0–5, kus 0 on negatiivne tulemus.", "et", "3", "0"),
        ("Escala de 0 a 20 valores; aprovação com classificação igual ou superior a 10 valores.", "pt", "10", "8"),
        ("Classificação de 0 a 20 valores, sendo aprovado quem obtiver nota igual ou superior a 9,5.", "pt", "12", "9"),
        ("Κλίμακα βαθμολογίας 0–10· βάση επιτυχίας το 5.", "el", "5", "4"),
        ("Βαθμολογία 0–10· προβιβάσιμος βαθμός το 5 και άνω.", "el", "6,5", "4,5"),
        ("Dešimtbalė vertinimo sistema; mažiausias teigiamas įvertinimas – 5.", "lt", "9", "4"),
        ("Vertinama dešimtbale skale; neigiami įvertinimai: 1–4.", "lt", "9", "3"),
        ("Hodnocení: výborně (1), velmi dobře (2), dobře (3), nevyhověl (4).", "cs", "2", "4"),
        ("Note de la 1 la 10; promovarea se face cu nota egală sau mai mare de 5.", "ro", "7", "4"),
        ("Ocene od 1 do 10; ocene od 1 do 5 so negativne.", "sl", "6", "5"),
    ],
)
def test_a_failing_grade_of_a_national_scheme_is_told(scheme: str, language: str, passing: str, failing: str) -> None:
    for grade, fails in ((passing, False), (failing, True)):
        data = graded_credential({language: scheme}, grade)
        data["languages"] = [language]
        assert ("MC-AS-004" in {rule for rule, _ in data_findings(data)}) is fails, grade
