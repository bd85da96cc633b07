"""Held-out descriptors, round twenty-three: micro-credentials of providers other than universities.

``tests/heldout_rules23`` holds offers and issued credentials of VET schools and centres, chambers of commerce and of
crafts, professional bodies (continuing professional development of engineers, nurses, doctors and accountants),
company academies, public employment services, MOOC platforms and adult-education centres, in English, German,
French, Spanish, Italian, Dutch, Polish, Portuguese and Swedish (YAML and JSON). ``expectations.yaml`` says which
rules must report, and where, each decided before the checker ran; every other rule must stay silent, MC-LO-*
excepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qa_checker.ects import counts_hours
from qa_checker.elements import ungraded
from qa_checker.rules.consistency import nqf_framework
from tests.conftest import baseline, graded_credential
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules23"
EXPECTATIONS = expectations(FOLDER)
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv")


def test_every_descriptor_of_round_23_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 50, flawed_one_in=2)
    assert all(sum(name.startswith(f"{language}-") for name in EXPECTATIONS) >= 3 for language in LANGUAGES)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_23_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


def _found(data: dict[str, Any], rule: str) -> set[str]:
    return {at for found, at in data_findings(data) if found == rule}


@pytest.mark.parametrize(
    ("scheme", "grade", "fails"),
    [
        # As in the corpus: a failing result of a pass/fail scheme in the words of VET and CPD providers.
        ("Certifié / non certifié par le jury.", "Non certifié", True),
        ("Anforderungen erfüllt / nicht erfüllt.", "nicht erfüllt", True),
        ("Esito della prova: positivo / negativo.", "Negativo", True),
        ("Competent / nog niet competent.", "Nog niet competent", True),
        ("Concluído com aproveitamento / sem aproveitamento.", "Sem aproveitamento", True),
        ("Con aprovechamiento / sin aprovechamiento.", "Sin aprovechamiento", True),
        ("Zdał / nie zdał.", "Nie zdał", True),
        # Not in the corpus: the plural of the French words, "refusé", the Italian feminine, "nicht geeignet",
        # and the passing words of the same schemes.
        ("Compétences validées / non validées par le jury.", "Non validées", True),
        ("Reçu / refusé.", "Refusé", True),
        ("Ammesso / non ammesso all'albo.", "Non ammessa", True),
        ("Geeignet / nicht geeignet.", "nicht geeignet", True),
        # Not in the corpus either: a competence-based or certified result in other languages.
        ("Kompetent / noch nicht kompetent.", "Noch nicht kompetent", True),
        ("Competente / aún no competente.", "Aún no competente", True),
        ("Compétent / pas encore compétent.", "Pas encore compétent", True),
        ("Kompetent / ännu inte kompetent.", "Ännu inte kompetent", True),
        ("Certificato / non certificato.", "Non certificato", True),
        ("Gecertificeerd / niet gecertificeerd.", "Niet gecertificeerd", True),
        ("Competente / ainda não competente.", "Competente", False),
        ("Compétences validées / non validées par le jury.", "Validées", False),
        ("Esito della prova: positivo / negativo.", "Positivo", False),
        ("Zdał / nie zdał.", "Zdała", False),
        ("Competent / nog niet competent.", "Competent", False),
    ],
)
def test_a_failing_result_of_a_vocational_pass_fail_scheme_is_read(scheme: str, grade: str, fails: bool) -> None:
    assert _found(graded_credential(scheme, grade), "MC-AS-004") == ({"/grade"} if fails else set())


@pytest.mark.parametrize(
    "scheme", ["Certifié / non certifié.", "Erfüllt / nicht erfüllt.", "Com aproveitamento / sem aproveitamento."]
)
def test_a_vocational_pass_fail_scheme_awards_no_grade(scheme: str) -> None:
    assert ungraded(scheme)


@pytest.mark.parametrize(
    ("name", "countries", "framework"),
    [
        ("CNCP", frozenset({"ES"}), None),
        ("Catálogo Nacional de las Cualificaciones Profesionales (CNCP)", frozenset({"ES"}), None),
        ("CNCP", frozenset({"FR"}), "RNCP"),
        ("CNCP", frozenset(), "RNCP"),
        ("CNCP", frozenset({"ES", "FR"}), "RNCP"),
    ],
)
def test_cncp_is_frances_framework_but_not_from_spain(
    name: str, countries: frozenset[str], framework: str | None
) -> None:
    assert nqf_framework(name, countries) == framework


def test_a_spanish_cncp_level_is_not_judged_by_the_french_one() -> None:
    # Not in the corpus: a level 2 qualification of the Spanish catalogue beside EQF 3.
    data = baseline()
    data["awarding_bodies"][0] |= {"country": "ES", "region": "ES300"}
    data["level"] = {"eqf": 3, "nqf": {"framework": "CNCP", "level": "nivel 2"}}
    assert _found(data, "MC-LV-003") == set()


@pytest.mark.parametrize(
    ("system", "hours"),
    [
        ("studiebelastingsuren", False),
        ("lesuren", True),
        ("klokuren", True),
        ("contacturen", True),
        ("SBU", False),
        ("undervisningstimmar", True),
        ("lektionstimmar", True),
        ("undervisningstimer", True),
        ("opetustunnit", True),
        ("PE-punten", False),
        ("accreditatiepunten", False),
        ("YH-poäng", False),
        ("Fortbildungspunkte", False),
    ],
)
def test_hours_named_by_a_compound_are_hours(system: str, hours: bool) -> None:
    assert counts_hours(system) is hours


def test_only_hours_under_a_compound_name_are_no_ects_at_a_higher_level() -> None:
    # Not in the corpus: the Dutch "klokuren" (clock hours) at EQF 6.
    data = baseline()
    data["workload"] = {"hours": 84, "other_credits": {"system": "klokuren", "value": 84}}
    assert _found(data, "MC-WL-001") == {"/workload"}
